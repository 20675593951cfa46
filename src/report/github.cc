#include "report/github.h"

#include <algorithm>

#include "report/sarif.h"

namespace onevoice::report {

namespace {

std::string Escape(std::string_view s, bool property) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view Command(claims::Severity s) {
  switch (s) {
    case claims::Severity::kError:
      return "error";
    case claims::Severity::kWarning:
      return "warning";
    case claims::Severity::kInfo:
      return "notice";
  }
  return "warning";
}

}  // namespace

std::string GithubEscapeData(std::string_view s) { return Escape(s, false); }
std::string GithubEscapeProperty(std::string_view s) { return Escape(s, true); }

std::string GithubCommand(const check::DocumentResult& doc, const check::Finding& f) {
  const check::Location& w = f.where;
  std::string props;
  auto add = [&](const char* key, const std::string& value) {
    props += props.empty() ? " " : ",";
    props += key;
    props += '=';
    props += GithubEscapeProperty(value);
  };
  if (!w.file.empty() && w.file != "-") add("file", w.file);
  if (w.line > 0) {
    add("line", std::to_string(w.line));
    bool one_line = w.end_line <= 0 || w.end_line == w.line;
    if (w.column > 0 && one_line) add("col", std::to_string(w.column));
    if (w.end_line > 0) add("endLine", std::to_string(w.end_line));
    if (w.end_column > 0 && w.column > 0 && one_line)
      add("endColumn", std::to_string(std::max(w.end_column, w.column + 1)));
  }
  add("title", SarifRuleId(f));
  std::string message = f.message.empty() ? std::string(check::KindName(f.kind)) : f.message;
  if (f.quoted) message += " (quoted)";
  if (doc.is_message || !w.message_id.empty()) {
    message += " [";
    if (!w.message_id.empty()) message += "message <" + w.message_id + ">, ";
    message += (w.part == 0 ? std::string("Subject") : "MIME part " + std::to_string(w.part)) + "]";
  }
  if (!f.fix.empty()) message += "\nsuggestion: " + f.fix;
  return "::" + std::string(Command(f.severity)) + props + "::" + GithubEscapeData(message);
}

void GithubSink::Found(const check::DocumentResult& doc, const check::Finding& f) {
  std::string line = GithubCommand(doc, f);
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), out_);
}

void GithubSink::Finish() { std::fflush(out_); }

}  // namespace onevoice::report
