// Which values state a claim: PartExtractor::Keep and the tests it asks
// (questions, requirements, deals, retractions, denials, plans, periods).
#include "extract/part_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "base/unicode.h"
#include "claims/office.h"

namespace onevoice::extract::detail {

bool PartExtractor::Keep(const Unit& u, const Candidate& c, const TableContext* table) const {
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
  if (Observed(u, c, table)) return false;
  if (c.kind == Kind::kPercent && (ShareOfCharge(u, c) || Threshold(u, c))) return false;
  if (c.kind != Kind::kBoolean && Retracted(u, c)) return false;
  if (AboutTheComparedThing(u, c)) return false;
  if (c.cell < 0 && c.kind != Kind::kSet && c.kind != Kind::kBoolean &&
      (ForeignPossessiveBefore(u, c.b) || ForeignClauseSubject(u, c) || CustomersOwnSubject(u, c)))
    return false;
  if (c.kind != Kind::kSet && c.kind != Kind::kBoolean && (DeniedRightAfter(u, c) || Difference(u, c)))
    return false;
  if (c.cell < 0 && c.kind != Kind::kSet && c.kind != Kind::kBoolean && CustomersFigure(u, c)) return false;
  if (IsBasis(u, c)) return false;
  if ((c.kind == Kind::kDataSize || c.kind == Kind::kCount || c.kind == Kind::kMoney) && PerOtherBasis(u, c))
    return false;
  if (c.kind == Kind::kSet &&
      (Negated(u, c) || CustomersOwn(u, c) || Planned(u, c) || DeniedLater(u, c) || LabelAnsweredByOthers(u, c)))
    return false;
  if (c.kind == Kind::kBoolean && Planned(u, c)) return false;
  if (RequirementContext(u, c) || AnsweredAsRequirement(u, c)) return false;
  if ((c.kind == Kind::kMoney || c.kind == Kind::kCount || c.kind == Kind::kDataSize || c.kind == Kind::kPercent) &&
      DealContext(u, c))
    return false;
  if ((c.kind == Kind::kMoney || c.kind == Kind::kCount || c.kind == Kind::kDataSize) && table && c.cell >= 0 &&
      RowIsDeal(u, c, *table))
    return false;
  if ((c.kind == Kind::kCount || c.kind == Kind::kDataSize) && ComparedWithLimit(u, c)) return false;
  if (c.kind == Kind::kMoney && (SizedByCount(u, c) || ProductOfOthers(u, c))) return false;
  if (c.kind == Kind::kDate && (IsPeriodDate(u, c) || SourceDate(u, c) || ContractDate(u, c))) return false;
  if (c.kind == Kind::kCount && !StatesCapacity(u, c, table)) return false;
  return true;
}

bool PartExtractor::Observed(const Unit& u, const Candidate& c, const TableContext* table) const {
  if (c.kind == Kind::kSet || c.kind == Kind::kBoolean || c.kind == Kind::kMoney || c.kind == Kind::kDate) return false;
  // A bound is a promise ("up to 10,000 active users"); a measurement is a
  // figure.
  if (c.value.bound != claims::Bound::kExact) return false;
  // In the value's clause before it, a field label before a colon opening
  // the unit included ("Availability you saw: Sync 99.98%").
  auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
  if (c.cell >= 0) {
    sb = std::max(sb, u.cells[c.cell].begin);
  } else {
    sb = ColonLabelStart(u, sb, 40);
  }
  if (HasWord("observed_marker", sb, c.b)) return true;
  // …or right after it ("146 built so far", 「186.4TB（前月比 +3.2TB）」).
  for (const Mention& m : mentions_)
    if (IsWord(m, "observed_marker") && m.begin >= c.e && m.end <= se && CodePoints(u.text, c.e, m.begin) <= 8)
      return true;
  // …or in the row's label, a cell before the value's ("Measured uptime |
  // 99.98%").
  if (!table || c.cell <= 0) return false;
  for (int k = 0; k < c.cell; ++k)
    if (HasWord("observed_marker", u.cells[k].begin, u.cells[k].end)) return true;
  return false;
}

bool PartExtractor::ProductsOwnCount(const Unit& u, size_t at) const {
  if (const Mention* v = WordJustBefore(u, "product_verb", at)) {
    for (const Mention& p : mentions_) {
      if ((IsProductMention(p) || IsWord(p, "anaphora")) && p.end <= v->begin && OneWordAtMost(u.text, p.end, v->begin))
        return true;
    }
  }
  return false;
}

bool PartExtractor::StatesCapacity(const Unit& u, const Candidate& c, const TableContext* table) const {
  if (c.value.bound != claims::Bound::kExact) return true;
  // A quote line (a unit price and a line total in its row): its count
  // is the quantity ordered ("Named user | £25 … | 340 | £102,000").
  // A cell that is a sentence of its own (minutes' "What was said") is
  // read as prose.
  if (table && c.cell >= 0 && !ProseCell(u, c.cell)) return !QuoteLine(u, c);
  if (CorrectionBefore(u, c)) return true;  // "正しくは200です": as the value it corrects
  // "Meridian Insight has 40 native integrations", "It offers 200
  // dashboards", "Insight now ships 45 connectors": the product's own
  // count, said with the product as subject (one adverb may come between).
  if (ProductsOwnCount(u, c.b)) return true;
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
  // to 10,000", "Sync now handles 10,000 users, up from 5,000": a count
  // right after a former marker or a change verb is an earlier capacity's
  // old or new value, a capacity as that one is.
  auto CapacityWordIn = [&](std::pair<size_t, size_t> clause) {
    for (const Mention& m : mentions_)
      if (IsWord(m, "capacity_marker") && m.begin >= clause.first && m.end <= clause.second) return true;
    return false;
  };
  if (c.q) {
    for (const Mention& m : mentions_) {
      const bool former = IsPeriodMarker(m, "former");
      if (!former && !IsWord(m, "change_verb")) continue;
      if (m.end > c.q->number.begin || CodePoints(u.text, m.end, c.q->number.begin) > 1) continue;
      for (const Quantity& q : quantities_)
        if (q.value.kind == Kind::kCount && q.span.end <= m.begin && q.span.begin >= hb &&
            (q.value.bound != claims::Bound::kExact || ProductsOwnCount(u, q.span.begin) ||
             CapacityWordIn(breaks_.SoftClause(q.span.begin, u.text.size()))))
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

bool PartExtractor::ProseCell(const Unit& u, int cell) const {
  const auto& range = u.cells[cell];
  std::string_view t = std::string_view(u.text).substr(range.begin, range.end - range.begin);
  const bool long_enough =
      std::count(t.begin(), t.end(), ' ') >= 6 || (IsJapanese(t) && CodePoints(u.text, range.begin, range.end) >= 20);
  return long_enough && text::EndsLikeSentence(t);
}

const Mention* PartExtractor::WordJustBefore(const Unit& u, std::string_view category, size_t at, size_t gap) const {
  const Mention* found = nullptr;
  for (const Mention& m : mentions_) {
    if (IsWord(m, category) && m.end <= at && CodePoints(u.text, m.end, at) <= gap) found = &m;
  }
  return found;
}

bool PartExtractor::WordRightAfter(const Unit& u, std::string_view category, size_t at, size_t gap) const {
  for (const Mention& m : mentions_) {
    if (IsWord(m, category) && m.begin >= at && CodePoints(u.text, at, m.begin) <= gap) return true;
  }
  return false;
}

bool PartExtractor::QuoteLine(const Unit& u, const Candidate& c) const {
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

std::pair<size_t, size_t> PartExtractor::CellRange(const Unit& u, const Candidate& c) const {
  if (c.cell >= 0) return {u.cells[c.cell].begin, u.cells[c.cell].end};
  return {0, u.text.size()};
}

bool PartExtractor::Retracted(const Unit& u, const Candidate& c) const {
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
      const bool comma = between.find("、") != std::string_view::npos || between.find(',') != std::string_view::npos;
      if (comma && m.term->entry->Attr("across_comma") != "true") continue;
      bool other = false;
      for (const Quantity& q : quantities_) other = other || (q.span.begin >= c.e && q.span.end <= m.begin);
      if (!other) return true;
    }
  }
  return false;
}

bool PartExtractor::ForeignClauseSubject(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::ForeignPossessiveBefore(const Unit& u, size_t at) const {
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

bool PartExtractor::AboutTheComparedThing(const Unit& u, const Candidate& c) const {
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

std::pair<size_t, size_t> PartExtractor::ClauseWithAnswer(const Unit& u, size_t p) const {
  auto [cb, ce] = breaks_.SoftClause(p, u.text.size());
  // A label's colon ("Offline mode: not supported") — not a statement's
  // that goes on to explain ("Sync has an offline mode: files … stay
  // editable without a connection").
  // So is a dot leader's ("Offline mode ......... not available").
  const bool leader = ce < u.text.size() && u.text[ce] == '.' && ce > 0 && u.text[ce - 1] == '.';
  if (ce >= u.text.size() || !(u.text[ce] == ':' || leader)) return {cb, ce};
  const size_t ae = breaks_.SoftClause(ce + 1, u.text.size()).second;
  // A verb before the colon makes it a statement's — unless what follows
  // opens with an answer word ("Offline working: Not available", "Works
  // offline: Yes").
  const size_t first = u.text.find_first_not_of(" .", ce + 1);
  bool answer = false;
  for (const Mention& m : mentions_)
    answer |= (IsWord(m, "negation") || IsWord(m, "affirmative")) && m.begin == first && m.begin <= ae;
  if (answer || (!HasWord("product_verb", cb, ce) && !HasWord("ability", cb, ce))) ce = ae;
  return {cb, ce};
}

bool PartExtractor::Planned(const Unit& u, const Candidate& c) const {
  const size_t he = breaks_.HardClause(c.b, u.text.size()).second;
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "planned_marker")) continue;
    if (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 4) return true;
    if (m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 2) return true;
    // …or it ends the member's sentence as its predicate
    // (「Linux版クライアントについては、現在提供を検討中です（時期未定）」).
    // Not across other members or into a bracket of its own (「対応OSは
    // Windows、macOS…です（Linux版の提供予定はございません）」).
    // (A date after it only says when: "… is being evaluated for 2028".)
    const bool figure = HasDigitIn(u.text, m.end, he) && !OnlyDatesIn(m.end, he);
    if (m.begin >= c.e && m.end <= he && CodePoints(u.text, m.end, he) <= 10 && !figure &&
        !MemberBetween(c, m.begin) && !OpensBracket(u.text, c.e, m.begin))
      return true;
  }
  return false;
}

bool PartExtractor::OnlyDatesIn(size_t b, size_t e) const {
  bool any = false;
  for (const Quantity& q : quantities_) {
    if (q.span.end <= b || q.span.begin >= e) continue;
    if (q.value.kind != Kind::kDate) return false;
    any = true;
  }
  return any;
}

bool PartExtractor::MemberBetween(const Candidate& c, size_t end) const {
  for (const Mention& m : mentions_) {
    if (m.type() == MentionType::kMember && m.term->attribute == c.attribute && m.begin >= c.e && m.end <= end)
      return true;
  }
  return false;
}

bool PartExtractor::OpensBracket(std::string_view t, size_t b, size_t e) {
  // Normalized text: （ is ( by now.
  return t.substr(b, e - b).find('(') != std::string_view::npos;
}

bool PartExtractor::DeniedLater(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::CustomersOwnSubject(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::CustomersOwn(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::CustomersFigure(const Unit& u, const Candidate& c) const {
  for (const Mention& m : mentions_) {
    if (IsWord(m, "customer_marker") && m.end <= c.b && OnlySpaces(u.text, m.end, c.b))
      return !CueRightAfter(u, c.e);
  }
  return false;
}

bool PartExtractor::SourceDate(const Unit& u, const Candidate& c) const {
  auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "source_marker") || m.begin < hb || m.end > he) continue;
    if (m.end <= c.b || (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 4)) return true;
  }
  return false;
}

bool PartExtractor::DeniedRightAfter(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::Difference(const Unit& u, const Candidate& c) const {
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "difference_marker")) continue;
    if (m.term->entry->Attr("at") == "before") {
      // Not before a count: "used by up to 10,000 users" says who uses it.
      if (c.kind != Kind::kDate && c.kind != Kind::kPercent && c.kind != Kind::kCount && m.end <= c.b &&
          OnlySpaces(u.text, m.end, c.b))
        return true;
    } else if (m.begin >= c.e && OnlySpaces(u.text, c.e, m.begin)) {
      return true;
    }
  }
  return false;
}

size_t PartExtractor::WordFrom(const Unit& u, const std::vector<std::string>& words, size_t at, bool whole) const {
  while (whole && at < u.text.size() && u.text[at] == ' ') ++at;
  for (const std::string& w : words) {
    if (u.text.compare(at, w.size(), w) != 0) continue;
    const size_t end = at + w.size();
    if (whole && end < u.text.size() && u.text[end] != ' ') continue;
    return end;
  }
  return std::string::npos;
}

size_t PartExtractor::WordUntil(const Unit& u, const std::vector<std::string>& words, size_t at) const {
  for (const std::string& w : words)
    if (at >= w.size() && u.text.compare(at - w.size(), w.size(), w) == 0) return at - w.size();
  return std::string::npos;
}

bool PartExtractor::IsBasis(const Unit& u, const Candidate& c) const {
  if (c.kind != Kind::kCount || !c.q || c.value.amount != 1 || c.q->unit_word.empty()) return false;
  const size_t basis_end = WordFrom(u, e_.BasisMarkers(), c.e, /*whole=*/false);
  if (basis_end == std::string::npos) return false;
  const size_t se = breaks_.SoftClause(c.b, u.text.size()).second;
  for (const Quantity& q : quantities_)
    if (q.value.kind == Kind::kCount && q.span.begin >= basis_end && q.span.end <= se) return true;
  return false;
}

bool PartExtractor::LabelAnsweredByOthers(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::Negated(const Unit& u, const Candidate& c) const {
  auto [cb, ce] = ClauseWithAnswer(u, c.b);
  auto [rb, re] = CellRange(u, c);
  std::tie(cb, ce) = WithinClauseBreaks(c, {std::max(cb, rb), std::min(ce, re)});
  if (NotUntil(u, c)) return false;
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "negation") || m.begin < cb || m.end > ce || !NegatesPredicate(m, c.b)) continue;
    if (m.term->entry->Attr("scope") == "next" && (m.end > c.b || CodePoints(u.text, m.end, c.b) > 5)) continue;
    return true;
  }
  return false;
}

