#include "check/cross_office.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "check/messages.h"
#include "claims/office.h"

namespace onevoice::check {
namespace {

using claims::Kind;
using claims::Value;

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

// [lo, hi] of a numeric value in comparable units.
std::pair<double, double> Interval(const Value& v) {
  return {v.Magnitude(), v.MagnitudeMax()};
}

double TaxExcluded(const claims::Base* base, const JudgedClaim& c) {
  double amount = c.value.amount;
  if (c.value.tax == claims::Tax::kIncluded && base) {
    if (const claims::Office* o = base->FindOffice(c.office)) {
      if (o->tax_rate > 0) amount /= (1.0 + o->tax_rate);
    }
  }
  return amount;
}

}  // namespace

long DayNumber(const std::string& ymd) {
  if (ymd.size() < 10) return -1;
  int y = std::atoi(ymd.substr(0, 4).c_str()), m = std::atoi(ymd.substr(5, 2).c_str()),
      d = std::atoi(ymd.substr(8, 2).c_str());
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  // Days from civil (Howard Hinnant's algorithm).
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool Agree(const claims::Base* base, const JudgedClaim& a, const JudgedClaim& b) {
  const Value& x = a.value;
  const Value& y = b.value;
  if (x.kind != y.kind) return true;  // not comparable: no evidence of conflict
  switch (x.kind) {
    case Kind::kSet: return true;
    case Kind::kBoolean: return x.truth == y.truth;
    case Kind::kDate: {
      const std::string& s = x.date.size() <= y.date.size() ? x.date : y.date;
      const std::string& l = x.date.size() <= y.date.size() ? y.date : x.date;
      return l.compare(0, s.size(), s) == 0;
    }
    case Kind::kMoney:
      if (x.currency != y.currency || x.per != y.per) return true;  // different things
      return Near(TaxExcluded(base, a), TaxExcluded(base, b));
    default: {
      auto [xl, xh] = Interval(x);
      auto [yl, yh] = Interval(y);
      // Ranges overlap, or share an end; exact values must be equal.
      return xl <= yh + 1e-9 && yl <= xh + 1e-9 && (x.bound == claims::Bound::kRange || y.bound == claims::Bound::kRange ||
                                                    Near(xl, yl));
    }
  }
}

// What decides whether a claim disagrees with another: its office, its
// value (every field, exactly) and whether it was right at its own date.
std::string ClassKey(const JudgedClaim& c) {
  const Value& v = c.value;
  std::string k = c.office;
  auto add = [&k](std::string_view part) {
    k += '\x1f';
    k += part;
  };
  auto bits = [](double d) {
    uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return std::to_string(u);
  };
  add(c.verdict == "ok" ? "ok" : "-");
  add(std::to_string(static_cast<int>(v.kind)) + "/" + std::to_string(static_cast<int>(v.bound)) + "/" +
      std::to_string(v.inclusive) + std::to_string(v.approximate) + std::to_string(v.truth) + "/" +
      std::to_string(static_cast<int>(v.tax)));
  add(bits(v.amount));
  add(bits(v.amount_max));
  for (const std::string* f : {&v.unit, &v.currency, &v.per, &v.date, &v.date_max, &v.member}) add(*f);
  return k;
}

std::vector<Finding> FindCrossOffice(const claims::Base* base, std::vector<JudgedClaim> claims,
                                     const CrossOfficeOptions& options) {
  std::map<std::pair<std::string, std::string>, std::vector<JudgedClaim>> groups;
  for (auto& c : claims) {
    if (c.office.empty() || c.office == claims::kUnknownOffice || c.value.kind == Kind::kSet) continue;
    if (DayNumber(c.date) < 0) continue;
    groups[{c.product, c.attribute}].push_back(std::move(c));
  }
  std::vector<Finding> out;
  for (auto& [key, list] : groups) {
    std::stable_sort(list.begin(), list.end(),
                     [](const JudgedClaim& a, const JudgedClaim& b) { return a.date < b.date; });
    const size_t n = list.size();
    // Claims of one office, value and ok-ness are interchangeable here:
    // compare classes, not claims, so that an archive where thousands of
    // messages state a handful of values costs n × (classes in the window),
    // not n × (claims in the window).
    std::vector<long> day(n);
    std::vector<int> cls(n);
    std::vector<const JudgedClaim*> rep;  // one claim per class
    std::unordered_map<std::string, int> class_of;
    for (size_t i = 0; i < n; ++i) {
      day[i] = DayNumber(list[i].date);
      auto [it, added] = class_of.emplace(ClassKey(list[i]), static_cast<int>(rep.size()));
      if (added) rep.push_back(&list[i]);
      cls[i] = it->second;
    }
    std::unordered_map<uint64_t, bool> memo;
    auto disagree = [&](int p, int q) {
      const uint64_t k = (static_cast<uint64_t>(std::min(p, q)) << 32) | static_cast<uint32_t>(std::max(p, q));
      auto it = memo.find(k);
      if (it != memo.end()) return it->second;
      const JudgedClaim& a = *rep[p];
      const JudgedClaim& b = *rep[q];
      const bool d = a.office != b.office &&
                     !(a.verdict == "ok" && b.verdict == "ok") &&  // each right at its own date
                     !Agree(base, a, b);
      memo.emplace(k, d);
      return d;
    };
    // Pairs of offices -> the claims on each side that disagree, in date order.
    struct Pair {
      std::vector<const JudgedClaim*> sides;
      std::set<std::string> seen;  // where each side was found: a claim listed twice counts once
      size_t last = SIZE_MAX;      // index of the claim added last
    };
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    // The classes of the claims within window_days of claim i, with counts.
    std::vector<int> count(rep.size(), 0), active, slot(rep.size(), -1);
    auto enter = [&](size_t j) {
      if (count[cls[j]]++ == 0) {
        slot[cls[j]] = static_cast<int>(active.size());
        active.push_back(cls[j]);
      }
    };
    auto leave = [&](size_t j) {
      if (--count[cls[j]] == 0) {
        const int k = cls[j], at = slot[k];
        active[at] = active.back();
        slot[active[at]] = at;
        active.pop_back();
      }
    };
    size_t lo = 0, hi = 0;
    for (size_t i = 0; i < n; ++i) {
      while (hi < n && day[hi] - day[i] <= options.window_days) enter(hi++);
      while (day[i] - day[lo] > options.window_days) leave(lo++);
      for (int k : active) {
        if (k == cls[i] || !disagree(cls[i], k)) continue;
        const std::string& x = list[i].office;
        const std::string& y = rep[k]->office;
        Pair& p = pairs[x < y ? std::make_pair(x, y) : std::make_pair(y, x)];
        if (p.last == i) continue;
        p.last = i;
        const Location& w = list[i].where;
        if (p.seen.insert(w.file + "|" + w.message_id + "|" + std::to_string(w.line) + "|" +
                          std::to_string(w.column))
                .second) {
          p.sides.push_back(&list[i]);
        }
      }
    }
    for (auto& [offices, p] : pairs) {
      Finding f;
      f.kind = FindingKind::kCrossOffice;
      f.severity = DefaultSeverity(f.kind);
      f.product = key.first;
      f.attribute = key.second;
      f.offices = {offices.first, offices.second};
      f.where.file = options.file;
      for (const JudgedClaim* c : p.sides) {
        if (!f.values.count(c->office)) f.values[c->office] = c->value;
        CrossOfficeSide s;
        s.file = c->where.file;
        s.message_id = c->where.message_id;
        s.office = c->office;
        s.date = c->date;
        s.line = c->where.line;
        s.column = c->where.column;
        s.value = c->value;
        s.excerpt = c->text;
        f.sides.push_back(std::move(s));
      }
      std::string found;
      for (const auto& [o, v] : f.values) found += (found.empty() ? "" : ", ") + o + ": " + v.ToString();
      f.found_text = found;
      const claims::Product* prod = base ? base->FindProduct(f.product) : nullptr;
      std::string attr = f.attribute;
      std::replace(attr.begin(), attr.end(), '_', ' ');
      f.message = base && base->lexicon
                      ? FormatMessage(*base->lexicon, "en", "cross-office",
                                      {{"product", prod ? prod->names.canonical : f.product}, {"attribute", attr}, {"found", found}})
                      : f.product + " " + attr + ": " + found;
      if (!p.sides.empty()) {
        if (f.where.file.empty()) f.where.file = p.sides.front()->where.file;
        f.where.message_id = p.sides.front()->where.message_id;
        f.where.line = p.sides.front()->where.line;
        f.where.column = p.sides.front()->where.column;
        f.as_of = p.sides.front()->date;
        f.excerpt = p.sides.front()->text;
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace onevoice::check
