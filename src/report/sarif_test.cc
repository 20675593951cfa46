// Tests of the SARIF sink (sarif.h): the structure a code-scanning UI reads
// for hand-made findings: rules per claim or phrase id and per kind, levels,
// regions, fixes, URIs, and what an email finding leaves out.
#include "report/sarif.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace onevoice::report {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

// A base with one product, one claim (with a source) and one phrase rule.
claims::Base TinyBase() {
  claims::Base base;
  base.version_hash = "abc123";
  claims::Attribute users;
  users.id = "max_users";
  users.kind = claims::Kind::kCount;
  users.unit = "users";
  base.attributes["max_users"] = users;
  claims::Product p;
  p.id = "acme-drive";
  p.names.canonical = "Acme Drive";
  claims::CanonicalClaim c;
  c.id = "drive.max-users";
  c.product = "acme-drive";
  c.attribute = "max_users";
  c.value.kind = claims::Kind::kCount;
  c.value.bound = claims::Bound::kMax;
  c.value.amount = 10000;
  c.valid_from = "2026-04-01";
  c.offices = {"us-hq"};
  c.source = "Spec sheet v3.2, p.4";
  p.claims.push_back(c);
  base.products.push_back(p);
  claims::PhraseRule r;
  r.id = "en.superlative";
  r.lang = "en";
  r.severity = claims::Severity::kInfo;
  r.message = "Superlatives need a source.";
  base.phrases.push_back(r);
  return base;
}

check::Finding Conflict() {
  check::Finding f;
  f.kind = check::FindingKind::kConflict;
  f.severity = claims::Severity::kError;
  f.where.file = "docs/a.md";
  f.where.line = 12;
  f.where.column = 20;  // "up to 5,000"
  f.where.end_line = 12;
  f.where.end_column = 31;
  f.rule = "drive.max-users";
  f.product = "acme-drive";
  f.attribute = "max_users";
  f.found_text = "up to 5,000";
  claims::Value found;
  found.amount = 5000;
  f.found = found;
  claims::Value expected;
  expected.amount = 10000;
  expected.bound = claims::Bound::kMax;
  f.expected = {expected};
  f.office = "us-hq";
  f.as_of = "2026-11-22";
  f.message = "Acme Drive max users: the claims base says up to 10,000, this says 5,000";
  f.excerpt = "Acme Drive supports up to 5,000 users.";
  f.fix = "10,000";
  f.fix_where = f.where;
  f.fix_where.column = 26;  // the numeral alone
  f.fix_where.end_column = 31;
  return f;
}

check::DocumentResult DocFor(const std::string& file, bool is_message = false) {
  check::DocumentResult d;
  d.file = file;
  d.is_message = is_message;
  return d;
}

json RunOf(const json& log) { return log.at("runs").at(0); }

const json& RuleById(const json& run, const std::string& id) {
  for (const auto& r : run.at("tool").at("driver").at("rules")) {
    if (r.at("id") == id) return r;
  }
  static const json kNone;
  ADD_FAILURE() << "no rule " << id;
  return kNone;
}

// A conflict becomes one result under its claim id, with a region that ends
// where the finding ends (exclusive column), and a fix that replaces the
// fix's own span (the numeral) with the canonical value.
TEST(SarifSink, ConflictHasRuleRegionAndFix) {
  claims::Base base = TinyBase();
  SarifSink sink(nullptr, &base, {"9.9.9", "https://example.invalid/onevoice"});
  sink.Found(DocFor("docs/a.md"), Conflict());
  json log = sink.Log();
  EXPECT_EQ(log.at("version"), "2.1.0");
  EXPECT_THAT(log.at("$schema").get<std::string>(), HasSubstr("sarif-2.1.0"));
  json run = RunOf(log);
  EXPECT_EQ(run.at("tool").at("driver").at("name"), "onevoice");
  EXPECT_EQ(run.at("tool").at("driver").at("version"), "9.9.9");
  EXPECT_EQ(run.at("tool").at("driver").at("informationUri"), "https://example.invalid/onevoice");
  EXPECT_EQ(run.at("columnKind"), "unicodeCodePoints");
  EXPECT_EQ(run.at("properties").at("rules_version"), "abc123");

  ASSERT_EQ(run.at("results").size(), 1u);
  const json& r = run.at("results").at(0);
  EXPECT_EQ(r.at("ruleId"), "drive.max-users");
  EXPECT_EQ(r.at("level"), "error");
  EXPECT_EQ(r.at("message").at("text"), Conflict().message);
  const json& phys = r.at("locations").at(0).at("physicalLocation");
  EXPECT_EQ(phys.at("artifactLocation").at("uri"), "docs/a.md");
  EXPECT_EQ(phys.at("region"), (json{{"startLine", 12},
                                     {"startColumn", 20},
                                     {"endLine", 12},
                                     {"endColumn", 31},
                                     {"snippet", {{"text", "up to 5,000"}}}}));
  const json& props = r.at("properties");
  EXPECT_EQ(props.at("kind"), "conflict");
  EXPECT_EQ(props.at("product"), "acme-drive");
  EXPECT_EQ(props.at("attribute"), "max_users");
  EXPECT_EQ(props.at("office"), "us-hq");
  EXPECT_EQ(props.at("as_of"), "2026-11-22");
  EXPECT_EQ(props.at("quoted"), false);
  EXPECT_EQ(props.at("found").at("value"), 5000);
  EXPECT_EQ(props.at("expected"), 10000);
  EXPECT_FALSE(props.contains("part"));  // documents have no MIME part
  EXPECT_FALSE(props.contains("message_id"));

  ASSERT_EQ(r.at("fixes").size(), 1u);
  const json& change = r.at("fixes").at(0).at("artifactChanges").at(0);
  EXPECT_EQ(change.at("artifactLocation").at("uri"), "docs/a.md");
  const json& rep = change.at("replacements").at(0);
  EXPECT_EQ(rep.at("deletedRegion"),
            (json{{"startLine", 12}, {"startColumn", 26}, {"endLine", 12}, {"endColumn", 31}}));
  EXPECT_EQ(rep.at("insertedContent").at("text"), "10,000");
}

