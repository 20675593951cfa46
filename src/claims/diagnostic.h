// Diagnostic: one problem found in the claims base, a config file or the
// language data, at file:line:column (1-based; yaml-cpp's Mark is 0-based and
// is converted where it is read).
#ifndef ONEVOICE_CLAIMS_DIAGNOSTIC_H_
#define ONEVOICE_CLAIMS_DIAGNOSTIC_H_

#include <string>
#include <vector>

namespace onevoice::claims {

struct Position {
  std::string file;
  int line = 0;    // 0: unknown
  int column = 0;  // 0: unknown
};

struct Diagnostic {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  Position where;
  std::string message;
  // "FILE:LINE:COL: error: MESSAGE" (line and column left out when unknown).
  std::string ToString() const;
};

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_DIAGNOSTIC_H_
