#include "text/html.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace onevoice::text {
namespace {

std::string Utf8(uint32_t cp) {
  std::string out;
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  char buf[4];
  int32_t len = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, cp, err);
  (void)err;  // cannot happen: cp is a valid scalar value and buf holds 4 bytes
  out.assign(buf, len);
  return out;
}

const std::map<std::string_view, uint32_t>& Entities() {
  static const std::map<std::string_view, uint32_t> kEntities = {
      {"amp", '&'},     {"lt", '<'},      {"gt", '>'},       {"quot", '"'},    {"apos", '\''},
      {"nbsp", 0xA0},   {"mdash", 0x2014}, {"ndash", 0x2013}, {"middot", 0xB7}, {"hellip", 0x2026},
      {"yen", 0xA5},    {"pound", 0xA3},  {"euro", 0x20AC},  {"copy", 0xA9},   {"reg", 0xAE},
      {"trade", 0x2122}, {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"times", 0xD7},  {"bull", 0x2022}, {"laquo", 0xAB},   {"raquo", 0xBB},  {"deg", 0xB0},
      {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"shy", 0xAD},   {"sect", 0xA7},
      {"para", 0xB6},   {"cent", 0xA2},   {"plusmn", 0xB1},  {"micro", 0xB5},  {"frac12", 0xBD},
      {"frac14", 0xBC}, {"frac34", 0xBE}, {"larr", 0x2190},  {"rarr", 0x2192}, {"uarr", 0x2191},
      {"darr", 0x2193}, {"check", 0x2713}, {"dagger", 0x2020}, {"Dagger", 0x2021}, {"prime", 0x2032},
      {"sup1", 0xB9},   {"sup2", 0xB2},   {"sup3", 0xB3},    {"iexcl", 0xA1},  {"iquest", 0xBF},
      {"eacute", 0xE9}, {"Eacute", 0xC9}, {"egrave", 0xE8},  {"aacute", 0xE1}, {"agrave", 0xE0},
      {"ouml", 0xF6},   {"uuml", 0xFC},   {"auml", 0xE4},    {"Ouml", 0xD6},   {"Uuml", 0xDC},
      {"Auml", 0xC4},   {"szlig", 0xDF},  {"ccedil", 0xE7},  {"ntilde", 0xF1}, {"atilde", 0xE3},
      {"zwj", 0x200D},  {"zwnj", 0x200C}, {"lrm", 0x200E},   {"rlm", 0x200F},
  };
  return kEntities;
}

bool IsBlock(std::string_view tag) {
  static const char* kBlocks[] = {"p",      "div",     "h1",      "h2",   "h3",     "h4",
                                  "h5",     "h6",      "li",      "ul",   "ol",     "table",
                                  "caption", "title",  "blockquote", "section", "article", "header",
                                  "footer", "br",      "hr",      "dd",   "dt",     "dl",
                                  "pre",    "address", "tbody",   "thead", "tfoot", "tr",
                                  "center", "body",    "html",    "main", "nav",    "aside",
                                  "figure", "figcaption", "form"};
  for (const char* b : kBlocks) {
    if (tag == b) return true;
  }
  return false;
}

struct Tag {
  std::string name;  // lower-case, without '/'
  bool closing = false;
  bool self_closing = false;
  int rowspan = 1, colspan = 1;
};

int AttrInt(std::string_view tag_body, std::string_view name) {
  // Case-insensitive search for name= followed by an optional quote and digits.
  std::string lower(tag_body);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t p = 0;
  while ((p = lower.find(name, p)) != std::string::npos) {
    size_t q = p + name.size();
    while (q < lower.size() && lower[q] == ' ') ++q;
    if (q < lower.size() && lower[q] == '=') {
      ++q;
      while (q < lower.size() && (lower[q] == ' ' || lower[q] == '"' || lower[q] == '\'')) ++q;
      int v = 0, digits = 0;
      while (q < lower.size() && std::isdigit(static_cast<unsigned char>(lower[q])) && digits < 4) {
        v = v * 10 + (lower[q] - '0');
        ++q;
        ++digits;
      }
      return digits ? std::max(1, std::min(v, 1000)) : 1;
    }
    p = q;
  }
  return 1;
}

Tag ParseTag(std::string_view body) {  // body: between '<' and '>'
  Tag t;
  size_t i = 0;
  if (i < body.size() && body[i] == '/') {
    t.closing = true;
    ++i;
  }
  while (i < body.size() && (std::isalnum(static_cast<unsigned char>(body[i])) || body[i] == ':')) {
    t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(body[i])));
    ++i;
  }
  t.self_closing = !body.empty() && body.back() == '/';
  if (t.name == "td" || t.name == "th") {
    t.rowspan = AttrInt(body, "rowspan");
    t.colspan = AttrInt(body, "colspan");
  }
  return t;
}