bool PartExtractor::NotUntil(const Unit& u, const Candidate& c) const {
  if (c.kind != Kind::kDate) return false;
  auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
  for (const Mention& m : mentions_) {
    if (!IsPeriodMarker(m, "until")) continue;
    if (m.end > c.b || CodePoints(u.text, m.end, c.b) > 1) continue;
    if (HasWord("negation", sb, m.begin)) return true;
  }
  return false;
}

std::pair<size_t, size_t> PartExtractor::WithinClauseBreaks(const Candidate& c, std::pair<size_t, size_t> scope) const {
  auto [cb, ce] = scope;
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "clause_break")) continue;
    if (m.end <= c.b && m.end > cb) cb = m.end;
    if (m.begin >= c.e && m.begin < ce) ce = m.begin;
  }
  return {cb, ce};
}

bool PartExtractor::AnsweredAsRequirement(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::RequirementContext(const Unit& u, const Candidate& c) const {
  auto [cb, ce] = CellRange(u, c);
  bool explicit_product = false;
  // A product named, or referred to (同製品, "it"), in the unit.
  for (const Mention& m : mentions_) {
    explicit_product = explicit_product ||
                       ((IsProductMention(m) || IsWord(m, "anaphora")) && m.begin >= cb && m.end <= ce);
  }
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "requirement_marker") || m.begin < cb || m.end > ce) continue;
    if (c.kind == Kind::kDate && m.term->entry->Attr("forecast") == "true") continue;  // "we expect GA in October"
    if (RequirementMet(u, m, c)) continue;
    // A note in brackets after the value explains it: 「非対応（オンライン
    // 接続が必要です）」 is no customer requirement.
    {
      const size_t open = u.text.rfind('(', m.begin);
      const bool in_note = open != std::string::npos && open > c.b && open >= cb &&
                           u.text.find(')', open) >= m.end;
      if (in_note) continue;
    }
    // A requirement named as the topic the sentence answers about
    // (「ご要望のあった保持期間については、…標準は90日間」).
    if (m.end <= c.b && HasWord("topic_frame", m.end, c.b)) continue;
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

