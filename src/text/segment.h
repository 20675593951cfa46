// Segment: a part's layout and zones -> Units, the places claims live in
// (SPEC §4.2: "one sentence, table row or bullet").
//
// Paragraph lines are joined (with a space, or nothing between two CJK
// characters) and split into sentences by ICU's sentence break iterator; a
// line with a column gap (3+ spaces inside it) stands alone. A bullet and its
// indented continuation lines form one block, split into sentences. Each
// table row is one Unit whose cells are known (UnitCell); header rows are
// units too (kind kRow, every cell header). Headings are units; every unit
// records the headings that govern it (Markdown/HTML levels; a short lead-in
// line ending in ':' governs the block right after it). Signature and header
// zones give no units. A unit longer than Limits::max_unit_bytes is cut.
// Consecutive "Label: value" lines (a spec sheet, a key-value block) are a
// unit each, as lines with a column gap are.
//
// A Unit's `text` is its own matching string; Map() takes offsets in it back
// to normalized offsets of the layout. Thread-compatible values.
#ifndef ONEVOICE_TEXT_SEGMENT_H_
#define ONEVOICE_TEXT_SEGMENT_H_

#include <string>
#include <vector>

#include "base/limits.h"
#include "base/span.h"
#include "text/layout.h"
#include "text/zones.h"

namespace onevoice::text {

enum class UnitKind { kSentence, kBullet, kHeading, kRow };

struct UnitCell {
  size_t begin = 0, end = 0;  // in Unit::text
  int column = 0;
  bool header = false;
  bool spanned = false;  // a rowspan/colspan copy: governs, but was written elsewhere
  int span_group = -1;   // layout.h Cell::span_group
};

struct Unit {
  UnitKind kind = UnitKind::kSentence;
  Zone zone = Zone::kBody;
  int author = -1;        // Zones::authors index for quoted units
  int line = -1;          // first Layout line
  int table = -1, row = -1;  // kRow
  int heading_level = 0;  // kHeading
  int block = -1;         // paragraph / list / table block number
  bool starts_block = false;  // first unit of its block
  std::vector<int> headings;  // governing heading units, outermost first
  std::string text;       // matching text
  std::string lower;      // ASCII-lower-cased text (same offsets)
  std::vector<UnitCell> cells;  // kRow only

  struct Piece {
    size_t unit_begin;  // offset in text
    NormSpan norm;      // where it came from
  };
  std::vector<Piece> pieces;

  // Normalized span of [b, e) of `text`; offsets between pieces round outward.
  NormSpan Map(size_t b, size_t e) const;
};

// `lexicon` (may be null) adds the language data's abbreviations
// ("excl.", "approx."), after which no sentence ends, its hyphen words, and
// its `product_label` words, whose form line ("Product: …") leads in the
// fields below it.
std::vector<Unit> Segment(const Layout& layout, const Zones& zones,
                          const Limits& limits = DefaultLimits(), const claims::Lexicon* lexicon = nullptr);

// True for code points of CJK scripts (Han, Hiragana, Katakana, full-width
// forms) at the start of s / before the end of s.
bool StartsCjk(std::string_view s);
bool EndsCjk(std::string_view s);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_SEGMENT_H_
