// Layout: the readable, normalized text of one part and its structure —
// lines, headings, bullets, tables (with header rows, rowspan/colspan filled
// in) and struck-through ranges — for plain text, Markdown and HTML alike.
//
// For plain text and Markdown the readable text is the part's own text. For
// HTML it is the rendering: tags removed, entities decoded, block elements and
// <br> as line breaks, each table row on one line with its cells recorded.
// Either way `norm.text` is then normalized (normalize.h) and every offset in
// a Layout is a NormSpan into it; ToSource() maps back to the part's decoded
// text (through the HTML rendering when there is one), rounding outward.
//
// Quote markers ('>') are kept in the text; each Line knows its depth and
// the span of its content without them. Zones (quoted, signature) are
// decided by zones.h, not here. A Layout owns all its strings and is
// immutable once built; thread-compatible.
#ifndef ONEVOICE_TEXT_LAYOUT_H_
#define ONEVOICE_TEXT_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "ingest/document.h"
#include "text/normalize.h"
#include "text/offset_map.h"

namespace onevoice::text {

enum class LineKind {
  kBlank,
  kText,
  kBullet,    // starts with a list marker (- * ・ • 1. (1) ① …) or is an <li>
  kHeading,   // Markdown #, HTML <h1>-<h6>/<title>, 【…】 / ■ … style, underlined
  kRuler,     // ---- ==== ____ ━━━ and the like
  kTableRow,  // a row of a table (see Table)
  kTableRule  // the |---|---| or ---- ---- line under a header
};

struct Line {
  NormSpan full;           // the whole line, without its line break
  NormSpan content;        // after quote markers, list marker and surrounding space
  int quote_depth = 0;     // number of '>' markers
  LineKind kind = LineKind::kBlank;
  int heading_level = 0;   // kHeading: 1 (#, h1, title=0) … 6
  bool numbered = false;   // kBullet: a numbered marker (1. 1) (1) a. ①), not a mark (- ・ •)
  int table = -1;          // kTableRow/kTableRule: index into Layout::tables
  int row = -1;            // kTableRow: row index in that table
  // An ideographic space (U+3000) between two words of the line: Japanese
  // typed text sets columns apart with one (「メリディアン ボールト　1TBあたり
  // 月額　3,080円」); normalization makes it an ordinary space.
  bool wide_gap = false;
  // A page's running header or footer in text converted from PDF or Word
  // ("Meridian Data — Confidential — Page 2 of 6" over a form feed), or a
  // blank line between it and the page break: no text of the author's, and
  // a sentence runs on across it (BuildLayout says which lines).
  bool furniture = false;
};

struct Cell {
  // The cell's text (trimmed), one piece per physical line it spans (a
  // fixed-width cell may wrap onto continuation lines); empty when empty.
  std::vector<NormSpan> pieces;
  bool header = false;  // <th>, or a cell of a header row
  // A copy of a cell spanning into this position (rowspan/colspan): its text
  // governs this position but was written once, elsewhere.
  bool spanned = false;
  // A cell written with colspan > 1: in the row it was written in, each
  // position it covers holds the column it starts at (-1 otherwise).
  int span_group = -1;
};

struct Table {
  std::vector<std::vector<Cell>> rows;  // a rectangular grid after spans are filled
  int header_rows = 0;                  // leading rows that are headers
  std::vector<NormSpan> caption;        // <caption>, or a title line just above
  int first_line = -1, last_line = -1;  // Layout::lines indices
  size_t columns() const { return rows.empty() ? 0 : rows[0].size(); }
};

// An HTML comment or a Markdown/text line comment, kept for suppressions.
struct Comment {
  NormSpan span;      // where it is
  std::string text;   // its content, trimmed
};

struct Layout {
  NormalizedText norm;           // norm.text: the readable normalized text
  std::vector<Line> lines;
  std::vector<Table> tables;
  std::vector<NormSpan> struck;  // ~~…~~, <s>, <del>, <strike>
  std::vector<Comment> comments;
  ingest::PartKind kind = ingest::PartKind::kPlain;
  bool document = false;  // a document's text, not an email's

  // Original bytes (in the part's decoded text) of a normalized span.
  SourceSpan ToSource(NormSpan span) const;
  // True when [b, e) lies inside a struck-through range.
  bool IsStruck(size_t b, size_t e) const;
  std::string_view Text(NormSpan s) const {
    return std::string_view(norm.text).substr(s.begin, s.end - s.begin);
  }

  OffsetMap render_map;  // readable text -> part text (HTML, calendars, flowed text; empty otherwise)
  bool rendered = false;
};

// Builds the layout of a part. Linear in its size; never throws. For a
// document (not an email), `document` makes its first line, when it reads as
// a title (short, no sentence-final punctuation), a level-0 heading that
// governs the whole text. Around each form feed (a page break of text
// converted from PDF or Word), the last line before it and the first after
// it (or the text on its own line) are page furniture when they are short,
// not sentences, and set apart as running headers and footers are: by a
// column gap, a number (the page's) or a repeat elsewhere in the text.
Layout BuildLayout(const ingest::TextPart& part, bool document = false);
// How a plain part's lines break: as written, or format=flowed (RFC 3676,
// flowed.h) with or without DelSp. A flowed part is laid out as its author
// wrote it, with a map back to the part's text as HTML has.
enum class Flow { kFixed, kFlowed, kFlowedDelSp };

// `t`, trailing spaces aside, ends as a sentence does (. ! ? 。！？): a
// line of prose, not a label, a name or a table's field.
bool EndsLikeSentence(std::string_view t);

// The length of a form's or checklist's item number at the start of `t`
// ("4.2 ", "B-06 ", "A.1.6 ", "1-4 ") with the spaces after it, when a label
// follows (a capital or a non-ASCII letter); 0 if none. Alone it may be a
// range or a decimal ("10-20 ユーザー"): a line is an item only beside another.
size_t ItemNumber(std::string_view t);
// `t` is such an item number and nothing else ("Q3.2.1", "B-06"): a form's
// number cell.
bool IsItemNumber(std::string_view t);

// The line's text sets columns apart: three spaces, a tab, or an
// ideographic space between words (Line::wide_gap).
bool HasColumnGap(const Layout& layout, const Line& line);

// The part is laid out from a rendering of its text (HTML, a calendar,
// format=flowed), not the text as it stands: its excerpts are the
// rendering's.
bool IsRendered(const ingest::TextPart& part);

// Same, for a bare string of the given kind (tests, rules examples).
Layout BuildLayout(std::string_view text, ingest::PartKind kind, bool document = false, Flow flow = Flow::kFixed);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_LAYOUT_H_
