// Repository config: .onevoice.yaml (SPEC §6).
//
// Found by walking up from each input file's folder, as EditorConfig does
// (the nearest one wins; no merging); `--config FILE` names one for every
// input. Paths and globs in it are relative to the folder that holds it.
// Globs: `*` any run within a path segment, `?` one character, `**` any
// number of segments; a glob without '/' matches the file name at any depth.
//   rules: rules/            the claims base
//   office: tokyo            default speaker for documents
//   paths: [{glob, office}]  per-path overrides, first match wins
//   ignore: [globs]          inputs not read at all
//   severity: {kind or rule id: error|warning|info|off}
// Every error is a Diagnostic with file:line:column.
#ifndef ONEVOICE_CLI_CONFIG_H_
#define ONEVOICE_CLI_CONFIG_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "claims/base.h"
#include "claims/diagnostic.h"

namespace onevoice::cli {

struct PathRule {
  std::string glob;
  std::string office;
};

struct Config {
  std::string file;   // absolute path of the .onevoice.yaml
  std::string dir;    // its folder, absolute
  std::string rules;  // absolute; empty when not set
  std::string office;
  std::vector<PathRule> paths;
  std::vector<std::string> ignore;
  // Per finding kind or rule id: a severity, or nullopt for "off".
  std::map<std::string, std::optional<claims::Severity>> severity;

  // The path of `file` relative to dir (file may be relative to the cwd).
  std::string Relative(const std::string& file) const;
  bool Ignored(const std::string& file) const;
  // The office for a document at `file`: the first matching path rule, else
  // `office`, else "".
  std::string OfficeFor(const std::string& file) const;
};

Expected<Config> LoadConfig(const std::string& file, std::vector<claims::Diagnostic>* diagnostics);

// The nearest .onevoice.yaml in `dir` or above it; empty when none.
std::string FindConfigFile(const std::string& dir);

bool PathGlobMatch(std::string_view glob, std::string_view path);

// Loads each folder's config once (thread-compatible).
class ConfigCache {
 public:
  // With `fixed` set (--config), every file gets that one.
  explicit ConfigCache(std::shared_ptr<const Config> fixed = nullptr) : fixed_(std::move(fixed)) {}
  // The config governing `file`, or nullptr; errors go to *diagnostics.
  const Config* For(const std::string& file, std::vector<claims::Diagnostic>* diagnostics);

 private:
  std::shared_ptr<const Config> fixed_;
  std::map<std::string, std::shared_ptr<const Config>> by_file_;
  std::map<std::string, std::string> by_dir_;
};

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_CONFIG_H_
