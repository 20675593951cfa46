#include "base/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

namespace onevoice {

const char* FoldCodePoint(char32_t c) {
  switch (c) {
    case 0x301C: return "~";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: return "-";
    case 0x2018: case 0x2019: return "'";
    case 0x201C: case 0x201D: return "\"";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: return "";
    // Superscript digits are footnote marks, not digits of the figure
    // before them ("$399¹", "January 2027.¹").
    case 0x00B9: case 0x00B2: case 0x00B3: case 0x2070: case 0x2074: case 0x2075: case 0x2076: case 0x2077:
    case 0x2078: case 0x2079: return " ";
    default: return nullptr;
  }
}

std::string NormalizeWord(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string nf;
  icu::StringByteSink<std::string> sink(&nf);
  nfkc->normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink,
                      nullptr, status);
  if (U_FAILURE(status)) nf.assign(word);
  std::string out;
  out.reserve(nf.size());
  const auto* s = reinterpret_cast<const uint8_t*>(nf.data());
  const int32_t n = static_cast<int32_t>(nf.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] == '\r') {
      out.push_back('\n');
      i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const char* rep = c >= 0 ? FoldCodePoint(static_cast<char32_t>(c)) : nullptr;
    if (rep) {
      out.append(rep);
    } else {
      out.append(nf, start, i - start);
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string FoldToAlnum(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { ++i; continue; }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Length of the UTF-8 character at i (1 for a stray or truncated byte).
size_t Utf8CharLen(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + len > s.size()) return 1;
  for (size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return len;
}

char32_t CodePointAt(std::string_view s, size_t i) {
  const size_t len = Utf8CharLen(s, i);
  const auto c = static_cast<unsigned char>(s[i]);
  if (len == 1) return c < 0x80 ? c : 0xFFFD;
  char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Start of the character that ends at i (i > 0).
size_t PrevCharStart(std::string_view s, size_t i) {
  size_t k = i - 1;
  for (int back = 0; back < 3 && k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; ++back)
    --k;
  return Utf8CharLen(s, k) == i - k ? k : i - 1;
}


}  // namespace onevoice
