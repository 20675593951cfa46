// Claim extraction (claim.h): the part extractor's units, candidates and
// claims; see part_extractor.h for how the reader is split.
#include "extract/part_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "base/unicode.h"
#include "claims/office.h"

namespace onevoice::extract::detail {

PartExtraction PartExtractor::Run() {
  unit_products_.resize(units_.size());
  both_heading_.assign(units_.size(), false);
  unit_referred_.assign(units_.size(), -1);
  list_start_.assign(units_.size(), -1);
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

void PartExtractor::Process(int index) {
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
  // governs each of them; one that refers back to a product by a noun
  // (「本製品の主な仕様」, "The Service at a glance") governs that product
  // as if it named it. A pronoun is no heading's subject.
  if (named.empty() && u.kind == UnitKind::kHeading) {
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "anaphora") || m.term->entry->Attr("pronoun") == "true") continue;
      const std::string& refers = m.term->entry->Attr("refers", "last");
      if (refers == "former" || refers == "latter") continue;
      named = Resolve(u, m);
      both_heading_[index] = refers == "both" && named.size() == 2;
      break;
    }
  }
  unit_products_[index] = named;
  if (named.empty() && u.kind == UnitKind::kSentence) {
    for (const Mention& m : mentions_) {
      if (!IsWord(m, "anaphora") || m.term->entry->Attr("pronoun") == "true" ||
          m.term->entry->Attr("refers", "last") != "last")
        continue;
      const std::vector<int> r = Resolve(u, m);
      if (r.size() == 1) unit_referred_[index] = r[0];
      break;
    }
  }
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
    auto unbreak = [&](size_t at) {
      auto it = std::find(breaks_.soft.begin(), breaks_.soft.end(), at);
      if (it != breaks_.soft.end()) breaks_.soft.erase(it);
    };
    // A comma that only sets off the topic ("ダッシュボードは、") ends no clause.
    for (const Mention& m : mentions_) {
      if (IsWord(m, "topic_marker") && StartsWith(std::string_view(u.text).substr(m.end), "、")) unbreak(m.end);
    }
    // Nor do the parentheses of a cue's gloss ("recovery time (RTO) for a
    // full restore is…", 目標復旧時間（RTO）は、…).
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue) continue;
      size_t open = m.begin, close = m.end;
      while (open > 0 && u.text[open - 1] == ' ') --open;
      while (close < u.text.size() && u.text[close] == ' ') ++close;
      if (open == 0 || u.text[open - 1] != '(' || close >= u.text.size() || u.text[close] != ')') continue;
      unbreak(open - 1);
      unbreak(close);
    }
    // …nor those of a short qualifier closing a label, right after its cue
    // ("Licensed users (maximum per tenant): 5,000").
    for (const Mention& m : mentions_) {
      if (m.type() != MentionType::kCue) continue;
      size_t open = m.end;
      while (open < u.text.size() && u.text[open] == ' ') ++open;
      if (open >= u.text.size() || u.text[open] != '(') continue;
      const size_t close = u.text.find(')', open);
      if (close == std::string::npos || CodePoints(u.text, open, close) > 40 || HasDigitIn(u.text, open, close) ||
          HasWord("negation", open, close))
        continue;
      size_t after = close + 1;
      while (after < u.text.size() && u.text[after] == ' ') ++after;
      if (after >= u.text.size() || u.text[after] != ':') continue;
      unbreak(open);
      unbreak(close);
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

std::string PartExtractor::ZoneKey(const Unit& u) const {
  return std::to_string(static_cast<int>(u.zone)) + "/" + std::to_string(u.author);
}

void PartExtractor::DropInactiveAndUrls(const Unit& u) {
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
      // …also as the first of two places sharing it ("its London and Leeds
      // offices"): a conjunction of the language data (or a comma), then one
      // capitalized word, between.
      if (at > m.end && at - m.end <= 24) {
        size_t k = m.end;
        for (const Mention& j : mentions_)
          if (IsWord(j, "conjunction") && j.begin > m.end && OnlySpaces(u.text, m.end, j.begin)) k = j.end;
        if (k == m.end && u.text.compare(m.end, 2, ", ") == 0) k = m.end + 1;
        if (k == m.end) continue;
        while (k < at && u.text[k] == ' ') ++k;
        size_t w = k;
        while (w < at && std::isalpha(static_cast<unsigned char>(u.text[w]))) ++w;
        if (w > k && std::isupper(static_cast<unsigned char>(u.text[k])) && OnlySpaces(u.text, w, at)) return true;
      }
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
    if (m.type() == MentionType::kMember && e_.IsPlaceSet(m.term->attribute) && names_office(m)) continue;
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

std::string PartExtractor::SpeakerOffice(const Unit& u) const {
  // A quote inside an attached message is its own author's ("On …, Kentaro
  // <…jp…> wrote:" inside a London forward); the rest of the attached
  // message is its sender's.
  if (u.zone == Zone::kQuoted && u.author >= 0 && in_.office_of) {
    const std::string office = in_.office_of(in_.zones->authors[u.author]);
    if (!in_.part_quoted || office != claims::kUnknownOffice) return office;
  }
  if (in_.part_quoted) return in_.part_office;
  if (u.zone == Zone::kQuoted) return std::string(claims::kUnknownOffice);
  return in_.speaker_office;
}

void PartExtractor::Extract(const Unit& u) {
  unit_values_.clear();
  unit_counts_.clear();
  ParseContext context;
  context.as_of = in_.as_of;
  // "1/4/2026" is 1 April where the writer's office writes dates day first.
  if (const claims::Office* o = base_.FindOffice(speaker_)) context.day_first = o->day_first;
  context.number_breaks = StruckEdges(u);
  quantities_ = e_.quantities().Parse(u.text, context);
  bool question = IsQuestion(u);
  // "Vault's RPO is 15 minutes, not 5 - could you correct it?": only the
  // part after the dash asks.
  const size_t asks_from = question ? QuestionAfterDash(u) : 0;
  if (asks_from > 0) question = false;
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
    if (asks_from > 0 && c.b >= asks_from) continue;
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

std::vector<size_t> PartExtractor::StruckEdges(const Unit& u) const {
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

bool PartExtractor::ReportedBefore(const Unit& u, const Candidate& c) const {
  auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "reported_speech") || m.end > c.b || m.begin < hb) continue;
    if (u.text.find('?', m.end) < c.b) continue;
    return true;
  }
  return false;
}

bool PartExtractor::InReportedQuote(const Unit& u, const Candidate& c) const {
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

void PartExtractor::NoteTax(int index) {
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

namespace {

// A speaker's label opening minutes' line: one to three capitalized
// words, or a short run of Japanese, then ':' or a dash ("Carlos –",
// "Dana Ross:", 「谷口様：」).
bool IsSpeakerLabel(std::string_view t) {
  for (std::string_view end : {":", "-", "\u2013", "\u2014"}) {
    if (!EndsWith(t, end)) continue;
    std::string_view name = t.substr(0, t.size() - end.size());
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.empty() || name.size() > 40) return false;
    int words = 0;
    bool at_word = true;
    for (char ch : name) {
      const unsigned char c = static_cast<unsigned char>(ch);
      if (ch == ' ') {
        at_word = true;
        continue;
      }
      if (at_word) {
        ++words;
        if (!std::isupper(c) && c < 0x80) return false;
      }
      at_word = false;
      if (c < 0x80 && !std::isalpha(c) && ch != '.' && ch != '\'') return false;
    }
    return words >= 1 && words <= 3;
  }
  return false;
}

}  // namespace

bool PartExtractor::LeadAffirms(const Unit& u) const {
  if (u.kind != UnitKind::kBullet) return false;
  int lead = -1;
  if (!u.headings.empty() && units_[u.headings.back()].heading_level == 9) lead = u.headings.back();
  if (lead < 0) {
    lead = ListLeadUnit(u, /*named=*/false);
    if (lead < 0 || !LeadsIn(lead)) return false;
  }
  for (const Mention& m : RawMentions(lead))
    if (IsWord(m, "product_verb")) return true;
  return false;
}

bool PartExtractor::IsQuestion(const Unit& u, const std::vector<Mention>& mentions) const {
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
      if (b == 0 || IsSoftBreakAt(u.text, b - 1) || IsSpeakerLabel(std::string_view(u.text).substr(0, b))) return true;
    } else {
      return true;
    }
  }
  return false;
}

