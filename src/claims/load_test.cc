// Tests of LoadBase (load.h): the shared eval base loads cleanly into the
// right values, every value form of SPEC §2 is read, and each kind of broken
// base is reported at the file, line and column a user would open.
//
// Fixtures: tests/rules/forms (every value form), tests/rules/warnings, and
// one minimal base per error under tests/rules/broken/<case>/.
#include "claims/load.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "base/unicode.h"
#include "claims/lang.h"

namespace onevoice::claims {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

const std::string kEval = std::string(ONEVOICE_SHARED_DIR) + "/eval/rules";

std::string Fixture(const std::string& name) {
  return std::string(ONEVOICE_SOURCE_DIR) + "/tests/rules/" + name;
}

struct Loaded {
  Expected<std::shared_ptr<const Base>> base;
  std::vector<Diagnostic> diagnostics;  // all of them
  // The base's own, without those of the embedded language data (which are
  // appended to every load, and tested on their own).
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
};

Loaded Load(const std::string& dir) {
  std::vector<Diagnostic> diagnostics;
  auto base = LoadBase(dir, &diagnostics);
  Loaded out{std::move(base), diagnostics, {}, {}};
  for (const auto& d : diagnostics) {
    if (d.where.file.rfind("data/lang/", 0) == 0) continue;
    (d.severity == Diagnostic::Severity::kError ? out.errors : out.warnings).push_back(d);
  }
  return out;
}

std::string Dump(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

const CanonicalClaim* FindClaim(const Base& base, const std::string& id) {
  for (const auto& p : base.products) {
    for (const auto& c : p.claims) {
      if (c.id == id) return &c;
    }
  }
  return nullptr;
}

const PhraseRule* FindPhrase(const Base& base, const std::string& id) {
  for (const auto& r : base.phrases) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

// A broken base fails with exactly one error, at `file`:line:column, and the
// failure's message is that error as the user sees it.
void ExpectOneError(const Loaded& r, const std::string& file, int line, int column) {
  ASSERT_FALSE(r.base.ok());
  EXPECT_EQ(r.base.status().code(), Status::Code::kInvalidRules);
  ASSERT_EQ(r.errors.size(), 1u) << Dump(r.diagnostics);
  const Diagnostic& d = r.errors[0];
  EXPECT_EQ(d.where.file, file);
  EXPECT_EQ(d.where.line, line) << d.ToString();
  EXPECT_EQ(d.where.column, column) << d.ToString();
  EXPECT_EQ(r.base.status().message(), d.ToString());
}

// ------------------------------------------------------------ the eval base

// The shared evaluation base is the reference: it loads with no error and
// no warning, and holds every office, attribute, product, claim and phrase.
TEST(LoadBaseTest, EvalRulesLoadWithNoDiagnostics) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  EXPECT_THAT(r.diagnostics, IsEmpty()) << Dump(r.diagnostics);
  const Base& base = **r.base;
  EXPECT_EQ(base.dir, kEval);
  EXPECT_EQ(base.lexicon, &DefaultLexicon());
  EXPECT_EQ(base.offices.size(), 4u);
  EXPECT_EQ(base.attributes.size(), 25u);
  std::vector<std::string> products;
  size_t claims = 0;
  for (const auto& p : base.products) {
    products.push_back(p.id);
    claims += p.claims.size();
  }
  // Sorted by file name: meridian-insight, meridian-sync, meridian-vault.
  EXPECT_THAT(products, ElementsAre("meridian-insight", "meridian-sync", "meridian-vault"));
  EXPECT_EQ(claims, 26u);
  std::vector<std::string> phrases;
  for (const auto& ph : base.phrases) phrases.push_back(ph.id);
  EXPECT_THAT(phrases,
              ElementsAre("en.guarantee", "en.superlative", "en.unlimited", "ja.superlative-no1",
                          "ja.first-in-industry", "ja.absolute", "ja.cheapest"));
}

TEST(LoadBaseTest, EvalMaxUsersIsACountOfAtMost10000FromApril2026) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* c = FindClaim(**r.base, "msync.max-users");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->product, "meridian-sync");
  EXPECT_EQ(c->attribute, "max_users");
  EXPECT_EQ(c->value.kind, Kind::kCount);
  EXPECT_EQ(c->value.amount, 10000);
  EXPECT_EQ(c->value.bound, Bound::kMax);
  EXPECT_EQ(c->valid_from, "2026-04-01");
  EXPECT_EQ(c->valid_until, "");
  EXPECT_THAT(c->offices, IsEmpty());
  EXPECT_EQ(c->source, "Meridian Sync Product Specification v3.2 (2026-04-01), §2.1 Limits");
  EXPECT_EQ(c->examples.ok.size(), 3u);
  EXPECT_EQ(c->examples.conflict.size(), 2u);
  EXPECT_THAT(c->examples.stale, ElementsAre("Meridian Sync supports up to 5,000 users."));
  EXPECT_EQ(c->where.file, kEval + "/products/meridian-sync.yaml");
  EXPECT_EQ(c->where.line, 18);

