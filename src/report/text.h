// Text report (SPEC §5, `--format text`): like a compiler.
//
//   docs/a.md:12:5: error: Acme Drive max users: the claims base says up to 10,000, this says up to 5,000 [drive.max-users]
//      12 | Acme Drive supports up to 5,000 users.
//         |                          ^~~~~~~~~~~~~~
//
// Findings are grouped per file in input order; a summary line ends the run.
// Colour (severity and caret) only when `color` is set (the CLI sets it when
// stdout is a terminal and NO_COLOR is unset).
#ifndef ONEVOICE_REPORT_TEXT_H_
#define ONEVOICE_REPORT_TEXT_H_

#include <cstdio>

#include "check/sink.h"

namespace onevoice::report {

class TextSink : public check::Sink {
 public:
  TextSink(std::FILE* out, bool color) : out_(out), color_(color) {}
  void Found(const check::DocumentResult& doc, const check::Finding& finding) override;
  void End(const check::DocumentResult& doc) override;
  void Finish() override;

 private:
  std::FILE* out_;
  bool color_;
  int errors_ = 0, warnings_ = 0, infos_ = 0, documents_ = 0, files_with_findings_ = 0;
  bool current_has_ = false;
};

// The caret line under `line_text` for columns [column, end_column) (1-based,
// code points; East Asian wide characters take two cells).
std::string CaretLine(const std::string& line_text, int column, int end_column);

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_TEXT_H_
