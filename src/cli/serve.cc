// onevoice serve (not built yet): says so and exits 2.
#include <cstdio>

#include "cli/run.h"

namespace onevoice::cli {

int RunServe(const std::vector<std::string>&) {
  std::fprintf(stderr, "onevoice serve: not available in this build yet\n");
  return 2;
}

}  // namespace onevoice::cli
