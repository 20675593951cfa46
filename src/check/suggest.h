// Suggest: the replacement text for a wrong number, in the notation it was
// written in (issue 6 §6): "5,000" -> "10,000", "５，０００" -> "１０，０００",
// "5千" -> "1万", "3万" -> "5万", "2" (TB) -> "1". Pure functions.
#ifndef ONEVOICE_CHECK_SUGGEST_H_
#define ONEVOICE_CHECK_SUGGEST_H_

#include <optional>
#include <string>
#include <string_view>

#include "claims/base.h"
#include "claims/value.h"

namespace onevoice::check {

// `written` is the numeral as it appears in the text (its own span);
// `amount` the number it should say, in the same unit. Returns nullopt when
// the notation is not one we can rewrite faithfully (number words, fractions
// that would need a different unit).
std::optional<std::string> RewriteNumeral(std::string_view written, double amount);

// The number `stated` should carry to say `canonical` in the unit and tax
// the text used: durations and sizes in the stated unit, money in its
// currency with the office's tax applied. nullopt when they cannot be
// expressed in the same terms (other currency, other period).
// `written` is the numeral as written (data sizes: its unit is the ratio of
// the stated bytes to it).
std::optional<double> CanonicalInStatedTerms(const claims::Base& base, const claims::Value& stated,
                                             const claims::Value& canonical, const std::string& office,
                                             std::string_view written);

// A date written as `written` ("November 2026", "2026年11月", "2026-11")
// rewritten to say `date` (YYYY[-MM[-DD]]) the same way; nullopt when the
// notation is not recognised. English month names come from the lexicon
// (month_name).
std::optional<std::string> RewriteDate(std::string_view written, const std::string& date,
                                       const claims::Lexicon& lexicon);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_SUGGEST_H_
