#include "claims/office.h"

#include <cctype>

namespace onevoice::claims {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

int Literals(std::string_view glob) {
  int n = 0;
  for (char c : glob) n += (c != '*' && c != '?');
  return n;
}

}  // namespace

bool GlobMatch(std::string_view glob, std::string_view text, bool case_sensitive) {
  size_t g = 0, t = 0, star = std::string_view::npos, mark = 0;
  auto same = [&](char a, char b) { return case_sensitive ? a == b : Lower(a) == Lower(b); };
  while (t < text.size()) {
    if (g < glob.size() && (glob[g] == '?' || same(glob[g], text[t]))) {
      ++g;
      ++t;
    } else if (g < glob.size() && glob[g] == '*') {
      star = g++;
      mark = t;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::string OfficeFor(const Base& base, std::string_view address) {
  auto lt = address.rfind('<');
  if (lt != std::string_view::npos) {
    auto gt = address.find('>', lt);
    address = address.substr(lt + 1, gt == std::string_view::npos ? std::string_view::npos : gt - lt - 1);
  }
  while (!address.empty() && std::isspace(static_cast<unsigned char>(address.front()))) address.remove_prefix(1);
  while (!address.empty() && std::isspace(static_cast<unsigned char>(address.back()))) address.remove_suffix(1);
  std::string best(kUnknownOffice);
  int best_score = -1;
  for (const auto& office : base.offices) {
    for (const auto& glob : office.senders) {
      if (GlobMatch(glob, address) && Literals(glob) > best_score) {
        best_score = Literals(glob);
        best = office.id;
      }
    }
  }
  return best;
}

}  // namespace onevoice::claims