class Renderer {
 public:
  explicit Renderer(std::string_view src) : src_(src) {}

  RenderedHtml Run() {
    size_t i = 0;
    const size_t n = src_.size();
    while (i < n) {
      char c = src_[i];
      if (c == '<') {
        if (src_.compare(i, 4, "<!--") == 0) {
          size_t end = src_.find("-->", i + 4);
          size_t stop = end == std::string_view::npos ? n : end + 3;
          std::string_view body = src_.substr(i + 4, (end == std::string_view::npos ? n : end) - (i + 4));
          Comment(body);
          Replace(i, stop - i, "");
          i = stop;
          continue;
        }
        if (i + 1 < n && (std::isalpha(static_cast<unsigned char>(src_[i + 1])) || src_[i + 1] == '/' ||
                          src_[i + 1] == '!' || src_[i + 1] == '?')) {
          size_t end = FindTagEnd(i + 1);
          std::string_view body = src_.substr(i + 1, end - (i + 1));
          size_t stop = end < n ? end + 1 : n;
          HandleTag(i, stop, ParseTag(body));
          i = stop;
          continue;
        }
      }
      if (skip_depth_ > 0) {
        // Inside <script>/<style>/<head>: drop up to the next '<'.
        size_t next = src_.find('<', i + 1);
        if (next == std::string_view::npos) next = n;
        Replace(i, next - i, "");
        i = next;
        continue;
      }
      if (c == '&') {
        size_t semi = i + 1;
        while (semi < n && semi - i <= 10 && src_[semi] != ';' && src_[semi] != '<' && src_[semi] != '&' &&
               !std::isspace(static_cast<unsigned char>(src_[semi])))
          ++semi;
        if (semi < n && src_[semi] == ';') {
          std::string decoded = DecodeEntity(src_.substr(i + 1, semi - i - 1));
          if (!decoded.empty()) {
            if (decoded == "\xC2\xA0") decoded = " ";
            if (decoded != " ") NoteCellText();
            Emit(i, semi + 1 - i, decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      if (std::isspace(static_cast<unsigned char>(c)) && pre_depth_ == 0) {
        size_t j = i;
        while (j < n && std::isspace(static_cast<unsigned char>(src_[j]))) ++j;
        if (AtLineStart() || (!out_.empty() && out_.back() == ' ')) {
          Replace(i, j - i, "");
        } else if (j - i == 1 && c == ' ') {
          Keep(i, 1);
        } else {
          Replace(i, j - i, " ");
        }
        i = j;
        continue;
      }
      // A run of ordinary text up to the next special character.
      // In <pre> text runs on verbatim (newlines included); elsewhere it
      // stops at whitespace, which is collapsed above.
      size_t j = i + 1;
      while (j < n && src_[j] != '<' && src_[j] != '&' &&
             (pre_depth_ > 0 || !std::isspace(static_cast<unsigned char>(src_[j]))))
        ++j;
      BeginContent(i);
      NoteCellText();
      if (sup_depth_ > 0 && std::all_of(src_.begin() + i, src_.begin() + j, [](char d) { return d >= '0' && d <= '9'; })) {
        // A footnote number in <sup> ("London<sup>2</sup>") is a footnote
        // mark, written as one (²), not a digit glued to the word.
        static constexpr std::string_view kSuperscript[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                                            "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
        std::string marks;
        for (size_t k = i; k < j; ++k) marks += kSuperscript[src_[k] - '0'];
        Replace(i, j - i, marks);
      } else {
        Keep(i, j - i);
      }
      i = j;
    }
    Finish();
    RenderedHtml out;
    out.text = b_.Finish(&out.map);
    out.tables = std::move(tables_done_);
    out.struck = std::move(struck_);
    out.hints = std::move(hints_);
    out.comments = std::move(comments_);
    return out;
  }

 private:
  struct TableState {
    HtmlTable table;
    bool layout = false;  // a layout table: rendered as the blocks in it
    bool in_row = false;
    bool in_cell = false;
    bool in_caption = false;
    size_t caption_begin = 0;
    int inline_tables = 0;  // open tables inside one of its cells, read as the cell's text
  };
  int bold_depth_ = 0;  // open <b>/<strong> elements
  int sup_depth_ = 0;   // open <sup> elements: their digits are footnote marks

  size_t FindTagEnd(size_t from) const {
    char quote = 0;
    for (size_t k = from; k < src_.size(); ++k) {
      char c = src_[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        // Only attribute values are quoted: a quote right after '=' (or spaces after '=').
        size_t b = k;
        while (b > from && src_[b - 1] == ' ') --b;
        if (b > from && src_[b - 1] == '=') quote = c;
      } else if (c == '>') {
        return k;
      } else if (c == '<' && k > from) {
        return k - 1 >= from ? k - 1 : from;  // broken tag: stop before the next one
      }
      if (k - from > 4096) return k;  // a runaway tag: bounded
    }
    return src_.size();
  }

  bool AtLineStart() const { return out_.empty() || out_.back() == '\n'; }

  void Keep(size_t at, size_t len) { b_.Keep(at, len); }
  // Source [at, at+len) becomes `text` (possibly empty).
  void Replace(size_t at, size_t len, std::string_view text) { b_.Replace(at, len, text); }

  void Emit(size_t at, size_t len, std::string_view text) {
    BeginContent(at);
    Replace(at, len, text);
  }

  // Before the first content of a line inside <blockquote>: "> " per level.
  void BeginContent(size_t at) {
    if (AtLineStart() && quote_depth_ > 0 && !in_table_row()) {
      std::string prefix;
      for (int d = 0; d < quote_depth_; ++d) prefix += "> ";
      Replace(at, 0, prefix);
    }
  }

  bool in_table_row() const { return !tables_.empty() && !tables_.back().layout && tables_.back().in_row; }

  // A table used for layout (newsletters, mail templates: the whole message
  // in one cell) holds headings, lists or another table in its own cells —
  // a table before any header cell (<th>) of its own: a data table with
  // headers may hold a small table in a cell (a certifications list).
  // Looks ahead from `from` (after the <table> tag) to its end, at most
  // kLayoutScan bytes; undecided means a data table.
  bool IsLayoutTable(size_t from) const {
    constexpr size_t kLayoutScan = 256 * 1024;
    const size_t limit = std::min(src_.size(), from + kLayoutScan);
    int depth = 0;
    bool header_cells = false;
    for (size_t k = src_.find('<', from); k != std::string_view::npos && k < limit; k = src_.find('<', k + 1)) {
      size_t n = k + 1;
      const bool closing = n < src_.size() && src_[n] == '/';
      if (closing) ++n;
      size_t e = n;
      while (e < src_.size() && e - n < 12 && std::isalnum(static_cast<unsigned char>(src_[e]))) ++e;
      std::string name(src_.substr(n, e - n));
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (name == "table") {
        if (closing) {
          if (depth == 0) return false;
          --depth;
        } else {
          if (depth == 0 && !header_cells) return true;  // a table inside one of its cells
          ++depth;
        }
      } else if (depth == 0 && !closing && name == "th") {
        header_cells = true;
      } else if (depth == 0 && !closing &&
                 (name == "ul" || name == "ol" || name == "blockquote" ||
                  (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'))) {
        return true;
      }
    }
    return false;
  }

  void Newline(size_t at, size_t len) {
    if (in_table_row()) {  // inside a row everything stays on one line
      if (!out_.empty() && out_.back() != ' ' && !AtRowCellStart()) {
        Replace(at, len, " ");
      } else {
        Replace(at, len, "");
      }
      return;
    }
    if (AtLineStart()) {
      Replace(at, len, "");
    } else {
      Replace(at, len, "\n");
    }
  }

  bool AtRowCellStart() const { return !tables_.empty() && tables_.back().in_cell && out_.size() == cell_begin_; }

  void Comment(std::string_view body) {
    size_t b = 0, e = body.size();
    while (b < e && std::isspace(static_cast<unsigned char>(body[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(body[e - 1]))) --e;
    comments_.push_back({out_.size(), std::string(body.substr(b, e - b))});
  }

  void Hint(HtmlLineHint::Kind kind, int level) { hints_.push_back({out_.size(), kind, level}); }

  void CloseCell(size_t at) {
    TableState& t = tables_.back();
    if (!t.in_cell) return;
    bold_depth_ = 0;  // an unclosed <b> ends with its cell
    size_t end = out_.size();
    while (end > cell_begin_ && out_[end - 1] == ' ') --end;
    t.table.rows.back().back().end = end;
    t.in_cell = false;
  }

  void CloseRow(size_t at, size_t len) {
    TableState& t = tables_.back();
    if (!t.in_row) return;
    CloseCell(at);
    t.in_row = false;
    Replace(at, len, AtLineStart() ? "" : "\n");
  }

  void HandleTag(size_t at, size_t stop, const Tag& tag) {
    const size_t len = stop - at;
    const std::string& name = tag.name;
    if (name == "script" || name == "style" || name == "head") {
      if (tag.closing) {
        if (skip_depth_ > 0) --skip_depth_;
      } else if (!tag.self_closing) {
        ++skip_depth_;
      }
      Replace(at, len, "");
      return;
    }
    if (name == "title") {
      if (!tag.closing) {
        --skip_depth_;  // <title> is shown even inside <head>
        Newline(at, len);
        Hint(HtmlLineHint::kHeading, 0);
      } else {
        ++skip_depth_;
        Newline(at, len);
      }
      if (skip_depth_ < 0) skip_depth_ = 0;
      return;
    }
    if (skip_depth_ > 0) {
      Replace(at, len, "");
      return;
    }
    // A table inside a data table's cell: its cells are that cell's words,
    // its rows parted by "; " ("ISO/IEC 27001:2022 certified; SOC 2 Type II
    // audited annually").
    if (!tables_.empty() && !tables_.back().layout &&
        (tables_.back().inline_tables > 0 || (name == "table" && !tag.closing && tables_.back().in_cell))) {
      TableState& t = tables_.back();
      if (name == "table") {
        t.inline_tables += tag.closing ? -1 : 1;
        Replace(at, len, AtRowCellStart() || tag.closing ? "" : " ");
        return;
      }
      if (name == "tr" || name == "td" || name == "th") {
        const bool space_before = !out_.empty() && out_.back() == ' ';
        if (tag.closing || AtRowCellStart()) {
          Replace(at, len, "");
        } else if (name == "tr") {
          Replace(at, len, space_before ? "; " : " ; ");
        } else {
          Replace(at, len, space_before ? "" : " ");
        }
        return;
      }
      if (name == "tbody" || name == "thead" || name == "tfoot" || name == "caption") {
        Replace(at, len, "");
        return;
      }
    }
    if (name == "table") {
      if (!tag.closing) {
        Newline(at, len);
        tables_.push_back(TableState{});
        tables_.back().layout = IsLayoutTable(at + len);
      } else if (!tables_.empty()) {
        if (!tables_.back().layout) {
          CloseRow(at, 0);
          MarkBoldHeader(&tables_.back().table);
          tables_done_.push_back(std::move(tables_.back().table));
        }
        tables_.pop_back();
        Newline(at, len);
      } else {
        Newline(at, len);
      }
      return;
    }
    if (!tables_.empty() && tables_.back().layout &&
        (name == "tr" || name == "td" || name == "th" || name == "tbody" || name == "thead" || name == "tfoot")) {
      Newline(at, len);  // a layout table's rows and cells are only blocks
      return;
    }
    if (!tables_.empty() && !tables_.back().layout) {
      TableState& t = tables_.back();
      if (name == "tr") {
        if (!tag.closing) {
          CloseRow(at, 0);
          Replace(at, len, AtLineStart() ? "" : "\n");
          t.table.rows.emplace_back();
          t.in_row = true;
        } else {
          CloseRow(at, len);
        }
        return;
      }
      if (name == "td" || name == "th") {
        if (!tag.closing) {
          if (!t.in_row) {
            Replace(at, 0, AtLineStart() ? "" : "\n");
            t.table.rows.emplace_back();
            t.in_row = true;
          }
          bool first = !t.in_cell && t.table.rows.back().empty();
          CloseCell(at);
          Replace(at, len, first ? "" : " | ");
          cell_begin_ = out_.size();
          HtmlCell cell;
          cell.begin = cell.end = out_.size();
          cell.header = name == "th";
          cell.rowspan = tag.rowspan;
          cell.colspan = tag.colspan;
          t.table.rows.back().push_back(cell);
          t.in_cell = true;
        } else {
          CloseCell(at);
          Replace(at, len, "");
        }
        return;
      }
      if (name == "caption") {
        if (!tag.closing) {
          Newline(at, len);
          t.in_caption = true;
          t.caption_begin = out_.size();
        } else if (t.in_caption) {
          t.table.captions.push_back({t.caption_begin, out_.size()});
          t.in_caption = false;
          Newline(at, len);
        } else {
          Newline(at, len);
        }
        return;
      }
    }
    if (name == "s" || name == "del" || name == "strike") {
      if (!tag.closing) {
        struck_open_.push_back(out_.size());
      } else if (!struck_open_.empty()) {
        struck_.push_back({struck_open_.back(), out_.size()});
        struck_open_.pop_back();
      }
      Replace(at, len, "");
      return;
    }
    if (name == "pre") {
      pre_depth_ += tag.closing ? -1 : 1;
      if (pre_depth_ < 0) pre_depth_ = 0;
      Newline(at, len);
      return;
    }
    if (name == "blockquote") {
      Newline(at, len);
      quote_depth_ += tag.closing ? -1 : 1;
      if (quote_depth_ < 0) quote_depth_ = 0;
      return;
    }
    if (name == "br") {
      Newline(at, len);
      return;
    }
    // A definition list's term and its definition read as one "term: value"
    // line (<dt>RPO</dt><dd>15 minutes</dd> -> "RPO: 15 minutes").
    if (name == "dt" && tag.closing) {  // the end tag is optional
      Replace(at, len, "");
      return;
    }
    if (name == "dt") {
      Newline(at, len);
      dt_open_ = true;
      return;
    }
    if (name == "dd" && !tag.closing && dt_open_) {
      Replace(at, len, ": ");
      dt_open_ = false;
      return;
    }
    if (IsBlock(name)) {
      dt_open_ = false;
      Newline(at, len);
      if (!tag.closing) {
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
          Hint(HtmlLineHint::kHeading, name[1] - '0');
        } else if (name == "li") {
          Hint(HtmlLineHint::kBullet, 0);
        }
      }
      return;
    }
    if (name == "b" || name == "strong") {
      if (!tag.closing) ++bold_depth_;
      else if (bold_depth_ > 0) --bold_depth_;
    }
    if (name == "sup") {
      if (!tag.closing) ++sup_depth_;
      else if (sup_depth_ > 0) --sup_depth_;
    }
    // Inline tags (span, b, a, font, …) vanish.
    Replace(at, len, "");
  }

  // A first row set all in bold (<td><b>Item</b></td>, as Word and Outlook
  // write a header) over a row that is not is the table's header.
  static void MarkBoldHeader(HtmlTable* t) {
    if (t->rows.size() < 2) return;
    auto bold_row = [](const std::vector<HtmlCell>& row) {
      int bold = 0;
      for (const HtmlCell& c : row) {
        if (c.unbold_text) return false;
        if (c.end > c.begin) ++bold;
      }
      return bold > 0;
    };
    if (!bold_row(t->rows[0]) || bold_row(t->rows[1])) return;
    for (HtmlCell& c : t->rows[0]) c.header = true;
  }

  // Text at `at` lies in a data table's cell outside bold.
  void NoteCellText() {
    if (bold_depth_ > 0 || tables_.empty() || tables_.back().layout || !tables_.back().in_cell) return;
    auto& rows = tables_.back().table.rows;
    if (!rows.empty() && !rows.back().empty()) rows.back().back().unbold_text = true;
  }

  void Finish() {
    while (!tables_.empty()) {
      CloseRow(src_.size(), 0);
      if (!tables_.back().layout) MarkBoldHeader(&tables_.back().table);
      tables_done_.push_back(std::move(tables_.back().table));
      tables_.pop_back();
    }
    for (size_t b : struck_open_) struck_.push_back({b, out_.size()});
  }

  std::string_view src_;
  OffsetMapBuilder b_{src_};
  const std::string& out_ = b_.out();  // the rendering so far
  std::vector<TableState> tables_;
  std::vector<HtmlTable> tables_done_;
  std::vector<std::pair<size_t, size_t>> struck_;
  std::vector<size_t> struck_open_;
  bool dt_open_ = false;  // a <dt> was the last block tag: a <dd> continues its line
  std::vector<HtmlLineHint> hints_;
  std::vector<std::pair<size_t, std::string>> comments_;
  int skip_depth_ = 0;
  int pre_depth_ = 0;
  int quote_depth_ = 0;
  size_t cell_begin_ = 0;
};

}  // namespace

std::string DecodeEntity(std::string_view name) {
  if (name.empty()) return "";
  if (name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 8) return "";
    char* end = nullptr;
    unsigned long v = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (!end || *end != '\0') return "";
    cp = static_cast<uint32_t>(v);
    return Utf8(cp);
  }
  auto it = Entities().find(name);
  return it == Entities().end() ? "" : Utf8(it->second);
}

RenderedHtml RenderHtml(std::string_view html) { return Renderer(html).Run(); }

}  // namespace onevoice::text
