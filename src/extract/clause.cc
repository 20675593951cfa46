#include "extract/clause.h"

#include <cctype>

#include "base/unicode.h"

namespace onevoice::extract {

size_t CodePoints(std::string_view s, size_t b, size_t e) {
  if (e <= b || b >= s.size()) return 0;
  return CodePointCount(s.substr(b, e - b));
}

bool IsHardBreakAt(std::string_view t, size_t i) {
  char c = t[i];
  if (c == ';' || c == '!' || c == '?') return true;
  // The last dot of a run (a dot leader "Users ...... 10,000", an ellipsis)
  // ends a clause, not a sentence.
  if (c == '.' && i > 0 && t[i - 1] == '.') return false;
  if (c == '.' && (i + 1 >= t.size() || t[i + 1] == ' ') && !(i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
                                                               i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1]))))
    return true;
  return StartsWith(t.substr(i), "。") || StartsWith(t.substr(i), "|");
}

bool IsSoftBreakAt(std::string_view t, size_t i) {
  char c = t[i];
  if (c == '(' || c == ')' || c == '[' || c == ']') return true;
  if (c == '.' && i > 0 && t[i - 1] == '.' && (i + 1 >= t.size() || t[i + 1] != '.')) return true;
  if (c == ',' && !(i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1])) && i + 1 < t.size() &&
                    std::isdigit(static_cast<unsigned char>(t[i + 1]))))
    return true;
  if (c == ':' && !(i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i + 1])))) return true;
  auto sub = t.substr(i);
  return StartsWith(sub, "、") || StartsWith(sub, "—") || StartsWith(sub, "「") || StartsWith(sub, "」") ||
         StartsWith(sub, "/") || StartsWith(sub, " - ");
}

Breaks FindBreaks(std::string_view t) {
  Breaks br;
  for (size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if ((c & 0xC0) == 0x80) continue;
    // No break starts with a letter or a digit: most bytes end here.
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) continue;
    if (IsHardBreakAt(t, i)) {
      br.hard.push_back(i);
      br.soft.push_back(i);
    } else if (IsSoftBreakAt(t, i)) {
      br.soft.push_back(i);
    }
  }
  return br;
}

}  // namespace onevoice::extract
