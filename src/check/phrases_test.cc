// Phrase rules (phrases.h) with the shipped packs rules/phrases/{en,ja}.yaml,
// applied as the pipeline applies them (cli/pipeline.cc CheckDocument): per
// body unit, in the unit's language, cleared when an `unless` pattern matches
// anywhere in the document, each hit mapped back to line and column of the
// original text.
#include "check/phrases.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "claims/load.h"
#include "extract/shipped_rules_for_tests.h"
#include "extract/lexicon.h"
#include "text/layout.h"
#include "text/segment.h"
#include "text/zones.h"

namespace onevoice::check {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

struct Hit {
  std::string rule;
  std::string found;  // as written in the original
  int line = 0, column = 0;
};

class PhraseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { base_ = &extract::ShippedBase(); }
  static void TearDownTestSuite() { base_ = nullptr; }

  // The phrase findings of `text` read as one email body.
  static std::vector<Hit> Phrases(std::string_view text) {
    const claims::Base& base = **base_;
    std::string original(text);
    ingest::TextPart part;
    part.text = original;
    text::Layout layout = text::BuildLayout(part, false);
    text::Zones zones = text::FindZones(layout, *base.lexicon);
    std::vector<text::Unit> units = text::Segment(layout, zones);
    std::string document = layout.norm.text + "\n";
    LineIndex lines(original);
    std::vector<Hit> out;
    for (const text::Unit& u : units) {
      if (u.zone != text::Zone::kBody && u.zone != text::Zone::kQuoted) continue;
      // The pipeline's search (one RE2::Set pass first) finds what trying
      // every pattern finds.
      const std::vector<PhraseHit> hits = FindPhrases(extract::ShippedEngine(), u.text, LanguageOf(u.text));
      const std::vector<PhraseHit> each = FindPhrases(base, u.text, LanguageOf(u.text));
      EXPECT_EQ(hits.size(), each.size()) << u.text;
      for (size_t i = 0; i < hits.size() && i < each.size(); ++i) {
        EXPECT_EQ(hits[i].rule, each[i].rule) << u.text;
        EXPECT_EQ(hits[i].begin, each[i].begin) << u.text;
        EXPECT_EQ(hits[i].end, each[i].end) << u.text;
      }
      for (const PhraseHit& h : hits) {
        if (Substantiated(*h.rule, document)) continue;
        SourceSpan span = layout.ToSource(u.Map(h.begin, h.end));
        LineCol at = lines.At(span.begin);
        out.push_back({h.rule->id, original.substr(span.begin, span.size()), at.line, at.column});
      }
    }
    return out;
  }

  static std::string Dump(const std::vector<Hit>& hits) {
    std::string s;
    for (const Hit& h : hits) {
      s += "\n  " + h.rule + " «" + h.found + "» " + std::to_string(h.line) + ":" +
           std::to_string(h.column);
    }
    return s.empty() ? " (none)" : s;
  }

  static std::shared_ptr<const claims::Base>* base_;
};

std::shared_ptr<const claims::Base>* PhraseTest::base_ = nullptr;

TEST_F(PhraseTest, LanguageOfSentences) {
  EXPECT_EQ(LanguageOf("ハーバーライト デスクは国内No.1です。"), "ja");
  EXPECT_EQ(LanguageOf("Harborlight Desk is the No.1 help desk."), "en");
}

// 業界No.1 with no substantiation: ja.superlative, on its line, covering No.1.
TEST_F(PhraseTest, JapaneseSuperlativeFires) {
  auto hits = Phrases(
      "お世話になっております。\nハーバーライト デスクは業界No.1のヘルプデスクツールです。\n");
  ASSERT_EQ(hits.size(), 1u) << Dump(hits);
  EXPECT_EQ(hits[0].rule, "ja.superlative");
  EXPECT_EQ(hits[0].line, 2);
  EXPECT_THAT(hits[0].found, HasSubstr("No.1"));
  // The pattern takes one character either side of "No.1" as its boundary
  // (RE2 has no lookaround), so the hit starts at 界 (column 14) or at N (15).
  EXPECT_GE(hits[0].column, 14);
  EXPECT_LE(hits[0].column, 15);
}

// トップシェア: a superlative whose pattern takes no boundary characters, so
// its span is exactly the words.
TEST_F(PhraseTest, JapaneseTopShareSpan) {
  auto hits = Phrases("ハーバーライト・リレーは業界トップシェアの通知基盤です。\n");
  ASSERT_EQ(hits.size(), 1u) << Dump(hits);
  EXPECT_EQ(hits[0].rule, "ja.superlative");
  EXPECT_EQ(hits[0].found, "トップシェア");
  EXPECT_EQ(hits[0].column, 15);
}