  const CanonicalClaim* old = FindClaim(**r.base, "msync.max-users-until-2026-03");
  ASSERT_NE(old, nullptr);
  EXPECT_EQ(old->valid_from, "");
  EXPECT_EQ(old->valid_until, "2026-03-31");
}

TEST(LoadBaseTest, EvalJapanPriceIsJpy50000PerMonthTaxExcludedForTokyoAndOsaka) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* c = FindClaim(**r.base, "msync.price-jp");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kMoney);
  EXPECT_EQ(c->value.amount, 50000);
  EXPECT_EQ(c->value.currency, "JPY");
  EXPECT_EQ(c->value.per, "month");
  EXPECT_EQ(c->value.unit, "");
  EXPECT_EQ(c->value.tax, Tax::kExcluded);
  EXPECT_EQ(c->value.bound, Bound::kExact);
  EXPECT_THAT(c->offices, ElementsAre("tokyo", "osaka"));
  EXPECT_EQ(c->value.ToString(), "JPY 50,000 per month (tax excluded)");

  const CanonicalClaim* us = FindClaim(**r.base, "msync.price-us");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->value.tax, Tax::kUnstated);
  EXPECT_THAT(us->offices, ElementsAre("us-hq"));
}

TEST(LoadBaseTest, EvalDataSizesAreStoredInBytes) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* vault = FindClaim(**r.base, "mvault.max-storage");
  ASSERT_NE(vault, nullptr);
  EXPECT_EQ(vault->value.kind, Kind::kDataSize);
  EXPECT_DOUBLE_EQ(vault->value.amount, 5e14);
  EXPECT_EQ(vault->value.bound, Bound::kMax);
  const CanonicalClaim* sync = FindClaim(**r.base, "msync.storage-per-user");
  ASSERT_NE(sync, nullptr);
  EXPECT_DOUBLE_EQ(sync->value.amount, 1e12);
}

TEST(LoadBaseTest, EvalGeneralAvailabilityIsTheMonthAsWritten) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* c = FindClaim(**r.base, "minsight.general-availability");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kDate);
  EXPECT_EQ(c->value.date, "2027-01");
}

TEST(LoadBaseTest, EvalDurationsKeepTheirUnit) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* c = FindClaim(**r.base, "mvault.rpo");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->value.kind, Kind::kDuration);
  EXPECT_EQ(c->value.amount, 15);
  EXPECT_EQ(c->value.unit, "minutes");
  EXPECT_EQ(c->value.bound, Bound::kMax);
  EXPECT_DOUBLE_EQ(c->value.Magnitude(), 900);
}

