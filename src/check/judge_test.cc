// Judge (judge.h) on sales wording, English and Japanese, against the shipped
// Harborlight claims base (rules/), for an office and an as-of date as the
// CLI judges them (cli/pipeline.cc CheckDocument: text → extract → Judge).
// Each test states the verdict a user would get (conflict, stale,
// office-variant, unverified, or no finding) and the canonical claim and
// expected value it names; terminology is checked at the end, from the name
// uses extract hands to check and the message check formats for them.
#include "check/judge.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "check/messages.h"
#include "claims/load.h"
#include "extract/shipped_rules_for_tests.h"
#include "extract/claim.h"
#include "extract/lexicon.h"
#include "text/layout.h"
#include "text/segment.h"
#include "text/zones.h"

namespace onevoice::check {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Tax;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// One claim and its verdict, positioned in the original text.
struct Judged {
  extract::Claim claim;
  Verdict verdict;
  LineCol at;
  std::string found;  // the claim's span, as written
};

struct Checked {
  std::string original;
  std::vector<Judged> judged;
  std::vector<extract::NameUse> deprecated;
  std::unique_ptr<LineIndex> lines;

  std::string Dump() const {
    std::string s;
    for (const Judged& j : judged) {
      s += "\n  " + j.claim.product + " " + j.claim.attribute + " " + j.claim.value.ToString() +
           " «" + j.found + "» " + j.verdict.kind;
    }
    return s.empty() ? " (no claims)" : s;
  }
};

class JudgeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = &extract::ShippedBase();
    engine_ = &extract::ShippedEngine();
  }
  static void TearDownTestSuite() {
    engine_ = nullptr;
    base_ = nullptr;
  }

  static const claims::Base& base() { return **base_; }

  // Reads `text` as the body of an email from `office`, dated `as_of`, and
  // judges every claim in it, as CheckDocument does for one part.
  static std::unique_ptr<Checked> Check(std::string_view text, const std::string& office,
                                        const std::string& as_of) {
    auto r = std::make_unique<Checked>();
    r->original = std::string(text);
    ingest::TextPart part;
    part.text = r->original;
    text::Layout layout = text::BuildLayout(part, false);
    text::Zones zones = text::FindZones(layout, engine_->lexicon());
    std::vector<text::Unit> units = text::Segment(layout, zones);
    r->lines = std::make_unique<LineIndex>(r->original);
    extract::PartInput in;
    in.layout = &layout;
    in.zones = &zones;
    in.units = &units;
    in.part_office = office;
    in.speaker_office = office;
    in.as_of = as_of;
    in.office_of = [](const text::QuoteAuthor&) { return std::string("unknown"); };
    extract::DocumentState state;
    extract::PartExtraction ex = extract::ExtractClaims(*engine_, in, &state);
    for (const extract::Claim& c : ex.claims) {
      Judged j;
      j.claim = c;
      j.verdict = Judge(base(), c);
      j.at = r->lines->At(c.span.begin);
      j.found = r->original.substr(c.span.begin, c.span.size());
      r->judged.push_back(std::move(j));
    }
    r->deprecated = ex.deprecated;
    return r;
  }

  // The one judged claim of `product`/`attribute`; a failure otherwise.
  static const Judged* One(const Checked& r, const std::string& product,
                           const std::string& attribute) {
    const Judged* found = nullptr;
    int n = 0;
    for (const Judged& j : r.judged) {
      if (j.claim.product == product && j.claim.attribute == attribute) {
        found = &j;
        ++n;
      }
    }
    if (n != 1) {
      ADD_FAILURE() << "expected one " << product << " " << attribute << " claim in \""
                    << r.original << "\", got " << n << ":" << r.Dump();
      return nullptr;
    }
    return found;
  }

  static std::string AgainstId(const Judged& j) {
    return j.verdict.against ? j.verdict.against->id : "";
  }

  static std::shared_ptr<const claims::Base>* base_;
  static extract::Engine* engine_;
};

std::shared_ptr<const claims::Base>* JudgeTest::base_ = nullptr;
extract::Engine* JudgeTest::engine_ = nullptr;

// ---------------------------------------------------------------- ok

