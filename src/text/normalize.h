// Normalize: the matching text (base/unicode.h: NormalizeWord, AsciiLower) of a part, and the way back to the original.
//
// NormalizedText.text = NFKC(original) with these folds, each recorded in the
// OffsetMap so every match maps back to original bytes:
//   - CRLF and lone CR become LF;
//   - 〜 (U+301C, wave dash) becomes '~' (NFKC already folds ～ U+FF5E);
//   - hyphen-like dashes ‐ ‑ ‒ – − become '-' (the em dash — stays: it is
//     punctuation, and folding it would turn "5,000 — 10,000" into a range);
//   - curly quotes ‘ ’ “ ” become ' and ";
//   - zero-width characters (U+200B-U+200D, U+FEFF, U+00AD) are dropped;
//   - superscript digits (¹ ² ³ ⁰ ⁴-⁹), footnote marks, become spaces (NFKC
//     would make them digits of the figure they follow: "$399¹");
//   - ill-formed UTF-8 becomes U+FFFD.
// Case is kept: Latin matching is case-insensitive where it looks (Lower()).
// Linear time; pure function; thread-safe.
#ifndef ONEVOICE_TEXT_NORMALIZE_H_
#define ONEVOICE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "base/span.h"
#include "text/offset_map.h"

namespace onevoice::text {

struct NormalizedText {
  std::string text;   // the matching text
  std::string lower;  // `text` with ASCII letters lower-cased (same offsets)
  OffsetMap map;      // text offsets -> original offsets
};

NormalizedText Normalize(std::string_view original);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_NORMALIZE_H_