TEST(LoadBaseTest, EvalSetMembersAreStoredByCanonicalName) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* certs = FindClaim(**r.base, "msync.certifications");
  ASSERT_NE(certs, nullptr);
  EXPECT_EQ(certs->value.kind, Kind::kSet);
  EXPECT_THAT(certs->members, ElementsAre("ISO 27001", "SOC 2 Type II"));
  const CanonicalClaim* platforms = FindClaim(**r.base, "msync.platforms");
  ASSERT_NE(platforms, nullptr);
  EXPECT_THAT(platforms->members, ElementsAre("Windows", "macOS", "iOS", "Android"));

  const Attribute* a = (*r.base)->FindAttribute("meridian-sync", "certifications");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, Kind::kSet);
  EXPECT_EQ(a->members.size(), 22u);
  EXPECT_EQ(a->members[0].canonical, "ISO 27001");
  EXPECT_THAT(a->members[0].aliases, ::testing::Contains("ISO/IEC 27001"));
  EXPECT_THAT(a->cues.at("ja"), ::testing::Contains("認証"));
}

TEST(LoadBaseTest, EvalBooleansAndPercents) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* offline = FindClaim(**r.base, "msync.offline-mode");
  ASSERT_NE(offline, nullptr);
  EXPECT_EQ(offline->value.kind, Kind::kBoolean);
  EXPECT_FALSE(offline->value.truth);
  const CanonicalClaim* sla = FindClaim(**r.base, "mvault.sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_EQ(sla->value.kind, Kind::kPercent);
  EXPECT_DOUBLE_EQ(sla->value.amount, 99.95);
}

TEST(LoadBaseTest, EvalOfficesCarryTheirTax) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const Office* tokyo = (*r.base)->FindOffice("tokyo");
  ASSERT_NE(tokyo, nullptr);
  EXPECT_EQ(tokyo->currency, "JPY");
  EXPECT_EQ(tokyo->locale, "ja-JP");
  EXPECT_DOUBLE_EQ(tokyo->tax_rate, 0.10);
  EXPECT_EQ(tokyo->tax_quoted, Tax::kExcluded);
  EXPECT_THAT(tokyo->senders, ElementsAre("*@jp.meridian-data.com"));
  const Office* us = (*r.base)->FindOffice("us-hq");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->tax_rate, 0);
  EXPECT_EQ(us->tax_quoted, Tax::kUnstated);
}

// Documents are matched in their normalized form, so a pattern must match
// what a full-width original becomes.
TEST(LoadBaseTest, EvalPhrasePatternsMatchNormalizedText) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const PhraseRule* absolute = FindPhrase(**r.base, "ja.absolute");
  ASSERT_NE(absolute, nullptr);
  EXPECT_EQ(absolute->lang, "ja");
  EXPECT_EQ(absolute->severity, Severity::kWarning);
  ASSERT_EQ(absolute->patterns.size(), 5u);
  const std::string text = NormalizeWord("１００％安全なバックアップ環境をご提供します。");
  bool fired = false;
  for (const auto& p : absolute->patterns) {
    ASSERT_NE(p.regex, nullptr);
    fired = fired || RE2::PartialMatch(text, p.regex->Get());
  }
  EXPECT_TRUE(fired);

  const PhraseRule* superlative = FindPhrase(**r.base, "en.superlative");
  ASSERT_NE(superlative, nullptr);
  EXPECT_EQ(superlative->severity, Severity::kError);
  EXPECT_EQ(superlative->unless.size(), 2u);
  EXPECT_EQ(superlative->flag_examples.size(), 6u);
  EXPECT_EQ(superlative->pass_examples.size(), 7u);
  EXPECT_EQ(superlative->patterns[2].source,
            "(?i)\\bbest[- ]in[- ](?:the[- ])?(?:industry|market|class|business|breed)\\b");
  EXPECT_EQ(superlative->patterns[2].where.file, kEval + "/phrases/en.yaml");
  EXPECT_EQ(superlative->patterns[2].where.line, 52);
  EXPECT_EQ(superlative->patterns[2].where.column, 9);
}