// The canonical value is no finding: "ok", judged against the claim it
// matches, English and Japanese.
TEST_F(JudgeTest, CanonicalValueIsOk) {
  auto en = Check("Harborlight Desk comes with a 99.9% monthly uptime SLA.\n", "us", "2026-11-01");
  const Judged* e = One(*en, "harborlight-desk", "sla");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->verdict.kind, "ok");
  EXPECT_EQ(AgainstId(*e), "hdesk.sla");

  auto ja = Check("ハーバーライト デスクのSLA稼働率は99.9％です。\n", "tokyo", "2026-11-01");
  const Judged* j = One(*ja, "harborlight-desk", "sla");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->verdict.kind, "ok");
  EXPECT_EQ(AgainstId(*j), "hdesk.sla");
}

// A 税込 price is right when it is the base's 税抜 price × 1.1 (the Tokyo
// office's tax rate); the base's amount marked 税込 is wrong.
TEST_F(JudgeTest, TaxIncludedPriceComparesWithTaxApplied) {
  auto ok = Check("ハーバーライト・デスクの料金はエージェント1名あたり月額5,478円（税込）です。\n",
                  "tokyo", "2026-11-01");
  const Judged* o = One(*ok, "harborlight-desk", "per_user_price");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->claim.value.tax, Tax::kIncluded);
  EXPECT_EQ(o->verdict.kind, "ok");
  EXPECT_EQ(AgainstId(*o), "hdesk.price-jp");

  auto bad = Check("ハーバーライト デスクの料金はエージェント1名あたり月額4,980円（税込）です。\n",
                   "tokyo", "2026-11-01");
  const Judged* b = One(*bad, "harborlight-desk", "per_user_price");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->verdict.kind, "conflict");
}

// ---------------------------------------------------------------- conflict

// A value other than the base's: conflict, naming the claim and the expected
// value, at the value's position.
TEST_F(JudgeTest, EnglishConflict) {
  auto r = Check("Harborlight Desk offers a 99.99% uptime SLA.\n", "us", "2026-11-01");
  const Judged* j = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.amount, 99.99);
  EXPECT_EQ(j->verdict.kind, "conflict");
  EXPECT_EQ(AgainstId(*j), "hdesk.sla");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].kind, Kind::kPercent);
  EXPECT_EQ(j->verdict.expected[0].amount, 99.9);
  EXPECT_EQ(j->at.line, 1);
  EXPECT_EQ(j->at.column, 27);
  EXPECT_EQ(j->found, "99.99%");
}

TEST_F(JudgeTest, JapaneseConflict) {
  auto r = Check(
      "お世話になっております。\nハーバーライト・デスクは最大3,"
      "000名のオペレーターまで対応しています。\n",
      "tokyo", "2026-11-01");
  const Judged* j = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.amount, 3000);
  EXPECT_EQ(j->verdict.kind, "conflict");
  EXPECT_EQ(AgainstId(*j), "hdesk.max-agents");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].amount, 1000);
  EXPECT_EQ(j->verdict.expected[0].bound, Bound::kMax);
  EXPECT_EQ(j->at.line, 2);
  EXPECT_EQ(j->at.column, 13);
}

// A set member outside the approved set conflicts with the set.
TEST_F(JudgeTest, MemberOutsideSetConflicts) {
  auto r = Check("ハーバーライト リレーはISMAPに登録済みです。\n", "tokyo", "2026-11-01");
  const Judged* j = One(*r, "harborlight-relay", "certifications");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.member, "ISMAP");
  EXPECT_EQ(j->verdict.kind, "conflict");
  EXPECT_EQ(AgainstId(*j), "relay.certifications");

  auto ok = Check("Harborlight Relay is ISO 27001 certified.\n", "us", "2026-11-01");
  const Judged* o = One(*ok, "harborlight-relay", "certifications");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->claim.value.member, "ISO 27001");
  EXPECT_EQ(o->verdict.kind, "ok");
}

// A boolean stated against the base (the base says no on-premises edition).
TEST_F(JudgeTest, BooleanConflict) {
  auto r =
      Check("ハーバーライト・デスクはオンプレミス版もご用意しています。\n", "tokyo", "2026-11-01");
  const Judged* j = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->verdict.kind, "conflict");
  EXPECT_EQ(AgainstId(*j), "hdesk.on-premises");

  auto neg =
      Check("Harborlight Desk does not support on-premises deployment.\n", "us", "2026-11-01");
  const Judged* n = One(*neg, "harborlight-desk", "on_premises");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->verdict.kind, "ok");
}

