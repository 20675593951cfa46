#include "claims/value.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace onevoice::claims {

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kCount: return "count";
    case Kind::kMoney: return "money";
    case Kind::kPercent: return "percent";
    case Kind::kDuration: return "duration";
    case Kind::kDataSize: return "data-size";
    case Kind::kDate: return "date";
    case Kind::kSet: return "set";
    case Kind::kBoolean: return "boolean";
  }
  return "count";
}

std::optional<Kind> KindFromName(std::string_view name) {
  for (Kind k : {Kind::kCount, Kind::kMoney, Kind::kPercent, Kind::kDuration, Kind::kDataSize,
                 Kind::kDate, Kind::kSet, Kind::kBoolean}) {
    if (KindName(k) == name) return k;
  }
  return std::nullopt;
}

bool IsNumeric(Kind kind) {
  return kind == Kind::kCount || kind == Kind::kMoney || kind == Kind::kPercent ||
         kind == Kind::kDuration || kind == Kind::kDataSize;
}

std::string_view TaxName(Tax tax) {
  switch (tax) {
    case Tax::kIncluded: return "included";
    case Tax::kExcluded: return "excluded";
    case Tax::kUnstated: return "";
  }
  return "";
}

std::string_view BoundName(Bound bound) {
  switch (bound) {
    case Bound::kExact: return "exact";
    case Bound::kMax: return "max";
    case Bound::kMin: return "min";
    case Bound::kRange: return "range";
  }
  return "exact";
}

std::optional<Bound> BoundFromName(std::string_view name) {
  for (Bound b : {Bound::kExact, Bound::kMax, Bound::kMin, Bound::kRange}) {
    if (BoundName(b) == name) return b;
  }
  return std::nullopt;
}

double SecondsPerUnit(std::string_view unit) {
  if (unit == "milliseconds") return 0.001;
  if (unit == "seconds") return 1;
  if (unit == "minutes") return 60;
  if (unit == "hours") return 3600;
  if (unit == "days") return 86400;
  if (unit == "weeks") return 7 * 86400.0;
  if (unit == "months") return 30 * 86400.0;
  if (unit == "years") return 365 * 86400.0;
  return 0;
}

double Value::Magnitude() const {
  if (kind == Kind::kDuration) return amount * SecondsPerUnit(unit);
  return amount;
}

double Value::MagnitudeMax() const {
  if (bound != Bound::kRange) return Magnitude();
  if (kind == Kind::kDuration) return amount_max * SecondsPerUnit(unit);
  return amount_max;
}

std::string FormatNumber(double n) {
  char buf[64];
  if (std::fabs(n - std::llround(n)) < 1e-9 && std::fabs(n) < 1e18) {
    long long v = std::llround(n);
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
      if (count && count % 3 == 0) out.insert(out.begin(), ',');
      out.insert(out.begin(), *it);
      ++count;
    }
    return v < 0 ? "-" + out : out;
  }
  std::snprintf(buf, sizeof buf, "%.6g", n);
  return buf;
}

namespace {

std::string SizeString(double bytes) {
  static const struct { double f; const char* u; } kUnits[] = {
      {1e15, "PB"}, {1e12, "TB"}, {1e9, "GB"}, {1e6, "MB"}, {1e3, "KB"}};
  for (const auto& u : kUnits) {
    if (bytes >= u.f) return FormatNumber(bytes / u.f) + " " + u.u;
  }
  return FormatNumber(bytes) + " bytes";
}

std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool Near(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-12;
}

}  // namespace

std::string Value::ToString() const {
  auto num = [&](double a) -> std::string {
    switch (kind) {
      case Kind::kPercent: return FormatNumber(a) + "%";
      case Kind::kDuration: return FormatNumber(a) + " " + unit;
      case Kind::kDataSize: return SizeString(a);
      case Kind::kMoney: return currency + " " + FormatNumber(a);
      default: return FormatNumber(a);
    }
  };
  std::string out;
  switch (kind) {
    case Kind::kDate: out = date; break;
    case Kind::kSet: out = member; break;
    case Kind::kBoolean: out = truth ? "true" : "false"; break;
    default:
      if (bound == Bound::kRange) {
        out = num(amount) + " to " + num(amount_max);
      } else {
        out = num(amount);
        if (bound == Bound::kMax) out = (inclusive ? "up to " : "less than ") + out;
        if (bound == Bound::kMin) out = (inclusive ? "at least " : "more than ") + out;
      }
      if (kind == Kind::kMoney) {
        if (!per.empty() && per != "once") out += " per " + per;
        if (tax != Tax::kUnstated) out += " (tax " + std::string(TaxName(tax)) + ")";
      }
  }
  return out;
}

bool SameValue(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::kDate: return a.date == b.date;
    case Kind::kSet: return Fold(a.member) == Fold(b.member);
    case Kind::kBoolean: return a.truth == b.truth;
    case Kind::kMoney:
      if (a.currency != b.currency || a.per != b.per) return false;
      if (a.tax != Tax::kUnstated && b.tax != Tax::kUnstated && a.tax != b.tax) return false;
      break;
    default: break;
  }
  if ((a.bound == Bound::kRange) != (b.bound == Bound::kRange)) return false;
  return Near(a.Magnitude(), b.Magnitude()) && Near(a.MagnitudeMax(), b.MagnitudeMax());
}

}  // namespace onevoice::claims
