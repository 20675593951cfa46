// What the commands share: the common options of SPEC §1, finding the claims
// base (--rules, else the config's `rules`, else ./rules) and loading it with
// its diagnostics printed, the exit-code rule of --fail-on, and the choice
// of a report sink for --format.
#ifndef ONEVOICE_CLI_COMMON_H_
#define ONEVOICE_CLI_COMMON_H_

#include <boost/program_options.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/sink.h"
#include "claims/base.h"
#include "cli/config.h"

namespace onevoice::cli {

struct CommonOptions {
  std::string rules;
  std::string office;
  std::string as_of;
  std::string format;
  std::string fail_on = "error";
  int jobs = 0;
  bool include_quoted = false;
  std::string config;
  std::string color = "auto";
};

void AddCommonOptions(boost::program_options::options_description* desc, CommonOptions* o);

// Parses args into desc (positional → `positional_name`); on a usage error
// prints it and returns false.
bool ParseArgs(const std::vector<std::string>& args, const boost::program_options::options_description& desc,
               const char* positional_name, boost::program_options::variables_map* vm);

// ParseArgs, --help and ValidateCommon in one: returns the exit code when the
// command should stop here (0 after --help, 2 on a usage error), else -1.
int ParseCommandLine(const std::vector<std::string>& args, const boost::program_options::options_description& desc,
                     const char* positional_name, const CommonOptions& o,
                     boost::program_options::variables_map* vm);

// Checks --as-of, --fail-on, --format (one of `formats`); prints and returns
// false on a bad value.
bool ValidateCommon(const CommonOptions& o, const std::vector<std::string>& formats);

// The claims-base folder for this run; "" (after printing its diagnostics)
// when the governing .onevoice.yaml is broken.
std::string RulesDir(const CommonOptions& o, const std::vector<std::string>& inputs);

// Loads the base; prints every diagnostic to stderr; nullptr on errors (and
// for an empty `dir`).
std::shared_ptr<const claims::Base> LoadRules(const std::string& dir);

// The explicitly named config (--config), or nullptr; exits the run (returns
// false) on its errors.
bool LoadFixedConfig(const CommonOptions& o, std::shared_ptr<const Config>* out);

// Does this finding fail the run? (severity at or above --fail-on; quoted
// findings only with --include-quoted; suppression warnings never.)
bool Fails(const check::Finding& f, const CommonOptions& o);

// A sink for --format (text, json, jsonl, sarif, github); `tool_version` for
// sarif. The sink writes to `out`.
std::unique_ptr<check::Sink> MakeSink(const std::string& format, std::FILE* out, const CommonOptions& o,
                                      const claims::Base& base, bool with_claims);

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_COMMON_H_
