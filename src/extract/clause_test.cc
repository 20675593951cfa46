// Tests of clause.h: sentence and clause breaks from punctuation alone, in
// English and Japanese, and the clauses around a position.
#include "extract/clause.h"

#include <gtest/gtest.h>

#include <string>

namespace onevoice::extract {
namespace {

TEST(ClauseTest, SentencesAndClausesEndAtTheirPunctuation) {
  const std::string t = "Sync holds 10,000 users, and 1.5 TB. Vault: 99.9%";
  Breaks b = FindBreaks(t);
  // "10,000" and "1.5" hold no break; ", and" and ". Vault" and ":" do.
  const size_t comma = t.find(", and"), stop = t.find(". V"), colon = t.find(':');
  EXPECT_EQ(b.hard, std::vector<size_t>{stop});
  EXPECT_EQ(b.soft, (std::vector<size_t>{comma, stop, colon}));
  auto [sb, se] = b.SoftClause(t.find("1.5"), t.size());
  EXPECT_EQ(t.substr(sb, se - sb), " and 1.5 TB");
  auto [hb, he] = b.HardClause(t.find("1.5"), t.size());
  EXPECT_EQ(t.substr(hb, he - hb), "Sync holds 10,000 users, and 1.5 TB");
  EXPECT_EQ(b.SoftBetween(0, t.size()), 3);
}

// A dot leader or an ellipsis ends a clause, not a sentence.
TEST(ClauseTest, ADotRunEndsAClause) {
  const std::string t = "Users ...... up to 10,000";
  Breaks b = FindBreaks(t);
  EXPECT_TRUE(b.hard.empty());
  EXPECT_EQ(b.soft.size(), 1u);
}

TEST(ClauseTest, JapanesePunctuationBreaksToo) {
  const std::string t = "シンクは、最大1万ユーザーです。ボールトは99.9%";
  Breaks b = FindBreaks(t);
  EXPECT_EQ(b.hard.size(), 1u);
  EXPECT_EQ(b.soft.size(), 2u);
  EXPECT_EQ(CodePoints(t, 0, t.find("、")), 4u);
}

}  // namespace
}  // namespace onevoice::extract
