// GitHub Actions report (`--format github`): one workflow command per
// finding, which the runner turns into an annotation on the pull request:
//
//   ::error file=docs/a.md,line=12,col=5,endLine=12,endColumn=19,title=drive.max-users::Acme Drive
//   max users: …
//
// error → ::error, warning → ::warning, info → ::notice. The title is the
// rule id (a claim or phrase id, else the finding kind, as in SARIF). Columns
// are code points and endColumn is exclusive, as in the finding; col and
// endColumn are left out when the span covers several lines, and every
// position when the line is unknown. For an email the position is in the
// decoded MIME part, which the message names. The canonical value, when
// there is one, follows on a second line of the message.
// Escaping as the runner expects: in the message %, CR and LF become %25,
// %0D, %0A; in property values also ':' and ',' (%3A, %2C).
// Written as findings arrive; nothing at Finish but a flush.
#ifndef ONEVOICE_REPORT_GITHUB_H_
#define ONEVOICE_REPORT_GITHUB_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "check/sink.h"

namespace onevoice::report {

// Escapes for the message part (after "::") of a workflow command.
std::string GithubEscapeData(std::string_view s);
// Escapes for a property value (file=, title=…) of a workflow command.
std::string GithubEscapeProperty(std::string_view s);
// The whole command line for one finding, without the trailing newline.
std::string GithubCommand(const check::DocumentResult& doc, const check::Finding& finding);

class GithubSink : public check::Sink {
 public:
  explicit GithubSink(std::FILE* out) : out_(out) {}
  void Found(const check::DocumentResult& doc, const check::Finding& finding) override;
  void Finish() override;

 private:
  std::FILE* out_;
};

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_GITHUB_H_
