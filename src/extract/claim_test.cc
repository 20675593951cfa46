// ExtractClaims (claim.h) on sales wording a user writes, English and
// Japanese, against the shipped Harborlight claims base (rules/). Each text is
// read the way the pipeline reads one part (cli/pipeline.cc CheckDocument):
// BuildLayout → FindZones → Segment → ExtractClaims, and every reported span
// is resolved to line and column of the original text with LineIndex, as the
// reports do. The tests check what a user sees: which product, attribute and
// value a sentence is taken to claim, at which line and column, and that
// numbers which are no claims stay silent.
#include "extract/claim.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
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

namespace onevoice::extract {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Tax;
using ::testing::IsEmpty;

constexpr char kAsOf[] = "2026-11-01";

// One part read as the pipeline reads it. Owns the original text, so the
// spans and the LineIndex stay valid as long as the Reading lives.
struct Reading {
  std::string original;
  text::Layout layout;
  text::Zones zones;
  std::vector<text::Unit> units;
  PartExtraction ex;
  std::unique_ptr<LineIndex> lines;

  // The original bytes of `span`.
  std::string Text(SourceSpan span) const { return original.substr(span.begin, span.size()); }
  LineCol At(SourceSpan span) const { return lines->At(span.begin); }

  // Claims of one product and attribute, in text order.
  std::vector<const Claim*> Of(const std::string& product, const std::string& attribute) const {
    std::vector<const Claim*> out;
    for (const Claim& c : ex.claims) {
      if (c.product == product && c.attribute == attribute) out.push_back(&c);
    }
    return out;
  }

  // Every claim as "product attribute value «text»", for failure messages.
  std::string Dump() const {
    std::string s;
    for (const Claim& c : ex.claims) {
      s += "\n  " + c.product + " " + c.attribute + " " + c.value.ToString() + " «" + Text(c.span) +
           "»";
    }
    return s.empty() ? " (no claims)" : s;
  }
};

class ClaimTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = &ShippedBase();
    engine_ = &ShippedEngine();
  }
  static void TearDownTestSuite() {
    engine_ = nullptr;
    base_ = nullptr;
  }

  // Reads `text` as the body of an email from `office` dated `as_of`
  // (document=false: the first line is no title), or as a file.
  static std::unique_ptr<Reading> Read(std::string_view text, const std::string& office = "us",
                                       const std::string& as_of = kAsOf, bool document = false,
                                       ingest::PartKind kind = ingest::PartKind::kPlain,
                                       const std::string& quoted_office = "unknown",
                                       bool part_quoted = false) {
    auto r = std::make_unique<Reading>();
    r->original = std::string(text);
    ingest::TextPart part;
    part.text = r->original;
    part.kind = kind;
    r->layout = text::BuildLayout(part, document);
    r->zones = text::FindZones(r->layout, engine_->lexicon());
    r->units = text::Segment(r->layout, r->zones, DefaultLimits(), &engine_->lexicon());
    r->lines = std::make_unique<LineIndex>(r->original);
    PartInput in;
    in.layout = &r->layout;
    in.zones = &r->zones;
    in.units = &r->units;
    in.part = 0;
    in.part_office = office;
    in.part_quoted = part_quoted;  // an attached message, sent by `office`
    in.speaker_office = office;
    in.as_of = as_of;
    in.office_of = [quoted_office](const text::QuoteAuthor&) { return quoted_office; };
    DocumentState state;
    r->ex = ExtractClaims(*engine_, in, &state);
    return r;
  }

  // The one claim of `product`/`attribute` in `r`; a failure when there is
  // not exactly one.
  static const Claim* One(const Reading& r, const std::string& product,
                          const std::string& attribute) {
    auto cs = r.Of(product, attribute);
    if (cs.size() != 1) {
      ADD_FAILURE() << "expected one " << product << " " << attribute << " claim in \""
                    << r.original << "\", got " << cs.size() << ":" << r.Dump();
      return nullptr;
    }
    return cs[0];
  }

  static int ProductIndex(const std::string& id) {
    const auto& ps = (*base_)->products;
    for (size_t i = 0; i < ps.size(); ++i) {
      if (ps[i].id == id) return static_cast<int>(i);
    }
    return -1;
  }

  static std::shared_ptr<const claims::Base>* base_;
  static Engine* engine_;
};

std::shared_ptr<const claims::Base>* ClaimTest::base_ = nullptr;
Engine* ClaimTest::engine_ = nullptr;

// ---------------------------------------------------------------- plain claims

// Product, count cue and bound in one English sentence: the agent limit, with
// its bound, at the bound words' column, spoken by the sender's office on the
// document's date.
TEST_F(ClaimTest, EnglishAgentLimit) {
  auto r = Read("Harborlight Desk supports up to 1,000 agents per account.\n");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kCount);
  EXPECT_EQ(c->value.amount, 1000);
  EXPECT_EQ(c->value.bound, Bound::kMax);
  EXPECT_EQ(r->Text(c->number), "1,000");
  EXPECT_EQ(r->At(c->span).line, 1);
  EXPECT_EQ(r->At(c->span).column, 27);  // "up to 1,000 agents"
  EXPECT_EQ(r->Text(c->span).rfind("up to 1,000", 0), 0u) << r->Text(c->span);
  EXPECT_EQ(c->office, "us");
  EXPECT_EQ(c->as_of, kAsOf);
  EXPECT_FALSE(c->quoted);

  // "users" is a cue of the same attribute.
  auto users = Read("Harborlight Desk supports up to 500 users.\n");
  const Claim* u = One(*users, "harborlight-desk", "max_agents");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->value.amount, 500);
  EXPECT_EQ(u->value.bound, Bound::kMax);
  EXPECT_EQ(users->Text(u->number), "500");
}

// 最大…ユーザー: the Japanese count cue ユーザー ties the number to max_agents.
// The customer's own figure beside the product's: only the product's is a
// claim ("the 12 GB you hold today" is what the customer has).
TEST_F(ClaimTest, TheCustomersOwnSizeBesideTheLimitIsNoClaim) {
  auto r = Read("Each Harborlight Pulse workspace includes up to 50 GB of storage, so there is plenty of "
                "headroom for the 12 GB you hold today.\n");
  const Claim* c = One(*r, "harborlight-pulse", "storage_per_workspace");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 50e9);
}

// A count of what the screens show is a stated capacity (表示), even in a
// sentence that says nothing changed.
TEST_F(ClaimTest, JapaneseLanguagesShownOnScreenAreACount) {
  auto r = Read("なお、ハーバーライト デスクの日本語・英語を含む12言語の画面表示に変更はございません。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "ui_languages");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 12);
}

// A corrected value after "the right figure is", in a clause of its own,
// corrects the withdrawn value's attribute; the withdrawn one is no claim.
TEST_F(ClaimTest, EnglishCorrectionTakesTheWithdrawnValuesAttribute) {
  auto r = Read("Correction: I wrote that Harborlight Desk keeps ticket history for 5 years; "
                "the right figure is 3 years by default.\n");
  const Claim* c = One(*r, "harborlight-desk", "retention");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 3);
  EXPECT_EQ(c->value.unit, "years");
  EXPECT_EQ(r->Text(c->span), "3 years");
}

// "If you wish to …" (ご希望の場合) governs its own clause: the price stated
// for the product referred to after it is a claim.
TEST_F(ClaimTest, ARequirementWordInAConditionalClauseGovernsOnlyThatClause) {
  auto r = Read("ハーバーライト デスクのご案内です。米国本社とのご契約をご希望の場合、"
                "同製品は1エージェントあたり月額39ドルとなります。\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 39);
  EXPECT_EQ(c->value.currency, "USD");
}

// A cue of several words still reads with words in between ("reply within"
// in "replies to every P1 ticket within"), but not across a clause.
TEST_F(ClaimTest, SplitCueWithWordsInBetween) {
  auto r = Read("Harborlight Desk support replies to every P1 ticket within 2 hours.\n");
  const Claim* c = One(*r, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 2);
  EXPECT_EQ(c->value.unit, "hours");
  auto apart = Read("Harborlight Desk replies to tickets. Within 2 hours, we call you back.\n");
  EXPECT_THAT(apart->Of("harborlight-desk", "first_response_time"), IsEmpty()) << apart->Dump();
  // A shorter cue of another attribute inside does not hide it.
  auto inside = Read("Harborlight Desk support replies to each agent within 4 hours.\n");
  const Claim* d = One(*inside, "harborlight-desk", "first_response_time");
  ASSERT_NE(d, nullptr) << inside->Dump();
  EXPECT_EQ(d->value.amount, 4);
}

// 「500」と記載しておりましたが、正しくは1,000です: the withdrawn value is no
// claim; the corrected one is, though bare and after another count.
TEST_F(ClaimTest, JapaneseCorrectionAfterAQuotedWithdrawnValue) {
  auto r = Read("前回の資料ではハーバーライト デスクのエージェント上限を「500」と記載しておりましたが、"
                "正しくは1,000です。\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// A comma after the topic ("…は、") does not separate the cue from its value.
TEST_F(ClaimTest, JapaneseTopicSetOffByACommaKeepsItsCue) {
  auto r = Read("ハーバーライト デスクについて\n\n・オペレーターは、約1,000人まで登録いただけます。\n", "tokyo",
                kAsOf, true);
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
  EXPECT_TRUE(c->value.approximate);
}

TEST_F(ClaimTest, JapaneseUserLimit) {
  auto r = Read("ハーバーライト デスクは最大1,000ユーザーまでご利用いただけます。\n", "tokyo");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 1000);
  EXPECT_EQ(c->value.bound, Bound::kMax);
  EXPECT_EQ(r->At(c->span).line, 1);
  EXPECT_EQ(r->At(c->span).column, 13);  // 最大
  EXPECT_EQ(r->Text(c->number), "1,000");
  EXPECT_EQ(c->office, "tokyo");
}

// 月額…円（税抜）: a flat monthly JPY price with tax excluded; the span is the
// original text, full-width parentheses included.
TEST_F(ClaimTest, JapaneseMonthlyPriceTaxExcluded) {
  auto r = Read("ハーバーライト パルスの月額料金は14,800円（税抜）です。\n", "tokyo");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kMoney);
  EXPECT_EQ(c->value.amount, 14800);
  EXPECT_EQ(c->value.currency, "JPY");
  EXPECT_EQ(c->value.per, "month");
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
  EXPECT_EQ(r->Text(c->span), "14,800円（税抜）");
  EXPECT_EQ(r->At(c->span).column, 18);
}

// An English per-agent price: USD, per user-month.
TEST_F(ClaimTest, EnglishPerAgentPrice) {
  auto r = Read("Harborlight Desk is $39 per agent per month.\n");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 39);
  EXPECT_EQ(c->value.currency, "USD");
  EXPECT_EQ(c->value.per, "user-month");
  EXPECT_EQ(r->At(c->span).column, 21);  // $39
}

// ---------------------------------------------------------------- anaphora

// 本製品 in the next sentence refers to the product named before it.
TEST_F(ClaimTest, JapaneseAnaphoraCarriesProduct) {
  auto r = Read("ハーバーライト リレーは通知APIです。本製品のSLAは99.95％です。\n", "tokyo");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kPercent);
  EXPECT_EQ(c->value.amount, 99.95);
  EXPECT_EQ(r->At(c->span).line, 1);
  EXPECT_EQ(r->At(c->span).column, 29);
  EXPECT_EQ(r->Text(c->span), "99.95％");
}

// "It" on the next line refers to the product named last, not to one named
// earlier in the text.
TEST_F(ClaimTest, EnglishAnaphoraRefersToLastProduct) {
  auto r = Read(
      "Harborlight Relay is our notification API.\n"
      "Harborlight Desk is our help desk.\n"
      "It comes with a 99.9% monthly uptime SLA.\n");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 99.9);
  EXPECT_EQ(r->At(c->span).line, 3);
  EXPECT_EQ(r->At(c->span).column, 17);
}

// A number with an attribute cue but no product named and nothing to refer
// to is no claim (SPEC §4.2).
TEST_F(ClaimTest, NoProductNoClaim) {
  EXPECT_THAT(Read("Our uptime SLA is 99.9% this year.\n")->ex.claims, IsEmpty());
  EXPECT_THAT(Read("稼働率は99.9％です。\n", "tokyo")->ex.claims, IsEmpty());
}

// ---------------------------------------------------------------- names

// The Japanese names of a product as people write them: with a space, with
// ・, run together, with the Latin name in full-width letters, and in
// half-width katakana. Each one names Harborlight Relay.
TEST_F(ClaimTest, KatakanaAliasSpellings) {
  const char* const texts[] = {
      "ハーバーライト リレーの稼働率は99.95％です。\n",
      "ハーバーライト・リレーの稼働率は99.95％です。\n",
      "ハーバーライトリレーの稼働率は99.95％です。\n",
      "ハーバーライトＲｅｌａｙの稼働率は99.95％です。\n",
      "ﾊｰﾊﾞｰﾗｲﾄ ﾘﾚｰの稼働率は99.95％です。\n",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    auto r = Read(text, "tokyo");
    ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
    const Claim* c = One(*r, "harborlight-relay", "sla");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->value.amount, 99.95);
    EXPECT_EQ(r->Text(c->span), "99.95％");
  }
}

// A deprecated name is reported as a name use (for `terminology`) at its
// own position, and still names the product for the claim beside it.
TEST_F(ClaimTest, DeprecatedNameIsReportedAndNamesProduct) {
  auto r = Read(
      "Hello,\n"
      "旧製品名「ハーバーライト ヘルプデスク」のSLA稼働率は99.9％です。\n",
      "tokyo");
  ASSERT_EQ(r->ex.deprecated.size(), 1u);
  const NameUse& u = r->ex.deprecated[0];
  EXPECT_EQ(u.product, ProductIndex("harborlight-desk"));
  EXPECT_EQ(r->Text(u.span), "ハーバーライト ヘルプデスク");
  EXPECT_EQ(r->At(u.span).line, 2);
  EXPECT_EQ(r->At(u.span).column, 6);
  const Claim* c = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 99.9);
}

TEST_F(ClaimTest, EnglishDeprecatedName) {
  auto r = Read("We migrated from Harbourlight Relay last year.\n");
  ASSERT_EQ(r->ex.deprecated.size(), 1u);
  EXPECT_EQ(r->ex.deprecated[0].product, ProductIndex("harborlight-relay"));
  EXPECT_EQ(r->Text(r->ex.deprecated[0].span), "Harbourlight Relay");
  EXPECT_EQ(r->At(r->ex.deprecated[0].span).column, 18);
  // The current name is no terminology problem.
  EXPECT_THAT(Read("We migrated to Harborlight Relay last year.\n")->ex.deprecated, IsEmpty());
}

// ---------------------------------------------------------------- negation

// "does not support on-premises": the boolean stated false, at the cue.
TEST_F(ClaimTest, EnglishNegatedBoolean) {
  auto r = Read("Harborlight Desk does not support on-premises deployment.\n");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kBoolean);
  EXPECT_FALSE(c->value.truth);
  EXPECT_EQ(r->Text(c->span), "on-premises");
  EXPECT_EQ(r->At(c->span).column, 35);
}

// A table with one column per product and a label column: each product's
// cell answers the label's boolean ("Not available" / "Yes"), an "n/a"
// answers nothing.
TEST_F(ClaimTest, BooleanRowAnsweredPerProductColumn) {
  auto r = Read("| | Harborlight Desk | Harborlight Relay | Harborlight Pulse |\n"
                "|---|---|---|---|\n"
                "| On-premises edition | Not available | Yes | n/a |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* desk = One(*r, "harborlight-desk", "on_premises");
  const Claim* relay = One(*r, "harborlight-relay", "on_premises");
  ASSERT_NE(desk, nullptr);
  ASSERT_NE(relay, nullptr);
  EXPECT_FALSE(desk->value.truth);
  EXPECT_EQ(r->Text(desk->span), "Not available");
  EXPECT_TRUE(relay->value.truth);
  EXPECT_EQ(r->Text(relay->span), "Yes");
  EXPECT_THAT(r->Of("harborlight-pulse", "on_premises"), IsEmpty());
}

// A label cell that abbreviates a cue of several words ("Support response"
// for "support response time") stands for it; one word alone does not.
TEST_F(ClaimTest, LabelCellAbbreviatingACue) {
  auto r = Read("| Item | Harborlight Desk |\n|---|---|\n| Support response | Within 4 hours |\n"
                "| Support | Within 8 hours |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "first_response_time");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 4);
  EXPECT_EQ(cs[0]->value.unit, "hours");
}

// Without the negation the same cue states true.
TEST_F(ClaimTest, EnglishAffirmedBoolean) {
  auto r = Read("Harborlight Desk can also be installed on-premises on your own servers.\n");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->value.truth);
}

// 非対応 denies the boolean; ご用意しています affirms it.
TEST_F(ClaimTest, JapaneseNegatedBoolean) {
  auto r = Read("ハーバーライト デスクはオンプレミスには非対応です。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->value.truth);
  EXPECT_EQ(r->Text(c->span), "オンプレミス");
  EXPECT_EQ(r->At(c->span).column, 13);

  auto yes = Read("ハーバーライト・デスクはオンプレミス版もご用意しています。\n", "tokyo");
  const Claim* t = One(*yes, "harborlight-desk", "on_premises");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->value.truth);
}

// A set member stated as NOT in the set claims nothing about the set (it
// would otherwise read as "supports Linux"); the same member stated plainly
// is a claim of that member.
TEST_F(ClaimTest, NegatedSetMemberIsNoClaim) {
  EXPECT_THAT(Read("Harborlight Desk does not support Linux.\n")
                  ->Of("harborlight-desk", "supported_platforms"),
              IsEmpty());
  EXPECT_THAT(Read("ハーバーライト デスクはLinuxには非対応です。\n", "tokyo")
                  ->Of("harborlight-desk", "supported_platforms"),
              IsEmpty());

  auto en = Read("Harborlight Desk also has a desktop app for Linux.\n");
  const Claim* c = One(*en, "harborlight-desk", "supported_platforms");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kSet);
  EXPECT_EQ(c->value.member, "Linux");
  EXPECT_EQ(en->At(c->span).column, 45);

  auto ja = Read("ハーバーライト デスクはChromebookにも対応しています。\n", "tokyo");
  const Claim* m = One(*ja, "harborlight-desk", "supported_platforms");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->value.member, "ChromeOS");  // an alias, reported as the canonical member
  EXPECT_EQ(ja->Text(m->span), "Chromebook");
}

// Only the negated member of a list is dropped.
TEST_F(ClaimTest, NegationScopeEndsAtClauseBreak) {
  auto r = Read("Harborlight Desk has agent apps for Windows and macOS, but not for Linux.\n");
  auto cs = r->Of("harborlight-desk", "supported_platforms");
  std::vector<std::string> members;
  for (const Claim* c : cs) members.push_back(c->value.member);
  EXPECT_THAT(members, ::testing::ElementsAre("Windows", "macOS")) << r->Dump();
}

// ---------------------------------------------------------------- respectively

// "respectively" pairs the values with the products in order.
TEST_F(ClaimTest, EnglishRespectively) {
  auto r = Read(
      "Harborlight Desk and Harborlight Relay offer 99.9% and 99.95% uptime SLAs respectively.\n");
  ASSERT_EQ(r->ex.claims.size(), 2u) << r->Dump();
  const Claim* desk = One(*r, "harborlight-desk", "sla");
  const Claim* relay = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(desk, nullptr);
  ASSERT_NE(relay, nullptr);
  EXPECT_EQ(desk->value.amount, 99.9);
  EXPECT_EQ(relay->value.amount, 99.95);
  EXPECT_EQ(r->At(desk->span).column, 46);
  EXPECT_EQ(r->At(relay->span).column, 56);
}

// それぞれ does the same in Japanese.
TEST_F(ClaimTest, JapaneseRespectively) {
  auto r =
      Read("ハーバーライト デスクとハーバーライト リレーの稼働率はそれぞれ99.9％と99.95％です。\n",
           "tokyo");
  ASSERT_EQ(r->ex.claims.size(), 2u) << r->Dump();
  const Claim* desk = One(*r, "harborlight-desk", "sla");
  const Claim* relay = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(desk, nullptr);
  ASSERT_NE(relay, nullptr);
  EXPECT_EQ(desk->value.amount, 99.9);
  EXPECT_EQ(relay->value.amount, 99.95);
  EXPECT_EQ(r->Text(desk->span), "99.9％");
  EXPECT_EQ(r->Text(relay->span), "99.95％");
}

// ---------------------------------------------------------------- plural cues

// "uptime SLAs" is the cue "uptime SLA" with a plural ending: one sla cue
// mention covering both words, not "uptime" alone.
TEST_F(ClaimTest, PluralCueIsFoundWhole) {
  std::string text = "Harborlight Desk and Harborlight Relay uptime SLAs differ.";
  std::string lower = text;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  std::vector<std::string> cues;
  for (const Mention& m : engine_->FindMentions(text, lower)) {
    if (m.type() != MentionType::kCue) continue;
    cues.push_back(m.term->attribute + ":" + text.substr(m.begin, m.end - m.begin));
  }
  EXPECT_THAT(cues, ::testing::ElementsAre("sla:uptime SLAs"));
}

// A katakana cue running on into more katakana is part of another word:
// 「リリース」 in 「リリースノート」 is no release, so the date before it is
// no general availability.
TEST_F(ClaimTest, AKatakanaCueInsideALongerWordIsNone) {
  auto r = Read("4月1日付のリリースノートに記載のとおり、ハーバーライト パルスの機能が追加されました。\n", "tokyo");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  auto ga = Read("ハーバーライト パルスのリリースは2027年4月1日です。\n", "tokyo");
  EXPECT_NE(One(*ga, "harborlight-pulse", "general_availability"), nullptr) << ga->Dump();
}

// "SLAs" alone (no other cue word in the sentence) still ties the percent to
// the sla attribute.
TEST_F(ClaimTest, PluralCueMakesClaim) {
  auto r = Read("Harborlight Relay SLAs are 99.95% for every plan.\n");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 99.95);
  EXPECT_EQ(r->At(c->span).column, 28);
}

// ---------------------------------------------------------------- silence

// Numbers that are no product claims, even in a sentence holding a product
// name and an attribute cue (pricing, subscription, agent app, SLA, 料金,
// リリース): a phone number, an order number, a version number, a ticket or
// inquiry number, a postal code and street address.
TEST_F(ClaimTest, EnglishNonClaimNumbersAreSilent) {
  const char* const texts[] = {
      "For Harborlight Desk pricing, call 503-555-0142.\n",
      "Your Harborlight Desk subscription order number is 48213.\n",
      "Harborlight Desk agent app version 3.2.1 is now available.\n",
      "Harborlight Relay SLA questions: see ticket #1042.\n",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    auto r = Read(text);
    EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  }
}

