#include "text/layout.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "base/unicode.h"
#include "text/calendar.h"
#include "text/flowed.h"
#include "text/html.h"

namespace onevoice::text {
namespace {

// Typographic list and heading markers (shared by every language).
constexpr std::string_view kBulletMarks[] = {"-", "*", "+", "・", "•", "●", "○", "◦", "▪", "‣",
                                             "※", "→"};
// Checklist marks that open an item and answer it: the item keeps its mark
// ("✔ Offline mode" / "✘ Linux client" are one list, yes and no).
constexpr std::string_view kAnswerMarks[] = {"✓", "✔", "✅", "☑", "✗", "✘", "❌", "✖"};
constexpr std::string_view kHeadingMarks[] = {"■", "□", "◆", "◇", "▼", "▽", "▶", "▷", "★", "☆",
                                              "◎", "◉"};
// Box-drawing and other column separators besides '|'.
constexpr std::string_view kColumnSeparators[] = {"|", "│", "┃", "¦"};
// The first bytes of the separators ('|', and the lead bytes of U+2502,
// U+2503 and U+00A6): SplitPipes skips every other byte at once.
constexpr bool IsSeparatorLead(unsigned char b) { return b == '|' || b == 0xE2 || b == 0xC2; }
static_assert([] {
  for (std::string_view s : kColumnSeparators)
    if (!IsSeparatorLead(static_cast<unsigned char>(s[0]))) return false;
  return true;
}());


bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f'; }

NormSpan Trim(std::string_view text, NormSpan s) {
  while (s.begin < s.end && IsSpace(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

// Display width of [b, e): East Asian wide/full-width characters count 2.
int DisplayWidth(std::string_view text, size_t b, size_t e) {
  int w = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(b);
  while (i < static_cast<int32_t>(e)) {
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(e), c);
    if (c == '\t') {
      w += 8 - (w % 8);
      continue;
    }
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    w += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

bool IsRulerText(std::string_view t) {
  // Four or more of the same ruler character, spaces allowed.
  static constexpr std::string_view kRulers[] = {"-", "=", "_", "*", "~", "─", "━", "═", "－", "＿",
                                                 "―", "—", "┄", "┅", "・", "#"};
  while (!t.empty() && IsSpace(t.front())) t.remove_prefix(1);
  while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
  if (t.empty()) return false;
  for (std::string_view r : kRulers) {
    if (!StartsWith(t, r)) continue;
    size_t count = 0;
    std::string_view rest = t;
    while (!rest.empty()) {
      if (StartsWith(rest, r)) {
        rest.remove_prefix(r.size());
        ++count;
      } else if (IsSpace(rest.front())) {
        rest.remove_prefix(1);
      } else {
        break;
      }
    }
    if (rest.empty() && count >= 4) return true;
  }
  return false;
}

// The end of a clock time ("9:30", "14:05") starting at t[i], or 0.
size_t ClockTimeAt(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && j - i < 2 && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
  if (j == i || j + 3 > t.size() || t[j] != ':') return 0;
  if (!std::isdigit(static_cast<unsigned char>(t[j + 1])) || !std::isdigit(static_cast<unsigned char>(t[j + 2]))) return 0;
  if (j + 3 < t.size() && std::isdigit(static_cast<unsigned char>(t[j + 3]))) return 0;
  return j + 3;
}

// The end of a clock time with its optional AM/PM ("9:14 AM", "10:42pm")
// starting at t[i], or 0.
size_t ClockStampAt(std::string_view t, size_t i) {
  size_t e = ClockTimeAt(t, i);
  if (e == 0) return 0;
  size_t k = e;
  if (k < t.size() && t[k] == ' ') ++k;
  if (k + 2 <= t.size() && (t[k] == 'A' || t[k] == 'P' || t[k] == 'a' || t[k] == 'p') &&
      (t[k + 1] == 'M' || t[k + 1] == 'm') && (k + 2 == t.size() || !std::isalpha(static_cast<unsigned char>(t[k + 2]))))
    return k + 2;
  return e;
}

// A chat transcript's message header pasted into mail: a name of one to
// four words and the time it was posted ("Maya Chen  9:14 AM", Slack's
// and Teams' copies). The messages under it are each a line of their own.
// Only a text with two such lines or more is a transcript ("Monday 10:00
// AM" alone is a line of a letter).
bool IsChatHeader(std::string_view t) {
  size_t k = 0, words = 0;
  while (k < t.size()) {
    if (std::isdigit(static_cast<unsigned char>(t[k]))) break;
    const unsigned char c = static_cast<unsigned char>(t[k]);
    if (!(std::isupper(c) || c >= 0x80)) return false;  // each word capitalized, or not Latin
    while (k < t.size() && t[k] != ' ') {
      const unsigned char w = static_cast<unsigned char>(t[k]);
      if (!(std::isalpha(w) || w >= 0x80 || w == '.' || w == '\'' || w == '-')) return false;
      ++k;
    }
    ++words;
    while (k < t.size() && t[k] == ' ') ++k;
  }
  return words >= 1 && words <= 4 && k < t.size() && ClockStampAt(t, k) == t.size();
}

// The length of a list marker at the start of t (with its following space),
// or 0.
size_t BulletMarker(std::string_view t) {
  for (std::string_view m : kBulletMarks) {
    if (!StartsWith(t, m)) continue;
    std::string_view rest = t.substr(m.size());
    if (m == "-" || m == "*" || m == "+") {
      if (rest.empty() || !IsSpace(rest[0])) return 0;  // "-5%" or "**bold**" are not bullets
    }
    if (m == "*" && !rest.empty() && rest[0] == '*') return 0;
    size_t n = m.size();
    while (n < t.size() && IsSpace(t[n])) ++n;
    return n;
  }
  // 1. 1) (1) a. a) ① … ⑳
  size_t i = 0;
  if (i < t.size() && t[i] == '(') {
    size_t j = i + 1;
    while (j < t.size() && j - i <= 3 && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
    // Digits or letters, not both ("(p95)" is a figure's note), and then
    // a space or a word ("(1)メリディアン"), not punctuation ("(p95),").
    const std::string_view inside = t.substr(i + 1, j - i - 1);
    const bool digits = std::all_of(inside.begin(), inside.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    const bool letters = std::all_of(inside.begin(), inside.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    const bool then_word = j + 1 >= t.size() || IsSpace(t[j + 1]) || static_cast<unsigned char>(t[j + 1]) >= 0x80 ||
                           std::isalnum(static_cast<unsigned char>(t[j + 1]));
    if (j > i + 1 && j < t.size() && t[j] == ')' && (digits || letters) && then_word) {
      size_t n = j + 1;
      while (n < t.size() && IsSpace(t[n])) ++n;
      return n;
    }
    return 0;
  }
  size_t j = 0;
  while (j < t.size() && j < 2 && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
  if (j == 0 && !t.empty() && std::islower(static_cast<unsigned char>(t[0])) && t.size() > 2 &&
      (t[1] == '.' || t[1] == ')') && IsSpace(t[2]))
    return 3;
  // "1. Item", and in Japanese writing also "1.「…」" or "2)メリディアン"
  // with no space: a non-ASCII character right after the mark (never a
  // decimal or a version, "1.5", "2.0.1").
  if (j > 0 && j < t.size() && (t[j] == '.' || t[j] == ')') && j + 1 < t.size() &&
      (IsSpace(t[j + 1]) || static_cast<unsigned char>(t[j + 1]) >= 0x80)) {
    size_t n = j + 1;
    while (n < t.size() && IsSpace(t[n])) ++n;
    return n;
  }
  // A chat transcript's time stamp ("[10:42 AM] Ken Sato: …", Teams'
  // copy): each message is an item of its own.
  if (!t.empty() && t[0] == '[') {
    if (size_t stamp = ClockStampAt(t, 1); stamp > 0 && stamp + 1 < t.size() && t[stamp] == ']') {
      size_t n = stamp + 1;
      while (n < t.size() && IsSpace(t[n])) ++n;
      return n;
    }
  }
  // A timetable's clock time ("14:05 Storage", "9:30-10:00 Demo"): each
  // line of an agenda is an item of its own.
  if (size_t clock = ClockTimeAt(t, 0); clock > 0) {
    size_t k = clock;
    if (k < t.size() && (t[k] == '-' || t[k] == '~')) {
      if (size_t end = ClockTimeAt(t, k + 1); end > 0) k = end;
    }
    if (k < t.size() && IsSpace(t[k])) {
      while (k < t.size() && IsSpace(t[k])) ++k;
      return k;
    }
  }
  // Circled numbers ①-⑳ (U+2460-2473): E2 91 A0 .. E2 91 B3
  if (t.size() >= 3 && static_cast<unsigned char>(t[0]) == 0xE2 && static_cast<unsigned char>(t[1]) == 0x91 &&
      static_cast<unsigned char>(t[2]) >= 0xA0 && static_cast<unsigned char>(t[2]) <= 0xB3) {
    size_t n = 3;
    while (n < t.size() && IsSpace(t[n])) ++n;
    return n;
  }
  return 0;
}

// Splits a line's content at column separators -> cell spans (trimmed);
// leading and trailing separators dropped. Returns {} when fewer than 2 cells.
// A border or rule of a drawn table: box-drawing characters (U+2500–U+257F:
// ┌──┬──┐, ├──┼──┤) or an ASCII grid (+----+----+), with at least four
// strokes and one joint.
bool IsGridRule(std::string_view t) {
  int strokes = 0, joints = 0;
  size_t i = 0;
  while (i < t.size()) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '|' || c == ':') {
      ++i;
    } else if (c == '-' || c == '=') {
      ++strokes;
      ++i;
    } else if (c == '+') {
      ++joints;
      ++i;
    } else if (c == 0xE2 && i + 2 < t.size() && (static_cast<unsigned char>(t[i + 1]) == 0x94 ||
                                                 static_cast<unsigned char>(t[i + 1]) == 0x95)) {
      // U+2500 ─, U+2501 ━, U+2504–250B dashes, U+2550 ═ are strokes;
      // U+2502 │, U+2503 ┃ and U+254E/F verticals neither; the rest joints.
      const int cp = 0x2500 + ((static_cast<unsigned char>(t[i + 1]) - 0x94) << 6) +
                     (static_cast<unsigned char>(t[i + 2]) & 0x3F);
      if (cp == 0x2500 || cp == 0x2501 || (cp >= 0x2504 && cp <= 0x250B) || cp == 0x2550 || cp == 0x254C ||
          cp == 0x254D)
        ++strokes;
      else if (cp != 0x2502 && cp != 0x2503 && cp != 0x254E && cp != 0x254F && cp != 0x2551)
        ++joints;
      i += 3;
    } else {
      return false;
    }
  }
  return strokes >= 4 && joints >= 1;
}

std::vector<NormSpan> SplitPipes(std::string_view text, NormSpan content) {
  std::vector<NormSpan> cells;
  size_t start = content.begin;
  size_t i = content.begin;
  bool any = false;
  while (i < content.end) {
    if (!IsSeparatorLead(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t sep = 0;
    for (std::string_view s : kColumnSeparators) {
      if (StartsWith(text.substr(i), s)) {
        sep = s.size();
        break;
      }
    }
    if (sep) {
      cells.push_back(Trim(text, NormSpan(start, i)));
      i += sep;
      start = i;
      any = true;
    } else {
      ++i;
    }
  }
  cells.push_back(Trim(text, NormSpan(start, content.end)));
  if (!any) return {};
  if (!cells.empty() && cells.front().size() == 0) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().size() == 0) cells.pop_back();
  if (cells.size() < 2) return {};
  return cells;
}

// Cells of a line pasted from a spreadsheet: tab-separated, three or more
// (two tabs at least); empty cells keep their place. Else none.
std::vector<NormSpan> SplitTabs(std::string_view text, NormSpan content) {
  std::vector<NormSpan> cells;
  size_t start = content.begin;
  for (size_t i = content.begin; i < content.end; ++i) {
    if (text[i] != '\t') continue;
    cells.push_back(Trim(text, NormSpan(start, i)));
    start = i + 1;
  }
  cells.push_back(Trim(text, NormSpan(start, content.end)));
  if (cells.size() < 3) return {};
  return cells;
}

// Fields of one line of a delimited file (RFC 4180): split at `delim`
// outside double quotes; a quoted field's span is the text inside its
// quotes ("up to 5,000 users"), "" inside one being a quote of its text.
std::vector<NormSpan> SplitDelimited(std::string_view text, NormSpan line, char delim) {
  std::vector<NormSpan> fields;
  size_t i = line.begin;
  while (true) {
    size_t b = i;
    while (b < line.end && text[b] == ' ') ++b;
    size_t e;
    if (b < line.end && text[b] == '"') {
      size_t k = b + 1;
      while (k < line.end && !(text[k] == '"' && (k + 1 >= line.end || text[k + 1] != '"'))) k += text[k] == '"' ? 2 : 1;
      fields.push_back(Trim(text, NormSpan(b + 1, std::min(k, line.end))));
      e = k < line.end ? k + 1 : line.end;
      while (e < line.end && text[e] != delim) ++e;
    } else {
      e = b;
      while (e < line.end && text[e] != delim) ++e;
      fields.push_back(Trim(text, NormSpan(b, e)));
    }
    if (e >= line.end) break;
    i = e + 1;
  }
  return fields;
}

bool IsPipeRule(std::string_view text, const std::vector<NormSpan>& cells) {
  for (const NormSpan& c : cells) {
    std::string_view t = text.substr(c.begin, c.size());
    if (t.empty()) return false;
    for (char ch : t) {
      if (ch != '-' && ch != ':' && ch != ' ') return false;
    }
  }
  return true;
}

class Builder {
 public:
  // `source`: the text l_.norm was normalized from (its map points there).
  Builder(Layout* layout, std::string_view source)
      : l_(*layout), text_(layout->norm.text), source_(source) {}

  // An ideographic space stands between two non-space characters of the
  // span's original text.
  bool WideGapIn(NormSpan span) const {
    const SourceSpan src = l_.norm.map.ToSource(span);
    if (src.end > source_.size() || src.begin >= src.end) return false;
    const std::string_view t = source_.substr(src.begin, src.end - src.begin);
    for (size_t at = t.find("\u3000"); at != std::string_view::npos; at = t.find("\u3000", at + 3)) {
      if (at == 0 || at + 3 >= t.size()) continue;
      const char before = t[at - 1], after = t[at + 3];
      const bool after_space = t.compare(at + 3, 3, "\u3000") == 0 || after == ' ' || after == '\t';
      const bool before_space = before == ' ' || before == '\t' || (at >= 3 && t.compare(at - 3, 3, "\u3000") == 0);
      if (!after_space && !before_space) return true;
    }
    return false;
  }

  void SplitLines() {
    size_t b = 0;
    while (b <= text_.size()) {
      size_t e = text_.find('\n', b);
      if (e == std::string_view::npos) e = text_.size();
      Line line;
      line.full = NormSpan(b, e);
      // Quote markers: '>' possibly separated by spaces ("> >", ">>").
      size_t i = b;
      while (i < e && IsSpace(text_[i]) && i - b < 4) ++i;
      size_t after = b;
      int depth = 0;
      while (i < e && text_[i] == '>') {
        ++depth;
        ++i;
        after = i;
        while (i < e && IsSpace(text_[i])) ++i;
      }
      if (depth == 0) i = b;
      line.quote_depth = depth;
      line.content = Trim(text_, NormSpan(depth ? after : b, e));
      line.kind = line.content.size() == 0 ? LineKind::kBlank : LineKind::kText;
      line.wide_gap = line.content.size() > 0 && WideGapIn(line.content);
      l_.lines.push_back(line);
      if (e == text_.size()) break;
      b = e + 1;
    }
  }

  std::string_view Content(const Line& line) const {
    return text_.substr(line.content.begin, line.content.size());
  }

  int LineAt(size_t offset) const {
    auto it = std::upper_bound(l_.lines.begin(), l_.lines.end(), offset,
                               [](size_t o, const Line& ln) { return o < ln.full.begin; });
    return static_cast<int>(it - l_.lines.begin()) - 1;
  }

  void MarkTextTables() {
    const int n = static_cast<int>(l_.lines.size());
    for (int i = 0; i < n; ++i) {
      Line& line = l_.lines[i];
      if (line.kind != LineKind::kText || line.table >= 0) continue;
      if (TryPipeTable(i) || TryFixedWidthTable(i) || TryProseColumns(i) || TrySpaceAlignedTable(i) ||
          TryCommaTable(i) || TryQuestionAnswerTable(i))
        continue;
    }
  }

  // Two columns of prose side by side, as pdftotext -layout writes a
  // two-column page: three or more lines whose second column starts at the
  // same display column after a gap of three or more spaces, both sides
  // running text (words, lower case, lines that stop mid-sentence). Read as
  // a table of one row whose two cells are the columns, each top to bottom;
  // a first line of two short titles is its header.
  bool TryProseColumns(int first) {
    // A run of gapped lines already rejected is not walked again from each
    // of its lines (linear on a long fixed-width log).
    if (first < prose_rejected_until_) return false;
    const int n = static_cast<int>(l_.lines.size());
    struct Split {
      NormSpan left, right;
    };
    const int depth = l_.lines[first].quote_depth;
    auto split = [&](int k, int* column) -> std::optional<Split> {
      const Line& ln = l_.lines[k];
      if (ln.kind != LineKind::kText || ln.table >= 0 || ln.quote_depth != depth) return std::nullopt;
      const std::string_view t = Content(ln);
      const size_t gap = t.find("   ");
      if (gap == std::string_view::npos || gap == 0) return std::nullopt;
      size_t right = gap;
      while (right < t.size() && t[right] == ' ') ++right;
      if (right >= t.size() || t.find("   ", right) != std::string_view::npos) return std::nullopt;
      *column = DisplayWidth(text_, ln.full.begin, ln.content.begin + right);
      return Split{NormSpan(ln.content.begin, ln.content.begin + gap), NormSpan(ln.content.begin + right, ln.content.end)};
    };
    std::vector<Split> rows;
    int column = -1;
    for (int k = first; k < n; ++k) {
      int col = -1;
      auto sp = split(k, &col);
      if (!sp || (column >= 0 && col != column)) break;
      column = col;
      rows.push_back(*sp);
    }
    if (rows.size() < 3) return false;
    prose_rejected_until_ = first + static_cast<int>(rows.size());
    auto words = [&](NormSpan s) {
      const std::string_view t = text_.substr(s.begin, s.size());
      return std::count(t.begin(), t.end(), ' ') + 1;
    };
    auto lower = [&](NormSpan s) {
      const std::string_view t = text_.substr(s.begin, s.size());
      return std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // A first line of two short titles with no figure heads the columns.
    const bool header = words(rows[0].left) <= 5 && words(rows[0].right) <= 5 &&
                        !EndsLikeSentence(text_.substr(rows[0].left.begin, rows[0].left.size())) &&
                        LooksLikeHeader({rows[0].left, rows[0].right});
    size_t prose = 0, wrapped = 0;
    for (size_t r = header ? 1 : 0; r < rows.size(); ++r) {
      for (NormSpan s : {rows[r].left, rows[r].right}) {
        prose += words(s) >= 3 && lower(s);
        wrapped += !EndsLikeSentence(text_.substr(s.begin, s.size()));
      }
    }
    const size_t body = 2 * (rows.size() - (header ? 1 : 0));
    if (body < 4 || prose * 10 < body * 8 || wrapped * 2 < body) return false;
    Table table;
    std::vector<int> row_lines;
    if (header) {
      std::vector<Cell> head(2);
      head[0].pieces.push_back(rows[0].left);
      head[1].pieces.push_back(rows[0].right);
      for (Cell& c : head) c.header = true;
      table.rows.push_back(std::move(head));
      table.header_rows = 1;
      row_lines.push_back(first);
    }
    std::vector<Cell> columns(2);
    for (size_t r = header ? 1 : 0; r < rows.size(); ++r) {
      columns[0].pieces.push_back(rows[r].left);
      columns[1].pieces.push_back(rows[r].right);
    }
    table.rows.push_back(std::move(columns));
    const int body_first = first + (header ? 1 : 0);
    row_lines.push_back(body_first);
    const int last = first + static_cast<int>(rows.size()) - 1;
    const int index = static_cast<int>(l_.tables.size());
    AddTable(std::move(table), first, last, row_lines, -1);
    for (int k = body_first; k <= last; ++k) {
      l_.lines[k].kind = LineKind::kTableRow;
      l_.lines[k].table = index;
      l_.lines[k].row = header ? 1 : 0;
    }
    return true;
  }

  // A CSV or TSV part: each run of non-blank lines is one table, a line
  // per row, its first row a header when it reads as one. Leading rows of
  // one or two fields ("見積番号,TK-0414") are a table of their own, so the
  // row under them can be the header.
  void MarkDelimitedTables(char delim) {
    const int n = static_cast<int>(l_.lines.size());
    int i = 0;
    while (i < n) {
      if (l_.lines[i].kind == LineKind::kBlank) {
        ++i;
        continue;
      }
      const int first = i;
      std::vector<std::vector<NormSpan>> rows;
      for (; i < n && l_.lines[i].kind != LineKind::kBlank; ++i)
        rows.push_back(SplitDelimited(text_, l_.lines[i].full, delim));
      size_t lead = 0;
      while (lead < rows.size() && FilledFields(rows[lead]) <= 2) ++lead;
      if (lead == rows.size()) lead = 0;
      if (lead > 0) AddFieldTable({rows.begin(), rows.begin() + lead}, first);
      AddFieldTable({rows.begin() + lead, rows.end()}, first + static_cast<int>(lead));
    }
  }

  // Lines of plain text written as CSV ("品名,単価,数量,金額" then a line per
  // item): three or more fields on every line, the same number on each,
  // two lines at least, one of them holding a bare number, none ending as
  // a sentence does, no field of more than six words and no comma inside
  // a number ("10,000"). Hard-wrapped prose fails one of these.
  bool TryCommaTable(int first) {
    // A run already scanned and found to hold no bare number holds none
    // from any line inside it either: scanning each start again would be
    // quadratic in a long comma-separated log.
    if (first < comma_scanned_until_) return false;
    const int n = static_cast<int>(l_.lines.size());
    const int depth = l_.lines[first].quote_depth;
    std::vector<std::vector<NormSpan>> rows;
    bool number = false;
    int i = first;
    for (; i < n && l_.lines[i].kind == LineKind::kText && l_.lines[i].table < 0 &&
           l_.lines[i].quote_depth == depth;
         ++i) {
      std::vector<NormSpan> fields = SplitDelimited(text_, l_.lines[i].content, ',');
      if (fields.size() < 3 || (!rows.empty() && fields.size() != rows[0].size())) break;
      std::string_view t = Content(l_.lines[i]);
      if (EndsLikeSentence(t) || !ShortFields(fields)) break;
      for (const NormSpan& f : fields) number = number || IsBareNumber(text_.substr(f.begin, f.size()));
      rows.push_back(std::move(fields));
    }
    if (rows.size() >= 2 && !number) comma_scanned_until_ = i;
    if (rows.size() < 2 || !number) return false;
    AddFieldTable(rows, first);
    return true;
  }

  // Fields of six words at most, none of them the thousands after a
  // comma that split a number.
  bool ShortFields(const std::vector<NormSpan>& fields) const {
    for (size_t k = 0; k < fields.size(); ++k) {
      std::string_view f = text_.substr(fields[k].begin, fields[k].size());
      if (std::count(f.begin(), f.end(), ' ') >= 6) return false;
      if (k == 0 || f.size() < 3 || fields[k].begin != fields[k - 1].end + 1) continue;
      const bool digits3 = std::isdigit(static_cast<unsigned char>(f[0])) &&
                           std::isdigit(static_cast<unsigned char>(f[1])) &&
                           std::isdigit(static_cast<unsigned char>(f[2])) &&
                           (f.size() == 3 || !std::isdigit(static_cast<unsigned char>(f[3])));
      if (digits3 && fields[k - 1].size() > 0 && std::isdigit(static_cast<unsigned char>(text_[fields[k - 1].end - 1])))
        return false;
    }
    return true;
  }

  static size_t FilledFields(const std::vector<NormSpan>& row) {
    size_t k = 0;
    for (const NormSpan& f : row) k += f.size() > 0;
    return k;
  }

  static bool IsBareNumber(std::string_view f) {
    if (f.empty()) return false;
    for (char c : f)
      if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-') return false;
    return std::isdigit(static_cast<unsigned char>(f.back())) != 0;
  }

  // Rows of fields, one line each from `first` on, as one table.
  void AddFieldTable(const std::vector<std::vector<NormSpan>>& rows, int first) {
    size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    Table table;
    std::vector<int> row_lines;
    for (const auto& r : rows) {
      std::vector<Cell> row(width);
      for (size_t c = 0; c < r.size(); ++c)
        if (r[c].size() > 0) row[c].pieces.push_back(r[c]);
      table.rows.push_back(std::move(row));
      row_lines.push_back(first + static_cast<int>(row_lines.size()));
    }
    table.header_rows = rows.size() > 1 && LooksLikeHeader(rows[0]) ? 1 : 0;
    for (int h = 0; h < table.header_rows; ++h)
      for (Cell& c : table.rows[h]) c.header = true;
    AddTable(std::move(table), first, first + static_cast<int>(rows.size()) - 1, row_lines, -1);
  }

  bool TryPipeTable(int first) {
    const int n = static_cast<int>(l_.lines.size());
    std::vector<std::vector<NormSpan>> rows;
    std::vector<int> row_lines;
    int rule_at = -1;
    bool pipe_rule = false;  // the rule is a |---| line, not a plain ruler
    int depth = l_.lines[first].quote_depth;
    int i = first;
    // Pipes (and box-drawing verticals) separate cells; in a table whose
    // first line has none, tabs may.
    bool tabs = false;
    {
      int k = first;
      if (IsGridRule(Content(l_.lines[k])) && k + 1 < n) ++k;
      tabs = SplitPipes(text_, l_.lines[k].content).empty() && !SplitTabs(text_, l_.lines[k].content).empty();
    }
    auto split = [&](NormSpan content) { return tabs ? SplitTabs(text_, content) : SplitPipes(text_, content); };
    // A line that splits into cells, and stays in the table's quote depth.
    auto row_at = [&](int k) {
      return k < n && l_.lines[k].kind != LineKind::kBlank && l_.lines[k].quote_depth == depth &&
             !split(l_.lines[k].content).empty();
    };
    // A drawn table's top border (┌──┬──┐, +---+---+) belongs to it.
    if (IsGridRule(Content(l_.lines[first]))) {
      if (!row_at(first + 1)) return false;
      ++i;
    }
    for (; i < n; ++i) {
      const Line& ln = l_.lines[i];
      if (ln.kind == LineKind::kBlank || ln.quote_depth != depth) break;
      std::vector<NormSpan> cells = split(ln.content);
      if (cells.empty()) {
        const bool grid = IsGridRule(Content(ln));
        if ((grid || IsRulerText(Content(ln))) && !rows.empty() && rule_at < 0) {
          rule_at = i;
          continue;
        }
        // A drawn table's rules between row groups (├──┼──┤) and its bottom
        // border (└──┴──┘).
        if (grid && !rows.empty()) {
          if (row_at(i + 1)) continue;
          ++i;
        }
        break;
      }
      if (IsPipeRule(text_, cells)) {
        if (rule_at >= 0 || rows.empty()) break;
        rule_at = i;
        pipe_rule = true;
        continue;
      }
      rows.push_back(std::move(cells));
      row_lines.push_back(i);
    }
    // A table: two or more rows, or one row with a |---| rule under it (a
    // plain ruler under a lone line with a '|' in it closes a box drawn
    // around text: "Compliance  SOC 2 certified | ISO 27001 certified").
    if (rows.size() < 2 && !(rows.size() == 1 && rule_at > first && pipe_rule)) return false;
    Table table;
    size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    for (const auto& r : rows) {
      std::vector<Cell> row;
      for (size_t c = 0; c < width; ++c) {
        Cell cell;
        if (c < r.size() && r[c].size() > 0) cell.pieces.push_back(r[c]);
        row.push_back(cell);
      }
      table.rows.push_back(std::move(row));
    }
    if (rule_at > first && rule_at - first <= 2) {
      table.header_rows = 0;
      for (int rl : row_lines) table.header_rows += rl < rule_at;
    } else if (!rows.empty()) {
      table.header_rows = LooksLikeHeader(rows[0]) && rows.size() > 1 ? 1 : 0;
    }
    for (int h = 0; h < table.header_rows; ++h) {
      for (Cell& c : table.rows[h]) c.header = true;
    }
    AddTable(std::move(table), first, i - 1, row_lines, rule_at);
    return true;
  }

  // Header cells hold words, not figures: a digit counts only when it is no
  // part of a unit phrase ("単価（1TBあたり月額）", "Price per 1 user").
  bool LooksLikeHeader(const std::vector<NormSpan>& cells) const {
    for (const NormSpan& c : cells) {
      for (size_t k = c.begin; k < c.end; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(text_[k]))) continue;
        size_t e = k;
        while (e < c.end && (std::isdigit(static_cast<unsigned char>(text_[e])) || text_[e] == ',' || text_[e] == '.')) ++e;
        if (e < c.end && text_[e] == ' ') ++e;
        const bool unit_follows = e < c.end && (std::isalpha(static_cast<unsigned char>(text_[e])) ||
                                                static_cast<unsigned char>(text_[e]) >= 0x80);
        const bool in_brackets = k > c.begin && text_.substr(c.begin, k - c.begin).find('(') != std::string_view::npos;
        if (!(unit_follows && in_brackets)) return false;
        k = e;
      }
    }
    return true;
  }

  // "---  -------  ----" under a header line gives the column starts.
  bool TryFixedWidthTable(int header) {
    const int n = static_cast<int>(l_.lines.size());
    if (header + 1 >= n) return false;
    const Line& rule = l_.lines[header + 1];
    if (rule.quote_depth != l_.lines[header].quote_depth) return false;
    std::string_view rt = Content(rule);
    std::vector<int> starts;
    {
      int col_base = DisplayWidth(text_, rule.full.begin, rule.content.begin);
      size_t k = 0;
      bool in_group = false;
      int groups = 0;
      for (; k < rt.size(); ++k) {
        char c = rt[k];
        if (c == '-' || c == '=') {
          if (!in_group) {
            starts.push_back(col_base + DisplayWidth(rt, 0, k));
            ++groups;
          }
          in_group = true;
        } else if (IsSpace(c)) {
          in_group = false;
        } else {
          return false;
        }
      }
      if (groups < 2) return false;
    }
    Table table;
    std::vector<int> row_lines;
    int last = header + 1;
    auto cut = [&](const Line& ln) {
      // Column starts as offsets; one that lands inside a word moves back to
      // the word's start (normalization narrows full-width characters, so a
      // row's text can sit a column or two left of where the rule says:
      // "稼働率（SLA）   99.9%" must not cut "99|.9%").
      std::vector<size_t> at;
      for (int col : starts) at.push_back(SourceOffsetAtColumn(ln.full.begin, ln.full.end, col));
      for (size_t c = 1; c < at.size(); ++c) {
        size_t& b = at[c];
        while (b > at[c - 1] && b < ln.full.end && text_[b] != ' ' && text_[b - 1] != ' ') {
          --b;
          while (b > at[c - 1] && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) --b;
        }
      }
      std::vector<NormSpan> cells;
      for (size_t c = 0; c < at.size(); ++c) {
        const size_t b = at[c], e = c + 1 < at.size() ? at[c + 1] : ln.full.end;
        cells.push_back(Trim(text_, NormSpan(b, std::max(b, e))));
      }
      return cells;
    };
    auto add_row = [&](const std::vector<NormSpan>& cells, bool head) {
      std::vector<Cell> row;
      for (const NormSpan& s : cells) {
        Cell cell;
        cell.header = head;
        if (s.size()) cell.pieces.push_back(s);
        row.push_back(cell);
      }
      table.rows.push_back(std::move(row));
    };
    add_row(cut(l_.lines[header]), true);
    row_lines.push_back(header);
    table.header_rows = 1;
    for (int i = header + 2; i < n; ++i) {
      const Line& ln = l_.lines[i];
      if (ln.kind == LineKind::kBlank || ln.quote_depth != rule.quote_depth) break;
      std::vector<NormSpan> cells = cut(ln);
      bool continuation = cells[0].size() == 0 && table.rows.size() > 1;
      if (continuation) {
        for (size_t c = 0; c < cells.size(); ++c) {
          if (cells[c].size()) table.rows.back()[c].pieces.push_back(cells[c]);
        }
        l_.lines[i].kind = LineKind::kTableRow;
        l_.lines[i].table = static_cast<int>(l_.tables.size());
        l_.lines[i].row = static_cast<int>(table.rows.size()) - 1;
      } else {
        add_row(cells, false);
        row_lines.push_back(i);
      }
      last = i;
    }
    if (table.rows.size() < 2) return false;
    AddTable(std::move(table), header, last, row_lines, header + 1);
    return true;
  }

  // Offset in [b, e) of normalized text where display column `col` starts,
  // counting columns as the source showed them: a fixed-width table is
  // aligned on the source, where "９９．９％" took ten columns that
  // normalization narrows to five. Characters normalized together from one
  // source run share its width evenly.
  size_t SourceOffsetAtColumn(size_t b, size_t e, int col) const {
    const OffsetMap& map = l_.norm.map;
    auto next = [&](size_t p) {
      size_t q = p + 1;
      while (q < e && (static_cast<unsigned char>(text_[q]) & 0xC0) == 0x80) ++q;
      return q;
    };
    double w = 0;
    size_t i = b;
    while (i < e) {
      const size_t sb = map.SourceOffset(i, false);
      size_t k = next(i);
      int chars = 1;
      while (k < e && map.SourceOffset(k, false) == sb) {
        k = next(k);
        ++chars;
      }
      const size_t se = std::max(sb, map.SourceOffset(k, true));
      const double per = static_cast<double>(DisplayWidth(source_, sb, std::min(se, source_.size()))) / chars;
      for (size_t p = i; p < k; p = next(p)) {
        if (w + 1e-9 >= col) return p;
        w += per;
        if (w > col + 1e-9) return p;
      }
      i = k;
    }
    return e;
  }

  // A row's field that runs on under the next header field, words apart
  // ("480 TB・月 2,800 1,344,000" under 「数量 単位」「単価」「金額」, typed with
  // single spaces), is cut before each word that starts under a later
  // header field (two columns of slack).
  // `head_cols`: the header fields' [begin, end) display columns.
  std::vector<NormSpan> SplitAtHeaderStarts(const std::vector<NormSpan>& fields, const Line& ln,
                                            const std::vector<std::pair<int, int>>& head_cols) const {
    auto column_at = [&](int at) {
      size_t k = 0;
      while (k + 1 < head_cols.size() && at >= head_cols[k + 1].first - 2) ++k;
      return k;
    };
    std::vector<NormSpan> out;
    for (const NormSpan& x : fields) {
      size_t b = x.begin;
      size_t col = column_at(SourceColumn(ln, b));
      for (size_t i = x.begin; i < x.end; ++i) {
        if (text_[i] != ' ' || i + 1 >= x.end || text_[i + 1] == ' ') continue;
        const size_t k = column_at(SourceColumn(ln, i + 1));
        if (k <= col) continue;
        out.push_back(Trim(text_, NormSpan(b, i)));
        b = i + 1;
        col = k;
      }
      out.push_back(Trim(text_, NormSpan(b, x.end)));
    }
    return out;
  }

  // The display column, as the source showed it, of normalized offset `at`
  // on line `ln`.
  int SourceColumn(const Line& ln, size_t at) const {
    const OffsetMap& map = l_.norm.map;
    const size_t b = map.SourceOffset(ln.full.begin, false), e = map.SourceOffset(at, false);
    return e > b ? static_cast<int>(DisplayWidth(source_, b, std::min(e, source_.size()))) : 0;
  }

  // Fields of a line separated by runs of two or more spaces.
  std::vector<NormSpan> SpaceFields(const Line& ln) const {
    std::vector<NormSpan> out;
    size_t b = ln.content.begin, i = b;
    const size_t e = ln.content.end;
    while (i < e) {
      if (text_[i] == ' ' && i + 1 < e && text_[i + 1] == ' ') {
        out.push_back(Trim(text_, NormSpan(b, i)));
        while (i < e && text_[i] == ' ') ++i;
        b = i;
      } else {
        ++i;
      }
    }
    if (b < e) out.push_back(Trim(text_, NormSpan(b, e)));
    std::erase_if(out, [](const NormSpan& s) { return s.size() == 0; });
    return out;
  }

  // A header of three or more space-separated fields without digits, then
  // rows split the same way (rulers allowed in between): an invoice-style
  // table. A row with fewer fields than the header is aligned to its right
  // end (amount columns are on the right; a wide first field swallows the gap).
  //
  // A header with a blank corner ("            Meridian Insight    Spreadsheets"
  // over "Dashboards per workspace    up to 200    —") names the columns
  // its fields stand over: the first row's second and third.
  bool TrySpaceAlignedTable(int header) {
    const int n = static_cast<int>(l_.lines.size());
    const Line& h = l_.lines[header];
    std::vector<NormSpan> head = SpaceFields(h);
    bool blank_corner = false;
    if (head.size() == 2 && header + 1 < n && l_.lines[header + 1].quote_depth == h.quote_depth) {
      const Line& first = l_.lines[header + 1];
      std::vector<NormSpan> f = SpaceFields(first);
      auto near = [&](const Line& a, size_t at, const Line& b, size_t bt) {
        return std::abs(SourceColumn(a, at) - SourceColumn(b, bt)) <= 2;
      };
      blank_corner = f.size() == 3 && SourceColumn(h, head[0].begin) >= 8 &&
                     near(h, head[0].begin, first, f[1].begin) && near(h, head[1].begin, first, f[2].begin);
      if (blank_corner) head.insert(head.begin(), NormSpan(h.content.begin, h.content.begin));
    }
    if (head.size() < 3 || !LooksLikeHeader(head)) return false;
    std::vector<std::vector<NormSpan>> rows{head};
    std::vector<int> row_lines{header};
    int last = header, full_rows = 0;
    std::vector<int> rules;
    for (int i = header + 1; i < n; ++i) {
      const Line& ln = l_.lines[i];
      if (ln.quote_depth != h.quote_depth) break;
      if (ln.kind == LineKind::kBlank) break;
      if (IsRulerText(Content(ln))) {
        rules.push_back(i);
        last = i;
        continue;
      }
      std::vector<NormSpan> f = SpaceFields(ln);
      if (f.size() < 2) break;
      full_rows += f.size() >= 3;
      rows.push_back(std::move(f));
      row_lines.push_back(i);
      last = i;
    }
    if (full_rows < 1) return false;
    const size_t width = head.size();
    std::vector<std::pair<int, int>> head_cols;  // the header fields' display columns, as the source showed them
    for (const NormSpan& x : head) head_cols.push_back({SourceColumn(h, x.begin), SourceColumn(h, x.end)});
    Table table;
    table.header_rows = 1;
    for (size_t r = 0; r < rows.size(); ++r) {
      std::vector<Cell> row(width);
      if (r > 0) rows[r] = SplitAtHeaderStarts(rows[r], l_.lines[row_lines[r]], head_cols);
      const auto& f = rows[r];
      if (f.size() > width && r > 0) {
        // More fields than the header has: each goes under the header field
        // it overlaps most as the source showed them (a price right-aligned
        // under 「単価」, the next under 「金額」), else the nearest one.
        const Line& ln = l_.lines[row_lines[r]];
        size_t col = 0;
        for (const NormSpan& x : f) {
          const int xb = SourceColumn(ln, x.begin), xe = SourceColumn(ln, x.end);
          size_t best = col;
          int best_overlap = -1, best_gap = 1 << 30;
          for (size_t k = col; k < width; ++k) {
            const auto [hb, he] = head_cols[k];
            const int overlap = std::min(xe, he) - std::max(xb, hb);
            const int gap = overlap > 0 ? 0 : -overlap;
            if (overlap > best_overlap && overlap > 0) {
              best = k;
              best_overlap = overlap;
              best_gap = 0;
            } else if (best_overlap <= 0 && gap < best_gap) {
              best = k;
              best_gap = gap;
            }
          }
          col = best;
          row[col].pieces.push_back(x);
        }
      } else if (f.size() >= width) {
        for (size_t c = 0; c < f.size(); ++c)
          if (f[c].size()) row[std::min(c, width - 1)].pieces.push_back(f[c]);
      } else {
        NormSpan first = f[0];
        // A first field wide enough to swallow the gap keeps the next
        // column's number at its end, one space away ("…(1TBあたり) 20").
        const size_t sp = text_.substr(first.begin, first.size()).rfind(' ');
        if (sp != std::string_view::npos && sp > 0) {  // (this row lacks a field, so column 1 is free)
          const NormSpan tail(first.begin + sp + 1, first.end);
          std::string_view t = text_.substr(tail.begin, tail.size());
          const bool number = !t.empty() && t.find_first_not_of("0123456789,.") == std::string_view::npos &&
                              std::isdigit(static_cast<unsigned char>(t[0]));
          if (number) {
            row[1].pieces.push_back(tail);
            first = Trim(text_, NormSpan(first.begin, first.begin + sp));
          }
        }
        row[0].pieces.push_back(first);
        for (size_t k = 1; k < f.size(); ++k) row[width - f.size() + k].pieces.push_back(f[k]);
      }
      for (Cell& c : row) c.header = r == 0;
      table.rows.push_back(std::move(row));
    }
    AddTable(std::move(table), header, last, row_lines, -1);
    return true;
  }

  // Questions answered on their own lines, the answer set apart by two or
  // more spaces, an item number before the question or not: two or more
  // such lines in a row are a table of question | answer (a questionnaire
  // answered in place: "Q3.2.4  Maximum number of users per tenant?
  // 10,000."), so the answer reads its question as a row's cell reads its
  // label. No header row.
  bool TryQuestionAnswerTable(int first) {
    const int n = static_cast<int>(l_.lines.size());
    const int depth = l_.lines[first].quote_depth;
    auto fields = [&](int k) -> std::vector<NormSpan> {
      const Line& ln = l_.lines[k];
      if (ln.kind != LineKind::kText || ln.table >= 0 || ln.quote_depth != depth) return {};
      std::vector<NormSpan> f = SpaceFields(ln);
      if (f.size() < 2 || f.size() > 3) return {};
      std::string_view q = text_.substr(f[f.size() - 2].begin, f[f.size() - 2].size());
      if (!EndsWith(q, "?") && !EndsWith(q, "？")) return {};
      return f;
    };
    std::vector<std::vector<NormSpan>> rows;
    std::vector<int> row_lines;
    size_t width = 0;
    for (int k = first; k < n; ++k) {
      std::vector<NormSpan> f = fields(k);
      if (f.empty()) break;
      width = std::max(width, f.size());
      rows.push_back(std::move(f));
      row_lines.push_back(k);
    }
    if (rows.size() < 2) return false;
    Table table;
    table.header_rows = 0;
    for (const auto& f : rows) {
      std::vector<Cell> row(width);
      // Aligned to the right: question and answer are the last two columns.
      for (size_t c = 0; c < f.size(); ++c) row[width - f.size() + c].pieces.push_back(f[c]);
      table.rows.push_back(std::move(row));
    }
    AddTable(std::move(table), first, row_lines.back(), row_lines, -1);
    return true;
  }

  void AddTable(Table table, int first, int last, const std::vector<int>& row_lines, int rule_at) {
    const int index = static_cast<int>(l_.tables.size());
    table.first_line = first;
    table.last_line = last;
    for (size_t r = 0; r < row_lines.size(); ++r) {
      Line& ln = l_.lines[row_lines[r]];
      ln.kind = LineKind::kTableRow;
      ln.table = index;
      ln.row = static_cast<int>(r);
    }
    if (rule_at >= 0) {
      l_.lines[rule_at].kind = LineKind::kTableRule;
      l_.lines[rule_at].table = index;
    }
    for (int k = first; k <= last; ++k) {
      if (l_.lines[k].table < 0 && l_.lines[k].kind != LineKind::kBlank) {
        l_.lines[k].kind = LineKind::kTableRule;
        l_.lines[k].table = index;
      }
    }
    l_.tables.push_back(std::move(table));
  }

  void MarkLineKinds(bool markdown) {
    const int n = static_cast<int>(l_.lines.size());
    int chat_headers = 0;
    for (const Line& ln : l_.lines) chat_headers += ln.kind == LineKind::kText && IsChatHeader(Content(ln));
    const bool transcript = chat_headers >= 2;
    std::vector<bool> items(n);  // lines opening with a checklist item number
    for (int i = 0; i < n; ++i) items[i] = l_.lines[i].kind == LineKind::kText && ItemNumber(Content(l_.lines[i])) > 0;
    for (int i = 0; i < n; ++i) {
      Line& ln = l_.lines[i];
      if (ln.kind != LineKind::kText) continue;
      std::string_view t = Content(ln);
      if (IsRulerText(t)) {
        ln.kind = LineKind::kRuler;
        // Setext heading underline in Markdown (also under a line already
        // taken for an all-caps title: the underline decides its level, so
        // "SECTION C - GENERAL" over "===" ends "SECTION B - …" over "===").
        const bool caps_title =
            i > 0 && !markdown && l_.lines[i - 1].kind == LineKind::kHeading && l_.lines[i - 1].heading_level == 2;
        // In plain text only a line standing alone is underlined; the last
        // line of a block over a ruler is a box's bottom edge.
        const bool alone = markdown || i < 2 || l_.lines[i - 2].kind == LineKind::kBlank ||
                           l_.lines[i - 2].kind == LineKind::kRuler || l_.lines[i - 2].kind == LineKind::kHeading;
        if (i > 0 && (l_.lines[i - 1].kind == LineKind::kText || caps_title) && (t[0] == '=' || t[0] == '-') && alone &&
            (markdown || DisplayWidth(Content(l_.lines[i - 1]), 0, l_.lines[i - 1].content.size()) <= 80)) {
          l_.lines[i - 1].kind = LineKind::kHeading;
          l_.lines[i - 1].heading_level = t[0] == '=' ? 1 : 2;
        }
        continue;
      }
      if (t[0] == '#') {
        size_t h = 0;
        while (h < t.size() && t[h] == '#') ++h;
        if (h <= 6 && h < t.size() && IsSpace(t[h])) {
          ln.kind = LineKind::kHeading;
          ln.heading_level = static_cast<int>(h);
          size_t skip = h;
          while (skip < t.size() && IsSpace(t[skip])) ++skip;
          ln.content.begin += skip;
          continue;
        }
      }
      // A Markdown line all in bold ("**Key facts — Meridian Vault**") titles
      // what follows it.
      if (markdown && t.size() > 4 && StartsWith(t, "**") && EndsWith(t, "**") &&
          t.substr(2, t.size() - 4).find("**") == std::string_view::npos && DisplayWidth(t, 0, t.size()) <= 80) {
        ln.kind = LineKind::kHeading;
        ln.heading_level = 4;
        ln.content.begin += 2;
        ln.content.end -= 2;
        continue;
      }
      if (StartsWith(t, "【") && t.find("】") != std::string_view::npos && DisplayWidth(t, 0, t.size()) <= 60) {
        ln.kind = LineKind::kHeading;
        ln.heading_level = 3;
        continue;
      }
      bool heading_mark = false;
      for (std::string_view m : kHeadingMarks) {
        if (StartsWith(t, m)) {
          heading_mark = true;
          ln.content.begin += m.size();
          ln.content = Trim(text_, ln.content);
          break;
        }
      }
      if (heading_mark) {
        // "■ 同製品の料金は…です。": a whole sentence after the mark is a
        // bullet; a heading has no sentence end.
        std::string_view rest = Content(ln);
        // So is a label and its figure ("■月額料金：50,000円（税別）").
        const size_t colon = rest.find(':');
        const bool label_value = colon != std::string_view::npos &&
                                 std::any_of(rest.begin() + colon + 1, rest.end(),
                                             [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        if (EndsWith(rest, "。") || (!rest.empty() && rest.back() == '.') || label_value) {
          ln.kind = LineKind::kBullet;
        } else {
          ln.kind = LineKind::kHeading;
          ln.heading_level = 3;
        }
        continue;
      }
      if (!markdown && IsAllCapsTitle(t)) {
        ln.kind = LineKind::kHeading;
        ln.heading_level = 2;
        continue;
      }
      // Checklist item numbers, on this line and the one before or after
      // it: the number is the item's marker, not a range.
      if (const size_t item = ItemNumber(t); item > 0) {
        const bool listed = (i > 0 && items[i - 1]) || (i + 1 < n && items[i + 1]);
        if (listed) {
          ln.kind = LineKind::kBullet;
          ln.numbered = true;
          ln.content.begin += item;
          continue;
        }
      }
      if (std::any_of(std::begin(kAnswerMarks), std::end(kAnswerMarks), [&](std::string_view m) {
            return StartsWith(t, m) && t.size() > m.size() && IsSpace(t[m.size()]);
          })) {
        ln.kind = LineKind::kBullet;
        continue;
      }
      size_t marker = BulletMarker(t);
      if (marker > 0 && marker < t.size()) {
        ln.kind = LineKind::kBullet;
        ln.numbered = std::none_of(std::begin(kBulletMarks), std::end(kBulletMarks),
                                   [&](std::string_view m) { return StartsWith(t, m); });
        ln.content.begin += marker;
        continue;
      }
      // A short lead-in line ending with ':' governs the lines below it; a
      // chat message header heads its message.
      if (((t.back() == ':' || EndsWith(t, "：")) && DisplayWidth(t, 0, t.size()) <= 60) || (transcript && IsChatHeader(t))) {
        ln.kind = LineKind::kHeading;
        ln.heading_level = 9;
      }
    }
  }

  // Page furniture around form feeds (layout.h).
  void MarkPageFurniture() {
    const int n = static_cast<int>(l_.lines.size());
    auto has_feed = [&](const Line& ln) {
      return text_.substr(ln.full.begin, ln.full.size()).find('\f') != std::string_view::npos;
    };
    // Digit runs as '#', space runs as one space: "Page 2 of 6" and "Page 3
    // of 6" are one running line.
    auto shape = [&](const Line& ln) {
      std::string out;
      for (char c : Content(ln)) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
          if (out.empty() || out.back() != '#') out += '#';
        } else if (IsSpace(c)) {
          if (out.empty() || out.back() != ' ') out += ' ';
        } else {
          out += c;
        }
      }
      return out;
    };
    bool any = false;
    for (const Line& ln : l_.lines) any = any || has_feed(ln);
    if (!any) return;
    std::unordered_map<std::string, int> repeats;
    for (const Line& ln : l_.lines)
      if (ln.kind == LineKind::kText) ++repeats[shape(ln)];
    auto running = [&](const Line& ln, bool footer) {
      if (ln.kind != LineKind::kText || ln.quote_depth > 0) return false;
      const std::string_view t = Content(ln);
      if (t.empty() || DisplayWidth(t, 0, t.size()) > 100 || EndsLikeSentence(t)) return false;
      const bool gap = HasColumnGap(l_, ln);
      const bool digit = std::any_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      return gap || (footer && digit) || repeats[shape(ln)] >= 2;
    };
    for (int f = 0; f < n; ++f) {
      if (!has_feed(l_.lines[f])) continue;
      // The footer: the last line before the break, blank lines aside.
      int b = f - 1;
      while (b >= 0 && l_.lines[b].kind == LineKind::kBlank) --b;
      if (b >= 0 && running(l_.lines[b], true)) {
        for (int k = b; k < f; ++k) l_.lines[k].furniture = true;
        // …and the blank lines over it, down from the page's text.
        for (int k = b - 1; k >= 0 && l_.lines[k].kind == LineKind::kBlank; --k) l_.lines[k].furniture = true;
      }
      // The header: the text on the break's line, or the first line after.
      int h = f;
      if (l_.lines[f].kind == LineKind::kBlank) {
        l_.lines[f].furniture = true;
        h = f + 1;
        while (h < n && l_.lines[h].kind == LineKind::kBlank) ++h;
      }
      if (h < n && running(l_.lines[h], false)) {
        for (int k = f; k <= h; ++k) l_.lines[k].furniture = true;
        // …and the blank lines under it, up to the page's text.
        for (int k = h + 1; k < n && l_.lines[k].kind == LineKind::kBlank; ++k) l_.lines[k].furniture = true;
      }
    }
  }

  // A numbered line that stands alone as a section title ("3. メリディアン
  // インサイトによる可視化", "2) Pricing") is a heading, not a list item: it
  // is short, has no sentence end, follows a blank line (or opens the text)
  // and is followed by prose, not by the next item. A wrapped item's
  // continuation ("1. Sync holds up to" + "10,000 users.") starts lower-case
  // or with a digit, so it stays an item; an indented one is the item's body.
  void MarkNumberedHeadings() {
    const int n = static_cast<int>(l_.lines.size());
    for (int i = 0; i + 1 < n; ++i) {
      Line& ln = l_.lines[i];
      // A section number with no mark after it ("4 Pricing", "2.1 Users",
      // as text from PDF has them) numbers a title too.
      const size_t section = ln.kind == LineKind::kText ? SectionNumberLength(Content(ln)) : 0;
      if ((ln.kind != LineKind::kBullet && section == 0) || ln.quote_depth > 0) continue;
      if (i > 0 && l_.lines[i - 1].kind != LineKind::kBlank && l_.lines[i - 1].kind != LineKind::kRuler &&
          !l_.lines[i - 1].furniture)
        continue;
      // …followed by prose, or (one blank line away at most) by items of
      // another kind: marks (・, -) under a numbered section title.
      int j = i + 1;
      if (l_.lines[j].kind == LineKind::kBlank && j + 1 < n) ++j;
      const Line& next = l_.lines[j];
      const bool prose = j == i + 1 && next.kind == LineKind::kText && next.content.begin == next.full.begin;
      const bool marks = next.kind == LineKind::kBullet && !next.numbered;
      // …or underlined by a ruler ("1. Meridian Sync" boxed in "=====" lines).
      const bool ruled = j == i + 1 && next.kind == LineKind::kRuler;
      if (!(prose || marks || ruled) || next.quote_depth != ln.quote_depth) continue;
      // Arabic numerals only ("3.", "(2)"), not "a." or ①.
      std::string_view marker = text_.substr(ln.full.begin, ln.content.begin - ln.full.begin + section);
      size_t m = marker.find_first_not_of(" \t(");
      if ((!ln.numbered && section == 0) || m == std::string_view::npos ||
          !std::isdigit(static_cast<unsigned char>(marker[m])))
        continue;
      std::string_view t = Content(ln).substr(section);
      if (t.empty() || DisplayWidth(t, 0, t.size()) > (marks || ruled ? 80 : 40)) continue;
      if (EndsWith(t, "。") || EndsWith(t, "：") || std::string_view(".!?:;,、").find(t.back()) != std::string_view::npos)
        continue;
      std::string_view after = Content(next);
      const unsigned char c = after.empty() ? 0 : static_cast<unsigned char>(after[0]);
      // A digit is a wrapped item's number — unless it numbers this
      // section's first subsection ("2. Meridian Sync" over "2.1 Users").
      const std::string number = std::string(marker.substr(m, marker.find_first_not_of("0123456789", m) - m)) + ".";
      const bool subsection = StartsWith(after, number) && after.size() > number.size() &&
                              std::isdigit(static_cast<unsigned char>(after[number.size()]));
      if (c == 0 || (prose && (std::islower(c) || (std::isdigit(c) && !subsection)))) continue;
      ln.kind = LineKind::kHeading;
      ln.heading_level = ruled ? 2 : 4;  // a ruled title is a part's, above 【…】 sections
      ln.content.begin += section;
    }
  }

  // "4 " in "4 Pricing", "2.1 " in "2.1 Users": one or two digits, dotted
  // levels of them, one space, then a title's first letter (not a digit,
  // not lower case: "3 tenants" is a count). 0 when `t` opens otherwise.
  static size_t SectionNumberLength(std::string_view t) {
    size_t k = 0;
    for (int level = 0; level < 4; ++level) {
      size_t d = k;
      while (d < t.size() && d - k < 3 && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
      if (d == k || d - k > 2) return 0;
      k = d;
      if (k + 1 < t.size() && t[k] == '.' && std::isdigit(static_cast<unsigned char>(t[k + 1]))) {
        ++k;
        continue;
      }
      break;
    }
    if (k + 1 >= t.size() || t[k] != ' ') return 0;
    const unsigned char c = static_cast<unsigned char>(t[k + 1]);
    if (std::isdigit(c) || std::islower(c) || c == ' ' || std::ispunct(c)) return 0;
    return k + 1;
  }

  // A numbered caption line just above or below a text table ("Table 3.1 -
  // Meridian Insight licence fees (GBP, all prices exclude VAT)",
  // 「表1：…の主な仕様」, 「表A-1 月額利用料」), one blank line away at most,
  // is its caption.
  void MarkTextCaptions() {
    static constexpr std::string_view kCaptionLabels[] = {"Table", "TABLE", "Tbl.", "表", "図表"};
    auto is_caption = [&](int i) {
      if (i < 0 || i >= static_cast<int>(l_.lines.size())) return false;
      const Line& ln = l_.lines[i];
      if (ln.kind != LineKind::kText && ln.kind != LineKind::kHeading) return false;
      std::string_view t = Content(ln);
      if (DisplayWidth(t, 0, t.size()) > 100) return false;
      // "[表1] …", "【表2】…", "(Table 3) …"
      for (std::string_view open : {"[", "(", "【"}) {
        if (StartsWith(t, open)) {
          t.remove_prefix(open.size());
          break;
        }
      }
      for (std::string_view label : kCaptionLabels) {
        if (!StartsWith(t, label)) continue;
        size_t k = label.size();
        while (k < t.size() && t[k] == ' ') ++k;
        // An appendix's letter may come first ("Table A.1", 「表A-1」).
        if (k + 1 < t.size() && t[k] >= 'A' && t[k] <= 'Z' &&
            (t[k + 1] == '-' || t[k + 1] == '.' || std::isdigit(static_cast<unsigned char>(t[k + 1]))))
          k += t[k + 1] == '-' || t[k + 1] == '.' ? 2 : 1;
        return k < t.size() && std::isdigit(static_cast<unsigned char>(t[k]));
      }
      return false;
    };
    auto near = [&](int from, int step) {
      int i = from;
      if (i >= 0 && i < static_cast<int>(l_.lines.size()) && l_.lines[i].kind == LineKind::kBlank) i += step;
      return is_caption(i) ? i : -1;
    };
    // A short bracketed note right under or over a table ("（単位：円）",
    // "(amounts in GBP)") is part of its caption too — not a figure of its
    // own ("（税込 52,800円）" is the total's).
    auto is_note = [&](int i) {
      if (i < 0 || i >= static_cast<int>(l_.lines.size())) return false;
      const Line& ln = l_.lines[i];
      if (ln.kind != LineKind::kText) return false;
      std::string_view t = Content(ln);
      return t.size() > 2 && t.front() == '(' && t.back() == ')' && DisplayWidth(t, 0, t.size()) <= 30 &&
             t.find('(', 1) == std::string_view::npos &&
             std::none_of(t.begin(), t.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
    };
    for (Table& t : l_.tables) {
      if (t.first_line < 0) continue;
      if (t.caption.empty()) {
        int c = near(t.first_line - 1, -1);
        if (c < 0) c = near(t.last_line + 1, +1);
        if (c >= 0) t.caption.push_back(l_.lines[c].content);
      }
      for (int i : {t.last_line + 1, t.first_line - 1}) {
        if (is_note(i)) t.caption.push_back(l_.lines[i].content);
      }
    }
    // A caption over lines no table was found in (label and value set
    // apart by spaces, two columns) leads them in as a heading would.
    std::vector<bool> captions(l_.lines.size(), false);
    for (const Table& t : l_.tables)
      for (int i = std::max(0, t.first_line - 2); i <= t.last_line + 2 && i < static_cast<int>(l_.lines.size()); ++i)
        captions[i] = true;
    for (int i = 0; i + 1 < static_cast<int>(l_.lines.size()); ++i) {
      Line& ln = l_.lines[i];
      if (captions[i] || ln.kind != LineKind::kText || !is_caption(i)) continue;
      if (l_.lines[i + 1].kind != LineKind::kText || l_.lines[i + 1].quote_depth != ln.quote_depth) continue;
      ln.kind = LineKind::kHeading;
      ln.heading_level = 9;
    }
  }

  // A short line right above a table (one blank line away at most), with no
  // sentence end ("<p><b>Meridian Sync – commercial summary</b></p>" before
  // its <table>, "Meridian Insight - answers to Kestrel's requirements" over
  // a pipe table), is the table's title: its caption when it has none.
  void MarkTitleLines() {
    for (Table& t : l_.tables) {
      if (t.first_line <= 0 || !t.caption.empty()) continue;
      int i = t.first_line - 1;
      if (l_.lines[i].kind == LineKind::kBlank && i > 0) --i;
      const Line& ln = l_.lines[i];
      if (ln.kind != LineKind::kText && ln.kind != LineKind::kHeading) continue;
      std::string_view text = Content(ln);
      if (text.empty() || DisplayWidth(text, 0, text.size()) > 80) continue;
      bool sentence_end = false;
      for (std::string_view end : {".", "。", "!", "?", ":", "！", "？"}) sentence_end = sentence_end || EndsWith(text, end);
      // A label and its figure ("容量単価：1TBあたり月額2,800円") states
      // something: no title. A unit note without a figure ("見積明細（単位：
      // 円）", "Pricing (USD): Meridian Sync") is the title's.
      bool figure = text.find(':') != std::string_view::npos;
      for (std::string_view mark : {"円", "$", "£", "¥", "€", "%"}) figure = figure || text.find(mark) != std::string_view::npos;
      figure = figure && std::any_of(text.begin(), text.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
      if (!sentence_end && !figure) t.caption.push_back(ln.content);
    }
  }

  // "KEY FACTS", "ACME BACKUP": a short line of capitals and no sentence end.
  // "PRICING AND TERMS"; not a "label : value" pair ("(3) SLA : 99.9%").
  static bool IsAllCapsTitle(std::string_view t) {
    const size_t colon = t.find(':');
    if (colon != std::string_view::npos && colon + 1 < t.size()) return false;
    if (t.find('%') != std::string_view::npos || t.find('=') != std::string_view::npos) return false;
    // One token with a digit in it is a value ("AES-256", "SOC2"), no title.
    if (t.find(' ') == std::string_view::npos && t.find_first_of("0123456789") != std::string_view::npos) return false;
    int upper = 0;
    for (char c : t) {
      if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return false;
      upper += (c >= 'A' && c <= 'Z');
    }
    return upper >= 3 && t.size() <= 60 && t.back() != '.' && t.back() != ':';
  }

  // The first line of a document, when it reads as a title, governs it all.
  // A letter's salutation ("Dear Procurement Team,") is no title, but the
  // line standing alone under it may be: the subject line a formal letter
  // puts there ("RE: ITT BU-2026-117 – Stage 1 questions (Meridian Sync)"),
  // in a document or a mail (`letter_only`: only that line, as a mail has
  // its Subject for a title).
  void MarkTitle(bool letter_only) {
    const int n = static_cast<int>(l_.lines.size());
    bool after_salutation = false;
    for (int i = 0; i < n; ++i) {
      Line& ln = l_.lines[i];
      if (ln.kind == LineKind::kBlank || ln.kind == LineKind::kRuler || ln.furniture) continue;
      if (ln.quote_depth > 0) return;
      std::string_view t = Content(ln);
      const size_t width = DisplayWidth(t, 0, t.size());
      const bool text = ln.kind == LineKind::kText || ln.kind == LineKind::kHeading;
      if (!after_salutation && text && width <= 40 && (t.back() == ',' || EndsWith(t, "、") || EndsWith(t, "，")) &&
          i + 1 < n && l_.lines[i + 1].kind == LineKind::kBlank) {
        after_salutation = true;
        continue;
      }
      const bool sentence_end = EndsLikeSentence(t) || t.back() == ':' || EndsWith(t, "：") || t.back() == ',';
      // Under a salutation, only a line that is a paragraph of its own.
      const bool alone = !after_salutation || i + 1 >= n || l_.lines[i + 1].kind == LineKind::kBlank;
      if (letter_only && !after_salutation) return;
      if (text && !sentence_end && alone && width <= (after_salutation ? 100 : 80)) {
        ln.kind = LineKind::kHeading;
        ln.heading_level = 0;
        // A title of two lines ("SCHEDULE 3" / "SERVICE LEVELS (MERIDIAN
        // VAULT)"): the second is the title too, not a section under it
        // that the first numbered section would end.
        if (!after_salutation && i + 1 < n) {
          Line& next = l_.lines[i + 1];
          std::string_view nt = Content(next);
          if ((next.kind == LineKind::kText || next.kind == LineKind::kHeading) && next.quote_depth == 0 &&
              !nt.empty() && !EndsLikeSentence(nt) && nt.back() != ':' && nt.back() != ',' &&
              DisplayWidth(nt, 0, nt.size()) <= 80 && (i + 2 >= n || l_.lines[i + 2].kind == LineKind::kBlank)) {
            next.kind = LineKind::kHeading;
            next.heading_level = 0;
          }
        }
      }
      return;
    }
  }

  void MarkStrikes() {
    // ~~struck~~ within one line (Markdown and plain text alike). Each
    // line is searched on its own: a search of the whole text from every
    // line was quadratic in a text of many lines and no "~~".
    for (const Line& ln : l_.lines) {
      const std::string_view line = text_.substr(ln.content.begin, ln.content.size());
      size_t from = 0;
      while (true) {
        size_t a = line.find("~~", from);
        if (a == std::string_view::npos) break;
        size_t b = line.find("~~", a + 2);
        if (b == std::string_view::npos) break;
        l_.struck.push_back(NormSpan(ln.content.begin + a, ln.content.begin + b + 2));
        from = b + 2;
      }
    }
  }

  void MarkComments() {
    size_t from = 0;
    while (true) {
      size_t a = text_.find("<!--", from);
      if (a == std::string_view::npos) break;
      size_t b = text_.find("-->", a + 4);
      size_t end = b == std::string_view::npos ? text_.size() : b;
      NormSpan inner = Trim(text_, NormSpan(a + 4, end));
      l_.comments.push_back({NormSpan(a, b == std::string_view::npos ? end : b + 3),
                             std::string(text_.substr(inner.begin, inner.size()))});
      from = b == std::string_view::npos ? text_.size() : b + 3;
    }
    // A line that is all comment ("<!-- onevoice-disable … -->") is no text:
    // it ends a paragraph like a blank line, and no sentence starts on it.
    size_t c = 0;
    for (Line& ln : l_.lines) {
      if (ln.kind == LineKind::kBlank) continue;
      NormSpan t = Trim(text_, ln.full);
      while (c < l_.comments.size() && l_.comments[c].span.end <= t.begin) ++c;
      if (c < l_.comments.size() && l_.comments[c].span.begin <= t.begin && l_.comments[c].span.end >= t.end)
        ln.kind = LineKind::kBlank;
    }
  }

  void ApplyHtml(const RenderedHtml& r) {
    const OffsetMap& m = l_.norm.map;
    for (const auto& h : r.hints) {
      int li = LineAt(m.ToNorm(h.offset));
      if (li < 0) continue;
      // A hint may point at the break just before its line.
      if (l_.lines[li].kind == LineKind::kBlank && li + 1 < static_cast<int>(l_.lines.size())) ++li;
      Line& target = l_.lines[li];
      if (target.kind != LineKind::kText) continue;
      if (h.kind == HtmlLineHint::kHeading) {
        target.kind = LineKind::kHeading;
        target.heading_level = h.level;
      } else {
        target.kind = LineKind::kBullet;
      }
    }
    for (const auto& s : r.struck) l_.struck.push_back(NormSpan(m.ToNorm(s.first), m.ToNorm(s.second)));
    for (const auto& c : r.comments) l_.comments.push_back({NormSpan(m.ToNorm(c.first), m.ToNorm(c.first)), c.second});
    for (const HtmlTable& ht : r.tables) AddHtmlTable(ht);
  }

  void AddHtmlTable(const HtmlTable& ht) {
    const OffsetMap& m = l_.norm.map;
    // Place cells on a grid, honouring rowspan and colspan.
    std::vector<std::vector<Cell>> grid;
    std::vector<std::vector<bool>> filled;
    std::vector<int> row_lines;
    size_t width = 0;
    for (size_t r = 0; r < ht.rows.size(); ++r) {
      if (grid.size() <= r) {
        grid.resize(r + 1);
        filled.resize(r + 1);
      }
      size_t col = 0;
      int line = -1;
      for (const HtmlCell& hc : ht.rows[r]) {
        while (col < filled[r].size() && filled[r][col]) ++col;
        Cell cell;
        NormSpan s(m.ToNorm(hc.begin), m.ToNorm(hc.end));
        if (s.size()) cell.pieces.push_back(s);
        cell.header = hc.header;
        if (line < 0) line = LineAt(m.ToNorm(hc.begin));
        int rs = std::min(hc.rowspan, 200), cs = std::min(hc.colspan, 50);
        for (int dr = 0; dr < rs; ++dr) {
          size_t rr = r + dr;
          if (rr >= ht.rows.size()) break;
          if (grid.size() <= rr) {
            grid.resize(rr + 1);
            filled.resize(rr + 1);
          }
          for (int dc = 0; dc < cs; ++dc) {
            size_t cc = col + dc;
            if (grid[rr].size() <= cc) {
              grid[rr].resize(cc + 1);
              filled[rr].resize(cc + 1, false);
            }
            Cell placed = cell;
            placed.spanned = dr > 0 || dc > 0;
            if (dr == 0 && cs > 1) placed.span_group = static_cast<int>(col);
            grid[rr][cc] = placed;
            filled[rr][cc] = true;
          }
        }
        col += cs;
      }
      row_lines.push_back(line);
      for (const auto& g : grid) width = std::max(width, g.size());
    }
    Table table;
    for (auto& g : grid) {
      g.resize(width);
      table.rows.push_back(std::move(g));
    }
    // Header rows: leading rows made only of <th> cells.
    for (const auto& row : table.rows) {
      bool all = !row.empty();
      for (const Cell& c : row) all = all && (c.header || c.pieces.empty());
      if (!all) break;
      ++table.header_rows;
    }
    // …or, as Word writes tables (plain <td> throughout), a first row of
    // three or more short labels with no figure over rows with figures
    // (「項目 | 数量 | 単価 | 金額」). A two-column table is a list of keys
    // and values, whose first row is data.
    if (table.header_rows == 0 && table.rows.size() > 1 && width >= 3) {
      bool labels = true, figures_below = false;
      std::vector<NormSpan> first;
      for (const Cell& c : table.rows[0]) {
        labels = labels && c.pieces.size() == 1 && !c.spanned && CodePointCount(text_.substr(c.pieces[0].begin, c.pieces[0].size())) <= 24;
        if (!c.pieces.empty()) first.push_back(c.pieces[0]);
      }
      for (size_t r = 1; r < table.rows.size() && !figures_below; ++r)
        for (const Cell& c : table.rows[r])
          for (const NormSpan& p : c.pieces) {
            const std::string_view t = text_.substr(p.begin, p.size());
            figures_below = figures_below || std::any_of(t.begin(), t.end(), [](char ch) {
                              return std::isdigit(static_cast<unsigned char>(ch));
                            });
          }
      if (labels && figures_below && LooksLikeHeader(first)) {
        table.header_rows = 1;
        for (Cell& c : table.rows[0]) c.header = true;
      }
    }
    for (const auto& c : ht.captions) table.caption.push_back(NormSpan(m.ToNorm(c.first), m.ToNorm(c.second)));
    int first = -1, last = -1;
    for (int li : row_lines) {
      if (li < 0) continue;
      first = first < 0 ? li : std::min(first, li);
      last = std::max(last, li);
    }
    if (first < 0) return;
    const int index = static_cast<int>(l_.tables.size());
    table.first_line = first;
    table.last_line = last;
    for (size_t r = 0; r < row_lines.size(); ++r) {
      if (row_lines[r] < 0) continue;
      Line& ln = l_.lines[row_lines[r]];
      ln.kind = LineKind::kTableRow;
      ln.table = index;
      ln.row = static_cast<int>(r);
    }
    l_.tables.push_back(std::move(table));
  }

 private:
  Layout& l_;
  int prose_rejected_until_ = 0;  // TryProseColumns: lines before this were walked
  std::string_view text_;
  std::string_view source_;
  int comma_scanned_until_ = 0;  // TryCommaTable: lines before this hold no comma table
};

}  // namespace

// A form's or checklist's item number at the start of t: numbers of one
// to three digits joined by '.' or '-' ("1-4 利用者数", "4.2 Maximum users",
// "3.2.1 Uptime", "4.10 Encryption"), perhaps after a one- or two-letter
// section ("B-06", "C-3-1", "A.1.6", "Q3.2.1"), then a space and a label (a
// capital or a non-ASCII letter); the length of the number and its spaces,
// 0 if none. Alone it may be a range or a decimal ("10-20 ユーザー"); the
// caller asks for a neighbour.
namespace {

// Where the item number `t` starts with ends ("4.2", "B-06", "Q3.2.1", a
// dot after it included), 0 when it starts with none.
size_t ItemNumberEnd(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < 2 && std::isupper(static_cast<unsigned char>(t[i]))) ++i;
  const bool section = i > 0;
  bool joined = false;  // "B-06"; "Q11." alone is a Q/A label (segment.cc)
  if (section && i < t.size() && (t[i] == '-' || t[i] == '.')) {
    ++i;
    joined = true;
  }
  auto digits = [&] {
    const size_t from = i;
    while (i < t.size() && i - from < 4 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    return i - from;
  };
  const size_t first = digits();
  if (first == 0 || first > (section ? 3 : 2)) return 0;
  int joins = 0;
  while (i + 1 < t.size() && (t[i] == '.' || t[i] == '-') && std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
    ++i;
    if (digits() > 3) return 0;
    ++joins;
  }
  if (joins == 0 && !joined) return 0;  // "4 users", "Q11."
  if (i < t.size() && t[i] == '.') ++i;  // "4.2." as some forms write it
  return i;
}

}  // namespace

bool IsItemNumber(std::string_view t) { return !t.empty() && ItemNumberEnd(t) == t.size(); }

size_t ItemNumber(std::string_view t) {
  size_t i = ItemNumberEnd(t);
  if (i == 0 || i >= t.size() || !IsSpace(t[i])) return 0;
  while (i < t.size() && IsSpace(t[i])) ++i;
  return i < t.size() && (std::isupper(static_cast<unsigned char>(t[i])) || static_cast<unsigned char>(t[i]) >= 0x80) ? i : 0;
}

SourceSpan Layout::ToSource(NormSpan span) const {
  SourceSpan s = norm.map.ToSource(span);
  if (!rendered) return s;
  return render_map.ToSource(NormSpan(s.begin, s.end));
}

bool Layout::IsStruck(size_t b, size_t e) const {
  for (const NormSpan& s : struck) {
    if (b >= s.begin && e <= s.end) return true;
  }
  return false;
}

Layout BuildLayout(std::string_view text, ingest::PartKind kind, bool document, Flow flow) {
  Layout l;
  l.kind = kind;
  l.document = document;
  RenderedHtml html;
  RenderedCalendar calendar;
  RenderedFlowed flowed;
  std::string_view readable = text;
  if (kind == ingest::PartKind::kHtml) {
    html = RenderHtml(text);
    readable = html.text;
    l.render_map = std::move(html.map);
    l.rendered = true;
  } else if (kind == ingest::PartKind::kCalendar) {
    calendar = RenderCalendar(text);
    readable = calendar.text;
    l.render_map = std::move(calendar.map);
    l.rendered = true;
  } else if (kind == ingest::PartKind::kPlain && flow != Flow::kFixed) {
    flowed = RenderFlowed(text, flow == Flow::kFlowedDelSp);
    readable = flowed.text;
    l.render_map = std::move(flowed.map);
    l.rendered = true;
  }
  l.norm = Normalize(readable);
  Builder b(&l, readable);
  b.SplitLines();
  if (kind == ingest::PartKind::kHtml) {
    b.ApplyHtml(html);
  } else {
    b.MarkComments();
  }
  if (kind == ingest::PartKind::kCsv || kind == ingest::PartKind::kTsv) {
    b.MarkDelimitedTables(kind == ingest::PartKind::kCsv ? ',' : '\t');
  } else {
    b.MarkTextTables();
  }
  b.MarkLineKinds(kind == ingest::PartKind::kMarkdown);
  if (kind != ingest::PartKind::kHtml) {
    b.MarkPageFurniture();
    b.MarkNumberedHeadings();
    b.MarkTextCaptions();
  }
  b.MarkTitleLines();
  if (kind != ingest::PartKind::kHtml) b.MarkTitle(!document);
  b.MarkStrikes();
  std::sort(l.struck.begin(), l.struck.end(), [](const NormSpan& a, const NormSpan& c) { return a.begin < c.begin; });
  return l;
}

bool EndsLikeSentence(std::string_view t) {
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  for (std::string_view end : {".", "!", "?", "。", "！", "？"}) {
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
  }
  return false;
}

bool HasColumnGap(const Layout& layout, const Line& line) {
  const std::string_view t = layout.Text(line.content);
  return t.find("   ") != std::string_view::npos || t.find('\t') != std::string_view::npos || line.wide_gap;
}

bool IsRendered(const ingest::TextPart& part) {
  return part.kind == ingest::PartKind::kHtml || part.kind == ingest::PartKind::kCalendar ||
         (part.kind == ingest::PartKind::kPlain && part.flowed);
}

Layout BuildLayout(const ingest::TextPart& part, bool document) {
  const Flow flow = !part.flowed ? Flow::kFixed : part.delsp ? Flow::kFlowedDelSp : Flow::kFlowed;
  return BuildLayout(part.text, part.kind, document, flow);
}

}  // namespace onevoice::text