// The version identifies the base by its files' names and bytes, not by the
// folder it sits in.
TEST(LoadBaseTest, VersionHashFollowsTheBytesNotTheFolder) {
  Loaded r = Load(kEval);
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const std::string hash = (*r.base)->version_hash;
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_TRUE(std::all_of(hash.begin(), hash.end(),
                          [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));

  const fs::path copy = fs::path(::testing::TempDir()) / "onevoice_version_hash";
  fs::remove_all(copy);
  fs::copy(kEval, copy, fs::copy_options::recursive);
  Loaded same = Load(copy.string());
  ASSERT_TRUE(same.base.ok()) << same.base.status().ToString();
  EXPECT_EQ((*same.base)->version_hash, hash);

  std::ofstream(copy / "phrases" / "en.yaml", std::ios::app) << "\n# one more line\n";
  Loaded changed = Load(copy.string());
  ASSERT_TRUE(changed.base.ok()) << changed.base.status().ToString();
  EXPECT_NE((*changed.base)->version_hash, hash);
  fs::remove_all(copy);
}

// ------------------------------------------------------------ value forms

TEST(LoadBaseTest, EveryValueFormOfTheSpecLoads) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString() << "\n" << Dump(r.diagnostics);
  EXPECT_THAT(r.diagnostics, IsEmpty()) << Dump(r.diagnostics);
  const Base& base = **r.base;

  const CanonicalClaim* users = FindClaim(base, "widget.users");
  ASSERT_NE(users, nullptr);
  EXPECT_EQ(users->value.bound, Bound::kRange);
  EXPECT_EQ(users->value.amount, 10);
  EXPECT_EQ(users->value.amount_max, 50);

  const CanonicalClaim* projects = FindClaim(base, "widget.projects");
  ASSERT_NE(projects, nullptr);
  EXPECT_EQ(projects->value.amount, 1000);
  EXPECT_EQ(projects->value.bound, Bound::kMin);

  // A money value without `per` is quoted per the attribute's unit.
  const CanonicalClaim* price = FindClaim(base, "widget.price-jp");
  ASSERT_NE(price, nullptr);
  EXPECT_EQ(price->value.per, "month");
  EXPECT_EQ(price->value.tax, Tax::kIncluded);

  // Singular units are stored plural; a missing unit is the attribute's.
  const CanonicalClaim* retention = FindClaim(base, "widget.retention");
  ASSERT_NE(retention, nullptr);
  EXPECT_EQ(retention->value.unit, "weeks");
  EXPECT_EQ(base.attributes.at("retention").unit, "days");
  const CanonicalClaim* trial = FindClaim(base, "widget.trial");
  ASSERT_NE(trial, nullptr);
  EXPECT_EQ(trial->value.amount, 30);
  EXPECT_EQ(trial->value.unit, "days");

  // Decimal units are powers of 1000, *iB units powers of 1024.
  EXPECT_DOUBLE_EQ(FindClaim(base, "widget.storage")->value.amount, 5e14);
  EXPECT_DOUBLE_EQ(FindClaim(base, "widget.file-size")->value.amount, 65536);
  EXPECT_DOUBLE_EQ(FindClaim(base, "widget.upload-size")->value.amount, 2048);

  // A bare year is an int to YAML and a date to us.
  EXPECT_EQ(FindClaim(base, "widget.launch")->value.date, "2027");
  EXPECT_EQ(FindClaim(base, "widget.release")->value.date, "2027-01-15");

  // Members named by alias or in another case are stored canonical.
  EXPECT_THAT(FindClaim(base, "widget.platforms")->members,
              ElementsAre("Windows", "macOS", "Linux"));
  const Attribute& platforms = base.attributes.at("platforms");
  EXPECT_THAT(platforms.members[0].aliases, ElementsAre("Windows", "Windows 11"));
  EXPECT_THAT(platforms.members[2].aliases, ElementsAre("Linux"));

  const CanonicalClaim* offline = FindClaim(base, "widget.offline");
  ASSERT_NE(offline, nullptr);
  EXPECT_EQ(offline->value.kind, Kind::kBoolean);
  EXPECT_FALSE(offline->value.truth);
}

