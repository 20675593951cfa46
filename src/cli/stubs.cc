// Commands still to come; each says so and exits 2.
#include <cstdio>

#include "cli/run.h"

namespace onevoice::cli {

static int NotYet(const char* name) {
  std::fprintf(stderr, "onevoice %s: not available in this build yet\n", name);
  return 2;
}

int RunAudit(const std::vector<std::string>&) { return NotYet("audit"); }
int RunCrossOffice(const std::vector<std::string>&) { return NotYet("cross-office"); }
int RunSendmail(const std::vector<std::string>&) { return NotYet("sendmail"); }
int RunServe(const std::vector<std::string>&) { return NotYet("serve"); }

}  // namespace onevoice::cli
