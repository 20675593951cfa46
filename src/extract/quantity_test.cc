// QuantityParser on real sales wording, Japanese and English. Input goes
// through text::Normalize first, as the pipeline does, so the tests can be
// written with full-width characters. Expected values follow
// shared/eval/LABELS.md ("Values").
#include "extract/quantity.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "claims/lang.h"
#include "text/normalize.h"

namespace onevoice::extract {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Tax;

constexpr char kAsOf[] = "2026-06-15";

class QuantityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { parser_ = new QuantityParser(claims::DefaultLexicon()); }
  static void TearDownTestSuite() {
    delete parser_;
    parser_ = nullptr;
  }

  // Normalizes `text` as the text stage does, then parses it.
  std::vector<Quantity> Parse(std::string_view text, const std::string& as_of = kAsOf) {
    norm_ = text::Normalize(text).text;
    ParseContext context;
    context.as_of = as_of;
    return parser_->Parse(norm_, context);
  }

  // The one quantity in `text`; a test failure when there is not exactly one.
  Quantity One(std::string_view text, const std::string& as_of = kAsOf) {
    auto qs = Parse(text, as_of);
    if (qs.size() != 1) {
      std::string got;
      for (const auto& q : qs) got += " [" + SpanText(q) + "]";
      ADD_FAILURE() << "expected one quantity in \"" << text << "\", got " << qs.size() << ":"
                    << got;
      return Quantity{};
    }
    return qs[0];
  }

  std::string SpanText(const Quantity& q) const {
    return norm_.substr(q.span.begin, q.span.size());
  }
  std::string NumberText(const Quantity& q) const {
    return norm_.substr(q.number.begin, q.number.size());
  }

  static QuantityParser* parser_;
  std::string norm_;
};
QuantityParser* QuantityTest::parser_ = nullptr;

// ------------------------------------------------------------------ counts

TEST_F(QuantityTest, DigitsWithThousandsSeparatorsAreOneCount) {
  Quantity q = One("Meridian Sync supports 10,000 users per tenant.");
  EXPECT_EQ(q.value.kind, Kind::kCount);
  EXPECT_EQ(q.value.amount, 10000);
  EXPECT_EQ(q.unit_word, "users");
  EXPECT_EQ(NumberText(q), "10,000");
  EXPECT_EQ(SpanText(q), "10,000 users");
}

TEST_F(QuantityTest, FullWidthDigitsAreReadAfterNormalization) {
  Quantity q = One("最大５，０００ユーザーまでご利用いただけます。");
  EXPECT_EQ(q.value.amount, 5000);
  EXPECT_EQ(q.unit_word, "ユーザー");
  EXPECT_EQ(q.value.bound, Bound::kMax);
}

TEST_F(QuantityTest, ManAfterDigitsMultipliesByTenThousand) {
  Quantity q = One("メリディアン シンクは1万ユーザーまで対応");
  EXPECT_EQ(q.value.kind, Kind::kCount);
  EXPECT_EQ(q.value.amount, 10000);
  EXPECT_EQ(q.unit_word, "ユーザー");
  EXPECT_EQ(NumberText(q), "1万");
}

TEST_F(QuantityTest, KanjiAndMixedNumeralsAreRead) {
  const struct {
    const char* text;
    double amount;
  } kCases[] = {
      {"一万ユーザー", 10000},
      {"三千五百ユーザー", 3500},
      {"千万ユーザー", 10000000},
      {"3億4千万ユーザー", 340000000},
      {"1.5万ユーザー", 15000},
      {"5千ユーザー", 5000},
      {"1万5千ユーザー", 15000},
      {"二〇二七ユーザー", 2027},
      {"１，０００万ユーザー", 10000000},
      {"拾弐万参千弐百拾壱ユーザー", 123211},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kCount);
    EXPECT_EQ(q.value.amount, c.amount);
    EXPECT_EQ(q.unit_word, "ユーザー");
  }
}

// 半 is a number only before a unit: 「半分」「大半」「半額」 are none.
TEST_F(QuantityTest, HanAloneIsNoNumber) {
  for (std::string_view text : {"作業は半分ほど終わりました", "大半のお客様", "初月は半額です", "半角で入力"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text).empty());
  }
}

// A ratio or a fraction is no quantity: 従来の2倍, 約4分の1 (not 4
// minutes), "three times what …"; 15分のため stays 15 minutes.
TEST_F(QuantityTest, ARatioOrAFractionIsNoQuantity) {
  for (std::string_view text : {"従来の2倍です", "現行の約4分の1に抑えます", "three times what others keep",
                                "a 4-fold increase"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text).empty());
  }
  Quantity q = One("RPOは15分のため");
  EXPECT_EQ(q.value.kind, Kind::kDuration);
  EXPECT_EQ(q.value.amount, 15);
}

// 目 after a count's counter or unit makes it a rank: page 2, day 3, the
// second item — no quantity; so does a page or section number. A count
// alone stays one.
TEST_F(QuantityTest, MeAfterACounterMakesARank) {
  for (std::string_view text : {"資料の2ページ目をご覧ください", "導入3日目に", "2件目のご質問", "3年目以降"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text).empty());
  }
  // A page, chapter or section number is a place in a document.
  for (std::string_view text : {"価格表4ページ記載のとおり", "第3章", "2.1節の通り"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text).empty());
  }
  auto qs = Parse("資料は2部です");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.amount, 2);
}

// A month's name in lower case is a month only before a year: "til jan
// 2027" in hurried mail; "we may see" is no May.
TEST_F(QuantityTest, ALowerCaseMonthNeedsAYear) {
  EXPECT_EQ(One("still beta til jan 2027 when it goes GA").value.date, "2027-01");
  EXPECT_TRUE(Parse("we may see you in march then").empty());
}

// "5, 000 users": a stray space after the thousands comma, before a group
// of zeros, still groups; "5, 10 and 20" stays a list.
TEST_F(QuantityTest, AStraySpaceAfterAThousandsCommaBeforeZeros) {
  EXPECT_EQ(One("handles up to 5, 000 users per org").value.amount, 5000);
  auto list = Parse("groups of 5, 10 and 20 users");
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0].value.amount, 5);
}

// The formal 「金…円也」 of quotes and contracts, in 大字 numerals.
TEST_F(QuantityTest, KinBeforeAYenAmountIsTheSum) {
  for (const auto& [text, amount] : std::vector<std::pair<std::string, double>>{
           {"月額料金は金伍萬円（税抜）です", 50000}, {"御見積金額：金参百参萬六阡円也（消費税込）", 3036000}}) {
    SCOPED_TRACE(text);
    Quantity q = One(text);
    EXPECT_EQ(q.value.kind, Kind::kMoney);
    EXPECT_EQ(q.value.amount, amount);
    EXPECT_EQ(q.value.currency, "JPY");
  }
}

// "1/4/2026" is no date unless the writer puts the day first (a British
// office): then it is 1 April. Unambiguous ones read either way.
TEST_F(QuantityTest, AnAmbiguousNumericDateReadsDayFirstOnlyWhenTold) {
  EXPECT_TRUE(Parse("since 1/4/2026 the limit is higher").empty());
  norm_ = text::Normalize("since 1/4/2026 the limit is higher").text;
  ParseContext context;
  context.as_of = kAsOf;
  context.day_first = true;
  auto qs = parser_->Parse(norm_, context);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.date, "2026-04-01");
  EXPECT_EQ(One("until 31/3/2026").value.date, "2026-03-31");
}

TEST_F(QuantityTest, EnglishNumberWordsAreRead) {
  const struct {
    const char* text;
    double amount;
    const char* unit_word;
  } kCases[] = {
      {"up to ten thousand users", 10000, "users"}, {"1.2 million rows", 1200000, "rows"},
      {"scales to 10k users", 10000, "users"},      {"supports two devices", 2, "devices"},
      {"twenty-five seats", 25, "seats"},           {"one hundred and twenty seats", 120, "seats"},
      {"a million files", 1000000, "files"},        {"a dozen dashboards", 12, "dashboards"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kCount);
    EXPECT_EQ(q.value.amount, c.amount);
    EXPECT_EQ(q.unit_word, c.unit_word);
  }
}

