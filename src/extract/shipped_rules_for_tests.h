// Test support, for *_test.cc only: the shipped claims base (rules/) and an
// Engine over it, each loaded once per test binary and kept to its end.
// A base that does not load aborts the binary with the reason: every test
// using it would fail anyway.
#ifndef ONEVOICE_EXTRACT_SHIPPED_RULES_FOR_TESTS_H_
#define ONEVOICE_EXTRACT_SHIPPED_RULES_FOR_TESTS_H_

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "claims/load.h"
#include "extract/lexicon.h"

namespace onevoice::extract {

inline std::shared_ptr<const claims::Base>& ShippedBase() {
  static std::shared_ptr<const claims::Base> base = [] {
    std::vector<claims::Diagnostic> diagnostics;
    auto loaded = claims::LoadBase(std::string(ONEVOICE_SOURCE_DIR) + "/rules", &diagnostics);
    if (!loaded.ok()) {
      std::fprintf(stderr, "the shipped rules/ do not load: %s\n", loaded.status().ToString().c_str());
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return base;
}

inline Engine& ShippedEngine() {
  static Engine engine(*ShippedBase());
  return engine;
}

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_SHIPPED_RULES_FOR_TESTS_H_
