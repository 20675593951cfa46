// Tests of period.h: calendar arithmetic on claim dates, and where a value
// in a unit stands in time (read with the shipped rules' language data).
#include "extract/period.h"

#include <gtest/gtest.h>

#include <string>

#include "base/unicode.h"
#include "extract/shipped_rules_for_tests.h"

namespace onevoice::extract {
namespace {

TEST(CalendarTest, FirstLastDayYearBeforeAndDayBefore) {
  EXPECT_EQ(FirstDayOf("2026"), "2026-01-01");
  EXPECT_EQ(FirstDayOf("2026-04"), "2026-04-01");
  EXPECT_EQ(LastDayOf("2026"), "2026-12-31");
  EXPECT_EQ(LastDayOf("2028-02"), "2028-02-29");  // a leap year
  EXPECT_EQ(LastDayOf("2100-02"), "2100-02-28");  // a century is not
  EXPECT_EQ(YearBefore("2027-03"), "2026-03");
  EXPECT_EQ(DayBefore("2026-04-01"), "2026-03-31");
  EXPECT_EQ(DayBefore("2026-01-01"), "2025-12-31");
}

// Places the value written as `value` in `text` (normalized as the engine
// would see it), as of 2026-11-01.
Placement Place(const std::string& text, const std::string& value) {
  const Engine& engine = ShippedEngine();
  std::vector<Mention> mentions = engine.FindMentions(text, AsciiLower(text));
  ParseContext context;
  context.as_of = "2026-11-01";
  std::vector<Quantity> quantities = engine.quantities().Parse(text, context);
  Breaks breaks = FindBreaks(text);
  const size_t at = text.find(value);
  EXPECT_NE(at, std::string::npos) << value;
  return PlaceInTime(UnitFacts{text, mentions, quantities, breaks}, at, at + value.size(), "2026-11-01");
}

TEST(PlaceInTimeTest, TheOldSideOfADatedChangeHeldUntilTheDayBefore) {
  const std::string en = "The Harborlight Desk agent limit goes up from 500 to 1,000 on April 1, 2027.";
  EXPECT_EQ(Place(en, "500").as_of, "2027-03-31");
  EXPECT_EQ(Place(en, "1,000").as_of, "2027-04-01");
  EXPECT_FALSE(Place(en, "1,000").former);  // "up from" is part of the change verb here
  const std::string ja = "2027年4月1日より最大エージェント数が500名から1,000名に拡大されます。";
  EXPECT_EQ(Place(ja, "500名").as_of, "2027-03-31");
  EXPECT_EQ(Place(ja, "1,000名").as_of, "2027-04-01");
}

TEST(PlaceInTimeTest, APeriodMarkerDatesTheValueBesideIt) {
  // Judged at the start of a period that begins, at the end of one that ends.
  EXPECT_EQ(Place("From April 1, 2027 Harborlight Desk supports 2,000 agents.", "2,000").as_of, "2027-04-01");
  EXPECT_EQ(Place("Until March 31, 2026 Harborlight Desk supported 500 agents.", "500").as_of, "2026-03-31");
  EXPECT_EQ(Place("2027年4月以降は最大2,000エージェントです。", "2,000").as_of, "2027-04-01");
  // A present word in the value's clause keeps the text's date.
  EXPECT_EQ(Place("Today it supports 1,000 agents, and from April 1, 2027 2,000 agents.", "1,000").as_of, "");
  // A period in brackets after the value, with a value of its own there, is
  // that value's; one with none dates the value before it.
  // (Brackets as normalized text has them.)
  EXPECT_EQ(Place("最大2,000名までご利用いただけます(2026年3月31日までの上限は500名でした)。", "2,000").as_of, "");
  EXPECT_EQ(Place("最大2,000名(2027年4月1日~)", "2,000").as_of, "2027-04-01");
  // A former value ("up from 5,000") is in the period named after it in its
  // clause, not the one opening the sentence; that March is the last one.
  EXPECT_EQ(Place("As of April 1, Harborlight Desk supports up to 1,000 agents, up from 500 until the end of March.", "500").as_of,
            "2026-03-31");
  // "up from": a value the product had before, with no date to judge at.
  Placement former = Place("Harborlight Desk supports 1,000 agents, up from 500.", "500");
  EXPECT_TRUE(former.former);
  EXPECT_EQ(former.as_of, "");
}

}  // namespace
}  // namespace onevoice::extract