// Numbers as they are said aloud in meetings and calls: a spoken decimal
// point, "K" for thousand, "bucks" for dollars. "point" alone is no number.
TEST_F(QuantityTest, SpokenNumbersAreRead) {
  Quantity sla = One("an SLA of ninety-nine point nine five percent");
  EXPECT_EQ(sla.value.kind, Kind::kPercent);
  EXPECT_DOUBLE_EQ(sla.value.amount, 99.95);
  EXPECT_EQ(SpanText(sla), "ninety-nine point nine five percent");
  EXPECT_DOUBLE_EQ(One("queries take one point five seconds").value.amount, 1.5);
  Quantity users = One("up to ten K users");
  EXPECT_EQ(users.value.amount, 10000);
  Quantity price = One("twenty bucks a terabyte a month");
  EXPECT_EQ(price.value.kind, Kind::kMoney);
  EXPECT_EQ(price.value.currency, "USD");
  EXPECT_EQ(price.value.amount, 20);
  EXPECT_TRUE(Parse("the point of it all").empty());
  EXPECT_EQ(One("one point five million users").value.amount, 1500000);
  Quantity half = One("came back in about a second and a half");
  EXPECT_EQ(half.value.amount, 1.5);
  EXPECT_EQ(SpanText(half), "about a second and a half");
  EXPECT_EQ(One("two hours and a half").value.amount, 2.5);
  for (const Quantity& q : Parse("a K-12 school district")) EXPECT_NE(q.value.amount, 1000);
  for (const Quantity& q : Parse("at this point nine of them agreed")) EXPECT_NE(q.value.amount, 0.9);
}

TEST_F(QuantityTest, WeakNumberWordNeedsAUnitAfterIt) {
  EXPECT_TRUE(Parse("one Meridian Sync tenant can hold them").empty());
  EXPECT_TRUE(Parse("one of our customers").empty());
  Quantity q = One("restores within one hour");
  EXPECT_EQ(q.value.kind, Kind::kDuration);
  EXPECT_EQ(q.value.amount, 1);
  EXPECT_EQ(q.value.unit, "hours");
}

TEST_F(QuantityTest, JapaneseUnitWordIsTheKatakanaOrKanjiRunAfterTheNumber) {
  const struct {
    const char* text;
    const char* unit_word;
  } kCases[] = {
      {"約3,200名でのご利用", "名"},
      {"最大200個のダッシュボード", "個"},
      {"8言語に対応しております", "言語"},
      {"最大5台まで接続可能", "台"},
      {"5,000名以上", "名"},
      {"2拠点で運用", "拠点"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(One(c.text).unit_word, c.unit_word);
  }
}

TEST_F(QuantityTest, EnglishUnitWordIsTheNextWordButNotAFunctionWord) {
  EXPECT_EQ(One("It ships with 45 connectors").unit_word, "connectors");
  EXPECT_EQ(One("Connectors: 40+ out of the box").unit_word, "");
  EXPECT_EQ(One("approximately 5 roughly").unit_word, "");
  EXPECT_EQ(One("Interface languages: 12.").unit_word, "");
  EXPECT_EQ(One("will the 5,000-user ceiling be a problem?").unit_word, "user");
}

TEST_F(QuantityTest, KanjiNumeralInsideAnOrdinaryWordIsNoNumber) {
  EXPECT_TRUE(Parse("一般的な構成で十分な性能です。").empty());
  EXPECT_TRUE(Parse("統一された唯一の窓口で一次回答いたします。").empty());
  EXPECT_TRUE(Parse("第一回の説明会").empty());
  EXPECT_TRUE(Parse("2027年第3四半期").size() == 1);  // 四半期 is no 四
}

TEST_F(QuantityTest, SingleKanjiDigitIsReadOnlyWithAUnit) {
  EXPECT_TRUE(Parse("一人ひとりに合わせて").empty());
  EXPECT_TRUE(Parse("三拠点").empty());
  Quantity q = One("千円から");
  EXPECT_EQ(q.value.kind, Kind::kMoney);
  EXPECT_EQ(q.value.amount, 1000);
}

// ------------------------------------------------------------------ percent

TEST_F(QuantityTest, PercentIsReadInEveryWriting) {
  for (const char* text : {"99.9%", "99.9％", "99.9パーセント", "99.9 percent", "99.9 per cent"}) {
    SCOPED_TRACE(text);
    Quantity q = One(text);
    EXPECT_EQ(q.value.kind, Kind::kPercent);
    EXPECT_EQ(q.value.amount, 99.9);
  }
  EXPECT_EQ(One("SLA 99.95 per cent").value.amount, 99.95);
}

// ------------------------------------------------------------------ money

TEST_F(QuantityTest, MoneyInEveryCurrencyWriting) {
  const struct {
    const char* text;
    double amount;
    const char* currency;
  } kCases[] = {
      {"¥50,000", 50000, "JPY"},  {"￥50,000", 50000, "JPY"},
      {"50,000円", 50000, "JPY"}, {"5万円", 50000, "JPY"},
      {"五万円", 50000, "JPY"},   {"JPY 50,000", 50000, "JPY"},
      {"$399", 399, "USD"},       {"USD 399", 399, "USD"},
      {"US$30", 30, "USD"},       {"399米ドル", 399, "USD"},
      {"399ドル", 399, "USD"},    {"£329", 329, "GBP"},
      {"GBP 329", 329, "GBP"},    {"329ポンド", 329, "GBP"},
      {"€20", 20, "EUR"},         {"$1.2 million", 1200000, "USD"},
      {"$0.4k", 400, "USD"},      {"$399.00", 399, "USD"},
      {"$1.2m", 1200000, "USD"},
      // Dollars that are not US dollars, and other currencies.
      {"A$45", 45, "AUD"},        {"AUD 45", 45, "AUD"},
      {"SGD 560", 560, "SGD"},    {"S$560", 560, "SGD"},
      {"C$60", 60, "CAD"},        {"HK$300", 300, "HKD"},
      {"60豪ドル", 60, "AUD"},    {"500シンガポールドル", 500, "SGD"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kMoney);
    EXPECT_EQ(q.value.amount, c.amount);
    EXPECT_EQ(q.value.currency, c.currency);
    EXPECT_EQ(q.value.per, "");
    EXPECT_EQ(q.value.tax, Tax::kUnstated);
  }
}

// A tax word between a qualifier and a statement ("Australian GST is not
// included", "(tax excl.)", 「（米国の売上税は別途）」) states the tax too.
TEST_F(QuantityTest, ComposedTaxStatementsAreRead) {
  EXPECT_EQ(One("¥2,800/TB/month (tax excl.)").value.tax, Tax::kExcluded);
  EXPECT_EQ(One("US$399 per month, Australian GST is not included").value.tax, Tax::kExcluded);
  EXPECT_EQ(One("月額US$399（米国の売上税は別途）").value.tax, Tax::kExcluded);
  EXPECT_EQ(One("$399 per month including applicable sales tax").value.tax, Tax::kIncluded);
}

// Numbers that are versions or identifiers after a product's or a label's
// name are no quantities.
TEST_F(QuantityTest, VersionsAndIdentifiersAreNoQuantities) {
  EXPECT_TRUE(Parse("SQL Server 2016 and Oracle 19").empty());
  EXPECT_TRUE(Parse("workspace IDs: 4471").empty());
  EXPECT_TRUE(Parse("open port 8443").empty());
}

TEST_F(QuantityTest, PriceHasNoCountWord) {
  Quantity q = One("For every $5 you receive");
  EXPECT_EQ(SpanText(q), "$5");
  EXPECT_EQ(q.unit_word, "");
}

TEST_F(QuantityTest, MoneySuffixMNeedsACurrency) {
  for (const auto& q : Parse("RPO 5m")) EXPECT_NE(q.value.amount, 5000000);  // minutes? metres?
  EXPECT_EQ(One("$5m").value.amount, 5000000);
}

TEST_F(QuantityTest, BillingPeriodAfterTheAmount) {
  const struct {
    const char* text;
    const char* per;
  } kCases[] = {
      {"$399/month", "month"},
      {"$399/mo", "month"},
      {"$399 per month", "month"},
      {"$399 a month", "month"},
      {"$399 monthly", "month"},
      {"$4,788 annually", "year"},
      {"$4,788 per year", "year"},
      {"$4,788/year", "year"},
      {"$30 per user", "user"},
      {"$30/user", "user"},
      {"$30 per seat", "user"},
      {"$20 per TB", "TB"},
      {"$20/TB", "TB"},
      {"$30 per user per month", "user-month"},
      {"$30/user/month", "user-month"},
      {"$30 per user/month", "user-month"},
      {"£16 per TB per month", "TB-month"},
      {"$20/TB/month", "TB-month"},
      {"¥2,800/月", "month"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kMoney);
    EXPECT_EQ(q.value.per, c.per);
    EXPECT_EQ(SpanText(q), norm_);
  }
}

TEST_F(QuantityTest, BillingPeriodBeforeTheAmount) {
  const struct {
    const char* text;
    const char* per;
  } kCases[] = {
      {"月額5万円", "month"},
      {"年額60万円", "year"},
      {"メリディアン・シンクの月額料金は50,000円です", "month"},
      {"1ユーザーあたり月額4,000円", "user-month"},
      {"1ユーザーあたりの料金は月額4,000円", "user-month"},
      {"ユーザー単価4,000円", "user"},
      {"1TBあたり月額2,800円", "TB-month"},
      {"1TBあたり2,800円", "TB"},
      {"TBあたり2,800円", "TB"},
      {"1TBあたり¥2,800／月", "TB-month"},
      // One of a unit right before the period or the price: no marker needed.
      {"1ユーザー月額4,000円", "user-month"},
      {"1ユーザー 月額4,000円", "user-month"},
      {"1ユーザー4,000円/月", "user-month"},
      {"1TB 月額2,800円", "TB-month"},
      {"初期費用:0円", "once"},
      {"月5万円", "month"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kMoney);
    EXPECT_EQ(q.value.per, c.per);
  }
}

// A Japanese label's full-width colon (normalized to ':') glued to a value
// with a unit: the value is read. A name's colon chain is not.
TEST_F(QuantityTest, ALabelsValueAfterAFullWidthColon) {
  Quantity sla = One("稼働率SLA：99.9％");
  EXPECT_EQ(sla.value.kind, Kind::kPercent);
  EXPECT_EQ(sla.value.amount, 99.9);
  Quantity rpo = One("RPO：15分");
  EXPECT_EQ(rpo.value.kind, Kind::kDuration);
  EXPECT_TRUE(Parse("ID:12345").empty());
  EXPECT_TRUE(Parse("ISO/IEC 27001:2022").empty());
}

// "a"/"an" is one of a unit after a bound or an approximation; elsewhere
// ("$399 a month") it is no number.
TEST_F(QuantityTest, AnArticleAfterABoundIsOne) {
  Quantity q = One("queries come back in under a second");
  EXPECT_EQ(q.value.kind, Kind::kDuration);
  EXPECT_EQ(q.value.amount, 1);
  EXPECT_EQ(q.value.unit, "seconds");
  EXPECT_EQ(q.value.bound, claims::Bound::kMax);
  EXPECT_EQ(One("restores in about an hour").value.amount, 1);
  EXPECT_TRUE(Parse("a second opinion").empty());
  EXPECT_EQ(Parse("$399 a month").size(), 1u);
}

// A bare "including"/"excluding" closing the brackets an amount stands in
// states its tax; elsewhere ("including 1 TB") it says nothing of tax.
TEST_F(QuantityTest, ABareTaxWordClosingBrackets) {
  auto qs = Parse("\u00a550,000 per month excluding consumption tax (\u00a555,000 including)");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.tax, claims::Tax::kExcluded);
  EXPECT_EQ(qs[1].value.tax, claims::Tax::kIncluded);
  EXPECT_EQ(Parse("$399 per month including 1 TB per user")[0].value.tax, claims::Tax::kUnstated);
}