// valid: {from: 2026-04, until: 2027} covers 2026-04-01 through 2027-12-31.
TEST(LoadBaseTest, PartialValidityDatesWidenToWholeDays) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const CanonicalClaim* sla = FindClaim(**r.base, "widget.sla");
  ASSERT_NE(sla, nullptr);
  EXPECT_EQ(sla->valid_from, "2026-04-01");
  EXPECT_EQ(sla->valid_until, "2027-12-31");
  EXPECT_TRUE(sla->ValidOn("2027-12-31"));
  EXPECT_FALSE(sla->ValidOn("2026-03-31"));
}

TEST(LoadBaseTest, ProductAttributesOverrideAndAddToTheCompanyOnes) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const Base& base = **r.base;
  EXPECT_EQ(base.FindAttribute("widget", "max_users")->unit, "seats");
  EXPECT_EQ(base.attributes.at("max_users").unit, "users");
  EXPECT_NE(base.FindAttribute("widget", "max_projects"), nullptr);
  const Product* widget = base.FindProduct("widget");
  ASSERT_NE(widget, nullptr);
  EXPECT_EQ(widget->names.canonical, "Widget");
  EXPECT_THAT(widget->names.names.at("ja"), ElementsAre("ウィジェット"));
  EXPECT_THAT(widget->names.deprecated, ElementsAre("Gadget"));
  EXPECT_EQ(base.FindOffice("tokyo")->tax_quoted, Tax::kIncluded);
}

// How an office writes numeric dates comes from its locale (ICU's own
// order), unless offices.yaml says date_order.
TEST(LoadBaseTest, AnOfficesDateOrderComesFromItsLocaleOrDateOrder) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const Base& base = **r.base;
  EXPECT_FALSE(base.FindOffice("us-hq")->day_first);
  EXPECT_FALSE(base.FindOffice("tokyo")->day_first);
  EXPECT_TRUE(base.FindOffice("london")->day_first);
  EXPECT_TRUE(base.FindOffice("toronto")->day_first);
}

// The tax on an amount goes with its currency: a yen price said in London
// carries Tokyo's consumption tax; a dollar price said in Tokyo none.
TEST(LoadBaseTest, TaxRateGoesWithTheCurrency) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const Base& base = **r.base;
  EXPECT_DOUBLE_EQ(base.TaxRate("tokyo", "JPY"), 0.10);
  EXPECT_DOUBLE_EQ(base.TaxRate("london", "JPY"), 0.10);
  EXPECT_DOUBLE_EQ(base.TaxRate("tokyo", "USD"), 0.0);
  EXPECT_DOUBLE_EQ(base.TaxRate("london", "GBP"), 0.0);
}

