// Tests of Segment (segment.h): which lines make one unit.
#include "text/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/lang.h"
#include "text/layout.h"
#include "text/zones.h"

namespace onevoice::text {
namespace {

std::vector<std::string> UnitTexts(const std::string& original) {
  Layout layout = BuildLayout(original, ingest::PartKind::kPlain);
  Zones zones = FindZones(layout, claims::DefaultLexicon());
  std::vector<std::string> out;
  for (const Unit& u : Segment(layout, zones)) out.push_back(u.text);
  return out;
}

TEST(Segment, ABulletThatStopsAtACommaContinuesOnTheNextLine) {
  auto units = UnitTexts("・ボールトは東京・大阪に加えて、\nオレゴンもお選びいただけます。\n"
                         "・シンクはオフラインでは使えません\n次の段落です。\n");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0], "ボールトは東京・大阪に加えて、オレゴンもお選びいただけます。");
  EXPECT_EQ(units[1], "シンクはオフラインでは使えません");
  EXPECT_EQ(units[2], "次の段落です。");
}

TEST(Segment, EnglishBulletEndingWithACommaContinuesToo) {
  auto units = UnitTexts("- Vault keeps data in Tokyo, Osaka,\nOregon and Frankfurt.\n- Next item\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0], "Vault keeps data in Tokyo, Osaka, Oregon and Frankfurt.");
}

}  // namespace
}  // namespace onevoice::text
