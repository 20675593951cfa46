// Time placement: the period a value in a unit is stated for ("10,000
// users from April 1", 「2025年度までは最大5,000名」, "up from 5,000", "today
// the limit is…"), read from the unit's dates and the period_marker words of
// the language data (means: until | before | from | during | former |
// present). A claim is judged as of that period, not as of the message.
// Also the calendar arithmetic on the dates claims carry ("YYYY",
// "YYYY-MM", "YYYY-MM-DD").
#ifndef ONEVOICE_EXTRACT_PERIOD_H_
#define ONEVOICE_EXTRACT_PERIOD_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/clause.h"
#include "extract/lexicon.h"
#include "extract/quantity.h"

namespace onevoice::extract {

// "2026" -> "2026-01-01", "2026-04" -> "2026-04-01"; a full date unchanged.
std::string FirstDayOf(const std::string& date);
// "2026" -> "2026-12-31", "2026-02" -> "2026-02-28"; a full date unchanged.
std::string LastDayOf(const std::string& date);
// The same date a year earlier ("2027-03" -> "2026-03").
std::string YearBefore(const std::string& date);
// The day before a full date ("2026-04-01" -> "2026-03-31").
std::string DayBefore(const std::string& ymd);

// What time placement reads of one unit: its normalized text, the mentions
// and quantities found in it, and its clause breaks. Borrowed, not owned.
struct UnitFacts {
  std::string_view text;
  const std::vector<Mention>& mentions;
  const std::vector<Quantity>& quantities;
  const Breaks& breaks;
};

// Where a value stands in time.
struct Placement {
  std::string as_of;    // the day to judge it at; "" for the text's own date
  bool former = false;  // a value the product had before, no day to judge at
};

// The placement of the value at [value_begin, value_end) of the unit, for a
// text dated text_as_of (YYYY-MM-DD): the period date nearest before it in
// its sentence (else the one after) with its marker, a present word in its
// clause (the text's date), or a "former" marker near it.
Placement PlaceInTime(const UnitFacts& unit, size_t value_begin, size_t value_end, const std::string& text_as_of);

// A period marker with `needs: CATEGORY` ("on April 1" needs a change verb)
// applies only when a word of that category stands in the soft clause of
// `at`; one with no needs always applies.
bool MarkerApplies(const UnitFacts& unit, const Mention& marker, size_t at);

// A date with a period marker (from, until, before) right beside it lies in
// [b, e) of the unit.
bool PeriodDateIn(const UnitFacts& unit, size_t b, size_t e);

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_PERIOD_H_
