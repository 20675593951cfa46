// Judge: one extracted claim against the base, for its office, on its date
// (SPEC §3, LABELS "Judgement").
//
//   ok              a canonical claim for this office (or for every office),
//                   valid on the date, has the same value
//   stale           the value is that of a claim for this office whose
//                   validity window has ended or not begun on the date
//   office-variant  the value is right for another office
//   conflict        the base has claims for this product and attribute and
//                   the value matches none of the above
//   unverified      the base declares the attribute but holds no value for
//                   this product (or only for another product)
// Values compare by kind: numbers by magnitude whatever the bound words (a
// stated maximum other than the base's maximum is a conflict, a range whose
// end passes it too); money by amount, currency and period, a 税込 amount
// against base × (1 + the office's tax rate); dates by containment; set
// members by membership; booleans by truth. A claim marked `former` that
// matches an expired value is ok. Pure function; thread-safe.
#ifndef ONEVOICE_CHECK_JUDGE_H_
#define ONEVOICE_CHECK_JUDGE_H_

#include <string>
#include <vector>

#include "claims/base.h"
#include "extract/claim.h"

namespace onevoice::check {

struct Verdict {
  std::string kind;  // "ok", "conflict", "stale", "office-variant", "unverified"
  const claims::CanonicalClaim* against = nullptr;  // the claim it was judged against
  std::vector<claims::Value> expected;              // what the base says for this office and date
};

Verdict Judge(const claims::Base& base, const extract::Claim& claim);

// True when `stated` says what `canonical` says for `office` (tax applied).
bool Matches(const claims::Base& base, const claims::Value& stated, const claims::CanonicalClaim& canonical,
             const std::string& office);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_JUDGE_H_
