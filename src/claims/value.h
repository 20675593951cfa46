// Value: what a claim states, by attribute kind, with its bound.
//
// One struct for every kind (SPEC §2 "Values by kind"); which fields mean
// something depends on `kind`:
//   count, percent   amount
//   money            amount, currency (ISO 4217), per, tax
//   duration         amount in `unit` (seconds|minutes|hours|days|weeks|
//                    months|years; a month is 30 days, a year 365)
//   data-size        amount in bytes (decimal: 1 TB = 10^12)
//   date             date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
//   set              member: the member's canonical spelling
//   boolean          truth
// A bound applies to the numeric kinds: kMax ("up to", 最大, 以下, under),
// kMin ("at least", 以上, over), kRange (amount .. amount_max). `inclusive`
// is false for "less than"/未満/"over"; LABELS treat "over N" as stating N.
// Values are plain copyable data, safe to share read-only across threads.
#ifndef ONEVOICE_CLAIMS_VALUE_H_
#define ONEVOICE_CLAIMS_VALUE_H_

#include <optional>
#include <string>
#include <string_view>

namespace onevoice::claims {

enum class Kind { kCount, kMoney, kPercent, kDuration, kDataSize, kDate, kSet, kBoolean };
// "count", "money", "percent", "duration", "data-size", "date", "set", "boolean".
std::string_view KindName(Kind kind);
std::optional<Kind> KindFromName(std::string_view name);
// True for the kinds whose values are numbers (count … data-size).
bool IsNumeric(Kind kind);

enum class Tax { kUnstated, kIncluded, kExcluded };
std::string_view TaxName(Tax tax);  // "", "included", "excluded"

enum class Bound { kExact, kMax, kMin, kRange };
std::string_view BoundName(Bound bound);  // "exact", "max", "min", "range"
std::optional<Bound> BoundFromName(std::string_view name);

struct Value {
  Kind kind = Kind::kCount;
  Bound bound = Bound::kExact;
  bool inclusive = true;    // kMax/kMin: false for "less than", "未満", "more than"
  bool approximate = false;  // 約, about: still a claim of that value
  double amount = 0;         // kRange: the lower end
  double amount_max = 0;     // kRange only: the upper end
  std::string unit;          // duration unit; a count range: what is counted (users)
  std::string currency;      // money
  std::string per;           // money billing unit: once|month|year|user-month|TB-month…
  Tax tax = Tax::kUnstated;  // money
  std::string date;          // date (kRange, quarters: the first)
  std::string date_max;      // date ranges and quarters: the last, else empty
  std::string member;        // set
  bool truth = false;        // boolean

  // A number comparable across spellings: seconds for durations, bytes for
  // data sizes, the amount otherwise. For ranges, the lower end.
  double Magnitude() const;
  // The upper end's magnitude for ranges; Magnitude() otherwise.
  double MagnitudeMax() const;
  // Short human form: "10,000", "99.9%", "JPY 50,000 per month (tax excluded)",
  // "15 minutes", "1 TB", "2027-01", "SOC 2 Type II", "true".
  std::string ToString() const;
};

// Seconds in one `unit` (seconds … years); 0 for an unknown unit.
double SecondsPerUnit(std::string_view unit);

// Same meaning, ignoring bound and approximation: amounts compare within a
// relative 1e-9, durations in seconds, money by amount, currency, per and
// (when both state it) tax, members case- and space-insensitively.
bool SameValue(const Value& a, const Value& b);

// "1,234.5" style: thousands separators, no trailing zeros.
std::string FormatNumber(double n);

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_VALUE_H_
