// Tests of Segment (segment.h): which lines make one unit.
#include "text/segment.h"

#include <gtest/gtest.h>

#include <algorithm>
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
  for (const Unit& u : Segment(layout, zones, DefaultLimits(), &claims::DefaultLexicon())) out.push_back(u.text);
  return out;
}

bool AnyContains(const std::vector<std::string>& units, const std::string& piece) {
  for (const auto& u : units)
    if (u.find(piece) != std::string::npos) return true;
  return false;
}

// An RFP answer's field whose value wraps onto lines indented under it is one
// unit; a field line followed by another field stays alone.
TEST(Segment, AFieldValueWrapsOntoIndentedLines) {
  auto units = UnitTexts(
      "      Status:      P\n"
      "      Response:    Meridian Sync provides native clients for Windows, macOS,\n"
      "                   iOS and Android.\n");
  EXPECT_TRUE(AnyContains(units, "macOS, iOS and Android."));
  EXPECT_FALSE(AnyContains(units, "P Response"));
}

// A bullet a mailer wrapped at its width continues on unindented lines until
// a line ends its sentence; a short bullet line does not take the next line.
TEST(Segment, AHardWrappedBulletContinuesOnUnindentedLines) {
  auto units = UnitTexts(
      "* There's no UK region at the moment. Meridian Vault data centres are in\n"
      "Frankfurt, Oregon, Tokyo and Osaka, and European customers are hosted in\n"
      "Frankfurt.\nFrom our side, the RPO is 15 minutes.\n\n* Short item\nNext paragraph.\n");
  EXPECT_TRUE(AnyContains(units, "data centres are in Frankfurt, Oregon"));
  EXPECT_NE(std::find(units.begin(), units.end(), "Short item"), units.end());
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

// A spec sheet's "Label: value" lines are a unit each, not one sentence.
TEST(Segment, KeyValueLinesAreAUnitEach) {
  auto units = UnitTexts("Product: Meridian Sync\nMaximum users per tenant: 10,000\n最大ファイルサイズ：5TB\n");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[1], "Maximum users per tenant: 10,000");
  // An answer that wraps onto the next line keeps its continuation.
  auto qa = UnitTexts("Q: How many users can one tenant hold?\nA: Meridian Sync supports up to 10,000\nusers per tenant.\n");
  ASSERT_EQ(qa.size(), 2u);
  EXPECT_EQ(qa[1], "A: Meridian Sync supports up to 10,000 users per tenant.");
  // One line of that shape inside a paragraph stays in its sentence.
  auto prose = UnitTexts("Note: the price is fixed\nfor the whole term.\n");
  ASSERT_EQ(prose.size(), 1u);
}

// "A1." opening a line starts the answer's unit, even when the question's
// line ends with a bracketed note and no sentence mark.
TEST(Segment, AnItemLabelOpensAUnitOfItsOwn) {
  auto units = UnitTexts("Q1. 最大何ユーザーまで利用できますか。（製造業・従業員4,500名）\n"
                         "A1.（佐藤）1テナントあたり最大1万ユーザーまでご利用いただけます。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_TRUE(units[1].rfind("A1.", 0) == 0) << units[1];
}

// No sentence ends after an abbreviation of the language data.
TEST(Segment, NoSentenceEndsAfterExcl) {
  auto units = UnitTexts("Meridian Sync is \xC2\xA3" "329 per month, excl. VAT, for the whole organisation. Next one.\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0], "Meridian Sync is \xC2\xA3" "329 per month, excl. VAT, for the whole organisation.");
}

// "No." keeps its sentence only before a number: as an answer it ends one.
TEST(Segment, NoEndsASentenceUnlessANumberFollows) {
  auto answer = UnitTexts("No. Meridian Sync needs a network connection; it has no offline mode.\n");
  ASSERT_EQ(answer.size(), 2u);
  EXPECT_EQ(answer[1], "Meridian Sync needs a network connection; it has no offline mode.");
  auto number = UnitTexts("See quote No. 4410 for Meridian Sync at 10,000 users.\n");
  ASSERT_EQ(number.size(), 1u);
}

// A mark bullet wraps onto lines aligned under its text; a numbered item's
// indented lines stay answers of their own.
TEST(Segment, AMarkBulletWrapsOntoAlignedLines) {
  auto wrapped = UnitTexts("・メリディアン・シンクは1ユーザーあたり\n\u30001,000GBをご利用いただけます。\n");
  ASSERT_EQ(wrapped.size(), 1u);
  EXPECT_NE(wrapped[0].find("1,000GBをご利用"), std::string::npos);
  auto numbered = UnitTexts("1.「上限は何名か」とのご質問について\n\u3000現時点では最大5,000名です。\n");
  ASSERT_EQ(numbered.size(), 2u);
}

// In HTML each line (a block or a <br>) is a paragraph of its own: lines
// there never wrap a sentence.
TEST(Segment, HtmlLinesAreParagraphsOfTheirOwn) {
  Layout layout = BuildLayout("<div>Launch</div><div>Generally available in January 2027</div>"
                              "<div>Price</div><div>$30 per user per month</div>",
                              ingest::PartKind::kHtml);
  Zones zones = FindZones(layout, claims::DefaultLexicon());
  std::vector<std::string> units;
  for (const Unit& u : Segment(layout, zones)) units.push_back(u.text);
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[3], "$30 per user per month");
}

// An item's label alone ("Q11.", "A3.") ends no sentence: it belongs to the
// sentence it numbers.
TEST(Segment, AnItemLabelStaysWithItsSentence) {
  std::vector<std::string> units = UnitTexts("Q11. Minimum availability of 99.5%.\nA11. Compliant. It is 99.9%.\n");
  ASSERT_GE(units.size(), 3u);
  EXPECT_EQ(units[0], "Q11. Minimum availability of 99.5%.");
  EXPECT_EQ(units[1], "A11. Compliant.");
}

// A dot-leader line ("Desk ...... $39 per agent") is a field of its own, not
// joined to the next; a number wrapped after its thousands separator joins
// whole (「月額2,」 + 「800円」).
TEST(Segment, DotLeadersStandAloneAndWrappedNumbersJoinWhole) {
  std::vector<std::string> units = UnitTexts("Harborlight Desk ...... $39 per agent\nHarborlight Relay ..... $249 per month\n"
                                             "  Relay storage, per month ........ USD 249.00 (excl. tax)\n");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0], "Harborlight Desk ...... $39 per agent");
  EXPECT_EQ(units[2], "Relay storage, per month ........ USD 249.00 (excl. tax)");
  std::vector<std::string> ja = UnitTexts("ボールトの料金は1TBあたり月額2,\n800円（税抜）です。\n");
  EXPECT_TRUE(AnyContains(ja, "月額2,800円")) << ja[0];
}

