// The matching form of text, shared by the claims base (words, patterns) and
// the text stage (documents), so both sides of every match agree.
//
// Matching form = NFKC, then the folds of FoldCodePoint, then CRLF/CR -> LF.
// text/normalize.h applies the same to documents while keeping an offset map.
// Pure functions; thread-safe.
#ifndef ONEVOICE_BASE_UNICODE_H_
#define ONEVOICE_BASE_UNICODE_H_

#include <string>
#include <string_view>

namespace onevoice {

// The fold applied after NFKC to code point c: its replacement ("" drops
// it), or nullptr to keep it.
//   〜 (U+301C) -> "~"; ‐ ‑ ‒ – − -> "-" (the em dash stays: it is
//   punctuation); ‘ ’ -> "'"; “ ” -> "\""; zero-width characters, BOM and
//   soft hyphen -> "".
const char* FoldCodePoint(char32_t c);

// The matching form of a word or pattern (no offset map).
std::string NormalizeWord(std::string_view word);

// ASCII lower-casing (same length), for case-insensitive Latin matching.
std::string AsciiLower(std::string_view s);

// `s` ASCII-lower-cased with every ASCII byte that is not a letter or digit
// left out (other characters' bytes stay): the form in which two renderings
// of one text ("Meridian\n> Sync", "<li>Meridian Sync</li>") compare equal.
std::string FoldToAlnum(std::string_view s);

// Code points in UTF-8 text (bytes that do not continue a sequence).
size_t CodePointCount(std::string_view s);

// True when s is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// The length of the UTF-8 character at s[i] (1 for a stray or truncated
// byte). REQUIRES: i < s.size().
size_t Utf8CharLen(std::string_view s, size_t i);
// The code point of the character at s[i]; U+FFFD for a stray byte.
// REQUIRES: i < s.size().
char32_t CodePointAt(std::string_view s, size_t i);
// Where the character that ends at s[i) starts. REQUIRES: 0 < i <= s.size().
size_t PrevCharStart(std::string_view s, size_t i);

// Hiragana (ぁ…ゟ, marks and iteration marks included).
inline bool IsHiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }

// A CJK ideograph (kanji), or the iteration mark 々.
inline bool IsKanji(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         c == 0x3005 || (c >= 0x20000 && c <= 0x2FFFF);
}

// Byte-prefix and suffix tests. StartsWith is called at every byte of a
// text, where it nearly always fails on the first byte: that byte is
// compared before any memcmp.
inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && (p.empty() || (s[0] == p[0] && s.compare(0, p.size(), p) == 0));
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

}  // namespace onevoice

#endif  // ONEVOICE_BASE_UNICODE_H_
