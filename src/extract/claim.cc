#include "extract/claim.h"

#include <algorithm>
#include <tuple>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "base/unicode.h"
#include "claims/office.h"
#include "extract/clause.h"
#include "extract/period.h"
#include "extract/table_context.h"

namespace onevoice::extract {
namespace {

using claims::Kind;
using text::Unit;
using text::UnitKind;
using text::Zone;

constexpr int kNoScore = 1 << 20;
constexpr int kCueLimit = 60;  // a cue further than this (code points + penalties) ties nothing
constexpr int kWeakCueLimit = 20;  // the same, for attributes with no value for the product
constexpr int kSubjectCueLimit = 80;  // a clause's subject cue, before its value
constexpr int kRowCueLimit = 40;   // …in a table row, where labels and headers tie cells

// True when s[b, e) is empty or holds only spaces (the text is normalized:
// every kind of space is U+0020 by then).
bool OnlySpaces(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e && i < s.size(); ++i)
    if (s[i] != ' ') return false;
  return true;
}

// True when an ASCII digit stands in s[b, e).
bool HasDigitIn(std::string_view s, size_t b, size_t e) {
  for (size_t i = b; i < e && i < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

// True when s[b, e) is spaces around at most one word of letters ("now",
// "also", 「も」 is not one: Japanese has no spaces to count words by).
bool OneWordAtMost(std::string_view s, size_t b, size_t e) {
  e = std::min(e, s.size());
  while (b < e && s[b] == ' ') ++b;
  while (e > b && s[e - 1] == ' ') --e;
  if (b == e) return true;
  if (e - b > 12) return false;
  for (size_t i = b; i < e; ++i) {
    const char ch = s[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
  }
  return true;
}


struct Candidate {
  Kind kind = Kind::kCount;
  claims::Value value;
  size_t b = 0, e = 0;     // value span in the unit text
  int cell = -1;           // rows: the cell index
  std::string attribute;   // members and booleans: their attribute
  const Quantity* q = nullptr;
  bool affirmed = false;   // a member in a row's label, affirmed in a product's cell
};

class PartExtractor {
 public:
  PartExtractor(const Engine& engine, const PartInput& in, DocumentState* state)
      : e_(engine), base_(engine.base()), in_(in), st_(*state), units_(*in.units),
        layout_(*in.layout) {}

  PartExtraction Run() {
    unit_products_.resize(units_.size());
    both_heading_.assign(units_.size(), false);
    raw_mentions_.resize(units_.size());
    unit_tax_.assign(units_.size(), claims::Tax::kUnstated);
    for (size_t i = 0; i < units_.size(); ++i) Process(static_cast<int>(i));
    // A note that states the tax for the whole text of its author ("All
    // prices exclude VAT", 「金額はすべて税抜」: the document, the reply, or
    // one quoted author's part) covers every price there that does not say,
    // in the currency of that author's office.
    for (size_t i = 0; i < out_.claims.size(); ++i) {
      Claim& c = out_.claims[i];
      auto note = note_tax_.find(claim_voices_[i].zone);
      if (note == note_tax_.end() || c.value.kind != Kind::kMoney || c.value.tax != claims::Tax::kUnstated) continue;
      if (c.value.currency == CurrencyOf(claim_voices_[i].office)) c.value.tax = note->second;
    }
    return std::move(out_);
  }

 private:
  // ---------------------------------------------------------------- units
  void Process(int index) {
    const Unit& u = units_[index];
    cur_ = &u;
    mentions_ = RawMentions(index);
    AddLabelCues(u);
    DropInactiveAndUrls(u);
    std::vector<int> named;
    for (const Mention& m : mentions_) {
      if (!IsProductMention(m)) continue;
      if (std::find(named.begin(), named.end(), m.term->product) == named.end()) named.push_back(m.term->product);
    }
    // A heading for both products ("4. 両製品共通", "Both products")
    // governs each of them.
    if (named.empty() && u.kind == UnitKind::kHeading) {
      for (const Mention& m : mentions_) {
        if (IsWord(m, "anaphora") && m.term->entry->Attr("refers") == "both") {
          named = Resolve(u, m);
          both_heading_[index] = named.size() == 2;
          break;
        }
      }
    }
    unit_products_[index] = named;
    speaker_ = SpeakerOffice(u);
    quoted_ = in_.part_quoted || u.zone == Zone::kQuoted;
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kDeprecated) {
        NameUse use;
        use.product = m.term->product;
        use.part = in_.part;
        use.span = ToSource(u, m.begin, m.end);
        use.unit_span = ToSource(u, 0, u.text.size());
        use.quoted = quoted_;
        use.office = speaker_;
        out_.deprecated.push_back(use);
      }
    }
    if (in_.claims && (u.zone == Zone::kBody || u.zone == Zone::kQuoted)) {
      breaks_ = FindBreaks(u.text);
      // A comma that only sets off the topic ("ダッシュボードは、") ends no clause.
      for (const Mention& m : mentions_) {
        if (!IsWord(m, "topic_marker") || !StartsWith(std::string_view(u.text).substr(m.end), "、")) continue;
        auto at = std::find(breaks_.soft.begin(), breaks_.soft.end(), m.end);
        if (at != breaks_.soft.end()) breaks_.soft.erase(at);
      }
      // Nor do the parentheses of a cue's gloss ("recovery time (RTO) for a
      // full restore is…", 目標復旧時間（RTO）は、…).
      for (const Mention& m : mentions_) {
        if (m.type() != MentionType::kCue) continue;
        size_t open = m.begin, close = m.end;
        while (open > 0 && u.text[open - 1] == ' ') --open;
        while (close < u.text.size() && u.text[close] == ' ') ++close;
        if (open == 0 || u.text[open - 1] != '(' || close >= u.text.size() || u.text[close] != ')') continue;
        for (size_t at : {open - 1, close}) {
          auto it = std::find(breaks_.soft.begin(), breaks_.soft.end(), at);
          if (it != breaks_.soft.end()) breaks_.soft.erase(it);
        }
      }
      Extract(u);
      NoteTax(index);
    }
    // Discourse: what this unit named carries to the next ones.
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kProduct || m.type() == MentionType::kDeprecated) {
        int p = m.term->product;
        if (std::find(st_.products_named.begin(), st_.products_named.end(), p) == st_.products_named.end())
          st_.products_named.push_back(p);
      }
    }
    // A heading naming one product opens a section about it: "it", "the
    // platform", 本サービス below mean that product until another is named.
    if (u.kind == UnitKind::kHeading && named.size() == 1) last_products_[ZoneKey(u)] = named;
    if (!named.empty() && u.kind != UnitKind::kHeading) {
      std::vector<int> ordered;
      for (const Mention& m : mentions_) {
        if (IsProductMention(m)) ordered.push_back(m.term->product);
      }
      last_products_[ZoneKey(u)] = ordered;
      last_products_any_ = ordered;
    }
  }

  std::string ZoneKey(const Unit& u) const {
    return std::to_string(static_cast<int>(u.zone)) + "/" + std::to_string(u.author);
  }