// The claim's rule describes the approved statement and carries the base's
// `source` as help; ruleIndex points at it.
TEST(SarifSink, ClaimRuleCarriesSourceAsHelp) {
  claims::Base base = TinyBase();
  SarifSink sink(nullptr, &base, {"0.1.0", ""});
  sink.Found(DocFor("docs/a.md"), Conflict());
  json run = RunOf(sink.Log());
  EXPECT_FALSE(run.at("tool").at("driver").contains("informationUri"));
  const json& rule = RuleById(run, "drive.max-users");
  EXPECT_EQ(rule.at("help").at("text"), "Spec sheet v3.2, p.4");
  EXPECT_EQ(rule.at("shortDescription").at("text"), "Acme Drive max users: up to 10,000 users.");
  EXPECT_THAT(rule.at("fullDescription").at("text").get<std::string>(),
              HasSubstr("from 2026-04-01"));
  EXPECT_THAT(rule.at("fullDescription").at("text").get<std::string>(), HasSubstr("office us-hq"));
  EXPECT_EQ(rule.at("defaultConfiguration").at("level"), "error");
  const json& rules = run.at("tool").at("driver").at("rules");
  int index = run.at("results").at(0).at("ruleIndex");
  EXPECT_EQ(rules.at(index).at("id"), "drive.max-users");
}

// error → "error", warning → "warning", info → "note"; a phrase rule's own
// severity is its default level and its message its description.
TEST(SarifSink, LevelsFollowSeverity) {
  claims::Base base = TinyBase();
  SarifSink sink(nullptr, &base, {"0.1.0", ""});
  check::Finding f = Conflict();
  f.fix.clear();
  sink.Found(DocFor("docs/a.md"), f);
  f.severity = claims::Severity::kWarning;
  f.kind = check::FindingKind::kOfficeVariant;
  sink.Found(DocFor("docs/a.md"), f);
  check::Finding phrase;
  phrase.kind = check::FindingKind::kPhrase;
  phrase.severity = claims::Severity::kInfo;
  phrase.rule = "en.superlative";
  phrase.where.file = "docs/a.md";
  phrase.where.line = phrase.where.end_line = 3;
  phrase.where.column = 1;
  phrase.where.end_column = 9;
  phrase.message = "Superlatives need a source.";
  sink.Found(DocFor("docs/a.md"), phrase);
  json run = RunOf(sink.Log());
  const json& results = run.at("results");
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0].at("level"), "error");
  EXPECT_EQ(results[1].at("level"), "warning");
  EXPECT_EQ(results[2].at("level"), "note");
  EXPECT_FALSE(results[0].contains("fixes"));
  EXPECT_EQ(SarifLevel(claims::Severity::kInfo), "note");
  const json& rule = RuleById(run, "en.superlative");
  EXPECT_EQ(rule.at("defaultConfiguration").at("level"), "note");
  EXPECT_EQ(rule.at("shortDescription").at("text"), "Superlatives need a source.");
  EXPECT_EQ(rule.at("help").at("text"), "Superlatives need a source.");
  // Two rules, sorted by id, each result pointing at its own.
  const json& rules = run.at("tool").at("driver").at("rules");
  ASSERT_EQ(rules.size(), 2u);
  for (const auto& r : results)
    EXPECT_EQ(rules.at(r.at("ruleIndex").get<int>()).at("id"), r.at("ruleId"));
}

