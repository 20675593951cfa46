// onevoice-serve: `onevoice serve` (serve.h says why it is an executable of
// its own). Takes the same arguments.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "serve/serve.h"

int main(int argc, char** argv) {
  try {
    return onevoice::cli::RunServe(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "onevoice serve: %s\n", e.what());
    return 2;
  }
}
