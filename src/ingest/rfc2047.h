// Header values -> UTF-8: unfolding, RFC 2047 encoded-words, raw 8-bit text.
//
// GMime finds the headers (mime.h); this decodes their values, so that an
// encoded-word goes through the same charset layer as the body (charset.h:
// ISO-2022-JP as CP50220, Shift_JIS as CP932, detection for a wrong label)
// instead of iconv, which rejects ① or half-width katakana in ISO-2022-JP.
//
// What it accepts, beyond RFC 2047, because real mail needs it:
//   - adjacent encoded-words in one charset are joined *before* charset
//     conversion, so a multi-byte character or an ISO-2022-JP escape state
//     split across two words decodes whole;
//   - white space between two encoded-words is dropped (RFC 2047 §6.2), also
//     when they are not separated at all (`?==?`);
//   - an encoded-word inside a word ("Re:=?UTF-8?B?…?=") is decoded too, and
//     set off from the neighbouring text by one space (stalwart's reading:
//     an encoded-word is a word of its own);
//   - folding inside an encoded-word's text is dropped, and literal spaces in
//     Q text are kept as spaces; B text ignores white space and padding;
//   - an unknown charset is decoded as if unlabelled (charset.h detection);
//   - raw 8-bit or ISO-2022-JP text outside encoded-words is decoded with
//     `fallback_charset` (the body's charset) or detected (charset.h).
// Anything that is not a well-formed `=?charset?B|Q?text?=` stays literal.
// The value ends at the first line break not followed by white space; each
// fold ([WSP] line-break WSP…) becomes one space; the result is trimmed.
//
// Thread-safety: reentrant.
#ifndef ONEVOICE_INGEST_RFC2047_H_
#define ONEVOICE_INGEST_RFC2047_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace onevoice::ingest {

struct HeaderText {
  std::string text;     // valid UTF-8
  size_t replaced = 0;  // undecodable sequences that became U+FFFD
};

// An unstructured value (Subject, Comments, …) or a display name.
HeaderText DecodeHeaderText(std::string_view raw, std::string_view fallback_charset = "");

// An address list (From, To, …): as DecodeHeaderText, but each run of
// encoded-words becomes a quoted-string (or is escaped inside one), so a
// decoded ',' or '<' cannot change how the addresses parse afterwards; no
// spaces are inserted. The result is UTF-8 for an RFC 5322/6532 parser.
HeaderText DecodeAddressHeader(std::string_view raw, std::string_view fallback_charset = "");

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_RFC2047_H_
