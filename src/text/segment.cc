#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "base/unicode.h"

namespace onevoice::text {
namespace {

bool IsCjk(UChar32 c) {
  if (c < 0x2E80) return false;
  UErrorCode st = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(c, &st);
  return sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x30FC;
}

// ICU's sentence iterator, one per thread (BreakIterator is not thread-safe).
// Without ICU's abbreviation suppressions ("ss=standard"): they match a
// suffix of a word, so "plus VAT. At the 40 TB…" and "That's OK. Then…"
// were one sentence. Abbreviations are the language data's (EndsWithAbbreviation).
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), st));
    if (U_FAILURE(st)) b.reset();
    return b;
  }();
  return it.get();
}

struct Builder {
  Unit unit;
  // Words that keep a hyphen at a line's end (lexicon `hyphen_word`,
  // lower-case); null: none.
  const std::vector<std::string>* hyphen_words = nullptr;

  void Add(std::string_view layout_text, NormSpan span) {
    if (span.size() == 0) return;
    std::string_view piece = layout_text.substr(span.begin, span.size());
    if (!unit.text.empty()) {
      // A word broken at the line's end ("stor-" + "age", text from PDF)
      // joins whole; a compound broken at its own hyphen ("multi-" +
      // "factor") joins with it.
      if (hyphen_words && JoinsHyphenated(piece)) return AddPiece(span, piece);
      bool cjk_join = EndsCjk(unit.text) && StartsCjk(piece);
      // A number wrapped after its thousands separator ("月額2," + "800円")
      // joins whole.
      const size_t n = unit.text.size();
      const bool split_number = n >= 2 && unit.text[n - 1] == ',' &&
                                std::isdigit(static_cast<unsigned char>(unit.text[n - 2])) && piece.size() >= 3 &&
                                std::isdigit(static_cast<unsigned char>(piece[0])) &&
                                std::isdigit(static_cast<unsigned char>(piece[1])) &&
                                std::isdigit(static_cast<unsigned char>(piece[2]));
      if (!cjk_join && !split_number) unit.text.push_back(' ');
    }
    AddPiece(span, piece);
  }

 private:
  void AddPiece(NormSpan span, std::string_view piece) {
    unit.pieces.push_back({unit.text.size(), span});
    unit.text.append(piece);
  }

  // The text so far ends "<lower-case word>-" and `piece` goes on in lower
  // case: drops the hyphen (from the text and its piece) unless the word is
  // a hyphen word. True when the piece is to be appended with no space.
  bool JoinsHyphenated(std::string_view piece) {
    const size_t n = unit.text.size();
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (n < 3 || unit.text[n - 1] != '-' || !lower(unit.text[n - 2]) || piece.empty() || !lower(piece[0]) ||
        unit.pieces.empty() || unit.pieces.back().unit_begin + unit.pieces.back().norm.size() != n)
      return false;
    size_t w = n - 1;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(unit.text[w - 1]))) --w;
    const std::string word = AsciiLower(std::string_view(unit.text).substr(w, n - 1 - w));
    if (std::find(hyphen_words->begin(), hyphen_words->end(), word) == hyphen_words->end()) {
      unit.text.pop_back();
      unit.pieces.back().norm.end -= 1;
    }
    return true;
  }
};

}  // namespace

