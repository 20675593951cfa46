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
//     office's value, the messages involved (up to a number per office,
//     with the total) and their excerpts.
// This works whether or not the base has a value for the attribute: that is
// how a team finds what its base is missing. Pure function; thread-safe.
#ifndef ONEVOICE_CHECK_CROSS_OFFICE_H_
#define ONEVOICE_CHECK_CROSS_OFFICE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "check/finding.h"
#include "claims/base.h"

namespace onevoice::check {

struct CrossOfficeOptions {
  int window_days = 45;
  std::string file;  // the archive the findings are reported against
  // Messages listed per office of a finding: one of each distinct value
  // first, then the earliest, in date order. The rest are counted in
  // Finding::side_totals. 0 lists them all.
  int sides_per_office = 20;
};

// Cross-office for one (product, attribute) whose claims are too many to
// hold: they are fed twice. Count() every claim (or `n` alike at once) —
// office, verdict, value and date decide a conflict, so an archive boils
// down to cells (day, office, value) with counts — then List() each claim
// again to choose the messages a finding lists. Memory grows with the
// distinct cells and the listed messages, not with the number of claims.
// Claims cross-office leaves out (no office, "unknown", set values, no
// valid date) may be fed; they are ignored. Not thread-safe; one per subject.
class CrossOfficeSubject {
 public:
  CrossOfficeSubject(const claims::Base* base, std::string product, std::string attribute,
                     const CrossOfficeOptions& options);
  ~CrossOfficeSubject();
  CrossOfficeSubject(const CrossOfficeSubject&) = delete;
  CrossOfficeSubject& operator=(const CrossOfficeSubject&) = delete;

  // Pass 1: `n` claims with c's office, verdict, value and date.
  void Count(const JudgedClaim& c, int64_t n = 1);
  // Pass 2: every counted claim once more, best in date order (ties: the
  // order counted); after the first List(), Count() is not allowed.
  void List(const JudgedClaim& c);
  // Whether List(c) would keep c now: its office, verdict, value and date
  // decide, so a caller holding many claims can skip building the others
  // (skipping List for them changes nothing).
  bool WouldList(const JudgedClaim& c);
  // One finding per pair of offices that disagreed, sorted by offices.
  std::vector<Finding> Findings();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

// Findings for every conflicting pair of offices. `claims` may be in any
// order; the result is sorted by product, attribute, offices. Built on
// CrossOfficeSubject, one subject at a time.
std::vector<Finding> FindCrossOffice(const claims::Base* base, std::vector<JudgedClaim> claims,
                                     const CrossOfficeOptions& options);

// Days since 1970-01-01 of a YYYY-MM-DD date (-1 when malformed).
long DayNumber(const std::string& ymd);

// True when two values of one attribute can both be right (see above).
bool Agree(const claims::Base* base, const JudgedClaim& a, const JudgedClaim& b);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_CROSS_OFFICE_H_