// Findings with no rule are reported under their kind, with a description of
// the kind; an unused suppression always under "suppression", keeping the
// rule it named in properties.
TEST(SarifSink, FindingsWithoutRuleUseTheirKind) {
  claims::Base base = TinyBase();
  SarifSink sink(nullptr, &base, {"0.1.0", ""});
  check::Finding term;
  term.kind = check::FindingKind::kTerminology;
  term.severity = claims::Severity::kWarning;
  term.where.file = "docs/a.md";
  term.where.line = term.where.end_line = 1;
  term.where.column = 3;
  term.where.end_column = 20;
  term.message = "'Acme Drve' is an old or wrong name: write 'Acme Drive'";
  sink.Found(DocFor("docs/a.md"), term);
  check::Finding sup;
  sup.kind = check::FindingKind::kSuppression;
  sup.severity = claims::Severity::kWarning;
  sup.rule = "drive.max-users";
  sup.where.file = "docs/a.md";
  sup.where.line = sup.where.end_line = 7;
  sup.where.column = sup.where.end_column = 1;
  sup.message = "suppression of drive.max-users suppressed nothing";
  sink.Found(DocFor("docs/a.md"), sup);
  json run = RunOf(sink.Log());
  const json& results = run.at("results");
  EXPECT_EQ(results[0].at("ruleId"), "terminology");
  EXPECT_EQ(results[1].at("ruleId"), "suppression");
  EXPECT_EQ(results[1].at("properties").at("suppressed_rule"), "drive.max-users");
  // A zero-width span still covers one column.
  EXPECT_EQ(results[1].at("locations")[0].at("physicalLocation").at("region").at("endColumn"), 2);
  EXPECT_EQ(RuleById(run, "terminology").at("defaultConfiguration").at("level"), "warning");
  EXPECT_THAT(RuleById(run, "suppression").at("shortDescription").at("text").get<std::string>(),
              HasSubstr("suppressed nothing"));
}

// An unreadable input has no line: the location names the whole file from
// line 1 (code scanning rejects a log with an unlocated result).
TEST(SarifSink, UnreadableInputPointsAtTheFile) {
  SarifSink sink(nullptr, nullptr, {"0.1.0", ""});
  check::Finding f;
  f.kind = check::FindingKind::kUnreadable;
  f.severity = claims::Severity::kError;
  f.where.file = "docs/pricing.html";
  f.found_text = "not text: binary content (ZIP archive)";
  f.message = "cannot be read: not text: binary content (ZIP archive)";
  sink.Found(DocFor("docs/pricing.html"), f);
  json r = RunOf(sink.Log()).at("results").at(0);
  EXPECT_EQ(r.at("ruleId"), "unreadable");
  EXPECT_EQ(r.at("locations")[0].at("physicalLocation").at("region"), (json{{"startLine", 1}}));
}

// An email's positions are in the decoded MIME part: properties say which
// part of which message, and no fix is offered (it would edit encoded bytes).
TEST(SarifSink, EmailFindingNamesPartAndHasNoFix) {
  claims::Base base = TinyBase();
  SarifSink sink(nullptr, &base, {"0.1.0", ""});
  check::Finding f = Conflict();
  f.where.file = "mail/0004.eml";
  f.where.message_id = "abc@example.com";
  f.where.part = 2;
  sink.Found(DocFor("mail/0004.eml", true), f);
  json r = RunOf(sink.Log()).at("results").at(0);
  EXPECT_EQ(r.at("properties").at("part"), 2);
  EXPECT_EQ(r.at("properties").at("message_id"), "abc@example.com");
  EXPECT_FALSE(r.contains("fixes"));
  EXPECT_EQ(r.at("locations")[0].at("physicalLocation").at("region").at("startLine"), 12);
}

// Paths become URI references that no reader can mistake: spaces, colons and
// non-ASCII bytes percent-encoded, absolute paths as file URIs.
TEST(SarifUri, EncodesPaths) {
  EXPECT_EQ(SarifUri("docs/a.md"), "docs/a.md");
  EXPECT_EQ(SarifUri("docs/my proposal.md"), "docs/my%20proposal.md");
  EXPECT_EQ(SarifUri("a:b.md"), "a%3Ab.md");
  EXPECT_EQ(SarifUri("提案.md"), "%E6%8F%90%E6%A1%88.md");
  EXPECT_EQ(SarifUri("/tmp/x#1.md"), "file:///tmp/x%231.md");
  EXPECT_EQ(SarifUri("-"), "-");
  EXPECT_EQ(SarifUri(""), "");
}

// Finish writes the log to the stream as one JSON document.
TEST(SarifSink, FinishWritesParseableJson) {
  claims::Base base = TinyBase();
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* out = open_memstream(&buf, &size);
  ASSERT_NE(out, nullptr);
  {
    SarifSink sink(out, &base, {"0.1.0", ""});
    sink.Found(DocFor("docs/a.md"), Conflict());
    sink.Finish();
  }
  std::fclose(out);
  std::string text(buf, size);
  std::free(buf);
  json log = json::parse(text);
  EXPECT_EQ(RunOf(log).at("results").size(), 1u);
}

}  // namespace
}  // namespace onevoice::report
