// onevoice check [PATH|-]...: judge files, folders, mailboxes or stdin.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <cstdio>
#include <iostream>
#include <thread>

#include "base/unicode.h"
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

struct Edit {
  size_t begin, end;
  std::string text;
};

// Writes the corrections into a Markdown or text file, in place (through a
// temporary file and a rename). Only files whose bytes are their decoded
// text (UTF-8 without a byte-order mark) are touched: offsets are bytes of
// the decoded text.
Status ApplyFixes(const std::string& file, std::vector<Edit> edits) {
  namespace fs = std::filesystem;
  std::string ext = fs::path(file).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".md" && ext != ".markdown" && ext != ".txt" && ext != ".text")
    return Status::Usage(file + ": only Markdown and text files are fixed");
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::IOError(file + ": cannot read");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!IsValidUtf8(bytes)) return Status::Usage(file + ": not UTF-8; not fixed");
  // Offsets are bytes of the decoded text, which drops a byte-order mark
  // and turns CRLF into LF: map them back to the file's bytes by walking
  // both; anything else that differs means the file is left alone.
  ingest::RawInput raw;
  raw.path = file;
  raw.bytes = bytes;
  raw.kind = ingest::DetectKind(file, bytes);
  ingest::Document doc = ingest::ParseInput(raw);
  if (doc.parts.size() != 1) return Status::Usage(file + ": not a single text; not fixed");
  const std::string& text = doc.parts[0].text;
  std::vector<size_t> raw_of(text.size() + 1);
  size_t i = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0, j = 0;
  for (; j < text.size(); ++j, ++i) {
    if (i < bytes.size() && bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n' && text[j] == '\n') ++i;
    if (i >= bytes.size() || bytes[i] != text[j]) return Status::Usage(file + ": decoded text differs from its bytes; not fixed");
    raw_of[j] = i;
  }
  raw_of[text.size()] = i;
  for (Edit& e : edits) {
    if (e.end > text.size()) return Status::Usage(file + ": changed since it was checked; not fixed");
    e.begin = raw_of[e.begin];
    e.end = raw_of[e.end];
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
  size_t last = std::string::npos;
  for (const Edit& e : edits) {
    if (e.end > bytes.size() || e.end > last) continue;  // overlapping or stale: skip
    bytes.replace(e.begin, e.end - e.begin, e.text);
    last = e.begin;
  }
  std::string tmp = file + ".onevoice-fix";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::IOError(tmp + ": cannot write");
  }
  std::error_code ec;
  fs::permissions(tmp, fs::status(file, ec).permissions(), ec);
  fs::rename(tmp, file, ec);
  if (ec) return Status::IOError(file + ": " + ec.message());
  return Status::Ok();
}

// Runs a command, returning its standard output; nullopt when it fails.
std::optional<std::string> Capture(const std::string& cmd) {
  std::FILE* p = popen(cmd.c_str(), "r");
  if (!p) return std::nullopt;
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  return pclose(p) == 0 ? std::optional<std::string>(out) : std::nullopt;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Absolute paths of files changed since `rev` in the git repository of the
// working folder: committed, staged and unstaged changes, and untracked files
// that are not ignored. Deleted files are left out.
Expected<std::set<std::string>> ChangedFiles(const std::string& rev) {
  auto top = Capture("git rev-parse --show-toplevel 2>/dev/null");
  if (!top) return Status::Usage("not inside a git repository");
  std::string root = *top;
  while (!root.empty() && (root.back() == '\n' || root.back() == '\r')) root.pop_back();
  auto diff = Capture("git -C " + ShellQuote(root) + " diff --name-only --diff-filter=ACMRT " + ShellQuote(rev) +
                      " -- 2>/dev/null");
  if (!diff) return Status::Usage("git cannot compare with revision '" + rev + "'");
  auto untracked = Capture("git -C " + ShellQuote(root) + " ls-files --others --exclude-standard 2>/dev/null");
  std::set<std::string> out;
  for (const std::string* list : {&*diff, untracked ? &*untracked : nullptr}) {
    if (!list) continue;
    size_t b = 0;
    while (b < list->size()) {
      size_t e = list->find('\n', b);
      if (e == std::string::npos) e = list->size();
      if (e > b) {
        std::error_code ec;
        out.insert(std::filesystem::weakly_canonical(std::filesystem::path(root) / list->substr(b, e - b), ec).string());
      }
      b = e + 1;
    }
  }
  return out;
}

}  // namespace

int RunCheck(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> inputs;
  bool fix = false;
  std::string changed_only;
  po::options_description desc("onevoice check [PATH|-]... [options]");
  AddCommonOptions(&desc, &o);
  desc.add_options()("input", po::value(&inputs), "files, folders, mbox, Maildir, or - for stdin")(
      "fix", po::bool_switch(&fix), "write single-valued corrections into Markdown and text files (never emails)")(
      "changed-only", po::value(&changed_only), "check only files changed since this git revision (and untracked ones)");
  po::variables_map vm;
  if (int rc = ParseCommandLine(args, desc, "input", o, &vm); rc >= 0) return rc;
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

  std::set<std::string> changed;
  if (!changed_only.empty()) {
    auto files = ChangedFiles(changed_only);
    if (!files.ok()) {
      std::fprintf(stderr, "onevoice check: --changed-only: %s\n", files.status().message().c_str());
      return 2;
    }
    changed = std::move(files).value();
  }
  ConfigCache configs(fixed);
  std::vector<claims::Diagnostic> config_errors;
  ingest::ReaderOptions ro;
  ro.accept = [&](const std::string& path, bool is_dir) {
    if (path == "-") return true;
    if (!is_dir && path.size() >= 13 && path.compare(path.size() - 13, 13, ".onevoice.yaml") == 0) return false;
    if (!changed_only.empty() && !is_dir) {
      std::error_code ec;
      if (!changed.count(std::filesystem::weakly_canonical(path, ec).string())) return false;
    }
    const Config* c = configs.For(path, &config_errors);
    return !(c && c->Ignored(path));
  };
  ingest::InputReader reader(inputs, ro);
  const std::string today = Today();
  bool failed = false;
  std::map<std::string, std::vector<Edit>> fixes;
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
        if (fix && !r.is_message) {
          for (const auto& f : r.findings) {
            if (f.kind == check::FindingKind::kConflict && !f.fix.empty() && f.fix_where.end > f.fix_where.begin)
              fixes[r.file].push_back({f.fix_where.begin, f.fix_where.end, f.fix});
          }
        }
        check::Deliver(r, sink.get());
      },
      nullptr);
  sink->Finish();
  if (fix) {
    int files = 0, edits = 0;
    for (const auto& [file, list] : fixes) {
      Status st = ApplyFixes(file, list);
      if (st.ok()) {
        ++files;
        edits += static_cast<int>(list.size());
      } else {
        std::fprintf(stderr, "onevoice check --fix: %s\n", st.message().c_str());
      }
    }
    std::fprintf(stderr, "onevoice check --fix: %d correction%s written in %d file%s\n", edits, edits == 1 ? "" : "s",
                 files, files == 1 ? "" : "s");
  }
  for (const auto& d : config_errors) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (!config_errors.empty() && claims::HasErrors(config_errors)) return 2;
  return failed ? 1 : 0;
}

}  // namespace onevoice::cli