// Thousands grouped with a space ("10 000 users"); a phone number or a year
// before a number is no such group.
TEST_F(QuantityTest, ThousandsGroupedWithASpace) {
  EXPECT_EQ(One("up to 10 000 users").value.amount, 10000);
  EXPECT_EQ(One("1 000 000 messages").value.amount, 1000000);
  for (const auto& q : Parse("call 020 7946 0388")) EXPECT_NE(q.value.amount, 207946) << SpanText(q);
  auto qs = Parse("in 2026 100 users joined");
  for (const auto& q : qs) EXPECT_NE(q.value.amount, 2026100) << SpanText(q);
}

TEST_F(QuantityTest, NumberInsideAPerPhraseIsNotAQuantity) {
  // The 1 of 1TBあたり is no 1 TB data size, the 1 of 1ユーザーあたり no count.
  EXPECT_EQ(Parse("1TBあたり月額2,800円").size(), 1u);
  EXPECT_EQ(Parse("1ユーザーあたり1TB").size(), 1u);
  EXPECT_EQ(One("1ユーザーあたり1TB").value.kind, Kind::kDataSize);
  EXPECT_EQ(One("1テナントあたり最大500TB").value.amount, 500e12);
  EXPECT_TRUE(Parse("(1ワークスペースあたり)").empty());
  EXPECT_EQ(Parse("1ユーザー月額4,000円").size(), 1u);
  // Another count before a price is the deal's size, not what it is per.
  EXPECT_EQ(Parse("15ユーザー月額60,000円").size(), 2u);
  EXPECT_EQ(Parse("15ユーザー月額60,000円")[1].value.per, "month");
}

TEST_F(QuantityTest, BillingPeriodIsLookedForOnlyInTheSameClause) {
  EXPECT_EQ(One("月額プランをご用意しております。初期設定は50,000円です。").value.per, "");
  EXPECT_EQ(One("Billed monthly.\nSetup is $500.").value.per, "");
  // A period phrase of another price is not borrowed.
  auto qs = Parse("月額50,000円、初期費用は10万円");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.per, "month");
  EXPECT_EQ(qs[1].value.per, "once");
  // Nor across another quantity, unless it is a bare count (a quote row's
  // quantity column).
  EXPECT_EQ(Parse("月額プランは最大10ユーザーで、追加は5万円").back().value.per, "");
  EXPECT_EQ(Parse("メリディアン・ボールト 月額容量課金(1TBあたり) 20 2,800円").back().value.per,
            "TB-month");
}

TEST_F(QuantityTest, BareMonthOrYearCharacterIsAPeriodOnlyRightBeforeTheAmount) {
  EXPECT_EQ(One("月5万円").value.per, "month");
  EXPECT_EQ(One("年12万円").value.per, "year");
  EXPECT_EQ(One("貴社(年商約480億円)").value.per, "");
  EXPECT_EQ(One("初年度の合計は720,000円です").value.per, "");
}