// （税込） typed full-width is a literal: it matches "(税込)" in normalized
// text, and is not read as a regex group matching a bare 税込.
TEST(LoadBaseTest, FullWidthPunctuationInPatternsStaysLiteral) {
  Loaded r = Load(Fixture("forms"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  const PhraseRule* rule = FindPhrase(**r.base, "ja.tax-note");
  ASSERT_NE(rule, nullptr);
  ASSERT_EQ(rule->patterns.size(), 2u);
  const RE2& paren = rule->patterns[0].regex->Get();
  EXPECT_EQ(rule->patterns[0].source, "（税込）");
  EXPECT_TRUE(RE2::PartialMatch(NormalizeWord("月額55,000円（税込）"), paren));
  EXPECT_FALSE(RE2::PartialMatch(NormalizeWord("税込価格"), paren));
  const RE2& percent = rule->patterns[1].regex->Get();
  EXPECT_TRUE(RE2::PartialMatch(NormalizeWord("１００％〜"), percent));
  EXPECT_TRUE(RE2::PartialMatch(NormalizeWord("100%～"), percent));
  EXPECT_FALSE(RE2::PartialMatch(NormalizeWord("100%"), percent));
}

// ------------------------------------------------------------ warnings

// An attribute without cues and a claim without a source are worth fixing,
// but the base still loads.
TEST(LoadBaseTest, MissingCuesAndSourceAreWarningsOnly) {
  Loaded r = Load(Fixture("warnings"));
  ASSERT_TRUE(r.base.ok()) << r.base.status().ToString();
  EXPECT_THAT(r.errors, IsEmpty()) << Dump(r.diagnostics);
  ASSERT_EQ(r.warnings.size(), 2u) << Dump(r.diagnostics);
  EXPECT_EQ(r.warnings[0].where.file, Fixture("warnings") + "/attributes.yaml");
  EXPECT_EQ(r.warnings[0].where.line, 5);
  EXPECT_THAT(r.warnings[0].message, HasSubstr("'rto' has no cue words"));
  EXPECT_EQ(r.warnings[1].where.file, Fixture("warnings") + "/products/a.yaml");
  EXPECT_EQ(r.warnings[1].where.line, 5);
  EXPECT_THAT(r.warnings[1].message, HasSubstr("claim 'a.users' has no 'source'"));
  EXPECT_THAT(r.warnings[1].ToString(), HasSubstr(":5:5: warning: "));
}

// ------------------------------------------------------------ broken bases

TEST(LoadBaseTest, BadRegexIsReportedAtThePatternWithRe2sReason) {
  const std::string dir = Fixture("broken/bad-regex");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/phrases/en.yaml", 8, 9);
  EXPECT_THAT(r.errors[0].message, StartsWith("invalid regex: missing ): "));
}

TEST(LoadBaseTest, UnknownKeyIsReportedWithTheAllowedKeys) {
  const std::string dir = Fixture("broken/unknown-key");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 9, 31);
  EXPECT_EQ(r.errors[0].message, "unknown key 'util' in 'valid' (allowed: from, until)");
}

TEST(LoadBaseTest, AnUnknownDateOrderIsReportedAtItsValue) {
  const std::string dir = Fixture("broken/bad-date-order");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/offices.yaml", 6, 17);
  EXPECT_EQ(r.errors[0].message, "'date_order' must be dmy, mdy or ymd, got 'd/m/y'");
}

TEST(LoadBaseTest, DuplicateClaimIdNamesTheFirstOccurrence) {
  const std::string dir = Fixture("broken/duplicate-claim-id");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/products/meridian-vault.yaml", 9, 9);
  EXPECT_EQ(r.errors[0].message, "duplicate claim id 'max-users' (first defined at " + dir +
                                     "/products/meridian-sync.yaml:5)");
}

TEST(LoadBaseTest, StringWhereACountBelongsSaysANumberIsExpected) {
  const std::string dir = Fixture("broken/string-for-count");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 7, 12);
  EXPECT_EQ(r.errors[0].message,
            "'value' of a count attribute ('max_users') must be a number, got the string "
            "\"ten thousand\"");
}

TEST(LoadBaseTest, ClaimOnUndeclaredAttributeIsAnError) {
  const std::string dir = Fixture("broken/undeclared-attribute");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 10, 16);
  EXPECT_THAT(r.errors[0].message, StartsWith("claim on undeclared attribute 'max_seats'"));
}

TEST(LoadBaseTest, OverlappingValidityWindowsAreAnError) {
  const std::string dir = Fixture("broken/overlapping-windows");
  Loaded r = Load(dir);
  // Reported at the later claim's `valid`, naming the earlier claim.
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 15, 5);
  EXPECT_THAT(r.errors[0].message,
              StartsWith("validity window of claim 'msync.max-users-old' overlaps claim "
                         "'msync.max-users' (" +
                         dir +
                         "/products/meridian-sync.yaml:5) for "
                         "product 'meridian-sync', attribute 'max_users' and every office"));
}

