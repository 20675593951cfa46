#include "check/messages.h"

namespace onevoice::check {

std::string FormatMessage(const claims::Lexicon& lexicon, const std::string& lang, const std::string& name,
                          const std::map<std::string, std::string>& vars) {
  const std::string* tmpl = nullptr;
  for (const std::string& l : {lang, std::string("en")}) {
    for (const auto& e : lexicon.Entries(l, "message")) {
      if (e.word == name) {
        tmpl = &e.Attr("text");
        break;
      }
    }
    if (tmpl) break;
  }
  std::string t = tmpl ? *tmpl : name;
  std::string out;
  for (size_t i = 0; i < t.size();) {
    if (t[i] == '{') {
      size_t close = t.find('}', i);
      if (close != std::string::npos) {
        auto it = vars.find(t.substr(i + 1, close - i - 1));
        if (it != vars.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += t[i++];
  }
  return out;
}

}  // namespace onevoice::check