bool PartExtractor::LabelLineGoverns(const Unit& u, const Mention& marker, const Candidate& c) const {
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

bool PartExtractor::RequirementMet(const Unit& u, const Mention& marker, const Candidate& c) const {
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

bool PartExtractor::DealContext(const Unit& u, const Candidate& c) const {
  auto [cb, ce] = CellRange(u, c);
  auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
  cb = std::max(cb, hb);
  ce = std::min(ce, he);
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "deal_marker") || m.term->entry->Attr("term") == "true") continue;
    if (m.term->entry->Attr("exact") == "true" &&
        (c.value.bound != claims::Bound::kExact || HasWord("capacity_marker", m.begin, c.b)))
      continue;
    // An operator (×, x, *) is arithmetic only right after a number, and
    // only what it multiplies by is deal arithmetic: the unit price before
    // it ("月額50,000円 × 1テナント", "$399 x 40") is the product's price.
    const bool op = m.term->entry->Attr("operator") == "true";
    if (op && !AfterNumber(u, m.begin)) continue;
    // …but a price a count or a size is multiplied by is the unit price
    // when a cue says what it is per (「容量課金（1TBあたり月額） 8TB × 2,800円」:
    // the size is the deal's, the price per TB ours; "85 TB x $20" says
    // it of no unit).
    if (op && c.kind == Kind::kMoney && m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 2 &&
        CountOrSizeBefore(u, m.begin) && UnitPriceCueIn(hb, he))
      continue;
    // A rate after a credit or a discount ("a Service Credit of 5% … capped
    // at 30%") is the deal's; a marker glued to another number (「約15分で」)
    // says nothing of a percent.
    if (c.kind == Kind::kPercent && (op || AfterNumber(u, m.begin))) continue;
    // Before the value in its sentence part — unless a product named
    // between, in a later clause, starts the statement afresh ("For your
    // budget paper, the list price for Meridian Sync remains £329").
    // A percentage's base after the deal's rate is a full price ("a credit
    // of 10% of the Meridian Sync monthly fee of £329").
    if (m.begin >= cb && m.end <= c.b && PercentBaseBetween(u, m.end, c.b)) continue;
    if (m.begin >= cb && m.end <= c.b) {
      // (The deal word's own clause holds no figure: 「合計162,000円・税抜、
      // ボールトの容量40TB分」 stays a deal's.)
      bool anew = false;
      if (breaks_.SoftBetween(m.end, c.b) > 0) {
        anew = NamesProductIn(m.end, c.b, /*anaphora=*/true);
        auto [db, de] = breaks_.SoftClause(m.begin, u.text.size());
        for (const Quantity& q : quantities_) anew = anew && !(q.span.begin >= db && q.span.end <= de);
      }
      if (!anew) return true;
    }
    if (!op && m.begin >= c.e && m.end <= ce && CodePoints(u.text, c.e, m.begin) <= 3 && c.kind != Kind::kCount)
      return true;
  }
  if ((c.kind == Kind::kCount || c.kind == Kind::kDataSize) && c.q) {
    // A count or a size multiplied by a price is what the deal buys
    // (「8TB × 2,800円」, "40 users x $12").
    if (OperatorAfter(u, c.e)) return true;
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
      // …nor when the product is the topic right before the word (「本製品は
      // 現在、約40種類の…」: the product's figure now, not a head count).
      if (before_gap <= 2 && !HasBoundBetween(m.end, c.q->number.begin) && !CapacityBefore(u, m.begin) &&
          !ProductTopicBefore(u, m.begin))
        return true;
      // A word after the number is a head count's ("1,240 staff", 35名様分),
      // not when the count is an upper bound (最大1万名様まで: a capacity).
      if (c.value.bound == claims::Bound::kMax) continue;
      if (m.begin >= c.q->number.end && after_gap <= 1) return true;
      if (m.begin < c.q->number.end && m.end > c.q->number.end) return true;  // 名様分 glued to the number
    }
  }
  return false;
}