TEST(LoadBaseTest, ClaimNamingAnUndeclaredOfficeIsAnError) {
  const std::string dir = Fixture("broken/undeclared-office");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 8, 22);
  EXPECT_EQ(r.errors[0].message,
            "claim names undeclared office 'paris' (offices.yaml declares: us-hq, tokyo)");
}

TEST(LoadBaseTest, UndeclaredSetMemberIsAnError) {
  const std::string dir = Fixture("broken/undeclared-member");
  Loaded r = Load(dir);
  // ISO/IEC 27001 and SOC 2 are aliases; FedRAMP is declared nowhere.
  ExpectOneError(r, dir + "/products/meridian-sync.yaml", 7, 35);
  EXPECT_THAT(r.errors[0].message,
              StartsWith("'FedRAMP' is not a declared member of a set attribute "
                         "('certifications')"));
}

TEST(LoadBaseTest, MalformedYamlIsADiagnosticNotACrash) {
  const std::string dir = Fixture("broken/malformed-yaml");
  Loaded r = Load(dir);
  ASSERT_FALSE(r.base.ok());
  ASSERT_EQ(r.errors.size(), 1u) << Dump(r.diagnostics);
  EXPECT_EQ(r.errors[0].where.file, dir + "/products/meridian-sync.yaml");
  EXPECT_EQ(r.errors[0].where.line, 5);
  EXPECT_THAT(r.errors[0].message, StartsWith("invalid YAML: "));
}

TEST(LoadBaseTest, MissingAttributesFileIsAnError) {
  const std::string dir = Fixture("broken/missing-attributes");
  Loaded r = Load(dir);
  ExpectOneError(r, dir + "/attributes.yaml", 0, 0);
  EXPECT_THAT(r.errors[0].message, HasSubstr("missing file"));
}

TEST(LoadBaseTest, MissingFolderIsAnError) {
  Loaded r = Load(Fixture("no-such-folder"));
  ASSERT_FALSE(r.base.ok());
  ASSERT_EQ(r.errors.size(), 1u) << Dump(r.diagnostics);
  EXPECT_EQ(r.errors[0].message, "claims base folder not found");
}

// Every problem is collected, in file order (offices, attributes, products
// and phrases by name), line order within a file; the failure names the first.
TEST(LoadBaseTest, EveryErrorIsCollectedInFileOrder) {
  const std::string dir = Fixture("broken/several");
  Loaded r = Load(dir);
  ASSERT_FALSE(r.base.ok());
  std::vector<std::string> at;
  for (const auto& d : r.errors) {
    at.push_back(d.where.file.substr(dir.size() + 1) + ":" + std::to_string(d.where.line) + ":" +
                 std::to_string(d.where.column));
  }
  EXPECT_THAT(at,
              ElementsAre("offices.yaml:4:9", "attributes.yaml:6:11", "products/a.yaml:8:12",
                          "products/b.yaml:5:5", "products/b.yaml:11:19", "phrases/en.yaml:4:15"))
      << Dump(r.diagnostics);
  ASSERT_EQ(r.errors.size(), 6u);
  EXPECT_THAT(r.errors[0].message, HasSubstr("duplicate office id 'us-hq'"));
  EXPECT_THAT(r.errors[1].message, StartsWith("'kind' must be one of count, money"));
  EXPECT_THAT(r.errors[2].message, StartsWith("'bound' must be exact, max, min or range"));
  EXPECT_EQ(r.errors[3].message, "a claim is missing required key 'id'");
  EXPECT_EQ(r.errors[4].message, "'from' 2027-06-01 is after 'until' 2027-01-31");
  EXPECT_THAT(r.errors[5].message, StartsWith("'severity' must be error, warning or info"));
  EXPECT_EQ(r.base.status().message(), r.errors[0].ToString());
}