TEST_F(QuantityTest, TaxWordsBeforeAndAfterThePrice) {
  const struct {
    const char* text;
    Tax tax;
  } kCases[] = {
      {"税込55,000円", Tax::kIncluded},
      {"税込み55,000円", Tax::kIncluded},
      {"55,000円(税込)", Tax::kIncluded},
      {"50,000円（税抜）", Tax::kExcluded},
      {"50,000円（税抜き）", Tax::kExcluded},
      {"50,000円(税別)", Tax::kExcluded},
      {"月額50,000円・税抜", Tax::kExcluded},
      {"¥50,000+tax", Tax::kExcluded},
      {"£329 per month plus VAT", Tax::kExcluded},
      {"£329 per month + VAT", Tax::kExcluded},
      {"£25 per user per month (excl. VAT)", Tax::kExcluded},
      {"£18 per TB per month, excluding VAT", Tax::kExcluded},
      {"£329 ex VAT", Tax::kExcluded},
      {"¥50,000 per month (excluding consumption tax)", Tax::kExcluded},
      {"¥50,000 per month (tax excluded)", Tax::kExcluded},
      {"£30 incl. VAT", Tax::kIncluded},
      {"£30 including VAT", Tax::kIncluded},
      {"$30 including tax", Tax::kIncluded},
      {"月額329ポンド（VAT別）", Tax::kExcluded},
      {"¥55,000 incl. consumption tax", Tax::kIncluded},
      {"$399 excl. sales tax", Tax::kExcluded},
      {"月額394.80ポンド（VAT込み）", Tax::kIncluded},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kMoney);
    EXPECT_EQ(q.value.tax, c.tax);
  }
}

TEST_F(QuantityTest, TaxLaterInTheClauseAppliesWhenNoOtherNumberFollows) {
  Quantity q = One("Meridian Sync is GBP 329 per month for the whole organisation, excluding VAT.");
  EXPECT_EQ(q.value.tax, Tax::kExcluded);
  EXPECT_EQ(q.value.per, "month");
  EXPECT_EQ(SpanText(q), "GBP 329 per month");
  EXPECT_EQ(One("Meridian Sync is ¥50,000 per month there, tax excluded.").value.tax,
            Tax::kExcluded);
  EXPECT_EQ(One("The fee is £329. Prices exclude VAT as usual, excluding VAT").value.tax,
            Tax::kUnstated);
}

TEST_F(QuantityTest, SecondTaxWordBelongsToTheNextPrice) {
  auto qs = Parse("4,000円（税抜）、税込では4,400円でございます");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.tax, Tax::kExcluded);
  EXPECT_EQ(qs[1].value.amount, 4400);
  EXPECT_EQ(qs[1].value.tax, Tax::kIncluded);
  auto qs2 = Parse("②消費税込みの場合：同製品の月額料金は55,000円となります。");
  ASSERT_FALSE(qs2.empty());
  EXPECT_EQ(qs2.back().value.amount, 55000);
  EXPECT_EQ(qs2.back().value.tax, Tax::kIncluded);
  EXPECT_EQ(qs2.back().value.per, "month");
}

TEST_F(QuantityTest, PriceSpanCoversPeriodAndTaxWords) {
  Quantity q = One("1ユーザーあたり月額4,000円（税抜）です");
  EXPECT_EQ(SpanText(q), "月額4,000円(税抜)");
  EXPECT_EQ(NumberText(q), "4,000");
  EXPECT_EQ(q.value.per, "user-month");
  EXPECT_EQ(q.value.tax, Tax::kExcluded);
}

// ------------------------------------------------------------------ durations

TEST_F(QuantityTest, DurationsKeepTheUnitTheTextUsed) {
  const struct {
    const char* text;
    double amount;
    const char* unit;
  } kCases[] = {
      {"15分", 15, "minutes"},
      {"15 minutes", 15, "minutes"},
      {"15-minute RPO", 15, "minutes"},
      {"15 min", 15, "minutes"},
      {"4時間", 4, "hours"},
      {"90日", 90, "days"},
      {"90日間", 90, "days"},
      {"90 days", 90, "days"},
      {"30-day free trial", 30, "days"},
      {"1年", 1, "years"},
      {"12か月", 12, "months"},
      {"12ヶ月", 12, "months"},
      {"12カ月", 12, "months"},
      {"2週間", 2, "weeks"},
      {"2 weeks", 2, "weeks"},
      {"1秒", 1, "seconds"},
      {"2 seconds", 2, "seconds"},
      {"三十日間", 30, "days"},
      {"thirty days", 30, "days"},
      {"ninety days", 90, "days"},
      // Sub-second durations are seconds (LABELS.md's units), as written
      // amounts scaled: "500 ms" is 0.5 seconds.
      {"500 ms", 0.5, "seconds"},
      {"500ミリ秒", 0.5, "seconds"},
      {"a quarter of an hour", 0.25, "hours"},
      {"a quarter-hour RPO", 0.25, "hours"},
      {"half an hour", 0.5, "hours"},
      {"半日", 0.5, "days"},
      {"半年", 0.5, "years"},
      {"Seven-year archive", 7, "years"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kDuration);
    EXPECT_EQ(q.value.amount, c.amount);
    EXPECT_EQ(q.value.unit, c.unit);
  }
}

TEST_F(QuantityTest, AboutTwoWeeksIsTwoWeeksApproximately) {
  Quantity q = One("the free trial runs for about two weeks");
  EXPECT_EQ(q.value.kind, Kind::kDuration);
  EXPECT_EQ(q.value.amount, 2);
  EXPECT_EQ(q.value.unit, "weeks");
  EXPECT_TRUE(q.value.approximate);
  EXPECT_EQ(SpanText(q), "about two weeks");
}

TEST_F(QuantityTest, ScheduleIsNoDuration) {
  EXPECT_TRUE(Parse("24時間365日受付").empty());
  EXPECT_TRUE(Parse("24/7 support").empty());
  EXPECT_TRUE(Parse("First response within 1 hour, 24x7").size() == 1);
  auto qs = Parse("24時間365日受付、30分以内に一次回答");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.amount, 30);
  EXPECT_EQ(qs[0].value.bound, Bound::kMax);
}

// ------------------------------------------------------------------ data sizes

TEST_F(QuantityTest, DataSizesAreDecimalBytes) {
  const struct {
    const char* text;
    double bytes;
  } kCases[] = {
      {"1TB", 1e12},      {"1 TB", 1e12},        {"500GB", 500e9},   {"0.5 PB", 0.5e15},
      {"1,000 GB", 1e12}, {"2テラバイト", 2e12}, {"500ギガ", 500e9}, {"1TiB", 1099511627776.0},
      {"5 GB", 5e9},      {"１ＴＢ", 1e12},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kDataSize);
    EXPECT_EQ(q.value.amount, c.bytes);
  }
}

// ------------------------------------------------------------------ dates

TEST_F(QuantityTest, ExplicitDatesInEveryWriting) {
  const struct {
    const char* text;
    const char* date;
  } kCases[] = {
      {"2027年1月", "2027-01"},
      {"2027年1月15日", "2027-01-15"},
      {"January 2027", "2027-01"},
      {"Jan 2027", "2027-01"},
      {"January 15, 2027", "2027-01-15"},
      {"15 January 2027", "2027-01-15"},
      {"2027-01", "2027-01"},
      {"2027-01-15", "2027-01-15"},
      {"2027/1/15", "2027-01-15"},
      {"2027/01", "2027-01"},
      {"2027年", "2027"},
      {"令和9年1月", "2027-01"},
      {"二〇二七年一月", "2027-01"},
      {"Jan. 15th, 2027", "2027-01-15"},
      {"07 May 2026", "2026-05-07"},
      {"1/15/2027", "2027-01-15"},
      {"2027.1.15", "2027-01-15"},
      {"March 31, 2026", "2026-03-31"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, Kind::kDate);
    EXPECT_EQ(q.value.date, c.date);
    EXPECT_EQ(q.value.date_max, "");
    EXPECT_FALSE(q.year_inferred);
  }
}

TEST_F(QuantityTest, QuarterIsAMonthRange) {
  for (const char* text : {"Q3 2027", "2027年第3四半期", "2027 Q3", "2027年Q3"}) {
    SCOPED_TRACE(text);
    Quantity q = One(text);
    EXPECT_EQ(q.value.kind, Kind::kDate);
    EXPECT_EQ(q.value.date, "2027-07");
    EXPECT_EQ(q.value.date_max, "2027-09");
  }
}