bool PartExtractor::ProductTopicBefore(const Unit& u, size_t at) const {
  for (const Mention& m : mentions_) {
    if (!(IsProductMention(m) || IsWord(m, "anaphora")) || m.end > at) continue;
    size_t k = m.end;
    for (const Mention& t : mentions_)
      if (IsWord(t, "topic_marker") && t.begin == k) k = t.end;
    if (k > m.end && OnlySpaces(u.text, k, at)) return true;
  }
  return false;
}

bool PartExtractor::CapacityBefore(const Unit& u, size_t at) const {
  const size_t sb = breaks_.SoftClause(at, u.text.size()).first;
  for (const Mention& m : mentions_) {
    if (IsWord(m, "capacity_marker") && m.begin >= sb && m.end <= at && CodePoints(u.text, m.end, at) <= 4)
      return true;
  }
  return false;
}

bool PartExtractor::CueRightAfter(const Unit& u, size_t at) const {
  for (const Mention& m : mentions_) {
    if (m.type() == MentionType::kCue && m.begin >= at && CodePoints(u.text, at, m.begin) <= 1) return true;
  }
  return false;
}

bool PartExtractor::PerOtherBasis(const Unit& u, const Candidate& c) const {
  // What a figure is said to be per: -1 none, 0 a thing no cue names
  // (「1案件あたり」), 1 a cue's own basis (「1ユーザーあたり」).
  auto basis = [&](const Quantity& q) {
    size_t at = q.span.begin;
    while (at > 0 && u.text[at - 1] == ' ') --at;
    if (WordUntil(u, e_.BasisSuffixes(), at) == std::string::npos) return -1;
    for (const Mention& m : mentions_)
      if (m.type() == MentionType::kCue && m.begin < at && m.end >= at) return 1;
    return 0;
  };
  if (!c.q || basis(*c.q) != 0) return false;
  // Only beside a figure of its kind per what a cue names: a limit per
  // tenant alone (「1テナントあたり最大1,000」) is still the product's.
  for (const Quantity& q : quantities_)
    if (&q != c.q && q.value.kind == c.kind && basis(q) == 1) return true;
  return false;
}

