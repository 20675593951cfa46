// The audit's HTML report (SPEC §5 `audit --report FILE.html`): one
// self-contained file (no external assets; works offline) built from the
// audit database: totals, findings by office and by product, each
// cross-office conflict side by side with both excerpts and dates, and a
// chart of findings over time (inline SVG).
#ifndef ONEVOICE_REPORT_HTML_H_
#define ONEVOICE_REPORT_HTML_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "base/status.h"

namespace onevoice::report {

// Writes the report of run `run` (its cross-office findings; findings of
// all messages stored by runs up to it) to `path`.
Status WriteHtmlReport(sqlite3* db, int64_t run, const std::string& path);

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_HTML_H_