TEST_F(ClaimTest, JapaneseNonClaimNumbersAreSilent) {
  const char* const texts[] = {
      "ハーバーライト デスクの料金については03-1234-5678までお問い合わせください。\n",
      "ハーバーライト デスクのご利用料金のご注文番号は48213です。\n",
      "ハーバーライト デスク エージェントアプリ バージョン3.2.1をリリースしました。\n",
      "〒100-0001 東京都千代田区千代田1-1 ハーバーライト デスク ご利用料金窓口\n",
      "ハーバーライト デスクのSLAについて、お問い合わせ番号2026-1104でご連絡しました。\n",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    auto r = Read(text, "tokyo");
    EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  }
}

// A signature block is not the sender's claim, even when a line of it holds
// a product name, a cue word and a date. (The same line in the body would be
// a general-availability claim: see the last expectations.)
TEST_F(ClaimTest, SignatureDateIsSilent) {
  auto en = Read(
      "Hi Sam,\n"
      "Thanks for the call today.\n"
      "\n"
      "-- \n"
      "Dana Smith | Harborlight Pulse launch team\n"
      "Harborlight Software, Portland, Oregon\n"
      "2026-11-01\n");
  EXPECT_THAT(en->ex.claims, IsEmpty()) << en->Dump();

  auto ja = Read(
      "お世話になっております。\n"
      "本日はありがとうございました。\n"
      "\n"
      "--\n"
      "山田 太郎\n"
      "ハーバーライト パルス 一般提供準備室 2026年11月1日\n"
      "TEL: 03-1234-5678\n",
      "tokyo");
  EXPECT_THAT(ja->ex.claims, IsEmpty()) << ja->Dump();

  auto body = Read("ハーバーライト パルスは2026年11月に一般提供を開始します。\n", "tokyo");
  const Claim* c = One(*body, "harborlight-pulse", "general_availability");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kDate);
  EXPECT_EQ(c->value.date, "2026-11");
}

// ---------------------------------------------------------------- positions

// Full-width digits are matched after NFKC, but the claim's span, numeral,
// line, column and excerpt point at the full-width characters the user wrote.
TEST_F(ClaimTest, SpanMapsFullWidthDigitsToOriginal) {
  const std::string line2 =
      "ハーバーライト デスクは最大５００名のエージェントまでご利用いただけます。";
  auto r = Read("いつもお世話になっております。\n" + line2 + "\n", "tokyo", "2026-06-01");
  ASSERT_EQ(r->ex.claims.size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 500);
  EXPECT_EQ(c->value.bound, Bound::kMax);
  EXPECT_EQ(r->Text(c->number), "５００");
  EXPECT_EQ(r->At(c->number).line, 2);
  EXPECT_EQ(r->At(c->number).column, 15);
  EXPECT_EQ(r->lines->At(c->number.end).column, 18);
  EXPECT_EQ(r->At(c->span).line, 2);
  EXPECT_EQ(r->At(c->span).column, 13);  // 最大
  EXPECT_EQ(r->Text(c->unit_span), line2);
}

// Same for full-width digits and a full-width percent sign in English text.
TEST_F(ClaimTest, SpanMapsFullWidthPercentToOriginal) {
  auto r = Read("Harborlight Relay is backed by a ９９．９５％ uptime SLA.\n");
  const Claim* c = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 99.95);
  EXPECT_EQ(r->Text(c->span), "９９．９５％");
  EXPECT_EQ(r->At(c->span).column, 34);
  EXPECT_EQ(r->lines->At(c->span.end).column, 40);
}


// ---------------------------------------------------------------- lists, clauses, operators

// Values listed product by product share the cue before the list: the
// second value is not "further from the cue" than the first.
TEST_F(ClaimTest, ValuesListedPerProductShareTheCue) {
  auto en = Read("SLA: Harborlight Relay 99.95%, Harborlight Desk 99.9%.\n");
  const Claim* relay = One(*en, "harborlight-relay", "sla");
  const Claim* desk = One(*en, "harborlight-desk", "sla");
  ASSERT_NE(relay, nullptr) << en->Dump();
  ASSERT_NE(desk, nullptr) << en->Dump();
  EXPECT_EQ(relay->value.amount, 99.95);
  EXPECT_EQ(desk->value.amount, 99.9);

  auto ja = Read("稼働率につきましては、ハーバーライト リレーが99.95%、ハーバーライト デスクが99.9%でございます。\n",
                 "tokyo");
  const Claim* jd = One(*ja, "harborlight-desk", "sla");
  ASSERT_NE(jd, nullptr) << ja->Dump();
  EXPECT_EQ(jd->value.amount, 99.9);
  EXPECT_EQ(One(*ja, "harborlight-relay", "sla")->value.amount, 99.95);
}

// A product named after the value in the value's own clause is its product,
// not the one the sentence opened with.
TEST_F(ClaimTest, AProductAfterTheValueInItsClauseOwnsIt) {
  auto r = Read("Harborlight Relay's availability SLA is 99.95%, a notch above the 99.9% we commit to on "
                "Harborlight Desk.\n");
  const Claim* desk = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(desk, nullptr) << r->Dump();
  EXPECT_EQ(desk->value.amount, 99.9);
  const Claim* relay = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(relay, nullptr) << r->Dump();
  EXPECT_EQ(relay->value.amount, 99.95);
}

// "not" withdraws the value right after it, not one a clause later.
TEST_F(ClaimTest, NotWithdrawsOnlyTheValueRightAfterIt) {
  auto later = Read("Not quite: Harborlight Desk keeps ticket history for 3 years.\n");
  const Claim* c = One(*later, "harborlight-desk", "retention");
  ASSERT_NE(c, nullptr) << later->Dump();
  EXPECT_EQ(c->value.amount, 3);

  auto denied = Read("Harborlight Desk keeps ticket history for 3 years, not 5 years.\n");
  const Claim* d = One(*denied, "harborlight-desk", "retention");
  ASSERT_NE(d, nullptr) << denied->Dump();
  EXPECT_EQ(d->value.amount, 3);
}

// An asterisk is Markdown emphasis unless it multiplies numbers; a unit
// price before × is the product's price, the line total after it is not.
TEST_F(ClaimTest, OperatorsMultiplyOnlyBetweenNumbers) {
  auto bold = Read("**Note** Harborlight Desk supports up to 1,000 agents.\n");
  const Claim* c = One(*bold, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << bold->Dump();
  EXPECT_EQ(c->value.amount, 1000);

  auto quote = Read("Harborlight Relay: $249 per month x 2 accounts = $498\n");
  auto prices = quote->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << quote->Dump();
  EXPECT_EQ(prices[0]->value.amount, 249);

  auto ja = Read("ハーバーライト パルス 月額基本料金：14,800円 × 2ワークスペース = 29,600円\n", "tokyo");
  auto jp = ja->Of("harborlight-pulse", "monthly_price");
  ASSERT_EQ(jp.size(), 1u) << ja->Dump();
  EXPECT_EQ(jp[0]->value.amount, 14800);
}

// A price after the customer's amount of data is what that amount costs.
TEST_F(ClaimTest, APriceForTheCustomersDataIsADealTotal) {
  auto r = Read("Harborlight Relay is $249 per month; for 60 GB of message history that is $960 a month.\n");
  auto prices = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 249);
}

// A requirement cell's own head count does not make the answer beside it a
// deal figure.
TEST_F(ClaimTest, ARequirementsHeadCountLeavesTheAnswerAClaim) {
  auto r = Read("| Requirement | Response |\n|---|---|\n"
                "| Agents supported (the council has 2,400 staff) | Harborlight Desk supports up to 10,000 agents. |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 10000);
}

// An attribute the base has no value for takes a cue that is the subject
// of the value's clause, even a few words away; not one in a clause about
// the customer's things.
TEST_F(ClaimTest, ASubjectCueTiesAnUnverifiedAttribute) {
  auto r = Read("Harborlight Desk's first response time for a typical ticket queue is about 4 hours.\n");
  const Claim* c = One(*r, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 4);
  EXPECT_EQ(c->value.unit, "hours");

  // A count of something else between ("Severity 1 tickets") leaves the
  // subject cue its value.
  auto sev = Read("Harborlight Desk's first response time for Severity 1 tickets in the standard plan is "
                  "within 2 hours.\n");
  const Claim* s1 = One(*sev, "harborlight-desk", "first_response_time");
  ASSERT_NE(s1, nullptr) << sev->Dump();
  EXPECT_EQ(s1->value.amount, 2);

  auto yours = Read("Harborlight Desk is $39 per agent per month, and your team's first response time on the "
                    "current helpdesk tool is around 6 hours.\n");
  EXPECT_THAT(yours->Of("harborlight-desk", "first_response_time"), IsEmpty()) << yours->Dump();
}

// A count's unit word may follow a qualifier ("45 native integrations");
// a noun of its own between them ("tickets per agent") names something else.
TEST_F(ClaimTest, AQualifiedUnitWordIsTheCountsOwn) {
  auto r = Read("Harborlight Desk ships with 45 native integrations.\n");
  const Claim* c = One(*r, "harborlight-desk", "integrations");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 45);
  // Also after a label and with a "+" ("Integrations: 150+ native connectors").
  auto plus = Read("Harborlight Desk\n\n- Integrations: 150+ native connectors, including Jira\n", "us", kAsOf, true);
  const Claim* p = One(*plus, "harborlight-desk", "integrations");
  ASSERT_NE(p, nullptr) << plus->Dump();
  EXPECT_EQ(p->value.amount, 150);

  auto other = Read("Harborlight Desk handles 1,000 tickets per agent.\n");
  EXPECT_THAT(other->Of("harborlight-desk", "max_agents"), IsEmpty()) << other->Dump();
}

// A bare number restating the count before it takes its unit word, and
// "today" after a sentence break ends the period the first count was in.
TEST_F(ClaimTest, ABareNumberRestatingACountIsJudgedToday) {
  auto r = Read("Until March 31, 2026, Harborlight Desk topped out at 500 agents; today the limit is 1,000.\n");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 500);
  EXPECT_EQ(cs[0]->as_of, "2026-03-31");
  EXPECT_EQ(cs[1]->value.amount, 1000);
  EXPECT_EQ(cs[1]->as_of, kAsOf);

  // Not a number with a counter of its own.
  auto ja = Read("ハーバーライト デスクは最大1,000名までご利用いただけますので、1つの環境に集約いただけます。\n", "tokyo");
  auto js = ja->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(js.size(), 1u) << ja->Dump();
  EXPECT_EQ(js[0]->value.amount, 1000);
}

// A cell spanning two product columns states its value for both products.
TEST_F(ClaimTest, AColspanCellSpeaksForEachProductItSpans) {
  auto r = Read("<table><tr><th></th><th>Harborlight Desk</th><th>Harborlight Relay</th></tr>"
                "<tr><td>Availability SLA</td><td colspan=\"2\">99.9%</td></tr></table>\n",
                "us", kAsOf, true, ingest::PartKind::kHtml);
  const Claim* desk = One(*r, "harborlight-desk", "sla");
  const Claim* relay = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(desk, nullptr) << r->Dump();
  ASSERT_NE(relay, nullptr) << r->Dump();
  EXPECT_EQ(desk->value.amount, 99.9);
  EXPECT_EQ(relay->value.amount, 99.9);
  EXPECT_EQ(desk->span.begin, relay->span.begin);  // both point at the one cell written
}

// A question states nothing, but a statement it reports in quotes is its
// source's claim (office unknown): the customer heard a figure and asks.
TEST_F(ClaimTest, AQuestionReportingAQuotedStatementKeepsTheStatement) {
  auto ja = Read("先日、御社の方から「ハーバーライト デスクは最大1,000名まで対応可能」と伺いましたが、"
                 "これは現在の仕様でしょうか。\n", "tokyo");
  const Claim* c = One(*ja, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << ja->Dump();
  EXPECT_EQ(c->value.amount, 1000);
  EXPECT_EQ(c->office, "unknown");

  auto en = Read("You told us \u201cHarborlight Desk supports up to 2,000 agents\u201d \u2014 is that still right?\n");
  const Claim* e = One(*en, "harborlight-desk", "max_agents");
  ASSERT_NE(e, nullptr) << en->Dump();
  EXPECT_EQ(e->value.amount, 2000);

  auto plain = Read("ハーバーライト デスクは最大1,000名まで対応可能でしょうか。\n", "tokyo");
  EXPECT_THAT(plain->ex.claims, IsEmpty()) << plain->Dump();
}

// Under a heading naming one product, "it" means that product, not the one
// the paragraph before the heading named last.
TEST_F(ClaimTest, ItUnderAProductHeadingMeansThatProduct) {
  auto r = Read("# Proposal\n\nHarborlight Desk and Harborlight Relay cover support and messaging.\n\n"
                "## Harborlight Desk\n\nIt keeps ticket history for 3 years by default.\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "retention");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 3);
  EXPECT_THAT(r->Of("harborlight-relay", "retention"), IsEmpty()) << r->Dump();
}

// A tax note for a sentence's prices covers each of them, not only the
// price it follows.
TEST_F(ClaimTest, ATaxNoteCoversEveryPriceOfItsSentence) {
  auto ja = Read("価格は、ハーバーライト デスクが1エージェントあたり月額4,980円、ハーバーライト パルスが月額14,800円です。"
                 "(いずれも税抜)\n", "tokyo");
  const Claim* desk = One(*ja, "harborlight-desk", "per_user_price");
  const Claim* pulse = One(*ja, "harborlight-pulse", "monthly_price");
  ASSERT_NE(desk, nullptr) << ja->Dump();
  ASSERT_NE(pulse, nullptr) << ja->Dump();
  EXPECT_EQ(desk->value.tax, Tax::kExcluded);
  EXPECT_EQ(pulse->value.tax, Tax::kExcluded);
}

// "仮に…場合" is the customer's hypothesis, no claim.
TEST_F(ClaimTest, AHypothesisStatesNothing) {
  auto r = Read("仮にハーバーライト デスクの利用者が5,000名を超える場合、導入は見送る予定です。\n", "tokyo");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
}

// A competitor's figure is no claim: after a comparison marker before any
// of our products is named, or before a clause break that our product follows.
TEST_F(ClaimTest, ACompetitorsFigureIsNoClaim) {
  auto cmp = Read("Compared with Acme Desk, which offers a 99.5% uptime SLA, Harborlight Desk commits to 99.9%.\n");
  auto sla = cmp->Of("harborlight-desk", "sla");
  ASSERT_EQ(sla.size(), 1u) << cmp->Dump();
  EXPECT_EQ(sla[0]->value.amount, 99.9);

  auto semi = Read("Acme Desk advertises 99.99% uptime; Harborlight Desk commits to 99.9%, with credits if we miss it.\n");
  auto s2 = semi->Of("harborlight-desk", "sla");
  ASSERT_EQ(s2.size(), 1u) << semi->Dump();
  EXPECT_EQ(s2[0]->value.amount, 99.9);

  auto ja = Read("他社製品の稼働率は99.5%ですが、ハーバーライト デスクは99.9%を保証しております。\n", "tokyo");
  auto s3 = ja->Of("harborlight-desk", "sla");
  ASSERT_EQ(s3.size(), 1u) << ja->Dump();
  EXPECT_EQ(s3[0]->value.amount, 99.9);
}

// A place named as an office is not a member of the set of regions.
TEST_F(ClaimTest, AnOfficesPlaceIsNoRegion) {
  auto r = Read("御社大阪支店の方からは、ハーバーライト リレーはシンガポールにもデータセンターがあると伺っております。\n",
                "tokyo");
  auto regions = r->Of("harborlight-relay", "data_regions");
  ASSERT_EQ(regions.size(), 1u) << r->Dump();
  EXPECT_EQ(regions[0]->value.member, "Singapore");
}

// The customer's requirements in brackets after 要件 are no claims, even in a
// sentence naming our product.
TEST_F(ClaimTest, RequirementsInBracketsAreNoClaims) {
  auto r = Read("貴社の要件(利用者8,000名以上、初回応答4時間以内)に対し、ハーバーライト デスクをご提案いたします。\n", "tokyo");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
}

// A spec sheet's "Label: answer" denies what the label names.
TEST_F(ClaimTest, ALabelsAnswerAfterTheColonDenies) {
  auto r = Read("Product: Harborlight Desk\nOn-premises edition: No\nLinux agent app: not available\n",
                "us", kAsOf, true);
  const Claim* onprem = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(onprem, nullptr) << r->Dump();
  EXPECT_FALSE(onprem->value.truth);
  for (const Claim* c : r->Of("harborlight-desk", "supported_platforms")) EXPECT_NE(c->value.member, "Linux") << r->Dump();
}

// A quote table whose caption gives the currency: the unit-price column's
// bare numbers are prices (per what the row's label says), quantities and
// line amounts are not.
TEST_F(ClaimTest, AUnitPriceColumnInACaptionsCurrencyIsAPrice) {
  auto r = Read("<table><caption>ご利用料金(単位:円、月額・税抜)</caption>"
                "<tr><th>製品</th><th>課金項目</th><th>単価</th><th>数量</th><th>金額</th></tr>"
                "<tr><td>ハーバーライト デスク</td><td>エージェント課金(1エージェントあたり)</td><td>4,980</td>"
                "<td>20</td><td>99,600</td></tr></table>\n",
                "tokyo", kAsOf, true, ingest::PartKind::kHtml);
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 4980);
  EXPECT_EQ(c->value.currency, "JPY");
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
  EXPECT_EQ(r->ex.claims.size(), 1u) << r->Dump();
}

// The customer's own environment named beside a claim is no member of it.
TEST_F(ClaimTest, TheCustomersOwnPlatformIsNoMember) {
  auto r = Read("Harborlight Desk runs on Windows and macOS, so your two Ubuntu workstations would use the web app.\n");
  auto platforms = r->Of("harborlight-desk", "supported_platforms");
  ASSERT_EQ(platforms.size(), 2u) << r->Dump();
  for (const Claim* c : platforms) EXPECT_NE(c->value.member, "Linux") << r->Dump();
}

// …but a member past the customer's words that is ours again ("our") is a
// claim: where their data will live.
TEST_F(ClaimTest, OurMemberAfterTheCustomersWordsIsAClaim) {
  auto r = Read("Harborlight Relay is $49 a month, and their archives would be hosted in our Frankfurt data centre.\n");
  const Claim* c = One(*r, "harborlight-relay", "data_regions");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.member, "Frankfurt");
  auto theirs = Read("Harborlight Relay is $49 a month, and their archives stay in their Frankfurt data centre.\n");
  EXPECT_THAT(theirs->Of("harborlight-relay", "data_regions"), IsEmpty()) << theirs->Dump();
}

// One word of a hyphenated compound is no word of a split cue: "risk-free
// pilot … for" is no "free … for" (a free trial); "free … for" alone is.
TEST_F(ClaimTest, SplitCueDoesNotStartInsideACompound) {
  auto pilot = Read("We could run a 30-day risk-free pilot of Harborlight Desk for the London office.\n");
  EXPECT_THAT(pilot->Of("harborlight-desk", "free_trial"), IsEmpty()) << pilot->Dump();
  auto free = Read("You can use Harborlight Desk free of charge for 30 days.\n");
  const Claim* c = One(*free, "harborlight-desk", "free_trial");
  ASSERT_NE(c, nullptr) << free->Dump();
  EXPECT_EQ(c->value.amount, 30);
}