bool PartExtractor::PercentBaseBetween(const Unit& u, size_t b, size_t e) const {
  for (const Quantity& q : quantities_) {
    if (q.value.kind != Kind::kPercent || q.span.begin < b || q.span.end > e) continue;
    if (WordFrom(u, e_.PercentBases(), q.span.end, /*whole=*/true) != std::string::npos) return true;
  }
  return false;
}

bool PartExtractor::Threshold(const Unit& u, const Candidate& c) const {
  auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
  if (c.cell >= 0) {
    hb = std::max(hb, u.cells[c.cell].begin);
    he = std::min(he, u.cells[c.cell].end);
  }
  // A tier: a rate below one and at least another, in one clause or cell.
  bool below = false, at_least = false;
  for (const Quantity& q : quantities_) {
    if (q.value.kind != Kind::kPercent || q.span.begin < hb || q.span.end > he) continue;
    below = below || (q.value.bound == claims::Bound::kMax && !q.value.inclusive);
    at_least = at_least || q.value.bound == claims::Bound::kMin;
  }
  return below && at_least;
}

bool PartExtractor::ShareOfCharge(const Unit& u, const Candidate& c) const {
  // A price's cue or a deal's word ("monthly charges", 月額利用料).
  auto charge = [&](const Mention& m, bool period_ok) {
    if (IsWord(m, "deal_marker")) return m.term->entry->Attr("operator") != "true";
    if (m.type() != MentionType::kCue) return false;
    const claims::Attribute* a = CompanyAttribute(m.term->attribute);
    if (!a || a->kind != Kind::kMoney) return false;
    if (period_ok) return true;
    // After the percent, a cue naming a period is no charge ("99.9% of
    // each calendar month"); before it, 「月額」 is one.
    for (const Mention& p : mentions_)
      if (IsWord(p, "billing_unit") && p.term->entry->Attr("part") == "period" && p.begin < m.end && p.end > m.begin)
        return false;
    return true;
  };
  // "5% of the monthly charges": the base after the percent.
  if (const size_t from = WordFrom(u, e_.PercentBases(), c.e, /*whole=*/true); from != std::string::npos) {
    for (const Mention& m : mentions_)
      if (charge(m, false) && m.begin >= from && CodePoints(u.text, from, m.begin) <= 16 &&
          breaks_.SoftBetween(from, m.begin) == 0)
        return true;
  }
  // 「月額利用料の10％」: the base before it.
  size_t b = c.b;
  while (b > 0 && u.text[b - 1] == ' ') --b;
  if (const size_t base_end = WordUntil(u, e_.PercentBasesBefore(), b); base_end != std::string::npos) {
    for (const Mention& m : mentions_)
      if (charge(m, true) && m.end == base_end) return true;
    // …or a price itself (「月額料金50,000円（税抜）の10％」).
    for (const Quantity& q : quantities_)
      if (q.value.kind == Kind::kMoney && q.span.end == base_end) return true;
  }
  return false;
}

