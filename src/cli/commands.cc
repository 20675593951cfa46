#include "cli/commands.h"

#include <cstdio>

namespace onevoice::cli {
int Main(int argc, char** argv) {
  std::fprintf(stderr, "onevoice: not built yet\n");
  return 2;
}
}  // namespace onevoice::cli
