// Tests of the GitHub Actions workflow-command report (github.h): one
// command per finding, severities, positions and the runner's escaping.
#include "report/github.h"

#include <gtest/gtest.h>

namespace onevoice::report {
namespace {

check::Finding Finding() {
  check::Finding f;
  f.kind = check::FindingKind::kConflict;
  f.severity = claims::Severity::kError;
  f.where.file = "docs/a.md";
  f.where.line = f.where.end_line = 12;
  f.where.column = 26;
  f.where.end_column = 31;
  f.rule = "drive.max-users";
  f.message = "Acme Drive max users: the claims base says up to 10,000, this says 5,000";
  return f;
}

check::DocumentResult Doc(bool is_message = false) {
  check::DocumentResult d;
  d.file = "docs/a.md";
  d.is_message = is_message;
  return d;
}

TEST(GithubCommand, ErrorWithFullPosition) {
  EXPECT_EQ(GithubCommand(Doc(), Finding()),
            "::error file=docs/a.md,line=12,col=26,endLine=12,endColumn=31,title=drive.max-users::"
            "Acme Drive max users: the claims base says up to 10,000, this says 5,000");
}

TEST(GithubCommand, WarningAndInfoBecomeWarningAndNotice) {
  check::Finding f = Finding();
  f.severity = claims::Severity::kWarning;
  EXPECT_EQ(GithubCommand(Doc(), f).rfind("::warning file=", 0), 0u);
  f.severity = claims::Severity::kInfo;
  EXPECT_EQ(GithubCommand(Doc(), f).rfind("::notice file=", 0), 0u);
}

// Data escapes %, CR and LF; properties also ':' and ','.
TEST(GithubEscape, DataAndProperties) {
  EXPECT_EQ(GithubEscapeData("100% up\r\ntime: a, b"), "100%25 up%0D%0Atime: a, b");
  EXPECT_EQ(GithubEscapeProperty("dir,x/a:b%.md"), "dir%2Cx/a%3Ab%25.md");
}

// A span over several lines keeps lines only; a finding with no line (an
// unreadable file) names the file alone; rule-less findings take their kind
// as title; the suggestion goes on a second (escaped) line.
TEST(GithubCommand, PositionsTitlesAndSuggestion) {
  check::Finding f = Finding();
  f.where.end_line = 13;
  EXPECT_EQ(GithubCommand(Doc(), f).substr(0, 64),
            "::error file=docs/a.md,line=12,endLine=13,title=drive.max-users:");
  check::Finding u;
  u.kind = check::FindingKind::kUnreadable;
  u.severity = claims::Severity::kError;
  u.where.file = "docs/x.html";
  u.message = "cannot be read: not text";
  EXPECT_EQ(GithubCommand(Doc(), u),
            "::error file=docs/x.html,title=unreadable::cannot be read: not text");
  check::Finding t = Finding();
  t.kind = check::FindingKind::kTerminology;
  t.severity = claims::Severity::kWarning;
  t.rule.clear();
  t.message = "old name";
  t.fix = "Acme Drive";
  EXPECT_EQ(GithubCommand(Doc(), t),
            "::warning file=docs/a.md,line=12,col=26,endLine=12,endColumn=31,title=terminology::"
            "old name%0Asuggestion: Acme Drive");
}

// An email's position is in a decoded MIME part, which the message names.
TEST(GithubCommand, EmailNamesMessageAndPart) {
  check::Finding f = Finding();
  f.where.file = "mail/1.eml";
  f.where.message_id = "m1@example.com";
  f.where.part = 1;
  std::string cmd = GithubCommand(Doc(true), f);
  EXPECT_NE(cmd.find("[message <m1@example.com>, MIME part 1]"), std::string::npos) << cmd;
  f.where.part = 0;
  EXPECT_NE(GithubCommand(Doc(true), f).find(", Subject]"), std::string::npos);
}

}  // namespace
}  // namespace onevoice::report
