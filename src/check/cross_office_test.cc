// Tests of FindCrossOffice (cross_office.h): which pairs of offices are
// reported, with which messages, and which differences are no conflict.
// Claims are built directly (no base: values compare without tax; one test
// builds a base of offices to compare money with tax).
#include "check/cross_office.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace onevoice::check {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Value;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Value Count(double n, Bound bound = Bound::kExact) {
  Value v;
  v.kind = Kind::kCount;
  v.bound = bound;
  v.amount = n;
  return v;
}

JudgedClaim Said(const std::string& office, const std::string& date, Value value,
                 const std::string& id, const std::string& verdict = "conflict") {
  JudgedClaim c;
  c.where.file = "archive.mbox";
  c.where.message_id = id;
  c.where.line = 3;
  c.where.column = 5;
  c.product = "sync";
  c.attribute = "max_users";
  c.value = value;
  c.text = office + " says " + value.ToString();
  c.office = office;
  c.verdict = verdict;
  c.date = date;
  return c;
}

std::vector<std::string> Ids(const Finding& f) {
  std::vector<std::string> out;
  for (const auto& s : f.sides) out.push_back(s.message_id);
  return out;
}

// A yen price marked tax-included by an office with no yen tax of its own
// (London) is compared at the consumption tax of the offices quoting yen:
// 「50,000円（税込）」 disagrees with Tokyo's 50,000円（税抜）; 55,000円（税込）
// agrees with it.
TEST(CrossOfficeTest, AYenPriceFromAnotherOfficeTakesTheYenOfficesTax) {
  claims::Base base;
  claims::Office tokyo;
  tokyo.id = "tokyo";
  tokyo.currency = "JPY";
  tokyo.tax_rate = 0.10;
  claims::Office london;
  london.id = "london";
  london.currency = "GBP";
  base.offices = {tokyo, london};
  auto yen = [](double amount, claims::Tax tax) {
    Value v;
    v.kind = Kind::kMoney;
    v.amount = amount;
    v.currency = "JPY";
    v.per = "month";
    v.tax = tax;
    return v;
  };
  auto said = [&](const std::string& office, Value v, const std::string& id, const std::string& verdict) {
    JudgedClaim c = Said(office, "2026-10-01", v, id, verdict);
    c.attribute = "monthly_price";
    return c;
  };
  auto wrong = FindCrossOffice(&base,
                               {said("tokyo", yen(50000, claims::Tax::kExcluded), "t1", "ok"),
                                said("london", yen(50000, claims::Tax::kIncluded), "l1", "conflict")},
                               {});
  EXPECT_EQ(wrong.size(), 1u);
  auto same = FindCrossOffice(&base,
                              {said("tokyo", yen(50000, claims::Tax::kExcluded), "t1", "ok"),
                               said("london", yen(55000, claims::Tax::kIncluded), "l1", "ok")},
                              {});
  EXPECT_THAT(same, IsEmpty());
}

TEST(CrossOfficeTest, TwoOfficesWithDifferentValuesInTheWindowMakeOneFinding) {
  auto found = FindCrossOffice(nullptr,
                               {Said("tokyo", "2026-03-01", Count(5000), "t1"),
                                Said("us", "2026-03-20", Count(10000), "u1"),
                                Said("tokyo", "2026-03-05", Count(5000), "t2")},
                               {});
  ASSERT_EQ(found.size(), 1u);
  const Finding& f = found[0];
  EXPECT_EQ(f.kind, FindingKind::kCrossOffice);
  EXPECT_EQ(f.product, "sync");
  EXPECT_EQ(f.attribute, "max_users");
  EXPECT_THAT(f.offices, ElementsAre("tokyo", "us"));
  EXPECT_EQ(f.values.at("tokyo").amount, 5000);
  EXPECT_EQ(f.values.at("us").amount, 10000);
  // Every message involved, in date order; the finding points at the first.
  EXPECT_THAT(Ids(f), ElementsAre("t1", "t2", "u1"));
  EXPECT_EQ(f.where.message_id, "t1");
  EXPECT_EQ(f.as_of, "2026-03-01");
}

TEST(CrossOfficeTest, ValuesFurtherApartThanTheWindowDoNotConflict) {
  const std::vector<JudgedClaim> claims = {Said("tokyo", "2026-01-01", Count(5000), "t1"),
                                           Said("us", "2026-03-01", Count(10000), "u1")};
  EXPECT_THAT(FindCrossOffice(nullptr, claims, {}), IsEmpty());  // 59 days > 45
  CrossOfficeOptions wide;
  wide.window_days = 60;
  EXPECT_EQ(FindCrossOffice(nullptr, claims, wide).size(), 1u);
}