// ---------------------------------------------------------------- stale

// 500 agents was right until 2026-09-30: after that it is stale, naming the
// expired claim and the value now in force; before that it is ok.
TEST_F(JudgeTest, EnglishStaleAfterValidityEnds) {
  const char text[] = "Harborlight Desk supports up to 500 agents per account.\n";
  auto after = Check(text, "us", "2026-11-01");
  const Judged* j = One(*after, "harborlight-desk", "max_agents");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->verdict.kind, "stale");
  EXPECT_EQ(AgainstId(*j), "hdesk.max-agents-until-2026-09");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].amount, 1000);
  EXPECT_EQ(j->at.column, 27);

  auto before = Check(text, "us", "2026-09-15");
  const Judged* b = One(*before, "harborlight-desk", "max_agents");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->verdict.kind, "ok");
  EXPECT_EQ(AgainstId(*b), "hdesk.max-agents-until-2026-09");

  // The new value, quoted before it took effect, is stale too.
  auto early =
      Check("Harborlight Desk supports up to 1,000 agents per account.\n", "us", "2026-09-15");
  const Judged* e = One(*early, "harborlight-desk", "max_agents");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->verdict.kind, "stale");
  EXPECT_EQ(AgainstId(*e), "hdesk.max-agents");
}

TEST_F(JudgeTest, JapaneseStaleDate) {
  // General availability moved from November 2026 to March 2027 on 2026-09-01.
  auto r =
      Check("ハーバーライト パルスは2026年11月に正式リリースの予定です。\n", "tokyo", "2026-10-01");
  const Judged* j = One(*r, "harborlight-pulse", "general_availability");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.date, "2026-11");
  EXPECT_EQ(j->verdict.kind, "stale");
  EXPECT_EQ(AgainstId(*j), "pulse.general-availability-until-2026-08");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].date, "2027-03");
  EXPECT_EQ(j->found, "2026年11月");
  EXPECT_EQ(j->at.column, 13);
}

// ---------------------------------------------------------------- office-variant

// A USD price in a Tokyo email is the US office's value: office-variant,
// expecting the Tokyo price; in a US email it is ok.
TEST_F(JudgeTest, UsdPriceFromTokyoIsOfficeVariant) {
  auto ja = Check("ハーバーライト デスクはエージェント1名あたり月額39米ドルです。\n", "tokyo",
                  "2026-11-01");
  const Judged* j = One(*ja, "harborlight-desk", "per_user_price");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.currency, "USD");
  EXPECT_EQ(j->verdict.kind, "office-variant");
  // Judged against the speaking office's claim, whose value is expected.
  EXPECT_EQ(AgainstId(*j), "hdesk.price-jp");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].currency, "JPY");
  EXPECT_EQ(j->verdict.expected[0].amount, 4980);
  EXPECT_EQ(j->found, "月額39米ドル");
  EXPECT_EQ(j->at.column, 24);

  const char en[] = "Harborlight Desk is $39 per agent per month.\n";
  auto tokyo = Check(en, "tokyo", "2026-11-01");
  const Judged* t = One(*tokyo, "harborlight-desk", "per_user_price");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->verdict.kind, "office-variant");

  auto us = Check(en, "us", "2026-11-01");
  const Judged* u = One(*us, "harborlight-desk", "per_user_price");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->verdict.kind, "ok");
  EXPECT_EQ(AgainstId(*u), "hdesk.price-us");
}

// And a JPY price in a US email.
TEST_F(JudgeTest, JpyPriceFromUsIsOfficeVariant) {
  auto r = Check("Harborlight Relay costs JPY 36,000 per month.\n", "us", "2026-11-01");
  const Judged* j = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->verdict.kind, "office-variant");
  EXPECT_EQ(AgainstId(*j), "relay.price-us");
  ASSERT_EQ(j->verdict.expected.size(), 1u);
  EXPECT_EQ(j->verdict.expected[0].currency, "USD");
  EXPECT_EQ(j->verdict.expected[0].amount, 249);
}