// Full-width ＮＯ．１ is matched after NFKC; the hit points at the full-width
// characters the user wrote.
TEST_F(PhraseTest, FullWidthSuperlativeMapsToOriginal) {
  auto hits = Phrases("ＮＯ．１のサポート品質をお約束します。\n");
  ASSERT_EQ(hits.size(), 1u) << Dump(hits);
  EXPECT_EQ(hits[0].rule, "ja.superlative");
  EXPECT_THAT(hits[0].found, HasSubstr("ＮＯ．１"));
  EXPECT_EQ(hits[0].line, 1);
  EXPECT_EQ(hits[0].column, 1);
}

// A ※ note naming the survey anywhere in the document substantiates the
// superlative: no finding.
TEST_F(PhraseTest, JapaneseSubstantiationClears) {
  auto hits = Phrases(
      "ハーバーライト デスクは業界No.1※のヘルプデスクツールです。\n"
      "\n"
      "ご検討のほどよろしくお願いいたします。\n"
      "※2026年8月 東京マーケットリサーチ調べ（国内ヘルプデスクSaaS市場、導入社数ベース）\n");
  EXPECT_THAT(hits, IsEmpty()) << Dump(hits);
}

// A ※ note that cites no survey clears nothing.
TEST_F(PhraseTest, JapaneseNoteWithoutSurveyDoesNotClear) {
  auto hits = Phrases(
      "ハーバーライト デスクは業界No.1のヘルプデスクツールです。\n"
      "※価格はすべて税抜表示です。\n");
  ASSERT_EQ(hits.size(), 1u) << Dump(hits);
  EXPECT_EQ(hits[0].rule, "ja.superlative");
}

// Near misses a Japanese reader would not call superlatives.
TEST_F(PhraseTest, JapaneseNearMissesPass) {
  for (const char* text : {"請求書No.1024を添付いたします。\n", "送料は国内一律でございます。\n",
                           "金額は小数点以下第1位を四捨五入しております。\n"}) {
    SCOPED_TRACE(text);
    EXPECT_THAT(Phrases(text), IsEmpty());
  }
}

// "guaranteed": en.guarantee at the word.
TEST_F(PhraseTest, EnglishGuaranteeFires) {
  auto hits =
      Phrases("Hi Sam,\nHarborlight Desk is guaranteed to cut your first-response time in half.\n");
  ASSERT_EQ(hits.size(), 1u) << Dump(hits);
  EXPECT_EQ(hits[0].rule, "en.guarantee");
  EXPECT_EQ(hits[0].found, "guaranteed");
  EXPECT_EQ(hits[0].line, 2);
  EXPECT_EQ(hits[0].column, 21);
}

// The noun "guarantee" and a contractual SLA commitment are not guarantees
// of results.
TEST_F(PhraseTest, EnglishGuaranteeNearMissesPass) {
  for (const char* text :
       {"There is no guarantee that the promotional price will be extended after March.\n",
        "Our SLA commits to 99.9% monthly uptime, with service credits if we miss it.\n"}) {
    SCOPED_TRACE(text);
    EXPECT_THAT(Phrases(text), IsEmpty());
  }
}

// An English ranking is cleared by a "Source:" footnote in the document.
TEST_F(PhraseTest, EnglishSourceFootnoteClears) {
  const std::string claim = "Harborlight Desk is the #1 rated help desk on G2.*\n";
  auto unsourced = Phrases(claim);
  ASSERT_EQ(unsourced.size(), 1u) << Dump(unsourced);
  EXPECT_EQ(unsourced[0].rule, "en.superlative");
  EXPECT_EQ(unsourced[0].line, 1);

  EXPECT_THAT(Phrases(claim + "\n* Source: G2 Grid Report for Help Desk, Fall 2026.\n"), IsEmpty());
}

// A rule applies only to text in its language: "No.1" in an English
// sentence is the English rule's business, never the Japanese one's, and the
// reverse.
TEST_F(PhraseTest, RulesApplyOnlyInTheirLanguage) {
  auto en = Phrases("Harborlight Desk is the No.1 help desk in Japan.\n");
  ASSERT_EQ(en.size(), 1u) << Dump(en);
  EXPECT_EQ(en[0].rule, "en.superlative");

  auto ja = Phrases("ハーバーライト デスクは導入実績No.1のヘルプデスクです。\n");
  ASSERT_EQ(ja.size(), 1u) << Dump(ja);
  EXPECT_EQ(ja[0].rule, "ja.superlative");
}

// A signature is nobody's claim: a superlative in it fires nothing.
TEST_F(PhraseTest, SignatureIsNotChecked) {
  auto hits = Phrases(
      "Hi Sam,\n"
      "Thanks for the call today.\n"
      "\n"
      "-- \n"
      "Dana Smith\n"
      "Harborlight Software, the #1 rated help desk vendor\n");
  EXPECT_THAT(hits, IsEmpty()) << Dump(hits);
}

}  // namespace
}  // namespace onevoice::check