// 年度 is the Japanese fiscal year, April to March (data/lang/ja/dates.yaml).
TEST_F(QuantityTest, FiscalYearIsAprilToMarch) {
  Quantity q = One("2026年度");
  EXPECT_EQ(q.value.kind, Kind::kDate);
  EXPECT_EQ(q.value.date, "2026-04");
  EXPECT_EQ(q.value.date_max, "2027-03");
  // Relative: the fiscal year of the as-of date is the one that began last April.
  EXPECT_EQ(One("来年度", "2026-02-16").value.date, "2026-04");
  EXPECT_EQ(One("来年度", "2026-02-16").value.date_max, "2027-03");
  EXPECT_EQ(One("来期", "2026-06-15").value.date, "2027-04");
  EXPECT_EQ(One("今年度", "2026-06-15").value.date, "2026-04");
  // A calendar year stays one.
  EXPECT_EQ(One("2026年").value.date, "2026");
  EXPECT_EQ(One("来年", "2026-02-16").value.date, "2027");
}

TEST_F(QuantityTest, RelativeDatesResolveAgainstAsOf) {
  const struct {
    const char* text;
    const char* date;
  } kCases[] = {
      {"来年4月", "2027-04"},    {"来年", "2027"},
      {"今年12月", "2026-12"},   {"来月", "2026-07"},
      {"next April", "2027-04"}, {"next month", "2026-07"},
      {"next year", "2027"},     {"this December", "2026-12"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text, "2026-06-15");
    EXPECT_EQ(q.value.kind, Kind::kDate);
    EXPECT_EQ(q.value.date, c.date);
  }
  EXPECT_EQ(One("next April", "2026-02-01").value.date, "2026-04");
  EXPECT_EQ(One("来月", "2026-12-01").value.date, "2027-01");
}

TEST_F(QuantityTest, MonthWithoutYearIsTheNearestSuchMonth) {
  Quantity q = One("1月", "2026-11-20");
  EXPECT_EQ(q.value.date, "2027-01");
  EXPECT_TRUE(q.year_inferred);
  EXPECT_EQ(One("see you in January!", "2026-11-20").value.date, "2027-01");
  EXPECT_EQ(One("1月", "2026-05-01").value.date, "2026-01");
  EXPECT_EQ(One("4月17日(金)までに", "2026-04-10").value.date, "2026-04-17");
  EXPECT_EQ(One("on July 29", "2026-07-01").value.date, "2026-07-29");
}

TEST_F(QuantityTest, EnglishMonthAloneNeedsACue) {
  EXPECT_EQ(One("Short answer: yes, from April.", "2026-03-01").value.date, "2026-04");
  EXPECT_TRUE(Parse("Jan will send the quote.").empty());
  EXPECT_TRUE(Parse("May I ask about pricing?").empty());
  EXPECT_EQ(One("next May").value.date, "2027-05");
  EXPECT_EQ(One("May 2027").value.date, "2027-05");
}

TEST_F(QuantityTest, WithoutAsOfRelativeAndMonthOnlyDatesAreDropped) {
  for (const char* text : {"来年4月", "来月", "1月", "next April", "in January", "1月15日"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text, "").empty());
  }
  EXPECT_EQ(One("2027年1月", "").value.date, "2027-01");
}

TEST_F(QuantityTest, NumbersInsideADateAreConsumedByIt) {
  auto qs = Parse("2026年4月1日以降は最大1万ユーザー");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.date, "2026-04-01");
  EXPECT_EQ(qs[1].value.amount, 10000);
}

TEST_F(QuantityTest, OneYearIsADurationButAYearNumberIsADate) {
  EXPECT_EQ(One("3年契約").value.kind, Kind::kDuration);
  EXPECT_EQ(One("2027年").value.kind, Kind::kDate);
  EXPECT_EQ(One("in 2027.").value.date, "2027");
  EXPECT_EQ(One("is being evaluated for 2028.").value.date, "2028");
  EXPECT_EQ(One("a quote for 2000 users").value.kind, Kind::kCount);
  EXPECT_EQ(One("2027 users").value.kind, Kind::kCount);
  auto qs = Parse("from 2000 to 3000 users");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.kind, Kind::kCount);
  EXPECT_EQ(qs[0].value.bound, Bound::kRange);
}

TEST_F(QuantityTest, InvalidDatesAreNothing) {
  EXPECT_TRUE(Parse("2027/13/45").empty());
  EXPECT_TRUE(Parse("2027-02-30").empty());
  EXPECT_TRUE(Parse("3/4/2027").empty());  // month/day or day/month: unknown
}

// ------------------------------------------------------------------ bounds

TEST_F(QuantityTest, BoundWordsBeforeTheNumber) {
  const struct {
    const char* text;
    Bound bound;
    bool inclusive;
  } kCases[] = {
      {"up to 500 users", Bound::kMax, true},
      {"at most 5 devices", Bound::kMax, true},
      {"max 5 devices", Bound::kMax, true},
      {"maximum 5 devices", Bound::kMax, true},
      {"no more than 5 devices", Bound::kMax, true},
      {"within 2 seconds", Bound::kMax, true},
      {"less than 1 second", Bound::kMax, false},
      {"under 2 seconds", Bound::kMax, false},
      {"below 2 seconds", Bound::kMax, false},
      {"fewer than 10 users", Bound::kMax, false},
      {"at least 99.95%", Bound::kMin, true},
      {"minimum 10 users", Bound::kMin, true},
      {"min 10 users", Bound::kMin, true},
      {"no less than 10 users", Bound::kMin, true},
      {"over 40 connectors", Bound::kMin, false},
      {"more than 40 connectors", Bound::kMin, false},
      {"above 99%", Bound::kMin, false},
      {"最大200個", Bound::kMax, true},
      {"最低10名", Bound::kMin, true},
      {"最少10名", Bound::kMin, true},
      {"up to $500", Bound::kMax, true},
      {"最大1万", Bound::kMax, true},
      {"最大でも2秒", Bound::kMax, true},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.bound, c.bound);
    EXPECT_EQ(q.value.inclusive, c.inclusive);
    EXPECT_EQ(SpanText(q), norm_);
  }
}

TEST_F(QuantityTest, BoundWordsAfterTheNumber) {
  const struct {
    const char* text;
    Bound bound;
    bool inclusive;
  } kCases[] = {
      {"5,000ユーザーまで", Bound::kMax, true},
      {"5GB以下", Bound::kMax, true},
      {"2秒以内", Bound::kMax, true},
      {"1秒未満", Bound::kMax, false},
      {"5,000名以上", Bound::kMin, true},
      {"1万超", Bound::kMin, false},
      {"1万超え", Bound::kMin, false},
      {"5 users or more", Bound::kMin, true},
      {"99.9% or above", Bound::kMin, true},
      {"2 seconds or less", Bound::kMax, true},
      {"10 users or fewer", Bound::kMax, true},
      {"6,000+ users", Bound::kMin, true},
      {"40+", Bound::kMin, true},
      {"15 minutes at most", Bound::kMax, true},
      {"月額5,000円~", Bound::kMin, true},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.bound, c.bound);
    EXPECT_EQ(q.value.inclusive, c.inclusive);
    EXPECT_EQ(SpanText(q), norm_);
  }
}

TEST_F(QuantityTest, WithinIsABoundNotARange) {
  Quantity q = One("2秒以内");
  EXPECT_EQ(q.value.bound, Bound::kMax);
  EXPECT_EQ(q.value.amount, 2);
  EXPECT_EQ(q.value.amount_max, 0);
}

// ------------------------------------------------------------------ ranges

