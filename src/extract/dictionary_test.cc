// Tests of Dictionary (dictionary.h): every occurrence of every word, with
// overlaps, shared prefixes and suffixes, repeated words and UTF-8 text.
#include "extract/dictionary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace onevoice::extract {
namespace {

using Found = std::tuple<size_t, size_t, int>;  // begin, end, payload

std::vector<Found> FindAll(const Dictionary& d, std::string_view text) {
  std::vector<Dictionary::Hit> hits;
  d.Find(text, &hits);
  std::vector<Found> out;
  for (const auto& h : hits) out.emplace_back(h.begin, h.end, h.payload);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(DictionaryTest, FindsOverlappingAndNestedWords) {
  Dictionary d;
  d.Add("he", 1);
  d.Add("she", 2);
  d.Add("his", 3);
  d.Add("hers", 4);
  d.Build();
  EXPECT_EQ(d.size(), 4u);
  // "ushers": she (1-4), he (2-4), hers (2-6).
  EXPECT_THAT(FindAll(d, "ushers"),
              ::testing::ElementsAre(Found{1, 4, 2}, Found{2, 4, 1}, Found{2, 6, 4}));
}

TEST(DictionaryTest, WordsAddedInAnyOrderShareTheirPrefixes) {
  Dictionary d;
  d.Add("sla", 1);
  d.Add("slack", 2);
  d.Add("uptime sla", 3);
  d.Add("s", 4);
  d.Build();
  const auto found = FindAll(d, "uptime slack");
  EXPECT_THAT(found, ::testing::UnorderedElementsAre(Found{0, 10, 3}, Found{7, 8, 4},
                                                     Found{7, 10, 1}, Found{7, 12, 2}));
}

TEST(DictionaryTest, TheSameWordTwiceReportsBothPayloads) {
  Dictionary d;
  d.Add("ユーザー", 7);
  d.Add("ユーザー", 8);
  d.Add("", 9);  // ignored
  d.Build();
  EXPECT_EQ(d.size(), 2u);
  const std::string text = "最大500ユーザーまで";
  const size_t at = text.find("ユーザー");
  EXPECT_THAT(FindAll(d, text), ::testing::ElementsAre(Found{at, at + 12, 7}, Found{at, at + 12, 8}));
}

TEST(DictionaryTest, NothingBeforeBuildOrWithoutWords) {
  Dictionary d;
  EXPECT_THAT(FindAll(d, "anything"), ::testing::IsEmpty());
  d.Add("any", 1);
  EXPECT_THAT(FindAll(d, "anything"), ::testing::IsEmpty());  // not built yet
  d.Build();
  EXPECT_THAT(FindAll(d, "anything"), ::testing::ElementsAre(Found{0, 3, 1}));
  d.Add("thing", 2);  // a later Add needs another Build, which keeps every word
  d.Build();
  EXPECT_THAT(FindAll(d, "anything"), ::testing::ElementsAre(Found{0, 3, 1}, Found{3, 8, 2}));
}

TEST(DictionaryTest, BytesAbove0x7FAndRestartsAfterAMismatch) {
  Dictionary d;
  d.Add("\xff\xfe", 1);
  d.Add("aab", 2);
  d.Build();
  EXPECT_THAT(FindAll(d, "aaab\xff\xff\xfe"), ::testing::ElementsAre(Found{1, 4, 2}, Found{5, 7, 1}));
}

TEST(DictionaryTest, ContainsAnyStopsAtTheFirstWord) {
  Dictionary d;
  d.Add("sync", 0);
  d.Add("vault", 1);
  d.Build();
  EXPECT_TRUE(d.ContainsAny("the vault and the sync"));
  EXPECT_TRUE(d.ContainsAny("vaults"));
  EXPECT_FALSE(d.ContainsAny("syn" + std::string(1, '\0') + "c vaul"));  // a NUL breaks a word
  EXPECT_FALSE(d.ContainsAny(""));
  Dictionary empty;
  empty.Build();
  EXPECT_FALSE(empty.ContainsAny("sync"));
}

}  // namespace
}  // namespace onevoice::extract
