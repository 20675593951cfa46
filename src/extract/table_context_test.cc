// TableContext (table_context.h) on tables as users write them, with the
// shipped language data: what each column's header makes of the cells under
// it, and what the caption says for the whole table.
#include "extract/table_context.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/shipped_rules_for_tests.h"
#include "text/layout.h"

namespace onevoice::extract {
namespace {

using claims::Tax;

struct ReadTable {
  std::string original;
  text::Layout layout;

  explicit ReadTable(std::string text) : original(std::move(text)) {
    ingest::TextPart part;
    part.text = original;
    layout = text::BuildLayout(part, /*document=*/true);
  }
  TableContext Context(const std::vector<int>& named = {}) const {
    EXPECT_EQ(layout.tables.size(), 1u) << original;
    return TableContext(ShippedEngine(), layout, 0, named);
  }
};

int ProductIndex(const std::string& id) {
  const auto& ps = ShippedBase()->products;
  for (size_t i = 0; i < ps.size(); ++i)
    if (ps[i].id == id) return static_cast<int>(i);
  return -1;
}

TEST(TableContextTest, HeaderWordsGiveColumnsTheirRoles) {
  ReadTable t(
      "| Requirement | Our response | Priority | Notes |\n"
      "|---|---|---|---|\n"
      "| 99.9% uptime | Yes | High | |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.Role(0), "requirement");
  EXPECT_EQ(tc.Role(1), "answer");  // the longest role word decides
  EXPECT_EQ(tc.Role(2), "");
  EXPECT_EQ(tc.Role(3), "answer");  // our notes, as 備考 is
  EXPECT_EQ(tc.Role(7), "");        // no such column
  EXPECT_TRUE(tc.has_answer_column());
  EXPECT_TRUE(tc.HasRole("requirement"));
  EXPECT_FALSE(tc.HasRole("deal"));
}

// A specification column states what is offered when it stands alone, and
// what the customer asks for beside an answer column.
TEST(TableContextTest, ASpecificationBesideAnAnswerIsTheRequirement) {
  ReadTable beside(
      "| No. | 仕様 | 回答 |\n"
      "|---|---|---|\n"
      "| 1 | 最大3,000名 | 対応可 |\n");
  EXPECT_EQ(beside.Context().Role(1), "requirement");
  EXPECT_EQ(beside.Context().Role(2), "answer");
  ReadTable alone(
      "| Item | Specification |\n"
      "|---|---|\n"
      "| Agents | up to 1,000 |\n");
  EXPECT_EQ(alone.Context().Role(1), "answer");
  ReadTable remarks(
      "| 項目 | 仕様 | 備考 |\n"
      "|---|---|---|\n"
      "| 最大ユーザー数 | 1,000名 | 1テナントあたり |\n");
  EXPECT_EQ(remarks.Context().Role(1), "answer");
  ReadTable en(
      "| Ref | Specification | Compliance |\n"
      "|---|---|---|\n"
      "| A.1 | 99.9% uptime | Yes |\n");
  EXPECT_EQ(en.Context().Role(1), "requirement");
}

// "Was" and "Now" head a correction's columns only as the whole header;
// "What was said" is a column of its own.
TEST(TableContextTest, ShortCorrectionWordsHeadOnlyAlone) {
  ReadTable t(
      "| Was | Now | What was said | New features |\n"
      "|---|---|---|---|\n"
      "| 500 TB | 1 PB | yes | none |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.Role(0), "wrong");
  EXPECT_EQ(tc.Role(1), "right");
  EXPECT_EQ(tc.Role(2), "");
  EXPECT_EQ(tc.Role(3), "");
}

// 「数」 heads a quantity bought; beside 最大 or 上限 it heads a limit.
TEST(TableContextTest, ALimitsCountColumnIsNoDeal) {
  ReadTable t(
      "| 製品 | 契約数 | 最大ユーザー数 | ユーザー数上限 |\n"
      "|---|---|---|---|\n"
      "| ハーバーライト デスク | 20 | 500 | 500 |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.Role(1), "deal");
  EXPECT_EQ(tc.Role(2), "");
  EXPECT_EQ(tc.Role(3), "");
}

TEST(TableContextTest, ColumnsRightOfAUnitPriceHoldDealArithmetic) {
  ReadTable t(
      "| Item | Unit price (USD) | Qty | Line |\n"
      "|---|---|---|---|\n"
      "| Harborlight Desk | 40 | 25 | 1000 |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.Role(1), "unit_price");
  EXPECT_EQ(tc.Role(2), "deal");
  EXPECT_EQ(tc.Role(3), "deal");  // no role of its own, right of the unit price
  EXPECT_EQ(tc.BareNumberCurrency(1), "USD");
  EXPECT_EQ(tc.BareNumberCurrency(0), "");
}

TEST(TableContextTest, AmountAloneIsTheAnswerAndBesideAUnitPriceTheDeal) {
  ReadTable alone("| 品目 | 金額 |\n|---|---|\n| ハーバーライト デスク | 5000 |\n");
  EXPECT_EQ(alone.Context().Role(1), "answer");
  ReadTable beside("| 品目 | 単価 | 金額 |\n|---|---|---|\n| ハーバーライト デスク | 5000 | 50000 |\n");
  TableContext tc = beside.Context();
  EXPECT_EQ(tc.Role(1), "unit_price");
  EXPECT_EQ(tc.Role(2), "deal");
}

TEST(TableContextTest, HeaderTaxAndProducts) {
  ReadTable t(
      "| 項目 | ハーバーライト デスク（税抜） | Harborlight Pulse |\n"
      "|---|---|---|\n"
      "| 月額 | 5000 | 3000 |\n");
  TableContext tc = t.Context();
  ASSERT_EQ(tc.columns().size(), 3u);
  EXPECT_EQ(tc.ColumnTax(1), Tax::kExcluded);
  EXPECT_EQ(tc.ColumnTax(2), Tax::kUnstated);
  ASSERT_NE(tc.column(1), nullptr);
  EXPECT_EQ(tc.column(1)->products, std::vector<int>{ProductIndex("harborlight-desk")});
  EXPECT_EQ(tc.column(2)->products, std::vector<int>{ProductIndex("harborlight-pulse")});
  EXPECT_EQ(tc.column(3), nullptr);
}

TEST(TableContextTest, ACaptionsCurrencyPricesOnlyAUnitPriceColumn) {
  ReadTable t(
      "見積明細（単位：円）\n"
      "| 品目 | 単価 | 備考 |\n"
      "|---|---|---|\n"
      "| ハーバーライト デスク | 5000 | 10 |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.BareNumberCurrency(1), "JPY");
  EXPECT_EQ(tc.BareNumberCurrency(2), "");
}

// A column headed by a tax statement alone (税抜, 税込) holds prices: its
// bare numbers take the caption's currency.
TEST(TableContextTest, ATaxHeadedColumnTakesTheCaptionsCurrency) {
  ReadTable t(
      "表1 月額利用料（単位：円）\n"
      "| 製品 | 課金単位 | 税抜 | 税込 |\n"
      "|---|---|---|---|\n"
      "| ハーバーライト デスク | 月額 | 5000 | 5500 |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.BareNumberCurrency(2), "JPY");
  EXPECT_EQ(tc.BareNumberCurrency(3), "JPY");
  EXPECT_EQ(tc.BareNumberCurrency(1), "");
}

TEST(TableContextTest, AUnitPriceTakesTheCurrencyAnotherHeaderNames) {
  ReadTable t(
      "| Item | Unit price | Qty | Annual (GBP) |\n"
      "|---|---|---|---|\n"
      "| Harborlight Desk | 32.00 | 40 | 15,360.00 |\n");
  TableContext tc = t.Context();
  EXPECT_EQ(tc.BareNumberCurrency(1), "GBP");
  ReadTable mixed(
      "| Item | Unit price | Total (GBP) | Total (USD) |\n"
      "|---|---|---|---|\n"
      "| Harborlight Desk | 32.00 | 15,360.00 | 19,000.00 |\n");
  EXPECT_EQ(mixed.Context().BareNumberCurrency(1), "");
}

TEST(TableContextTest, ACaptionForBothProductsMeansTheFirstTwoNamed) {
  ReadTable t(
      "Both products\n"
      "| Item | Value |\n"
      "|---|---|\n"
      "| Support hours | 24/7 |\n");
  TableContext tc = t.Context({2, 0, 1});
  EXPECT_TRUE(tc.caption_both());
  EXPECT_EQ(tc.caption_products(), (std::vector<int>{2, 0}));
}

TEST(TableContextTest, AnotherColumnsCueOwnsItsAttribute) {
  ReadTable t(
      "| Availability SLA | Service credit |\n"
      "|---|---|\n"
      "| 99.9% | 10% |\n");
  TableContext tc = t.Context();
  ASSERT_FALSE(tc.column(0)->cues.empty());
  const std::string& attribute = tc.column(0)->cues[0].term->attribute;
  EXPECT_TRUE(tc.AnotherColumnCues(1, attribute));
  EXPECT_FALSE(tc.AnotherColumnCues(0, attribute));
}

}  // namespace
}  // namespace onevoice::extract