size_t PartExtractor::QuestionAfterDash(const Unit& u) const {
  static constexpr std::string_view kDashes[] = {" - ", " \u2013 ", " \u2014 "};
  size_t dash = std::string::npos;
  for (std::string_view d : kDashes) {
    const size_t at = u.text.rfind(d);
    if (at != std::string::npos && (dash == std::string::npos || at > dash)) dash = at;
  }
  if (dash == std::string::npos || dash == 0 || u.text.find('?') < dash) return 0;
  // The part before the dash asks nothing itself.
  for (const Mention& m : mentions_) {
    if (IsWord(m, "question_marker") && m.end <= dash && m.term->entry->Attr("at", "any") != "end") return 0;
  }
  return dash;
}

void PartExtractor::AddLabelCues(const Unit& u) {
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

bool PartExtractor::NegatesPredicate(const Mention& m, size_t cue) const {
  // 「電波の届かない訪問先でもオフラインで閲覧可能」: a negation the language
  // data marks `before_noun: modifies` that runs into a noun before the cue
  // negates that noun only (not 「オフラインでは利用できない仕様です」).
  return !(cur_ && m.end <= cue && m.term->entry->Attr("before_noun") == "modifies" && NounStartsAt(cur_->text, m.end));
}

bool PartExtractor::NegationOutsideCues(size_t b, size_t e, size_t cue) const {
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "negation") || m.begin < b || m.end > e || !NegatesPredicate(m, cue)) continue;
    bool in_cue = false;
    for (const Mention& x : mentions_) {
      in_cue = in_cue || (x.type() == MentionType::kCue && x.begin <= m.begin && x.end >= m.end);
    }
    if (!in_cue) return true;
  }
  return false;
}