// A "?" inside a URL ends no sentence: the text before it is no question.
TEST(Segment, AUrlsQueryEndsNoSentence) {
  std::vector<std::string> units =
      UnitTexts("Start your trial now: https://app.example.com/trial?src=mail-0611 or reply. Any questions? Ask us.\n");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0], "Start your trial now: https://app.example.com/trial?src=mail-0611 or reply.");
  EXPECT_EQ(units[1], "Any questions?");
}

// An acronym before a full stop ends the sentence ("plus VAT. At…"); a
// title or abbreviation of the language data does not ("Mr. Smith").
TEST(Segment, AnAcronymEndsASentenceAnAbbreviationDoesNot) {
  std::vector<std::string> units =
      UnitTexts("Pricing is 16 per TB, plus VAT. At the 40 TB you mentioned, Mr. Smith agreed. That's OK. Then go.\n");
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[0], "Pricing is 16 per TB, plus VAT.");
  EXPECT_EQ(units[1], "At the 40 TB you mentioned, Mr. Smith agreed.");
  std::vector<std::string> ex = UnitTexts("Sync is £329/month ex. VAT for the whole organisation.\n");
  ASSERT_EQ(ex.size(), 1u);
}

// A full stop after a word, then a lower-case word, ends a sentence in
// hurried mail; after an abbreviation, "U.S." or "v2." it does not.
TEST(Segment, ALowerCaseSentenceStartsAfterAFullStop) {
  std::vector<std::string> units = UnitTexts(
      "rpo is 5mins. restores are free. it runs on windows, macos, etc. and the web. in the U.S. market see v2. now\n");
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[0], "rpo is 5mins.");
  EXPECT_EQ(units[1], "restores are free.");
  EXPECT_EQ(units[2], "it runs on windows, macos, etc. and the web.");
  EXPECT_EQ(units[3], "in the U.S. market see v2. now");
}

// An ideographic space between words sets columns apart in Japanese typed
// text: such a line is a unit of its own; one indenting a line is not.
TEST(Segment, AnIdeographicSpaceBetweenWordsIsAColumnGap) {
  std::vector<std::string> units =
      UnitTexts("ボールト\u30001TBあたり月額\u30003,080円（税込）\n合計金額は別紙お見積書をご参照ください。\n");
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[1], "合計金額は別紙お見積書をご参照ください。");
  std::vector<std::string> indented = UnitTexts("\u3000上限は\n\u3000最大5,000名です。\n");
  ASSERT_EQ(indented.size(), 1u);
}

// A short title line right over field lines leads them in: each field unit
// has it as a heading.
TEST(Segment, ATitleLineOverFieldLinesLeadsThemIn) {
  Layout layout = BuildLayout("Dear Ruth,\n\nHarborlight Desk - headline figures\nAgents ........ up to 1,000\n"
                              "Uptime SLA: 99.9%\n\nBest, Oliver\n",
                              ingest::PartKind::kPlain);
  Zones zones = FindZones(layout, claims::DefaultLexicon());
  std::vector<Unit> units = Segment(layout, zones);
  auto find = [&](const std::string& text) -> const Unit* {
    for (const Unit& u : units)
      if (u.text == text) return &u;
    return nullptr;
  };
  const Unit* title = find("Harborlight Desk - headline figures");
  const Unit* agents = find("Agents ........ up to 1,000");
  ASSERT_NE(title, nullptr);
  ASSERT_NE(agents, nullptr);
  EXPECT_EQ(title->kind, UnitKind::kHeading);
  EXPECT_FALSE(agents->headings.empty());
  // A sentence over field lines is no title.
  std::vector<std::string> plain = UnitTexts("Here are the figures.\nAgents: up to 1,000\nUptime SLA: 99.9%\n");
  EXPECT_TRUE(AnyContains(plain, "Here are the figures."));
}

}  // namespace
}  // namespace onevoice::text
