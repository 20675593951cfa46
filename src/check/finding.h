// Finding and JudgedClaim: what check produces (SPEC §3, §5), as plain
// values with no layout and no colour. Positions are already resolved to
// line and column in the decoded text of the file or part (Location), so a
// result can travel between threads and outlive its Document.
#ifndef ONEVOICE_CHECK_FINDING_H_
#define ONEVOICE_CHECK_FINDING_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claims/base.h"
#include "claims/value.h"

namespace onevoice::check {

enum class FindingKind {
  kConflict,
  kStale,
  kOfficeVariant,
  kUnverified,
  kPhrase,
  kTerminology,
  kCrossOffice,
  kUnreadable,
  kSuppression,  // a suppression comment that suppressed nothing
};
// "conflict", "stale", "office-variant", "unverified", "phrase",
// "terminology", "cross-office", "unreadable", "suppression". On-disk format.
std::string_view KindName(FindingKind kind);
std::optional<FindingKind> KindFromName(std::string_view name);
claims::Severity DefaultSeverity(FindingKind kind);

struct Location {
  std::string file;
  std::string message_id;  // emails; empty for documents
  int part = 0;
  int line = 0, column = 0, end_line = 0, end_column = 0;  // 1-based; 0 unknown
  size_t begin = 0, end = 0;  // byte offsets in the decoded part
  std::string line_text;      // the decoded line `line` (for caret excerpts)
};

// One side of a cross-office finding.
struct CrossOfficeSide {
  std::string file, message_id, office, date;
  int line = 0, column = 0;
  claims::Value value;
  std::string excerpt;
};

struct Finding {
  FindingKind kind = FindingKind::kConflict;
  claims::Severity severity = claims::Severity::kError;
  Location where;
  std::string rule;       // claim id or phrase id; empty for terminology/unreadable
  std::string product;    // product id; empty for phrases
  std::string attribute;
  std::string found_text;                   // the text as written
  std::optional<claims::Value> found;       // normalized as in the base
  std::vector<claims::Value> expected;      // the base's value(s)
  std::string office;
  std::string as_of;
  bool quoted = false;
  std::string message;   // one human sentence, in the text's language
  std::string excerpt;   // the unit or line it was found in
  // A suggested replacement (one canonical value): `fix` replaces the text
  // at `fix_where` (the numeral of a wrong value; for terminology, the name).
  std::string fix;
  Location fix_where;
  // cross-office only:
  std::vector<std::string> offices;
  std::map<std::string, claims::Value> values;
  std::vector<CrossOfficeSide> sides;        // the messages listed
  std::map<std::string, int64_t> side_totals;  // office -> its disagreeing claims, listed or not
};

struct JudgedClaim {
  Location where;
  std::string product, attribute;
  claims::Value value;
  std::string text;     // the unit as written
  std::string office;
  std::string as_of;
  bool quoted = false;
  std::string verdict;  // "ok" or the finding kind
  std::string rule;     // the canonical claim it was judged against, if any
  std::string date;     // the message's own date (audit), YYYY-MM-DD
};

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_FINDING_H_