bool StartsCjk(std::string_view s) {
  if (s.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return IsCjk(c);
}

bool EndsCjk(std::string_view s) {
  if (s.empty()) return false;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return IsCjk(c);
}

NormSpan Unit::Map(size_t b, size_t e) const {
  if (pieces.empty()) return NormSpan();
  auto piece_at = [&](size_t off) {
    auto it = std::upper_bound(pieces.begin(), pieces.end(), off,
                               [](size_t o, const Piece& p) { return o < p.unit_begin; });
    return it == pieces.begin() ? pieces.begin() : it - 1;
  };
  auto pb = piece_at(b);
  size_t nb = pb->norm.begin + std::min(b - pb->unit_begin, pb->norm.size());
  auto pe = piece_at(e > b ? e - 1 : e);
  size_t ne = pe->norm.begin + std::min(e - pe->unit_begin, pe->norm.size());
  return NormSpan(nb, std::max(nb, ne));
}

namespace {

class Segmenter {
 public:
  Segmenter(const Layout& l, const Zones& z, const Limits& limits, const claims::Lexicon* lexicon)
      : l_(l), z_(z), limits_(limits), text_(l.norm.text) {
    if (lexicon) {
      for (const auto* e : lexicon->AllEntries("abbreviation"))
        abbreviations_.push_back({AsciiLower(e->word), e->Attr("before") == "number", e->Attr("before") == "lower"});
      for (const auto* e : lexicon->AllEntries("hyphen_word")) hyphen_words_.push_back(AsciiLower(e->word));
      for (const auto* e : lexicon->AllEntries("product_label")) product_labels_.push_back(AsciiLower(e->word));
      for (const char* numeral : {"kanji_digit", "kanji_small_unit", "kanji_large_unit"})
        for (const auto* e : lexicon->AllEntries(numeral)) numeral_words_.push_back(e->word);
    }
  }

  std::vector<Unit> Run() {
    const int n = static_cast<int>(l_.lines.size());
    int i = 0;
    while (i < n) {
      const Line& ln = l_.lines[i];
      Zone zone = z_.zone[i];
      // A page's running header or footer: the text runs on across it.
      if (ln.furniture) {
        ++i;
        continue;
      }
      if (ln.kind != LineKind::kBullet) PopBulletParents(0);
      if (ln.kind == LineKind::kBlank) {
        EndBlock(true);
        ++i;
        continue;
      }
      if (zone == Zone::kSignature || zone == Zone::kHeader) {
        EndBlock(true);
        ++i;
        continue;
      }
      if (zone != cur_zone_ || z_.author[i] != cur_author_ || ln.quote_depth != cur_depth_) {
        EndBlock(true);
        // Headings do not govern across a change of speaker, but a title does.
        std::vector<std::pair<int, int>> keep;
        for (auto& h : heading_stack_) {
          if (h.first == 0) keep.push_back(h);
        }
        PopBulletParents(0);
        heading_stack_ = keep;
        cur_zone_ = zone;
        cur_author_ = z_.author[i];
        cur_depth_ = ln.quote_depth;
      }
      switch (ln.kind) {
        case LineKind::kRuler:
        case LineKind::kTableRule:
          EndBlock(false);
          ++i;
          break;
        case LineKind::kHeading: {
          EndBlock(false);
          PushHeading(ln, i, ln.heading_level);
          ++i;
          break;
        }
        case LineKind::kTableRow: {
          EndBlock(false);
          int t = ln.table;
          int r = ln.row;
          if (!(t == last_table_ && r == last_row_)) {
            if (t != last_table_) ++block_;
            EmitRow(t, r, i);
            last_table_ = t;
            last_row_ = r;
          }
          NoteContent();
          ++i;
          break;
        }
        case LineKind::kBullet: {
          EndBlock(false);
          // "4.1 Product name: Meridian Sync" over "4.2 Maximum users: …".
          if (ln.numbered && i + 1 < n && l_.lines[i + 1].kind == LineKind::kBullet && IsProductField(ln)) {
            PushHeading(ln, i, 9);
            ++i;
            break;
          }
          const size_t indent = MarkerIndent(ln);
          PopBulletParents(indent);
          para_.clear();
          para_.push_back(ln.content);
          para_line_ = i;
          para_kind_ = UnitKind::kBullet;
          ++i;
          // Indented continuation lines belong to the bullet, and so does
          // any text line after one that stops at a comma, mid-sentence
          // ("・…東京・大阪に加えて、" / "オレゴンも選べます。"). A mark bullet
          // ("・", "-") also wraps onto lines aligned under its text
          // (「・…1ユーザーあたり」/「\u30001,000GBの…」); a numbered item's
          // indented lines are often answers of their own ("1.「…」について").
          while (i < n && l_.lines[i].kind == LineKind::kText && z_.zone[i] == zone &&
                 l_.lines[i].quote_depth == ln.quote_depth &&
                 (Indent(l_.lines[i]) > Indent(ln) || EndsAtComma(para_.back()) ||
                  (!ln.numbered && MarkerIndent(l_.lines[i]) > MarkerIndent(ln)) || HardWrapped(l_.lines[i - 1])) &&
                 !HasColumnGap(l_.lines[i]) && !IsDotLeaderLine(l_.lines[i])) {
            para_.push_back(l_.lines[i].content);
            ++i;
          }
          // A slide's label bullet with its value on the line below
          // (「・目標復旧時点（RPO）」/「15分」): one item — not when text goes
          // on under that line (「● 性能」/「メリディアン イン」/「サイトの…」:
          // a section's label over its wrapped prose).
          // Not a numbered question's answer indented under it (「2. …について」
          // / 「　同製品のサポート窓口は…」).
          if (para_.size() == 1 && i < n && !ln.numbered && IsLabelOnly(ln.content) &&
              l_.lines[i].kind == LineKind::kText && Indent(l_.lines[i]) <= MarkerIndent(ln) &&
              z_.zone[i] == zone && l_.lines[i].quote_depth == ln.quote_depth && IsShortValueLine(l_.lines[i]) &&
              (i + 1 >= n || l_.lines[i + 1].kind != LineKind::kText)) {
            para_.push_back(l_.lines[i].content);
            ++i;
          }
          EndBlock(false);
          NoteContent();
          // A bullet with items nested under it ("- Meridian Sync" / "  - Up to
          // 10,000 users") governs them as a heading would.
          if (i < n && l_.lines[i].kind == LineKind::kBullet && z_.zone[i] == zone &&
              l_.lines[i].quote_depth == ln.quote_depth && MarkerIndent(l_.lines[i]) > indent && !units_.empty()) {
            heading_stack_.push_back({kBulletParent, static_cast<int>(units_.size()) - 1});
            bullet_parent_indents_.push_back(indent);
          }
          break;
        }
        default: {  // text
          // A "Label: value" line followed by another stands alone; one whose
          // value wraps onto the next line ("A: … up to 10,000" / "users per
          // tenant.") starts a paragraph the continuation joins.
          const bool field = IsFieldLine(ln);
          const bool next_field = i + 1 < n && IsFieldLine(l_.lines[i + 1]) && z_.zone[i + 1] == z_.zone[i] &&
                                  l_.lines[i + 1].quote_depth == ln.quote_depth;
          // A short title line right over field lines ("Meridian Sync -
          // headline figures" / "Users ...... up to 10,000") leads them in,
          // as a line ending with ':' would; so does a form's product line.
          if (next_field && para_.empty() && ((!field && IsTitleLine(ln)) || (field && IsProductField(ln)))) {
            PushHeading(ln, i, 9);
            ++i;
            break;
          }
          // A form's product line over the titles of its sections (「対象
          // サービス：メリディアン・ボールト」 / 「第1条（サービスレベル）」 /
          // 「1.1 月間稼働率：…」) governs every section, as a heading would.
          if (field && para_.empty() && i + 1 < n && z_.zone[i + 1] == z_.zone[i] &&
              l_.lines[i + 1].kind == LineKind::kText && IsTitleLine(l_.lines[i + 1]) && IsProductField(ln)) {
            PushHeading(ln, i, 7);
            ++i;
            break;
          }
          // A section's title on a line of its own over its sentences
          // ("Service levels and credits" / "Meridian Sync is covered by…",
          // 「６．SLAおよびサービスクレジット」 / 「　同製品のSLAは…。」): short,
          // after a blank line, over a line that is a sentence of its own.
          if (!field && para_.empty() && (i == 0 || l_.lines[i - 1].kind == LineKind::kBlank) && i + 1 < n &&
              IsTitleLine(ln) && CodePointCount(Content(ln)) <= 40 && l_.lines[i + 1].kind == LineKind::kText &&
              z_.zone[i + 1] == z_.zone[i] && l_.lines[i + 1].quote_depth == ln.quote_depth &&
              EndsLikeSentence(Content(l_.lines[i + 1])) && StandsAsTitle(Content(ln), Content(l_.lines[i + 1]))) {
            PushHeading(ln, i, 9);
            ++i;
            break;
          }
          const bool prev_field = i > 0 && IsFieldLine(l_.lines[i - 1]);
          if (field && prev_field && !next_field) EndBlock(false);
          // In HTML a line ends where a block or <br> does, never by wrapping:
          // each is a paragraph ("<div class=k>Launch</div><div class=v>…").
          const bool html_line = l_.kind == ingest::PartKind::kHtml;
          // "Response:    Meridian Sync provides … macOS," / "      iOS and
          // Android.": a field whose value wraps onto lines indented under it.
          const bool value_wraps = field && !next_field && i + 1 < n && l_.lines[i + 1].kind == LineKind::kText &&
                                   z_.zone[i + 1] == z_.zone[i] && l_.lines[i + 1].quote_depth == ln.quote_depth &&
                                   Indent(l_.lines[i + 1]) > Indent(ln) && !HasColumnGap(l_.lines[i + 1]);
          // "A1.（佐藤）…" under "Q1. …か。（製造業）": a labelled item starts
          // a unit of its own, whatever the line before ends with.
          if (OpensWithItemLabel(ln)) EndBlock(false);
          if ((HasColumnGap(ln) && !value_wraps) || (field && next_field) || html_line) {
            EndBlock(false);
            para_.push_back(ln.content);
            para_line_ = i;
            para_kind_ = UnitKind::kSentence;
            EndBlock(false);
          } else {
            if (para_.empty()) {
              para_line_ = i;
              para_kind_ = UnitKind::kSentence;
            }
            para_.push_back(ln.content);
          }
          NoteContent();
          ++i;
          break;
        }
      }
    }
    EndBlock(true);
    return std::move(units_);
  }

 private:
  // A line a mailer wrapped at its width (72–78 columns) mid-sentence:
  // long, and ending with no sentence mark ("* …data centres are in" /
  // "Frankfurt, Oregon, Tokyo and Osaka.").
  // A heading unit for line i at `level` (9: a lead-in, governing the lines
  // below it until a blank line after some of them).
  void PushHeading(const Line& ln, int i, int level) {
    Builder b;
    b.Add(text_, ln.content);
    b.unit.kind = UnitKind::kHeading;
    b.unit.heading_level = level;
    // A title's second line (layout.h: both level 0) joins the first.
    const bool title_goes_on = level == 0 && !heading_stack_.empty() && heading_stack_.back().first == 0 &&
                               heading_stack_.back().second == static_cast<int>(units_.size()) - 1;
    while (!title_goes_on && !heading_stack_.empty() && heading_stack_.back().first >= level && level < 9)
      heading_stack_.pop_back();
    while (!heading_stack_.empty() && heading_stack_.back().first == 9) heading_stack_.pop_back();
    Push(std::move(b.unit), i, ++block_);
    heading_stack_.push_back({level, static_cast<int>(units_.size()) - 1});
    lead_in_armed_ = level == 9;
    lead_in_seen_content_ = false;
  }

  std::string_view Content(const Line& ln) const { return text_.substr(ln.content.begin, ln.content.size()); }

  // `title` reads as a title over `next`, not as a sentence wrapped onto
  // it: it opens as a title does (a capital, a digit, a non-ASCII letter),
  // ends with no number its unit would follow on the next line ("最大1万" /
  // "ユーザー…") and no hiragana (a Japanese line wrapped after a particle:
  // 「上限は」), and `next` opens as a sentence does (not with a digit or a
  // lower-case letter: "…supports up to" / "10,000 users.").
  bool StandsAsTitle(std::string_view title, std::string_view next) const {
    auto trim = [](std::string_view t) {
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
      return t;
    };
    title = trim(title);
    next = trim(next);
    if (title.empty() || next.empty()) return false;
    const auto first = static_cast<unsigned char>(title.front());
    if (first < 0x80 && !std::isupper(first) && !std::isdigit(first)) return false;
    const auto opens = static_cast<unsigned char>(next.front());
    if (opens < 0x80 && !std::isupper(opens)) return false;
    if (std::isdigit(static_cast<unsigned char>(title.back()))) return false;
    // The last character: a numeral's (the language data's kanji
    // numerals: 万, 千…) or hiragana.
    for (const std::string& numeral : numeral_words_)
      if (EndsWith(title, numeral)) return false;
    return !IsHiragana(CodePointAt(title, PrevCharStart(title, title.size())));
  }

  // A title: short (at most 60 code points), no sentence end, no colon.
  bool IsTitleLine(const Line& ln) const {
    std::string_view t = text_.substr(ln.content.begin, ln.content.size());
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (t.empty() || CodePointCount(t) > 60 || t.find(':') != std::string_view::npos) return false;
    const char last = t.back();
    return last != '.' && last != '!' && last != '?' && last != ',' && !EndsWith(t, "。") && !EndsWith(t, "、");
  }

  // A short label: no digit, no sentence end, no colon, at most 20 code
  // points ("目標復旧時点（RPO）", "Data centres").
  bool IsLabelOnly(NormSpan content) const {
    std::string_view t = text_.substr(content.begin, content.size());
    if (t.empty() || CodePointCount(t) > 20) return false;
    for (char c : t)
      if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.' || c == '?' || c == '!') return false;
    return t.find("。") == std::string_view::npos && t.find("、") == std::string_view::npos;
  }

  // A line that is only a short value ("15分", "東京／大阪／オレゴン", "AES-256"):
  // at most 40 code points, no sentence end, no colon.
  bool IsShortValueLine(const Line& ln) const {
    std::string_view t = text_.substr(ln.content.begin, ln.content.size());
    if (t.empty() || CodePointCount(t) > 40) return false;
    return t.find("。") == std::string_view::npos && t.find(':') == std::string_view::npos &&
           !(t.back() == '.' || t.back() == '?' || t.back() == '!');
  }

  bool HardWrapped(const Line& ln) const {
    std::string_view t = text_.substr(ln.full.begin, ln.full.size());
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (t.empty() || CodePointCount(t) < 60) return false;
    for (std::string_view end : {".", "!", "?", ":", ";", "\u3002", "\uFF01", "\uFF1F", "\uFF1A"})
      if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return false;
    return true;
  }

  bool EndsAtComma(NormSpan content) const {
    std::string_view t = text_.substr(content.begin, content.size());
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    return (!t.empty() && t.back() == ',') || (t.size() >= 3 && t.substr(t.size() - 3) == "、");
  }

  // Spaces before a line's text or list marker.
  size_t MarkerIndent(const Line& ln) const {
    size_t b = ln.full.begin;
    while (b < ln.full.end && (text_[b] == ' ' || text_[b] == '\t' || text_[b] == '>')) ++b;
    return b - ln.full.begin;
  }

  // Ends the parent bullets at `indent` or deeper (all of them for 0).
  void PopBulletParents(size_t indent) {
    while (!bullet_parent_indents_.empty() && bullet_parent_indents_.back() >= indent) {
      bullet_parent_indents_.pop_back();
      for (size_t k = heading_stack_.size(); k-- > 0;) {
        if (heading_stack_[k].first == kBulletParent) {
          heading_stack_.erase(heading_stack_.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
      }
    }
  }

  size_t Indent(const Line& ln) const {
    size_t b = ln.full.begin;
    while (b < ln.full.end && (text_[b] == ' ' || text_[b] == '\t' || text_[b] == '>')) ++b;
    // The bullet's own content start counts as its indent.
    return ln.kind == LineKind::kBullet ? ln.content.begin - ln.full.begin : b - ln.full.begin;
  }

  // "Meridian Sync ......... £329 per month": a label, a dot leader, a value
  // — a line of its own, never a bullet's continuation.
  bool IsDotLeaderLine(const Line& ln) const {
    if (ln.kind != LineKind::kText) return false;
    std::string_view t = text_.substr(ln.content.begin, ln.content.size());
    const size_t dots = t.find(" ...");
    if (dots == std::string_view::npos || dots == 0) return false;
    const size_t e = dots + DotLeaderAt(t, dots);
    return e < t.size() && t[e] == ' ' && e + 1 < t.size();
  }

  // "Label: value" with a short label (no sentence punctuation in it) and a
  // value after ": " or "：".
  bool IsFieldLine(const Line& ln) const {
    if (ln.kind != LineKind::kText) return false;
    return IsDotLeaderLine(ln) || !FieldLabel(text_.substr(ln.content.begin, ln.content.size())).empty();
  }

  // The label of a "Label: value" text, or "" when t is none.
  static std::string_view FieldLabel(std::string_view t) {
    size_t colon = t.find(": ");
    size_t width = 2;
    // After a CJK label the colon (NFKC has made "：" one) needs no space.
    // So does one a form aligns with spaces (「製品名      :メリディアン…」).
    for (size_t k = t.find(':'); k != std::string_view::npos && k < colon; k = t.find(':', k + 1)) {
      size_t before = k;
      while (before > 0 && t[before - 1] == ' ') --before;
      if (before > 0 && static_cast<unsigned char>(t[before - 1]) >= 0x80) {
        colon = k;
        width = 1;
        break;
      }
    }
    if (colon == std::string_view::npos || colon == 0) return {};
    std::string_view label = t.substr(0, colon), value = t.substr(colon + width);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    if (label.empty()) return {};
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (value.empty() || CodePointCount(label) > 60) return {};
    for (char c : label) {
      if (c == '.' || c == '!' || c == '?' || c == ';') return {};
    }
    if (label.find("\xE3\x80\x82") != std::string_view::npos) return {};  // 。
    return label;
  }

  // A form's product line — "Product name: Meridian Sync", 「製品名：…」,
  // "Product ........ Meridian Vault", "Section B - Service: Meridian Sync",
  // as a text line or a numbered item —
  // whose label is one of the language data's `product_label` words. It
  // leads in the fields below it as a heading would: a form names the
  // product once and lists its figures under it.
  bool IsProductField(const Line& ln) const {
    if (product_labels_.empty() || (ln.kind != LineKind::kText && ln.kind != LineKind::kBullet)) return false;
    std::string_view t = text_.substr(ln.content.begin, ln.content.size());
    std::string_view label;
    if (const size_t dots = t.find(" ..."); dots != std::string_view::npos && dots > 0 &&
                                            (ln.kind != LineKind::kText || IsDotLeaderLine(ln))) {
      label = t.substr(0, dots);
    } else {
      label = FieldLabel(t);
    }
    // A section's own label before a dash ("Section B - Service: Meridian
    // Sync") leaves the field's label after it.
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      if (const size_t d = label.rfind(dash); d != std::string_view::npos) label.remove_prefix(d + dash.size());
    }
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    if (label.empty()) return false;
    const std::string lower = AsciiLower(label);
    auto is_label = [&](std::string_view l) {
      return std::find(product_labels_.begin(), product_labels_.end(), l) != product_labels_.end();
    };
    if (is_label(lower)) return true;
    // A title before the label on its line, a space apart (「SLA別紙（案）
    // 対象サービス：メリディアン・ボールト」).
    for (size_t sp = lower.find(' '); sp != std::string::npos; sp = lower.find(' ', sp + 1))
      if (is_label(std::string_view(lower).substr(sp + 1))) return true;
    return false;
  }

  // The sentence piece [b, e) ends with one of the language data's
  // abbreviations ("... £329 per month, excl." + " VAT").
  // One marked `before: number` ("No. 5", "ext. 4410") does so only when a
  // number follows: "A: No. Meridian Sync needs…" is two sentences.
  bool EndsWithAbbreviation(const std::string& t, size_t b, size_t e) const {
    const size_t next = e;
    while (e > b && t[e - 1] == ' ') --e;
    for (const Abbreviation& a : abbreviations_) {
      if (e - b < a.word.size()) continue;
      const size_t at = e - a.word.size();
      if (AsciiLower(std::string_view(t).substr(at, a.word.size())) != a.word) continue;
      if (at != b && std::isalpha(static_cast<unsigned char>(t[at - 1]))) continue;
      if (a.before_lower && !(next < t.size() && std::islower(static_cast<unsigned char>(t[next])))) continue;
      if (a.before_number && !(next < t.size() && (std::isdigit(static_cast<unsigned char>(t[next])) ||
                                                    t[next] == '#' || t[next] == '+')))
        continue;
      return true;
    }
    return false;
  }

  // The line opens with an item's label ("Q1.", "A11.") and then a space,
  // a bracket or a Japanese character.
  bool OpensWithItemLabel(const Line& ln) const {
    std::string_view t = text_.substr(ln.content.begin, ln.content.size());
    size_t i = 0;
    while (i < t.size() && i < 4 && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    const size_t letters = i;
    while (i < t.size() && i - letters < 4 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (letters < 1 || letters > 3 || i == letters || i + 1 >= t.size() || t[i] != '.') return false;
    const auto next = static_cast<unsigned char>(t[i + 1]);
    return next == ' ' || next == '(' || next >= 0x80;
  }

  // The piece [b, e) is an item's label alone ("Q11.", "A3.", "R2.1."): one
  // to three letters, a number, a full stop. It ends no sentence: "Q11.
  // Minimum availability…" is one question.
  static bool IsItemLabel(const std::string& t, size_t b, size_t e) {
    while (e > b && t[e - 1] == ' ') --e;
    if (e - b < 3 || t[e - 1] != '.') return false;
    size_t i = b, letters = 0;
    while (i < e && std::isalpha(static_cast<unsigned char>(t[i]))) ++i, ++letters;
    if (letters < 1 || letters > 3) return false;
    const size_t digits = i;
    while (i < e - 1 && (std::isdigit(static_cast<unsigned char>(t[i])) || (t[i] == '.' && i > digits))) ++i;
    return i == e - 1 && i > digits && std::isdigit(static_cast<unsigned char>(t[digits]));
  }

  // A dot leader: a space and three or more full stops ("Meridian Sync
  // ......... £329"), or `min_dots` of them. Its length when one starts at
  // t[at] (the space), else 0.
  static size_t DotLeaderAt(std::string_view t, size_t at, size_t min_dots = 3) {
    if (at >= t.size() || t[at] != ' ') return 0;
    size_t e = at + 1;
    while (e < t.size() && t[e] == '.') ++e;
    return e - at - 1 >= min_dots ? e - at : 0;
  }

  // The piece [b, e) ends with a dot leader ("… per TB per month ........",
  // and a short one a form's longest label leaves, "Max users per tenant
  // .. 10,000"): its value follows on the same line.
  static bool EndsWithDotLeader(const std::string& t, size_t b, size_t e) {
    while (e > b && t[e - 1] == ' ') --e;
    size_t s = e;
    while (s > b && t[s - 1] == '.') --s;
    return s > b && DotLeaderAt(std::string_view(t).substr(0, e), s - 1, 2) == e - (s - 1);
  }

  // The break at e falls inside a URL ("…/trial?src=webinar"): the text
  // from the last space before e up to it names a scheme ("://") or "www.",
  // and no space follows the break.
  static bool InsideUrl(const std::string& t, size_t b, size_t e) {
    if (e >= t.size() || t[e] == ' ' || t[e] == '\n') return false;
    size_t s = e;
    while (s > b && t[s - 1] != ' ' && t[s - 1] != '\n') --s;
    std::string_view token = std::string_view(t).substr(s, e - s);
    return token.find("://") != std::string_view::npos || StartsWith(token, "www.");
  }

  bool HasColumnGap(const Line& ln) const { return text::HasColumnGap(l_, ln); }

  void NoteContent() {
    if (lead_in_armed_) lead_in_seen_content_ = true;
  }

  // Ends the current paragraph; a blank line (`blank`) also ends a lead-in's scope.
  void EndBlock(bool blank) {
    if (!para_.empty()) {
      ++block_;
      EmitSentences();
      para_.clear();
    }
    if (blank && lead_in_armed_ && lead_in_seen_content_) {
      while (!heading_stack_.empty() && heading_stack_.back().first == 9) heading_stack_.pop_back();
      lead_in_armed_ = false;
    }
    if (blank) {
      last_table_ = -1;
      last_row_ = -1;
    }
  }

  void EmitSentences() {
    Builder b;
    b.hyphen_words = &hyphen_words_;
    for (const NormSpan& s : para_) b.Add(text_, s);
    Unit whole = std::move(b.unit);
    // Split into sentences.
    icu::BreakIterator* it = SentenceIterator();
    std::vector<std::pair<size_t, size_t>> bounds;
    if (it && whole.text.size() < (1u << 20)) {
      UErrorCode st = U_ZERO_ERROR;
      UText* ut = utext_openUTF8(nullptr, whole.text.data(), static_cast<int64_t>(whole.text.size()), &st);
      if (U_SUCCESS(st)) {
        it->setText(ut, st);
        // ICU breaks after "excl." in "(excl. VAT)"; no sentence ends
        // inside open parentheses.
        int32_t prev = it->first();
        for (int32_t cur = it->next(); cur != icu::BreakIterator::DONE; cur = it->next()) {
          if (cur < static_cast<int32_t>(whole.text.size()) && OpenParens(whole.text, prev, cur) > 0) continue;
          if (cur < static_cast<int32_t>(whole.text.size()) && EndsWithAbbreviation(whole.text, prev, cur)) continue;
          if (cur < static_cast<int32_t>(whole.text.size()) && IsItemLabel(whole.text, prev, cur)) continue;
          if (cur < static_cast<int32_t>(whole.text.size()) && EndsWithDotLeader(whole.text, prev, cur)) continue;
          if (InsideUrl(whole.text, prev, cur)) continue;
          bounds.push_back({static_cast<size_t>(prev), static_cast<size_t>(cur)});
          prev = cur;
        }
        if (prev < static_cast<int32_t>(whole.text.size()))
          bounds.push_back({static_cast<size_t>(prev), whole.text.size()});
        utext_close(ut);
      }
    }
    if (bounds.empty()) bounds.push_back({0, whole.text.size()});
    bounds = SplitAtLowerCaseStarts(whole.text, bounds);
    bool first = true;
    for (auto [b0, e0] : bounds) {
      // Cut over-long sentences into max_unit_bytes pieces (on UTF-8 boundaries).
      size_t b1 = b0;
      while (b1 < e0) {
        size_t e1 = std::min(e0, b1 + limits_.max_unit_bytes);
        while (e1 < e0 && e1 > b1 && (static_cast<unsigned char>(whole.text[e1]) & 0xC0) == 0x80) --e1;
        Unit u = Slice(whole, b1, e1);
        if (!u.text.empty()) {
          u.kind = para_kind_;
          u.starts_block = first;
          first = false;
          Push(std::move(u), para_line_, block_);
        }
        b1 = e1;
      }
    }
  }

  // ICU ends no sentence before a lower-case word ("…per policy. restores
  // are free…"), so hurried all-lower-case mail was one sentence. A full
  // stop after a word of two or more letters that is no abbreviation of the
  // language data, then a space and a lower-case letter, ends one.
  std::vector<std::pair<size_t, size_t>> SplitAtLowerCaseStarts(const std::string& t,
                                                                const std::vector<std::pair<size_t, size_t>>& bounds) const {
    std::vector<std::pair<size_t, size_t>> out;
    for (auto [b, e] : bounds) {
      size_t start = b;
      for (size_t i = b + 2; i + 2 < e; ++i) {
        if (t[i] != '.' || t[i + 1] != ' ' || !std::islower(static_cast<unsigned char>(t[i + 2]))) continue;
        // The word before: letters at its end ("policy", "5mins"), not "U.S.",
        // "v2." or a single initial.
        if (!std::isalpha(static_cast<unsigned char>(t[i - 1])) || !std::isalpha(static_cast<unsigned char>(t[i - 2])))
          continue;
        size_t w = i;
        while (w > start && std::isalnum(static_cast<unsigned char>(t[w - 1]))) --w;
        if (w > start && t[w - 1] != ' ') continue;
        if (EndsWithAbbreviation(t, start, i + 2) || OpenParens(t, start, i) > 0 || InsideUrl(t, start, i + 1)) continue;
        out.push_back({start, i + 1});
        start = i + 2;
      }
      out.push_back({start, e});
    }
    return out;
  }

  static int OpenParens(const std::string& t, size_t b, size_t e) {
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
      if (t[i] == '(') ++depth;
      if (t[i] == ')' && depth > 0) --depth;
    }
    return depth;
  }

  Unit Slice(const Unit& whole, size_t b, size_t e) const {
    while (b < e && whole.text[b] == ' ') ++b;
    while (e > b && whole.text[e - 1] == ' ') --e;
    Unit u;
    if (b >= e) return u;
    u.text = whole.text.substr(b, e - b);
    for (const auto& p : whole.pieces) {
      size_t pe = p.unit_begin + p.norm.size();
      if (pe <= b || p.unit_begin >= e) continue;
      size_t cb = std::max(b, p.unit_begin), ce = std::min(e, pe);
      u.pieces.push_back({cb - b, NormSpan(p.norm.begin + (cb - p.unit_begin), p.norm.begin + (ce - p.unit_begin))});
    }
    return u;
  }

  void EmitRow(int t, int r, int line) {
    const Table& table = l_.tables[t];
    Unit u;
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const Cell& cell = table.rows[r][c];
      if (c > 0) u.text += " | ";  // the joint is no text of the part: no piece
      UnitCell uc;
      uc.column = static_cast<int>(c);
      uc.header = cell.header || r < table.header_rows;
      uc.spanned = cell.spanned;
      uc.span_group = cell.span_group;
      uc.begin = u.text.size();
      for (size_t k = 0; k < cell.pieces.size(); ++k) {
        const NormSpan& p = cell.pieces[k];
        if (k > 0) u.text += ' ';
        u.pieces.push_back({u.text.size(), p});
        u.text.append(text_.substr(p.begin, p.size()));
      }
      uc.end = u.text.size();
      u.cells.push_back(uc);
    }
    u.kind = UnitKind::kRow;
    u.table = t;
    u.row = r;
    Push(std::move(u), line, block_);
  }

  void Push(Unit u, int line, int block) {
    u.zone = cur_zone_;
    u.author = cur_author_;
    u.line = line;
    u.block = block;
    if (u.kind == UnitKind::kRow || u.kind == UnitKind::kHeading) u.starts_block = true;
    for (const auto& h : heading_stack_) u.headings.push_back(h.second);
    u.lower = AsciiLower(u.text);
    units_.push_back(std::move(u));
  }

  const Layout& l_;
  const Zones& z_;
  const Limits& limits_;
  std::string_view text_;
  std::vector<Unit> units_;
  std::vector<NormSpan> para_;
  int para_line_ = -1;
  UnitKind para_kind_ = UnitKind::kSentence;
  std::vector<std::pair<int, int>> heading_stack_;  // level, unit index
  // A bullet with nested items sits in heading_stack_ at this level (between
  // headings, 1-6, and lead-in lines, 9), its marker's indent here.
  static constexpr int kBulletParent = 8;
  std::vector<size_t> bullet_parent_indents_;
  bool lead_in_armed_ = false;
  bool lead_in_seen_content_ = false;
  Zone cur_zone_ = Zone::kBody;
  int cur_author_ = -1;
  int cur_depth_ = 0;
  int block_ = 0;
  int last_table_ = -1, last_row_ = -1;
  struct Abbreviation {
    std::string word;  // lower-cased, with its dot
    bool before_number;
    bool before_lower;  // an abbreviation only before a lower-case word ("etc. and")
  };
  std::vector<Abbreviation> abbreviations_;
  std::vector<std::string> hyphen_words_;
  std::vector<std::string> product_labels_;  // lexicon `product_label`, lower-cased
  std::vector<std::string> numeral_words_;   // lexicon kanji numerals (一, 十, 万…)
};

}  // namespace

std::vector<Unit> Segment(const Layout& layout, const Zones& zones, const Limits& limits,
                          const claims::Lexicon* lexicon) {
  return Segmenter(layout, zones, limits, lexicon).Run();
}

}  // namespace onevoice::text