  void DropInactiveAndUrls(const Unit& u) {
    // URL and address tokens: no names inside them count.
    std::vector<std::pair<size_t, size_t>> urls;
    for (size_t i = 0; i < u.text.size(); ++i) {
      if (u.lower[i] != 'h' && u.lower[i] != 'w') continue;
      bool start = StartsWith(std::string_view(u.lower).substr(i), "http") ||
                   StartsWith(std::string_view(u.lower).substr(i), "www.");
      if (!start) continue;
      size_t j = i;
      while (j < u.text.size() && u.text[j] != ' ' && u.text[j] != ')' && u.text[j] != '>' &&
             static_cast<unsigned char>(u.text[j]) < 0x80)
        ++j;
      urls.push_back({i, j});
      i = j;
    }
    // A place named as an office or branch (大阪支店, "our Tokyo office") is
    // no member of a set of places.
    std::vector<size_t> office_words, office_word_ends;
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "office_suffix")) continue;
      office_words.push_back(m.begin);
      office_word_ends.push_back(m.end);
    }
    auto names_office = [&](const Mention& m) {
      for (size_t at : office_words) {
        if (at >= m.end && CodePoints(u.text, m.end, at) <= 1) return true;
      }
      // …or after one and a linking word (office_link in the language
      // data): "your colleague in London", "our team at Tokyo".
      for (size_t at : office_word_ends) {
        if (at > m.begin) continue;
        std::string_view gap = std::string_view(u.lower).substr(at, m.begin - at);
        if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') continue;
        gap = gap.substr(1, gap.size() - 2);
        for (const std::string& link : e_.OfficeLinks())
          if (gap == link) return true;
      }
      return false;
    };
    // "quote it on its own": an idiom's "its" refers to nothing.
    // "a volume your size": an idiom's "your" makes nothing the customer's.
    std::vector<std::pair<size_t, size_t>> idioms, not_customer;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "not_anaphora")) idioms.push_back({m.begin, m.end});
      if (IsWord(m, "not_customer")) not_customer.push_back({m.begin, m.end});
    }
    std::vector<Mention> kept;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "anaphora")) {
        bool idiom = false;
        for (auto [b, e] : idioms) idiom = idiom || (m.begin >= b && m.end <= e);
        if (idiom) continue;
      }
      if (IsWord(m, "customer_marker")) {
        bool idiom = false;
        for (auto [b, e] : not_customer) idiom = idiom || (m.begin >= b && m.end <= e);
        if (idiom) continue;
      }
      bool in_url = false;
      for (auto [b, e] : urls) in_url = in_url || (m.begin >= b && m.end <= e);
      if (in_url && m.type() != MentionType::kWord) continue;
      if (m.type() == MentionType::kMember && names_office(m)) continue;
      // A period marker inside struck text (the "~~" of "~~October 2026~~")
      // places nothing.
      if (IsWord(m, "period_marker")) {
        const NormSpan ns = u.Map(m.begin, m.end);
        if (layout_.IsStruck(ns.begin, ns.end)) continue;
      }
      if (m.type() == MentionType::kShortName &&
          std::find(st_.products_named.begin(), st_.products_named.end(), m.term->product) ==
              st_.products_named.end())
        continue;
      kept.push_back(m);
    }
    mentions_ = std::move(kept);
  }

  std::string SpeakerOffice(const Unit& u) const {
    if (in_.part_quoted) return in_.part_office;
    if (u.zone == Zone::kQuoted) {
      if (u.author >= 0 && in_.office_of) return in_.office_of(in_.zones->authors[u.author]);
      return std::string(claims::kUnknownOffice);
    }
    return in_.speaker_office;
  }

  SourceSpan ToSource(const Unit& u, size_t b, size_t e) const { return layout_.ToSource(u.Map(b, e)); }

  // ---------------------------------------------------------------- extraction
  void Extract(const Unit& u) {
    unit_values_.clear();
    unit_counts_.clear();
    ParseContext context;
    context.as_of = in_.as_of;
    // "1/4/2026" is 1 April where the writer's office writes dates day first.
    if (const claims::Office* o = base_.FindOffice(speaker_)) context.day_first = o->day_first;
    context.number_breaks = StruckEdges(u);
    quantities_ = e_.quantities().Parse(u.text, context);
    bool question = IsQuestion(u);
    const TableContext* table = u.kind == UnitKind::kRow ? &Table(u.table) : nullptr;
    if (u.kind == UnitKind::kRow) {
      bool header_row = true;
      for (const auto& c : u.cells) header_row = header_row && c.header;
      if (header_row) return;
    } else if (question && !HasWord("reported_speech", 0, u.text.size())) {
      return;
    }
    std::vector<Candidate> cands = Candidates(u, table);
    for (Candidate& c : cands) {
      // A question states nothing, but a statement it reports in quotes
      // (「…対応可能」と伺いましたが、…でしょうか) is its source's claim.
      if (question && u.kind != UnitKind::kRow && !InReportedQuote(u, c) && !ReportedBefore(u, c)) continue;
      if (!Keep(u, c, table)) continue;
      // A customer's or partner's statement reported in the clause is theirs.
      auto [rb, re] = breaks_.SoftClause(c.b, u.text.size());
      auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
      reported_ = false;
      for (const Mention& m : mentions_) {
        // After the value: in its clause or opening the next ("…, as Kenji
        // mentioned"), not deep in a clause of its own ("…, so the
        // acquisition you mentioned won't need…"). Before it: introducing
        // it in the same clause ("you said Sync supports…"), not ending a
        // clause of its own ("for the 180 TB you mentioned, Vault would
        // be…", 「…と伺いましたが、シンクは…」).
        if (IsWord(m, "reported_speech") &&
            ((m.begin >= rb && m.end <= re + 40 && m.begin >= c.e &&
              (m.end <= re || CodePoints(u.text, re, m.begin) <= 12)) ||
             (m.begin >= hb && m.end <= c.b && breaks_.SoftBetween(m.end, c.b) == 0)))
          reported_ = true;
      }
      std::vector<int> products = ProductsFor(u, c, table);
      if (table && c.cell >= 0 && u.cells[c.cell].span_group >= 0) products = SpanProducts(u, c, *table, products);
      for (int p : products) Emit(u, c, p, table);
    }
  }

  // Where struck-through text begins and ends in the unit's text, sorted.
  std::vector<size_t> StruckEdges(const Unit& u) const {
    std::vector<size_t> edges;
    if (layout_.struck.empty()) return edges;
    for (const Unit::Piece& p : u.pieces) {
      for (const NormSpan& s : layout_.struck) {
        for (size_t at : {s.begin, s.end}) {
          if (at > p.norm.begin && at < p.norm.end) edges.push_back(p.unit_begin + (at - p.norm.begin));
        }
      }
    }
    std::sort(edges.begin(), edges.end());
    return edges;
  }

  // "Marcus mentioned on the call that Meridian Sync is ISO 27017 certified
  // - could you send the certificate?": a statement reported before the
  // value in its clause, the question asked after it.
  bool ReportedBefore(const Unit& u, const Candidate& c) const {
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "reported_speech") || m.end > c.b || m.begin < hb) continue;
      if (u.text.find('?', m.end) < c.b) continue;
      return true;
    }
    return false;
  }

  // The value sits inside 「…」 (or "…") that a reported-speech word
  // follows right after the closing mark or introduces right before it.
  bool InReportedQuote(const Unit& u, const Candidate& c) const {
    // Normalized text: curly double quotes are straight by now.
    static constexpr std::string_view kOpen[] = {"「", "『", "\""};
    static constexpr std::string_view kClose[] = {"」", "』", "\""};
    std::string_view t = u.text;
    for (size_t i = 0; i < 3; ++i) {
      const size_t open = t.substr(0, c.b).rfind(kOpen[i]);
      if (open == std::string_view::npos) continue;
      const size_t close = t.find(kClose[i], c.e);
      const size_t inside = open + kOpen[i].size();
      if (close == std::string_view::npos || t.substr(inside, c.b - inside).find(kClose[i]) != std::string_view::npos)
        continue;
      const size_t after = close + kClose[i].size();
      for (const Mention& m : mentions_) {
        if (!IsWord(m, "reported_speech")) continue;
        if (m.begin >= after && CodePoints(t, after, m.begin) <= 2) return true;  // 「…」と伺いました
        if (m.end <= open && CodePoints(t, m.end, open) <= 3) return true;       // you told us “…”
      }
    }
    return false;
  }

  // A unit that states a tax treatment but no price is a note: a heading's
  // covers what it governs, any other the whole document.
  void NoteTax(int index) {
    const Unit& u = units_[index];
    claims::Tax tax = StatedTax(mentions_, 0, u.text.size());
    if (tax == claims::Tax::kUnstated || u.kind == UnitKind::kRow) return;
    for (const Quantity& q : quantities_) {
      if (q.value.kind == Kind::kMoney && u.kind != UnitKind::kHeading) return;
    }
    // A table's caption ("Table 2 — Quotation (USD, excluding sales tax)")
    // speaks for its table only (TableContext::caption_tax).
    if (u.line >= 0 && u.line < static_cast<int>(layout_.lines.size())) {
      const NormSpan line = layout_.lines[u.line].content;
      for (const text::Table& t : layout_.tables)
        for (const NormSpan& cap : t.caption)
          if (cap.begin < line.end && line.begin < cap.end) return;
    }
    if (u.kind == UnitKind::kHeading) {
      unit_tax_[index] = tax;
      // A heading naming no product ("■明細（金額はすべて税抜、単位：円）")
      // is a note for the text after it too, past its own section: the
      // 【…】 items under it are headings of the same level.
      if (!unit_products_[index].empty()) return;
    }
    if (u.zone == Zone::kBody || u.zone == Zone::kQuoted) note_tax_.try_emplace(ZoneKey(u), tax);
  }

  bool IsQuestion(const Unit& u) const { return IsQuestion(u, mentions_); }
  bool IsQuestion(const Unit& u, const std::vector<Mention>& mentions) const {
    std::string_view t = u.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == ')' || t.back() == '"' || t.back() == '\'')) t.remove_suffix(1);
    for (const Mention& m : mentions) {
      if (!IsWord(m, "question_marker")) continue;
      const std::string& at = m.term->entry->Attr("at", "any");
      if (at == "end") {
        if (m.end == t.size()) return true;
      } else if (at == "start") {
        // An inverted question opens its sentence or clause ("Is there…",
        // "…, and are there…?"), unlike "Oregon and Tokyo are there too".
        size_t b = m.begin;
        while (b > 0 && u.text[b - 1] == ' ') --b;
        if (b == 0 || IsSoftBreakAt(u.text, b - 1)) return true;
      } else {
        return true;
      }
    }
    return false;
  }

  // A row's label cell abbreviating a cue of several words ("Support
  // response" | "Within 30 minutes") stands for that cue when the cell has
  // no cue of its own.
  void AddLabelCues(const Unit& u) {
    if (u.kind != UnitKind::kRow) return;
    bool added = false;
    for (const text::UnitCell& cell : u.cells) {
      if (cell.header || cell.begin >= cell.end) continue;
      bool has_cue = false;
      for (const Mention& m : mentions_) {
        has_cue = has_cue || (m.type() == MentionType::kCue && m.begin < cell.end && cell.begin < m.end);
      }
      if (has_cue) continue;
      const std::string_view text = std::string_view(u.lower).substr(cell.begin, cell.end - cell.begin);
      if (text.find_first_of("0123456789") != std::string_view::npos) continue;  // a value, not a label
      if (const Term* t = e_.CueStartingWith(text)) {
        mentions_.push_back(Mention{t, cell.begin, cell.end});
        added = true;
      }
    }
    if (added) {
      std::stable_sort(mentions_.begin(), mentions_.end(),
                       [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    }
  }

  // A negation in [b, e) that is not part of a cue ("without a connection"
  // is a cue of working offline, and denies nothing).
  bool NegationOutsideCues(size_t b, size_t e) const {
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "negation") || m.begin < b || m.end > e) continue;
      bool in_cue = false;
      for (const Mention& x : mentions_) {
        in_cue = in_cue || (x.type() == MentionType::kCue && x.begin <= m.begin && x.end >= m.end);
      }
      if (!in_cue) return true;
    }
    return false;
  }

  bool HasWord(std::string_view category, size_t b, size_t e) const {
    for (const Mention& m : mentions_) {
      if (IsWord(m, category) && m.begin >= b && m.end <= e) return true;
    }
    return false;
  }

  // A bare number in a unit-price column, or a column or table whose header
  // or caption names its currency ("単価" under "単位：円"), is a price in
  // that currency; what it is per comes from the row's cues. A zero is no
  // price (a free item of the quote). A unit-price column whose table names
  // no currency is in the speaking office's (a Tokyo 見積書's 「単価」 is yen).
  void AmountInPricedColumn(const TableContext& table, Candidate* c) const {
    if (c->kind != Kind::kCount || !c->q || !c->q->unit_word.empty() || c->value.bound != claims::Bound::kExact ||
        c->value.amount <= 0)
      return;
    std::string currency = table.BareNumberCurrency(c->cell);
    if (currency.empty() && table.Role(c->cell) == "unit_price") currency = OfficeCurrency();
    if (currency.empty()) return;
    c->kind = Kind::kMoney;
    c->value.kind = Kind::kMoney;
    c->value.currency = std::move(currency);
  }

  // Cell `cell` of row `u` labels the row: the first cell, or one after
  // only cells a rowspan carried down (a category column: "| セキュリティ |
  // オフライン利用 | 可能 | ― |") with product columns after it.
  static bool IsLabelCell(const Unit& u, const TableContext& table, int cell) {
    if (cell == 0) return true;
    for (int k = 0; k < cell; ++k) {
      const TableColumn* col = table.column(k);
      if (!u.cells[k].spanned || (col && !col->products.empty())) return false;
    }
    for (size_t k = cell + 1; k < u.cells.size(); ++k) {
      const TableColumn* col = table.column(static_cast<int>(k));
      if (col && !col->products.empty()) return true;
    }
    return false;
  }

  std::vector<Candidate> Candidates(const Unit& u, const TableContext* table) {
    std::vector<Candidate> out;
    auto cell_of = [&](size_t pos) {
      for (size_t c = 0; c < u.cells.size(); ++c) {
        if (pos >= u.cells[c].begin && pos <= u.cells[c].end) return static_cast<int>(c);
      }
      return -1;
    };
    auto overlaps_name = [&](const Quantity& q) {
      for (const Mention& m : mentions_) {
        bool name = IsProductMention(m) || m.type() == MentionType::kMember;
        if (name && q.number.begin < m.end && m.begin < q.number.end) return true;
        // A quantity inside a longer cue word ("1TBあたり") belongs to the cue.
        if (m.type() == MentionType::kCue && q.span.begin >= m.begin && q.span.end <= m.end &&
            m.end - m.begin > q.span.size())
          return true;
      }
      return false;
    };
    for (const Quantity& q : quantities_) {
      if (overlaps_name(q)) continue;
      Candidate c;
      c.kind = q.value.kind;
      c.value = q.value;
      c.b = q.span.begin;
      c.e = q.span.end;
      c.q = &q;
      c.cell = cell_of(c.b);
      if (table && c.cell >= 0) AmountInPricedColumn(*table, &c);
      out.push_back(c);
    }
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kMember) {
        Candidate c;
        c.kind = Kind::kSet;
        c.value.kind = Kind::kSet;
        c.value.member = m.term->member;
        c.attribute = m.term->attribute;
        c.b = m.begin;
        c.e = m.end;
        c.cell = cell_of(c.b);
        out.push_back(c);
      } else if (m.type() == MentionType::kCue) {
        const claims::Attribute* a = CompanyAttribute(m.term->attribute);
        if (!a || a->kind != Kind::kBoolean) continue;
        // One boolean per attribute per cell or sentence: false when any
        // clause naming it is negated ("Offline use: … does not support
        // offline mode").
        int cell = cell_of(m.begin);
        Candidate* same = nullptr;
        for (Candidate& o : out) {
          if (o.kind == Kind::kBoolean && o.attribute == a->id && o.cell == cell) same = &o;
        }
        if (same) {
          auto [cb, ce] = breaks_.SoftClause(m.begin, u.text.size());
          if (NegationOutsideCues(cb, ce)) same->value.truth = false;
          // "Offline use: sorry, Meridian Sync does not work offline": the
          // cue in the clause that names the product stands for both.
          auto [ob, oe] = breaks_.SoftClause(same->b, u.text.size());
          auto names_product = [&](size_t b, size_t e) {
            for (const Mention& x : mentions_)
              if (IsProductMention(x) && x.begin >= b && x.end <= e) return true;
            return false;
          };
          if (!names_product(ob, oe) && names_product(cb, ce)) {
            same->b = m.begin;
            same->e = m.end;
          }
          continue;
        }
        Candidate c;
        c.kind = Kind::kBoolean;
        c.value.kind = Kind::kBoolean;
        c.attribute = a->id;
        c.b = m.begin;
        c.e = m.end;
        c.cell = cell_of(c.b);
        auto [cb, ce] = ClauseWithAnswer(u, m.begin);
        if (c.cell >= 0) {
          cb = std::max(cb, u.cells[c.cell].begin);
          ce = std::min(ce, u.cells[c.cell].end);
        }
        c.value.truth = !NegationOutsideCues(cb, ce);
        // A label's answer that names the feature again is judged where it
        // does ("オフライン：電波が届かない場所でも、オフラインで閲覧いただけ
        // ます": the negation is the place's, in a clause of its own).
        const size_t colon = u.text.find(':', m.end);
        if (!c.value.truth && c.cell < 0 && colon != std::string::npos && CodePoints(u.text, m.end, colon) <= 1) {
          bool again = false, denied = false;
          const size_t he = breaks_.HardClause(m.begin, u.text.size()).second;
          for (const Mention& x : mentions_) {
            if (x.type() != MentionType::kCue || x.term->attribute != a->id || x.begin <= colon || x.end > he) continue;
            again = true;
            auto [xb, xe] = breaks_.SoftClause(x.begin, u.text.size());
            denied = denied || NegationOutsideCues(xb, xe);
          }
          if (again && !denied) {
            c.value.truth = true;
            ce = he;
          }
        }
        // A feature only named ("…のオフライン利用について、…と異なるように
        // 思われます") is no claim: outside a table, a true one needs a word
        // that affirms or states a capacity in its clause.
        if (c.value.truth && c.cell < 0 && !HasWord("affirmative", cb, ce) && !HasWord("capacity_marker", cb, ce) &&
            !HasWord("ability", cb, ce))
          continue;
        out.push_back(c);
      }
    }
    // Rows: a boolean cue in a label or requirement cell takes its value
    // from the answer cell ("Offline mode | Not available").
    if (table && !u.cells.empty()) {
      // The candidate moved to cell k when that cell affirms or denies.
      auto answered_in = [&](const Candidate& c, int k) -> std::optional<Candidate> {
        const auto& cell = u.cells[k];
        if (cell.begin == cell.end) return std::nullopt;
        // An answer word opening the cell decides ("Yes - files … open
        // without a connection"); else any negation in it does
        // (「編集には対応しておりません」).
        const bool neg = HasWord("negation", cell.begin, cell.end);
        if (!neg && !HasWord("affirmative", cell.begin, cell.end)) return std::nullopt;
        bool truth = !neg;
        for (const Mention& m : mentions_) {
          if (m.begin != cell.begin) continue;
          if (IsWord(m, "affirmative")) truth = true;
          if (IsWord(m, "negation")) truth = false;
        }
        Candidate d = c;
        d.value.truth = truth;
        d.cell = k;
        d.b = cell.begin;
        d.e = cell.end;
        return d;
      };
      std::vector<Candidate> more;
      std::vector<size_t> denied;  // members every answer in their row denies
      for (size_t i = 0; i < out.size(); ++i) {
        Candidate& c = out[i];
        if ((c.kind != Kind::kBoolean && c.kind != Kind::kSet) || c.cell < 0) continue;
        const std::string& role = table->Role(c.cell);
        if (IsLabelCell(u, *table, c.cell) && (role.empty() || role == "requirement" || role == "label") &&
            !table->has_answer_column()) {
          // A label column beside one column per product ("Offline use |
          // Not available | Yes", "| ISO/IEC 27001 | 取得済み |"): each
          // answering cell is a claim of its own; a member is claimed where
          // it is affirmed.
          std::vector<Candidate> answers;
          bool any = false;
          for (size_t k = c.cell + 1; k < u.cells.size(); ++k) {
            if (!table->Role(static_cast<int>(k)).empty()) continue;
            auto d = answered_in(c, static_cast<int>(k));
            if (!d) continue;
            any = true;
            if (c.kind == Kind::kSet) {
              if (!d->value.truth) continue;
              d->value.truth = true;
              d->value.kind = Kind::kSet;
              d->affirmed = true;
            }
            answers.push_back(*d);
          }
          if (answers.empty()) {
            if (any) denied.push_back(i);
            continue;
          }
          c = answers[0];
          more.insert(more.end(), answers.begin() + 1, answers.end());
          continue;
        }
        if (c.kind != Kind::kBoolean) continue;
        if (role != "requirement" && role != "label" && !(c.cell == 0 && table->has_answer_column())) continue;
        const int answer = table->AnswerCell(u);
        if (answer < 0 || answer == c.cell) continue;
        if (auto d = answered_in(c, answer)) c = *d;
      }
      for (size_t k = denied.size(); k-- > 0;) out.erase(out.begin() + static_cast<long>(denied[k]));
      out.insert(out.end(), more.begin(), more.end());
    }
    // A price in a row whose label names the billing unit ("Acme Backup (TB)
    // | 85 | $20") is per that unit.
    if (table && !u.cells.empty()) {
      for (Candidate& c : out) {
        if (c.kind != Kind::kMoney || !c.value.per.empty() || c.cell < 0) continue;
        for (const Mention& m : mentions_) {
          if (!IsWord(m, "billing_unit") || m.term->entry->Attr("part") != "basis") continue;
          if (m.begin >= u.cells[c.cell].begin && m.end <= u.cells[c.cell].end) continue;
          // Only a unit standing alone in parentheses: "(TB)", "(users)".
          if (m.begin == 0 || u.text[m.begin - 1] != '(' || m.end >= u.text.size() || u.text[m.end] != ')') continue;
          c.value.per = m.term->entry->Attr("per");
          break;
        }
      }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.b < b.b; });
    // "英国では1ユーザーあたり月額25ポンド、国内では4,400円": a price without a
    // billing unit takes the one of the price before it in its sentence.
    for (size_t i = 1; i < out.size(); ++i) {
      if (out[i].kind != Kind::kMoney || !out[i].value.per.empty()) continue;
      for (size_t k = i; k-- > 0;) {
        if (out[k].kind != Kind::kMoney || out[k].cell != out[i].cell) continue;
        if (breaks_.HardBetween(out[k].e, out[i].b) == 0) out[i].value.per = out[k].value.per;
        break;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- filters
  bool Keep(const Unit& u, const Candidate& c, const TableContext* table) const {
    NormSpan ns = u.Map(c.b, c.e);
    if (layout_.IsStruck(ns.begin, ns.end)) return false;
    if (c.q) {  // "up to ~~500~~ 200": the number struck, its bound word not
      NormSpan nn = u.Map(c.q->number.begin, c.q->number.end);
      if (layout_.IsStruck(nn.begin, nn.end)) return false;
    }
    if (table && c.cell >= 0) {
      const auto& cell = u.cells[c.cell];
      if (cell.header || cell.spanned) return false;
      const std::string& role = table->Role(c.cell);
      if (role == "requirement" || role == "wrong" || role == "label" || role == "deal" || role == "billing_unit")
        return false;
      // A change log (| Version | Date | Change |): only its change column
      // says anything of the products; its dates and numbers are the log's.
      if (role != "changelog") {
        if (table->HasRole("changelog")) return false;
      }
      // A compliance matrix (a requirement column and an answer column): a
      // column of neither, naming no product ("| Requirement | Target |
      // Response |"), holds the requirement's figures.
      const TableColumn* col = table->column(c.cell);
      if (role.empty() && table->has_answer_column() && col && col->products.empty() && table->HasRole("requirement"))
        return false;
      // A question cell is a requirement, whatever its column is called.
      if (QuestionCell(u, c.cell)) return false;
    }
    if (c.kind != Kind::kBoolean && Retracted(u, c)) return false;
    if (AboutTheComparedThing(u, c)) return false;
    if (c.cell < 0 && c.kind != Kind::kSet && c.kind != Kind::kBoolean &&
        (ForeignPossessiveBefore(u, c.b) || ForeignClauseSubject(u, c) || CustomersOwnSubject(u, c)))
      return false;
    if (c.kind != Kind::kSet && c.kind != Kind::kBoolean && (DeniedRightAfter(u, c) || Difference(u, c)))
      return false;
    if (IsBasis(u, c)) return false;
    if (c.kind == Kind::kSet &&
        (Negated(u, c) || CustomersOwn(u, c) || Planned(u, c) || DeniedLater(u, c) || LabelAnsweredByOthers(u, c)))
      return false;
    if (c.kind == Kind::kBoolean && Planned(u, c)) return false;
    if (RequirementContext(u, c) || AnsweredAsRequirement(u, c)) return false;
    if ((c.kind == Kind::kMoney || c.kind == Kind::kCount || c.kind == Kind::kDataSize) && DealContext(u, c))
      return false;
    if ((c.kind == Kind::kMoney || c.kind == Kind::kCount || c.kind == Kind::kDataSize) && table && c.cell >= 0 &&
        RowIsDeal(u, c, *table))
      return false;
    if ((c.kind == Kind::kCount || c.kind == Kind::kDataSize) && ComparedWithLimit(u, c)) return false;
    if (c.kind == Kind::kMoney && SizedByCount(u, c)) return false;
    if (c.kind == Kind::kDate && IsPeriodDate(u, c)) return false;
    if (c.kind == Kind::kCount && !StatesCapacity(u, c, table)) return false;
    return true;
  }

  // A bare count is usually deal sizing ("40 users", 約2,400名); a count
  // states what a product can do when it is bounded ("up to", 最大, 40+),
  // answers a table row, follows its cue as a definition ("Interface
  // languages: 12") or sits in a clause with a capacity word (supports,
  // per tenant, 上限, 対応).
  bool StatesCapacity(const Unit& u, const Candidate& c, const TableContext* table) const {
    if (c.value.bound != claims::Bound::kExact) return true;
    // A quote line (a unit price and a line total in its row): its count
    // is the quantity ordered ("Named user | £25 … | 340 | £102,000").
    if (table && c.cell >= 0) return !QuoteLine(u, c);
    if (CorrectionBefore(u, c)) return true;  // "正しくは200です": as the value it corrects
    // "Meridian Insight has 40 native integrations", "It offers 200
    // dashboards", "Insight now ships 45 connectors": the product's own
    // count, said with the product as subject (one adverb may come between).
    if (const Mention* v = WordJustBefore(u, "product_verb", c.b)) {
      for (const Mention& p : mentions_) {
        if ((IsProductMention(p) || IsWord(p, "anaphora")) && p.end <= v->begin && OneWordAtMost(u.text, p.end, v->begin))
          return true;
      }
    }
    // A definition ("Interface languages: 12"), also past a struck-out old
    // value ("最大ユーザー数: ~~5,000ユーザー~~ 1万ユーザー").
    size_t from = 0;
    for (const Quantity& q : quantities_) {
      const NormSpan qs = u.Map(q.span.begin, q.span.end);
      if (q.span.end <= c.b && layout_.IsStruck(qs.begin, qs.end)) from = std::max(from, q.span.end);
    }
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kCue && m.end <= c.b && c.b - std::max(m.end, from) <= 3 &&
          u.text.find(':', m.end) < c.b)
        return true;
    }
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    // A count of the same things as a capacity earlier in the unit restates
    // it ("the cap is 5,000 users; from April 1 it's 10,000 users").
    if (c.q && !c.q->unit_word.empty()) {
      for (const Quantity& q : quantities_) {
        if (q.value.kind != Kind::kCount || q.span.end > c.b || q.unit_word != c.q->unit_word) continue;
        auto [qb, qe] = breaks_.HardClause(q.span.begin, u.text.size());
        if (q.span.begin >= hb) continue;  // the same clause: judged below
        for (const Mention& m : mentions_)
          if (IsWord(m, "capacity_marker") && m.begin >= qb && m.end <= qe) return true;
      }
    }
    if (RestatesInTimeline(u, c)) return true;
    // "up to 10,000 users, up from 5,000", "up to 5,000 users today, rising
    // to 10,000": a count right after a former marker or a change verb is
    // an earlier capacity's old or new value, a capacity as that one is.
    if (c.q) {
      for (const Mention& m : mentions_) {
        const bool former = IsPeriodMarker(m, "former");
        if (!former && !IsWord(m, "change_verb")) continue;
        if (m.end > c.q->number.begin || CodePoints(u.text, m.end, c.q->number.begin) > 1) continue;
        for (const Quantity& q : quantities_)
          if (q.value.kind == Kind::kCount && q.span.end <= m.begin && q.span.begin >= hb &&
              q.value.bound != claims::Bound::kExact)
            return true;
      }
    }
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "capacity_marker")) continue;
      // Glued to the count: "10k users/tenant".
      if (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 1) return true;
      // In its clause: the soft clause, or the sentence when the value opens it.
      if (m.begin >= sb && m.end <= se) return true;
      if (m.begin >= hb && m.end <= c.b && breaks_.SoftBetween(m.end, c.b) <= 1) {
        bool other = false;
        for (const Quantity& q : quantities_) other = other || (q.value.kind == Kind::kCount && q.span.begin >= m.end && q.span.end <= c.b);
        if (!other) return true;
      }
    }
    return false;
  }

  // The last word of `category` that ends at most `gap` code points (spaces)
  // before `at`, or null.
  const Mention* WordJustBefore(const Unit& u, std::string_view category, size_t at, size_t gap = 1) const {
    const Mention* found = nullptr;
    for (const Mention& m : mentions_) {
      if (IsWord(m, category) && m.end <= at && CodePoints(u.text, m.end, at) <= gap) found = &m;
    }
    return found;
  }

  // A word of `category` starts at most `gap` code points (spaces) after `at`.
  bool WordRightAfter(const Unit& u, std::string_view category, size_t at, size_t gap = 1) const {
    for (const Mention& m : mentions_) {
      if (IsWord(m, category) && m.begin >= at && CodePoints(u.text, at, m.begin) <= gap) return true;
    }
    return false;
  }

  // A negation word stands right before `at` ("not 30 days").
  bool DeniedAt(const Unit& u, size_t at) const { return WordJustBefore(u, "negation", at) != nullptr; }

  // The row holds money before the count and money after it, or two amounts
  // after it in cells of their own (a unit price and a line total: "メリディ
  // アン シンク（1テナント） | 1契約 | 50,000円 | 70％ | 420,000円").
  bool QuoteLine(const Unit& u, const Candidate& c) const {
    bool before = false, after = false;
    std::vector<int> cells_after;
    for (const Quantity& q : quantities_) {
      if (q.value.kind != Kind::kMoney) continue;
      before = before || q.span.end <= c.b;
      after = after || q.span.begin >= c.e;
      if (q.span.begin >= c.e) {
        for (size_t k = 0; k < u.cells.size(); ++k) {
          if (q.span.begin >= u.cells[k].begin && q.span.end <= u.cells[k].end &&
              std::find(cells_after.begin(), cells_after.end(), static_cast<int>(k)) == cells_after.end())
            cells_after.push_back(static_cast<int>(k));
        }
      }
    }
    return (before && after) || cells_after.size() >= 2;
  }

  // The scope a candidate's clause-level checks look in: its cell, its
  // soft or hard clause.
  std::pair<size_t, size_t> CellRange(const Unit& u, const Candidate& c) const {
    if (c.cell >= 0) return {u.cells[c.cell].begin, u.cells[c.cell].end};
    return {0, u.text.size()};
  }

  bool Retracted(const Unit& u, const Candidate& c) const {
    auto [cb, ce] = CellRange(u, c);
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "retraction") || m.begin < cb || m.end > ce) continue;
      const std::string& at = m.term->entry->Attr("at", "before");
      if (at == "before" && m.end <= c.b) {
        size_t gap = CodePoints(u.text, m.end, c.b);
        // Short markers ("not", "instead of") withdraw only what follows them
        // closely: "Not quite: Vault's RPO is 15 minutes" withdraws nothing.
        const size_t max_gap = static_cast<size_t>(m.term->entry->Number("max_gap", 60));
        if (gap > max_gap || breaks_.HardBetween(m.end, c.b) > 0) continue;
        // "(誤)… (正)…": everything up to the correction is withdrawn.
        bool paired = false;
        for (const Mention& x : mentions_) {
          if (IsWord(x, "correction_right") && x.begin >= c.e && x.begin >= m.end) paired = true;
        }
        if (paired) return true;
        // Otherwise only the first value after the marker is.
        bool other = false;
        for (const Quantity& q : quantities_) other = other || (q.span.begin >= m.end && q.span.end <= c.b);
        for (const Mention& x : mentions_) {
          other = other || (x.type() == MentionType::kMember && x.begin >= m.end && x.end <= c.b);
          if (IsWord(x, "correction_right") && x.begin >= m.end && x.end <= c.b) other = true;
        }
        if (!other) return true;
      } else if (at == "after" && m.begin >= c.e) {
        size_t gap = CodePoints(u.text, c.e, m.begin);
        // In the value's own clause: 「…99.95%で、今回の事象は障害ではございません」
        // denies the incident, not the figure.
        if (gap > 16 || breaks_.HardBetween(c.e, m.begin) > 0) continue;
        const std::string_view between = std::string_view(u.text).substr(c.e, m.begin - c.e);
        if (between.find("、") != std::string_view::npos || between.find(',') != std::string_view::npos) continue;
        bool other = false;
        for (const Quantity& q : quantities_) other = other || (q.span.begin >= c.e && q.span.end <= m.begin);
        if (!other) return true;
      }
    }
    return false;
  }

  // "…has a 5 minute RPO, while Corvane quoted up to 1 hour": the value's
  // clause, opened by a clause-break word, has a subject of its own — a
  // capitalized name that is no mention of ours, then a lower-case verb —
  // and names none of our products before the value.
  bool ForeignClauseSubject(const Unit& u, const Candidate& c) const {
    const Mention* opener = nullptr;
    const size_t hb = breaks_.HardClause(c.b, u.text.size()).first;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "clause_break") && m.begin >= hb && m.end <= c.b) opener = &m;
    }
    if (!opener || NamesProductIn(opener->end, c.b, /*anaphora=*/true)) return false;
    const std::string& t = u.text;
    size_t i = opener->end;
    while (i < c.b && t[i] == ' ') ++i;
    size_t j = i;
    while (j < c.b && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
    if (j - i < 3 || !std::isupper(static_cast<unsigned char>(t[i])) || j + 1 >= c.b || t[j] != ' ' ||
        !std::islower(static_cast<unsigned char>(t[j + 1])))
      return false;
    for (const Mention& m : mentions_)
      if (m.begin < j && i < m.end) return false;  // ours, or a word of the language data
    return true;
  }

  // "…beats Corvane's 99.5%", "against Lumetric's £32": a value right after
  // another name's possessive (a capitalized word that is no mention of
  // ours) is that name's.
  bool ForeignPossessiveBefore(const Unit& u, size_t at) const {
    const std::string& t = u.text;
    size_t e = at;
    while (e > 0 && t[e - 1] == ' ') --e;
    size_t s_end;
    if (e >= 2 && t.compare(e - 2, 2, "'s") == 0) {
      s_end = e - 2;
    } else if (e >= 4 && t.compare(e - 4, 4, "\xE2\x80\x99s") == 0) {  // ’s
      s_end = e - 4;
    } else {
      return false;
    }
    size_t b = s_end;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
    if (b == s_end || !std::isupper(static_cast<unsigned char>(t[b]))) return false;
    // Ours: a product, member, cue or word of the language data (It's).
    for (const Mention& m : mentions_)
      if (m.begin < s_end && b < m.end) return false;
    return true;
  }

  // "Compared with Halcyon Backup, which offers a 60-minute RPO, the
  // platform…", "For comparison, Corvid Drive lists 99.99% uptime": a value
  // after a comparison marker in its sentence part, before any product of
  // ours (or a word referring to one) is named there, is the other thing's.
  bool AboutTheComparedThing(const Unit& u, const Candidate& c) const {
    if (c.cell >= 0) return false;
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "comparison_marker") || m.begin < hb || m.end > c.b) continue;
      bool ours = false;
      for (const Mention& p : mentions_) {
        ours = ours || ((IsProductMention(p) || IsWord(p, "anaphora")) && p.begin >= m.end && p.end <= c.b);
      }
      if (!ours) return true;
    }
    return false;
  }

  // The soft clause holding p, and when it ends in a colon, the answer after
  // it ("Offline mode: No", "Linux client: not available").
  std::pair<size_t, size_t> ClauseWithAnswer(const Unit& u, size_t p) const {
    auto [cb, ce] = breaks_.SoftClause(p, u.text.size());
    // A label's colon ("Offline mode: not supported") — not a statement's
    // that goes on to explain ("Sync has an offline mode: files … stay
    // editable without a connection").
    // So is a dot leader's ("Offline mode ......... not available").
    const bool leader = ce < u.text.size() && u.text[ce] == '.' && ce > 0 && u.text[ce - 1] == '.';
    if (ce < u.text.size() && (u.text[ce] == ':' || leader) && !HasWord("product_verb", cb, ce) &&
        !HasWord("ability", cb, ce))
      ce = breaks_.SoftClause(ce + 1, u.text.size()).second;
    return {cb, ce};
  }

  // "ChromeOS is on the roadmap", 「Linux版は対応予定です」: a member said to
  // be planned (planned_marker right after it, or right before) is not
  // supported yet.
  bool Planned(const Unit& u, const Candidate& c) const {
    const size_t he = breaks_.HardClause(c.b, u.text.size()).second;
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "planned_marker")) continue;
      if (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 4) return true;
      if (m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 2) return true;
      // …or it ends the member's sentence as its predicate
      // (「Linux版クライアントについては、現在提供を検討中です（時期未定）」).
      // Not across other members or into a bracket of its own (「対応OSは
      // Windows、macOS…です（Linux版の提供予定はございません）」).
      if (m.begin >= c.e && m.end <= he && CodePoints(u.text, m.end, he) <= 10 && !HasDigitIn(u.text, m.end, he) &&
          !MemberBetween(c, m.begin) && !OpensBracket(u.text, c.e, m.begin))
        return true;
    }
    return false;
  }

  // Another member of the candidate's attribute stands in [c.e, end).
  bool MemberBetween(const Candidate& c, size_t end) const {
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kMember && m.term->attribute == c.attribute && m.begin >= c.e && m.end <= end)
        return true;
    }
    return false;
  }

  // A bracket opens in t[b, e) ("(", "（").
  static bool OpensBracket(std::string_view t, size_t b, size_t e) {
    const std::string_view span = t.substr(b, e - b);
    return span.find('(') != std::string_view::npos || span.find("\xEF\xBC\x88") != std::string_view::npos;
  }

  // 「Linuxにつきましては、…Linux版のご用意はございません」: a member named
  // again in its sentence and denied there is denied throughout — after it,
  // or before it (「Linuxには対応しておりませんので、…PC（Linux）からは…」).
  bool DeniedLater(const Unit& u, const Candidate& c) const {
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kMember || m.term->member != c.value.member || m.begin == c.b) continue;
      if (m.begin >= c.e ? m.end > he : m.end > c.b) continue;
      Candidate again = c;
      again.b = m.begin;
      again.e = m.end;
      if (Negated(u, again)) return true;
    }
    return false;
  }

  // A customer writing of their own things ("Our go-live for the
  // dashboards is Feb 15"): "our" opens the value's sentence, which names
  // none of our products nor refers to one.
  bool CustomersOwnSubject(const Unit& u, const Candidate& c) const {
    if (SpeakerOffice(u) != claims::kUnknownOffice) return false;
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    bool own = false;
    for (const Mention& m : mentions_) {
      if (m.begin < hb || m.end > he) continue;
      if (IsProductMention(m) || IsWord(m, "anaphora")) return false;
      own = own || (IsWord(m, "own_marker") && m.begin == hb && m.end <= c.b);
    }
    return own;
  }

  // A member named in a clause about the customer's own things ("so your
  // two Ubuntu workstations would use the web app") that names none of our
  // products: their environment, not a claim.
  bool CustomersOwn(const Unit& u, const Candidate& c) const {
    if (c.cell >= 0) return false;
    auto [cb, ce] = WithinClauseBreaks(c, breaks_.SoftClause(c.b, u.text.size()));
    // Only a customer's word before the member makes it theirs ("your two
    // Ubuntu workstations"), not one after it ("Tokyo and Osaka available
    // for your APAC subsidiaries").
    if (!HasWord("customer_marker", cb, c.b)) return false;
    size_t customer = cb;  // where the last customer marker before the member ends
    for (const Mention& m : mentions_) {
      if ((IsProductMention(m) || IsWord(m, "anaphora")) && m.begin >= cb && m.end <= ce) return false;
      if (IsWord(m, "customer_marker") && m.begin >= cb && m.end <= c.b) customer = std::max(customer, m.end);
    }
    // …unless the member is ours again after it ("their backups would be
    // hosted in our Frankfurt data centre").
    return !HasWord("own_marker", customer, c.b);
  }

  // A figure denied right after it in its clause (「5分のRPOには対応して
  // おりません」, 「2026年12月ではございません」): value_denial in the language data.
  // A figure named as a figure (「RPO 5分という値は、弊社の公表値ではございません」:
  // quotative right after it) is denied by a value_denial anywhere later in
  // its sentence.
  bool DeniedRightAfter(const Unit& u, const Candidate& c) const {
    size_t ce = breaks_.SoftClause(c.b, u.text.size()).second;
    size_t reach = 8;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "quotative") && m.begin >= c.e && OnlySpaces(u.text, c.e, m.begin)) {
        ce = std::max(ce, breaks_.HardClause(c.b, u.text.size()).second);
        reach = ce - c.e;
      }
    }
    for (const Mention& m : mentions_) {
      if (IsWord(m, "value_denial") && m.begin >= c.e && m.end <= ce &&
          CodePoints(u.text, c.e, m.begin) <= (m.term->entry->Attr("near") == "true" ? 8 : reach))
        return true;
    }
    return false;
  }

  // A figure that is a difference between two values, not a value ("£4 a
  // month cheaper", "cheaper by £4", 「5,000円安く」): difference_marker in
  // the language data, right after the figure (at: after) or right before
  // it (at: before; not before a date, "by January" is a deadline, nor a
  // percentage, "backed by 99.9% uptime"), with nothing but spaces between.
  bool Difference(const Unit& u, const Candidate& c) const {
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "difference_marker")) continue;
      if (m.term->entry->Attr("at") == "before") {
        if (c.kind != Kind::kDate && c.kind != Kind::kPercent && m.end <= c.b && OnlySpaces(u.text, m.end, c.b))
          return true;
      } else if (m.begin >= c.e && OnlySpaces(u.text, c.e, m.begin)) {
        return true;
      }
    }
    return false;
  }

  // "1テナントで最大10,000ユーザー": one of a unit followed by a basis_marker,
  // with another count after it in its clause, is what that count is per.
  bool IsBasis(const Unit& u, const Candidate& c) const {
    if (c.kind != Kind::kCount || !c.q || c.value.amount != 1 || c.q->unit_word.empty()) return false;
    size_t basis_end = 0;
    for (const std::string& w : e_.BasisMarkers()) {
      if (u.text.compare(c.e, w.size(), w) == 0) {
        basis_end = c.e + w.size();
        break;
      }
    }
    if (basis_end == 0) return false;
    const size_t se = breaks_.SoftClause(c.b, u.text.size()).second;
    for (const Quantity& q : quantities_)
      if (q.value.kind == Kind::kCount && q.span.begin >= basis_end && q.span.end <= se) return true;
    return false;
  }

  // A member labelling an answer ("HIPAA: Meridian Sync is ISO 27001
  // certified and we hold a SOC 2 Type II report") is the question's topic
  // when the answer names other members of its attribute and not it again.
  bool LabelAnsweredByOthers(const Unit& u, const Candidate& c) const {
    if (c.cell >= 0 || c.e >= u.text.size() || u.text[c.e] != ':') return false;
    const auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    if (!OnlySpaces(u.text, hb, c.b)) return false;
    bool others = false;
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kMember || m.term->attribute != c.attribute || m.begin <= c.e || m.end > he) continue;
      if (m.term->member == c.value.member) return false;  // named again: answered about itself
      others = true;
    }
    return others;
  }

  bool Negated(const Unit& u, const Candidate& c) const {
    auto [cb, ce] = ClauseWithAnswer(u, c.b);
    auto [rb, re] = CellRange(u, c);
    std::tie(cb, ce) = WithinClauseBreaks(c, {std::max(cb, rb), std::min(ce, re)});
    if (NotUntil(u, c)) return false;
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "negation") || m.begin < cb || m.end > ce) continue;
      if (m.term->entry->Attr("scope") == "next" && (m.end > c.b || CodePoints(u.text, m.end, c.b) > 5)) continue;
      return true;
    }
    return false;
  }

  // "isn't generally available until January 2027": a date right after an
  // "until" that a negation before it in the clause turns round is when
  // the thing begins — the date's own claim, neither denied nor a period.
  bool NotUntil(const Unit& u, const Candidate& c) const {
    if (c.kind != Kind::kDate) return false;
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (!IsPeriodMarker(m, "until")) continue;
      if (m.end > c.b || CodePoints(u.text, m.end, c.b) > 1) continue;
      if (HasWord("negation", sb, m.begin)) return true;
    }
    return false;
  }

  // `scope` narrowed to the clause-break words ("but", "while", とは異なり)
  // nearest the candidate on either side.
  std::pair<size_t, size_t> WithinClauseBreaks(const Candidate& c, std::pair<size_t, size_t> scope) const {
    auto [cb, ce] = scope;
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "clause_break")) continue;
      if (m.end <= c.b && m.end > cb) cb = m.end;
      if (m.begin >= c.e && m.begin < ce) ce = m.begin;
    }
    return {cb, ce};
  }

  // "最大容量 1PB／一部対応／…", "利用者数（3,500名以上） → 対応可", "RPO 15 min |
  // Compliant": a figure followed, with only brackets, separators or an
  // arrow between, by a compliance verdict is the requirement it answers.
  bool AnsweredAsRequirement(const Unit& u, const Candidate& c) const {
    // A feature or member followed by its verdict ("オフライン利用：非対応") is
    // answered there: only a figure is a requirement's.
    if (!c.q) return false;
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "compliance_answer") || m.begin < c.e) continue;
      if (c.cell >= 0 && m.begin >= u.cells[c.cell].end && c.cell + 1 < static_cast<int>(u.cells.size()) &&
          m.begin >= u.cells[c.cell + 1].end)
        continue;  // in a table only the very next cell
      static constexpr std::string_view kSeparators[] = {" ", ")", "(", "/", "／", "|", "→", "->",
                                                         "⇒", "=>", ":", "-", "–", "—", "・"};
      // …and one mark at least: "1PB 一部対応" with a bare space is no answer.
      if (m.begin - c.e <= 16 && OnlyMarksBetween(u, c.e, m.begin, kSeparators, /*conjunctions=*/false) &&
          u.text.substr(c.e, m.begin - c.e).find_first_not_of(' ') != std::string::npos)
        return true;
    }
    return false;
  }

  bool RequirementContext(const Unit& u, const Candidate& c) const {
    auto [cb, ce] = CellRange(u, c);
    bool explicit_product = false;
    // A product named, or referred to (同製品, "it"), in the unit.
    for (const Mention& m : mentions_) {
      explicit_product = explicit_product ||
                         ((IsProductMention(m) || IsWord(m, "anaphora")) && m.begin >= cb && m.end <= ce);
    }
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "requirement_marker") || m.begin < cb || m.end > ce) continue;
      if (RequirementMet(u, m, c)) continue;
      // A note in brackets after the value explains it: 「非対応（オンライン
      // 接続が必要です）」 is no customer requirement.
      {
        const size_t open = u.text.rfind('(', m.begin);
        const bool in_note = open != std::string::npos && open > c.b && open >= cb &&
                             u.text.find(')', open) >= m.end;
        if (in_note) continue;
      }
      if (!explicit_product) return true;
      // A label ("要件: 利用者数 12,000名以上", "Requirement: …") governs the
      // rest of its line, whatever the next line joined to it says.
      if (LabelLineGoverns(u, m, c)) return true;
      // Only the clause the marker governs, and a bracketed list right
      // after it (「貴社の要件（利用者8,000名以上、RPO 15分以内）に対し…」).
      auto [hb, he] = breaks_.SoftClause(m.begin, u.text.size());
      // A bracketed aside right before the marker is inside its clause
      // (「最低でも1年（365日）必要です」).
      if (hb > 0 && u.text[hb - 1] == ')') {
        const size_t aside = u.text.rfind('(', hb - 1);
        if (aside != std::string::npos && aside > 0) hb = breaks_.SoftClause(aside - 1, u.text.size()).first;
      }
      if (c.b >= hb && c.e <= he) return true;
      size_t open = m.end;
      while (open < u.text.size() && u.text[open] == ' ') ++open;
      if (open < c.b && u.text[open] == '(') {
        const size_t close = u.text.find(')', open);
        if (close != std::string::npos && c.e <= close) return true;
      }
    }
    return false;
  }

  // `marker` ends with or is followed by a colon, and c lies after it on the
  // same physical line of the unit.
  bool LabelLineGoverns(const Unit& u, const Mention& marker, const Candidate& c) const {
    size_t k = marker.end;
    while (k < u.text.size() && u.text[k] == ' ') ++k;
    bool colon = (marker.end > 0 && u.text[marker.end - 1] == ':') || (k < u.text.size() && u.text[k] == ':');
    // …or a short clause that ends in a colon: "the district's requirement
    // is unchanged: we need …".
    if (!colon) {
      const size_t at = u.text.find(':', marker.end);
      const auto [sb, se] = breaks_.SoftClause(marker.begin, u.text.size());
      if (at != std::string::npos && at < c.b && at < se + 1 && CodePoints(u.text, marker.end, at) <= 24) {
        k = at;
        colon = true;
      }
    }
    if (!colon || c.b < marker.end) return false;
    size_t line_end = u.text.size();
    for (const auto& piece : u.pieces) {
      if (piece.unit_begin > marker.begin) {
        line_end = piece.unit_begin;
        break;
      }
    }
    return c.e <= line_end;
  }

  // The requirement is said to be met ("meets your requirement",
  // 「貴社要件を満たします」): a verb of requirement_met within a few code
  // points of the marker, in its soft clause — and the value is not the
  // requirement's own, between the two (「ご要件の30分以内を満たしております」).
  bool RequirementMet(const Unit& u, const Mention& marker, const Candidate& c) const {
    constexpr size_t kNear = 8;
    auto [sb, se] = breaks_.SoftClause(marker.begin, u.text.size());
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "requirement_met") || m.begin < sb || m.end > se) continue;
      const size_t lo = std::min(m.begin, marker.begin), hi = std::max(m.end, marker.end);
      if (c.b >= lo && c.e <= hi) continue;
      if (m.begin >= marker.end && CodePoints(u.text, marker.end, m.begin) <= kNear) return true;
      if (m.end <= marker.begin && CodePoints(u.text, m.end, marker.begin) <= kNear) return true;
    }
    return false;
  }

  bool DealContext(const Unit& u, const Candidate& c) const {
    auto [cb, ce] = CellRange(u, c);
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    cb = std::max(cb, hb);
    ce = std::min(ce, he);
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "deal_marker")) continue;
      // An operator (×, x, *) is arithmetic only right after a number, and
      // only what it multiplies by is deal arithmetic: the unit price before
      // it ("月額50,000円 × 1テナント", "$399 x 40") is the product's price.
      const bool op = m.term->entry->Attr("operator") == "true";
      if (op && !AfterNumber(u, m.begin)) continue;
      // Before the value in its sentence part — unless a product named
      // between, in a later clause, starts the statement afresh ("For your
      // budget paper, the list price for Meridian Sync remains £329").
      if (m.begin >= cb && m.end <= c.b) {
        // (The deal word's own clause holds no figure: 「合計162,000円・税抜、
        // ボールトの容量40TB分」 stays a deal's.)
        bool anew = false;
        if (breaks_.SoftBetween(m.end, c.b) > 0) {
          anew = NamesProductIn(m.end, c.b);
          auto [db, de] = breaks_.SoftClause(m.begin, u.text.size());
          for (const Quantity& q : quantities_) anew = anew && !(q.span.begin >= db && q.span.end <= de);
        }
        if (!anew) return true;
      }
      if (!op && m.begin >= c.e && m.end <= ce && CodePoints(u.text, c.e, m.begin) <= 3 && c.kind != Kind::kCount)
        return true;
    }
    if ((c.kind == Kind::kCount || c.kind == Kind::kDataSize) && c.q) {
      for (const Mention& m : mentions_) {
        if (!IsWord(m, "deal_target")) continue;
        if (c.kind == Kind::kDataSize) {
          // "40 TB for your archive" is the deal's; "1 TB for each user",
          // a cue right after the word, says what the size is per.
          if (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 1 && !CueRightAfter(u, m.end)) return true;
          continue;
        }
        // Right before the number ("for 6,000+ users", 従業員約1,900名) or
        // right after its unit word ("1,240 staff", 35名様分).
        size_t before_gap = m.end <= c.q->number.begin ? CodePoints(u.text, m.end, c.q->number.begin) : 999;
        size_t after_gap = m.begin >= c.q->number.end ? CodePoints(u.text, c.q->number.end, m.begin) : 999;
        // …unless a capacity word in the clause says whose the figure is
        // (「上限は現在5,000ユーザー」: the limit, currently).
        if (before_gap <= 2 && !HasBoundBetween(m.end, c.q->number.begin) && !CapacityBefore(u, m.begin)) return true;
        // A word after the number is a head count's ("1,240 staff", 35名様分),
        // not when the count is an upper bound (最大1万名様まで: a capacity).
        if (c.value.bound == claims::Bound::kMax) continue;
        if (m.begin >= c.q->number.end && after_gap <= 1) return true;
        if (m.begin < c.q->number.end && m.end > c.q->number.end) return true;  // 名様分 glued to the number
      }
    }
    return false;
  }

  // A capacity word (上限, "limit") right before `at` in its clause, with a
  // topic or copula at most between ("上限は現在", "the limit is now").
  bool CapacityBefore(const Unit& u, size_t at) const {
    const size_t sb = breaks_.SoftClause(at, u.text.size()).first;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "capacity_marker") && m.begin >= sb && m.end <= at && CodePoints(u.text, m.end, at) <= 4)
        return true;
    }
    return false;
  }

  // A cue begins at most one code point (a space) after `at`.
  bool CueRightAfter(const Unit& u, size_t at) const {
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kCue && m.begin >= at && CodePoints(u.text, at, m.begin) <= 1) return true;
    }
    return false;
  }

  // A number ends at most two code points (spaces) before `at`.
  bool AfterNumber(const Unit& u, size_t at) const {
    for (const Quantity& q : quantities_) {
      if (q.span.end <= at && CodePoints(u.text, q.span.end, at) <= 2) return true;
    }
    size_t i = at;
    while (i > 0 && u.text[i - 1] == ' ') --i;
    return i > 0 && std::isdigit(static_cast<unsigned char>(u.text[i - 1]));
  }

  // A row whose label says it is a total, a quantity or what is in use
  // ("Monthly total", "Seats in use") holds deal figures.
  // A requirement cell's own figures ("the Council has 2,400 staff") say
  // nothing about the answer beside it.
  // Who an item is for ("principals and office staff") makes no deal of a
  // figure in a unit-price column: that is the item's list price.
  // Cell `cell` of row `u` asks a question ("Is RPO under 30 minutes?",
  // 「容量の上限はありますか。」): the customer's requirement.
  bool QuestionCell(const Unit& u, int cell) const {
    const auto& range = u.cells[cell];
    std::string_view ct = std::string_view(u.text).substr(range.begin, range.end - range.begin);
    while (!ct.empty() && ct.back() == ' ') ct.remove_suffix(1);
    if (!ct.empty() && ct.back() == '?') return true;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "question_marker") && m.begin >= range.begin && m.end <= range.end &&
          m.term->entry->Attr("at", "any") == "any")
        return true;
    }
    return false;
  }

  bool RowIsDeal(const Unit& u, const Candidate& c, const TableContext& table) const {
    const bool unit_price = table.Role(c.cell) == "unit_price";
    for (size_t k = 0; k < u.cells.size(); ++k) {
      if (static_cast<int>(k) == c.cell) continue;
      if (static_cast<int>(k) > c.cell) break;
      const std::string& role = table.Role(static_cast<int>(k));
      // The customer's requirement or question ("想定データ量は初年度45TB…
      // 上限はありますか。") sizes their deal, not the answer beside it.
      if (role == "requirement" || QuestionCell(u, static_cast<int>(k))) continue;
      // The quantity beside a unit price ("20TB×12ヶ月") is the deal's, not
      // the price's.
      if (unit_price && role == "deal") continue;
      for (const Mention& m : mentions_) {
        if (m.begin < u.cells[k].begin || m.end > u.cells[k].end) continue;
        if (IsWord(m, "deal_marker") && !(unit_price && m.term->entry->Attr("operator") == "true")) return true;
        if (IsWord(m, "deal_target") && m.end - m.begin >= 5 && !unit_price) return true;
      }
    }
    return false;
  }

  // "supports up to 5,000 users, comfortably above the 2,900 people": an
  // exact figure after a bounded one of the same kind is compared with the
  // limit, not stated as one.
  bool ComparedWithLimit(const Unit& u, const Candidate& c) const {
    if (c.value.bound != claims::Bound::kExact) return false;
    if (CorrectionBefore(u, c)) return false;  // "「300」…、正しくは200": replaced, not compared
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    auto [cb, ce] = CellRange(u, c);
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    bool earlier = false, earlier_in_clause = false;
    for (const Quantity& q : quantities_) {
      // A struck value ("~~100TB~~ 500TB") is withdrawn, not compared with.
      const NormSpan qs = u.Map(q.span.begin, q.span.end);
      if (layout_.IsStruck(qs.begin, qs.end)) continue;
      if (q.value.kind == c.kind && q.span.end <= c.b && q.span.begin >= std::max(hb, cb)) {
        earlier = true;
        earlier_in_clause = earlier_in_clause || q.span.begin >= sb;
      }
    }
    if (!earlier) return false;
    // …unless a clause of its own names one of our products ("Corvid Drive
    // caps storage at 500 GB per user, while every Meridian Sync user gets
    // 1 TB")…
    if (!earlier_in_clause && NamesProductIn(sb, se)) return false;
    // …or states a capacity of its own in its clause, or the next step of a
    // timeline — or the step before, in a period its clause names ("up to
    // 10,000 users, up from 5,000 until the end of March").
    for (const Mention& m : mentions_) {
      if (IsWord(m, "capacity_marker") && m.begin >= sb && m.end <= se) return false;
    }
    if (!earlier_in_clause && PeriodDateIn(Facts(u), c.e, se)) return false;
    return !RestatesInTimeline(u, c);
  }

  // A timeline in one sentence (「2025年度までは5,000ユーザー、2026年度から
  // は1万ユーザー」, "5,000 users until March 2026 and 10,000 users from
  // April"): a count placed in a period of its own (its clause holds a date
  // with a period marker) restates the count of the same things claimed
  // before it in the unit.
  bool RestatesInTimeline(const Unit& u, const Candidate& c) const {
    if (!c.q || c.q->unit_word.empty()) return false;
    bool earlier = false;
    for (const auto& [word, end] : unit_counts_) earlier = earlier || (word == c.q->unit_word && end <= c.b);
    if (!earlier) return false;
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    return PeriodDateIn(Facts(u), std::max(sb, unit_counts_.back().second), se);
  }

  // "15名様でご利用の場合、月額60,000円", "the data team of 6 would be $180": a
  // price after a plain head count in its sentence is that deal's total.
  // So is a price after a plain amount of data ("For your 60 TB that's £960
  // a month") unless it is a price per unit of data ("$20 per TB").
  bool SizedByCount(const Unit& u, const Candidate& c) const {
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    const bool per_data = !c.value.per.empty() && c.value.per != "month" && c.value.per != "year" &&
                          c.value.per != "once" && c.value.per.find("user") == std::string::npos;
    for (const Quantity& q : quantities_) {
      if (q.value.bound != claims::Bound::kExact || q.span.begin < hb || q.span.end > c.b) continue;
      // …or a count of whom the deal is for ("the data team of 6 would be…")
      // — not one counting a set's members (「東京・大阪の2拠点で、1TBあたり
      // 月額2,500円」: its unit word is a cue of a set attribute).
      if (q.value.kind == Kind::kCount && (!q.unit_word.empty() || DealTargetRightBefore(u, q.number.begin)) &&
          !CountsMembers(q))
        return true;
      // …in the price's own clause: "1 TB of storage per user, $399/month"
      // lists two claims.
      if (q.value.kind == Kind::kDataSize && !per_data && breaks_.SoftBetween(q.span.end, c.b) == 0) return true;
      // …or the customer's size, in a clause before ("At the 40 TB you
      // mentioned, that would be roughly £640 a month").
      if (q.value.kind == Kind::kDataSize && !per_data && WordRightAfter(u, "reported_speech", q.span.end)) return true;
    }
    return false;
  }

  // A count whose unit word is a cue of a set attribute ("2拠点", "4 regions"):
  // it counts members, not people or data.
  bool CountsMembers(const Quantity& q) const {
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue || m.begin < q.number.end || m.begin > q.number.end + 1) continue;
      const claims::Attribute* a = CompanyAttribute(m.term->attribute);
      if (a && a->kind == Kind::kSet) return true;
    }
    return false;
  }

  bool DealTargetRightBefore(const Unit& u, size_t at) const {
    for (const Mention& m : mentions_) {
      if (IsWord(m, "deal_target") && m.end <= at && CodePoints(u.text, m.end, at) <= 1) return true;
    }
    return false;
  }

  bool HasBoundBetween(size_t b, size_t e) const {
    // A bound word sits between: the parser put it inside the quantity span
    // (a bound after the number, 300名以上, is not between).
    if (b >= e) return false;
    for (const Quantity& q : quantities_) {
      if (q.span.begin <= b && q.number.begin >= e && q.value.bound != claims::Bound::kExact) return true;
    }
    return false;
  }

  // A date that only places another value in time ("until March 2026",
  // 「2026年4月以降」) states no date claim of its own.
  bool IsPeriodDate(const Unit& u, const Candidate& c) const {
    if (NotUntil(u, c)) return false;
    for (const Mention& m : mentions_) {
      // "in January 2027" places nothing unless the sentence is past.
      if (!IsWord(m, "period_marker") || m.term->entry->Attr("means") == "during" || !MarkerApplies(Facts(u), m, c.b)) continue;
      size_t before = m.end <= c.b ? CodePoints(u.text, m.end, c.b) : 999;
      size_t after = m.begin >= c.e ? CodePoints(u.text, c.e, m.begin) : 999;
      if (before <= 1 || after <= 1) {
        // …unless an availability cue sits right beside the date, or closes
        // the clause after it with no other value between ("From January
        // 2027, when Meridian Insight becomes generally available, it will
        // be £25…": the date is the availability's too).
        auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
        for (const Mention& x : mentions_) {
          if (x.type() != MentionType::kCue) continue;
          size_t d = x.end <= c.b ? CodePoints(u.text, x.end, c.b) : x.begin >= c.e ? CodePoints(u.text, c.e, x.begin) : 0;
          const claims::Attribute* a = CompanyAttribute(x.term->attribute);
          if (!a || a->kind != Kind::kDate) continue;
          if (d <= 4) return false;
          if (x.begin >= c.e && x.end <= he && d <= 50 && breaks_.SoftBetween(c.e, x.begin) <= 1) {
            bool value_between = false;
            for (const Quantity& q : quantities_) value_between = value_between || (q.span.begin >= c.e && q.span.end <= x.begin);
            if (!value_between) return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- products
  std::vector<int> ProductsFor(const Unit& u, const Candidate& c, const TableContext* table) {
    auto [sb, se] = CellRange(u, c);
    // 1. Named in the same cell or sentence: the nearest before, else after.
    const Mention* before = nullptr;
    const Mention* after = nullptr;
    const Mention* anaphor = nullptr;
    for (const Mention& m : mentions_) {
      if (m.begin < sb || m.end > se) continue;
      if (IsProductMention(m)) {
        if (m.end <= c.b) before = &m;
        else if (m.begin >= c.e && !after && !ClauseEndsBetween(c.e, m.begin)) after = &m;
      } else if (IsWord(m, "anaphora") && m.end <= c.b) {
        anaphor = &m;
      }
    }
    if (HasWord("respectively", 0, u.text.size())) {
      if (auto p = Respectively(u, c); p >= 0) return {p};
    }
    if (anaphor && (!before || anaphor->begin > before->end)) {
      auto r = Resolve(u, *anaphor);
      if (!r.empty()) return r;
    }
    // "Vault's SLA is 99.95%, a notch above the 99.9% we commit to on
    // Meridian Sync": a product named after the value in the value's own
    // clause outweighs one named before it in an earlier clause.
    if (before && after && c.cell < 0) {
      auto [cb, ce] = breaks_.SoftClause(c.b, u.text.size());
      if (before->end <= cb && after->begin >= c.e && after->end <= ce) return {after->term->product};
    }
    if (before) {
      if (int joined = JoinedBefore(u, *before, sb); joined >= 0 && joined != before->term->product)
        return {joined, before->term->product};
      return {before->term->product};
    }
    if (after) return {after->term->product};
    // An anaphor after the value in the same sentence part ("…, it says").
    for (const Mention& m : mentions_) {
      if (IsWord(m, "anaphora") && m.begin >= sb && m.end <= se && (m.end <= c.b || !ClauseEndsBetween(c.e, m.begin))) {
        auto r = Resolve(u, m);
        if (!r.empty()) return r;
      }
    }
    // 2. Table context.
    if (table && c.cell >= 0) {
      const TableColumn* col = table->column(c.cell);
      if (col && col->products.size() == 1) return {col->products[0]};
      if (col && col->products.size() == 2 && IsBoth(col->header_text)) return col->products;
      // 「両製品共通」 naming neither: the two products the document named.
      if (col && col->products.empty() && IsBoth(col->header_text) && st_.products_named.size() >= 2)
        return {st_.products_named[0], st_.products_named[1]};
      // A table that gives its products columns of their own: a value in a
      // column that names none ("Pinecrest asks for") is no product's. The
      // first column's header is the table's corner, not a product column
      // ("| Meridian Insight | Detail |": the table is that product's).
      const TableColumn* corner = table->column(0);
      if (col && col->products.empty() && c.cell > 0) {
        for (size_t k = 1; k < table->columns().size(); ++k)
          if (!table->columns()[k].products.empty()) return {};
      }
      // Other cells of the row (label, product, rowspan cells), nearest first.
      for (int k = c.cell - 1; k >= 0; --k) {
        auto r = ProductsInRange(u, u.cells[k].begin, u.cells[k].end);
        if (!r.empty()) return r;
      }
      for (size_t k = c.cell + 1; k < u.cells.size(); ++k) {
        const std::string& role = table->Role(static_cast<int>(k));
        if (role == "requirement") continue;
        auto r = ProductsInRange(u, u.cells[k].begin, u.cells[k].end);
        if (!r.empty()) return r;
      }
      // A blank cell before the value repeats the one above it, as a drawn
      // table leaves a product's further rows blank under its name.
      for (int k = c.cell - 1; k >= 0; --k) {
        if (u.cells[k].begin != u.cells[k].end) continue;
        auto r = ProductAbove(u, u.cells[k].column);
        if (!r.empty()) return r;
      }
      // A line item of its own is no product's, whatever the table's title.
      if (OtherLineItem(u, c)) return {};
      if (corner && c.cell > 0 && corner->products.size() == 1) return corner->products;
      const std::vector<int>& caption = table->caption_products();
      if (caption.size() == 1 || (table->caption_both() && caption.size() == 2)) return caption;
    }
    // 3. A governing heading (innermost first) naming exactly one product —
    // unless the sentence is about the customer's own things ("Your current
    // tool keeps history for 12 months", 「御社の現行システムは…」).
    if (HasWord("customer_marker", 0, c.b) && !OursAgainBefore(c.b) && !CueBeforeCustomer(u, c)) return {};
    for (auto it = u.headings.rbegin(); it != u.headings.rend(); ++it) {
      const std::vector<int>& hp = unit_products_[*it];
      if (hp.size() == 1 || both_heading_[*it]) return hp;
      if (hp.size() > 1) break;
    }
    // 4. The sentence that leads into a list ("here is a short summary of
    // Meridian Vault" / "- Hosting: … our London and Frankfurt data
    // centres"), naming one product, governs the list's items as a heading.
    // A table's lead governs only the columns whose header names an
    // attribute ("Price per TB / month"), not a schedule's or an event's.
    const TableColumn* cued = table && c.cell >= 0 ? table->column(c.cell) : nullptr;
    if (u.kind != UnitKind::kRow || (cued && !cued->cues.empty())) {
      if (int lead = ListLead(u); lead >= 0) return {lead};
    }
    // 5. A later sentence of a list item whose first sentence named one
    // product (「・オプション：メリディアン インサイトによる可視化。1ユーザー
    // あたり月額4,000円でご提供いたします。」).
    if (int item = ItemProduct(u); item >= 0) return {item};
    return {};
  }

  // The one product an earlier sentence of u's list item names, or -1.
  int ItemProduct(const Unit& u) const {
    // Japanese leaves the subject out; an English sentence without one names
    // something else ("Seven-year retention … is a separate service").
    if (u.kind != UnitKind::kBullet || !IsJapanese(u.text)) return -1;
    const int self = static_cast<int>(&u - units_.data());
    for (int j = self - 1; j >= 0; --j) {
      const Unit& prev = units_[j];
      if (prev.kind != UnitKind::kBullet || prev.zone != u.zone || prev.line < 0 || prev.line > u.line) return -1;
      // Another item starts after prev: prev is not of u's item.
      for (int l = prev.line + 1; l <= u.line; ++l)
        if (layout_.lines[l].kind == text::LineKind::kBullet) return -1;
      if (unit_products_[j].size() == 1) return unit_products_[j][0];
      if (!unit_products_[j].empty() || layout_.lines[prev.line].kind == text::LineKind::kBullet) return -1;
    }
    return -1;
  }

  // The sentence's subject is a cue of the value's kind standing before the
  // first customer marker: the customer's words only qualify it ("Queries
  // on your shipment history return in under one second"), unlike "Your
  // current tool keeps history for 12 months".
  bool CueBeforeCustomer(const Unit& u, const Candidate& c) const {
    size_t first_customer = u.text.size();
    for (const Mention& m : mentions_)
      if (IsWord(m, "customer_marker")) first_customer = std::min(first_customer, m.begin);
    const size_t hb = breaks_.HardClause(c.b, u.text.size()).first;
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue || m.begin < hb || m.end > first_customer) continue;
      const claims::Attribute* a = CompanyAttribute(m.term->attribute);
      if (a && a->kind == c.kind) return true;
    }
    return false;
  }

  // An own_marker ("our") after the last customer marker before `at`.
  bool OursAgainBefore(size_t at) const {
    size_t customer = 0;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "customer_marker") && m.end <= at) customer = std::max(customer, m.end);
    }
    return HasWord("own_marker", customer, at);
  }

  // The one product named by the sentence right before the list `u` is an
  // item of, when no item before `u` names another; else -1.
  // So does the sentence right before a table ("Here is the Meridian Vault
  // pricing for Kestrel (Japan regions)." over "Region | Price per TB | …").
  int ListLead(const Unit& u) const {
    if (u.kind != UnitKind::kBullet && u.kind != UnitKind::kRow) return -1;
    const auto same_voice = [&](const Unit& x) { return x.zone == u.zone && x.author == u.author; };
    const auto same_list = [&](const Unit& x) {
      return x.kind == u.kind && same_voice(x) && (u.kind != UnitKind::kRow || x.table == u.table);
    };
    int i = static_cast<int>(&u - units_.data());
    while (i > 0 && same_list(units_[i - 1])) --i;
    if (i == 0) return -1;
    const Unit& lead = units_[i - 1];
    if (lead.kind != UnitKind::kSentence || !same_voice(lead) || unit_products_[i - 1].size() != 1) return -1;
    // A list of questions ("下記の点についてご教示いただけますでしょうか。",
    // "Could you confirm the following?") asks; its items claim nothing.
    if (IsQuestion(lead, RawMentions(i - 1))) return -1;
    const int product = unit_products_[i - 1][0];
    for (int k = i; &units_[k] != &u; ++k) {
      for (int p : unit_products_[k])
        if (p != product) return -1;
    }
    return product;
  }

  // "Meridian Sync and Meridian Vault customers get…", 「シンクとボールトは…」:
  // the product joined to `m` by a conjunction right before it (no value
  // between), or -1.
  int JoinedBefore(const Unit& u, const Mention& m, size_t floor) const {
    const Mention* conj = WordJustBefore(u, "conjunction", m.begin);
    if (!conj || conj->begin < floor) return -1;
    for (const Mention& x : mentions_) {
      if (IsProductMention(x) && x.end <= conj->begin && x.begin >= floor && CodePoints(u.text, x.end, conj->begin) <= 1) {
        for (const Quantity& q : quantities_)
          if (q.span.begin >= x.end && q.span.end <= m.begin) return -1;
        return x.term->product;
      }
    }
    return -1;
  }

  // A row of a line-item table whose item names neither a product nor an
  // attribute, where another row's item names a product: an item of its own
  // ("初期導入支援サービス | 300,000円 | 1式" under "メリディアン シンク 月額
  // 基本料金 | 50,000円／月"), not the product the section is about.
  //
  // The item is the row's first cell with a letter in it: a line number
  // before it ("| 3 | Implementation services | $18,500.00 |") is no item.
  static int ItemCell(const Unit& u) {
    for (size_t k = 0; k < u.cells.size(); ++k) {
      const auto& cell = u.cells[k];
      for (size_t i = cell.begin; i < cell.end; ++i) {
        const auto ch = static_cast<unsigned char>(u.text[i]);
        if (std::isalpha(ch) || ch >= 0x80) return static_cast<int>(k);
      }
    }
    return -1;
  }

  bool OtherLineItem(const Unit& u, const Candidate& c) {
    const int item = ItemCell(u);
    if (item < 0 || c.cell <= item) return false;
    for (const Mention& m : mentions_) {
      if (m.begin >= u.cells[item].begin && m.end <= u.cells[item].end &&
          (IsProductMention(m) || m.type() == MentionType::kCue || IsWord(m, "anaphora")))
        return false;
    }
    // Rows of the table whose item names a product (found once).
    auto [it, fresh] = item_rows_.try_emplace(u.table);
    if (fresh) {
      for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
        const Unit& r = units_[i];
        if (r.kind != UnitKind::kRow || r.table != u.table || r.cells.empty()) continue;
        const int ri = ItemCell(r);
        if (ri < 0) continue;
        for (const Mention& m : RawMentions(i)) {
          if (IsProductMention(m) && m.begin >= r.cells[ri].begin && m.end <= r.cells[ri].end) {
            it->second.push_back(i);
            break;
          }
        }
      }
    }
    const int self = static_cast<int>(&u - units_.data());
    for (int i : it->second)
      if (i != self) return true;
    return false;
  }

  // A cell spanning several product columns (colspan) speaks for each of
  // their products ("Data location | Frankfurt" across Sync and Vault).
  std::vector<int> SpanProducts(const Unit& u, const Candidate& c, const TableContext& table,
                                const std::vector<int>& alone) const {
    std::vector<int> all = alone;
    for (size_t k = 0; k < u.cells.size(); ++k) {
      const TableColumn* col = table.column(static_cast<int>(k));
      if (!col || u.cells[k].span_group != u.cells[c.cell].span_group || col->products.size() != 1) continue;
      const int p = col->products[0];
      if (std::find(all.begin(), all.end(), p) == all.end()) all.push_back(p);
    }
    return all;
  }

  // A sentence part ends between b and e: a hard break, or a clause-break
  // word ("…caps storage at 500 GB per user, while every Meridian Sync user
  // gets 1 TB": the product after "while" is not the first value's).
  bool ClauseEndsBetween(size_t b, size_t e) const {
    if (breaks_.HardBetween(b, e) > 0) return true;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "clause_break") && m.begin >= b && m.end <= e) return true;
    }
    return false;
  }

  // Products named in [b, e) of the row (or what an anaphor there means).
  // The products named in column `col` of the nearest row above `u` (in its
  // table, below the header) whose cell there is not blank.
  std::vector<int> ProductAbove(const Unit& u, int col) const {
    if (u.table < 0 || u.row < 0) return {};
    const text::Table& t = layout_.tables[u.table];
    for (int r = u.row - 1; r >= t.header_rows; --r) {
      if (col < 0 || col >= static_cast<int>(t.rows[r].size())) return {};
      std::string text;
      for (const NormSpan& p : t.rows[r][col].pieces) text += layout_.Text(p);
      if (text.find_first_not_of(' ') == std::string::npos) continue;
      std::vector<int> out;
      for (const Mention& m : e_.FindMentions(text, AsciiLower(text))) {
        if (IsProductMention(m) && std::find(out.begin(), out.end(), m.term->product) == out.end())
          out.push_back(m.term->product);
      }
      if (out.size() > 1) return {};
      return out;
    }
    return {};
  }

  std::vector<int> ProductsInRange(const Unit& u, size_t b, size_t e) {
    std::vector<int> out;
    for (const Mention& m : mentions_) {
      if (m.begin < b || m.end > e) continue;
      if (IsProductMention(m)) {
        if (std::find(out.begin(), out.end(), m.term->product) == out.end()) out.push_back(m.term->product);
      }
    }
    if (out.size() > 1) return {};
    if (!out.empty()) return out;
    for (const Mention& m : mentions_) {
      if (m.begin >= b && m.end <= e && IsWord(m, "anaphora")) return Resolve(u, m);
    }
    return {};
  }

  // The unit starts (after a list marker or number) with a name of two or
  // more capitalized words that ends before `at`, is followed by a
  // lower-case word (its verb), and is no mention of ours (no product,
  // office, member or cue).
  bool ForeignSubjectBefore(const Unit& u, size_t at) const {
    const std::string& t = u.text;
    size_t i = 0;
    while (i < t.size() && !std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    int names = 0;
    size_t end = i;
    while (i < t.size() && std::isupper(static_cast<unsigned char>(t[i]))) {
      size_t j = i + 1;
      while (j < t.size() && std::isalnum(static_cast<unsigned char>(t[j]))) ++j;
      for (const Mention& m : mentions_) {
        if (m.begin < j && i < m.end && m.type() != MentionType::kWord) return false;
      }
      ++names;
      end = j;
      i = j;
      if (i < t.size() && t[i] == ' ') ++i;
    }
    if (names < 2 || end > at || i >= t.size()) return false;
    return std::islower(static_cast<unsigned char>(t[i])) != 0;
  }

  bool IsBoth(const std::string& text) const {
    for (const Term* t : e_.CategoryTerms("anaphora")) {
      if (t->entry && t->entry->Attr("refers") == "both" && AsciiLower(text).find(t->word) != std::string::npos) return true;
    }
    return false;
  }

  std::vector<int> Resolve(const Unit& u, const Mention& anaphor) {
    const std::string& refers = anaphor.term->entry->Attr("refers", "last");
    // "Kestrel Backup quotes a 4-hour RPO on its standard plan": a pronoun
    // in a sentence whose subject is a name none of ours means that name.
    if (anaphor.term->entry->Attr("pronoun") == "true" && ForeignSubjectBefore(u, anaphor.begin)) return {};
    if (refers == "both") {
      if (st_.products_named.size() >= 2) return {st_.products_named[0], st_.products_named[1]};
      return {};
    }
    // Products named earlier in this unit, else in the last unit that named any.
    std::vector<int> here;
    for (const Mention& m : mentions_) {
      if (IsProductMention(m) && m.end <= anaphor.begin) here.push_back(m.term->product);
    }
    auto it = last_products_.find(ZoneKey(u));
    const std::vector<int>* prev = it == last_products_.end() ? nullptr : &it->second;
    if (refers == "former" || refers == "latter") {
      std::vector<int> pool;
      const std::vector<int>& src = here.size() >= 2 ? here : (prev ? *prev : here);
      for (int p : src) {
        if (std::find(pool.begin(), pool.end(), p) == pool.end()) pool.push_back(p);
      }
      // …else the pair a governing heading names (「## ボールトとシンクの役割
      // 分担」 … 「後者は…」), in its order.
      if (pool.size() < 2) {
        for (auto h = u.headings.rbegin(); h != u.headings.rend(); ++h) {
          if (unit_products_[*h].size() >= 2) return {unit_products_[*h][refers == "former" ? 0 : 1]};
        }
        return {};
      }
      // A pair named earlier ("Unlike Vault, … Sync …") keeps the order in
      // which the document introduced it.
      if (&src != &here) {
        auto rank = [&](int p) {
          auto it = std::find(st_.products_named.begin(), st_.products_named.end(), p);
          return it - st_.products_named.begin();
        };
        std::stable_sort(pool.begin(), pool.end(), [&](int a, int b) { return rank(a) < rank(b); });
      }
      return {refers == "former" ? pool[0] : pool[1]};
    }
    if (!here.empty()) return {here.back()};
    if (prev && !prev->empty()) return {prev->back()};
    // An answer under a quoted question: 同製品 there means what the question
    // named ("> ①メリディアン シンクの上限は？" / 「同製品は…」).
    if (u.zone == Zone::kBody && !last_products_any_.empty()) return {last_products_any_.back()};
    // A quoted block may refer to what the reply named.
    if (!st_.products_named.empty() && u.zone == Zone::kBody) return {};
    return {};
  }

  int Respectively(const Unit& u, const Candidate& c) const {
    std::vector<int> products;
    for (const Mention& m : mentions_) {
      if (IsProductMention(m) && std::find(products.begin(), products.end(), m.term->product) == products.end())
        products.push_back(m.term->product);
    }
    if (products.size() < 2) return -1;
    std::vector<size_t> same;
    for (const Quantity& q : quantities_) {
      if (q.value.kind == c.kind) same.push_back(q.span.begin);
    }
    if (same.size() != products.size()) return -1;
    for (size_t i = 0; i < same.size(); ++i) {
      if (same[i] == c.b) return products[i];
    }
    return -1;
  }

  // ---------------------------------------------------------------- attributes
  struct Choice {
    const claims::Attribute* attribute = nullptr;
    int score = kNoScore;
    int key = kNoScore;  // the rank among the product's attributes (lower wins)
  };

  Choice AttributeFor(const Unit& u, const Candidate& c, int product, const TableContext* table) const {
    Choice best;
    for (const claims::Attribute* a : e_.AttributesOf(product)) {
      if (a->kind != c.kind) continue;
      if ((c.kind == Kind::kSet || c.kind == Kind::kBoolean) && a->id != c.attribute) continue;
      int score = CueScore(u, c, *a, table);
      bool has_claims = e_.HasClaims(product, a);
      if (c.kind == Kind::kMoney) {
        int per = PerScore(c.value.per, a->unit);
        if (per == kNoScore) continue;
        // "1エージェントあたり月額4,980円": a cue naming what the price is per
        // outweighs a nearby period word.
        bool period_only = c.value.per.empty() || c.value.per == "month" || c.value.per == "year";
        if (period_only && score <= 15 && a->unit.find('-') != std::string::npos && CueInClause(u, c, *a)) score -= 8;
        score = std::min(score, kCueLimit + 1) + per;
        // A bare price in a sentence naming the product ("Meridian Insight
        // is $30") is its one known price; one the product only governs from
        // a heading or a sentence before ("Travel is capped at $4,000 per
        // phase") is not.
        if (score > kCueLimit && has_claims && AttributesWithClaims(product, Kind::kMoney) == 1 && c.value.per.empty() &&
            ProductInUnit())
          score = kCueLimit - 5;
      }
      // So is a bounded size ("メリディアン・ボールトは最大2PBまで保存可能"):
      // the product's one known size, when the sentence names the product.
      if (c.kind == Kind::kDataSize && score > kCueLimit && has_claims && c.value.bound == claims::Bound::kMax &&
          AttributesWithClaims(product, Kind::kDataSize) == 1 && ProductInUnit())
        score = kCueLimit - 5;
      // A member with no cue of its attribute near is the product's only
      // when the product is named beside it: in its clause, or in its row
      // ("Meridian Sync runs on Windows, macOS…"; not "…, and my colleague
      // in London will prepare the quote", nor an address in a footer).
      if (c.kind == Kind::kSet && score > kCueLimit && has_claims && (ProductBeside(u, c) || ContinuesMembers(u, c, *a)))
        score = kCueLimit - 10;
      // "| Windows | ✓ |" under a product's column: the member is its attribute's.
      if (c.affirmed && score > kCueLimit) score = kCueLimit - 10;
      // The clause's subject, however long ("the SLA we sign up to for our
      // file-sharing product Meridian Sync is 99.9%").
      if (score > kCueLimit && c.kind != Kind::kSet && c.kind != Kind::kBoolean && SubjectCue(u, c, *a))
        score = kCueLimit - 1;
      // Prefer what the base knows of this product; then the closer cue;
      // of two durations, the one stated in a unit nearer the value's ("ninety
      // days" fits a retention in days better than an RPO in minutes). Up to
      // three units apart (days and years) that only ranks; further apart
      // ("three years" for a latency in seconds) the cue must be that much
      // closer too.
      const int steps = c.kind == Kind::kDuration && !a->unit.empty() ? UnitDistance(c.value.unit, a->unit) : 0;
      if (steps > 3 && score < kNoScore) score += steps * 10;
      const int key = score >= kNoScore ? kNoScore : (score + steps * 10) * 4 + (has_claims ? 0 : 2);
      if (key < best.key) best = Choice{a, score, key};
    }
    if (best.score > kCueLimit) return Choice{};
    // A price the base knows no such attribute of for this product, while a
    // cue of one it does know stands in the sentence ("容量単価は…月額2,800円":
    // 月額 is only the billing period of the capacity unit price).
    if (c.kind == Kind::kMoney && !e_.HasClaims(product, best.attribute)) {
      Choice known;
      for (const claims::Attribute* a : e_.AttributesOf(product)) {
        if (a->kind != Kind::kMoney || !e_.HasClaims(product, a)) continue;
        const int per = PerScore(c.value.per, a->unit);
        if (per == kNoScore) continue;
        const int score = CueScore(u, c, *a, table);
        if (score <= kCueLimit && score < known.score) known = Choice{a, score};
      }
      if (known.attribute) return known;
    }
    // A date cue already answered by a date in an earlier clause of the
    // sentence does not reach a date in a clause of its own ("一般提供は
    // 2027年1月予定とのことで、11月の稼働開始時点では…": that November is
    // the customer's go-live) — unless a list joins them.
    if (c.kind == Kind::kDate && c.cell < 0 && best.attribute && !CueInClause(u, c, *best.attribute)) {
      const size_t hb = breaks_.HardClause(c.b, u.text.size()).first;
      bool joined = false;  // "…, and March 2027 in Japan"
      for (const Mention& m : mentions_)
        joined = joined || (IsWord(m, "conjunction") && m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 1);
      for (const auto& [attribute, end] : unit_values_) {
        if (joined || attribute != best.attribute || end > c.b || end < hb || breaks_.SoftBetween(end, c.b) == 0)
          continue;
        if (CodePoints(u.text, end, c.b) > 6) return Choice{};  // more than a list's joining marks
      }
    }
    // An attribute the base has no value for this product would make an
    // `unverified` finding: it takes a close cue, not a distant one.
    if (!e_.HasClaims(product, best.attribute) && c.kind != Kind::kSet &&
        best.score > (c.cell >= 0 ? kRowCueLimit : kWeakCueLimit) && !SubjectCue(u, c, *best.attribute) &&
        !ContinuesList(c, *best.attribute))
      return Choice{};
    return best;
  }

  // The member continues a list whose member before it, joined by list
  // words alone (", ", " and ", 「、」, 「・」), was claimed for `a` ("the
  // others are Frankfurt, Tokyo and Osaka").
  bool ContinuesMembers(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
    const Mention* prev = nullptr;
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kMember && m.term->attribute == a.id && m.end <= c.b && (!prev || m.end > prev->end))
        prev = &m;
    }
    if (!prev) return false;
    bool claimed = false;
    for (const auto& [attribute, end] : unit_values_) claimed = claimed || (attribute == &a && end == prev->end);
    if (!claimed) return false;
    static constexpr std::string_view kListMarks[] = {",", "、", "・", "/", " "};
    // A short bracketed qualifier after a member ("Osaka (Japan), Oregon
    // (US), Frankfurt (Germany)") is part of the list.
    if (OnlyMarksBetween(u, prev->end, c.b, kListMarks, /*conjunctions=*/true, /*qualifiers=*/true)) return true;
    return ParallelClauseMembers(u, c, a, prev->end);
  }

  // A semicolon joins a clause to the one before it as its parallel: a list
  // of the set's members in it, with no cue of another attribute, continues
  // the members claimed before ("…with the replica in Osaka; EU customers are
  // served from Frankfurt and London"). One member alone is not a list ("…;
  // the workshop is in Frankfurt").
  bool ParallelClauseMembers(const Unit& u, const Candidate& c, const claims::Attribute& a, size_t prev_end) const {
    if (breaks_.HardBetween(prev_end, c.b) != 1) return false;
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    if (hb == 0 || u.text[hb - 1] != ';') return false;
    int members = 0;
    for (const Mention& m : mentions_) {
      if (m.begin < hb || m.end > he) continue;
      if (m.type() == MentionType::kCue && m.term->attribute != a.id) return false;
      if (m.type() == MentionType::kMember && m.term->attribute == a.id) ++members;
    }
    return members >= 2;
  }

  // [b, e) of u.text is made of `marks` alone — and of conjunction words
  // ("and", 「と」) when `conjunctions`, and of short bracketed words with no
  // digit ("(Japan)") when `qualifiers`.
  template <size_t N>
  bool OnlyMarksBetween(const Unit& u, size_t b, size_t e, const std::string_view (&marks)[N], bool conjunctions,
                        bool qualifiers = false) const {
    for (size_t i = b; i < e;) {
      if (qualifiers && u.text[i] == '(') {
        const size_t close = u.text.find(')', i);
        if (close < e && close - i <= 24 && !HasDigitIn(u.text, i, close)) {
          i = close + 1;
          continue;
        }
      }
      const Mention* conj = nullptr;
      if (conjunctions) {
        for (const Mention& m : mentions_)
          if (IsWord(m, "conjunction") && m.begin == i && m.end <= e) conj = &m;
      }
      if (conj) {
        i = conj->end;
        continue;
      }
      bool mark = false;
      for (std::string_view s : marks) {
        if (u.text.compare(i, s.size(), s) == 0) {
          i += s.size();
          mark = true;
          break;
        }
      }
      if (!mark) return false;
    }
    return true;
  }

  // The company-wide declaration of a cue's attribute, or null.
  const claims::Attribute* CompanyAttribute(const std::string& id) const {
    auto it = base_.attributes.find(id);
    return it == base_.attributes.end() ? nullptr : &it->second;
  }

  // The value continues a list of one attribute's values in its unit
  // (「シンクの稼働率は99.9%、ボールトは99.95%、インサイトは99.5%」): an
  // earlier value there already took that attribute, and no cue of another
  // attribute of its kind stands between them.
  bool ContinuesList(const Candidate& c, const claims::Attribute& a) const {
    for (const auto& [attribute, end] : unit_values_) {
      if (attribute != &a || end > c.b) continue;
      bool other = false;
      for (const Mention& m : mentions_) {
        if (m.type() != MentionType::kCue || m.begin < end || m.end > c.b || m.term->attribute == a.id) continue;
        const claims::Attribute* x = CompanyAttribute(m.term->attribute);
        other = other || (x && x->kind == a.kind);
      }
      if (!other) return true;
    }
    return false;
  }

  // A product name or an anaphor in the unit (the sentence, the row).
  bool ProductInUnit() const { return NamesProductIn(0, cur_->text.size(), /*anaphora=*/true); }

  // A product named in [b, e) of the unit; with `anaphora`, or referred to.
  bool NamesProductIn(size_t b, size_t e, bool anaphora = false) const {
    for (const Mention& m : mentions_) {
      if ((IsProductMention(m) || (anaphora && IsWord(m, "anaphora"))) && m.begin >= b && m.end <= e) return true;
    }
    return false;
  }

  // A product named (or referred to) in c's soft clause, or in its row —
  // or beside another member of the same set in c's sentence part, which c
  // continues ("in Frankfurt or, on request, in our Dublin facility").
  bool ProductBeside(const Unit& u, const Candidate& c, bool follow_list = true) const {
    auto [b, e] = c.cell >= 0 ? std::pair<size_t, size_t>{0, u.text.size()} : breaks_.SoftClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if ((IsProductMention(m) || IsWord(m, "anaphora")) && m.begin >= b && m.end <= e) return true;
    }
    if (!follow_list || c.cell >= 0) return false;
    auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kMember || m.term->attribute != c.attribute || m.begin == c.b) continue;
      if (m.begin < hb || m.end > he) continue;
      Candidate other = c;
      other.b = m.begin;
      other.e = m.end;
      if (ProductBeside(u, other, false)) return true;
    }
    return false;
  }

  // A cue of `a` in the value's own soft clause (not in a list item before it).
  bool CueInClause(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kCue && m.term->attribute == a.id && m.begin >= sb && m.end <= se) return true;
    }
    return false;
  }

  // The cue is the subject of the value's clause: before it in the same
  // soft clause, at most kSubjectCueLimit code points away, with no other cue or
  // value between ("Vault's RTO for a typical clinic server is about 4 hours").
  bool SubjectCue(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
    if (c.cell >= 0) return false;
    auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
    // A value in brackets after its clause is that clause's ("RTO agreed
    // per contract (typically 4-8 hours)").
    if (sb > 0 && u.text[sb - 1] == '(') sb = breaks_.SoftClause(sb - 1, u.text.size()).first;
    // An apposition after the product is part of the subject ("The official
    // release of Meridian Insight, the analysis service, is scheduled for…").
    if (sb >= 2 && u.text[sb - 1] == ',') {
      const size_t ab = breaks_.SoftClause(sb - 2, u.text.size()).first;  // the apposition's start
      if (ab >= 2 && u.text[ab - 1] == ',' && CodePoints(u.text, ab, sb - 1) <= 40 && !HasDigitIn(u.text, ab, sb - 1)) {
        for (const Mention& p : mentions_)
          if (IsProductMention(p) && p.end == ab - 1) sb = breaks_.SoftClause(p.begin, u.text.size()).first;
      }
    }
    // A label before a colon opening the sentence names the subject's
    // attribute ("RTO: Meridian Vault brings a file server back within 4
    // hours").
    if (sb > 0 && u.text[sb - 1] == ':') {
      const size_t lb = breaks_.SoftClause(sb - 1, u.text.size()).first;
      if (lb == breaks_.HardClause(sb - 1, u.text.size()).first && CodePoints(u.text, lb, sb - 1) <= 30) sb = lb;
    }
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue || m.term->attribute != a.id || m.begin < sb || m.end > c.b) continue;
      // Not when the subject is the customer's thing ("your renewal keeps
      // that rate for another 12 months"); the customer's things after the
      // cue only qualify it ("Vault's RTO for a full restore of your file
      // shares is about 1.5 hours").
      if (HasWord("customer_marker", sb, m.begin)) continue;
      if (static_cast<int>(CodePoints(u.text, m.end, c.b)) > kSubjectCueLimit) continue;
      // Not another value's own unit word (「最大1万ユーザーまで1テナントで」).
      bool inside = false;
      for (const Quantity& q : quantities_) inside = inside || (m.begin >= q.span.begin && m.end <= q.span.end);
      if (inside) continue;
      // A cue of another kind of value between ("… for a full tenant
      // restore is 6 hours": tenant is a capacity's cue) competes for none.
      bool between = false;
      for (const Mention& x : mentions_) {
        if (x.type() != MentionType::kCue || x.begin < m.end || x.end > c.b) continue;
        const claims::Attribute* cue_attr = CompanyAttribute(x.term->attribute);
        between = between || !cue_attr || cue_attr->kind == c.kind;
      }
      for (const Quantity& q : quantities_) between = between || (q.span.begin >= m.end && q.span.end <= c.b);
      if (!between) return true;
    }
    return false;
  }

  // How many attributes of `kind` the base has values of for `product`.
  int AttributesWithClaims(int product, Kind kind) const {
    int n = 0;
    for (const claims::Attribute* a : e_.AttributesOf(product)) {
      if (a->kind == kind && e_.HasClaims(product, a)) ++n;
    }
    return n;
  }

  // How well a stated billing unit fits an attribute's unit: negative is a
  // fit, kNoScore rules it out ("per TB" is never a per-user price).
  static int PerScore(const std::string& stated, const std::string& unit) {
    auto parts = [](const std::string& s) {
      std::vector<std::string> out;
      size_t b = 0;
      while (b <= s.size()) {
        size_t e = s.find('-', b);
        if (e == std::string::npos) e = s.size();
        if (e > b) out.push_back(AsciiLower(s.substr(b, e - b)));
        b = e + 1;
      }
      return out;
    };
    auto sp = parts(stated), up = parts(unit);
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    static const char* kPeriods[] = {"month", "year", "once", "day", "week", "quarter"};
    auto is_period = [&](const std::string& x) {
      for (const char* p : kPeriods) {
        if (x == p) return true;
      }
      return false;
    };
    if (sp.empty()) return 0;
    // A one-off fee is never a recurring price, nor the reverse.
    if (has(sp, "once") != has(up, "once")) return kNoScore;
    // Every non-period part of the stated unit must be in the attribute's,
    // and vice versa ("TB" vs "user").
    for (const auto& x : sp) {
      if (!is_period(x) && !has(up, x)) return kNoScore;
    }
    bool stated_basis = false;
    for (const auto& x : sp) stated_basis = stated_basis || !is_period(x);
    for (const auto& x : up) {
      // A price stated per month only may still be a per-user price whose
      // basis the text gives elsewhere ("1エージェントあたり月額…").
      if (!is_period(x) && !has(sp, x)) {
        if (stated_basis) return kNoScore;
        bool periods_fit = true;
        for (const auto& y : sp) periods_fit = periods_fit && has(up, y);
        return periods_fit ? -20 : 0;
      }
    }
    return -20;
  }

  // A cue set aside by the words beside it ("priced per workspace rather
  // than per user", 「ユーザー単位ではなく」): cue_denial in the language data.
  bool CueDenied(const Unit& u, const Mention& cue) const {
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "cue_denial")) continue;
      const bool after = m.term->entry->Attr("at") == "after";
      if (!after && m.end <= cue.begin && CodePoints(u.text, m.end, cue.begin) <= 1) return true;
      if (after && m.begin >= cue.end && CodePoints(u.text, cue.end, m.begin) <= 1) return true;
    }
    return false;
  }

  // The cue of another attribute of `kind` joined to `cue` by a cue_joiner
  // right before it (before) or right after it (after), or null.
  const Mention* JoinedCue(const Unit& u, const Mention& cue, Kind kind, bool before) const {
    for (const std::string& j : e_.CueJoiners()) {
      // The joiner's span: right after the cue, or right before it.
      if (before ? cue.begin < j.size() || u.text.compare(cue.begin - j.size(), j.size(), j) != 0
                 : u.text.compare(cue.end, j.size(), j) != 0)
        continue;
      const size_t at = before ? cue.begin - j.size() : cue.end + j.size();
      for (const Mention& x : mentions_) {
        if (x.type() != MentionType::kCue || x.term->attribute == cue.term->attribute) continue;
        if (before ? x.end != at : x.begin != at) continue;
        const claims::Attribute* xa = CompanyAttribute(x.term->attribute);
        if (xa && xa->kind == kind) return &x;
      }
    }
    return nullptr;
  }

  int CueScore(const Unit& u, const Candidate& c, const claims::Attribute& a, const TableContext* table) const {
    int best = kNoScore;
    auto [sb, se] = CellRange(u, c);
    const bool owned_elsewhere = table && table->AnotherColumnCues(c.cell, a.id);
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue || m.term->attribute != a.id) continue;
      if (a.kind != Kind::kBoolean && CueDenied(u, m)) continue;  // a boolean's denial is its value
      // 「1ファイルあたりの上限は50GB」: a cue joined (cue_joiner) to a later
      // cue of another attribute of its kind says what that one is of — it
      // reads to the end of the later cue, and the later cue yields to it.
      if (JoinedCue(u, m, a.kind, /*before=*/true)) continue;
      const Mention* head = JoinedCue(u, m, a.kind, /*before=*/false);
      const size_t m_end = head ? head->end : m.end;
      bool in_scope = m.begin >= sb && m_end <= se;
      int score;
      if (in_scope) {
        size_t lo = std::min(m_end, c.b), hi = std::max(m.begin, c.e);
        bool overlap = m.begin < c.e && c.b < m_end;
        int gap = overlap ? 0 : static_cast<int>(m_end <= c.b ? CodePoints(u.text, m_end, c.b) : CodePoints(u.text, c.e, m.begin));
        score = gap + 15 * breaks_.HardBetween(lo, hi) + 4 * breaks_.SoftBetween(lo, hi);
        // The count's own unit word ("10,000 users", 1万ユーザー) ties it hardest.
        if (c.kind == Kind::kCount && OwnUnitCue(u, c, m)) score = -10;
        // A count's cue is its unit word or precedes it in its clause
        // ("ダッシュボード上限は200"); a cue after it belongs to something else,
        // and a count whose own unit word names something else ("14,000
        // tickets") takes no cue from before it.
        if (c.kind == Kind::kCount && score != -10 && m.end <= c.b && NamesOtherThing(u, c)) continue;
        // "…topped out at 5,000 users; today the limit is 10,000": a bare
        // count restating an earlier count of its sentence takes that
        // count's unit word.
        if (c.kind == Kind::kCount && score != -10 && RestatesCountOf(u, c, m)) {
          best = std::min(best, 30);
          continue;
        }
        // A count takes a cue before it in its clause, or across a label's
        // colon or dot leader ("Users: up to 10,000", "Users ..... 10,000").
        if (c.kind == Kind::kCount && score != -10 &&
            (m.begin >= c.e ||
             (breaks_.SoftBetween(m.end, c.b) > 0 &&
              !(breaks_.SoftBetween(m.end, c.b) == 1 &&
                (u.text.find(':', m.end) < c.b || u.text.find(" ...", m.end) < c.b)))))
          continue;
        // Another value of the same kind between them is closer to the cue —
        // unless a product named between that value and this one makes them
        // items of one list ("SLA: Vault 99.95%, Sync 99.9%", 「稼働率は
        // ボールトが99.95%、シンクが99.9%」), which share the cue.
        for (const Quantity& q : quantities_) {
          if (q.value.kind != c.kind || q.span.begin < lo || q.span.end > hi || q.span.begin == c.b) continue;
          // A value denied right where it stands ("90 days, not 30 days,
          // for Vault's retention") claims no cue.
          if (DeniedAt(u, q.span.begin)) continue;
          const size_t qb = std::min(q.span.end, c.b), qe = std::max(q.span.begin, c.e);
          // …and the value has a product of its own before it in its clause
          // ("先月の展示会で、…インサイトは2026年12月に正式リリース": 先月 is
          // no item of a list).
          const bool listed =
              NamesProductIn(qb, qe) && NamesProductIn(breaks_.SoftClause(c.b, u.text.size()).first, c.b);
          if (!listed) score += 20;
        }
        // A cue after the value that leads straight into another value of
        // its kind is that value's ("within an hour, with an RPO of a
        // quarter of an hour").
        bool others = false;
        if (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) > 2) {  // "15-minute RPO and 90-day…": its own
          for (const Quantity& q : quantities_) {
            others = others || (q.value.kind == c.kind && q.span.begin >= m.end &&
                                CodePoints(u.text, m.end, q.span.begin) <= 6 &&
                                breaks_.SoftBetween(m.end, q.span.begin) == 0);
          }
        }
        if (others) continue;
      } else if (c.cell >= 0 && !owned_elsewhere) {
        // A cue elsewhere in the row (the label or requirement beside the answer).
        int k = -1;
        for (size_t x = 0; x < u.cells.size(); ++x) {
          if (m.begin >= u.cells[x].begin && m.end <= u.cells[x].end) k = static_cast<int>(x);
        }
        if (k < 0) continue;
        const std::string& role = table ? table->Role(k) : std::string();
        // Another product's cell speaks for its own value only ("| Storage |
        // 1 TB per user | up to 500 TB |" under "| | Sync | Vault |").
        if (table && k != c.cell) {
          const TableColumn* own = table->column(c.cell);
          const TableColumn* other = table->column(k);
          if (own && other && !own->products.empty() && !other->products.empty() && own->products != other->products)
            continue;
        }
        // Values in other cells of the row that could claim this cue first;
        // of the plain label cells, the nearest speaks for the value
        // ("Capacity | Largest single file | 5 TB": the file's size, not a
        // capacity); a requirement cell speaks for its answer however far.
        score = (role == "requirement" || role == "label" || k < c.cell) ? 30 : 40;
        if (k < c.cell && role.empty()) score += 3 * (c.cell - k - 1);
      } else {
        continue;
      }
      best = std::min(best, score);
    }
    if (owned_elsewhere) return best;  // only the value's own cell speaks
    if (const TableColumn* col = table ? table->column(c.cell) : nullptr) {
      for (const Mention& m : col->cues) {
        if (m.term->attribute == a.id) best = std::min(best, 35);
      }
      for (const Mention& m : table->caption_cues()) {
        if (m.term->attribute == a.id) best = std::min(best, 45);
      }
    }
    // Cues in a governing lead-in line or heading: the innermost heading
    // and the lead-ins inside it, not a document title far above
    // (「経営ダッシュボード導入のご提案」 over 「1億行規模のデータ」).
    bool heading_seen = false;
    for (auto it = u.headings.rbegin(); it != u.headings.rend(); ++it) {
      const Unit& h = units_[*it];
      if (h.heading_level != 9) {
        if (heading_seen) break;
        heading_seen = true;
      }
      if (HeadingCues(*it, a.id)) {
        best = std::min(best, h.heading_level == 9 ? 40 : 50);
        break;
      }
    }
    return best;
  }

  // The count's unit word is a noun of its own (Latin or katakana, not a
  // bare counter like 個 or 件) and no cue word starts there.
  bool NamesOtherThing(const Unit& u, const Candidate& c) const {
    if (!c.q || c.q->unit_word.empty()) return false;
    const std::string& w = c.q->unit_word;
    bool latin = std::isalpha(static_cast<unsigned char>(w[0])) != 0;
    bool katakana = w.size() >= 3 && static_cast<unsigned char>(w[0]) == 0xE3 &&
                    (static_cast<unsigned char>(w[1]) == 0x82 || static_cast<unsigned char>(w[1]) == 0x83);
    if (!latin && !katakana) return false;
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kCue && OwnUnitCue(u, c, m)) return false;
    }
    return true;
  }

  // `m` is the unit word of the count right before c in its unit (one
  // sentence or item), and c, a number with no unit word, follows it in the
  // next clause or sentence part with no other count between.
  bool RestatesCountOf(const Unit& u, const Candidate& c, const Mention& m) const {
    if (!c.q || !c.q->unit_word.empty() || m.end > c.b) return false;
    // A bare number: nothing glued to it (1つ, 10k, 5x).
    const size_t after = c.q->number.end;
    if (after < u.text.size()) {
      const unsigned char next = static_cast<unsigned char>(u.text[after]);
      if (next >= 0x80 || std::isalnum(next)) return false;
    }
    const Quantity* prev = nullptr;
    for (const Quantity& q : quantities_) {
      if (q.value.kind == Kind::kCount && q.span.end <= c.b && q.span.begin != c.b) prev = &q;
    }
    if (!prev || prev->number.end > m.begin || CodePoints(u.text, prev->number.end, m.begin) > 3) return false;
    return breaks_.HardBetween(prev->span.end, c.b) <= 1;
  }

  // A cue right after a count's number is what it counts ("10,000 users",
  // 1万ユーザー), also past words that only qualify it ("45 native data
  // sources", "10,000 named users": count_qualifier in the language data).
  bool OwnUnitCue(const Unit& u, const Candidate& c, const Mention& m) const {
    if (!c.q || m.begin < c.q->number.end || breaks_.SoftBetween(c.q->number.end, m.begin) > 0) return false;
    if (CodePoints(u.text, c.q->number.end, m.begin) <= 3) return true;
    // 「30種類以上のデータソース」: the count's counter, a bound, then の.
    {
      std::string_view gap = std::string_view(u.text).substr(c.q->number.end, m.begin - c.q->number.end);
      if (!c.q->unit_word.empty() && StartsWith(gap, c.q->unit_word) && CodePoints(u.text, c.q->number.end, m.begin) <= 8 &&
          gap.size() >= 3 && gap.substr(gap.size() - 3) == "\xE3\x81\xAE")  // の
        return true;
    }
    size_t at = c.q->number.end;
    while (at < m.begin && u.text[at] == '+') ++at;  // "150+ native connectors"
    int words = 0;
    while (at < m.begin && words < 3) {
      if (u.text[at] != ' ') return false;
      ++at;
      if (at == m.begin) return words > 0;
      const Mention* q = nullptr;
      for (const Mention& x : mentions_) {
        if (x.begin == at && IsWord(x, "count_qualifier")) q = &x;
      }
      if (!q) return false;
      at = q->end;
      ++words;
    }
    return false;
  }

  static int UnitDistance(const std::string& a, const std::string& b) {
    static const char* kOrder[] = {"milliseconds", "seconds", "minutes", "hours", "days", "weeks", "months", "years"};
    int ia = -1, ib = -1;
    for (int i = 0; i < 8; ++i) {
      if (a == kOrder[i]) ia = i;
      if (b == kOrder[i]) ib = i;
    }
    if (ia < 0 || ib < 0) return 0;
    return std::abs(ia - ib);
  }

  // The period a column header names, for a value right after it.
  Placement HeaderPeriod(const std::string& header) const {
    ParseContext context;
    context.as_of = in_.as_of;
    const std::vector<Mention> ms = e_.FindMentions(header, AsciiLower(header));
    const std::vector<Quantity> qs = e_.quantities().Parse(header, context);
    bool dated = false;
    for (const Quantity& q : qs) dated = dated || q.value.kind == Kind::kDate;
    if (!dated) return {};
    const Breaks breaks = FindBreaks(header);
    return PlaceInTime(UnitFacts{header, ms, qs, breaks}, header.size(), header.size(), in_.as_of);
  }

  // What time placement (period.h) reads of the unit being read.
  UnitFacts Facts(const Unit& u) const { return UnitFacts{u.text, mentions_, quantities_, breaks_}; }

  // The mentions found in unit `index`, before any are dropped: found once
  // per unit (a heading is asked again for every value it governs).
  const std::vector<Mention>& RawMentions(int index) const {
    auto& found = raw_mentions_[index];
    if (!found) found = e_.FindMentions(units_[index].text, units_[index].lower);
    return *found;
  }

  // Code points in s[b, e): how far apart two things in a unit are is asked
  // for every value against every mention, so for the unit being read the
  // count comes from a prefix sum built once (other texts are counted).
  size_t CodePoints(std::string_view s, size_t b, size_t e) const {
    if (!cur_ || s.data() != cur_->text.data() || s.size() != cur_->text.size())
      return onevoice::extract::CodePoints(s, b, e);
    if (e <= b || b >= s.size()) return 0;
    e = std::min(e, s.size());
    if (code_points_of_ != cur_) {
      code_points_of_ = cur_;
      code_points_before_.resize(s.size() + 1);
      uint32_t n = 0;
      for (size_t i = 0; i < s.size(); ++i) {
        code_points_before_[i] = n;
        n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
      }
      code_points_before_[s.size()] = n;
    }
    return code_points_before_[e] - code_points_before_[b];
  }

  bool HeadingCues(int heading, const std::string& attribute) const {
    for (const Mention& m : RawMentions(heading)) {
      if (m.type() == MentionType::kCue && m.term->attribute == attribute) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- claims
  void Emit(const Unit& u, const Candidate& c, int product, const TableContext* table) {
    Choice choice = AttributeFor(u, c, product, table);
    if (!choice.attribute) choice.attribute = CorrectedAttribute(u, c, product);
    if (!choice.attribute) return;
    const claims::Attribute& a = *choice.attribute;
    Claim claim;
    claim.product = base_.products[product].id;
    claim.attribute = a.id;
    claim.value = c.value;
    claim.part = in_.part;
    claim.span = ToSource(u, c.b, c.e);
    if (c.q) claim.number = ToSource(u, c.q->number.begin, c.q->number.end);
    claim.unit_span = ToSource(u, 0, u.text.size());
    claim.unit_text = u.text;
    claim.quoted = quoted_;
    claim.office = reported_ ? std::string(claims::kUnknownOffice) : speaker_;
    claim.as_of = in_.as_of;
    // A range of counts is a range of what the attribute counts ("1万〜2万
    // ユーザー": {min 10000, max 20000, unit users}).
    if (c.kind == Kind::kCount && claim.value.bound == claims::Bound::kRange) claim.value.unit = a.unit;
    if (c.kind == Kind::kMoney) {
      claim.value.per = FillPer(c.value.per, a.unit);
      // A section's or document's tax note speaks of the office's own
      // currency (VAT of pounds, 消費税 of yen), not of a dollar price; a
      // table's caption or column header speaks of every amount in it
      // ("List prices by office; all amounts exclude VAT, sales tax and
      // consumption tax").
      // A row's label cell states it for the row ("| List price (ex VAT) |
      // £329 / month | £16 / TB / month |").
      if (claim.value.tax == claims::Tax::kUnstated && table && c.cell > 0 && !u.cells.empty())
        claim.value.tax = StatedTax(mentions_, u.cells[0].begin, u.cells[0].end);
      if (claim.value.tax == claims::Tax::kUnstated) {
        claim.value.tax = OfficeCurrency() == claim.value.currency ? ContextTax(u, c, table) : (table ? table->Tax(c.cell) : claims::Tax::kUnstated);
      }
    }
    Placement placed = PlaceInTime(Facts(u), c.b, c.e, in_.as_of);
    // A cell under a column headed by a period ("| Today | From April 1,
    // 2026 |") is in that period, as a value after that header would be.
    if (placed.as_of.empty() && !placed.former && table && c.cell >= 0) {
      if (const TableColumn* col = table->column(c.cell); col && !col->header_text.empty()) {
        auto [it, fresh] = header_periods_.try_emplace({u.table, c.cell});
        if (fresh) it->second = HeaderPeriod(col->header_text);  // once per column, not per row
        placed = it->second;
      }
    }
    if (!placed.as_of.empty()) claim.as_of = placed.as_of;
    claim.former = placed.former;
    unit_values_.push_back({choice.attribute, c.e});
    if (c.kind == Kind::kCount && c.q && !c.q->unit_word.empty()) unit_counts_.push_back({c.q->unit_word, c.e});
    claim_voices_.push_back({ZoneKey(u), speaker_});
    out_.claims.push_back(std::move(claim));
  }

  // The correction marker right before a value ("the right figure is", 正しくは), or null.
  const Mention* CorrectionBefore(const Unit& u, const Candidate& c) const {
    const Mention* marker = nullptr;
    for (const Mention& m : mentions_) {
      if (IsWord(m, "correction_right") && m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 3) marker = &m;
    }
    return marker;
  }

  // "…keeps backups for 30 days; the right figure is 90 days": a value right
  // after a correction marker, with no cue of its own, corrects the value of
  // the last cue of its kind before the marker in the unit.
  const claims::Attribute* CorrectedAttribute(const Unit& u, const Candidate& c, int product) const {
    const Mention* marker = CorrectionBefore(u, c);
    if (!marker) return nullptr;
    const claims::Attribute* found = nullptr;
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue || m.end > marker->begin) continue;
      const claims::Attribute* a = base_.FindAttribute(base_.products[product].id, m.term->attribute);
      if (a && a->kind == c.kind) found = a;
    }
    return found;
  }

  // The currency of the office speaking in the unit: a quoted author's
  // own office in a quote, else the part's speaker.
  std::string OfficeCurrency() const { return CurrencyOf(speaker_); }
  std::string CurrencyOf(const std::string& office) const {
    const claims::Office* o = base_.FindOffice(office);
    if (!o) o = base_.FindOffice(in_.speaker_office);
    return o ? o->currency : "";
  }

  static std::string FillPer(const std::string& stated, const std::string& unit) {
    if (stated.empty()) return unit;
    if (stated == unit) return stated;
    // A stated part of the attribute's unit ("TB" of "TB-month") takes the whole.
    auto pos = unit.find(stated);
    if (pos != std::string::npos) return unit;
    return stated;
  }

  // Tax stated for a whole table or section: the column header, a governing
  // heading or lead-in ("費用概算（月額・税抜）"), the table's caption.
  // First, a tax word elsewhere in the value's sentence part: "Sync is £329
  // per month, Vault £16 per TB … and Insight £25 per user per month, all
  // excluding VAT", 「…月額5万円、…月額2,800円です（いずれも税抜）」.
  claims::Tax ContextTax(const Unit& u, const Candidate& c, const TableContext* table) const {
    if (!table || c.cell < 0) {
      auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
      // A note in brackets right after the sentence's end ("です。（いずれも
      // 税抜）") belongs to it too.
      size_t next = he;
      if (u.text.compare(next, 3, "。") == 0) next += 3;
      else if (next < u.text.size() && u.text[next] == '.') ++next;
      while (next < u.text.size() && u.text[next] == ' ') ++next;
      if (next < u.text.size() && u.text[next] == '(') he = breaks_.HardClause(next + 1, u.text.size()).second;
      // A tax word inside another amount ("2,800円（税込3,080円）") is that
      // amount's own.
      std::vector<Mention> words;
      for (const Mention& m : mentions_) {
        bool other = false;
        for (const Quantity& q : quantities_)
          other = other || (&q != c.q && q.value.kind == Kind::kMoney && m.begin >= q.span.begin && m.end <= q.span.end);
        if (!other) words.push_back(m);
      }
      if (claims::Tax t = StatedTax(words, hb, he); t != claims::Tax::kUnstated) return t;
    }
    if (claims::Tax t = table ? table->ColumnTax(c.cell) : claims::Tax::kUnstated; t != claims::Tax::kUnstated) return t;
    for (auto it = u.headings.rbegin(); it != u.headings.rend(); ++it) {
      if (unit_tax_[*it] != claims::Tax::kUnstated) return unit_tax_[*it];
    }
    if (table && table->caption_tax() != claims::Tax::kUnstated) return table->caption_tax();
    return claims::Tax::kUnstated;
  }

  // ---------------------------------------------------------------- tables
  const TableContext& Table(int index) {
    auto it = tables_.find(index);
    if (it != tables_.end()) return it->second;
    return tables_.try_emplace(index, e_, layout_, index, st_.products_named).first->second;
  }

  const Engine& e_;
  const claims::Base& base_;
  const PartInput& in_;
  DocumentState& st_;
  const std::vector<Unit>& units_;
  const text::Layout& layout_;
  PartExtraction out_;
  std::vector<std::vector<int>> unit_products_;
  std::vector<bool> both_heading_;
  std::map<int, std::vector<int>> item_rows_;  // table -> rows whose first cell names a product  // a heading "for both products" (unit index)
  std::map<std::string, std::vector<int>> last_products_;
  std::vector<int> last_products_any_;  // the last products named in any zone
  std::map<int, TableContext> tables_;
  std::map<std::pair<int, int>, Placement> header_periods_;  // (table, column) -> HeaderPeriod
  std::vector<claims::Tax> unit_tax_;  // tax stated by a heading unit
  mutable std::vector<std::optional<std::vector<Mention>>> raw_mentions_;  // by unit, see RawMentions
  std::map<std::string, claims::Tax> note_tax_;  // ZoneKey -> its author's tax note
  // Per claim of out_: whose text it is in (its unit's ZoneKey) and the
  // office speaking there.
  struct Voice {
    std::string zone, office;
  };
  std::vector<Voice> claim_voices_;
  // Per unit being processed:
  const Unit* cur_ = nullptr;
  mutable const Unit* code_points_of_ = nullptr;  // see CodePoints
  mutable std::vector<uint32_t> code_points_before_;
  std::vector<Mention> mentions_;
  std::vector<Quantity> quantities_;
  Breaks breaks_;
  std::string speaker_;
  bool quoted_ = false;
  bool reported_ = false;
  // The attribute and end of each value claimed in the unit so far.
  std::vector<std::pair<const claims::Attribute*, size_t>> unit_values_;
  std::vector<std::pair<std::string, size_t>> unit_counts_;  // counts claimed in the unit: unit word, end
};

}  // namespace

PartExtraction ExtractClaims(const Engine& engine, const PartInput& input, DocumentState* state) {
  return PartExtractor(engine, input, state).Run();
}

}  // namespace onevoice::extract
