// SARIF 2.1.0 report (SPEC §5, `--format sarif`), for code-scanning UIs.
//
// One log with one run: tool.driver names onevoice, its version and its
// rules, one reportingDescriptor per rule id that occurs in the run:
//   - a claim id of the base: the claim's statement (product, attribute,
//     value, validity, offices) as description, its `source` as help text,
//     default level "error";
//   - a phrase id: the phrase's message as description and help, its
//     severity as default level;
//   - findings that have no rule (terminology, unreadable, unverified with
//     no claim, cross-office) and unused suppressions take their kind as rule
//     id ("terminology", "unreadable", "unverified", "cross-office",
//     "suppression"), described by what that kind means.
// Rules are sorted by id; results keep input order, each with ruleId and
// ruleIndex, level (error→"error", warning→"warning", info→"note"), the
// finding's message, one location (relative path as a percent-encoded
// relative URI, an absolute one as a file:// URI, stdin as "-": GitHub code
// scanning rejects a whole log when one result has no location), a region
// (1-based lines; columns in Unicode code points, run.columnKind says so;
// endColumn is exclusive, as in the finding; when the line is unknown (0,
// an unreadable input) just startLine 1, the whole file), the SPEC §3 fields
// in `properties`, and a fix when there is a suggestion (Finding::fix
// replacing the text at Finding::fix_where, else at the finding's region).
//
// Emails: a finding's line and column are in the decoded text of its MIME
// part (`part` in properties), not in the raw .eml bytes, so for a message
// the region is approximate as a file position and no fix is offered (it
// would edit encoded bytes). Cross-office findings list both sides as
// relatedLocations.
//
// Thread-safety: a SarifSink is used from one thread (check::Sink). The base
// is read during Found only; it must outlive those calls.
#ifndef ONEVOICE_REPORT_SARIF_H_
#define ONEVOICE_REPORT_SARIF_H_

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "check/sink.h"
#include "claims/base.h"

namespace onevoice::report {

struct SarifOptions {
  std::string tool_version;     // tool.driver.version and semanticVersion ("0.1.0")
  std::string information_uri;  // tool.driver.informationUri; left out when empty
};

// The SARIF level of a severity: "error", "warning", "note".
std::string_view SarifLevel(claims::Severity severity);

// The rule id a finding is reported under: its claim or phrase id, else its
// kind; unused suppressions always under "suppression" (the rule they name
// goes to properties.suppressed_rule).
std::string SarifRuleId(const check::Finding& finding);

// A path as a URI reference: relative paths percent-encoded (every byte but
// ALPHA DIGIT - . _ ~ /, so "a:b.md" cannot read as a scheme), absolute
// ones as file:// URIs; "" for the empty path. Stdin's "-" stays "-".
std::string SarifUri(const std::string& path);

class SarifSink : public check::Sink {
 public:
  // `out` may be null when only Log() is wanted. `base` may be null: rules
  // are then described by their id alone.
  SarifSink(std::FILE* out, const claims::Base* base, SarifOptions options);

  void Found(const check::DocumentResult& doc, const check::Finding& finding) override;
  // Writes Log() to `out` (when not null), then a newline.
  void Finish() override;

  // The whole SARIF log of what arrived so far.
  nlohmann::json Log() const;

 private:
  nlohmann::json Descriptor(const check::Finding& finding, const std::string& id) const;

  std::FILE* out_;
  const claims::Base* base_;
  SarifOptions options_;
  std::string rules_version_;  // the base's version_hash, as run.properties.rules_version
  std::map<std::string, nlohmann::json> rules_;  // by id: sorted
  std::vector<nlohmann::json> results_;          // ruleIndex set in Log()
};

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_SARIF_H_
