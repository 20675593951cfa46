#include "cli/common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "claims/load.h"
#include "report/github.h"
#include "report/json.h"
#include "report/sarif.h"
#include "report/text.h"

namespace onevoice::cli {
namespace po = boost::program_options;

void AddCommonOptions(po::options_description* desc, CommonOptions* o) {
  desc->add_options()
      ("rules", po::value(&o->rules), "claims base folder (default: .onevoice.yaml's rules, else ./rules)")
      ("office", po::value(&o->office), "who is speaking (an office id); overrides detection")
      ("as-of", po::value(&o->as_of), "judge against the base as it stood on YYYY-MM-DD")
      ("format", po::value(&o->format), "text|json|jsonl|sarif|github")
      ("fail-on", po::value(&o->fail_on)->default_value("error"), "error|warning|info|never")
      ("jobs,j", po::value(&o->jobs)->default_value(0), "worker threads (0: one per core)")
      ("include-quoted", po::bool_switch(&o->include_quoted), "also judge quoted reply text")
      ("config", po::value(&o->config), "use this .onevoice.yaml for every input")
      ("color", po::value(&o->color)->default_value("auto"), "auto|always|never")
      ("help,h", "show this help");
}

bool ParseArgs(const std::vector<std::string>& args, const po::options_description& desc, const char* positional_name,
               po::variables_map* vm) {
  try {
    po::positional_options_description pos;
    if (positional_name) pos.add(positional_name, -1);
    po::store(po::command_line_parser(args).options(desc).positional(pos).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    std::fprintf(stderr, "onevoice: %s\n", e.what());
    return false;
  }
  return true;
}

int ParseCommandLine(const std::vector<std::string>& args, const po::options_description& desc,
                     const char* positional_name, const CommonOptions& o, po::variables_map* vm) {
  if (!ParseArgs(args, desc, positional_name, vm)) return 2;
  if (vm->count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  if (!ValidateCommon(o, {"text", "json", "jsonl", "sarif", "github"})) return 2;
  return -1;
}

static bool IsDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  int m = std::atoi(s.substr(5, 2).c_str()), d = std::atoi(s.substr(8, 2).c_str());
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

bool ValidateCommon(const CommonOptions& o, const std::vector<std::string>& formats) {
  if (!o.as_of.empty() && !IsDate(o.as_of)) {
    std::fprintf(stderr, "onevoice: --as-of wants YYYY-MM-DD, got '%s'\n", o.as_of.c_str());
    return false;
  }
  if (o.fail_on != "error" && o.fail_on != "warning" && o.fail_on != "info" && o.fail_on != "never") {
    std::fprintf(stderr, "onevoice: --fail-on wants error, warning, info or never, got '%s'\n", o.fail_on.c_str());
    return false;
  }
  if (!o.format.empty() && std::find(formats.begin(), formats.end(), o.format) == formats.end()) {
    std::string list;
    for (const auto& f : formats) list += (list.empty() ? "" : ", ") + f;
    std::fprintf(stderr, "onevoice: --format wants one of %s, got '%s'\n", list.c_str(), o.format.c_str());
    return false;
  }
  if (o.jobs < 0 || o.jobs > 1024) {
    std::fprintf(stderr, "onevoice: --jobs wants 0..1024\n");
    return false;
  }
  return true;
}

std::string RulesDir(const CommonOptions& o, const std::vector<std::string>& inputs) {
  if (!o.rules.empty()) return o.rules;
  std::string cfg = o.config;
  if (cfg.empty()) {
    namespace fs = std::filesystem;
    std::error_code ec;
    std::string start = ".";
    for (const auto& in : inputs) {
      if (in == "-") continue;
      start = fs::is_directory(in, ec) ? in : fs::path(in).parent_path().string();
      if (start.empty()) start = ".";
      break;
    }
    cfg = FindConfigFile(start);
  }
  if (!cfg.empty()) {
    std::vector<claims::Diagnostic> diags;
    auto c = LoadConfig(cfg, &diags);
    if (!c.ok()) {
      // A broken config is an error, not a reason to guess (SPEC §5: exit 2).
      for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.ToString().c_str());
      return "";
    }
    if (!c->rules.empty()) return c->rules;
  }
  return "rules";
}

std::shared_ptr<const claims::Base> LoadRules(const std::string& dir) {
  if (dir.empty()) return nullptr;  // RulesDir already said why
  std::vector<claims::Diagnostic> diags;
  auto base = claims::LoadBase(dir, &diags, {.use_cache = true});
  for (const auto& d : diags) {
    if (d.severity == claims::Diagnostic::Severity::kError || !base.ok()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!base.ok()) {
    if (diags.empty()) std::fprintf(stderr, "onevoice: %s\n", base.status().ToString().c_str());
    return nullptr;
  }
  return std::move(base).value();
}

bool LoadFixedConfig(const CommonOptions& o, std::shared_ptr<const Config>* out) {
  if (o.config.empty()) return true;
  std::vector<claims::Diagnostic> diags;
  auto c = LoadConfig(o.config, &diags);
  for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (!c.ok()) return false;
  *out = std::make_shared<const Config>(std::move(c).value());
  return true;
}

bool Fails(const check::Finding& f, const CommonOptions& o) {
  if (o.fail_on == "never") return false;
  if (f.quoted && !o.include_quoted) return false;
  int need = o.fail_on == "error" ? 0 : o.fail_on == "warning" ? 1 : 2;
  int have = f.severity == claims::Severity::kError ? 0 : f.severity == claims::Severity::kWarning ? 1 : 2;
  return have <= need;
}

std::unique_ptr<check::Sink> MakeSink(const std::string& format, std::FILE* out, const CommonOptions& o,
                                      const claims::Base& base, bool with_claims) {
  if (format == "json") return std::make_unique<report::JsonSink>(out);
  if (format == "jsonl") return std::make_unique<report::JsonlSink>(out, with_claims);
  if (format == "sarif") {
    // Keep in step with `onevoice --version` (commands.cc) and CMake's project().
    report::SarifOptions so{"0.1.0", "https://github.com/onevoice/onevoice"};
    return std::make_unique<report::SarifSink>(out, &base, so);
  }
  if (format == "github") return std::make_unique<report::GithubSink>(out);
  bool color = o.color == "always" ||
               (o.color == "auto" && isatty(fileno(out)) && std::getenv("NO_COLOR") == nullptr);
  return std::make_unique<report::TextSink>(out, color);
}

}  // namespace onevoice::cli