// Who a quote line is for ("office staff") makes no deal of its unit price:
// that is the item's list price. Its extended amount stays a deal figure.
TEST_F(ClaimTest, AUnitPriceColumnHoldsTheListPriceWhoeverTheItemIsFor) {
  auto r = Read("Item                                  Unit price            Qty  Extended\n"
                "------------------------------------  --------------------  ---  ----------\n"
                "Harborlight Desk, office staff         $39.00 per agent      45   $1,755.00\n");
  auto prices = r->Of("harborlight-desk", "per_user_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 39);
}

// A requirement marker in a short clause ending in a colon governs what the
// colon introduces, product named or not.
TEST_F(ClaimTest, ARequirementBeforeAColonGovernsWhatFollows) {
  auto r = Read("For the record, our requirement is unchanged: we need Harborlight Desk for at least 800 agents, "
                "and any helpdesk tool must reply within 2 hours.\n",
                "unknown");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
}

// A basis set aside ("rather than per user") is neither the price's basis
// nor its cue: the flat monthly price is what is claimed.
TEST_F(ClaimTest, APriceBasisSetAsideIsNotThePrices) {
  auto r = Read("Harborlight Relay is priced per account rather than per user: a flat $249 per month.\n");
  auto monthly = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(monthly.size(), 1u) << r->Dump();
  EXPECT_EQ(monthly[0]->value.amount, 249);
  EXPECT_EQ(monthly[0]->value.per, "month");
  EXPECT_THAT(r->Of("harborlight-relay", "per_user_price"), IsEmpty()) << r->Dump();
}

// A customer's counter-offer is no claim of the product's price, and a
// place named as a billing entity is no data region.
TEST_F(ClaimTest, ACounterOfferAndABillingEntityAreNoClaims) {
  auto offer = Read("If you can get Harborlight Relay down to $199 a month, we will commit to 36 months.\n", "unknown");
  EXPECT_THAT(offer->ex.claims, IsEmpty()) << offer->Dump();
  auto entity = Read("From 1 January 2027 Harborlight Relay will be invoiced by our Frankfurt billing entity.\n");
  EXPECT_THAT(entity->Of("harborlight-relay", "data_regions"), IsEmpty()) << entity->Dump();
}

// 「1ファイルあたりの容量」: a cue joined by の to a later cue of the same kind
// says what that one is of — the per-file limit, not workspace storage.
TEST_F(ClaimTest, ACueJoinedByNoSaysWhatTheLaterCueIsOf) {
  auto r = Read("ハーバーライト リレーの1ファイルあたりの容量は25MBです。\n", "tokyo");
  EXPECT_EQ(r->Of("harborlight-relay", "max_attachment_size").size(), 1u) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-relay", "storage_per_workspace"), IsEmpty()) << r->Dump();
}

// A statement that goes on after a colon to explain ("has an on-premises
// edition: … with no outside connection") is not a label whose answer is the
// rest: the feature is affirmed.
TEST_F(ClaimTest, AStatementsColonIsNoLabelsAnswer) {
  auto r = Read("Harborlight Desk has an on-premises edition: installs inside the customer network need no outside "
                "connection.\n");
  auto c = r->Of("harborlight-desk", "on_premises");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_TRUE(c[0]->value.truth);
  auto label = Read("Harborlight Desk on-premises edition: not available.\n");
  auto d = label->Of("harborlight-desk", "on_premises");
  ASSERT_EQ(d.size(), 1u) << label->Dump();
  EXPECT_FALSE(d[0]->value.truth);
}

// "its" in a sentence whose subject is another name (a competitor) means
// that name, not the product named before.
TEST_F(ClaimTest, APronounAfterAnotherNamedSubjectIsThatNames) {
  auto r = Read("Harborlight Desk replies within 2 hours. Corvid Helpdesk gives a 6-hour first response on its "
                "basic plan. It replies within 2 hours on weekends too.\n");
  auto c = r->Of("harborlight-desk", "first_response_time");
  ASSERT_FALSE(c.empty()) << r->Dump();
  for (const Claim* x : c) EXPECT_EQ(x->value.amount, 2) << r->Dump();
}

// 「令和8年10月1日～」: a date followed by a tilde starts the period its value
// is judged in.
TEST_F(ClaimTest, ADateBeforeATildeStartsThePeriod) {
  auto r = Read("■ハーバーライト デスクのご利用可能人数：最大1,000名（令和8年10月1日～）\n", "tokyo", "2026-07-01");
  auto c = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_EQ(c[0]->as_of, "2026-10-01");
}

// A drawn quote table: the quantity beside a unit price ("20名×12ヶ月") is
// the deal's, and the unit note under the table (（単位：円）) says the bare
// unit prices are yen.
TEST_F(ClaimTest, ADrawnQuoteTablesUnitPricesInTheNotesCurrency) {
  auto r = Read("┌──┬────────────┬────────┬─────┬───────┐\n"
                "│項番│品名　　　　　　　　　　│数量　　　　　　│単価　　　│金額　　　　　│\n"
                "├──┼────────────┼────────┼─────┼───────┤\n"
                "│１　│ハーバーライト デスク　エージェント単価│20名×12ヶ月　 │　 4,980│　 1,195,200│\n"
                "└──┴────────────┴────────┴─────┴───────┘\n"
                "（単位：円）\n",
                "tokyo", kAsOf, /*document=*/true);
  auto c = r->Of("harborlight-desk", "per_user_price");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_EQ(c[0]->value.amount, 4980);
  EXPECT_EQ(c[0]->value.currency, "JPY");
}

// A column headed 「両製品共通」 that names neither product holds values of
// the two products the document named.
TEST_F(ClaimTest, ABothProductsColumnMeansTheTwoTheDocumentNamed) {
  auto r = Read("ハーバーライト デスクとハーバーライト リレーをご提案いたします。\n\n"
                "| 項目 | 両製品共通 |\n|---|---|\n| 稼働率（SLA） | 99.9% |\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  EXPECT_EQ(r->Of("harborlight-desk", "sla").size(), 1u) << r->Dump();
  EXPECT_EQ(r->Of("harborlight-relay", "sla").size(), 1u) << r->Dump();
}

// The sentence that leads into a list, naming one product, governs its
// items — "your backups … in our Frankfurt data centre" included.
TEST_F(ClaimTest, AListsLeadSentenceGovernsItsItems) {
  auto r = Read("Here is a short summary of Harborlight Relay for your team.\n\n"
                "- Pricing: $249 per month.\n"
                "- Hosting: your archives would sit in our Frankfurt data centre.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "monthly_price").size(), 1u) << r->Dump();
  auto regions = r->Of("harborlight-relay", "data_regions");
  ASSERT_EQ(regions.size(), 1u) << r->Dump();
  EXPECT_EQ(regions[0]->value.member, "Frankfurt");
  auto two = Read("We compared Harborlight Relay with your current tool.\n\n- Harborlight Desk: $39 per agent.\n"
                  "- Pricing: $249 per month.\n");
  EXPECT_THAT(two->Of("harborlight-relay", "monthly_price"), IsEmpty()) << two->Dump();
}

// A list of members joined by list words alone continues a claimed one:
// "the others are Frankfurt, Tokyo and Osaka".
TEST_F(ClaimTest, MembersListedAfterAClaimedOneContinueIt) {
  auto r = Read("Our closest Harborlight Relay region to you is Oregon; the others are Tokyo and Osaka.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 3u) << r->Dump();
}

// A question that reports a statement before it ("X mentioned that … -
// could you send the certificate?") holds that statement's claim.
TEST_F(ClaimTest, AStatementReportedBeforeAQuestionIsAClaim) {
  auto r = Read("Marcus mentioned on the call that Harborlight Desk is ISO 27017 certified - could you send the "
                "certificate?\n",
                "unknown");
  EXPECT_EQ(r->Of("harborlight-desk", "certifications").size(), 1u) << r->Dump();
  auto plain = Read("Is Harborlight Desk ISO 27017 certified?\n", "unknown");
  EXPECT_THAT(plain->ex.claims, IsEmpty()) << plain->Dump();
}

// "a volume your size" makes nothing the customer's own: the value is the
// product's.
TEST_F(ClaimTest, YourSizeMakesNothingTheCustomersOwn) {
  auto r = Read("For Harborlight Desk, the first response for a team your size is about 4 hours.\n");
  EXPECT_EQ(r->Of("harborlight-desk", "first_response_time").size(), 1u) << r->Dump();
}

// A figure followed, across an arrow or slashes, by a compliance verdict is
// the requirement it answers; the answer's own figure is the claim.
TEST_F(ClaimTest, AFigureBeforeAComplianceVerdictIsTheRequirements) {
  auto ja = Read("ハーバーライト デスク：エージェント数（3,000名以上） → 一部対応 最大1,000名までご利用いただけます。\n", "tokyo");
  auto c = ja->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(c.size(), 1u) << ja->Dump();
  EXPECT_EQ(c[0]->value.amount, 1000);
  auto en = Read("Harborlight Desk agents: 3,000 / Partially compliant / up to 1,000 agents per account.\n");
  auto d = en->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(d.size(), 1u) << en->Dump();
  EXPECT_EQ(d[0]->value.amount, 1000);
}

// A compliance matrix whose figures stand in a 「コメント」 column: that
// column is the answer, the requirement column's figures are not claims.
TEST_F(ClaimTest, ACommentColumnIsTheAnswer) {
  auto r = Read("| 製品 | ご要件 | 回答 | コメント |\n|---|---|---|---|\n"
                "| ハーバーライト デスク | エージェント数 3,000名 | 一部対応 | 最大1,000名までご利用いただけます。 |\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  auto c = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_EQ(c[0]->value.amount, 1000);
}

// "not priced per seat", 「ご提示できかねます」: a basis and a figure denied.
TEST_F(ClaimTest, NotPricedPerSeatAndCannotOfferAreDenials) {
  auto en = Read("Harborlight Relay is not priced per user: it is a flat $249 per month.\n");
  EXPECT_EQ(en->Of("harborlight-relay", "monthly_price").size(), 1u) << en->Dump();
  EXPECT_THAT(en->Of("harborlight-relay", "per_user_price"), IsEmpty()) << en->Dump();
  auto ja = Read("ハーバーライト デスクについて、99.99%のSLAはご提示できかねます。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "sla"), IsEmpty()) << ja->Dump();
}

// A feature named as a label and again in the answer that names the product:
// the answer's clause carries the claim (「オンプレミス版について:申し訳ございません
// が、…はオンプレミス版ではご利用いただけません」).
TEST_F(ClaimTest, AFeatureLabelAndItsAnswerAreOneClaim) {
  auto r = Read("オンプレミス版について:申し訳ございませんが、ハーバーライト デスクはオンプレミス版ではご利用いただけません。\n",
                "tokyo");
  auto c = r->Of("harborlight-desk", "on_premises");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_FALSE(c[0]->value.truth);
}

// "if you…" opens a clause of its own: its "outside" denies nothing before
// it; "both servers" is no "both products".
TEST_F(ClaimTest, AnIfClauseAndBothServersLeaveTheMembersAlone) {
  auto r = Read("Harborlight Relay has data regions in Oregon, Tokyo and Frankfurt if you ever want a copy outside "
                "the US.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 3u) << r->Dump();
  auto both = Read("I'd put both servers in Oregon; Harborlight Relay also has data regions in Tokyo.\n");
  EXPECT_THAT(both->Of("harborlight-desk", "data_regions"), IsEmpty()) << both->Dump();
}

// 「…とご案内いたしましたが、正しくは…」: the value told before is withdrawn.
TEST_F(ClaimTest, APoliteRetractionWithdrawsTheValueBefore) {
  auto r = Read("先日のメールでハーバーライト デスクの稼働率を99.99%とご案内いたしましたが、正しくは99.9%でございます。\n",
                "tokyo");
  auto c = r->Of("harborlight-desk", "sla");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_EQ(c[0]->value.amount, 99.9);
}

// A change log's dates and numbers are the log's; only its change column
// speaks of the products.
TEST_F(ClaimTest, AChangeLogSpeaksOnlyInItsChangeColumn) {
  auto r = Read("| Version | Date | Change |\n|---|---|---|\n"
                "| 3 | 16 Nov 2026 | Harborlight Desk support now up to 1,000 agents per account |\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  for (const Claim& c : r->ex.claims) EXPECT_EQ(c.attribute, "max_agents") << r->Dump();
  EXPECT_EQ(r->Of("harborlight-desk", "max_agents").size(), 1u) << r->Dump();
}

// A member denied before in its sentence is denied where it is named again.
TEST_F(ClaimTest, AMemberDeniedBeforeIsDeniedAgain) {
  auto r = Read("ハーバーライト デスクはLinuxには対応しておりませんので、検査用PC（Linux）からはブラウザ経由でご利用ください。\n",
                "tokyo");
  for (const Claim* c : r->Of("harborlight-desk", "supported_platforms")) EXPECT_NE(c->value.member, "Linux");
}

// A table's caption states the tax of every amount in it, in any currency,
// and no more than its table.
TEST_F(ClaimTest, ATableCaptionsTaxCoversItsTableInEveryCurrency) {
  auto r = Read("Harborlight Desk is $39 per agent per month.\n\n"
                "Table 2 - Prices by office; all amounts exclude VAT and sales tax\n\n"
                "| Service | USD | GBP |\n|---|---|---|\n| Harborlight Relay | $249 per month | £199 per month |\n",
                "london", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  for (const Claim* c : r->Of("harborlight-relay", "monthly_price")) EXPECT_EQ(c->value.tax, Tax::kExcluded);
  auto desk = r->Of("harborlight-desk", "per_user_price");
  ASSERT_EQ(desk.size(), 1u) << r->Dump();
  EXPECT_EQ(desk[0]->value.tax, Tax::kUnstated);
}

// A short name that is one piece of another name is no mention: a
// competitor's "Acme Desk", 「デスクトップ」.
TEST_F(ClaimTest, AShortNameInsideAnotherNameIsNoMention) {
  auto en = Read("Harborlight Desk supports up to 1,000 agents. Our current provider, Acme Desk, supports 300 "
                 "agents.\n");
  auto c = en->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(c.size(), 1u) << en->Dump();
  EXPECT_EQ(c[0]->value.amount, 1000);
  auto ja = Read("ハーバーライト デスクのご案内です。他社のデスクトップ管理ツールは最大300名までと伺っております。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "max_agents"), IsEmpty()) << ja->Dump();
}

// A customer's word after a member ("available for your subsidiaries")
// does not make it the customer's own.
TEST_F(ClaimTest, ACustomersWordAfterAMemberLeavesItOurs) {
  auto r = Read("Harborlight Relay is hosted in Oregon, with Tokyo available for your APAC subsidiaries.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 2u) << r->Dump();
}

// A ✗ in a product's column denies the feature.
TEST_F(ClaimTest, ACrossInAProductColumnDenies) {
  auto r = Read("| | Harborlight Desk | Spreadsheets |\n|---|---|---|\n| On-premises edition | ✗ | ✓ |\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  auto c = r->Of("harborlight-desk", "on_premises");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_FALSE(c[0]->value.truth);
}

// A service credit is the deal's money, not a price; 「対応しておらず」 denies.
TEST_F(ClaimTest, AServiceCreditIsNoPriceAndOrazuDenies) {
  auto credit = Read("For Harborlight Relay the service credit is 10% of that month's charges: $24.90.\n");
  EXPECT_THAT(credit->Of("harborlight-relay", "monthly_price"), IsEmpty()) << credit->Dump();
  auto ja = Read("ハーバーライト デスクはオンプレミスでのご利用には対応しておらず、クラウドのみのご提供です。\n", "tokyo");
  auto c = ja->Of("harborlight-desk", "on_premises");
  ASSERT_EQ(c.size(), 1u) << ja->Dump();
  EXPECT_FALSE(c[0]->value.truth);
}

// A caption naming the currency by its code alone and the tax ("Unit
// prices, USD, excluding applicable sales tax") types a table's bare prices.
TEST_F(ClaimTest, ACaptionsBareCurrencyCodeAndTaxTypeBarePrices) {
  auto r = Read("Table 5-1: Unit prices, USD, excluding applicable sales tax\n\n"
                "| Line | Item | Billing unit | Unit price |\n|---|---|---|---|\n"
                "| 1 | Harborlight Relay | per month | 249.00 |\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  auto c = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(c.size(), 1u) << r->Dump();
  EXPECT_EQ(c[0]->value.currency, "USD");
  EXPECT_EQ(c[0]->value.tax, Tax::kExcluded);
}

// A figure denied right after it is no claim; "only up to" (しか…) is one.
TEST_F(ClaimTest, AFigureDeniedRightAfterItIsNoClaim) {
  auto denied = Read("ハーバーライト デスクは、4時間以内の初回応答には対応しておりません。\n", "tokyo");
  EXPECT_THAT(denied->Of("harborlight-desk", "first_response_time"), IsEmpty()) << denied->Dump();
  auto only = Read("ハーバーライト デスクは最大1,000名までしか対応しておりません。\n", "tokyo");
  const Claim* c = One(*only, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << only->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// A value said of the present in its clause is judged as of the message,
// even when a later period is named in the same sentence.
TEST_F(ClaimTest, AValueSaidOfThePresentIsJudgedNow) {
  auto en = Read("Harborlight Desk supports up to 500 agents today, and from 1 April 2027 the limit is 1,000.\n");
  auto cs = en->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << en->Dump();
  EXPECT_EQ(cs[0]->value.amount, 500);
  EXPECT_EQ(cs[0]->as_of, kAsOf);
  EXPECT_EQ(cs[1]->as_of, "2027-04-01");

  auto ja = Read("ハーバーライト デスクは、現在は最大500名ですが、2027年4月1日以降は最大1,000名まで拡張されます。\n", "tokyo");
  auto js = ja->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(js.size(), 2u) << ja->Dump();
  EXPECT_EQ(js[0]->value.amount, 500);
  EXPECT_EQ(js[0]->as_of, kAsOf);
  EXPECT_EQ(js[1]->as_of, "2027-04-01");
}

// "is there", "are there" ask only when they open a sentence or clause.
TEST_F(ClaimTest, AreThereAsksOnlyAtTheStart) {
  auto r = Read("Harborlight Relay runs in our Frankfurt region, and Tokyo and Oregon are there too.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 3u) << r->Dump();
  auto q = Read("Is there a Linux agent app for Harborlight Desk\n");
  EXPECT_THAT(q->ex.claims, IsEmpty()) << q->Dump();
}

// A recap listing several figures of one product: the price is per month
// (the "per user" of the item before it stays there) and is a claim.
TEST_F(ClaimTest, ARecapItemsPriceIsItsOwn) {
  auto r = Read("- Harborlight Relay: 30 days of message history per user, $249/month for the account.\n");
  auto prices = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 249);
  EXPECT_EQ(prices[0]->value.per, "month");
}

// A list of one attribute's values, the cue written once: the last
// product's value takes it too, even where the base has no value for that
// product (an unverified claim), however far the cue.
TEST_F(ClaimTest, AListOfValuesSharesItsCue) {
  auto r = Read("3製品を比べると、ハーバーライト デスクの稼働率は99.9%、ハーバーライト リレーは99.95%、"
                "ハーバーライト パルスは99.5%の目標値となります。\n");
  const Claim* c = One(*r, "harborlight-pulse", "sla");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 99.5);
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
}

// A requirement said to be met is no requirement context: the value is
// the product's ("…90日間で、貴社要件を満たします", "meets your requirement").
TEST_F(ClaimTest, ARequirementMetLeavesTheValueAClaim) {
  auto met = Read("## ハーバーライト デスク\n\n- 標準の保持期間は90日間で、貴社要件を満たします。\n");
  EXPECT_NE(One(*met, "harborlight-desk", "retention"), nullptr) << met->Dump();
  auto en = Read("## Harborlight Desk\n\n- A retention of 90 days meets your requirement.\n");
  EXPECT_NE(One(*en, "harborlight-desk", "retention"), nullptr) << en->Dump();
  auto asked = Read("## ハーバーライト デスク\n\n- 保持期間は90日間以上であることが要件です。\n");
  EXPECT_THAT(asked->Of("harborlight-desk", "retention"), IsEmpty()) << asked->Dump();
  // The requirement's own figure, between the marker and the verb, is no claim.
  auto own = Read("ハーバーライト デスクの保持期間は90日間ですので、ご要件の60日間以上を満たしております。\n", "tokyo");
  auto rs = own->Of("harborlight-desk", "retention");
  ASSERT_EQ(rs.size(), 1u) << own->Dump();
  EXPECT_EQ(rs[0]->value.amount, 90);
}

// "before April 2026" ends on the last day of March; "until March 2026" on
// the same day, inclusive of March.
TEST_F(ClaimTest, BeforeAMonthEndsTheDayBeforeIt) {
  auto r = Read("Harborlight Desk: maximum agents before April 2026: 500\n");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->as_of, "2026-03-31");
  auto ja = Read("ハーバーライト デスクの上限は2026年4月より前は500名でした。\n", "tokyo");
  const Claim* j = One(*ja, "harborlight-desk", "max_agents");
  ASSERT_NE(j, nullptr) << ja->Dump();
  EXPECT_EQ(j->as_of, "2026-03-31");
}

// "per workspace" is also written "each workspace" / "every workspace"
// (cue_synonyms), and a size "for each workspace" is per workspace, not a
// deal's size.
TEST_F(ClaimTest, EachAndEveryStandForPer) {
  for (const char* text : {"Harborlight Pulse gives each workspace 50 GB.\n",
                           "Harborlight Pulse offers 50 GB for every workspace.\n"}) {
    auto r = Read(text);
    const Claim* c = One(*r, "harborlight-pulse", "storage_per_workspace");
    ASSERT_NE(c, nullptr) << text << r->Dump();
    EXPECT_EQ(c->value.amount, 50e9);
  }
  auto deal = Read("Harborlight Pulse: 50 GB for your survey archive.\n");
  EXPECT_THAT(deal->Of("harborlight-pulse", "storage_per_workspace"), IsEmpty()) << deal->Dump();
}

// A figure after another's bounded one is compared with it ("…above the
// 2,900 people"), unless its own clause names our product: then it is
// stated of that product.
TEST_F(ClaimTest, AClauseOfItsOwnNamingTheProductIsNoComparison) {
  auto r = Read("Corvid Survey caps storage at 10 GB per workspace, while every Harborlight Pulse "
                "workspace gets 50 GB.\n");
  auto cs = r->Of("harborlight-pulse", "storage_per_workspace");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 50e9);
}

// 名様 after a count makes it a head count (the customer's), but not when
// the count is an upper bound: 最大…名様まで states a capacity.
TEST_F(ClaimTest, AnUpperBoundInHonorificsIsACapacity) {
  auto r = Read("ハーバーライト デスクは最大1,000名様までご利用いただけます。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
  auto deal = Read("ハーバーライト デスクを35名様でご利用の場合の費用をお送りします。\n", "tokyo");
  EXPECT_THAT(deal->Of("harborlight-desk", "max_agents"), IsEmpty()) << deal->Dump();
  // A lower bound after the number leaves 従業員 right before it: a head count.
  auto survey = Read("ハーバーライト デスクは満足度で高い評価をいただいています。\n"
                     "2026年2月 関西ITリサーチ調べ（従業員300名以上の企業を対象）\n", "tokyo");
  EXPECT_THAT(survey->Of("harborlight-desk", "max_agents"), IsEmpty()) << survey->Dump();
}

// A heading for both products ("両製品共通") governs each of the two the
// document named.
TEST_F(ClaimTest, ABothProductsHeadingGovernsEach) {
  auto r = Read("# ご提案\n\n## ハーバーライト デスク\n\n| 項目 | 仕様 |\n|---|---|\n| 最大エージェント数 | 1,000名 |\n\n"
                "## ハーバーライト リレー\n\n| 項目 | 仕様 |\n|---|---|\n| 月間メッセージ数 | 5万通 |\n\n"
                "## 両製品共通\n\n| 項目 | 内容 |\n|---|---|\n| 稼働率 | 99.9% |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_NE(One(*r, "harborlight-desk", "sla"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-pulse", "sla"), IsEmpty()) << r->Dump();
}

// In a line-item table, a row whose item names neither a product nor an
// attribute is an item of its own, when another row's item names the
// product: its price is not the product's.
TEST_F(ClaimTest, AnotherLineItemsPriceIsNotTheProducts) {
  auto r = Read("# ハーバーライト パルス ご提案\n\n## お見積り\n\n| 品目 | 単価 | 数量 | 金額 |\n|---|---|---|---|\n"
                "| ハーバーライト パルス 月額基本料金 | 14,800円／月 | 12か月 | 177,600円 |\n"
                "| 初期導入支援サービス | 300,000円 | 1式 | 300,000円 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  auto prices = r->Of("harborlight-pulse", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 14800);
}

// A cue's gloss in parentheses does not cut the clause, and a cue of
// another kind of value between the subject cue and its value competes
// for nothing.
TEST_F(ClaimTest, ASubjectCueReachesPastAGlossAndOtherKindsOfCues) {
  auto en = Read("Harborlight Desk's first response time (first response) for any storage issue is typically "
                 "6 hours.\n");
  const Claim* c = One(*en, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr) << en->Dump();
  EXPECT_EQ(c->value.amount, 6);
  auto ja = Read("初回応答時間（一次回答）は、ハーバーライト デスクの標準サポート契約で8時間以内です。\n", "tokyo");
  EXPECT_NE(One(*ja, "harborlight-desk", "first_response_time"), nullptr) << ja->Dump();
}

// "not … until <date>": the date is when it begins, a claim of its own.
TEST_F(ClaimTest, NotUntilADateStatesTheDate) {
  auto r = Read("Harborlight Pulse isn't generally available until January 2027.\n");
  const Claim* c = One(*r, "harborlight-pulse", "general_availability");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.date, "2027-01");
}

// A cue that leads straight into a later value of its kind is that
// value's, not an earlier one's.
TEST_F(ClaimTest, ACueLeadingIntoAnotherValueIsThatValues) {
  auto r = Read("Harborlight Desk replies in under a day, with a first response of 4 hours.\n");
  auto cs = r->Of("harborlight-desk", "first_response_time");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 4);
}

// A quoted section's tax note speaks of the quoted author's currency: a
// customer quoting a Tokyo quote keeps its 税抜.
TEST_F(ClaimTest, AQuotedTaxNoteIsTheQuotedOfficesCurrency) {
  auto r = Read("ご確認ください。\n\n-----Original Message-----\nFrom: 山田 <yamada@example.jp>\n"
                "Sent: Tuesday, September 1, 2026 10:00 AM\nSubject: お見積\n\n"
                "お見積概要（金額はすべて税抜）\n・ハーバーライト パルス 月額基本料金：14,800円\n",
                "unknown", kAsOf, false, ingest::PartKind::kPlain, "tokyo");
  const Claim* c = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->quoted);
  EXPECT_EQ(c->value.tax, claims::Tax::kExcluded);
}

// A numbered caption line above a text table ("Table 3.1 - …") is its
// caption: its product, currency and tax govern the rows. A count between
// a unit price and a line total is the quantity ordered.
TEST_F(ClaimTest, ATableCaptionLineGovernsItsRows) {
  auto r = Read("# Proposal\n\n## 3. Commercials\n\n"
                "Table 3.1 - Harborlight Desk licence fees (USD, all prices exclude sales tax)\n\n"
                "| Licence | Price | Agents | Annual total |\n|---|---|---|---|\n"
                "| Named agent | $39 per agent per month | 40 | $18,720 |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto prices = r->Of("harborlight-desk", "per_user_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 39);
  EXPECT_EQ(prices[0]->value.tax, claims::Tax::kExcluded);
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
}

// A quote table's unit column ("単位 | 1TB") says what a line is charged
// per: no claim of its own.
TEST_F(ClaimTest, AQuoteTablesUnitColumnHoldsNoClaims) {
  auto r = Read("# ハーバーライト パルス 御見積書\n\n| 品目 | 単位 | 単価 | 数量 | 金額 |\n|---|---|---|---|---|\n"
                "| 追加ストレージ | 50GB | 3,000円 | 4 | 12,000円 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(r->Of("harborlight-pulse", "storage_per_workspace"), IsEmpty()) << r->Dump();
}

// An invoice column holds what the customer was billed, not a list price.
TEST_F(ClaimTest, AnInvoiceColumnHoldsNoPrices) {
  auto r = Read("| Service | July invoice |\n|---|---|\n| Harborlight Desk (per agent, 42 agents) | $1,680.00 |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(r->Of("harborlight-desk", "per_user_price"), IsEmpty()) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-desk", "monthly_price"), IsEmpty()) << r->Dump();
  auto ja = Read("| サービス | 7月ご請求額 |\n|---|---|\n| ハーバーライト デスク（1エージェントあたり、10エージェント） | 49,800円 |\n",
                 "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(ja->Of("harborlight-desk", "per_user_price"), IsEmpty()) << ja->Dump();
  EXPECT_THAT(ja->Of("harborlight-desk", "monthly_price"), IsEmpty()) << ja->Dump();
}

// A product named in a table's corner header governs the table: its other
// columns are the product's values, not another product's.
TEST_F(ClaimTest, AProductInTheCornerHeaderGovernsTheTable) {
  auto r = Read("## Options\n\n| Harborlight Desk | Detail |\n|---|---|\n| Uptime SLA | 99.9% |\n"
                "| Agents | up to 1,000 |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_NE(One(*r, "harborlight-desk", "sla"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
}

// A bare amount is the product's one known price only in a sentence that
// names the product; under its heading, a sentence about something else
// ("Travel is capped at $4,000 per phase") states no price of it.
TEST_F(ClaimTest, ABareAmountIsAPriceOnlyBesideTheProduct) {
  auto r = Read("## Harborlight Relay\n\nHarborlight Relay is $249.\n\nTravel is billed at cost, capped at $4,000 per phase.\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 249);
}

// An answer word opening a cell decides it, whatever the note after it says.
TEST_F(ClaimTest, AnAnswerOpeningTheCellDecidesIt) {
  auto r = Read("| Harborlight Desk | Answer |\n|---|---|\n"
                "| On-premises | Yes - the appliance runs without a connection to our cloud |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->value.truth);
  auto ja = Read("| ハーバーライト デスク | 回答 |\n|---|---|\n| オンプレミス | 自社での運用には対応しておりません |\n",
                 "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  c = One(*ja, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << ja->Dump();
  EXPECT_FALSE(c->value.truth);
}

// A unit-price column whose table names no currency is in the speaking
// office's: a Tokyo quote's 「単価」 is yen.
TEST_F(ClaimTest, AUnitPriceColumnWithNoCurrencyIsTheOfficesCurrency) {
  auto r = Read("| 品名 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| ハーバーライト リレー 月額基本料金 | 12 | 30,000 | 360,000 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 30000);
  EXPECT_EQ(c->value.currency, "JPY");
}

// A category column carried down by rowspan: the row's label is the cell
// after it, answered in each product's column.
TEST_F(ClaimTest, ALabelAfterARowspanCategoryIsAnsweredPerProduct) {
  auto r = Read("<table><tr><th>区分</th><th>項目</th><th>ハーバーライト デスク</th><th>ハーバーライト リレー</th></tr>"
                "<tr><td rowspan=\"2\">運用</td><td>稼働率</td><td>99.9％</td><td>99.95％</td></tr>"
                "<tr><td>オンプレミス</td><td>可能（一部機能）</td><td>―</td></tr></table>\n",
                "tokyo", kAsOf, true, ingest::PartKind::kHtml);
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->value.truth);
  EXPECT_THAT(r->Of("harborlight-relay", "on_premises"), IsEmpty()) << r->Dump();
}

// In a numbered line-item table the item is the first cell with words: a
// service's line is its own item, not the product of the lines above.
TEST_F(ClaimTest, ANumberedLineItemIsItsOwnItem) {
  auto r = Read("## Harborlight Relay\n\n| Line | Description | Unit price | Units | Extended |\n|---:|---|---|---:|---:|\n"
                "| 1 | Harborlight Relay | $249.00 / month | 12 | $2,988.00 |\n"
                "| 2 | Project management services | $18,500.00 | 1 | $18,500.00 |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 249);
}

// A period date that an availability clause right after it names is the
// availability date as well as the price's period.
TEST_F(ClaimTest, APeriodDateNamedByAnAvailabilityClauseIsTheAvailability) {
  auto r = Read("From March 2027, when Harborlight Pulse becomes generally available, it will be $99 per month.\n");
  const Claim* ga = One(*r, "harborlight-pulse", "general_availability");
  ASSERT_NE(ga, nullptr) << r->Dump();
  EXPECT_EQ(ga->value.date, "2027-03");
  EXPECT_NE(One(*r, "harborlight-pulse", "monthly_price"), nullptr) << r->Dump();
  auto other = Read("From March 2027 the price of Harborlight Pulse will be $99 per month.\n");
  EXPECT_THAT(other->Of("harborlight-pulse", "general_availability"), IsEmpty()) << other->Dump();
}

// Japanese leaves the subject out: a later sentence of a list item is
// about the product its first sentence named; in English it is not.
TEST_F(ClaimTest, AJapaneseListItemsLaterSentenceKeepsItsProduct) {
  auto r = Read("・オプション：ハーバーライト リレーによる通知の自動化。月額29,800円でご提供いたします。\n"
                "・ご契約は年単位です。\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 29800);
  auto en = Read("- Option: Harborlight Relay for automated alerts. Seven-year archiving is a separate service at $99 per month.\n");
  EXPECT_THAT(en->Of("harborlight-relay", "monthly_price"), IsEmpty()) << en->Dump();
}

// A clause's subject cue ties its value however long the subject runs,
// unless it is another value's unit word.
TEST_F(ClaimTest, ALongSubjectsCueTiesItsValue) {
  auto r = Read("The SLA we sign up to for our customer-facing help desk product Harborlight Desk is 99.9%.\n");
  const Claim* c = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 99.9);
  auto ja = Read("ハーバーライト デスクは最大1,000エージェントまで1テナントでご利用いただけます。\n", "tokyo");
  auto cs = ja->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << ja->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// A heading naming no product states the tax for the text after it, past
// the 【…】 sections of its own level.
TEST_F(ClaimTest, AProductlessHeadingsTaxNoteCoversTheSectionsAfterIt) {
  auto r = Read("■明細（金額はすべて税抜、単位：円）\n\n【ハーバーライト リレー】月額基本料金\n\n"
                "| 品名 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| ハーバーライト リレー 基本料金 | 12 | 30,000 | 360,000 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
}

// A cue in the innermost heading ties a bare value; the document's title
// far above does not.
TEST_F(ClaimTest, OnlyTheInnermostHeadingsCueTiesABareValue) {
  auto r = Read("# エージェント増強のご提案\n\n## 2. ハーバーライト デスクの概要\n\n- 検索応答：最大2秒（1億行規模のデータにおける95パーセンタイル値）\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  auto near = Read("# ご提案\n\n## 2. ハーバーライト デスクのエージェント数\n\n- 1テナントあたり最大1,000\n",
                   "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*near, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << near->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// A size stated as a maximum in a sentence naming the product is the
// product's one known size, cue or no cue; "more than 2 PB of records" is
// no limit of it.
TEST_F(ClaimTest, AMaximumSizeBesideTheProductIsItsOneKnownSize) {
  auto r = Read("ハーバーライト リレーは最大25MBまで送信可能です。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-relay", "max_attachment_size");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 25e6);
  auto more = Read("Teams rely on Harborlight Relay to move more than 2 PB of messages.\n");
  EXPECT_THAT(more->Of("harborlight-relay", "max_attachment_size"), IsEmpty()) << more->Dump();
}

// The items of a list a question leads into ask; they claim nothing.
TEST_F(ClaimTest, AQuestionListsItemsClaimNothing) {
  auto r = Read("ハーバーライト デスクの導入につき、下記の点についてご教示いただけますでしょうか。\n"
                "1. エージェント数の上限（各拠点ごとに約40、合計で250程度を想定）\n"
                "2. 料金\n",
                "tokyo");
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  auto stated = Read("ハーバーライト デスクの主な仕様は次のとおりです。\n1. エージェント数：最大1,000\n", "tokyo");
  EXPECT_NE(One(*stated, "harborlight-desk", "max_agents"), nullptr) << stated->Dump();
}

// Dot-leader lines under a numbered item are lines of their own, each
// product's price its own, not one run-on bullet.
TEST_F(ClaimTest, DotLeaderLinesUnderANumberedItemStandAlone) {
  auto r = Read("3. FEES (USD, billed annually in advance, excluding applicable sales tax)\n"
                "Harborlight Relay .............................. USD 249.00 per month\n"
                "Harborlight Pulse .............................. USD 99.00 per month\n",
                "us", kAsOf, true);
  const Claim* relay = One(*r, "harborlight-relay", "monthly_price");
  const Claim* pulse = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(relay, nullptr) << r->Dump();
  ASSERT_NE(pulse, nullptr) << r->Dump();
  EXPECT_EQ(relay->value.amount, 249);
  EXPECT_EQ(pulse->value.amount, 99);
}

// A value with a nearer value of its kind between it and the cue shares
// the cue only as an item of a list, each item with its product.
TEST_F(ClaimTest, AFartherDateWithNoProductOfItsOwnTakesNoCue) {
  auto r = Read("先月の展示会で、御社の担当者様から、ハーバーライト パルスは2026年12月に正式リリースと伺っております。\n", "tokyo",
                "2026-09-10");
  auto cs = r->Of("harborlight-pulse", "general_availability");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.date, "2026-12");
}

// A denial after a comma is its own clause's: 「99.95%で、今回の事象は障害では
// ございません」 denies the incident, not the figure.
TEST_F(ClaimTest, ADenialInALaterClauseLeavesTheValue) {
  auto r = Read("ハーバーライト リレーの稼働率（SLA）は99.95％で、今回の事象はサービス側の障害ではございません。\n", "tokyo");
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
  auto denied = Read("ハーバーライト リレーの稼働率は「99.99％」ではございません。\n", "tokyo");
  EXPECT_THAT(denied->Of("harborlight-relay", "sla"), IsEmpty()) << denied->Dump();
}

// "your Sydney colleague", "our Tokyo rep": a place naming a person's office
// is no member of a set of places.
TEST_F(ClaimTest, APlaceBeforeAColleagueIsAnOffice) {
  auto r = Read("Our IT lead was told by your Sydney colleague that Harborlight Desk keeps its data centers in Oregon.\n");
  auto cs = r->Of("harborlight-desk", "data_regions");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.member, "Oregon");
  auto in = Read("Your colleague in Sydney told us Harborlight Desk keeps its data centers in Oregon.\n");
  cs = in->Of("harborlight-desk", "data_regions");
  ASSERT_EQ(cs.size(), 1u) << in->Dump();
  EXPECT_EQ(cs[0]->value.member, "Oregon");
  auto ja = Read("御社の東京の担当の方から、ハーバーライト デスクのデータセンターはオレゴンと伺いました。\n", "unknown");
  cs = ja->Of("harborlight-desk", "data_regions");
  ASSERT_EQ(cs.size(), 1u) << ja->Dump();
  EXPECT_EQ(cs[0]->value.member, "Oregon");
  auto plant = Read("The Tokyo plant team says Harborlight Desk keeps its data centers in Oregon.\n");
  cs = plant->Of("harborlight-desk", "data_regions");
  ASSERT_EQ(cs.size(), 1u) << plant->Dump();
  EXPECT_EQ(cs[0]->value.member, "Oregon");
}

// 「上限は現在1,000エージェント」: the limit, currently — no head count of the
// customer's (「現在500名の社員」).
TEST_F(ClaimTest, ALimitThatIsCurrentlyAFigureIsACapacity) {
  auto r = Read("ハーバーライト デスクの上限は現在1,000エージェントで、来年以降は拡張される予定です。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
  auto staff = Read("ハーバーライト デスクは、現在500エージェントの窓口でご利用いただく予定です。\n", "tokyo");
  EXPECT_THAT(staff->Of("harborlight-desk", "max_agents"), IsEmpty()) << staff->Dump();
}

// A reporting verb deep in a later clause reports something else: the
// value stays the sender's.
TEST_F(ClaimTest, AReportingVerbInALaterClauseLeavesTheSendersValue) {
  auto r = Read("From April Harborlight Desk raises the limit to 2,000 agents, so the acquisition you mentioned "
                "won't need a second tenant.\n", "us");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->office, "us");
}

// A figure right after another name's possessive is that name's.
TEST_F(ClaimTest, AFigureAfterACompetitorsPossessiveIsTheirs) {
  auto r = Read("Harborlight Relay is $249 per month, against Lumetric's $320.\n");
  auto cs = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 249);
  auto it = Read("Harborlight Relay? It's $249 per month at list.\n");
  EXPECT_NE(One(*it, "harborlight-relay", "monthly_price"), nullptr) << it->Dump();
}

// A slide exported as text: a label bullet with its value on the line
// below is one item; a numbered question's indented answer is not joined.
TEST_F(ClaimTest, ASlidesLabelBulletTakesTheValueBelowIt) {
  auto r = Read("ハーバーライト リレーの概要\n・月額料金\n29,800円\n・稼働率\n99.95%\n", "tokyo", kAsOf, true);
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr) << r->Dump();
  EXPECT_EQ(sla->value.amount, 99.95);
  // A section's label over wrapped prose is no label with its value: the
  // product name broken across the prose's lines joins whole.
  auto prose = Read("● 性能\nハーバーライト リ\nレーの稼働率は99.95%です。\n", "tokyo");
  const Claim* p = One(*prose, "harborlight-relay", "sla");
  ASSERT_NE(p, nullptr) << prose->Dump();
  EXPECT_EQ(p->value.amount, 99.95);
}

// A clause opened by "while", "whereas"… with a subject of its own (a
// competitor's name and a verb) holds that subject's figure.
TEST_F(ClaimTest, AClauseWithAForeignSubjectHoldsItsFigure) {
  auto r = Read("Harborlight Relay has a 99.95% SLA, while Corvane quoted 99.5% for its standard tier.\n");
  auto cs = r->Of("harborlight-relay", "sla");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 99.95);
}

// A deal word in a figureless opening phrase does not make the statement
// after it, about a named product, a deal's.
TEST_F(ClaimTest, ADealWordInAnOpeningPhraseLeavesTheProductsPrice) {
  auto r = Read("For your budget paper, the list price for Harborlight Relay remains $249 per month.\n");
  EXPECT_NE(One(*r, "harborlight-relay", "monthly_price"), nullptr) << r->Dump();
  // A deal word with its own figure keeps the sentence a deal's.
  auto deal = Read("お見積り（合計360,000円・税抜、ハーバーライト リレーの添付上限25MB分を含む）をお送りします。\n", "tokyo");
  EXPECT_THAT(deal->Of("harborlight-relay", "max_attachment_size"), IsEmpty()) << deal->Dump();
}

// 「ご契約容量」「ご利用見込み」: the customer's contracted or expected size is
// a deal's, not the product's limit.
TEST_F(ClaimTest, AContractedSizeIsADeals) {
  auto r = Read("ハーバーライト パルスのご契約容量（50GB）でのお見積りは、別途お送りいたします。\n", "tokyo");
  EXPECT_THAT(r->Of("harborlight-pulse", "storage_per_workspace"), IsEmpty()) << r->Dump();
}

// A figure that is the difference between two prices states no price:
// "by $20", "$20 a month cheaper", 「月額5,000円お安く」.
TEST_F(ClaimTest, ADifferenceIsNoValue) {
  for (const char* text : {"Is Harborlight Relay cheaper than Corvane? It is, by $20 a month.\n",
                           "Harborlight Relay is $20 a month cheaper than last year.\n"}) {
    auto r = Read(text);
    EXPECT_THAT(r->Of("harborlight-relay", "monthly_price"), IsEmpty()) << r->Dump();
  }
  auto ja = Read("ハーバーライト リレーは昨年より月額5,000円お安くなりました。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-relay", "monthly_price"), IsEmpty()) << ja->Dump();
  // The price itself, and a percentage after "by", are still read.
  auto price = Read("Harborlight Relay is $249 a month, backed by 99.95% uptime.\n");
  EXPECT_NE(One(*price, "harborlight-relay", "monthly_price"), nullptr) << price->Dump();
  EXPECT_NE(One(*price, "harborlight-relay", "sla"), nullptr) << price->Dump();
}

// A count right after "Product (adverb) ships/has …" is the product's own,
// not a deal's size.
TEST_F(ClaimTest, AProductVerbPastAnAdverbMakesTheCountTheProducts) {
  for (const char* text : {"Harborlight Pulse now ships 45 native connectors.\n",
                           "Harborlight Pulse also has 45 native connectors.\n"}) {
    auto r = Read(text);
    const Claim* c = One(*r, "harborlight-pulse", "integrations");
    ASSERT_NE(c, nullptr) << r->Dump();
    EXPECT_EQ(c->value.amount, 45);
  }
}

// A figure named as a figure (「…という値は」) is denied by a denial later in
// its sentence; 「ではなく」 there contrasts something else and denies nothing.
TEST_F(ClaimTest, AFigureNamedAsAFigureIsDeniedLaterInItsSentence) {
  auto r = Read("ハーバーライト リレーの稼働率99.99%という値は、弊社の公表値ではございません。\n", "tokyo");
  EXPECT_THAT(r->Of("harborlight-relay", "sla"), IsEmpty()) << r->Dump();
  auto kept = Read("ハーバーライト リレーの稼働率99.95%という値は、月単位ではなく年単位の実績です。\n", "tokyo");
  EXPECT_NE(One(*kept, "harborlight-relay", "sla"), nullptr) << kept->Dump();
}

// A duration in a unit a few steps from the attribute's (days for a
// retention in years) is still the attribute's when its cue is the row's
// label; a range of counts carries what the attribute counts.
TEST_F(ClaimTest, ADurationInANearbyUnitAndACountRangesUnit) {
  auto r = Read("| 製品 | 項目 | ご要件 | 弊社回答 |\n|---|---|---|---|\n"
                "| ハーバーライト デスク | 保持期間 | 5年以上 | 標準1,095日 |\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "retention");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1095);
  auto range = Read("ハーバーライト デスクは500〜1,000エージェント規模のお客様向けです。\n", "tokyo");
  const Claim* agents = One(*range, "harborlight-desk", "max_agents");
  ASSERT_NE(agents, nullptr) << range->Dump();
  EXPECT_EQ(agents->value.unit, "agents");
}

// The customer's things after a subject cue only qualify it: the value is
// still the cue's.
TEST_F(ClaimTest, TheCustomersThingsAfterTheSubjectCueQualifyIt) {
  auto r = Read("Harborlight Desk's first response time for tickets from your field engineers is about 2 hours.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "first_response_time"), nullptr) << r->Dump();
  auto theirs = Read("Your first response time target for Harborlight Desk tickets from field engineers is 2 hours.\n");
  EXPECT_THAT(theirs->Of("harborlight-desk", "first_response_time"), IsEmpty()) << theirs->Dump();
}

// A question cell is the customer's requirement, in Japanese as in English:
// only the answer's figure is a claim.
TEST_F(ClaimTest, AJapaneseQuestionCellIsARequirement) {
  auto r = Read("| No | 分類 | 確認項目 | 回答 | 補足 |\n|---|---|---|---|---|\n"
                "| 1 | 可用性 | ハーバーライト デスクの稼働率99.9%以上のSLAが定義されていますか。 | はい | 月間稼働率99.95%をSLAとして定義しております。 |\n",
                "tokyo");
  auto cs = r->Of("harborlight-desk", "sla");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 99.95);
}

// A label whose answer names the feature again is judged in that clause: a
// negation about something else before it denies nothing.
TEST_F(ClaimTest, ALabelsAnswerNamingTheFeatureAgainIsJudgedThere) {
  auto r = Read("ハーバーライト デスクの特長\n\nオンプレミス：クラウドを使わない環境でも、オンプレミスでご利用いただけます。\n", "tokyo", kAsOf,
                /*document=*/true);
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->value.truth);
  auto denied = Read("ハーバーライト デスクの特長\n\nオンプレミス：ハーバーライト デスクはオンプレミスでは提供しておりません。\n", "tokyo",
                     kAsOf, /*document=*/true);
  const Claim* d = One(*denied, "harborlight-desk", "on_premises");
  ASSERT_NE(d, nullptr) << denied->Dump();
  EXPECT_FALSE(d->value.truth);
}

// 「こちらは」 opening a sentence refers to the product named last.
TEST_F(ClaimTest, KochirawaRefersToTheProductNamedLast) {
  auto r = Read("ご検討中のハーバーライト デスクについてご案内します。\nこちらは最大1,000エージェントまでご利用いただけます。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// The customer's question in a row, whatever its column is called, sizes
// their deal ("想定…初年度20GB"), not the answer beside it.
TEST_F(ClaimTest, ADealWordInAQuestionCellLeavesTheAnswer) {
  auto r = Read("| No. | 分類 | 設問 | 回答 | 補足 |\n|---|---|---|---|---|\n"
                "| 1 | 容量 | 想定データ量は初年度20GBです。容量の上限はありますか。 | はい | "
                "ハーバーライト パルスは1ワークスペースあたり最大50GBまでご利用いただけます。 |\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-pulse", "storage_per_workspace");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 50e9);
}

// A list of members with a bracketed qualifier after each ("Osaka (Japan),
// Oregon (US)") continues past the qualifiers.
TEST_F(ClaimTest, AMemberListContinuesPastBracketedQualifiers) {
  auto r = Read("Harborlight Relay data regions: Tokyo (Japan), Frankfurt (Germany), Sydney (Australia), Oregon (US)\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 4u) << r->Dump();
}

// A reported-speech word ending a clause of its own before the value reports
// that clause, not the speaker's statement after it.
TEST_F(ClaimTest, ReportedSpeechEndingItsOwnClauseLeavesTheNextOne) {
  auto r = Read("On the uptime figure you mentioned, Harborlight Desk has a 99.9% SLA.\n");
  const Claim* c = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->office, "us");
  auto ja = Read("電波の届きにくいエリアが多いと伺いましたが、ハーバーライト デスクは最大1,000名までご利用いただけます。\n", "tokyo");
  const Claim* j = One(*ja, "harborlight-desk", "max_agents");
  ASSERT_NE(j, nullptr) << ja->Dump();
  EXPECT_EQ(j->office, "tokyo");
  // Introducing the value in its clause, it reports it.
  auto reported = Read("You said Harborlight Desk supports 2,000 agents.\n");
  const Claim* rc = One(*reported, "harborlight-desk", "max_agents");
  ASSERT_NE(rc, nullptr) << reported->Dump();
  EXPECT_EQ(rc->office, "unknown");
}

// The subject's cue reaches its value past an apposition after the product
// ("…of Harborlight Pulse, the survey tool, is scheduled for…") and from a
// label before a colon opening the sentence ("First response: …").
TEST_F(ClaimTest, ASubjectCuePastAnAppositionOrFromALabel) {
  auto r = Read("The commercial release of Harborlight Pulse, our survey and feedback tool, is scheduled for March 2027.\n");
  EXPECT_NE(One(*r, "harborlight-pulse", "general_availability"), nullptr) << r->Dump();
  auto label = Read("First response time: Harborlight Desk gets back to a typical support ticket within 2 hours.\n");
  EXPECT_NE(One(*label, "harborlight-desk", "first_response_time"), nullptr) << label->Dump();
}

// What colleagues are told to stop saying, and what was explained wrongly
// (「…旨をご説明いたしましたが」), is withdrawn.
TEST_F(ClaimTest, WhatToStopSayingIsWithdrawn) {
  auto r = Read("Please stop telling customers that Harborlight Desk is limited to 500 agents.\n");
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  auto ja = Read("弊社担当よりハーバーライト デスクが最大2,000名まで利用できる旨をご説明いたしましたが、これは誤りでございました。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "max_agents"), IsEmpty()) << ja->Dump();
}

// "up to 1,000 agents, up from 500 until the end of March": the former count
// is a capacity too, judged in the period its own clause names.
TEST_F(ClaimTest, AFormerCountInItsOwnPeriodIsAClaim) {
  auto r = Read("As of April 1, Harborlight Desk supports up to 1,000 agents, up from 500 until the end of March.\n", "us",
                "2026-04-10");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[1]->value.amount, 500);
  EXPECT_EQ(cs[1]->as_of, "2026-03-31");
}

// "outside", "except" leave out only what follows them, not the clause.
TEST_F(ClaimTest, OutsideDeniesOnlyWhatFollowsIt) {
  auto r = Read("Harborlight Relay is hosted in Oregon and Frankfurt for customers outside APAC.\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 2u) << r->Dump();
  auto except = Read("Harborlight Relay keeps data in every region except Sydney.\n");
  EXPECT_THAT(except->Of("harborlight-relay", "data_regions"), IsEmpty()) << except->Dump();
}

// A member labelling an answer that names other members is the question's
// topic ("Sydney: Harborlight Relay is hosted in Tokyo and Oregon").
TEST_F(ClaimTest, AMemberLabelAnsweredByOtherMembersIsNoClaim) {
  auto r = Read("Sydney: Harborlight Relay is hosted in Tokyo and Oregon today.\n");
  auto cs = r->Of("harborlight-relay", "data_regions");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  for (const Claim* c : cs) EXPECT_NE(c->value.member, "Sydney");
}

// 「1テナントで最大…」: the one tenant is what the figure is per.
TEST_F(ClaimTest, OneOfAUnitBeforeDeIsTheBasis) {
  auto r = Read("| 項目 | ご要件 | 弊社回答 |\n|---|---|---|\n"
                "| 利用者数 | 800名以上 | ハーバーライト デスクは1テナントで最大1,000エージェント |\n", "tokyo");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// 「…とお伝えしてしまいましたが、正しくは…」 withdraws the value before it.
TEST_F(ClaimTest, WhatWasToldByMistakeIsWithdrawn) {
  auto r = Read("ハーバーライト デスクについて、昨日「最大2,000名」とお伝えしてしまいましたが、正しくは最大1,000名です。\n", "tokyo");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// "up to 500 agents today, rising to 1,000 from 1 April": the bare count
// after the change verb is the capacity's new value, judged from its date.
TEST_F(ClaimTest, ABareCountAfterAChangeVerbIsTheNewCapacity) {
  auto r = Read("Harborlight Desk supports up to 500 agents today, rising to 1,000 from 1 April.\n", "us", "2026-03-11");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[1]->value.amount, 1000);
  EXPECT_EQ(cs[1]->as_of, "2026-04-01");
}

// A date cue answered by a date does not reach a date in a clause of its
// own later in the sentence — unless a list joins them.
TEST_F(ClaimTest, ADateCueAnsweredEarlierDoesNotReachALaterClause) {
  auto r = Read("ハーバーライト パルスの一般提供は2027年3月予定とのことで、11月の稼働開始時点ではベータ版でのご利用となります。\n",
                "tokyo", "2026-06-22");
  auto cs = r->Of("harborlight-pulse", "general_availability");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.date, "2027-03");
  auto list = Read("Harborlight Pulse GA is March 2027 in the US, and May 2027 in Japan.\n", "us", "2026-06-22");
  EXPECT_EQ(list->Of("harborlight-pulse", "general_availability").size(), 2u) << list->Dump();
}

// A count takes its label's cue across a dot leader, as across a colon.
TEST_F(ClaimTest, ACountTakesItsLabelAcrossADotLeader) {
  auto r = Read("Harborlight Desk\nAgents ................ up to 1,000 per tenant\nOn-premises .......... not available\n",
                "us", kAsOf, /*document=*/true);
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
  // A boolean label's answer after its dot leader.
  const Claim* b = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(b, nullptr) << r->Dump();
  EXPECT_FALSE(b->value.truth);
}

// 「後者」 with no pair in the sentences before it takes the pair its
// governing heading names, in that order.
TEST_F(ClaimTest, TheLatterTakesTheHeadingsPair) {
  auto r = Read("# ご提案書\n\n## ハーバーライト パルスとハーバーライト デスクの役割分担\n\n"
                "御社ではハーバーライト デスクもすでにご利用いただいております。両製品の役割は異なります。\n"
                "後者は最大1,000名までご利用いただけます。\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// A count of a set's members ("2拠点") does not size the price after it.
TEST_F(ClaimTest, ACountOfMembersDoesNotSizeAPrice) {
  auto r = Read("ハーバーライト リレーのデータセンターは東京・大阪の2拠点で、月額36,000円（税抜）でご提供しております。\n", "tokyo");
  EXPECT_NE(One(*r, "harborlight-relay", "monthly_price"), nullptr) << r->Dump();
}

// A definition's value past a struck-out old one is the value.
TEST_F(ClaimTest, ADefinitionPastAStruckValue) {
  auto r = Read("# ハーバーライト デスク\n\n- エージェント数: ~~500名~~ 1,000名\n", "tokyo", kAsOf, /*document=*/true,
                ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// In a table with a column per product, a row's label cell states the tax
// for the row, and a cue in one product's cell speaks for that cell only.
TEST_F(ClaimTest, ARowLabelsTaxAndAnotherProductsCue) {
  auto r = Read("| | Harborlight Desk | Harborlight Pulse |\n|---|---|---|\n"
                "| List price (ex VAT) | $39 per agent per month | $129 per month |\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  const Claim* price = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(price, nullptr) << r->Dump();
  EXPECT_EQ(price->value.tax, claims::Tax::kExcluded);
  auto limits = Read("| | Harborlight Relay | Harborlight Pulse |\n|---|---|---|\n| Limits | 25 MB per attachment | up to 50 GB |\n",
                     "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  EXPECT_NE(One(*limits, "harborlight-relay", "max_attachment_size"), nullptr) << limits->Dump();
  EXPECT_THAT(limits->Of("harborlight-pulse", "max_attachment_size"), IsEmpty()) << limits->Dump();
}

// A cell under a column headed by a period is in that period.
TEST_F(ClaimTest, AColumnHeadedByAPeriodPlacesItsCells) {
  auto r = Read("| Harborlight Desk limit | Today | From April 1, 2027 |\n|---|---|---|\n| Agents | 500 | 1,000 |\n", "us",
                "2026-11-01", /*document=*/true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[0]->as_of, "2026-11-01");
  EXPECT_EQ(cs[1]->as_of, "2027-04-01");
}

// A semicolon's parallel clause listing more of the set's members continues
// the members claimed before it; one member alone there is no list.
TEST_F(ClaimTest, AParallelClauseContinuesTheMembers) {
  auto r = Read("For Japanese tenants Harborlight Relay keeps the primary copy in our Tokyo data centre, with the replica "
                "in Osaka; EU customers are served from Frankfurt and Sydney.\n");
  std::vector<std::string> members;
  for (const Claim* c : r->Of("harborlight-relay", "data_regions")) members.push_back(c->value.member);
  EXPECT_THAT(members, ::testing::ElementsAre("Tokyo", "Osaka", "Frankfurt", "Sydney")) << r->Dump();
  auto one = Read("Harborlight Relay keeps the primary copy of your data in our Tokyo data centre, with a replica in Osaka; "
                  "the kickoff workshop is in Frankfurt.\n");
  members.clear();
  for (const Claim* c : one->Of("harborlight-relay", "data_regions")) members.push_back(c->value.member);
  EXPECT_THAT(members, ::testing::ElementsAre("Tokyo", "Osaka")) << one->Dump();
}

// A feature or member under consideration (検討中) is neither offered nor
// denied: no claim, also when the marker ends the sentence far from it.
TEST_F(ClaimTest, UnderConsiderationIsNoClaim) {
  auto r = Read("ハーバーライト デスクのオンプレミス版については、現在提供を検討中です（時期未定）。\n"
                "ハーバーライト リレーのシドニーリージョンについては、2027年中の提供を検討しております。\n", "tokyo");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  auto offered = Read("ハーバーライト リレーはシドニーリージョンでも提供しております。\n", "tokyo");
  EXPECT_NE(One(*offered, "harborlight-relay", "data_regions"), nullptr) << offered->Dump();
  // A plan in a bracket of its own speaks of what it names, not of the list.
  auto listed = Read("ハーバーライト リレーのリージョンは東京、大阪です（シドニーの提供予定はございません）。\n", "tokyo");
  EXPECT_EQ(listed->Of("harborlight-relay", "data_regions").size(), 2u) << listed->Dump();
}

// "we now need", "we'll need": the customer's requirement with an adverb or
// a tense in it is still theirs.
TEST_F(ClaimTest, ARequirementWithAnAdverbIsNoClaim) {
  for (const char* text : {"Procurement approved the pilot, and we now need at least 800 agents on Harborlight Desk by Q4.\n",
                           "We'll need at least 800 agents on Harborlight Desk next year.\n"}) {
    auto r = Read(text);
    EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  }
}

// A price worked out for the size the customer mentioned, in a clause of
// its own after that size, is the deal's arithmetic.
TEST_F(ClaimTest, APriceForTheCustomersSizeIsNoClaim) {
  auto r = Read("At the 12 TB you mentioned, Harborlight Relay would be roughly $900 a month.\n");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
}

// A customer writing "our …" of their own things states nothing of our
// product, however near it was named; "the service" hyphenated on
// ("service-line") refers to nothing.
TEST_F(ClaimTest, ACustomersOwnThingsAreNoClaim) {
  auto r = Read("Harborlight Pulse looks right for us.\nOur launch for the service-line dashboards is February 15, "
                "2027, so the timing works.\n", "unknown");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  auto listed = Read("Some notes on Harborlight Pulse from our side:\n\n- Our launch is February 15, 2027.\n"
                     "- Our retention policy is 7 years.\n", "unknown");
  EXPECT_THAT(listed->ex.claims, IsEmpty()) << listed->Dump();
  auto ours = Read("Harborlight Pulse looks right for us.\nOur launch for the service is February 15, 2027.\n", "us");
  EXPECT_NE(One(*ours, "harborlight-pulse", "general_availability"), nullptr) << ours->Dump();
}

// A requirement marker's clause takes in a bracketed aside right before it.
TEST_F(ClaimTest, ARequirementReachesPastABracketedAside) {
  auto r = Read("ハーバーライト リレーの保存期間は、監査の都合上、最低でも7年（2,555日）必要です。\n", "unknown");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
}

// The sentence right before a table, naming one product, governs the
// columns whose header names an attribute; a schedule's columns it does not.
TEST_F(ClaimTest, TheSentenceBeforeATableGovernsItsAttributeColumns) {
  auto r = Read("Here is the Harborlight Relay pricing for Kestrel (Japan regions).\n\n"
                "Region      Price per month (USD)    Retention\n"
                "Tokyo       249                      7 years\n"
                "Osaka       249                      7 years\n");
  EXPECT_EQ(r->Of("harborlight-relay", "data_regions").size(), 2u) << r->Dump();
  EXPECT_EQ(r->Of("harborlight-relay", "retention").size(), 2u) << r->Dump();
  auto plan = Read("Here is the Harborlight Relay rollout plan for Kestrel.\n\n"
                   "Phase | Dates | Scope\n|---|---|---|\n| 1 | December 2026 | 50 agents in Leeds |\n"
                   "| 2 | January 2027 | 120 agents in York |\n");
  EXPECT_THAT(plan->ex.claims, IsEmpty()) << plan->Dump();
}

// Under a product's heading, a sentence whose subject is an attribute cue
// qualified by the customer's words is still the product's; one whose
// subject is the customer's own thing is not.
TEST_F(ClaimTest, ACueQualifiedByTheCustomersWordsKeepsTheHeadingsProduct) {
  auto r = Read("# Harborlight Relay\n\nRetention of your mailbox archives is 7 years.\n\n"
                "Your current archive keeps mail for 3 years.\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  auto kept = r->Of("harborlight-relay", "retention");
  ASSERT_EQ(kept.size(), 1u) << r->Dump();
  EXPECT_EQ(kept[0]->value.amount, 7);
}

// "All three products", 全製品: every product the document has named.
TEST_F(ClaimTest, AllThreeProductsAreEachOne) {
  auto r = Read("Harborlight Desk, Harborlight Relay and Harborlight Pulse are sold separately. "
                "For US customers, data for all three products is hosted in Oregon.\n");
  for (const char* p : {"harborlight-desk", "harborlight-relay", "harborlight-pulse"}) {
    SCOPED_TRACE(p);
    EXPECT_EQ(r->Of(p, "data_regions").size(), 1u) << r->Dump();
  }
  auto ja = Read("ハーバーライト デスクとハーバーライト リレーをご提案します。データは全製品共通で東京のデータセンターに保存されます。\n", "tokyo");
  EXPECT_EQ(ja->Of("harborlight-desk", "data_regions").size(), 1u) << ja->Dump();
  EXPECT_EQ(ja->Of("harborlight-relay", "data_regions").size(), 1u) << ja->Dump();
}

// "by" before a count says who, not by how much.
TEST_F(ClaimTest, UsedByACountIsNoDifference) {
  auto r = Read("Harborlight Desk can be used by up to 1,000 agents per workspace.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
}

// A requirement named as the topic a sentence answers about governs nothing
// after the topic; one after it still does.
TEST_F(ClaimTest, ARequirementAsTheTopicGovernsNothingAfterIt) {
  auto ja = Read("ご要望のあった保存期間については、ハーバーライト リレーの標準は7年でございます。\n", "tokyo");
  EXPECT_NE(One(*ja, "harborlight-relay", "retention"), nullptr) << ja->Dump();
  auto en = Read("As for the retention you requested, Harborlight Relay keeps mail for 7 years.\n");
  EXPECT_NE(One(*en, "harborlight-relay", "retention"), nullptr) << en->Dump();
  auto req = Read("要件については、ハーバーライト リレーで保存期間10年以上が必要です。\n", "tokyo");
  EXPECT_THAT(req->ex.claims, IsEmpty()) << req->Dump();
}

// Two places sharing one office word ("its Sydney and Perth offices") are
// both offices, no regions.
TEST_F(ClaimTest, TwoPlacesSharingAnOfficeWordAreOffices) {
  auto r = Read("Harborlight Relay will replace the tapes that protect its Sydney and Perth offices.\n");
  EXPECT_THAT(r->ex.claims, IsEmpty()) << r->Dump();
  auto dc = Read("Harborlight Relay is hosted in Sydney and Frankfurt data centres.\n");
  EXPECT_EQ(dc->Of("harborlight-relay", "data_regions").size(), 2u) << dc->Dump();
}

// A statement before a dash, then a question: only the question asks.
TEST_F(ClaimTest, AStatementBeforeADashedQuestionIsAClaim) {
  auto r = Read("Harborlight Desk's SLA is 99.9%, not 99.5% - could you correct the deck before Friday?\n");
  EXPECT_NE(One(*r, "harborlight-desk", "sla"), nullptr) << r->Dump();
  auto q = Read("Could you confirm Harborlight Desk's SLA is 99.9% - or is it 99.5%?\n");
  EXPECT_THAT(q->ex.claims, IsEmpty()) << q->Dump();
}

// 「…はなく」 denies the feature before it, as 「…はありません」 does.
TEST_F(ClaimTest, HaNakuDeniesAFeature) {
  auto r = Read("ハーバーライト デスクにはオンプレミス版はなく、クラウドでのご提供となります。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_FALSE(c->value.truth);
}

// 「現在」 before a count is a head count's ("御社では現在、約1,200名が…"),
// not when the product is the topic right before it.
TEST_F(ClaimTest, NowAfterTheProductsTopicIsTheProductsFigure) {
  auto r = Read("ハーバーライト リレーは現在、約100件の連携先に対応しております。\n", "tokyo");
  EXPECT_NE(One(*r, "harborlight-relay", "integrations"), nullptr) << r->Dump();
  auto heads = Read("貴社では現在、約1,200名がハーバーライト デスクをご利用です。\n", "tokyo");
  EXPECT_THAT(heads->ex.claims, IsEmpty()) << heads->Dump();
}

// A one-kanji counter cue (名) counts after a number only: 品名 in a quote's
// header names no head count for the cells under it.
TEST_F(ClaimTest, AOneKanjiCounterCueCountsOnlyAfterANumber) {
  auto r = Read("| No | 品名・摘要 | 単価 |\n|---|---|---|\n| 1 | ハーバーライト デスク 月額基本料金（1テナント） | 4,980 |\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  auto counted = Read("ハーバーライト デスクは最大1万名までご利用いただけます。\n", "tokyo");
  EXPECT_NE(One(*counted, "harborlight-desk", "max_agents"), nullptr) << counted->Dump();
}

// Two names joined by a list mark and followed by 「とも」 share the value.
TEST_F(ClaimTest, TwoNamesWithTomoShareTheValue) {
  auto r = Read("ハーバーライト デスクとハーバーライト リレーをご提案します。デスク・リレーとも稼働率は99.9%です。\n",
                "tokyo");
  EXPECT_EQ(r->Of("harborlight-desk", "sla").size(), 1u) << r->Dump();
  EXPECT_EQ(r->Of("harborlight-relay", "sla").size(), 1u) << r->Dump();
}

// In text that capitalizes nothing, a short name in lower case is the
// product once its full name has been written; in capitalized text it is
// the word.
TEST_F(ClaimTest, AShortNameInAllLowerCaseText) {
  auto r = Read("yes harborlight desk comes with a 99.9% sla. desk does up to 1,000 agents per workspace.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
  auto word = Read("Harborlight Desk is ready. Our help desk has up to 1,000 agents per workspace.\n");
  EXPECT_THAT(word->Of("harborlight-desk", "max_agents"), IsEmpty()) << word->Dump();
}

// A heading that refers back to the product by a noun (「本製品の主な仕様」)
// governs the items under it as one that names it.
TEST_F(ClaimTest, AHeadingReferringBackToTheProductGovernsItsItems) {
  auto r = Read("ハーバーライト リレー サービス仕様\n\n本書はハーバーライト リレーの仕様をまとめたものです。\n\n"
                "■ 本製品の主な仕様\n・月間稼働率：99.95%\n・添付ファイルの上限：10MB\n",
                "tokyo");
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-relay", "max_attachment_size"), nullptr) << r->Dump();
}

// A CSV export is a table: its header's identifiers (list_price_usd) name
// the columns, a quoted field keeps its commas, a notes column after the
// price holds the product's figures, and an estimate column after a list
// price holds line amounts.
TEST_F(ClaimTest, ACsvExportIsReadAsATable) {
  auto r = Read("product,billing_unit,list_price_usd,notes,pilot_estimate_usd\n"
                "Harborlight Relay,per month,249,\"99.95% SLA, files up to 10 MB\",2988\n"
                "Harborlight Desk,per user per month,39,3 years of ticket history retention,\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kCsv);
  ASSERT_EQ(r->Of("harborlight-relay", "monthly_price").size(), 1u) << r->Dump();
  const Claim* price = One(*r, "harborlight-relay", "monthly_price");
  EXPECT_EQ(price->value.amount, 249);
  EXPECT_EQ(r->Text(price->span), "249");
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-relay", "max_attachment_size"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-desk", "retention"), nullptr) << r->Dump();
}

// A count in a lead-in whose colon opens a statement of its own ("two
// facts you asked for: …") does not make the price after it a deal's.
TEST_F(ClaimTest, ACountInALeadInSizesNoPrice) {
  auto r = Read("Two facts you asked for: Harborlight Relay is $249 per month, and it keeps a 99.95% SLA.\n");
  EXPECT_NE(One(*r, "harborlight-relay", "monthly_price"), nullptr) << r->Dump();
  auto deal = Read("For your 6 agents, Harborlight Relay would come to $249 per month.\n");
  EXPECT_THAT(deal->Of("harborlight-relay", "monthly_price"), IsEmpty()) << deal->Dump();
}

// "integrates with 45 …" states the product's own count, as "has" does.
TEST_F(ClaimTest, IntegratesWithStatesTheProductsCount) {
  auto r = Read("Harborlight Desk integrates with 120 tools today, including your CRM.\n");
  const Claim* c = One(*r, "harborlight-desk", "integrations");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 120);
}

// A table cell that is a sentence of its own (minutes' "What was said")
// is read as prose: a bare count there is a head count, not a limit.
TEST_F(ClaimTest, AProseCellIsReadAsASentence) {
  auto r = Read("## Harborlight Desk\n\n| Speaker | Topic | What was said |\n|---|---|---|\n"
                "| Dana | Adoption | 212 agents work in it across the two sites today. |\n"
                "| Megan | Capacity | Harborlight Desk takes up to 1,000 agents per workspace. |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// A speaker correcting themselves mid-sentence (minutes, call notes): the
// value said first is withdrawn, the one after the correction stands.
TEST_F(ClaimTest, ASelfCorrectionMidSentenceKeepsTheSecondValue) {
  auto r = Read("Dana: Harborlight Relay's uptime SLA is 99.9% – sorry, let me correct that, 99.95%.\n");
  auto cs = r->Of("harborlight-relay", "sla");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 99.95);
  auto ja = Read("ハーバーライト リレーについて。\n森：同製品の稼働率は99.9%、失礼しました、正しくは99.95%です。\n", "tokyo");
  auto js = ja->Of("harborlight-relay", "sla");
  ASSERT_EQ(js.size(), 1u) << ja->Dump();
  EXPECT_EQ(js[0]->value.amount, 99.95);
}

// An action item in minutes asks; it states nothing yet: "Name – confirm
// …", "check whether …", 「…できるか。」. "We confirm …" states.
TEST_F(ClaimTest, ActionItemsInMinutesAreQuestions) {
  for (const char* text : {"Carlos – confirm Android support for Harborlight Desk (due Nov 25).\n",
                           "Dana Ross: confirm Android support for Harborlight Desk.\n",
                           "Carlos – check whether Harborlight Desk retention can go to 5 years.\n"}) {
    auto r = Read(text);
    EXPECT_THAT(r->ex.claims, IsEmpty()) << text << r->Dump();
  }
  auto ja = Read("ハーバーライト デスクについて。\n谷口様：保持期間を5年にできるか。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "retention"), IsEmpty()) << ja->Dump();
  auto states = Read("We confirm Harborlight Desk keeps ticket history for 3 years.\n");
  EXPECT_NE(One(*states, "harborlight-desk", "retention"), nullptr) << states->Dump();
}

// A sentence ending in a colon leads into its list as a lead-in line
// does: its cue ("available for") governs the items, however long it is.
TEST_F(ClaimTest, ALongLeadInSentenceLendsItsCueToTheItems) {
  auto r = Read("Thanks for the call.\n\nOn the agent side, the Harborlight Desk apps you asked about are available for:\n"
                "- Windows 10 and 11\n- macOS\n- Android\n");
  EXPECT_EQ(r->Of("harborlight-desk", "supported_platforms").size(), 3u) << r->Dump();
  auto ja = Read("ハーバーライト デスクについてご案内します。\n\n同製品の対応OSは以下のとおりです。\n"
                 "・Windows 10／11\n・macOS\n・Android\n", "tokyo");
  EXPECT_EQ(ja->Of("harborlight-desk", "supported_platforms").size(), 3u) << ja->Dump();
}

// 「（初年度のみ）」 says how long a stated price holds; it is no first-year
// total (初年度費用), so the price stays a claim.
TEST_F(ClaimTest, APriceForTheFirstYearOnlyIsStillAPrice) {
  auto r = Read("ハーバーライト リレーについて。\n・キャンペーン価格：月額30,000円（税抜）（初年度のみ）\n", "tokyo");
  const Claim* c = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 30000);
  auto total = Read("ハーバーライト リレーについて。\n・初年度費用：月額30,000円×12か月＝360,000円（税抜）\n", "tokyo");
  for (const Claim* x : total->Of("harborlight-relay", "monthly_price")) EXPECT_NE(x->value.amount, 360000);
}

// A rate after a credit or discount is the deal's, not the uptime: "a
// Service Credit of 5% … for each full 0.1% shortfall, capped at 30%".
TEST_F(ClaimTest, CreditRatesAreNoSla) {
  auto r = Read("SCHEDULE 2 - SERVICE LEVELS FOR HARBORLIGHT RELAY\n\n3. Service Credits\n"
                "3.1 Where Monthly Availability falls below 99.95%, the Customer shall be "
                "entitled to a Service Credit of 5% of the Monthly Fees for each full 0.1% shortfall, capped at 30%.\n");
  auto cs = r->Of("harborlight-relay", "sla");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 99.95);
  auto ja = Read("ハーバーライト リレーのRPOは約15分で、稼働率は99.95%以上です。\n", "tokyo");
  EXPECT_NE(One(*ja, "harborlight-relay", "sla"), nullptr) << ja->Dump();
}

// A word that only qualifies whom a count counts ("Authorized Users", the
// contract's defined term) keeps the count a limit of users.
TEST_F(ClaimTest, ADefinedTermsQualifierKeepsTheCountALimit) {
  auto r = Read("Harborlight Desk shall support up to 1,000 Authorized Agents per workspace.\n");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1000);
}

// "We expect" before a date forecasts it ("we expect general availability
// in March 2027"); before a figure it is a customer's requirement.
TEST_F(ClaimTest, WeExpectForecastsADateAndRequiresAFigure) {
  auto r = Read("Harborlight Pulse: we expect general availability in March 2027.\n");
  EXPECT_NE(One(*r, "harborlight-pulse", "general_availability"), nullptr) << r->Dump();
  auto req = Read("We expect Harborlight Desk to handle 1,000 agents per workspace.\n");
  EXPECT_THAT(req->Of("harborlight-desk", "max_agents"), IsEmpty()) << req->Dump();
}

// A feature named in a list whose lead-in says the product has it ("What
// Harborlight Desk includes:") is claimed true; a section title naming a
// feature under a sentence is not.
TEST_F(ClaimTest, AFeatureListedUnderIncludesIsTrue) {
  auto r = Read("What Harborlight Desk includes:\n- On-premises deployment for regulated teams\n- 3 years of ticket history\n");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->value.truth);
  auto titles = Read("Harborlight Desk runs in our cloud.\n\n1. On-premises deployment\n\nWe can discuss it.\n");
  EXPECT_THAT(titles->Of("harborlight-desk", "on_premises"), IsEmpty()) << titles->Dump();
}

// An attribute named in brackets after the value's phrase labels it,
// over a nearer cue of another attribute ("…within 15 minutes of any
// failure (RPO)").
TEST_F(ClaimTest, ABracketedAttributeAfterTheValueLabelsIt) {
  auto r = Read("Harborlight Desk tickets are kept for 2 days at most before an agent replies (first response).\n");
  EXPECT_NE(One(*r, "harborlight-desk", "first_response_time"), nullptr) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-desk", "retention"), IsEmpty()) << r->Dump();
}

// Inside an attached message (a forward), a quote is its own author's: the
// Tokyo engineer quoted in a London reply speaks for Tokyo; the reply's own
// text is London's.
TEST_F(ClaimTest, AQuoteInsideAnAttachedMessageIsItsAuthors) {
  auto r = Read("Harborlight Relay is $249 a month here.\n\nOn Thu, 27 Aug 2026 at 09:12, Kentaro Mori "
                "<kentaro@jp.example> wrote:\n> Harborlight Relay's uptime SLA is 99.95%.\n",
                "london", kAsOf, false, ingest::PartKind::kPlain, "tokyo", /*part_quoted=*/true);
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr) << r->Dump();
  EXPECT_EQ(sla->office, "tokyo");
  const Claim* price = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(price, nullptr) << r->Dump();
  EXPECT_EQ(price->office, "london");
}

// A figure right after "your" with no cue after it is the customer's own
// ("your 7-year records schedule"); one with a cue after it stays ours
// ("your 30-day free trial").
TEST_F(ClaimTest, AFigureRightAfterYourIsTheCustomersUnlessACueFollows) {
  auto r = Read("Harborlight Desk keeps 3 years of default retention, with longer policies available for "
                "your 7-year records schedule.\n");
  const Claim* c = One(*r, "harborlight-desk", "retention");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 3);
  auto trial = Read("Your 30-day free trial of Harborlight Desk starts today.\n");
  const Claim* t = One(*trial, "harborlight-desk", "free_trial");
  ASSERT_NE(t, nullptr) << trial->Dump();
  EXPECT_EQ(t->value.amount, 30);
}

// What follows "=" after a figure is the arithmetic's result, a deal's
// figure; the unit price multiplied stays the product's.
TEST_F(ClaimTest, AFigureAfterAnEqualsSignIsTheArithmeticsResult) {
  auto r = Read("Harborlight Desk: $39 per agent per month for two months = $78.\n");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 39);
}

// "for the 12 agents" sizes the deal; "for the Leeds office" in a row's
// first cell makes no row a deal's.
TEST_F(ClaimTest, ForTheBeforeACountSizesTheDealNotARow) {
  auto r = Read("Harborlight Desk supports SSO for the 12 agents on your team.\n");
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  auto row = Read("| Product | Price |\n|---|---|\n| Harborlight Desk for the Leeds office | $39 per agent per month |\n");
  EXPECT_NE(One(*row, "harborlight-desk", "per_user_price"), nullptr);
}

// A date a citation dates is the source's: "2026年7月 当社調べ" under a
// heading about the launch, "Source: … brief, July 2026" in English.
TEST_F(ClaimTest, ADateACitationDatesIsNoClaim) {
  auto ja = Read("■ハーバーライト パルスの提供開始\n同製品は2027年1月に提供開始の予定です※1。\n"
                 "※1 2026年7月 当社調べ\n", "tokyo");
  const Claim* c = One(*ja, "harborlight-pulse", "general_availability");
  ASSERT_NE(c, nullptr) << ja->Dump();
  EXPECT_EQ(c->value.date, "2027-01");
  auto en = Read("Harborlight Pulse launches in January 2027. Source: Harborlight launch brief, July 2026.\n");
  const Claim* e = One(*en, "harborlight-pulse", "general_availability");
  ASSERT_NE(e, nullptr) << en->Dump();
  EXPECT_EQ(e->value.date, "2027-01");
}

// A superscript footnote mark after a figure is no digit of it.
TEST_F(ClaimTest, ASuperscriptFootnoteMarkIsNoDigitOfTheFigure) {
  auto r = Read("Harborlight Desk is $39\u00b9 per agent per month.\n\n\u00b9 List price, billed annually.\n");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 39);
  EXPECT_EQ(r->At(c->span).column, 21);  // $39, in the original text
}

// A table caption over label/value lines no table was found in ("表3
// <product> 価格（税込）" over two space-set columns) leads them in: its
// product and its tax note govern them.
TEST_F(ClaimTest, ACaptionOverLabelValueLinesLeadsThemIn) {
  auto r = Read("お見積り前の概算です。\n\n表3\u3000ハーバーライト デスク 価格（税込）\n"
                "項目                        金額\n月額料金                    4,000円\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 4000);
  EXPECT_EQ(c->value.tax, Tax::kIncluded);
}

// A figure introduced as the thing ours is compared with ("5x the", "three
// times what", "less than the", "down from the", 「御社現行システムの」) is that
// thing's, not ours.
TEST_F(ClaimTest, TheFigureOursIsComparedWithIsNoClaim) {
  auto times = Read("Harborlight Pulse offers 500 GB per workspace, 5x the 100 GB most rivals allow.\n");
  auto a = times->Of("harborlight-pulse", "storage_per_workspace");
  ASSERT_EQ(a.size(), 1u) << times->Dump();
  auto what = Read("Harborlight Desk keeps ticket history for 3 years, three times what Acme Desk keeps (1 year).\n");
  auto b = what->Of("harborlight-desk", "retention");
  ASSERT_EQ(b.size(), 1u) << what->Dump();
  EXPECT_EQ(b[0]->value.amount, 3);
  auto down = Read("Harborlight Desk keeps ticket history for 3 years (down from the 10 years of your current archive).\n");
  ASSERT_EQ(down->Of("harborlight-desk", "retention").size(), 1u) << down->Dump();
  auto ja = Read("ハーバーライト デスクの保存期間：3年（御社現行システムの10年から短縮）\n", "tokyo");
  ASSERT_EQ(ja->Of("harborlight-desk", "retention").size(), 1u) << ja->Dump();
}

// "handles 1,000 agents, up from 500 last year": the old value of the same
// capacity, in a clause of its own, is a claim placed in the past.
TEST_F(ClaimTest, AnOldValueAfterACapacityIsAClaimOfThePast) {
  auto r = Read("Harborlight Desk now handles 1,000 agents per account, up from 500 last year.\n");
  auto agents = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(agents.size(), 2u) << r->Dump();
  EXPECT_EQ(agents[1]->value.amount, 500);
  EXPECT_EQ(agents[1]->as_of, "2025-12-31");  // judged at the end of the year it held in
}

// 「…というのは誤りで」 says the value before it is wrong: no claim.
TEST_F(ClaimTest, AValueCalledAnErrorIsNoClaim) {
  auto r = Read("ハーバーライト デスクが5,000エージェントまで対応可能というのは誤りで、正しくは最大1,000エージェントです。\n", "tokyo");
  auto agents = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(agents.size(), 1u) << r->Dump();
  EXPECT_EQ(agents[0]->value.amount, 1000);
}

// A product named as the label before a colon is the subject of the list
// after it, and "clients" after a platform does not make it an office: only
// sets of places (one an office's name names) have offices among them.
TEST_F(ClaimTest, APlatformListAfterAProductLabelIsTheProducts) {
  auto r = Read("Harborlight Desk: Windows, macOS, iOS and Android clients.\n");
  auto platforms = r->Of("harborlight-desk", "supported_platforms");
  ASSERT_EQ(platforms.size(), 4u) << r->Dump();
  EXPECT_EQ(platforms[3]->value.member, "Android");
  // A place before an office word is still that office, not a region.
  auto office = Read("Harborlight Relay is hosted in Oregon, and our Tokyo team will call you.\n");
  auto regions = office->Of("harborlight-relay", "data_regions");
  ASSERT_EQ(regions.size(), 1u) << office->Dump();
  EXPECT_EQ(regions[0]->value.member, "Oregon");
}

// A certification under way is not held: no claim of it.
TEST_F(ClaimTest, ACertificationInProgressIsNoClaim) {
  auto r = Read("Harborlight Relay holds SOC 2 Type II; ISMAP is in progress.\n");
  auto certs = r->Of("harborlight-relay", "certifications");
  ASSERT_EQ(certs.size(), 1u) << r->Dump();
  EXPECT_EQ(certs[0]->value.member, "SOC 2 Type II");
  auto ja = Read("ハーバーライト リレーは現在ISMAPの登録申請中で、登録完了は2027年度を見込んでおります。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-relay", "certifications"), IsEmpty()) << ja->Dump();
}

// 「接続できないお客様環境でも」: a negation running into a noun before the
// cue modifies that noun; one after the cue still denies the feature.
TEST_F(ClaimTest, ANegationModifyingANounDeniesNoFeature) {
  auto r = Read("ハーバーライト デスクは、インターネットに接続できない環境でもオンプレミスで運用可能です。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->value.truth);
  auto denied = Read("ハーバーライト デスクはオンプレミスでは利用できない製品です。\n", "tokyo");
  const Claim* d = One(*denied, "harborlight-desk", "on_premises");
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->value.truth);
}

// The sentence's only price takes a tax note anywhere in it, also after a
// semicolon; "A$" is Australian dollars, not US ones.
TEST_F(ClaimTest, TheOnlyPriceOfASentenceTakesItsTaxNote) {
  auto r = Read("Harborlight Desk is $39 per agent per month for the team; Australian GST is not included.\n");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
  auto aud = Read("Harborlight Desk would be A$59 per agent per month.\n");
  const Claim* a = One(*aud, "harborlight-desk", "per_user_price");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->value.currency, "AUD");
}

// A value of another kind between the subject's cue and its value only
// qualifies the subject ("first response time for 95% of tickets").
TEST_F(ClaimTest, AValueOfAnotherKindBetweenCueAndValueQualifiesTheSubject) {
  auto r = Read("Harborlight Desk's first response time for 95% of tickets is 4 hours.\n");
  const Claim* c = One(*r, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 4);
  // A longer label before a colon names its attribute when it opens with the cue.
  auto label = Read("# Harborlight Desk support\n\n- First response time for urgent requests in the first week: 4 hours.\n", "us",
                    kAsOf, /*document=*/true);
  ASSERT_NE(One(*label, "harborlight-desk", "first_response_time"), nullptr);
}

// 「貴院の職員数約1,450名」: the customer's headcount, not a capacity.
TEST_F(ClaimTest, AHospitalsStaffCountIsNoCapacity) {
  auto r = Read("ハーバーライト デスクは最大1,000エージェントまでご利用いただけます（貴院の職員数約1,450名に対応）。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 1000);
}

// What the customer's auditor expects is a requirement, not our claim.
TEST_F(ClaimTest, WhatAnAuditorExpectsIsNoClaim) {
  auto r = Read("For Harborlight Desk, their IT auditor expects a 2-hour first response time.\n");
  EXPECT_THAT(r->Of("harborlight-desk", "first_response_time"), IsEmpty()) << r->Dump();
}

// A form names its product once, on a "Product:" line, and lists the
// figures under it: the fields are that product's, not the one named before.
TEST_F(ClaimTest, AFormsProductLineLeadsInItsFields) {
  auto r = Read("Harborlight Pulse is already on your list.\n\nProduct: Harborlight Desk\n"
                "Maximum agents: 2,500\nOn-premises edition: Not available\n");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 2500);
  EXPECT_THAT(r->Of("harborlight-pulse", "max_agents"), IsEmpty()) << r->Dump();
  auto numbered = Read("ハーバーライト パルスは導入済みです。\n\n4.1 製品名：ハーバーライト デスク\n"
                       "4.2 最大エージェント数：2,500名\n4.3 オンプレミス版：なし\n");
  const Claim* n = One(*numbered, "harborlight-desk", "max_agents");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->value.amount, 2500);
  // A customer's form names the product too; its expected licence count is
  // the deal's size, not the product's limit.
  auto inquiry = Read("顧客名：株式会社サンプル\n対象製品：ハーバーライト デスク\n想定アカウント数：300\n", "tokyo");
  EXPECT_THAT(inquiry->Of("harborlight-desk", "max_agents"), IsEmpty()) << inquiry->Dump();
}

// A row's feature answered by a cell holding one mark and nothing else is
// a claim even beside an answer column: × says "not offered", and a member
// marked × is no claim of support.
TEST_F(ClaimTest, AMarkCellAnswersItsRowsFeature) {
  auto r = Read("# ハーバーライト デスク 機能対応表\n\n| 項番 | 機能 | 対応 | 備考 |\n|---|---|---|---|\n"
                "| 1 | オンプレミス版 | × | クラウドのみ |\n| 2 | Linux クライアント | × | |\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->value.truth);
  EXPECT_THAT(r->Of("harborlight-desk", "supported_platforms"), IsEmpty()) << r->Dump();
  // A negation filling a value column's cell is its answer too.
  auto value = Read("# Harborlight Desk\n\n| Feature | Value |\n|---|---|\n| On-premises edition | not available |\n",
                    "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  const Claim* v = One(*value, "harborlight-desk", "on_premises");
  ASSERT_NE(v, nullptr);
  EXPECT_FALSE(v->value.truth);
  // Beside product columns each column answers for its product, mark or not.
  auto columns = Read("| | Harborlight Desk | Harborlight Pulse |\n|---|---|---|\n| On-premises edition | Not supported | Yes |\n",
                      "us", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  const Claim* d = One(*columns, "harborlight-desk", "on_premises");
  const Claim* p = One(*columns, "harborlight-pulse", "on_premises");
  ASSERT_NE(d, nullptr);
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(d->value.truth);
  EXPECT_TRUE(p->value.truth);
}

// A label with a verb before its colon is still a label when what follows
// is an answer word ("On-premises deployment possible: No").
TEST_F(ClaimTest, AnAnswerWordAfterAVerbLabelsColonAnswersIt) {
  auto r = Read("# Harborlight Desk\n\n- On-premises deployment possible: No\n", "us", kAsOf, /*document=*/true);
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->value.truth);
}

// An invoice line prices one set of the product (1式) or multiplies a
// size by the unit price (20名 × 3,000円): the price is the product's, the
// count the deal's.
TEST_F(ClaimTest, AnInvoiceLinesUnitPriceIsTheProducts) {
  auto r = Read("【ご請求明細】（金額はすべて税抜）\n・ハーバーライト パルス　月額利用料（2026年7月分）　1式　50,000円\n"
                "・ハーバーライト デスク　利用料（1エージェントあたり月額）　20名 × 3,000円　60,000円\n",
                "tokyo");
  const Claim* pulse = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(pulse, nullptr) << r->Dump();
  EXPECT_EQ(pulse->value.amount, 50000);
  const Claim* desk = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(desk, nullptr) << r->Dump();
  EXPECT_EQ(desk->value.amount, 3000);
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-desk", "monthly_price"), IsEmpty()) << r->Dump();
  // With no cue of what the price is per, the line is the deal's arithmetic.
  auto deal = Read("Indicative pricing:\n\n  Harborlight Desk, 20 agents x $49          $980/month\n");
  EXPECT_THAT(deal->Of("harborlight-desk", "per_user_price"), IsEmpty()) << deal->Dump();
  EXPECT_THAT(deal->Of("harborlight-desk", "monthly_price"), IsEmpty()) << deal->Dump();
  EXPECT_THAT(deal->Of("harborlight-desk", "max_agents"), IsEmpty()) << deal->Dump();
  // An asterisk with no price after it marks a footnote, not arithmetic.
  auto note = Read("# Harborlight Desk\n\n- **Max agents:** 1,000*\n\n* per account\n", "us", kAsOf,
                   /*document=*/true, ingest::PartKind::kMarkdown);
  EXPECT_EQ(note->Of("harborlight-desk", "max_agents").size(), 1u) << note->Dump();
}

// A credit's rate is the deal's; the price it is a percentage of is the
// product's full price.
TEST_F(ClaimTest, ThePriceACreditIsAPercentageOfIsTheProducts) {
  auto r = Read("The service credit is 10% of the Harborlight Pulse monthly fee of $1,200 (ex tax).\n");
  const Claim* c = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1200);
  auto credit = Read("The service credit is 10% of your monthly charges, $120 for Harborlight Pulse.\n");
  EXPECT_THAT(credit->Of("harborlight-pulse", "monthly_price"), IsEmpty()) << credit->Dump();
}

// 「でも、」 sets off a circumstance, not a clause: the ability after it
// answers the feature before it.
TEST_F(ClaimTest, AFeatureBeforeDemoIsAnsweredAfterItsComma) {
  auto r = Read("ハーバーライト デスクはオンプレミス環境でも、既存のサーバーに導入できます。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_TRUE(c->value.truth);
}

// A size per something no attribute is per (1案件あたり) is the customer's
// data, not the product's limit.
TEST_F(ClaimTest, ASizePerAnotherThingIsNoClaim) {
  auto r = Read("ハーバーライト デスクのストレージは1ワークスペースあたり100GBですので、添付資料（1案件あたり約40GB）も"
                "十分に保存できます。\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "storage_per_workspace");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 100e9);
  EXPECT_THAT(r->Of("harborlight-desk", "max_attachment_size"), IsEmpty()) << r->Dump();
}

// A figure written "by mistake" (誤って, mistakenly) is withdrawn.
TEST_F(ClaimTest, AFigureWrittenByMistakeIsWithdrawn) {
  auto ja = Read("ハーバーライト パルスの月額料金を、誤って60,500円（税込）で計上しておりました。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-pulse", "monthly_price"), IsEmpty()) << ja->Dump();
  auto en = Read("Our invoice mistakenly billed Harborlight Pulse at $1,400 per month.\n");
  EXPECT_THAT(en->Of("harborlight-pulse", "monthly_price"), IsEmpty()) << en->Dump();
}

// A questionnaire's section line names its service after the section's
// own label ("Section B - Service: …"); its items' lists may run on past
// semicolons, and a label's bracketed qualifier keeps its cue.
TEST_F(ClaimTest, AQuestionnairesSectionLineLeadsInItsItems) {
  auto r = Read("Harborlight Pulse is already in use at your site.\n\nSection B - Service: Harborlight Relay\n"
                "B1  Certifications: ISO 27001; SOC 2 Type II; ISMAP\nSection C - Service: Harborlight Desk\n"
                "C1  Agents (maximum per account): 2,500\n");
  EXPECT_EQ(r->Of("harborlight-relay", "certifications").size(), 3u) << r->Dump();
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 2500);
  EXPECT_THAT(r->Of("harborlight-pulse", "certifications"), IsEmpty()) << r->Dump();
}

// A form aligns its colons with spaces (「製品名        :…」): its lines are
// fields all the same, and its customer's head count and contract dates
// are the deal's.
TEST_F(ClaimTest, AFormsAlignedFieldsAreFields) {
  auto r = Read("ハーバーライト パルスは導入済みと伺っております。\n\n製品名        :ハーバーライト デスク（正式版）\n"
                "最大エージェント数 :2,500名\nご利用人数     :60名\nご契約開始     :2027年1月1日\n",
                "tokyo");
  auto agents = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(agents.size(), 1u) << r->Dump();
  EXPECT_EQ(agents[0]->value.amount, 2500);
  EXPECT_THAT(r->Of("harborlight-desk", "general_availability"), IsEmpty()) << r->Dump();
}

// A form table's product row ("| 7.1 Product | Harborlight Relay |") is
// the product of the rows under it.
TEST_F(ClaimTest, AFormTablesProductRowLeadsInItsRows) {
  auto r = Read("<p>Below are the completed fields.</p>\n<table><tr><th>Field</th><th>Value</th></tr>\n"
                "<tr><td>7.1 Product</td><td>Harborlight Relay</td></tr>\n"
                "<tr><td>7.2 Monthly price</td><td>$1,200 per month</td></tr>\n</table>\n",
                "us", kAsOf, /*document=*/true, ingest::PartKind::kHtml);
  const Claim* c = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 1200);
}

// What is being evaluated or planned, with the year it may come in, is
// not offered yet.
TEST_F(ClaimTest, WhatIsEvaluatedOrPlannedForAYearIsNoClaim) {
  auto en = Read("A Linux client for Harborlight Desk is being evaluated for 2028; it is not part of this proposal.\n");
  EXPECT_THAT(en->Of("harborlight-desk", "supported_platforms"), IsEmpty()) << en->Dump();
  auto ja = Read("ハーバーライト デスクのLinux版クライアントは2027年度の提供を計画中です（ロードマップ）。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "supported_platforms"), IsEmpty()) << ja->Dump();
}

// A checklist of ticks and crosses under a product's line is one list:
// the product leads in every item, a tick affirms the members it lists and
// a cross denies the feature.
TEST_F(ClaimTest, TicksAndCrossesUnderAProductAreItsChecklist) {
  auto r = Read("Below is our capability statement. ✔ = yes, ✘ = no.\n\nHarborlight Desk (support)\n"
                "✔ Windows and macOS apps\n✘ On-premises edition\n✔ Maximum agents: 2,500\n");
  EXPECT_EQ(r->Of("harborlight-desk", "supported_platforms").size(), 2u) << r->Dump();
  const Claim* onprem = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(onprem, nullptr);
  EXPECT_FALSE(onprem->value.truth);
  const Claim* agents = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(agents, nullptr);
  EXPECT_EQ(agents->value.amount, 2500);
  // The emoji a chat tool writes (✅ ❌) are ticks and crosses too.
  auto emoji = Read("Harborlight Desk (support)\n\n✅ Windows and macOS apps\n❌ On-premises edition\n");
  EXPECT_EQ(emoji->Of("harborlight-desk", "supported_platforms").size(), 2u) << emoji->Dump();
}

// A form's longest label leaves a dot leader of two dots ("Max agents per
// account .. 2,500"): still a leader, not the end of a sentence.
TEST_F(ClaimTest, ATwoDotLeaderLeadsToItsValue) {
  auto r = Read("SERVICE DETAILS\n  Product ............... Harborlight Desk\n  Max agents per account .. 2,500\n");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 2500);
}

// A checklist answered 「該当」 (it applies) or 「非該当」 (it does not).
TEST_F(ClaimTest, AChecklistAnsweredGaitouOrHiGaitou) {
  auto r = Read("# ハーバーライト リレー チェックリスト\n\n| 項番 | 確認事項 | 回答 | 補足 |\n|---|---|---|---|\n"
                "| 3-1-1 | ISO/IEC 27001認証を取得しているか | 該当 | 登録番号 JP26/081234 |\n"
                "| 3-1-2 | オンプレミス版の提供 | 非該当 | ― |\n",
                "tokyo", kAsOf, /*document=*/true, ingest::PartKind::kMarkdown);
  EXPECT_EQ(r->Of("harborlight-relay", "certifications").size(), 1u) << r->Dump();
  const Claim* c = One(*r, "harborlight-relay", "on_premises");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_FALSE(c->value.truth);
}

// Two products joined into one subject share the value after them.
TEST_F(ClaimTest, ProductsJoinedByAndShareTheValue) {
  auto r = Read("Harborlight Desk and Harborlight Relay customers get a first response within 2 hours.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "first_response_time"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-relay", "first_response_time"), nullptr) << r->Dump();
  auto ja = Read("ハーバーライト デスクとハーバーライト リレーの稼働率は99.9%です。\n", "tokyo");
  EXPECT_NE(One(*ja, "harborlight-desk", "sla"), nullptr) << ja->Dump();
  EXPECT_NE(One(*ja, "harborlight-relay", "sla"), nullptr) << ja->Dump();
}

// A value in brackets after its clause takes the clause's subject cue.
TEST_F(ClaimTest, ABracketedValueTakesItsClausesCue) {
  auto r = Read("Harborlight Desk: first response agreed per contract (typically 4-8 hours).\n");
  const Claim* c = One(*r, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount_max, 8);
}

// A value denied where it stands ("not 30 days") does not come between the
// stated value and its cue.
TEST_F(ClaimTest, ADeniedValueDoesNotStandBetweenAValueAndItsCue) {
  auto r = Read("Sorry, I meant 3 years, not 2 years, for Harborlight Desk's ticket history retention.\n");
  auto cs = r->Of("harborlight-desk", "retention");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 3);
}

// "/workspace" is "per workspace" (cue_synonyms: a mark glued to the word).
TEST_F(ClaimTest, ASlashStandsForPer) {
  auto r = Read("Harborlight Pulse offers 50GB/workspace.\n");
  EXPECT_NE(One(*r, "harborlight-pulse", "storage_per_workspace"), nullptr) << r->Dump();
}

// "the 500 figure was the old limit, before April": a former value, later
// in its clause; April without a year is the last one before the text.
TEST_F(ClaimTest, AnOldLimitLaterInItsClauseIsFormer) {
  auto r = Read("Harborlight Desk now takes up to 1,000 agents (the 500 figure was the old limit, before April).\n",
                "us", "2026-11-10");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[1]->value.amount, 500);
  EXPECT_EQ(cs[1]->as_of, "2026-03-31");
}

// A bullet with items nested under it governs them as a heading would.
TEST_F(ClaimTest, ANestedListTakesItsParentBulletsProduct) {
  auto r = Read("## What we propose\n\n- Harborlight Desk\n  - Up to 1,000 agents\n  - 99.9% uptime SLA\n"
                "- Harborlight Relay (optional)\n  - 99.95% uptime SLA\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
  auto desk = r->Of("harborlight-desk", "sla");
  ASSERT_EQ(desk.size(), 1u) << r->Dump();
  EXPECT_EQ(desk[0]->value.amount, 99.9);
  auto relay = r->Of("harborlight-relay", "sla");
  ASSERT_EQ(relay.size(), 1u) << r->Dump();
  EXPECT_EQ(relay[0]->value.amount, 99.95);
}

// A table captioned for both products ("[表3] 両製品共通") speaks for each.
TEST_F(ClaimTest, ABothProductsCaptionGovernsEach) {
  auto r = Read("ハーバーライト デスクとハーバーライト リレーの仕様です。\n\n[表3] 両製品共通\n"
                "  項目          仕様\n  ------------  ----------\n  稼働率        99.9%\n",
                "tokyo", kAsOf, true);
  EXPECT_NE(One(*r, "harborlight-desk", "sla"), nullptr) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-relay", "sla"), nullptr) << r->Dump();
}

// A requirement cell speaks for its answer however many columns lie between
// ("ID | Requirement | Compliant | Response").
TEST_F(ClaimTest, ARequirementCellReachesAFarAnswer) {
  auto r = Read("# Harborlight Desk RFP response\n\n| ID | Requirement | Compliant | Response |\n|---|---|---|---|\n"
                "| R-10 | First response for P1 tickets within 1 hour | Y | 30 minutes |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "first_response_time");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 30);
}

// A requirement label governs the rest of its line, even when the next line
// (a sentence naming the product) joins it into one unit.
TEST_F(ClaimTest, ARequirementLabelGovernsItsLine) {
  auto r = Read("要件: 同時利用エージェント数 1,200名以上\nハーバーライト デスクの稼働率は99.9%と伺っております。\n", "unknown");
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-desk", "sla"), nullptr) << r->Dump();
}

// A count restating a capacity of an earlier clause is a capacity too, and
// a month without its year in a sentence in the past is the last one.
TEST_F(ClaimTest, ARestatedCapacityAndAPastMonth) {
  auto r = Read("Until the end of March Harborlight Desk was capped at 500 agents; since 1 April it's 1,000 agents.\n",
                "us", "2026-11-02");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 500);
  EXPECT_EQ(cs[0]->as_of, "2026-03-31");
  EXPECT_EQ(cs[1]->value.amount, 1000);
  EXPECT_EQ(cs[1]->as_of, "2026-04-01");
}

// In a table that gives the product a column of its own, the customer's
// column (no product in its header) holds no claims of the product.
TEST_F(ClaimTest, AColumnWithoutAProductBesideAProductColumnIsNoProducts) {
  auto r = Read("## 3. Harborlight Desk\n\n| Item | Northwind today | Harborlight Desk |\n|---|---|---|\n"
                "| Agents | 800 or more | up to 1,000 agents |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// A set member with no cue near is the product's only beside the product,
// or continuing a list of members that is.
TEST_F(ClaimTest, AMemberWithoutACueMustStandBesideTheProduct) {
  auto far = Read("Harborlight Relay is $49 per month, and my colleague in Frankfurt will send the quote.\n");
  EXPECT_THAT(far->Of("harborlight-relay", "data_regions"), IsEmpty()) << far->Dump();
  auto list = Read("Harborlight Relay keeps your messages in Oregon or, on request, in our Frankfurt facility.\n");
  EXPECT_EQ(list->Of("harborlight-relay", "data_regions").size(), 2u) << list->Dump();
}

// "金額" is a line total beside 単価 or 数量, and the price in a price list.
TEST_F(ClaimTest, AnAmountColumnAloneIsThePrice) {
  auto list = Read("# 料金のご案内\n\n| 製品 | 項目 | 金額 |\n|---|---|---|\n| ハーバーライト パルス | 月額基本料金 | 14,800円 |\n",
                   "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_NE(One(*list, "harborlight-pulse", "monthly_price"), nullptr) << list->Dump();
  auto quote = Read("# 御見積書\n\n| 製品 | 単価 | 数量 | 金額 |\n|---|---|---|---|\n"
                    "| ハーバーライト パルス | 14,800円 | 3 | 44,400円 |\n",
                    "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  auto prices = quote->Of("harborlight-pulse", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << quote->Dump();
  EXPECT_EQ(prices[0]->value.amount, 14800);
}

// A price whose attribute the base lacks for the product yields to a known
// price attribute cued in the sentence: 月額 is then only the billing period.
TEST_F(ClaimTest, AKnownPriceAttributeCuedInTheSentenceWins) {
  auto r = Read("ハーバーライト デスクのエージェント単価は（誤）月額4,500円（正）月額4,980円です。\n", "tokyo");
  EXPECT_THAT(r->Of("harborlight-desk", "monthly_price"), IsEmpty()) << r->Dump();
  EXPECT_NE(One(*r, "harborlight-desk", "per_user_price"), nullptr) << r->Dump();
}

// 「30種類以上のデータソース」: a counter, a bound and の tie the count to the
// noun after it.
TEST_F(ClaimTest, ACounterAndNoTieACountToTheNounAfter) {
  auto r = Read("ハーバーライト デスクは45種類以上の連携アプリに対応しています。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "integrations");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_EQ(c->value.amount, 45);
}

// "on its own" is an idiom: its "its" refers to no product.
TEST_F(ClaimTest, AnIdiomsItsRefersToNoProduct) {
  auto r = Read("Harborlight Desk keeps ticket history for 3 years. Seven-year retention is a separate archive "
                "service that we would quote on its own.\n");
  auto cs = r->Of("harborlight-desk", "retention");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 3);
}

// "One correction: …" introduces the corrected value; a requirement word in
// a bracketed note after an answer explains it, it asks for nothing.
TEST_F(ClaimTest, ACorrectionAndABracketedNoteKeepTheirValues) {
  auto r = Read("One correction: Harborlight Desk keeps ticket history for 3 years.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "retention"), nullptr) << r->Dump();
  auto note = Read("# ハーバーライト デスク 仕様\n\n| 項目 | 内容 |\n|---|---|\n"
                   "| オンプレミス版 | 非対応（クラウド環境が必要です） |\n",
                   "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*note, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr) << note->Dump();
  EXPECT_FALSE(c->value.truth);
}

// A struck value before the new one withdraws it; the new one stands.
TEST_F(ClaimTest, AStruckValueIsNotComparedWith) {
  auto r = Read("# ハーバーライト デスク 仕様\n\n| 項目 | 仕様 |\n|---|---|\n| 最大エージェント数 | ~~500名~~ 1,000名 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
  // Struck in HTML after its bound word: neither read as one number with the
  // new value ("500 200") nor kept.
  auto html = Read("<p>Harborlight Desk supports up to <s>500</s> 900 agents per account.</p>", "us", kAsOf, false,
                   ingest::PartKind::kHtml);
  auto hs = html->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(hs.size(), 1u) << html->Dump();
  EXPECT_EQ(hs[0]->value.amount, 900);
}

// A cue right after its value is that value's, even when it leads on to
// another ("a 4-hour first response and 3-year retention"); a capacity
// glued to a count ("1,000 agents/workspace") makes it one.
TEST_F(ClaimTest, ACueRightAfterItsValueAndAGluedCapacity) {
  auto r = Read("Harborlight Desk offers a 4-hour first response and 3-year ticket history retention.\n");
  auto fr = r->Of("harborlight-desk", "first_response_time");
  ASSERT_EQ(fr.size(), 1u) << r->Dump();
  EXPECT_EQ(fr[0]->value.amount, 4);
  auto glued = Read("Harborlight Desk: 1,000 agents/account, 99.9% uptime.\n");
  EXPECT_NE(One(*glued, "harborlight-desk", "max_agents"), nullptr) << glued->Dump();
}

// An answer under a quoted question: 同製品 means what the question named.
TEST_F(ClaimTest, AnAnswersAnaphorReachesTheQuotedQuestion) {
  auto r = Read("ご回答いたします。\n\n> ①ハーバーライト デスクのエージェント数の上限はいくつでしょうか。\n\n"
                "同製品は最大1,000エージェントまでご利用いただけます。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_FALSE(c->quoted);
}

// In a Markdown document a "> " block is the author's callout, not a quote,
// and a line all in bold titles what follows.
TEST_F(ClaimTest, AMarkdownCalloutIsTheAuthorsOwn) {
  auto r = Read("# Proposal\n\nIntro.\n\n> **Key facts — Harborlight Desk**\n>\n> - Agents: up to 1,000\n"
                "> - Availability SLA: 99.9%\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(c, nullptr) << r->Dump();
  EXPECT_FALSE(c->quoted);
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
}

// ---------------------------------------------------------------- documents that name no product
// The pipeline skips claim extraction of a document for which
// MayNameAProduct is false; a name the units put together from pieces must
// still count, or its claims would be lost.
TEST_F(ClaimTest, TextsNamingNoProductAreTheOnlyOnesSkipped) {
  EXPECT_FALSE(engine_->MayNameAProduct("Lunch on Friday? The room holds 40 people, 99.9% sure.\n"));
  EXPECT_FALSE(engine_->MayNameAProduct("金曜日の会議室は40名まで入れます。\n"));
  EXPECT_TRUE(engine_->MayNameAProduct("Harborlight Desk supports up to 1,000 agents.\n"));
  EXPECT_TRUE(engine_->MayNameAProduct("harborlight desk\n"));                     // any case
  EXPECT_TRUE(engine_->MayNameAProduct("We still run Harborlight HelpDesk.\n"));  // a deprecated name
  EXPECT_TRUE(engine_->MayNameAProduct("ハーバーライト・デスクは最大1,000名です。\n"));
  // Split by a line break and a quote marker, or over two table rows.
  EXPECT_TRUE(engine_->MayNameAProduct("> our Harborlight\n> Desk plan allows 1,000 agents\n"));
  EXPECT_TRUE(engine_->MayNameAProduct("| Harborlight |\n| Desk |\n"));
  EXPECT_TRUE(engine_->MayNameAProduct("> ハーバーライト\n> デスクの上限は1,000名です。\n"));
  auto r = Read("> our Harborlight\n> Desk plan allows up to 1,000 agents per account.\n");
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr) << r->Dump();
}

// ---------------------------------------------------------------- timelines
// One sentence giving the old and the new value, each in its own period:
// both are claims, each judged in its period.
TEST_F(ClaimTest, ATimelineInOneSentenceClaimsEachValueInItsPeriod) {
  auto ja = Read("ハーバーライト デスクの上限は、2026年9月までは500名、2026年10月からは1,000名となっております。\n", "tokyo");
  auto js = ja->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(js.size(), 2u) << ja->Dump();
  EXPECT_EQ(js[0]->value.amount, 500);
  EXPECT_EQ(js[0]->as_of, "2026-09-30");
  EXPECT_EQ(js[1]->value.amount, 1000);
  EXPECT_EQ(js[1]->as_of, "2026-10-01");

  // English puts the period after its value: "until September" is 500's.
  auto en = Read("Harborlight Desk allows 500 agents until September 2026 and 1,000 agents from October 2026.\n");
  auto es = en->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(es.size(), 2u) << en->Dump();
  EXPECT_EQ(es[0]->as_of, "2026-09-30");
  EXPECT_EQ(es[1]->as_of, "2026-10-01");

  // A plain head count after a limit is still no claim.
  auto deal = Read("ハーバーライト デスクの上限は1,000名ですが、御社は800名です。\n", "tokyo");
  auto ds = deal->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(ds.size(), 1u) << deal->Dump();
  EXPECT_EQ(ds[0]->value.amount, 1000);
}

// 2025年度まで: until the fiscal year's end, 31 March.
TEST_F(ClaimTest, UntilAFiscalYearIsUntilItsLastDay) {
  auto r = Read("ハーバーライト デスクは2025年度まで最大500名までのご利用でした。\n", "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2026-03-31");
}

// A month without its year is the coming one unless the value's own clause
// (or the date's) is in the past: a past subordinate clause does not count.
TEST_F(ClaimTest, APastClauseOfItsOwnLeavesAComingMonthComing) {
  auto r = Read("先日ご案内しておりましたとおり、ハーバーライト デスクは10月から最大1,000名までご利用いただけます。\n",
                "tokyo", "2026-08-20");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2026-10-01");
}

// "in 2025, it supported…": a past sentence's year is the period its value
// held in; "in January 2027" in a present sentence places nothing.
TEST_F(ClaimTest, AYearInAPastSentenceIsTheValuesPeriod) {
  auto r = Read("When Pinecrest first trialled Harborlight Desk in 2025, it supported up to 500 agents per account.\n");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2025-12-31");
  auto now = Read("In 2027 Harborlight Desk will support up to 2,500 agents per account.\n");
  const Claim* n = One(*now, "harborlight-desk", "max_agents");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->as_of, kAsOf);
}

// "that limit doubles to 1,000 on October 1": after a change verb, "on" and
// its date place the new value; without one, a date after "on" places nothing.
TEST_F(ClaimTest, AChangeOnADateTakesEffectThen) {
  auto r = Read("Harborlight Desk supports up to 500 agents today, and that limit doubles to 1,000 on October 1.\n",
                "us", "2026-08-20");
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[0]->as_of, "2026-08-20");
  EXPECT_EQ(cs[1]->as_of, "2026-10-01");
  auto meet = Read("Harborlight Desk supports up to 500 agents; let us meet on October 1.\n", "us", "2026-08-20");
  const Claim* c = One(*meet, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2026-08-20");
}

// A second size in brackets that is "also possible" is a capacity too.
TEST_F(ClaimTest, AValueThatIsAlsoPossibleIsAClaim) {
  auto r = Read("Each Harborlight Pulse workspace includes up to 50 GB of storage (200 GB is also possible by contract).\n");
  auto cs = r->Of("harborlight-pulse", "storage_per_workspace");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[1]->value.amount, 200e9);
}

// A note above a price table saying the amounts exclude consumption tax.
TEST_F(ClaimTest, ANoteThatAmountsExcludeConsumptionTaxCoversTheTable) {
  auto r = Read("All amounts below are in Japanese Yen and exclude consumption tax.\n\n"
                "| Product | Unit price | Qty |\n|---|---|---|\n| Harborlight Pulse | ¥14,800 / month | 1 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*r, "harborlight-pulse", "monthly_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
}

// A platform said to be planned, or named again later in its sentence and
// denied there, is not claimed as supported.
TEST_F(ClaimTest, APlannedOrLaterDeniedMemberIsNotClaimed) {
  auto members = [](const Reading& r) {
    std::vector<std::string> out;
    for (const Claim* c : r.Of("harborlight-desk", "supported_platforms")) out.push_back(c->value.member);
    return out;
  };
  auto en = Read("Harborlight Desk runs on Windows, macOS and iOS; Linux is on the roadmap but not supported today.\n");
  EXPECT_EQ(members(*en), (std::vector<std::string>{"Windows", "macOS", "iOS"})) << en->Dump();
  auto ja = Read("Linuxにつきましては、ハーバーライト デスクはWindows、macOSに対応しており、Linux版のご用意はございません。\n",
                 "tokyo");
  EXPECT_EQ(members(*ja), (std::vector<std::string>{"Windows", "macOS"})) << ja->Dump();
  auto plan = Read("ハーバーライト デスクはWindows、macOSに対応しており、Android版は対応予定です。\n", "tokyo");
  EXPECT_EQ(members(*plan), (std::vector<std::string>{"Windows", "macOS"})) << plan->Dump();
  // Named twice and supported: both stay claims.
  auto twice = Read("Harborlight Desk supports Linux, and the Linux app is fully supported.\n");
  EXPECT_FALSE(members(*twice).empty()) << twice->Dump();
}

// A feature matrix: members and boolean cues in the label column, one answer
// column per product. An affirmed member is that product's claim, a denied
// one none; a "Requirement" label column works the same way.
TEST_F(ClaimTest, AFeatureMatrixAnswersPerProductColumn) {
  auto r = Read("| Platform | Harborlight Desk |\n|---|---|\n| Windows | Yes |\n| Linux | No |\n| macOS | ✓ |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  std::vector<std::string> members;
  for (const Claim* c : r->Of("harborlight-desk", "supported_platforms")) members.push_back(c->value.member);
  EXPECT_EQ(members, (std::vector<std::string>{"Windows", "macOS"})) << r->Dump();

  auto req = Read("| Requirement | Harborlight Desk | Harborlight Relay |\n|---|---|---|\n"
                  "| On-premises deployment | Not supported | Not supported |\n",
                  "us", kAsOf, true, ingest::PartKind::kMarkdown);
  const Claim* c = One(*req, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->value.truth);
}

// A drawn table leaves a product's further rows blank under its name: the
// blank cell repeats the product above it.
TEST_F(ClaimTest, ABlankProductCellRepeatsTheOneAbove) {
  auto r = Read("┌──────┬──────┬──────┐\n│製品│項目│仕様│\n├──────┼──────┼──────┤\n"
                "│ハーバーライト デスク│最大エージェント数│1,000名│\n│　│SLA│99.9％│\n"
                "├──────┼──────┼──────┤\n│ハーバーライト リレー│SLA│99.95％│\n└──────┴──────┴──────┘\n",
                "tokyo", kAsOf, true);
  EXPECT_NE(One(*r, "harborlight-desk", "max_agents"), nullptr);
  const Claim* sla = One(*r, "harborlight-desk", "sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_EQ(sla->value.amount, 99.9);
  const Claim* relay = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(relay, nullptr);
  EXPECT_EQ(relay->value.amount, 99.95);
}

// A quote line: the item's "(1テナント)" and the quantity column are the
// order, not a capacity, when a unit price and a line total follow.
TEST_F(ClaimTest, CountsBeforeAUnitPriceAndALineTotalAreTheOrder) {
  auto r = Read("| 品名 | 数量 | 標準単価（月額） | 仕切率 | 金額（12か月） |\n|---|---|---|---|---|\n"
                "| ハーバーライト デスク（1アカウント） | 40名 | 4,980円 | 70％ | 1,673,280円 |\n",
                "tokyo", kAsOf, true, ingest::PartKind::kMarkdown);
  EXPECT_THAT(r->Of("harborlight-desk", "max_agents"), IsEmpty()) << r->Dump();
}

// 「令和8年4月1日付の改定により…となります」: 付 places the value from that date.
TEST_F(ClaimTest, AnEffectiveDateWithTsukePlacesTheValue) {
  auto r = Read("2026年10月1日付の仕様改定により、ハーバーライト デスクの上限は1アカウントあたり1,000名となります。\n", "tokyo",
                "2026-08-20");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2026-10-01");
}

// A feature named in a sentence is a claim only with a word that affirms it,
// states it ("has", 搭載) or says it can be done; "about offline mode" is none.
TEST_F(ClaimTest, ABooleanFeatureOnlyNamedIsNoClaim) {
  auto named = Read("We talked about Harborlight Desk on-premises deployment yesterday.\n");
  EXPECT_THAT(named->Of("harborlight-desk", "on_premises"), IsEmpty()) << named->Dump();
  auto ja = Read("ハーバーライト デスクのオンプレミス版について、先日伺った内容と異なるように思われます。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-desk", "on_premises"), IsEmpty()) << ja->Dump();
  for (const char* text : {"Harborlight Desk has an on-premises edition.\n", "Harborlight Desk can run on-premises.\n",
                           "ハーバーライト デスクはオンプレミスでもご利用いただけます。\n",
                           "ハーバーライト デスクは回線が切れた状態でもオンプレミスで運用を続けられます。\n"}) {
    auto r = Read(text, "us");
    const Claim* c = One(*r, "harborlight-desk", "on_premises");
    ASSERT_NE(c, nullptr) << text;
    EXPECT_TRUE(c->value.truth) << text;
  }
  auto no = Read("Harborlight Desk has no on-premises edition.\n");
  const Claim* c = One(*no, "harborlight-desk", "on_premises");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->value.truth);
}

// 「月額4,980円（税込5,478円）」: the bracket's tax word is its own amount's.
TEST_F(ClaimTest, TaxSpelledOutWithItsRateSaysIncludedOrExcluded) {
  auto in = Read("ハーバーライト デスクは、消費税（10％）を含めた1エージェントあたり月額5,478円です。\n", "tokyo");
  const Claim* c = One(*in, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.tax, Tax::kIncluded);
  EXPECT_THAT(in->Of("harborlight-desk", "sla"), IsEmpty()) << "the rate is no claim";
  auto ex = Read("ハーバーライト デスクは1エージェントあたり月額4,980円（消費税を含まない）です。\n", "tokyo");
  c = One(*ex, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
}

TEST_F(ClaimTest, ATaxWordInsideAnotherAmountIsThatAmounts) {
  auto r = Read("ハーバーライト デスク：1エージェントあたり月額4,980円（税込5,478円）\n", "tokyo");
  auto cs = r->Of("harborlight-desk", "per_user_price");
  ASSERT_EQ(cs.size(), 2u) << r->Dump();
  EXPECT_EQ(cs[0]->value.tax, Tax::kUnstated);
  EXPECT_EQ(cs[1]->value.tax, Tax::kIncluded);
}

// A header that gives another column the attribute's cue owns it: the
// service-credit column's percentages are no SLA.
TEST_F(ClaimTest, AColumnHeaderOwnsItsAttribute) {
  auto r = Read("## Service levels\n\n| Service | Availability SLA | Service credit when missed |\n|---|---|---|\n"
                "| Harborlight Desk | 99.9% | 10% of the monthly charge |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "sla");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 99.9);
}

// In a compliance matrix (requirement and response columns) a target column
// naming no product holds the requirement's figures.
TEST_F(ClaimTest, ATargetColumnInAComplianceMatrixIsTheRequirements) {
  auto r = Read("| # | Customer requirement | Target | Our response |\n|---|---|---|---|\n"
                "| R6 | Agents on one account | 800 | Harborlight Desk: up to 1,000 agents per account |\n",
                "us", kAsOf, true, ingest::PartKind::kMarkdown);
  auto cs = r->Of("harborlight-desk", "max_agents");
  ASSERT_EQ(cs.size(), 1u) << r->Dump();
  EXPECT_EQ(cs[0]->value.amount, 1000);
}

// 「10月1日のアップデートで…に引き上げられます」: with a change verb, の after a
// date places the new value from it.
TEST_F(ClaimTest, AJapaneseChangeOnADateTakesEffectThen) {
  auto r = Read("2026年10月1日のアップデートで、ハーバーライト デスクの上限は1,000名に引き上げられる予定です。\n", "tokyo",
                "2026-08-20");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->as_of, "2026-10-01");
}

// Members in the plural ("iPhones", "Macs") are those members.
// A measured or observed figure is no promise: "Measured uptime | 99.98%",
// 「稼働率の実績は99.80％」, "Availability you saw: 99.97%"; the committed SLA
// beside it is still a claim.
TEST_F(ClaimTest, AMeasuredFigureIsNoClaim) {
  auto r = Read("Harborlight Relay, Q3 service review\n\n| Metric | Q3 |\n|---|---|\n| Measured uptime | 99.98% |\n\n"
                "Availability you saw: 99.97%. Harborlight Relay is backed by a 99.95% uptime SLA.\n");
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_DOUBLE_EQ(sla->value.amount, 99.95);
  auto active = Read("Active Harborlight Desk agents: 412 of 500 licensed seats. Harborlight Desk supports up to "
                     "1,000 active agents per account.\n");
  const Claim* agents = One(*active, "harborlight-desk", "max_agents");
  ASSERT_NE(agents, nullptr);
  EXPECT_EQ(agents->value.amount, 1000);
  auto ja = Read("ハーバーライト リレーの稼働率の実績は99.80％でした。ハーバーライト リレーのSLAは99.95％です。\n", "tokyo");
  const Claim* ja_sla = One(*ja, "harborlight-relay", "sla");
  ASSERT_NE(ja_sla, nullptr);
  EXPECT_DOUBLE_EQ(ja_sla->value.amount, 99.95);
}

// A form's product line over the titles of its articles (「対象サービス：…」
// after the form's own title, then 「第1条（…）」 over numbered fields)
// governs every article.
TEST_F(ClaimTest, AFormsProductLineGovernsTheArticlesBelowIt) {
  auto r = Read("SLA別紙（案）　対象サービス：ハーバーライト リレー\n"
                "第1条（サービスレベル）\n"
                "　1.1　月間稼働率：99.95％以上\n"
                "第2条（容量）\n"
                "　2.1　添付ファイルサイズ：最大10MB\n",
                "tokyo");
  EXPECT_EQ(r->Of("harborlight-relay", "sla").size(), 1u) << r->Dump();
  EXPECT_EQ(r->Of("harborlight-relay", "max_attachment_size").size(), 1u) << r->Dump();
}

// A share of a charge is no rate of the product's: "5% of the monthly
// fee", 「月額料金の10％」. A rate of a period is ("99.95%
// of each calendar month").
TEST_F(ClaimTest, APercentOfAChargeIsACreditNoRate) {
  auto r = Read("Harborlight Relay uptime below the SLA costs us 5% of the monthly fee.\n"
                "Harborlight Relay's uptime SLA: available 99.95% of each calendar month.\n");
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_DOUBLE_EQ(sla->value.amount, 99.95);
  auto ja = Read("ハーバーライト リレーのSLA未達時は、月額料金の10％を減額いたします。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-relay", "sla"), IsEmpty()) << ja->Dump();
}

// A document's title of two lines ("SCHEDULE 3" / "SERVICE LEVELS
// (HARBORLIGHT RELAY)") governs the numbered sections under it; so does
// a first title line when the second names no product ("2026年5月版").
TEST_F(ClaimTest, ATitleOfTwoLinesGovernsTheDocument) {
  auto r = Read("SCHEDULE 3\nSERVICE LEVELS AND SERVICE CREDITS (HARBORLIGHT RELAY)\n\n"
                "1. DEFINITIONS\n1.1 \"Business Day\" means a day other than a Saturday or Sunday.\n\n"
                "2. AVAILABILITY\n2.1 The Supplier shall keep a monthly uptime SLA of 99.95%.\n",
                "us", kAsOf, /*document=*/true);
  EXPECT_EQ(r->Of("harborlight-relay", "sla").size(), 1u) << r->Dump();
  auto ja = Read("ハーバーライト リレー 製品概要\n2026年5月版                 社外秘 1/3\n\n"
                 "1. 概要\n\n添付ファイルサイズは最大10MBです。\n",
                 "tokyo", kAsOf, /*document=*/true);
  EXPECT_EQ(ja->Of("harborlight-relay", "max_attachment_size").size(), 1u) << ja->Dump();
}

// An order form's line: unit price, term, line total. The total is the
// price times the term (a monthly price's year counted in), no price of
// the product's; a size "committed" is the deal's.
TEST_F(ClaimTest, ALineTotalThatIsThePriceTimesTheTermIsNoPrice) {
  auto r = Read("Line items (prices exclude tax)\n"
                "1. Harborlight Relay workspace - $249 per month - 12 months - $2,988\n"
                "2. Harborlight Relay attachments: 40 GB committed\n");
  auto prices = r->Of("harborlight-relay", "monthly_price");
  ASSERT_EQ(prices.size(), 1u) << r->Dump();
  EXPECT_EQ(prices[0]->value.amount, 249) << r->Dump();
  EXPECT_THAT(r->Of("harborlight-relay", "max_attachment_size"), IsEmpty()) << r->Dump();
}

// A section's title on a line of its own is no part of the sentence under
// it: "Service levels and credits" / "Harborlight Relay is backed by…"
// (its "credits" makes no deal of the SLA), 「６．SLAおよびサービスクレジット」.
// A share of a price (「…36,000円（税抜）の10％にあたる3,600円」) is neither
// a rate nor a price.
TEST_F(ClaimTest, ASectionTitleLineStandsApartFromTheSentenceUnderIt) {
  auto r = Read("Post-incident review\n\nService levels and credits\n"
                "Harborlight Relay is backed by a 99.95% uptime SLA.\n"
                "Credits are 10% of the monthly fee below it.\n");
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_DOUBLE_EQ(sla->value.amount, 99.95);
  auto ja = Read("障害報告書\n\n６．SLAおよびサービスクレジット\n"
                 "\u3000ハーバーライト リレーのSLAは99.95％でございます。\n"
                 "\u3000つきましては、ハーバーライト リレーの月額料金36,000円（税抜）の10％にあたる3,600円（税抜）を"
                 "減額いたします。\n",
                 "tokyo");
  const Claim* ja_sla = One(*ja, "harborlight-relay", "sla");
  ASSERT_NE(ja_sla, nullptr);
  EXPECT_DOUBLE_EQ(ja_sla->value.amount, 99.95);
  for (const Claim* c : ja->Of("harborlight-relay", "monthly_price")) EXPECT_EQ(c->value.amount, 36000) << ja->Dump();
}

// A lead line stating the tax for the items under it ("Line items (prices
// exclude applicable sales tax)") covers their prices; a figure followed
// by "so far" was counted, not promised.
TEST_F(ClaimTest, ANoteThatPricesExcludeApplicableSalesTaxCoversThem) {
  auto r = Read("Line items (prices exclude applicable sales tax)\n"
                "- Harborlight Relay Standard - $249 per month\n"
                "- Harborlight Relay attachments: 3 MB sent so far, 10 MB at most\n");
  const Claim* price = One(*r, "harborlight-relay", "monthly_price");
  ASSERT_NE(price, nullptr);
  EXPECT_EQ(price->value.tax, Tax::kExcluded);
  const Claim* size = One(*r, "harborlight-relay", "max_attachment_size");
  ASSERT_NE(size, nullptr) << r->Dump();
  EXPECT_EQ(size->value.amount, 10e6);
}

// A service-credit table's tiers are thresholds, no rate the product
// promises: "less than 99.95% but at least 99.0% | 10%", 「99.0％未満
// 95.0％以上」. The SLA stated above them is the claim.
TEST_F(ClaimTest, ServiceCreditThresholdsAreNoSla) {
  auto r = Read("Harborlight Relay is backed by a 99.95% uptime SLA.\n\n"
                "| Monthly uptime | Service credit |\n|---|---|\n"
                "| less than 99.95% but at least 99.0% | 10% |\n"
                "| less than 99.0% but at least 95.0% | 25% |\n");
  const Claim* sla = One(*r, "harborlight-relay", "sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_DOUBLE_EQ(sla->value.amount, 99.95);
  auto ja = Read("ハーバーライト リレーの月間稼働率が99.0％未満95.0％以上の場合、月額料金の25％を減額します。\n", "tokyo");
  EXPECT_THAT(ja->Of("harborlight-relay", "sla"), IsEmpty()) << ja->Dump();
}

// A price per agent is the same however many agents buy it: a head count
// before it sizes no deal ("(pilot, 25 agents) - $39 per user per month");
// a total after a head count still does.
TEST_F(ClaimTest, AHeadCountBeforeAPerUserPriceLeavesItThePrice) {
  auto r = Read("Harborlight Desk (pilot, 25 agents) - $39 per user per month\n");
  const Claim* c = One(*r, "harborlight-desk", "per_user_price");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 39);
  auto total = Read("For the data team of 6 agents, Harborlight Desk would be $234.\n");
  EXPECT_THAT(total->Of("harborlight-desk", "per_user_price"), IsEmpty()) << total->Dump();
}

// 「7,500名でも」: a head count the customer might reach ("even 7,500"),
// no limit; the limit beside it is the claim.
TEST_F(ClaimTest, AHeadCountWithDemoIsTheCustomersNotALimit) {
  auto r = Read("ハーバーライト デスクの上限は1アカウントあたり1,000名でございますので、750名でも1アカウントでご利用いただけます。\n",
                "tokyo");
  const Claim* c = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 1000);
}

// The figure ours is set against ("which covers the 30-minute target in
// your policy") is that target's, not ours.
TEST_F(ClaimTest, TheTargetOurFigureCoversIsNoClaim) {
  auto r = Read("Harborlight Relay accepts attachments up to 10 MB, which covers the 5 MB limit in your policy.\n");
  const Claim* c = One(*r, "harborlight-relay", "max_attachment_size");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.amount, 10e6);
}

// 「…の有無」 asks whether: a checklist item asking it claims nothing.
TEST_F(ClaimTest, AnItemAskingWhetherClaimsNothing) {
  auto r = Read("ハーバーライト リレーの確認事項\n\n[ ] ISMAP登録の予定有無 → 製品部に確認中\n", "tokyo");
  EXPECT_THAT(r->Of("harborlight-relay", "certifications"), IsEmpty()) << r->Dump();
}

// A questionnaire answered in place, under a letter's subject line naming
// the product: each answer reads its question as a row's answer cell reads
// the requirement beside it. "No." denies the asked feature, "Yes." affirms
// the asked members, and members of the asked attribute in an answer are
// claimed ("Do you hold PCI DSS? No; we hold ISO 27001…").
TEST_F(ClaimTest, AQuestionnaireAnsweredInPlaceClaimsWhatTheAnswersSay) {
  auto r = Read("Dear Procurement Team,\n\nRE: Stage 1 questions (Harborlight Desk)\n\n"
                "Q3.2.1  Are Windows and macOS supported?      Yes.\n"
                "Q3.2.4  Maximum number of agents per account?  1,000.\n"
                "Q3.2.5  Is an on-premises edition available?   No.\n"
                "Q3.2.6  Is a Linux agent app available?        No.\n");
  EXPECT_EQ(r->Of("harborlight-desk", "supported_platforms").size(), 2u) << r->Dump();
  const Claim* agents = One(*r, "harborlight-desk", "max_agents");
  ASSERT_NE(agents, nullptr);
  EXPECT_EQ(agents->value.amount, 1000);
  const Claim* onprem = One(*r, "harborlight-desk", "on_premises");
  ASSERT_NE(onprem, nullptr);
  EXPECT_FALSE(onprem->value.truth);
  auto relay = Read("Dear Procurement Team,\n\nRE: Stage 1 questions (Harborlight Relay)\n\n"
                    "Q4.1  Do you hold PCI DSS?          No; we hold ISO 27001.\n"
                    "Q4.2  Which regions host it?        Oregon and Tokyo.\n");
  const Claim* cert = One(*relay, "harborlight-relay", "certifications");
  ASSERT_NE(cert, nullptr);
  EXPECT_EQ(cert->value.member, "ISO 27001");
}

TEST_F(ClaimTest, APluralMemberIsThatMember) {
  auto r = Read("Harborlight Desk has agent apps for Windows laptops, Macs, iPhones and Android phones.\n");
  std::vector<std::string> members;
  for (const Claim* c : r->Of("harborlight-desk", "supported_platforms")) members.push_back(c->value.member);
  EXPECT_EQ(members, (std::vector<std::string>{"Windows", "macOS", "iOS", "Android"})) << r->Dump();
}

}  // namespace
}  // namespace onevoice::extract
