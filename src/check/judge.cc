#include "check/judge.h"

#include <cmath>

#include "claims/office.h"

namespace onevoice::check {
namespace {

using claims::Kind;
using claims::Tax;
using claims::Value;

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

bool DateWithin(const Value& stated, const std::string& base) {
  // Same precision: equal. Finer stated date: inside the base's period.
  // Coarser stated date (a year, a quarter): contains the base's.
  const std::string& s = stated.date;
  if (s == base) return true;
  if (!stated.date_max.empty()) return base.substr(0, 7) >= s.substr(0, 7) && base.substr(0, 7) <= stated.date_max.substr(0, 7);
  if (s.size() > base.size()) return s.substr(0, base.size()) == base;
  return base.substr(0, s.size()) == s;
}

double TaxFactor(const claims::Base& base, const std::string& office, const std::string& currency, Tax stated,
                 Tax canonical) {
  if (stated == Tax::kUnstated || stated == canonical || canonical == Tax::kUnstated) return 1.0;
  const double rate = base.TaxRate(office, currency);
  if (stated == Tax::kIncluded && canonical == Tax::kExcluded) return 1.0 + rate;
  if (stated == Tax::kExcluded && canonical == Tax::kIncluded) return rate > -1 ? 1.0 / (1.0 + rate) : 1.0;
  return 1.0;
}

}  // namespace

bool Matches(const claims::Base& base, const Value& stated, const claims::CanonicalClaim& c, const std::string& office) {
  const Value& v = c.value;
  switch (stated.kind) {
    case Kind::kSet: {
      for (const auto& m : c.members) {
        Value mv;
        mv.kind = Kind::kSet;
        mv.member = m;
        if (claims::SameValue(mv, stated)) return true;
      }
      return false;
    }
    case Kind::kBoolean: return v.kind == Kind::kBoolean && v.truth == stated.truth;
    case Kind::kDate: return DateWithin(stated, v.date);
    case Kind::kMoney: {
      if (stated.currency != v.currency) return false;
      // A yearly figure for a monthly price (or the reverse) compares at 12 months.
      double period = 1.0;
      if (!stated.per.empty() && !v.per.empty() && stated.per != v.per) {
        auto swap = [](std::string p, const std::string& from, const std::string& to) {
          size_t at = p.find(from);
          return at == std::string::npos ? p : p.replace(at, from.size(), to);
        };
        if (swap(stated.per, "year", "month") == v.per) {
          period = 12.0;
        } else if (swap(stated.per, "month", "year") == v.per) {
          period = 1.0 / 12.0;
        } else {
          return false;
        }
      }
      // A tax-included amount of an office whose prices exclude tax: base × (1 + rate).
      Tax canonical_tax = v.tax;
      if (canonical_tax == Tax::kUnstated) {
        const claims::Office* o = base.FindOffice(office);
        if (o) canonical_tax = o->tax_quoted;
      }
      double f = TaxFactor(base, office, stated.currency, stated.tax, canonical_tax);
      if (stated.tax == Tax::kIncluded && canonical_tax == Tax::kExcluded && f == 1.0) return false;
      return Near(stated.amount, v.amount * f * period);
    }
    default: break;
  }
  if (stated.bound == claims::Bound::kRange) {
    // Against a maximum, a range is right when its upper end is the maximum
    // ("0.5 to 2 seconds" for at most 2); one that passes it, or stops short
    // of it, says something else.
    if (v.bound == claims::Bound::kMax) return Near(stated.MagnitudeMax(), v.Magnitude());
    if (v.bound == claims::Bound::kMin) return Near(stated.Magnitude(), v.Magnitude());
    return Near(stated.Magnitude(), v.Magnitude()) && Near(stated.MagnitudeMax(), v.MagnitudeMax());
  }
  if (v.bound == claims::Bound::kRange) {
    return stated.Magnitude() >= v.Magnitude() - 1e-9 && stated.Magnitude() <= v.MagnitudeMax() + 1e-9;
  }
  return Near(stated.Magnitude(), v.Magnitude());
}

Verdict Judge(const claims::Base& base, const extract::Claim& claim) {
  Verdict out;
  std::vector<const claims::CanonicalClaim*> all = base.ClaimsFor(claim.product, claim.attribute);
  if (all.empty()) {
    out.kind = "unverified";
    return out;
  }
  const std::string& office = claim.office;
  const std::string& date = claim.as_of;
  std::vector<const claims::CanonicalClaim*> mine, others;
  for (const auto* c : all) (c->AppliesTo(office) && (office != claims::kUnknownOffice || c->offices.empty()) ? mine : others).push_back(c);
  // Expected: this office's claims valid on the date.
  for (const auto* c : mine) {
    if (c->ValidOn(date)) {
      auto vs = c->Values();
      out.expected.insert(out.expected.end(), vs.begin(), vs.end());
      if (!out.against) out.against = c;
    }
  }
  for (const auto* c : mine) {
    if (c->ValidOn(date) && Matches(base, claim.value, *c, office)) {
      out.kind = "ok";
      out.against = c;
      return out;
    }
  }
  for (const auto* c : mine) {
    if (!c->ValidOn(date) && Matches(base, claim.value, *c, office)) {
      out.kind = claim.former ? "ok" : "stale";
      out.against = c;
      return out;
    }
  }
  for (const auto* c : others) {
    if (c->ValidOn(date)) {
      // Judged as that office would quote it (its tax rules).
      std::string their = c->offices.empty() ? office : c->offices.front();
      if (Matches(base, claim.value, *c, their)) {
        out.kind = "office-variant";
        if (!out.against) out.against = c;
        return out;
      }
    }
  }
  if (mine.empty()) {
    // Nothing applies to this speaker (a customer quoting a price): the base
    // has no value for them to be wrong about.
    out.kind = "unverified";
    return out;
  }
  out.kind = "conflict";
  return out;
}

}  // namespace onevoice::check
