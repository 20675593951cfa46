// Cross-office consistency (SPEC §3 `cross-office`): where two offices told
// customers values for the same product and attribute that cannot both be
// right, within a window of days.
//
// Input is every judged claim of an archive, each with its message's date
// (a quoted claim is dated by the reply that quotes it and belongs to the
// quoted author's office). Rules:
//   - customers (office "unknown") take no part;
//   - set members never contradict each other (naming Tokyo does not deny
//     Osaka), so set attributes are left out;
//   - values compare by kind, not wording: numbers and sizes by magnitude,
//     durations in seconds, ranges and bounds by overlap, money only within
//     one currency and billing unit (a tax-included yen price is compared
//     after taking the office's tax off), dates by containment;
//   - two values each right at their own date (both verdict ok) do not
//     conflict: the base changed between them;
//   - one finding per (product, attribute, pair of offices), naming each
//     office's value, the messages involved and their excerpts.
// This works whether or not the base has a value for the attribute: that is
// how a team finds what its base is missing. Pure function; thread-safe.
#ifndef ONEVOICE_CHECK_CROSS_OFFICE_H_
#define ONEVOICE_CHECK_CROSS_OFFICE_H_

#include <string>
#include <vector>

#include "check/finding.h"
#include "claims/base.h"

namespace onevoice::check {

struct DatedClaim {
  JudgedClaim claim;  // claim.date: the message's date (YYYY-MM-DD)
};

struct CrossOfficeOptions {
  int window_days = 45;
  std::string file;  // the archive the findings are reported against
};

// Findings for every conflicting pair of offices. `claims` may be in any
// order; the result is sorted by product, attribute, offices.
std::vector<Finding> FindCrossOffice(const claims::Base* base, std::vector<JudgedClaim> claims,
                                     const CrossOfficeOptions& options);

// Days since 1970-01-01 of a YYYY-MM-DD date (-1 when malformed).
long DayNumber(const std::string& ymd);

// True when two values of one attribute can both be right (see above).
bool Agree(const claims::Base* base, const JudgedClaim& a, const JudgedClaim& b);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_CROSS_OFFICE_H_
