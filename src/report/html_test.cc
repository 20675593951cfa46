// Tests of the audit HTML report (html.h), written from a real audit
// database (AuditStore) holding hand-made messages, claims, findings and a
// cross-office finding: what the page shows, that it is self-contained, and
// that every string from the database comes out escaped.
#include "report/html.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "report/sqlite_store.h"

namespace onevoice::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

claims::Value Date(const std::string& d) {
  claims::Value v;
  v.kind = claims::Kind::kDate;
  v.date = d;
  return v;
}

claims::Value Count(double n) {
  claims::Value v;
  v.kind = claims::Kind::kCount;
  v.amount = n;
  return v;
}

check::JudgedClaim GaClaim(const std::string& office, const std::string& date,
                           const std::string& ga, const std::string& text,
                           const std::string& verdict) {
  check::JudgedClaim c;
  c.where.file = "archive.mbox";
  c.where.line = 5;
  c.where.column = 12;
  c.product = "acme-insight";
  c.attribute = "general_availability";
  c.value = Date(ga);
  c.text = text;
  c.office = office;
  c.as_of = date;
  c.date = date;
  c.verdict = verdict;
  return c;
}

check::DocumentResult Message(uint64_t offset, const std::string& id, const std::string& office,
                              const std::string& date) {
  check::DocumentResult d;
  d.file = "archive.mbox";
  d.offset = offset;
  d.size = 100;
  d.content_hash = "hash-" + id;
  d.message_id = id;
  d.office = office;
  d.date = date;
  d.as_of = date;
  d.is_message = true;
  return d;
}

check::Finding MessageFinding(check::FindingKind kind, const std::string& office,
                              const std::string& date, const std::string& found,
                              const std::string& excerpt) {
  check::Finding f;
  f.kind = kind;
  f.severity = check::DefaultSeverity(kind);
  f.where.file = "archive.mbox";
  f.where.line = 3;
  f.where.column = 7;
  f.product = "acme-drive";
  f.attribute = "max_users";
  f.found_text = found;
  f.found = Count(5000);
  f.expected = {Count(10000)};
  f.office = office;
  f.as_of = date;
  f.message = "Acme Drive max users: the claims base says 10,000, this says " + found;
  f.excerpt = excerpt;
  return f;
}

class HtmlReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("html_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto store = AuditStore::Open((dir_ / "a.sqlite").string());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // One run over three messages (London, Tokyo, and one with hostile text),
  // then a cross-office finding between London and Tokyo.
  int64_t FillRun(bool include_quoted = false) {
    auto run = store_->BeginRun(
        "rules", "0123456789abcdef0123456789abcdef",
        std::string(R"({"sources":["archive.mbox"],"window":45,"include_quoted":)") +
            (include_quoted ? "true" : "false") + "}");
    EXPECT_TRUE(run.ok());
    check::DocumentResult london = Message(0, "london-1@example.com", "london", "2026-10-06");
    london.claims.push_back(GaClaim("london", "2026-10-06", "2027-01",
                                    "Acme Insight becomes generally available in January 2027.",
                                    "ok"));
    london.findings.push_back(MessageFinding(check::FindingKind::kStale, "london", "2026-10-06",
                                             "5,000", "Acme Drive supports up to 5,000 users."));
    check::DocumentResult tokyo = Message(100, "tokyo-1@example.jp", "tokyo", "2026-11-27");
    tokyo.claims.push_back(
        GaClaim("tokyo", "2026-11-27", "2026-12",
                "アクメ インサイトは、2026年12月に正式リリースを予定しております。", "conflict"));
    check::Finding quoted = MessageFinding(check::FindingKind::kConflict, "tokyo", "2026-11-27",
                                           "4,000", "QUOTED-ONLY-EXCERPT up to 4,000 users");
    quoted.quoted = true;
    tokyo.findings.push_back(quoted);
    check::DocumentResult hostile = Message(200, "evil-\xff-1@example.com", "us-hq", "2026-08-15");
    hostile.findings.push_back(
        MessageFinding(check::FindingKind::kConflict, "us-hq", "2026-08-15", "<b>5,000</b>",
                       "Up to <b>5,000</b> users <script>alert(1)</script> & more"));
    for (const auto* d : {&london, &tokyo, &hostile}) {
      auto stored = store_->Store(*run, *d);
      EXPECT_TRUE(stored.ok() && stored.value());
    }
    EXPECT_TRUE(store_->Commit().ok());

    check::Finding x;
    x.kind = check::FindingKind::kCrossOffice;
    x.severity = check::DefaultSeverity(x.kind);
    x.product = "acme-insight";
    x.attribute = "general_availability";
    x.offices = {"london", "tokyo"};
    x.values = {{"london", Date("2027-01")}, {"tokyo", Date("2026-12")}};
    x.found_text = "london: 2027-01, tokyo: 2026-12";
    x.message = "Acme Insight general availability: offices told customers different values";
    x.as_of = "2026-10-06";
    for (const auto& c : {london.claims[0], tokyo.claims[0]}) {
      check::CrossOfficeSide s;
      s.file = "archive.mbox";
      s.message_id = c.office == "london" ? london.message_id : tokyo.message_id;
      s.office = c.office;
      s.date = c.date;
      s.line = c.where.line;
      s.column = c.where.column;
      s.value = c.value;
      s.excerpt = c.text;
      x.sides.push_back(s);
    }
    x.excerpt = x.sides[0].excerpt;
    EXPECT_TRUE(store_->StoreRunFindings(*run, {x}).ok());
    EXPECT_TRUE(store_->EndRun(*run, "complete", 3, 4).ok());
    return *run;
  }

  std::string Write(int64_t run) {
    std::string path = (dir_ / "report.html").string();
    Status s = WriteHtmlReport(store_->db(), run, path);
    EXPECT_TRUE(s.ok()) << s.message();
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  fs::path dir_;
  std::unique_ptr<AuditStore> store_;
};

TEST_F(HtmlReportTest, CrossOfficeConflictSideBySideWithBothExcerpts) {
  std::string html = Write(FillRun());
  size_t table = html.find("<table class=\"xo\">");
  ASSERT_NE(table, std::string::npos);
  std::string xo = html.substr(table, html.find("</table>", table) - table);
  EXPECT_THAT(xo, HasSubstr("acme-insight"));
  EXPECT_THAT(xo, HasSubstr("general availability"));
  EXPECT_THAT(xo, HasSubstr("Acme Insight becomes generally available in January 2027."));
  EXPECT_THAT(xo, HasSubstr("アクメ インサイトは、2026年12月に正式リリースを予定しております。"));
  // Each side: its office, its value (formatted by the attribute's kind), date and message id.
  EXPECT_THAT(xo, HasSubstr(">london<"));
  EXPECT_THAT(xo, HasSubstr(">tokyo<"));
  EXPECT_THAT(xo, HasSubstr("<span class=\"val\">2027-01</span>"));
  EXPECT_THAT(xo, HasSubstr("<span class=\"val\">2026-12</span>"));
  EXPECT_THAT(xo, HasSubstr("2026-11-27"));
  EXPECT_THAT(xo, HasSubstr("&lt;london-1@example.com&gt;"));
  EXPECT_THAT(xo, HasSubstr("&lt;tokyo-1@example.jp&gt;"));
  // London's side comes first, in its own cell, before Tokyo's.
  EXPECT_LT(xo.find("January 2027"), xo.find("2026年12月"));
}

TEST_F(HtmlReportTest, ChartIsInlineSvgWithAMonthPerBarAndALegend) {
  std::string html = Write(FillRun());
  size_t svg = html.find("<svg");
  ASSERT_NE(svg, std::string::npos);
  std::string chart = html.substr(svg, html.find("</svg>", svg) - svg);
  // August to October 2026: three bars, September's empty one included;
  // the quoted finding of November is not charted.
  EXPECT_THAT(chart, HasSubstr(">2026-08<"));
  EXPECT_THAT(chart, HasSubstr(">2026-09<"));
  EXPECT_THAT(chart, HasSubstr(">2026-10<"));
  EXPECT_THAT(chart, Not(HasSubstr(">2026-11<")));
  EXPECT_THAT(chart, Not(HasSubstr("2026-09 · ")));
  EXPECT_THAT(chart, HasSubstr(">stale<"));
  EXPECT_THAT(chart, HasSubstr(">cross-office<"));
  EXPECT_THAT(chart, HasSubstr("2026-10 · stale: 1"));
}

TEST_F(HtmlReportTest, SelfContainedWithNoExternalAssetOrScript) {
  std::string html = Write(FillRun());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_THAT(html, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_THAT(html, HasSubstr("<style>"));
  EXPECT_THAT(html, Not(HasSubstr("http")));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
}

TEST_F(HtmlReportTest, StringsFromTheDatabaseAreEscaped) {
  std::string html = Write(FillRun());
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  // The found text is marked inside the excerpt, itself escaped.
  EXPECT_THAT(html, HasSubstr("Up to <mark>&lt;b&gt;5,000&lt;/b&gt;</mark> users"));
  EXPECT_THAT(html, Not(HasSubstr("<b>5,000</b>")));
  // Invalid UTF-8 (a raw 0xFF in a message id) becomes U+FFFD.
  EXPECT_THAT(html, HasSubstr("evil-\xEF\xBF\xBD-1@example.com"));
  EXPECT_THAT(html, Not(HasSubstr("\xff")));
}

TEST_F(HtmlReportTest, TotalsByKindOfficeAndProduct) {
  std::string html = Write(FillRun());
  EXPECT_THAT(html, HasSubstr("Audit report \xE2\x80\x94 run 1"));
  EXPECT_THAT(html, HasSubstr(">complete<"));
  EXPECT_THAT(html, HasSubstr("0123456789abcdef"));  // rules version
  EXPECT_THAT(html, HasSubstr("<div class=\"n\">3</div><div class=\"l\">messages</div>"));
  EXPECT_THAT(html, HasSubstr("<div class=\"n\">2</div><div class=\"l\">claims</div>"));
  // stale + conflict + cross-office; the quoted conflict is left out.
  EXPECT_THAT(html, HasSubstr("<div class=\"n\">3</div><div class=\"l\">findings</div>"));
  EXPECT_THAT(html, HasSubstr("id=\"by-office\""));
  EXPECT_THAT(html, HasSubstr("id=\"by-product\""));
  EXPECT_THAT(html, HasSubstr("acme-drive"));
  EXPECT_THAT(html, Not(HasSubstr("QUOTED-ONLY-EXCERPT")));
}

TEST_F(HtmlReportTest, QuotedFindingsCountWhenTheRunIncludedThem) {
  std::string html = Write(FillRun(/*include_quoted=*/true));
  EXPECT_THAT(html, HasSubstr("<div class=\"n\">4</div><div class=\"l\">findings</div>"));
  EXPECT_THAT(html, HasSubstr("QUOTED-ONLY-EXCERPT"));
}

TEST_F(HtmlReportTest, TopFindingsShowOfficeDateMessageIdAndExcerpt) {
  std::string html = Write(FillRun());
  size_t top = html.find("id=\"top\"");
  ASSERT_NE(top, std::string::npos);
  std::string t = html.substr(top);
  EXPECT_THAT(t, HasSubstr(">london<"));
  EXPECT_THAT(t, HasSubstr("2026-10-06"));
  EXPECT_THAT(t, HasSubstr("&lt;london-1@example.com&gt;"));
  EXPECT_THAT(t, HasSubstr("Acme Drive supports up to <mark>5,000</mark> users."));
}

// A cross-office finding of a large archive holds every disagreeing message
// of both offices; the table shows a few per office and counts the rest.
TEST_F(HtmlReportTest, ManySidesShowAFewPerOfficeAndCountTheRest) {
  auto run = store_->BeginRun("rules", "v", "{}");
  ASSERT_TRUE(run.ok());
  check::Finding x;
  x.kind = check::FindingKind::kCrossOffice;
  x.severity = check::DefaultSeverity(x.kind);
  x.product = "acme-drive";
  x.attribute = "max_users";
  x.offices = {"london", "tokyo"};
  x.as_of = "2026-01-01";
  for (int i = 0; i < 50; ++i) {
    check::CrossOfficeSide s;
    s.office = i % 2 ? "tokyo" : "london";
    s.date = "2026-01-" + std::string(i / 2 < 9 ? "0" : "") + std::to_string(i / 2 + 1);
    s.message_id = "m" + std::to_string(i) + "@example.com";
    s.value = Count(i % 2 ? 8000 : 5000);
    s.excerpt = "SIDE-" + std::to_string(i);
    x.sides.push_back(s);
  }
  ASSERT_TRUE(store_->StoreRunFindings(*run, {x}).ok());
  ASSERT_TRUE(store_->EndRun(*run, "complete", 0, 1).ok());
  std::string html = Write(*run);
  EXPECT_THAT(html, HasSubstr(">SIDE-0<"));
  EXPECT_THAT(html, HasSubstr(">SIDE-1<"));
  EXPECT_THAT(html, HasSubstr(">SIDE-5<"));
  EXPECT_THAT(html, Not(HasSubstr(">SIDE-6<")));
  EXPECT_THAT(html, Not(HasSubstr(">SIDE-49<")));
  EXPECT_THAT(html, HasSubstr("and 22 more messages in the database"));
  EXPECT_THAT(html, HasSubstr("<span class=\"val\">5000</span>"));  // no claims: kind unknown
  EXPECT_THAT(html, HasSubstr("<span class=\"val\">8000</span>"));
}

TEST_F(HtmlReportTest, EmptyRunSaysSoInsteadOfDrawing) {
  auto run = store_->BeginRun("rules", "v", "{}");
  ASSERT_TRUE(run.ok());
  ASSERT_TRUE(store_->EndRun(*run, "complete", 0, 0).ok());
  std::string html = Write(*run);
  EXPECT_THAT(html, HasSubstr("No dated findings to chart."));
  EXPECT_THAT(html, HasSubstr("No two offices told customers conflicting values"));
  EXPECT_THAT(html, Not(HasSubstr("<svg")));
}

TEST_F(HtmlReportTest, UnknownRunIsAnError) {
  Status s = WriteHtmlReport(store_->db(), 42, (dir_ / "r.html").string());
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("no run 42"));
  EXPECT_FALSE(fs::exists(dir_ / "r.html"));
}

TEST_F(HtmlReportTest, UnwritablePathIsAnIOError) {
  int64_t run = FillRun();
  Status s = WriteHtmlReport(store_->db(), run, (dir_ / "no" / "such" / "dir" / "r.html").string());
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cannot write"));
}

}  // namespace
}  // namespace onevoice::report
