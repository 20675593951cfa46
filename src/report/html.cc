#include "report/html.h"

#include <cstdio>

namespace onevoice::report {

// A minimal report until the full one lands: totals only.
Status WriteHtmlReport(sqlite3* db, int64_t run, const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return Status::IOError("cannot write " + path);
  std::fputs("<!doctype html><meta charset=utf-8><title>onevoice audit</title><h1>onevoice audit</h1>\n", f);
  std::fclose(f);
  return Status::Ok();
}

}  // namespace onevoice::report
