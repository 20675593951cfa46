// Tests of the JSON Lines text (json.h): FindingJsonText and ClaimJsonText
// write, byte for byte, what dumping FindingJson and ClaimJson writes, for
// every value shape, null and absent field, escape and invalid UTF-8.
#include "report/json.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace onevoice::report {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Value;

std::string Dumped(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// One value of every kind and shape the base and the parser produce.
std::vector<Value> Values() {
  std::vector<Value> out;
  auto add = [&](Kind kind, auto&& set) {
    Value v;
    v.kind = kind;
    set(v);
    out.push_back(v);
  };
  add(Kind::kCount, [](Value& v) { v.amount = 10000; });
  add(Kind::kCount, [](Value& v) { v.amount = 2.5; });
  add(Kind::kCount, [](Value& v) { v.amount = 1e20; });
  add(Kind::kCount, [](Value& v) { v.amount = -3; });
  add(Kind::kCount, [](Value& v) { v.amount = 0.1 + 0.2; });
  add(Kind::kCount, [](Value& v) { v.bound = Bound::kRange, v.amount = 5, v.amount_max = 10; });
  add(Kind::kPercent, [](Value& v) { v.amount = 99.95; });
  add(Kind::kPercent, [](Value& v) { v.bound = Bound::kRange, v.amount = 1, v.amount_max = 1.5; });
  add(Kind::kDataSize, [](Value& v) { v.amount = 5e12; });
  add(Kind::kDataSize, [](Value& v) { v.bound = Bound::kRange, v.amount = 1e9, v.amount_max = 2e9; });
  add(Kind::kDuration, [](Value& v) { v.amount = 30, v.unit = "minutes"; });
  add(Kind::kDuration, [](Value& v) { v.bound = Bound::kRange, v.amount = 1, v.amount_max = 4, v.unit = "hours"; });
  add(Kind::kMoney, [](Value& v) { v.amount = 4980, v.currency = "JPY", v.per = "user-month", v.tax = claims::Tax::kExcluded; });
  add(Kind::kMoney, [](Value& v) { v.amount = 39.5, v.currency = "USD"; });
  add(Kind::kMoney, [](Value& v) {
    v.bound = Bound::kRange, v.amount = 20, v.amount_max = 25, v.currency = "USD", v.tax = claims::Tax::kIncluded;
  });
  add(Kind::kDate, [](Value& v) { v.date = "2027-01-15"; });
  add(Kind::kDate, [](Value& v) { v.date = "2027-01", v.date_max = "2027-03"; });
  add(Kind::kDate, [](Value& v) { v.date = "2027", v.date_max = "2027"; });
  add(Kind::kSet, [](Value& v) { v.member = "SOC 2 Type II"; });
  add(Kind::kBoolean, [](Value& v) { v.truth = true; });
  add(Kind::kBoolean, [](Value& v) { v.truth = false; });
  return out;
}

// Text that needs every escape, non-ASCII, and bytes that are not UTF-8.
const std::vector<std::string> kTexts = {
    "",
    "plain",
    "quote \" backslash \\ slash /",
    "tab\tnewline\ncr\rform\fback\b bell\x07 nul" + std::string(1, '\0') + " del\x7f",
    "ハーバーライト デスクの料金は「月額39米ドル」です",
    "emoji \xF0\x9F\x98\x80 and é",
    "bad \xFF byte",
    "truncated \xE3\x81",
    "overlong \xC0\xAF",
    "surrogate \xED\xA0\x80",
};

check::Finding AFinding(const std::string& text) {
  check::Finding f;
  f.kind = check::FindingKind::kConflict;
  f.severity = claims::Severity::kError;
  f.where.file = "mail/" + text + ".eml";
  f.where.message_id = text.empty() ? "" : "<id@" + text + ">";
  f.where.part = 1;
  f.where.line = 12;
  f.where.column = 26;
  f.where.end_line = 13;
  f.where.end_column = 31;
  f.rule = text;
  f.product = "drive";
  f.attribute = text.empty() ? "" : "max_users";
  f.found_text = text;
  f.office = text;
  f.as_of = "2026-11-25";
  f.message = "the claims base says " + text;
  f.excerpt = text;
  return f;
}

TEST(FindingJsonText, WritesWhatDumpingFindingJsonWrites) {
  const std::vector<Value> values = Values();
  for (const std::string& text : kTexts) {
    check::Finding f = AFinding(text);
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << text;
    f.quoted = true;
    f.fix = text + "10,000";
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << text;
    f.fix_where.line = f.fix_where.end_line = 3;
    f.fix_where.column = 4;
    f.fix_where.end_column = 9;
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << text;
  }
  for (const Value& v : values) {
    check::Finding f = AFinding("value");
    f.found = v;
    f.expected = {v};
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << v.ToString();
    f.expected = {v, values[0]};
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << v.ToString();
  }
}

// The audit store's found and expected columns.
TEST(ExpectedJsonText, WritesWhatDumpingTheExpectedMemberWrites) {
  const std::vector<Value> values = Values();
  check::Finding none = AFinding("value");
  EXPECT_EQ(ExpectedJsonText(none), "");
  for (const Value& v : values) {
    check::Finding f = AFinding("value");
    f.expected = {v};
    EXPECT_EQ(ExpectedJsonText(f), FindingJson(f)["expected"].dump()) << v.ToString();
    f.expected = {v, values[0]};
    EXPECT_EQ(ExpectedJsonText(f), FindingJson(f)["expected"].dump()) << v.ToString();
    EXPECT_EQ(ValueJsonText(v), ValueJson(v).dump()) << v.ToString();
  }
}

TEST(FindingJsonText, EveryKindAndSeverity) {
  for (check::FindingKind kind :
       {check::FindingKind::kConflict, check::FindingKind::kStale, check::FindingKind::kOfficeVariant,
        check::FindingKind::kUnverified, check::FindingKind::kPhrase, check::FindingKind::kTerminology,
        check::FindingKind::kUnreadable, check::FindingKind::kSuppression}) {
    for (claims::Severity sev : {claims::Severity::kError, claims::Severity::kWarning, claims::Severity::kInfo}) {
      check::Finding f = AFinding("x");
      f.kind = kind;
      f.severity = sev;
      EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f)));
    }
  }
}