TEST(CrossOfficeTest, OnlyTheMessagesThatMeetADisagreeingOneInTheWindowAreListed) {
  auto found = FindCrossOffice(nullptr,
                               {Said("tokyo", "2026-01-01", Count(5000), "early"),
                                Said("tokyo", "2026-04-01", Count(5000), "t"),
                                Said("us", "2026-04-10", Count(10000), "u"),
                                Said("us", "2026-08-01", Count(10000), "late")},
                               {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(Ids(found[0]), ElementsAre("t", "u"));
}

TEST(CrossOfficeTest, AgreeingValuesSameOfficeCustomersAndSetsAreNoConflict) {
  Value range = Count(0, Bound::kRange);
  range.amount = 5000;
  range.amount_max = 10000;
  Value member;
  member.kind = Kind::kSet;
  member.member = "iOS";
  Value other = member;
  other.member = "Android";
  EXPECT_THAT(FindCrossOffice(nullptr,
                              {Said("tokyo", "2026-03-01", Count(10000), "a"),
                               Said("us", "2026-03-02", Count(10000), "b"),      // the same value
                               Said("unknown", "2026-03-03", Count(1), "c"),     // a customer
                               Said("osaka", "2026-03-04", range, "d")},         // a range holding it
                              {}),
              IsEmpty());
  EXPECT_THAT(FindCrossOffice(nullptr,
                              {Said("tokyo", "2026-03-01", Count(10000), "a"),
                               Said("tokyo", "2026-03-02", Count(7000), "b")},  // one office
                              {}),
              IsEmpty());
  EXPECT_THAT(FindCrossOffice(nullptr,
                              {Said("tokyo", "2026-03-01", member, "a"), Said("us", "2026-03-02", other, "b")},
                              {}),
              IsEmpty());
}

TEST(CrossOfficeTest, ValuesEachRightAtTheirOwnDateAreNoConflict) {
  EXPECT_THAT(FindCrossOffice(nullptr,
                              {Said("tokyo", "2026-03-31", Count(5000), "t", "ok"),
                               Said("us", "2026-04-01", Count(10000), "u", "ok")},
                              {}),
              IsEmpty());
  EXPECT_EQ(FindCrossOffice(nullptr,
                            {Said("tokyo", "2026-03-31", Count(5000), "t", "ok"),
                             Said("us", "2026-04-01", Count(10000), "u", "stale")},
                            {})
                .size(),
            1u);
}

TEST(CrossOfficeTest, ThreeOfficesGiveAFindingPerDisagreeingPair) {
  auto found = FindCrossOffice(nullptr,
                               {Said("tokyo", "2026-03-01", Count(5000), "t"),
                                Said("us", "2026-03-02", Count(10000), "u"),
                                Said("london", "2026-03-03", Count(10000), "l")},
                               {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_THAT(found[0].offices, ElementsAre("london", "tokyo"));
  EXPECT_THAT(found[1].offices, ElementsAre("tokyo", "us"));
}

TEST(CrossOfficeTest, AClaimListedTwiceCountsOnceAndBadDatesAreLeftOut) {
  auto found = FindCrossOffice(nullptr,
                               {Said("tokyo", "2026-03-01", Count(5000), "t"),
                                Said("tokyo", "2026-03-01", Count(5000), "t"),
                                Said("us", "not a date", Count(1), "x"),
                                Said("us", "2026-03-02", Count(10000), "u")},
                               {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(Ids(found[0]), ElementsAre("t", "u"));
}

TEST(CrossOfficeTest, ManyMessagesAreCountedAndTheEarliestListed) {
  // 40,000 claims within one window: compared by value class, this is
  // linear; claim against claim it was 800 million comparisons. A finding
  // lists 20 messages per office and counts the rest.
  std::vector<JudgedClaim> claims;
  for (int i = 0; i < 40000; ++i) {
    const bool tokyo = i % 2 == 0;
    claims.push_back(Said(tokyo ? "tokyo" : "us", "2026-03-" + std::string(i % 20 < 9 ? "0" : "") +
                                                      std::to_string(i % 20 + 1),
                          Count(tokyo ? 5000 : 10000), "m" + std::to_string(i)));
  }
  auto found = FindCrossOffice(nullptr, claims, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].sides.size(), 40u);
  EXPECT_EQ(found[0].side_totals.at("tokyo"), 20000);
  EXPECT_EQ(found[0].side_totals.at("us"), 20000);
  EXPECT_EQ(found[0].sides.front().date, "2026-03-01");
  EXPECT_EQ(found[0].sides.front().message_id, "m0");  // earliest date, then input order
  CrossOfficeOptions all;
  all.sides_per_office = 0;
  EXPECT_EQ(FindCrossOffice(nullptr, claims, all)[0].sides.size(), 40000u);
}

TEST(CrossOfficeTest, EachDistinctValueIsListedBeforeMoreOfTheSame) {
  // Tokyo said 5000 in many messages and once 7000, late: with two listed
  // per office, the 7000 is one of them.
  std::vector<JudgedClaim> claims;
  for (int d = 1; d <= 9; ++d) claims.push_back(Said("tokyo", "2026-03-0" + std::to_string(d), Count(5000), "t" + std::to_string(d)));
  claims.push_back(Said("tokyo", "2026-03-20", Count(7000), "t7000"));
  claims.push_back(Said("us", "2026-03-21", Count(10000), "u"));
  CrossOfficeOptions two;
  two.sides_per_office = 2;
  auto found = FindCrossOffice(nullptr, claims, two);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(Ids(found[0]), ElementsAre("t1", "t7000", "u"));
  EXPECT_EQ(found[0].side_totals.at("tokyo"), 10);
  EXPECT_EQ(found[0].side_totals.at("us"), 1);
}

TEST(CrossOfficeTest, CountedCellsGiveTheSameFindingAsSingleClaims) {
  // The audit counts alike claims in one call (from its database): a count
  // of 3 is three claims.
  CrossOfficeSubject subject(nullptr, "sync", "max_users", {});
  subject.Count(Said("tokyo", "2026-03-01", Count(5000), ""), 3);
  subject.Count(Said("us", "2026-03-02", Count(10000), ""), 1);
  subject.Count(Said("us", "2026-09-02", Count(10000), ""), 5);  // outside the window
  subject.List(Said("tokyo", "2026-03-01", Count(5000), "t"));
  subject.List(Said("us", "2026-03-02", Count(10000), "u"));
  subject.List(Said("us", "2026-09-02", Count(10000), "late"));
  auto found = subject.Findings();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(Ids(found[0]), ElementsAre("t", "u"));
  EXPECT_EQ(found[0].side_totals.at("tokyo"), 3);
  EXPECT_EQ(found[0].side_totals.at("us"), 1);
}

}  // namespace
}  // namespace onevoice::check
