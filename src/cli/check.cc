// onevoice check [PATH|-]...: judge files, folders, mailboxes or stdin.
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/common.h"
#include "cli/parallel.h"
#include "cli/pipeline.h"
#include "cli/run.h"
#include "extract/lexicon.h"
#include "ingest/source.h"

namespace onevoice::cli {
namespace po = boost::program_options;

namespace {

// One input with what its .onevoice.yaml says about it (looked up on the
// reader thread: the config cache is not shared with workers).
struct Job {
  ingest::RawInput raw;
  std::string document_office;
  const Config* config = nullptr;
};

}  // namespace

int RunCheck(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> inputs;
  po::options_description desc("onevoice check [PATH|-]... [options]");
  AddCommonOptions(&desc, &o);
  desc.add_options()("input", po::value(&inputs), "files, folders, mbox, Maildir, or - for stdin");
  po::variables_map vm;
  if (!ParseArgs(args, desc, "input", &vm)) return 2;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  if (!ValidateCommon(o, {"text", "json", "jsonl", "sarif", "github"})) return 2;
  if (inputs.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::fprintf(stderr, "onevoice check: give files or folders to check, or - for stdin\n");
      return 2;
    }
    inputs.push_back("-");
  }
  std::shared_ptr<const Config> fixed;
  if (!LoadFixedConfig(o, &fixed)) return 2;
  auto base = LoadRules(RulesDir(o, inputs));
  if (!base) return 2;
  extract::Engine engine(*base);
  std::string format = o.format.empty() ? "text" : o.format;
  auto sink = MakeSink(format, stdout, o, *base, true);

  ConfigCache configs(fixed);
  std::vector<claims::Diagnostic> config_errors;
  ingest::ReaderOptions ro;
  ro.accept = [&](const std::string& path, bool is_dir) {
    if (path == "-") return true;
    if (!is_dir && path.size() >= 13 && path.compare(path.size() - 13, 13, ".onevoice.yaml") == 0) return false;
    const Config* c = configs.For(path, &config_errors);
    return !(c && c->Ignored(path));
  };
  ingest::InputReader reader(inputs, ro);
  const std::string today = Today();
  bool failed = false;
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  OrderedParallel<Job, check::DocumentResult>(
      jobs, 64,
      [&](Job* job) {
        if (!reader.Next(&job->raw)) return false;
        if (job->raw.path != "-") {
          job->config = configs.For(job->raw.path, &config_errors);
          if (job->config) job->document_office = job->config->OfficeFor(job->raw.path);
        }
        return true;
      },
      [&](Job& job) {
        ingest::Document doc = ingest::ParseInput(job.raw);
        job.raw.bytes.clear();
        CheckOptions co;
        co.office = o.office;
        co.as_of = o.as_of;
        co.today = today;
        co.document_office = job.document_office;
        co.severity = job.config ? &job.config->severity : nullptr;
        return CheckDocument(engine, doc, co);
      },
      [&](check::DocumentResult& r) {
        if (!o.include_quoted) {
          // Quoted text is listed as claims but never becomes a finding.
          std::erase_if(r.findings, [](const check::Finding& f) { return f.quoted; });
        }
        for (const auto& f : r.findings) failed = failed || Fails(f, o);
        check::Deliver(r, sink.get());
      },
      nullptr);
  sink->Finish();
  for (const auto& d : config_errors) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (!config_errors.empty() && claims::HasErrors(config_errors)) return 2;
  return failed ? 1 : 0;
}

}  // namespace onevoice::cli