TEST(FindingJsonText, CrossOfficeWithOfficesValuesAndMessages) {
  const std::vector<Value> values = Values();
  for (const std::string& text : kTexts) {
    check::Finding f = AFinding(text);
    f.kind = check::FindingKind::kCrossOffice;
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << text;
    f.offices = {"tokyo", text, "us"};
    f.values = {{"tokyo", values[12]}, {text, values[10]}, {"us", values[5]}};
    for (int i = 0; i < 2; ++i) {
      check::CrossOfficeSide side;
      side.file = "mail/" + text;
      side.message_id = i ? "" : "<" + text + ">";
      side.office = i ? "us" : text;
      side.date = "2026-11-2" + std::to_string(i);
      side.line = 3 + i;
      side.column = 7;
      side.value = values[i * 7];
      side.excerpt = text;
      f.sides.push_back(side);
    }
    f.side_totals = {{"tokyo", 1234}, {text, 1}, {"us", 0}};
    EXPECT_EQ(FindingJsonText(f), Dumped(FindingJson(f))) << text;
  }
}

TEST(ValueJsonText, WritesWhatDumpingValueJsonWrites) {
  for (const Value& v : Values()) EXPECT_EQ(ValueJsonText(v), ValueJson(v).dump()) << v.ToString();
  Value bad;
  bad.kind = Kind::kSet;
  bad.member = "bad \xFF byte";
  EXPECT_THROW(ValueJson(bad).dump(), nlohmann::json::exception);
  EXPECT_THROW(ValueJsonText(bad), nlohmann::json::exception);
}

TEST(ClaimJsonText, WritesWhatDumpingClaimJsonWrites) {
  const std::vector<Value> values = Values();
  for (const std::string& text : kTexts) {
    for (const Value& v : values) {
      check::JudgedClaim c;
      c.where = AFinding(text).where;
      c.product = "drive";
      c.attribute = text;
      c.value = v;
      c.text = text;
      c.office = text;
      c.as_of = text;
      c.quoted = !text.empty();
      c.verdict = "ok";
      c.rule = text;
      c.date = text.empty() ? "" : "2026-11-25";
      EXPECT_EQ(ClaimJsonText(c), Dumped(ClaimJson(c))) << text << " " << v.ToString();
    }
  }
}

}  // namespace
}  // namespace onevoice::report