// ---------------------------------------------------------------- unverified

// sla is declared and approved for Desk and Relay, not for Pulse (in beta):
// an uptime figure for Pulse is unverified, with nothing expected.
TEST_F(JudgeTest, AttributeWithoutApprovedClaimIsUnverified) {
  auto en = Check("Harborlight Pulse has a 99.9% uptime SLA.\n", "us", "2026-11-01");
  const Judged* e = One(*en, "harborlight-pulse", "sla");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->verdict.kind, "unverified");
  EXPECT_EQ(e->verdict.against, nullptr);
  EXPECT_THAT(e->verdict.expected, IsEmpty());

  auto ja = Check("ハーバーライト パルスの稼働率は99.9％です。\n", "tokyo", "2026-11-01");
  const Judged* j = One(*ja, "harborlight-pulse", "sla");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->verdict.kind, "unverified");
}

// integrations and ui_languages are declared with no approved value at all.
TEST_F(JudgeTest, DeclaredAttributeWithNoValueIsUnverified) {
  auto en = Check("Harborlight Desk supports 120 integrations.\n", "us", "2026-11-01");
  const Judged* e = One(*en, "harborlight-desk", "integrations");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->claim.value.amount, 120);
  EXPECT_EQ(e->verdict.kind, "unverified");

  auto ja = Check("ハーバーライト デスクは12言語に対応しています。\n", "tokyo", "2026-11-01");
  const Judged* j = One(*ja, "harborlight-desk", "ui_languages");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.amount, 12);
  EXPECT_EQ(j->verdict.kind, "unverified");
  EXPECT_EQ(j->at.column, 13);
}

// "has N integrations" states the count as plainly as "supports N": it is a
// claim (unverified here), as SPEC §4.2 defines one — product, cue, value in
// one sentence — and nobody sizes a deal in integrations. (A count said with
// the product as subject and a product_verb of the language data.)
TEST_F(JudgeTest, HasCountIsUnverifiedClaim) {
  auto r = Check("Harborlight Desk has 120 integrations.\n", "us", "2026-11-01");
  const Judged* j = One(*r, "harborlight-desk", "integrations");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->claim.value.amount, 120);
  EXPECT_EQ(j->verdict.kind, "unverified");
}

// ---------------------------------------------------------------- terminology

// A deprecated product name is a terminology finding: extract hands check the
// name use at its position; the message names the canonical name, in the
// text's language.
TEST_F(JudgeTest, DeprecatedNameTerminology) {
  auto ja = Check("旧製品名「ハーバーライト ヘルプデスク」からの移行をご検討ください。\n", "tokyo",
                  "2026-11-01");
  ASSERT_EQ(ja->deprecated.size(), 1u);
  const extract::NameUse& u = ja->deprecated[0];
  ASSERT_GE(u.product, 0);
  EXPECT_EQ(base().products[u.product].id, "harborlight-desk");
  EXPECT_EQ(ja->original.substr(u.span.begin, u.span.size()), "ハーバーライト ヘルプデスク");
  EXPECT_EQ(ja->lines->At(u.span.begin).column, 6);
  std::string msg =
      FormatMessage(engine_->lexicon(), "ja", "terminology",
                    {{"name", "ハーバーライト ヘルプデスク"}, {"product", "Harborlight Desk"}});
  EXPECT_THAT(msg, HasSubstr("Harborlight Desk"));
  EXPECT_THAT(msg, HasSubstr("ハーバーライト ヘルプデスク"));

  auto en = Check("Harborlight Notify is included in your plan.\n", "us", "2026-11-01");
  ASSERT_EQ(en->deprecated.size(), 1u);
  EXPECT_EQ(base().products[en->deprecated[0].product].id, "harborlight-relay");
  EXPECT_EQ(en->lines->At(en->deprecated[0].span.begin).column, 1);
  EXPECT_EQ(FormatMessage(engine_->lexicon(), "en", "terminology",
                          {{"name", "Harborlight Notify"}, {"product", "Harborlight Relay"}}),
            "'Harborlight Notify' is an old or wrong name: write 'Harborlight Relay'");
}

}  // namespace
}  // namespace onevoice::check