TEST_F(QuantityTest, RangesInEveryWriting) {
  const struct {
    const char* text;
    Kind kind;
    double lo, hi;
  } kCases[] = {
      {"1〜3秒", Kind::kDuration, 1, 3},
      {"1～3秒", Kind::kDuration, 1, 3},
      {"1-3 seconds", Kind::kDuration, 1, 3},
      {"1 to 3 seconds", Kind::kDuration, 1, 3},
      {"1秒から3秒まで", Kind::kDuration, 1, 3},
      {"1秒~3秒", Kind::kDuration, 1, 3},
      {"between 1 and 3 seconds", Kind::kDuration, 1, 3},
      {"from 5 to 15 minutes", Kind::kDuration, 5, 15},
      {"$20-$25", Kind::kMoney, 20, 25},
      {"5～15分", Kind::kDuration, 5, 15},
      {"0.5秒から2秒まで", Kind::kDuration, 0.5, 2},
      {"10-15%", Kind::kPercent, 10, 15},
      {"5,000~10,000ユーザー", Kind::kCount, 5000, 10000},
      {"5万~10万円", Kind::kMoney, 50000, 100000},
      {"1〜2TB", Kind::kDataSize, 1e12, 2e12},
      {"two to three weeks", Kind::kDuration, 2, 3},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_EQ(q.value.kind, c.kind);
    EXPECT_EQ(q.value.bound, Bound::kRange);
    EXPECT_EQ(q.value.amount, c.lo);
    EXPECT_EQ(q.value.amount_max, c.hi);
    EXPECT_EQ(SpanText(q), norm_);
  }
}

TEST_F(QuantityTest, RangeEndsInDifferentUnitsShareTheSmallerUnit) {
  Quantity q = One("30分~1時間");
  EXPECT_EQ(q.value.bound, Bound::kRange);
  EXPECT_EQ(q.value.unit, "minutes");
  EXPECT_EQ(q.value.amount, 30);
  EXPECT_EQ(q.value.amount_max, 60);
}

TEST_F(QuantityTest, RangeCarriesCurrencyAndCountWordToBothEnds) {
  Quantity q = One("$20-$25 per TB per month");
  EXPECT_EQ(q.value.currency, "USD");
  EXPECT_EQ(q.value.per, "TB-month");
  Quantity c = One("100~200ユーザー");
  EXPECT_EQ(c.unit_word, "ユーザー");
}

TEST_F(QuantityTest, YearPairsAndPhoneNumbersAreNoCountRanges) {
  Quantity years = One("2026-2027");
  EXPECT_EQ(years.value.kind, Kind::kDate);
  EXPECT_EQ(years.value.date, "2026");
  EXPECT_EQ(years.value.date_max, "2027");
  EXPECT_TRUE(Parse("03-5412-7742").empty());
  EXPECT_TRUE(Parse("5412-7742").empty());
}

TEST_F(QuantityTest, ChangeFromOneValueToAnotherIsTwoValuesNotARange) {
  auto qs = Parse("the limit rises from 5,000 to 10,000 users");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.bound, Bound::kExact);
  EXPECT_EQ(qs[0].value.amount, 5000);
  EXPECT_EQ(qs[1].value.amount, 10000);
  auto ja = Parse("5,000ユーザーから1万ユーザーに拡張");
  ASSERT_EQ(ja.size(), 2u);
  EXPECT_EQ(ja[1].value.amount, 10000);
  EXPECT_EQ(ja[1].value.bound, Bound::kExact);
}

TEST_F(QuantityTest, TheOldSideOfAChangeIsMarkedAndWrittenInTheNewSidesTerms) {
  auto qs = Parse("the RPO was tightened from 60 to 15 minutes");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.kind, Kind::kDuration);
  EXPECT_EQ(qs[0].value.amount, 60);
  EXPECT_EQ(qs[0].value.unit, "minutes");
  EXPECT_TRUE(qs[0].change_from);
  EXPECT_FALSE(qs[1].change_from);
  auto price = Parse("the price drops from 499 to $399 per month");
  ASSERT_EQ(price.size(), 2u);
  EXPECT_EQ(price[0].value.kind, Kind::kMoney);
  EXPECT_EQ(price[0].value.currency, "USD");
  auto ja = Parse("5,000名から1万名に拡大");
  ASSERT_EQ(ja.size(), 2u);
  EXPECT_TRUE(ja[0].change_from);
  // A range is no change.
  auto range = Parse("from 10 to 15 minutes");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_FALSE(range[0].change_from);
}

TEST_F(QuantityTest, EmDashAndStrikeThroughAreNoRangeMarks) {
  EXPECT_EQ(Parse("5,000 — 10,000 users").size(), 2u);
  auto qs = Parse("Up to ~~5,000~~ 10,000 users");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.amount, 5000);
  EXPECT_FALSE(qs[0].value.approximate);
  EXPECT_EQ(qs[1].value.amount, 10000);
  EXPECT_NE(qs[1].value.bound, Bound::kRange);
}

TEST_F(QuantityTest, ReversedOrBareDashPairsAreNoRanges) {
  EXPECT_TRUE(Parse("| 1-2 | 稼働率 |").empty());
  EXPECT_TRUE(Parse("items 4.1-4.6").empty());
  auto qs = Parse("15~5分");
  for (const auto& q : qs) EXPECT_NE(q.value.bound, Bound::kRange);
}

// ------------------------------------------------------------------ approximations

TEST_F(QuantityTest, ApproximationKeepsTheValue) {
  const struct {
    const char* text;
    double amount;
  } kCases[] = {
      {"約15分", 15},
      {"およそ200個", 200},
      {"15分程度", 15},
      {"2秒前後", 2},
      {"200名ほど", 200},
      {"about 2 seconds", 2},
      {"approximately 5 GB", 5e9},
      {"roughly 15 minutes", 15},
      {"around 15 minutes", 15},
      {"approx. 40 dashboards", 40},
      {"~5,000 users", 5000},
      {"1万弱", 10000},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    Quantity q = One(c.text);
    EXPECT_TRUE(q.value.approximate);
    EXPECT_EQ(q.value.amount, c.amount);
    EXPECT_EQ(q.value.bound, Bound::kExact);
    EXPECT_EQ(SpanText(q), norm_);
  }
}

TEST_F(QuantityTest, ApproximationAndBoundTogether) {
  Quantity q = One("1ワークスペースあたり約200個まで作成いただけます");
  EXPECT_TRUE(q.value.approximate);
  EXPECT_EQ(q.value.bound, Bound::kMax);
  EXPECT_EQ(q.value.amount, 200);
}

// ------------------------------------------------------------------ not quantities

TEST_F(QuantityTest, IdentifiersAreNoQuantities) {
  for (const char* text : {"ISO 27001",     "ISO/IEC 27001:2022",
                           "AES-256",       "SOC 2 Type II",
                           "RSA-2048",      "v3.2",
                           "ver. 2",        "TLS 1.3",
                           "Windows 11",    "iOS 17",
                           "Q-2025-0711",   "RCU-2025-044",
                           "HL-IT-2026-21", "PB-US-2026-01",
                           "No.1024",       "#1042",
                           "№1024",         "Q4. What is the price?",
                           "Q22. API",      "A6. 同製品",
                           "EC2A 4AA",      "certificate no. IS 735114",
                           "2FA",           "Version: 2.1",
                           "第2回",         "1位"}) {
    SCOPED_TRACE(text);
    auto qs = Parse(text);
    EXPECT_TRUE(qs.empty()) << SpanText(qs[0]);
  }
}

TEST_F(QuantityTest, PhoneNumbersPostalCodesAndTimesAreNoQuantities) {
  for (const char* text :
       {"03-5412-7742", "+1 415-555-0163", "+44 (0)20 7946 0358", "TEL 03-5412-7742",
        "TEL:011-555-0123", "Tel. +81 3 5412 7742", "〒105-0001", "San Francisco, CA 94104",
        "020 7946 0841", "(562) 555-0148", "10:00", "16:45", "13:30~17:00", "9 am", "10時",
        "午前10時30分", "9:30-18:00"}) {
    SCOPED_TRACE(text);
    auto qs = Parse(text);
    EXPECT_TRUE(qs.empty()) << SpanText(qs[0]);
  }
}

TEST_F(QuantityTest, UrlsEmailsListMarkersAndSectionNumbersAreNoQuantities) {
  for (const char* text :
       {"https://example.com/page/123", "www.example.com/2027", "mail user123@example.com",
        "1. Meridian Insight", "２．メリディアン", "2.3 Retention:", "| 1.1 | At least", "§2.1"}) {
    SCOPED_TRACE(text);
    auto qs = Parse(text);
    EXPECT_TRUE(qs.empty()) << SpanText(qs[0]);
  }
  // A list marker does not hide the quantity after it.
  EXPECT_EQ(One("2.3 Retention: 90 days by default.").value.amount, 90);
}

