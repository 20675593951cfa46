#include "report/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace onevoice::report {
namespace {

int CellWidth(UChar32 c) {
  if (c == '\t') return 1;
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
}

const char* SeverityColor(claims::Severity s) {
  switch (s) {
    case claims::Severity::kError: return "\033[1;31m";
    case claims::Severity::kWarning: return "\033[1;33m";
    case claims::Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

}  // namespace

std::string CaretLine(const std::string& line_text, int column, int end_column) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(line_text.data());
  int32_t i = 0, n = static_cast<int32_t>(line_text.size());
  int col = 1;
  bool any = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    int w = CellWidth(c);
    if (col < column) {
      out.append(c == '\t' ? "\t" : std::string(w, ' '));
    } else if (col < end_column || !any) {
      out.append(any ? std::string(w, '~') : "^" + std::string(w - 1, '~'));
      any = true;
    } else {
      break;
    }
    ++col;
  }
  if (!any) out += "^";
  return out;
}

void TextSink::Found(const check::DocumentResult& doc, const check::Finding& f) {
  if (!current_has_) {
    if (files_with_findings_ > 0) std::fputc('\n', out_);
    ++files_with_findings_;
    current_has_ = true;
  }
  switch (f.severity) {
    case claims::Severity::kError: ++errors_; break;
    case claims::Severity::kWarning: ++warnings_; break;
    case claims::Severity::kInfo: ++infos_; break;
  }
  std::string where = f.where.file;
  if (!f.where.message_id.empty()) where += " <" + f.where.message_id + ">";
  if (f.where.line > 0) where += ":" + std::to_string(f.where.line) + ":" + std::to_string(f.where.column);
  std::string sev(claims::SeverityName(f.severity));
  std::string rule = f.rule.empty() ? std::string(check::KindName(f.kind)) : f.rule;
  std::string quoted = f.quoted ? " (quoted)" : "";
  if (color_) {
    std::fprintf(out_, "\033[1m%s:\033[0m %s%s:\033[0m %s%s [%s]\n", where.c_str(), SeverityColor(f.severity), sev.c_str(),
                 f.message.c_str(), quoted.c_str(), rule.c_str());
  } else {
    std::fprintf(out_, "%s: %s: %s%s [%s]\n", where.c_str(), sev.c_str(), f.message.c_str(), quoted.c_str(), rule.c_str());
  }
  if (f.where.line > 0 && !f.where.line_text.empty()) {
    std::string num = std::to_string(f.where.line);
    std::string pad(num.size(), ' ');
    int end_col = f.where.end_line == f.where.line ? f.where.end_column : 1 << 20;
    std::string caret = CaretLine(f.where.line_text, f.where.column, end_col);
    std::fprintf(out_, " %s | %s\n", num.c_str(), f.where.line_text.c_str());
    if (color_) {
      std::fprintf(out_, " %s | \033[1;32m%s\033[0m\n", pad.c_str(), caret.c_str());
    } else {
      std::fprintf(out_, " %s | %s\n", pad.c_str(), caret.c_str());
    }
    if (!f.fix.empty()) std::fprintf(out_, " %s = suggestion: write '%s'\n", pad.c_str(), f.fix.c_str());
  }
}

void TextSink::End(const check::DocumentResult&) {
  ++documents_;
  current_has_ = false;
}

void TextSink::Finish() {
  if (files_with_findings_ > 0) std::fputc('\n', out_);
  std::fprintf(out_, "%d document%s checked: %d error%s, %d warning%s, %d info\n", documents_, documents_ == 1 ? "" : "s",
               errors_, errors_ == 1 ? "" : "s", warnings_, warnings_ == 1 ? "" : "s", infos_);
  std::fflush(out_);
}

}  // namespace onevoice::report
