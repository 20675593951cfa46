// Which attribute a value states: PartExtractor::AttributeFor, cue
// scores and billing units.
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

PartExtractor::Choice PartExtractor::AttributeFor(const Unit& u, const Candidate& c, int product, const TableContext* table) const {
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
    if (c.kind == Kind::kSet && score > kCueLimit && has_claims &&
        (ProductBeside(u, c) || ContinuesMembers(u, c, *a) || AnswersMemberAsked(u, c, table)))
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

bool PartExtractor::ContinuesMembers(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
  const Mention* prev = nullptr;
  for (const Mention& m : mentions_) {
    if (m.type() == MentionType::kMember && m.term->attribute == a.id && m.end <= c.b && (!prev || m.end > prev->end))
      prev = &m;
  }
  if (!prev) return false;
  bool claimed = false;
  for (const auto& [attribute, end] : unit_values_) claimed = claimed || (attribute == &a && end == prev->end);
  if (!claimed) return false;
  static constexpr std::string_view kListMarks[] = {",", "、", "・", "/", ";", " "};
  // A short bracketed qualifier after a member ("Osaka (Japan), Oregon
  // (US), Frankfurt (Germany)") is part of the list.
  if (OnlyMarksBetween(u, prev->end, c.b, kListMarks, /*conjunctions=*/true, /*qualifiers=*/true)) return true;
  return ParallelClauseMembers(u, c, a, prev->end);
}

bool PartExtractor::ParallelClauseMembers(const Unit& u, const Candidate& c, const claims::Attribute& a, size_t prev_end) const {
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

const claims::Attribute* PartExtractor::CompanyAttribute(const std::string& id) const {
  auto it = base_.attributes.find(id);
  return it == base_.attributes.end() ? nullptr : &it->second;
}

bool PartExtractor::ContinuesList(const Candidate& c, const claims::Attribute& a) const {
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

bool PartExtractor::NamesProductIn(size_t b, size_t e, bool anaphora) const {
  for (const Mention& m : mentions_) {
    if ((IsProductMention(m) || (anaphora && IsWord(m, "anaphora"))) && m.begin >= b && m.end <= e) return true;
  }
  return false;
}

bool PartExtractor::AnswersMemberAsked(const Unit& u, const Candidate& c, const TableContext* table) const {
  if (!table || c.cell < 0 || table->Role(c.cell) == "requirement" || QuestionCell(u, c.cell)) return false;
  for (size_t k = 0; k < u.cells.size(); ++k) {
    const int cell = static_cast<int>(k);
    if (cell == c.cell || (table->Role(cell) != "requirement" && !QuestionCell(u, cell))) continue;
    for (const Mention& m : mentions_) {
      if (m.type() == MentionType::kMember && m.term->attribute == c.attribute && m.begin >= u.cells[k].begin &&
          m.end <= u.cells[k].end)
        return true;
    }
  }
  return false;
}

bool PartExtractor::ProductBeside(const Unit& u, const Candidate& c, bool follow_list) const {
  auto [b, e] = c.cell >= 0 ? std::pair<size_t, size_t>{0, u.text.size()} : breaks_.SoftClause(c.b, u.text.size());
  // A short label before a colon opening the sentence is the clause's
  // subject ("Meridian Sync: Windows, macOS, iOS and Android clients").
  if (c.cell < 0) b = ColonLabelStart(u, b, 30);
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

size_t PartExtractor::ColonLabelStart(const Unit& u, size_t b, size_t max_points) const {
  if (b == 0 || u.text[b - 1] != ':') return b;
  const size_t lb = breaks_.SoftClause(b - 1, u.text.size()).first;
  const bool opens = lb == breaks_.HardClause(b - 1, u.text.size()).first;
  return opens && CodePoints(u.text, lb, b - 1) <= max_points ? lb : b;
}

bool PartExtractor::CueInClause(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
  auto [sb, se] = breaks_.SoftClause(c.b, u.text.size());
  for (const Mention& m : mentions_) {
    if (m.type() == MentionType::kCue && m.term->attribute == a.id && m.begin >= sb && m.end <= se) return true;
  }
  return false;
}

bool PartExtractor::SubjectCue(const Unit& u, const Candidate& c, const claims::Attribute& a) const {
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
  // hours"); a longer one only when it opens with the cue ("RTO target for
  // a full database restore: 4 hours").
  if (const size_t lb = ColonLabelStart(u, sb, 60); lb != sb) {
    bool opens_with_cue = false;
    for (const Mention& m : mentions_)
      opens_with_cue = opens_with_cue || (m.type() == MentionType::kCue && m.term->attribute == a.id && m.begin == lb);
    if (opens_with_cue || CodePoints(u.text, lb, sb - 1) <= 30) sb = lb;
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
    // So does a value of the same kind between; one of another kind only
    // qualifies the subject ("responds to Severity 1 tickets within 1 hour",
    // "RTO for a full-site restore of the 61 TB is roughly 8 hours").
    for (const Quantity& q : quantities_)
      between = between || (q.span.begin >= m.end && q.span.end <= c.b && q.value.kind == c.kind);
    if (!between) return true;
  }
  return false;
}

int PartExtractor::AttributesWithClaims(int product, Kind kind) const {
  int n = 0;
  for (const claims::Attribute* a : e_.AttributesOf(product)) {
    if (a->kind == kind && e_.HasClaims(product, a)) ++n;
  }
  return n;
}

int PartExtractor::PerScore(const std::string& stated, const std::string& unit) {
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

bool PartExtractor::CueDenied(const Unit& u, const Mention& cue) const {
  for (const Mention& m : mentions_) {
    if (!IsWord(m, "cue_denial")) continue;
    const bool after = m.term->entry->Attr("at") == "after";
    if (!after && m.end <= cue.begin && CodePoints(u.text, m.end, cue.begin) <= 1) return true;
    if (after && m.begin >= cue.end && CodePoints(u.text, cue.end, m.begin) <= 1) return true;
  }
  return false;
}

const Mention* PartExtractor::JoinedCue(const Unit& u, const Mention& cue, Kind kind, bool before) const {
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

int PartExtractor::CueScore(const Unit& u, const Candidate& c, const claims::Attribute& a, const TableContext* table) const {
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
      // An attribute named in brackets after the value's phrase, with no
      // other value between ("restores to a point within 15 minutes of any
      // failure (RPO)"), labels it outright.
      if (m.begin > c.e && u.text[m.begin - 1] == '(' && m_end < u.text.size() && u.text[m_end] == ')' &&
          breaks_.HardBetween(c.e, m.begin) == 0) {
        bool between = false;
        for (const Quantity& q : quantities_) between = between || (q.span.begin >= c.e && q.span.end <= m.begin);
        if (!between) score = -5;
      }
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
              (u.text.find(':', m.end) < c.b || u.text.find(" ..", m.end) < c.b)))))
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
  // …and a sentence that leads into the list, as a lead-in line does: one
  // ending in a colon ("On the file-sharing side, Meridian Sync apps are
  // available for:") or saying so (「同製品の対応OSは以下のとおりです。」); a
  // sentence before a list that only describes (「…経営ダッシュボードとして
  // 可視化する…サービスです。」) lends no cue.
  if (u.kind == UnitKind::kBullet) {
    const int lead = ListLeadUnit(u, /*named=*/false);
    if (lead >= 0 && LeadsIn(lead) && HeadingCues(lead, a.id)) best = std::min(best, 40);
  }
  return best;
}

bool PartExtractor::NamesOtherThing(const Unit& u, const Candidate& c) const {
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

bool PartExtractor::RestatesCountOf(const Unit& u, const Candidate& c, const Mention& m) const {
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

bool PartExtractor::OwnUnitCue(const Unit& u, const Candidate& c, const Mention& m) const {
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

int PartExtractor::UnitDistance(const std::string& a, const std::string& b) {
  static const char* kOrder[] = {"milliseconds", "seconds", "minutes", "hours", "days", "weeks", "months", "years"};
  int ia = -1, ib = -1;
  for (int i = 0; i < 8; ++i) {
    if (a == kOrder[i]) ia = i;
    if (b == kOrder[i]) ib = i;
  }
  if (ia < 0 || ib < 0) return 0;
  return std::abs(ia - ib);
}

Placement PartExtractor::HeaderPeriod(const std::string& header) const {
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

const std::vector<Mention>& PartExtractor::RawMentions(int index) const {
  auto& found = raw_mentions_[index];
  if (!found) found = e_.FindMentions(units_[index].text, units_[index].lower);
  return *found;
}

size_t PartExtractor::CodePoints(std::string_view s, size_t b, size_t e) const {
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

bool PartExtractor::HeadingCues(int heading, const std::string& attribute) const {
  for (const Mention& m : RawMentions(heading)) {
    if (m.type() == MentionType::kCue && m.term->attribute == attribute) return true;
  }
  return false;
}

}  // namespace onevoice::extract::detail
