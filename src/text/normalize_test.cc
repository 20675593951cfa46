#include "text/normalize.h"

#include <gtest/gtest.h>

namespace onevoice::text {
namespace {

std::string_view Orig(std::string_view original, SourceSpan s) { return original.substr(s.begin, s.size()); }

// Full-width digits and commas fold to ASCII, and a span over the folded
// number maps back to the full-width original.
TEST(Normalize, FullWidthNumberMapsBackToOriginalBytes) {
  std::string original = "最大１０，０００ユーザー";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "最大10,000ユーザー");
  size_t b = n.text.find("10,000");
  SourceSpan s = n.map.ToSource(NormSpan(b, b + 6));
  EXPECT_EQ(Orig(original, s), "１０，０００");
}

// Circled numbers are list markers, not digits: NFKC would glue "1" to the
// word after it. Everything else on the line is still normalized.
TEST(Normalize, CircledNumbersStayAsWritten) {
  NormalizedText n = Normalize("①メリディアン：月額５０，０００円\n⑳ＡＢＣ");
  EXPECT_EQ(n.text, "①メリディアン:月額50,000円\n⑳ABC");
}

TEST(Normalize, WaveDashAndFullWidthTildeBecomeTilde) {
  NormalizedText n = Normalize("1〜3秒、1～3秒");
  EXPECT_EQ(n.text, "1~3秒、1~3秒");
}

TEST(Normalize, EnDashBecomesHyphenButEmDashStays) {
  NormalizedText n = Normalize("1–3 days — not 5");
  EXPECT_EQ(n.text, "1-3 days — not 5");
}

TEST(Normalize, CrLfBecomesLfAndSpansStillMap) {
  std::string original = "line one\r\nMeridian Sync\r\n";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "line one\nMeridian Sync\n");
  size_t b = n.text.find("Meridian");
  EXPECT_EQ(Orig(original, n.map.ToSource(NormSpan(b, b + 13))), "Meridian Sync");
}

TEST(Normalize, HalfWidthKatakanaComposes) {
  std::string original = "ﾒﾘﾃﾞｨｱﾝ ｼﾝｸ";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "メリディアン シンク");
  SourceSpan s = n.map.ToSource(NormSpan(0, n.text.size()));
  EXPECT_EQ(Orig(original, s), original);
}

TEST(Normalize, IllFormedUtf8BecomesReplacementCharacter) {
  std::string original = "abc\xff\xfe" "def";
  NormalizedText n = Normalize(original);
  EXPECT_NE(n.text.find("\xEF\xBF\xBD"), std::string::npos);
  size_t d = n.text.find("def");
  EXPECT_EQ(Orig(original, n.map.ToSource(NormSpan(d, d + 3))), "def");
}

TEST(Normalize, LowerCopyKeepsOffsets) {
  NormalizedText n = Normalize("ＳＬＡ 99.9％");
  EXPECT_EQ(n.text, "SLA 99.9%");
  EXPECT_EQ(n.lower, "sla 99.9%");
}

TEST(Normalize, ZeroWidthCharactersAreDropped) {
  NormalizedText n = Normalize("Meridian\xE2\x80\x8B Sync");
  EXPECT_EQ(n.text, "Meridian Sync");
}

}  // namespace
}  // namespace onevoice::text