bool PartExtractor::ContractDate(const Unit& u, const Candidate& c) const {
  const size_t hb = breaks_.HardClause(c.b, u.text.size()).first;
  for (const Mention& m : mentions_)
    if (IsWord(m, "deal_marker") && m.term->entry->Attr("date") == "true" && m.begin >= hb && m.end <= c.b) return true;
  return false;
}

bool PartExtractor::UnitPriceCueIn(size_t b, size_t e) const {
  for (const Mention& m : mentions_) {
    if (m.type() != MentionType::kCue || m.begin < b || m.end > e) continue;
    const claims::Attribute* a = CompanyAttribute(m.term->attribute);
    if (a && a->kind == Kind::kMoney && a->unit.find('-') != std::string::npos) return true;
  }
  return false;
}

bool PartExtractor::CountOrSizeBefore(const Unit& u, size_t at) const {
  for (const Quantity& q : quantities_) {
    if ((q.value.kind == Kind::kCount || q.value.kind == Kind::kDataSize) && q.span.end <= at &&
        CodePoints(u.text, q.span.end, at) <= 2)
      return true;
  }
  return false;
}

bool PartExtractor::OperatorAfter(const Unit& u, size_t at) const {
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "deal_marker") || m.term->entry->Attr("operator") != "true" || m.begin < at ||
        CodePoints(u.text, at, m.begin) > 2)
      continue;
    // Arithmetic only with a price after it: "10,000*" marks a footnote.
    for (const Quantity& q : quantities_)
      if (q.value.kind == Kind::kMoney && q.span.begin >= m.end && CodePoints(u.text, m.end, q.span.begin) <= 2)
        return true;
  }
  return false;
}