bool PartExtractor::HasWord(std::string_view category, size_t b, size_t e) const {
  for (const Mention& m : mentions_) {
    if (IsWord(m, category) && m.begin >= b && m.end <= e) return true;
  }
  return false;
}

void PartExtractor::AmountInPricedColumn(const TableContext& table, Candidate* c) const {
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

bool PartExtractor::LabelsRow(const Unit& u, const TableContext& table, int cell) {
  for (int k = 0; k < cell; ++k) {
    const text::UnitCell& c = u.cells[k];
    if (!c.spanned && table.Role(k) != "label" &&
        !text::IsItemNumber(std::string_view(u.text).substr(c.begin, c.end - c.begin)))
      return false;
  }
  return true;
}

bool PartExtractor::IsMarkCell(const Unit& u, int cell) const {
  const text::UnitCell& c = u.cells[cell];
  // The mark and at most a full stop after it ("Yes.", 「はい。」).
  size_t end = c.end;
  if (end > c.begin && u.text[end - 1] == '.') --end;
  else if (end >= c.begin + 3 && u.text.compare(end - 3, 3, "。") == 0) end -= 3;
  for (const Mention& m : mentions_) {
    if (m.begin == c.begin && m.end == end && (IsWord(m, "negation") || IsWord(m, "affirmative"))) return true;
  }
  return false;
}

bool PartExtractor::MarkCellAfter(const Unit& u, int cell) const {
  for (size_t k = cell + 1; k < u.cells.size(); ++k) {
    if (IsMarkCell(u, static_cast<int>(k))) return true;
  }
  return false;
}

bool PartExtractor::IsLabelCell(const Unit& u, const TableContext& table, int cell) {
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

std::vector<Candidate> PartExtractor::Candidates(const Unit& u, const TableContext* table) {
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
  // A checklist item opening with a tick ("✔ Windows, macOS … clients")
  // affirms the members it lists, as a ✓ cell does a row's.
  bool ticked = false;
  if (u.kind == UnitKind::kBullet) {
    for (const Mention& m : mentions_)
      ticked = ticked || (m.begin == 0 && IsWord(m, "affirmative") && m.end < u.text.size() && u.text[m.end] == ' ');
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
      c.affirmed = ticked && c.cell < 0;
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
        if (NegationOutsideCues(cb, ce, m.begin)) same->value.truth = false;
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
      c.value.truth = !NegationOutsideCues(cb, ce, m.begin);
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
          denied = denied || NegationOutsideCues(xb, xe, x.begin);
        }
        if (again && !denied) {
          c.value.truth = true;
          ce = he;
        }
      }
      // A feature only named ("…のオフライン利用について、…と異なるように
      // 思われます") is no claim: outside a table, a true one needs a word
      // that affirms or states a capacity in its clause.
      // …or, in a list item, a lead-in that does ("What Meridian Sync
      // includes:" over "Offline mode for fee earners on trains").
      if (c.value.truth && c.cell < 0 && !HasWord("affirmative", cb, ce) && !HasWord("capacity_marker", cb, ce) &&
          !HasWord("ability", cb, ce) && !LeadAffirms(u))
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
      // A row's feature or member answered by a cell that is one mark and
      // nothing else ("B-06 | オフライン編集 | × | （備考）", "Linux client |
      // ✗"), whatever columns follow.
      const bool columns_answer = IsLabelCell(u, *table, c.cell) && !table->has_answer_column();
      const bool marks_only = !columns_answer && LabelsRow(u, *table, c.cell) && MarkCellAfter(u, c.cell);
      if ((role.empty() || role == "requirement" || role == "label") && (columns_answer || marks_only)) {
        // A label column beside one column per product ("Offline use |
        // Not available | Yes", "| ISO/IEC 27001 | 取得済み |"): each
        // answering cell is a claim of its own; a member is claimed where
        // it is affirmed.
        std::vector<Candidate> answers;
        bool any = false;
        for (size_t k = c.cell + 1; k < u.cells.size(); ++k) {
          // Product columns answer; with marks, so does an answer column.
          const std::string& answering = table->Role(static_cast<int>(k));
          if (marks_only ? !(answering.empty() || answering == "answer") || !IsMarkCell(u, static_cast<int>(k))
                         : !answering.empty())
            continue;
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

void PartExtractor::Emit(const Unit& u, const Candidate& c, int product, const TableContext* table) {
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

const Mention* PartExtractor::CorrectionBefore(const Unit& u, const Candidate& c) const {
  const Mention* marker = nullptr;
  for (const Mention& m : mentions_) {
    if (IsWord(m, "correction_right") && m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 3) marker = &m;
  }
  return marker;
}

const claims::Attribute* PartExtractor::CorrectedAttribute(const Unit& u, const Candidate& c, int product) const {
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

std::string PartExtractor::CurrencyOf(const std::string& office) const {
  const claims::Office* o = base_.FindOffice(office);
  if (!o) o = base_.FindOffice(in_.speaker_office);
  return o ? o->currency : "";
}

std::string PartExtractor::FillPer(const std::string& stated, const std::string& unit) {
  if (stated.empty()) return unit;
  if (stated == unit) return stated;
  // A stated part of the attribute's unit ("TB" of "TB-month") takes the whole.
  auto pos = unit.find(stated);
  if (pos != std::string::npos) return unit;
  return stated;
}

claims::Tax PartExtractor::ContextTax(const Unit& u, const Candidate& c, const TableContext* table) const {
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
    // The sentence's only amount takes a tax note anywhere in it: "Sync is
    // US$399/month for the workspace; Australian GST is not included".
    bool alone = true;
    for (const Quantity& q : quantities_) alone = alone && (&q == c.q || q.value.kind != Kind::kMoney);
    if (alone) {
      if (claims::Tax t = StatedTax(words, 0, u.text.size()); t != claims::Tax::kUnstated) return t;
    }
  }
  if (claims::Tax t = table ? table->ColumnTax(c.cell) : claims::Tax::kUnstated; t != claims::Tax::kUnstated) return t;
  for (auto it = u.headings.rbegin(); it != u.headings.rend(); ++it) {
    if (unit_tax_[*it] != claims::Tax::kUnstated) return unit_tax_[*it];
  }
  if (table && table->caption_tax() != claims::Tax::kUnstated) return table->caption_tax();
  return claims::Tax::kUnstated;
}

const TableContext& PartExtractor::Table(int index) {
  auto it = tables_.find(index);
  if (it != tables_.end()) return it->second;
  return tables_.try_emplace(index, e_, layout_, index, st_.products_named).first->second;
}

}  // namespace onevoice::extract::detail

namespace onevoice::extract {

PartExtraction ExtractClaims(const Engine& engine, const PartInput& input, DocumentState* state) {
  return detail::PartExtractor(engine, input, state).Run();
}

}  // namespace onevoice::extract