// ------------------------------------------------------------------ contract

TEST_F(QuantityTest, SpansAreByteOffsetsIntoTheGivenText) {
  const std::string text = "同製品は最大1万ユーザーまでご利用可能です";
  ParseContext context;
  auto qs = parser_->Parse(text, context);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(text.substr(qs[0].span.begin, qs[0].span.size()), "最大1万ユーザーまで");
  EXPECT_EQ(text.substr(qs[0].number.begin, qs[0].number.size()), "1万");
}

TEST_F(QuantityTest, ResultsAreInOrderAndDoNotOverlap) {
  auto qs = Parse(
      "メリディアン シンクは月額50,000円（税抜）、最大1万ユーザー、1ユーザーあたり1TB、SLA 99.9%、"
      "RPOは15分、2027年1月に正式リリース。Meridian Vault is $20 per TB per month, retention 90 "
      "days.");
  ASSERT_EQ(qs.size(), 8u);
  for (size_t k = 1; k < qs.size(); ++k) EXPECT_LE(qs[k - 1].span.end, qs[k].span.begin);
  EXPECT_EQ(qs[0].value.kind, Kind::kMoney);
  EXPECT_EQ(qs[1].value.kind, Kind::kCount);
  EXPECT_EQ(qs[2].value.kind, Kind::kDataSize);
  EXPECT_EQ(qs[3].value.kind, Kind::kPercent);
  EXPECT_EQ(qs[4].value.kind, Kind::kDuration);
  EXPECT_EQ(qs[5].value.kind, Kind::kDate);
  EXPECT_EQ(qs[6].value.kind, Kind::kMoney);
  EXPECT_EQ(qs[7].value.kind, Kind::kDuration);
}

TEST_F(QuantityTest, WordsComeFromTheLexicon) {
  // A lexicon with one made-up currency and unit: the parser knows exactly
  // what the data tells it.
  const std::vector<claims::EmbeddedFile> files = {
      {"data/lang/xx/quantity.yaml",
       "currency:\n  - {word: zorkmid, code: ZMD, at: after}\n"
       "unit:\n  - {word: fortnights, kind: duration, unit: weeks}\n"}};
  std::vector<claims::Diagnostic> diagnostics;
  const claims::Lexicon lexicon = claims::LoadLexicon(files, &diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  QuantityParser parser(lexicon);
  auto qs = parser.Parse("costs 40 zorkmid for 2 fortnights, or 50円", ParseContext{});
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].value.currency, "ZMD");
  EXPECT_EQ(qs[1].value.kind, Kind::kDuration);
  EXPECT_EQ(qs[2].value.kind, Kind::kCount);  // 円 is not in this lexicon
}

// `compose` makes an entry's words from parts: every choice of one part per
// list, an empty part left out; a malformed one is a diagnostic.
TEST_F(QuantityTest, ComposedWordsComeFromTheLexicon) {
  const std::vector<claims::EmbeddedFile> files = {
      {"data/lang/xx/quantity.yaml",
       "currency:\n  - {word: zorkmid, code: ZMD, at: after}\n"
       "tax:\n  - {compose: [[\"\", imperial], [levy, tithe], [waived, not added]], tax: excluded}\n"}};
  std::vector<claims::Diagnostic> diagnostics;
  const claims::Lexicon lexicon = claims::LoadLexicon(files, &diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  EXPECT_EQ(lexicon.Entries("xx", "tax").size(), 8u);
  QuantityParser parser(lexicon);
  auto qs = parser.Parse("costs 40 zorkmid, imperial tithe not added", ParseContext{});
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value.tax, Tax::kExcluded);
  std::vector<claims::Diagnostic> bad;
  claims::LoadLexicon({{"data/lang/xx/quantity.yaml", "tax:\n  - {compose: [levy], tax: excluded}\n"}}, &bad);
  EXPECT_EQ(bad.size(), 1u);
}

TEST_F(QuantityTest, QuantityLanguageFilesLoadWithoutDiagnostics) {
  std::vector<claims::EmbeddedFile> ours;
  for (const auto& f : claims::EmbeddedLangFiles()) {
    const std::string path = f.path;
    for (const char* name : {"/numerals.yaml", "/quantity.yaml", "/dates.yaml"}) {
      if (path.size() > std::strlen(name) &&
          path.compare(path.size() - std::strlen(name), std::string::npos, name) == 0) {
        ours.push_back(f);
      }
    }
  }
  EXPECT_EQ(ours.size(), 6u);  // en and ja
  std::vector<claims::Diagnostic> diagnostics;
  claims::LoadLexicon(ours, &diagnostics);
  for (const auto& d : diagnostics) ADD_FAILURE() << d.ToString();
}

TEST_F(QuantityTest, ParserIsSharedReadOnlyAcrossThreads) {
  const std::string text =
      text::Normalize("月額50,000円（税抜）、最大1万ユーザー、2027年1月、$30/user/month").text;
  ParseContext context;
  context.as_of = kAsOf;
  const auto want = parser_->Parse(text, context);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) {
        auto got = parser_->Parse(text, context);
        if (got.size() != want.size()) return;
        for (size_t i = 0; i < got.size(); ++i) {
          if (!claims::SameValue(got[i].value, want[i].value) || got[i].span != want[i].span)
            return;
        }
      }
      ok[t] = 1;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 1) << "thread " << t;
}

TEST_F(QuantityTest, ParseNumeralReadsANumeralAlone) {
  EXPECT_EQ(parser_->ParseNumeral("10,000"), 10000);
  EXPECT_EQ(parser_->ParseNumeral("1.5万"), 15000);
  EXPECT_EQ(parser_->ParseNumeral("三千五百"), 3500);
  EXPECT_EQ(parser_->ParseNumeral("ten thousand"), 10000);
  EXPECT_EQ(parser_->ParseNumeral("10k"), 10000);
  EXPECT_EQ(parser_->ParseNumeral("1.2 million"), 1200000);
  EXPECT_FALSE(parser_->ParseNumeral("").has_value());
  EXPECT_FALSE(parser_->ParseNumeral("万").has_value());
  EXPECT_FALSE(parser_->ParseNumeral("1..2").has_value());
  EXPECT_FALSE(parser_->ParseNumeral("10 users").has_value());
  EXPECT_FALSE(parser_->ParseNumeral("第百十六回").has_value());
  EXPECT_FALSE(parser_->ParseNumeral("12345678901234567890").has_value());
}

// ------------------------------------------------------------------ robustness

TEST_F(QuantityTest, EmptyAndLoneSymbolsGiveNothing) {
  for (const char* text :
       {"", "万", "億", "$", "¥", "%", "~", "-", "+", "円", "〜", "一", "1..", "..", "$.", "¥,"}) {
    SCOPED_TRACE(text);
    auto qs = Parse(text);
    EXPECT_TRUE(qs.empty()) << SpanText(qs[0]);
  }
}

TEST_F(QuantityTest, InvalidNumbersDoNotThrow) {
  for (const char* text :
       {"1..2", "1,,000", "1,0000", "1.2.3.4.5", "1-2-3-4-5-6-7-8-9-10", "1/2/3/4", "1:2:3",
        "十十十", "〇〇〇", "億千万", "99.9.9%", "$$5", "5%%", "1e9", "0x1F"}) {
    SCOPED_TRACE(text);
    EXPECT_NO_THROW(Parse(text));
  }
  // "1..2" is two numbers at most, never 1.2.
  for (const auto& q : Parse("1..2")) EXPECT_NE(q.value.amount, 1.2);
}