bool PartExtractor::AfterNumber(const Unit& u, size_t at) const {
  for (const Quantity& q : quantities_) {
    if (q.span.end <= at && CodePoints(u.text, q.span.end, at) <= 2) return true;
  }
  size_t i = at;
  while (i > 0 && u.text[i - 1] == ' ') --i;
  return i > 0 && std::isdigit(static_cast<unsigned char>(u.text[i - 1]));
}

bool PartExtractor::QuestionCell(const Unit& u, int cell) const {
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

bool PartExtractor::RowIsDeal(const Unit& u, const Candidate& c, const TableContext& table) const {
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
      if (IsWord(m, "deal_marker") && m.term->entry->Attr("term") != "true" &&
          !(unit_price && m.term->entry->Attr("operator") == "true"))
        return true;
      if (IsWord(m, "deal_target") && m.end - m.begin >= 5 && !unit_price && m.term->entry->Attr("row") != "false")
        return true;
    }
  }
  return false;
}

bool PartExtractor::ComparedWithLimit(const Unit& u, const Candidate& c) const {
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
  // …or the old value of the same thing in a clause of its own ("handles
  // 10,000 users, up from 5,000 last year").
  const size_t number = c.q ? c.q->number.begin : c.b;
  for (const Mention& m : mentions_) {
    if (!earlier_in_clause && IsPeriodMarker(m, "former") && m.begin >= sb && m.end <= number &&
        CodePoints(u.text, m.end, number) <= 1)
      return false;
  }
  return !RestatesInTimeline(u, c);
}

bool PartExtractor::RestatesInTimeline(const Unit& u, const Candidate& c) const {
  if (!c.q || c.q->unit_word.empty()) return false;
  bool earlier = false;
  for (const auto& [word, end] : unit_counts_) earlier = earlier || (word == c.q->unit_word && end <= c.b);
  if (!earlier) return false;
  auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
  return PeriodDateIn(Facts(u), std::max(sb, unit_counts_.back().second), se);
}

