#include "check/cross_office.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

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
    std::sort(list.begin(), list.end(), [](const JudgedClaim& a, const JudgedClaim& b) { return a.date < b.date; });
    // Pairs of offices -> the claims on each side that disagree.
    struct Pair {
      std::vector<const JudgedClaim*> sides;
      std::set<std::string> seen;
    };
    std::map<std::pair<std::string, std::string>, Pair> pairs;
    for (size_t i = 0; i < list.size(); ++i) {
      long di = DayNumber(list[i].date);
      for (size_t j = i + 1; j < list.size(); ++j) {
        long dj = DayNumber(list[j].date);
        if (dj - di > options.window_days) break;
        const JudgedClaim& a = list[i];
        const JudgedClaim& b = list[j];
        if (a.office == b.office) continue;
        if (a.verdict == "ok" && b.verdict == "ok") continue;  // each right at its own date
        if (Agree(base, a, b)) continue;
        auto k = a.office < b.office ? std::make_pair(a.office, b.office) : std::make_pair(b.office, a.office);
        Pair& p = pairs[k];
        for (const JudgedClaim* c : {&a, &b}) {
          std::string id = c->where.file + "|" + c->where.message_id + "|" + std::to_string(c->where.line) + "|" +
                           std::to_string(c->where.column);
          if (p.seen.insert(id).second) p.sides.push_back(c);
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