TEST_F(QuantityTest, HugeDigitRunIsSkippedInLinearTime) {
  const std::string digits(50u << 20, '7');  // 50 MB on one line
  const auto start = std::chrono::steady_clock::now();
  auto qs = parser_->Parse(digits, ParseContext{});
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(qs.empty());
  EXPECT_LT(secs, 30.0);
  EXPECT_FALSE(parser_->ParseNumeral(digits).has_value());
}

TEST_F(QuantityTest, HugeKanjiDigitRunIsSkipped) {
  std::string kanji;
  for (int k = 0; k < 200000; ++k) kanji += "一二三";
  EXPECT_TRUE(parser_->Parse(kanji, ParseContext{}).empty());
}

TEST_F(QuantityTest, RepeatedCommaListStaysLinear) {
  std::string list;
  while (list.size() < (512u << 10)) list += "1,2,3,4,";
  const auto start = std::chrono::steady_clock::now();
  auto qs = parser_->Parse(list, ParseContext{});
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(qs.size(), list.size() / 2);  // each digit a count
  EXPECT_LT(secs, 30.0);
}

TEST_F(QuantityTest, LongRunsOfSpacesAndWordsStayLinear) {
  std::string text;
  for (int k = 0; k < 200; ++k) text += "one" + std::string(50000, ' ');
  text += std::string(1u << 20, 'a') + " 5 " + std::string(1u << 20, 'b');
  const auto start = std::chrono::steady_clock::now();
  auto qs = parser_->Parse(text, ParseContext{});
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].unit_word, "");  // a 1 MB "word" is no unit word
  EXPECT_LT(secs, 30.0);
}

TEST_F(QuantityTest, BinaryGarbageNeverThrows) {
  std::mt19937 rng(12345);
  std::string garbage(1u << 20, '\0');
  for (char& c : garbage) c = static_cast<char>(rng() & 0xFF);
  EXPECT_NO_THROW(parser_->Parse(garbage, ParseContext{}));
  // Truncated UTF-8 at the very end, after a numeral and a currency.
  EXPECT_NO_THROW(parser_->Parse(std::string("5万\xE5\x86", 6), ParseContext{}));
  EXPECT_NO_THROW(parser_->Parse(std::string("\xE4\xB8", 2), ParseContext{}));
  // Every prefix of a dense sentence: no read past the end.
  const std::string dense =
      text::Normalize(
          "税込55,000円／月（1TBあたり）、最大1万ユーザー〜2万ユーザー、2027年第3四半期")
          .text;
  for (size_t k = 0; k <= dense.size(); ++k)
    EXPECT_NO_THROW(parser_->Parse(dense.substr(0, k), ParseContext{}));
}


// Business and working time are durations of their unit ("within 8 business
// hours", 「3営業日以内」), not a count of "business".
TEST_F(QuantityTest, BusinessHoursAndDaysAreDurations) {
  Quantity en = One("Standard Support responds within 8 business hours.");
  EXPECT_EQ(en.value.kind, Kind::kDuration);
  EXPECT_EQ(en.value.amount, 8);
  EXPECT_EQ(SpanText(en), "within 8 business hours");
  EXPECT_EQ(en.value.unit, "hours");
  Quantity ja = One("3営業日以内にご回答いたします。");
  EXPECT_EQ(ja.value.kind, Kind::kDuration);
  EXPECT_EQ(ja.value.amount, 3);
  EXPECT_EQ(ja.value.unit, "days");
}

// A document's issue or option number is no quantity, and a function word
// after a bare count is no unit word ("the team of 6 would be…").
TEST_F(QuantityTest, IssueNumbersAndFunctionWordsAreNoQuantities) {
  EXPECT_TRUE(Parse("Issue 2 also adds Meridian Insight.").empty());
  EXPECT_TRUE(Parse("Option 3 covers the archive.").empty());
  Quantity q = One("the data team of 6 would be on it");
  EXPECT_EQ(q.value.amount, 6);
  EXPECT_EQ(q.unit_word, "");
}

// A bare hundred or thousand after a bound (「最大千個」), a footnote's mark
// (「200個※1」: no count of 1, but 「※2027年1月」 is a date), 「ユーザー月額」 as
// a per-user monthly basis, and "2 s" as seconds.
// "a terabyte", "for a fortnight", 「九十九・九パーセント」: one of a unit after
// an article, a unit of several others, a kanji decimal with 「・」.
TEST_F(QuantityTest, AnArticleAFortnightAndAKanjiDecimal) {
  Quantity tb = One("Every user gets a terabyte of storage.");
  EXPECT_EQ(tb.value.kind, Kind::kDataSize);
  EXPECT_EQ(tb.value.amount, 1e12);
  Quantity fortnight = One("You can trial it free for a fortnight.");
  EXPECT_EQ(fortnight.value.kind, Kind::kDuration);
  EXPECT_EQ(fortnight.value.amount, 2);
  EXPECT_EQ(fortnight.value.unit, "weeks");
  Quantity pct = One("月間稼働率は九十九・九パーセントです。");
  EXPECT_EQ(pct.value.kind, Kind::kPercent);
  EXPECT_DOUBLE_EQ(pct.value.amount, 99.9);
  // A price "a month" stays a price; 「一・二」 with no unit is no decimal.
  Quantity price = One("It costs $399 a month.");
  EXPECT_EQ(price.value.kind, Kind::kMoney);
  EXPECT_EQ(price.value.per, "month");
  for (const Quantity& q : Parse("第一・二四半期の資料")) EXPECT_NE(q.value.amount, 1.2);
}

// Continental writing: a dot groups thousands ("10.000 users",
// "1.000.000"), a comma before a percent sign is a decimal ("99,9 %"); a
// decimal that reads as one stays one.
TEST_F(QuantityTest, ContinentalSeparators) {
  EXPECT_EQ(One("up to 10.000 users").value.amount, 10000);
  EXPECT_EQ(One("EUR 1.250.000 in total").value.amount, 1250000);
  EXPECT_DOUBLE_EQ(One("an SLA of 99,9 %").value.amount, 99.9);
  EXPECT_DOUBLE_EQ(One("an SLA of 99,95%").value.amount, 99.95);
  EXPECT_DOUBLE_EQ(One("99.950 % measured").value.amount, 99.95);
  EXPECT_DOUBLE_EQ(One("in 0.500 seconds").value.amount, 0.5);
  EXPECT_DOUBLE_EQ(One("1.5 TB per user").value.amount, 1.5e12);
  EXPECT_EQ(One("10,000 users").value.amount, 10000);
}

// A full month name at the end of a sentence leaves the full stop to the
// sentence; an abbreviation keeps its own ("Sept. 2027").
TEST_F(QuantityTest, AFullMonthNameLeavesTheFullStop) {
  Quantity day = One("It rises from 1 April. Then more.");
  ASSERT_EQ(day.value.kind, Kind::kDate);
  EXPECT_EQ(day.span.end, std::string("It rises from 1 April").size());
  Quantity month = One("It is generally available in April. Then more.");
  EXPECT_EQ(month.span.end, std::string("It is generally available in April").size());
  Quantity abbr = One("GA in Sept. 2027");
  EXPECT_EQ(abbr.value.date, "2027-09");
}

TEST_F(QuantityTest, JapaneseBareThousandsFootnotesAndPerUserMonthly) {
  Quantity thousand = One("ダッシュボードは最大千個まで作成可能です。");
  EXPECT_EQ(thousand.value.amount, 1000);
  EXPECT_EQ(thousand.value.bound, Bound::kMax);
  auto noted = Parse("最大200個※1まで作成できます。");
  ASSERT_EQ(noted.size(), 1u);
  EXPECT_EQ(noted[0].value.amount, 200);
  auto dated = Parse("※2027年1月提供開始予定");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].value.kind, Kind::kDate);
  Quantity price = One("ユーザー月額4,000円（税抜）");
  EXPECT_EQ(price.value.per, "user-month");
  Quantity secs = One("Query latency under 2 s at p95");
  EXPECT_EQ(secs.value.kind, Kind::kDuration);
  EXPECT_EQ(secs.value.unit, "seconds");
}

}  // namespace
}  // namespace onevoice::extract