bool PartExtractor::ProductOfOthers(const Unit& u, const Candidate& c) const {
  // (Its own period: one inherited from the price before it is no sign.)
  if (!c.q || !c.q->value.per.empty() || c.value.bound != claims::Bound::kExact || c.value.amount <= 0) return false;
  // A size's number as written ("150" of "150 TB": its value is in bytes);
  // 0 when it is not plain digits. A count's or a term's value is its number.
  auto written = [&](const Quantity& q) -> double {
    if (q.value.kind != Kind::kDataSize) return q.value.amount;
    std::string digits;
    for (size_t i = q.number.begin; i < q.number.end; ++i) {
      const char ch = u.text[i];
      if (std::isdigit(static_cast<unsigned char>(ch)) || ch == '.') digits += ch;
      else if (ch != ',') return 0;
    }
    return digits.empty() ? 0 : std::atof(digits.c_str());
  };
  const double total = c.value.amount;
  auto equals = [&](double x) { return std::abs(x - total) <= total * 1e-6 + 0.005; };
  std::vector<double> factors;
  for (const Quantity& q : quantities_) {
    const Kind k = q.value.kind;
    // A share of the price (「月額料金50,000円の10％にあたる5,000円」).
    if (k == Kind::kPercent && q.value.bound == claims::Bound::kExact && q.value.amount > 0 && q.value.amount < 100)
      factors.push_back(q.value.amount / 100);
    if (k != Kind::kCount && k != Kind::kDuration && k != Kind::kDataSize) continue;
    if (const double n = written(q); n > 1) factors.push_back(n);
  }
  for (const Quantity& p : quantities_) {
    if (p.value.kind != Kind::kMoney || &p == c.q || p.value.currency != c.value.currency || p.value.amount <= 0)
      continue;
    const double price = p.value.amount;
    // A monthly price's year is twelve of it, said or not.
    const bool monthly = p.value.per.find("month") != std::string::npos;
    std::vector<double> fs = factors;
    if (monthly) fs.push_back(12);
    for (size_t i = 0; i < fs.size(); ++i) {
      if (equals(price * fs[i])) return true;
      for (size_t j = i + 1; j < fs.size(); ++j)
        if (equals(price * fs[i] * fs[j])) return true;
    }
  }
  return false;
}

bool PartExtractor::SizedByCount(const Unit& u, const Candidate& c) const {
  auto [hb, he] = breaks_.HardClause(c.b, u.text.size());
  const bool per_data = !c.value.per.empty() && c.value.per != "month" && c.value.per != "year" &&
                        c.value.per != "once" && c.value.per.find("user") == std::string::npos;
  for (const Quantity& q : quantities_) {
    if (q.value.bound != claims::Bound::kExact || q.span.begin < hb || q.span.end > c.b) continue;
    // One of a thing right before the price prices nothing but the thing
    // (「月額利用料 1式 50,000円」; not 「1テナント販売される場合、…月額…」),
    // and a count the price multiplies (「8TB × 2,800円」) leaves it a unit price.
    if (q.value.kind == Kind::kCount && q.value.amount == 1 && breaks_.SoftBetween(q.span.end, c.b) == 0 &&
        CodePoints(u.text, q.span.end, c.b) <= 3)
      continue;
    if (OperatorAfter(u, q.span.end)) continue;
    // A count in a lead-in whose colon opens a statement of its own ("two
    // facts you asked for: Meridian Vault … £16 per TB") sizes nothing.
    if (const size_t colon = u.text.find(':', q.span.end); colon < c.b && NamesProductIn(colon, c.b, true)) continue;
    // …or a count of whom the deal is for ("the data team of 6 would be…")
    // — not one counting a set's members (「東京・大阪の2拠点で、1TBあたり
    // 月額2,500円」: its unit word is a cue of a set attribute).
    // A price per user is the same however many users buy it ("(beta, 25
    // users) - $30 per user per month").
    if (q.value.kind == Kind::kCount && (!q.unit_word.empty() || DealTargetRightBefore(u, q.number.begin)) &&
        !CountsMembers(q) && c.value.per.find("user") == std::string::npos)
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

bool PartExtractor::CountsMembers(const Quantity& q) const {
  for (const Mention& m : mentions_) {
    if (m.type() != MentionType::kCue || m.begin < q.number.end || m.begin > q.number.end + 1) continue;
    const claims::Attribute* a = CompanyAttribute(m.term->attribute);
    if (a && a->kind == Kind::kSet) return true;
  }
  return false;
}

bool PartExtractor::DealTargetRightBefore(const Unit& u, size_t at) const {
  for (const Mention& m : mentions_) {
    if (IsWord(m, "deal_target") && m.end <= at && CodePoints(u.text, m.end, at) <= 1) return true;
  }
  return false;
}

bool PartExtractor::HasBoundBetween(size_t b, size_t e) const {
  // A bound word sits between: the parser put it inside the quantity span
  // (a bound after the number, 300名以上, is not between).
  if (b >= e) return false;
  for (const Quantity& q : quantities_) {
    if (q.span.begin <= b && q.number.begin >= e && q.value.bound != claims::Bound::kExact) return true;
  }
  return false;
}

bool PartExtractor::IsPeriodDate(const Unit& u, const Candidate& c) const {
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

}  // namespace onevoice::extract::detail
