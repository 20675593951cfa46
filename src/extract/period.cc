#include "extract/period.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace onevoice::extract {
namespace {

using claims::Kind;

bool HasWord(const UnitFacts& u, std::string_view category, size_t b, size_t e) {
  for (const Mention& m : u.mentions) {
    if (IsWord(m, category) && m.begin >= b && m.end <= e) return true;
  }
  return false;
}

// A word of the present ("today", 現在) between b and e.
bool PresentBetween(const UnitFacts& u, size_t b, size_t e) {
  for (const Mention& m : u.mentions) {
    if (IsPeriodMarker(m, "present") && m.begin >= b && m.end <= e)
      return true;
  }
  return false;
}

// An opening bracket in [b, e) that is not closed before e.
bool OpenBracketBetween(std::string_view t, size_t b, size_t e) {
  int depth = 0;
  for (size_t i = b; i < e; ++i) {
    if (t[i] == '(') ++depth;
    else if (t[i] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

// The date q, after a value ending at `from`, stands in brackets opened
// after that value which hold a value of their own ("…1万ユーザーまで
// （2026年3月31日までの上限は5,000ユーザー）": the period is the bracketed
// value's, not the one before; 「最大1,000名（令和8年10月1日～）」 dates it).
bool BracketedWithItsOwnValue(const UnitFacts& u, size_t from, const Quantity& q) {
  if (!OpenBracketBetween(u.text, from, q.span.begin)) return false;
  const size_t open = u.text.rfind('(', q.span.begin);
  size_t close = u.text.find(')', q.span.end);
  if (close == std::string_view::npos) close = u.text.size();
  for (const Quantity& x : u.quantities) {
    if (x.value.kind != Kind::kDate && x.span.begin > open && x.span.end <= close) return true;
  }
  return false;
}

// A value (not a date) that begins at or after `from` ends at most one code
// point before `at`.
bool PeriodOfAnotherValue(const UnitFacts& u, size_t at, size_t from = 0) {
  for (const Quantity& x : u.quantities) {
    if (x.value.kind != Kind::kDate && x.span.begin >= from && x.span.end <= at &&
        CodePoints(u.text, x.span.end, at) <= 1)
      return true;
  }
  return false;
}

}  // namespace

std::string LastDayOf(const std::string& date) {
  // "YYYY" -> YYYY-12-31, "YYYY-MM" -> last day of the month.
  if (date.size() == 4) return date + "-12-31";
  if (date.size() == 7) {
    int y = std::atoi(date.substr(0, 4).c_str()), m = std::atoi(date.substr(5, 2).c_str());
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int d = (m >= 1 && m <= 12) ? kDays[m - 1] : 31;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) d = 29;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s-%02d", date.c_str(), d);
    return buf;
  }
  return date;
}

std::string FirstDayOf(const std::string& date) {
  if (date.size() == 4) return date + "-01-01";
  if (date.size() == 7) return date + "-01";
  return date;
}

// The same date a year earlier ("2027-03" -> "2026-03").
std::string YearBefore(const std::string& date) {
  std::string year = std::to_string(std::atoi(date.substr(0, 4).c_str()) - 1);
  return year.size() == 4 ? year + date.substr(4) : date;
}

std::string DayBefore(const std::string& ymd) {
  int y = std::atoi(ymd.substr(0, 4).c_str()), m = std::atoi(ymd.substr(5, 2).c_str()),
      d = std::atoi(ymd.substr(8, 2).c_str());
  if (--d == 0) {
    if (--m == 0) {
      m = 12;
      --y;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return LastDayOf(buf);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// A period marker that needs a word of another category in the clause
// ("on April 1" places a value only after a change: "doubles to 10,000 on
// April 1"; `needs: change_verb`) has it in the soft clause of `at`.
bool MarkerApplies(const UnitFacts& u, const Mention& marker, size_t at) {
  const std::string& needs = marker.term->entry->Attr("needs");
  if (needs.empty()) return true;
  auto [sb, se] = u.breaks.SoftClause(at, u.text.size());
  return HasWord(u, needs, sb, se);
}

// A date with a period marker (from, until, before) right beside it lies
// in [b, e).
bool PeriodDateIn(const UnitFacts& u, size_t b, size_t e) {
  for (const Quantity& q : u.quantities) {
    if (q.value.kind != Kind::kDate || q.span.begin < b || q.span.end > e) continue;
    for (const Mention& m : u.mentions) {
      if (!IsWord(m, "period_marker")) continue;
      const std::string& means = m.term->entry->Attr("means");
      if (means != "until" && means != "before" && means != "from") continue;
      if ((m.end <= q.span.begin && q.span.begin - m.end <= 1) || (m.begin >= q.span.end && m.begin - q.span.end <= 1))
        return true;
    }
  }
  return false;
}

namespace {

// A former-value marker, not the tail of a change verb ("up from" in "goes
// up from 5,000 to 10,000": the value after the change is the new one).
bool FormerMarker(const UnitFacts& u, const Mention& m) {
  if (!IsPeriodMarker(m, "former")) return false;
  for (const Mention& v : u.mentions)
    if (IsWord(v, "change_verb") && v.begin < m.begin && v.end >= m.end) return false;
  return true;
}

}  // namespace

// A value placed in a period is judged in that period: the period date
// nearest before it in its sentence (else the one after), with its marker
// ("until March 2026", 「2026年4月以降は」).
Placement PlaceInTime(const UnitFacts& u, size_t value_begin, size_t value_end, const std::string& text_as_of) {
  struct { size_t b, e; } c{value_begin, value_end};
  // The old side of a change that takes effect on a day ("goes up from
  // 5,000 to 10,000 on April 1, 2026", 「4月1日より5,000名から1万名に」)
  // held until the day before the new value's.
  for (const Quantity& q : u.quantities) {
    if (!q.change_from || q.span.begin > c.b || q.span.end < c.e) continue;
    for (const Quantity& next : u.quantities) {
      if (next.value.kind == Kind::kDate || next.span.begin < q.span.end) continue;
      const Placement then = PlaceInTime(u, next.span.begin, next.span.end, text_as_of);
      if (then.as_of.size() == 10) return {DayBefore(then.as_of)};
      break;
    }
    break;
  }
  auto [hb, he] = u.breaks.HardClause(c.b, u.text.size());
  // A value said of the present in its own clause ("…5,000 users per
  // tenant today, and from 1 April…", 「現在は最大5,000ユーザーですが」) is
  // judged as of the message.
  {
    auto [sb, se] = u.breaks.SoftClause(c.b, u.text.size());
    if (PresentBetween(u, sb, se)) return {};
    // So is one after a present word that opens its sentence, with no
    // date between and none in its own clause ("現在、シンクは最大5,000
    // ユーザーですが、4月1日以降は…"; not "now, rising to 10k from 1 April",
    // nor a value in brackets of its own).
    if (PresentBetween(u, hb, sb) && !OpenBracketBetween(u.text, hb, c.b)) {
      bool dated = false;
      for (const Quantity& q : u.quantities)
        dated = dated || (q.value.kind == Kind::kDate && q.span.begin >= hb && q.span.end <= std::max(c.b, se));
      if (!dated) return {};
    }
  }
  // The value's clause: is it past tense, or does a former value's marker
  // stand in it ("up from 5,000 until the end of March": that March is the
  // last one) — right before the value ("up from 5,000")?
  const auto [vb, value_clause_end] = u.breaks.SoftClause(c.b, u.text.size());
  bool former_value = false, former_in_clause = false;
  for (const Mention& m : u.mentions) {
    if (!FormerMarker(u, m)) continue;
    former_in_clause = former_in_clause || (m.begin >= vb && m.end <= value_clause_end);
    former_value = former_value || (m.begin < c.b && (m.end > c.b || CodePoints(u.text, m.end, c.b) <= 1));
  }
  const bool value_clause_past = former_in_clause || HasWord(u, "past_tense", vb, value_clause_end);
  std::string best, at, held;
  size_t best_dist = std::string::npos;
  bool best_ends = false;  // best is the end of a period (until, before)
  for (const Quantity& q : u.quantities) {
    if (q.value.kind != Kind::kDate || q.value.date.empty()) continue;
    bool same_clause = q.span.begin >= hb && q.span.end <= he;
    if (same_clause && at.empty()) {
      at = FirstDayOf(q.value.date);
      // A date after the value with no period word before it ("up from
      // 500 last year") is when the former value held: judged at its end.
      // (One before it is the change's: 「2026年4月に5,000ユーザーから拡張」.)
      bool marked = q.span.begin < c.e;
      for (const Mention& m : u.mentions)
        marked = marked || (IsWord(m, "period_marker") && m.end <= q.span.begin && CodePoints(u.text, m.end, q.span.begin) <= 1);
      if (!marked) held = LastDayOf(q.value.date_max.empty() ? q.value.date : q.value.date_max);
    }
    for (const Mention& m : u.mentions) {
      if (!IsWord(m, "period_marker")) continue;
      size_t before = m.end <= q.span.begin ? CodePoints(u.text, m.end, q.span.begin) : 999;
      size_t after = m.begin >= q.span.end ? CodePoints(u.text, q.span.end, m.begin) : 999;
      if (before > 1 && after > 1) continue;
      const std::string& means = m.term->entry->Attr("means");
      if (means != "until" && means != "before" && means != "from" && means != "during") continue;
      // Past tense in the value's clause or the date's, not in a clause of
      // its own (「昨年ご案内しておりましたとおり、…4月から…」).
      auto [db, de] = u.breaks.SoftClause(q.span.begin, u.text.size());
      const bool past = value_clause_past || HasWord(u, "past_tense", db, de);
      // "in 2025, it supported…": a period of the past the value was true
      // in; not the value itself ("GA in January 2027").
      if (means == "during" && (!past || q.span.begin == c.b)) continue;
      if (!MarkerApplies(u, m, c.b)) continue;
      size_t dist;
      // A present word between the date and the value ends that period
      // ("…5,000 users; today the limit is 10,000").
      if (q.span.end <= c.b ? PresentBetween(u, q.span.end, c.b) : PresentBetween(u, c.e, q.span.begin)) continue;
      // "5,000 users until March 2026 and 10,000 users from April": a
      // marker and date right after another value are that value's period.
      if (q.span.end <= c.b && m.end <= q.span.begin && PeriodOfAnotherValue(u, m.begin)) continue;
      if (q.span.end <= c.b) {
        dist = CodePoints(u.text, q.span.end, c.b);
        // A value in brackets of its own is in the period its brackets
        // name first ("…since April 1, 2026 (the limit was 5,000 users
        // until March 31, 2026)"); the date outside only when they name none.
        if (OpenBracketBetween(u.text, q.span.end, c.b)) dist += 20000;
      } else if (same_clause && !BracketedWithItsOwnValue(u, c.e, q) &&
                 !(m.begin >= c.e && PeriodOfAnotherValue(u, m.begin, c.e))) {
        // After the value: a weaker tie — not a marker right after another
        // value ("10,000 users, up from 5,000 until the end of March") —
        // unless the value is a former one and the date in its own clause
        // (that 5,000: its period is the one after it).
        dist = CodePoints(u.text, c.e, q.span.begin);
        if (!(former_value && q.span.end <= value_clause_end)) dist += 10000;
      } else {
        continue;
      }
      if (dist < best_dist) {
        best_dist = dist;
        // A month named without its year in a sentence in the past ("Until
        // the end of March Sync was capped at 5,000") is the last one.
        std::string date = q.value.date;
        if (q.year_inferred && date > text_as_of && (past || m.term->entry->Attr("past") == "true"))
          date = YearBefore(date);
        // A range (a quarter, a fiscal year) lasts until its last month.
        if ((means == "until" || means == "during") && !q.value.date_max.empty() && date == q.value.date)
          date = q.value.date_max;
        best_ends = means == "until" || means == "before";
        best = means == "until" || means == "during" ? LastDayOf(date)
               : means == "before" ? DayBefore(FirstDayOf(date))
                                   : FirstDayOf(date);
      }
    }
  }
  // A period that ends says when the value held, former or not
  // (「2025年度まで最大500名でした」).
  if (best_ends && best.size() == 10) return {best};
  // "…から拡張", "up from", "previously": a value the product had before.
  auto [sb, se] = u.breaks.SoftClause(c.b, u.text.size());
  for (const Mention& m : u.mentions) {
    if (!FormerMarker(u, m)) continue;
    // Right after the value, or later in its clause with no other value
    // between ("the 5,000 figure was the old limit").
    bool later = m.begin >= c.e && m.end <= se && CodePoints(u.text, c.e, m.begin) <= 20;
    for (const Quantity& q : u.quantities) later = later && !(q.span.begin >= c.e && q.span.end <= m.begin);
    bool near_value = (m.begin >= c.e && CodePoints(u.text, c.e, m.begin) <= 2) || later ||
                      (m.begin < c.b && m.end > c.b) ||  // "up from" over the value's own "from"
                      (m.end <= c.b && CodePoints(u.text, m.end, c.b) <= 12 && m.begin >= sb);
    if (!near_value) continue;
    if (held.size() == 10 && held <= text_as_of) return {held};
    if (!at.empty() && at.size() == 10) {
      // A former value ends in the past: a month named without its year
      // ("the old limit, before April") is the last one before the text.
      if (at > text_as_of && text_as_of.size() == 10) at = YearBefore(at);
      return {DayBefore(at)};
    }
    return {"", true};
  }
  return {best.size() == 10 ? best : ""};
}

}  // namespace onevoice::extract
