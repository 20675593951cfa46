// LoadBase: read and validate a claims-base folder (SPEC §2).
//
//   rules/offices.yaml, rules/attributes.yaml, rules/products/*.yaml,
//   rules/phrases/*.yaml
//
// Every problem is collected as a Diagnostic with file:line:column: unknown
// keys, wrong value for a kind, invalid regex (RE2 built with log_errors off;
// its error text kept), duplicate ids (offices, products, claims, phrases),
// claims on undeclared attributes, unknown offices named by a claim,
// overlapping validity windows for the same product, attribute and office,
// set members not declared by the attribute, a missing or unreadable file.
// Warnings (e.g. an attribute with no cue words) do not make loading fail.
// Also validates the embedded language data (DefaultLexicon) and reports its
// diagnostics with the data/lang/... path.
//
// Returns the Base when there are no errors, else InvalidRules whose message
// is the first error; all diagnostics (errors and warnings) are appended to
// `diagnostics` in file order when it is not null.
#ifndef ONEVOICE_CLAIMS_LOAD_H_
#define ONEVOICE_CLAIMS_LOAD_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "claims/base.h"
#include "claims/diagnostic.h"

namespace onevoice::claims {

struct LoadOptions {
  // Read the base from the compiled-base cache when it is there, and write
  // it there after a clean load (cache.h). Off for `rules check` and
  // `rules test`, which must parse and report on every file.
  bool use_cache = false;
};

Expected<std::shared_ptr<const Base>> LoadBase(const std::string& dir,
                                               std::vector<Diagnostic>* diagnostics,
                                               const LoadOptions& options = {});

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_LOAD_H_