// Whatever shape a file has, loading reports it and never throws or crashes
// (SPEC §4.6: bad rules are an error, not a crash).
TEST(LoadBaseTest, AnyShapeOfYamlIsReportedNotThrown) {
  const fs::path dir = fs::path(::testing::TempDir()) / "onevoice_shapes";
  fs::remove_all(dir);
  fs::copy(Fixture("forms"), dir, fs::copy_options::recursive);
  const std::vector<std::string> shapes = {
      "- a list\n",
      "just a scalar\n",
      "product: [a, b]\nnames: x\nclaims: {a: 1}\n",
      "product: p\nnames: {canonical: [x]}\nclaims:\n  - 42\n  - {id: [x], value: ~}\n",
      "product: q\nnames: {canonical: Q}\nclaims:\n  - &c {id: q.a, attribute: sla, value: 1}\n"
      "  - *c\n",
      "product: r\n\tnames: x\n",
      "\"unterminated\n",
      "",
  };
  for (size_t i = 0; i < shapes.size(); ++i) {
    std::ofstream(dir / "products" / ("shape" + std::to_string(i) + ".yaml")) << shapes[i];
  }
  Loaded r = Load(dir.string());
  EXPECT_FALSE(r.base.ok());
  std::set<std::string> files;
  for (const auto& d : r.errors) files.insert(fs::path(d.where.file).filename().string());
  for (size_t i = 0; i < shapes.size(); ++i) {
    EXPECT_TRUE(files.count("shape" + std::to_string(i) + ".yaml")) << i << "\n"
                                                                    << Dump(r.diagnostics);
  }
  fs::remove_all(dir);
}

// A file in another encoding would make every word in it silently wrong.
TEST(LoadBaseTest, FileThatIsNotUtf8IsAnError) {
  const fs::path dir = fs::path(::testing::TempDir()) / "onevoice_latin1";
  fs::remove_all(dir);
  fs::copy(Fixture("forms"), dir, fs::copy_options::recursive);
  std::ofstream(dir / "products" / "latin1.yaml")
      << "product: latin1\nnames:\n  canonical: Caf\xe9 Sync\n";
  Loaded r = Load(dir.string());
  ExpectOneError(r, (dir / "products" / "latin1.yaml").string(), 3, 17);
  EXPECT_THAT(r.errors[0].message, HasSubstr("not valid UTF-8"));
  fs::remove_all(dir);
}

// The embedded language data is validated with every base: its problems come
// after the base's own, named by their data/lang path.
TEST(LoadBaseTest, LanguageDataDiagnosticsAreReportedToo) {
  std::vector<Diagnostic> lang;
  (void)LoadLexicon(EmbeddedLangFiles(), &lang);
  Loaded r = Load(Fixture("forms"));
  ASSERT_GE(r.diagnostics.size(), lang.size());
  std::vector<std::string> tail, expected;
  for (size_t i = r.diagnostics.size() - lang.size(); i < r.diagnostics.size(); ++i) {
    tail.push_back(r.diagnostics[i].ToString());
  }
  for (const auto& d : lang) {
    EXPECT_THAT(d.where.file, StartsWith("data/lang/"));
    expected.push_back(d.ToString());
  }
  EXPECT_EQ(tail, expected);
  EXPECT_EQ(r.base.ok(), !HasErrors(lang));
}

TEST(LoadBaseTest, DiagnosticsMayBeLeftOut) {
  auto ok = LoadBase(kEval, nullptr);
  EXPECT_TRUE(ok.ok());
  auto broken = LoadBase(Fixture("broken/bad-regex"), nullptr);
  ASSERT_FALSE(broken.ok());
  EXPECT_THAT(broken.status().message(), HasSubstr("invalid regex"));
}

}  // namespace
}  // namespace onevoice::claims
