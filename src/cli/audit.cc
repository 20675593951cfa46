// onevoice audit SOURCE...: judge an archive, message by message as of its
// own date and for its own office, store everything in SQLite, then find
// offices that contradicted each other (cross-office).
//
// One reader (this thread), N workers (parse + check), one writer (this
// thread: the store and the output, in input order). Memory stays bounded by
// the in-flight window whatever the archive's size; cross-office reads the
// claims back from the database at the end. Ctrl-C stops reading, stores
// what is in flight, and ends the run as "interrupted".
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "check/cross_office.h"
#include "cli/common.h"
#include "cli/parallel.h"
#include "cli/pipeline.h"
#include "cli/run.h"
#include "extract/lexicon.h"
#include "ingest/source.h"
#include "report/html.h"
#include "report/sqlite_store.h"

namespace onevoice::cli {
namespace po = boost::program_options;

namespace {

std::atomic<bool> g_stop{false};

void OnSignal(int) { g_stop = true; }

uint64_t TotalBytes(const std::vector<std::string>& sources) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& s : sources) {
    if (fs::is_regular_file(s, ec)) {
      total += fs::file_size(s, ec);
    } else if (fs::is_directory(s, ec)) {
      for (auto it = fs::recursive_directory_iterator(s, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    }
  }
  return total;
}

class Progress {
 public:
  Progress(bool on, uint64_t total) : on_(on), total_(total), start_(Clock::now()), last_(start_) {}
  void Update(uint64_t messages, uint64_t skipped, uint64_t bytes, bool final = false) {
    if (!on_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    std::string eta = "?";
    if (total_ > bytes && bytes > 0 && secs > 0.5) {
      int rest = static_cast<int>((total_ - bytes) / (bytes / secs));
      eta = std::to_string(rest / 60) + "m" + std::to_string(rest % 60) + "s";
    } else if (total_ <= bytes) {
      eta = "0s";
    }
    std::fprintf(stderr, "\r%llu messages (%llu already stored), %.1f MB/s, %.0f%%, ETA %s   ",
                 static_cast<unsigned long long>(messages), static_cast<unsigned long long>(skipped), mbps,
                 total_ ? 100.0 * std::min(bytes, total_) / total_ : 0.0, eta.c_str());
    if (final) std::fputc('\n', stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  uint64_t total_;
  Clock::time_point start_, last_;
};

struct Job {
  ingest::RawInput raw;
  std::string document_office;
};

}  // namespace

int RunAudit(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> sources;
  std::string db_path = "onevoice-audit.sqlite", report_path, progress = "auto";
  int window = 45, sides = 20;
  po::options_description desc("onevoice audit SOURCE... [options]");
  AddCommonOptions(&desc, &o);
  desc.add_options()
      ("db", po::value(&db_path), "SQLite database (default: ./onevoice-audit.sqlite); re-runs skip stored messages")
      ("report", po::value(&report_path), "write a self-contained HTML report here")
      ("window", po::value(&window)->default_value(45), "cross-office window in days")
      ("sides", po::value(&sides)->default_value(20),
       "messages a cross-office finding lists per office (the rest are counted; 0: all)")
      ("progress", po::value(&progress)->default_value("auto"), "auto|always|never: a progress line on stderr")
      ("source", po::value(&sources), "mbox files, Maildir folders, folders of .eml");
  po::variables_map vm;
  if (!ParseArgs(args, desc, "source", &vm)) return 2;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  if (!ValidateCommon(o, {"text", "json", "jsonl", "sarif", "github"})) return 2;
  if (sources.empty()) {
    std::fprintf(stderr, "onevoice audit: give mbox files, Maildir folders or folders of .eml\n");
    return 2;
  }
  if (sides < 0) {
    std::fprintf(stderr, "onevoice audit: --sides wants 0 (all) or more\n");
    return 2;
  }
  if (window < 0 || window > 3650) {
    std::fprintf(stderr, "onevoice audit: --window wants 0..3650 days\n");
    return 2;
  }
  std::shared_ptr<const Config> fixed;
  if (!LoadFixedConfig(o, &fixed)) return 2;
  const std::string rules_dir = RulesDir(o, sources);
  auto base = LoadRules(rules_dir);
  if (!base) return 2;
  extract::Engine engine(*base);
  auto opened = report::AuditStore::Open(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "onevoice audit: %s\n", opened.status().message().c_str());
    return 2;
  }
  report::AuditStore& store = **opened;
  nlohmann::json options{{"sources", sources}, {"office", o.office}, {"as_of", o.as_of}, {"window", window},
                         {"include_quoted", o.include_quoted}};
  auto run = store.BeginRun(rules_dir, base->version_hash, options.dump());
  if (!run.ok()) {
    std::fprintf(stderr, "onevoice audit: %s\n", run.status().message().c_str());
    return 2;
  }
  std::string format = o.format.empty() ? "text" : o.format;
  auto sink = MakeSink(format, stdout, o, *base, true);

  g_stop = false;
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  ConfigCache configs(fixed);
  std::vector<claims::Diagnostic> config_errors;
  ingest::ReaderOptions ro;
  ro.accept = [&](const std::string& path, bool is_dir) {
    if (!is_dir && path.size() >= 13 && path.compare(path.size() - 13, 13, ".onevoice.yaml") == 0) return false;
    const Config* c = configs.For(path, &config_errors);
    return !(c && c->Ignored(path));
  };
  ingest::InputReader reader(sources, ro);
  bool show = progress == "always" || (progress == "auto" && isatty(STDERR_FILENO));
  Progress bar(show, show ? TotalBytes(sources) : 0);
  const std::string today = Today();
  uint64_t messages = 0, skipped = 0, findings = 0;
  bool failed = false, store_error = false;
  std::set<std::string> seen_sources;
  auto last_commit = std::chrono::steady_clock::now();
  int jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  OrderedParallel<Job, check::DocumentResult>(
      jobs, 128,
      [&](Job* job) {
        while (reader.Next(&job->raw)) {
          seen_sources.insert(job->raw.path);
          if (!job->raw.error && store.HasMessage(job->raw.path, job->raw.offset, job->raw.bytes.size())) {
            ++skipped;
            bar.Update(messages, skipped, reader.bytes_read());
            continue;
          }
          if (const Config* c = configs.For(job->raw.path, &config_errors)) job->document_office = c->OfficeFor(job->raw.path);
          return true;
        }
        return false;
      },
      [&](Job& job) {
        ingest::Document doc = ingest::ParseInput(job.raw);
        job.raw.bytes.clear();
        CheckOptions co;
        co.office = o.office;
        co.as_of = o.as_of;
        co.today = today;
        co.document_office = job.document_office;
        return CheckDocument(engine, doc, co);
      },
      [&](check::DocumentResult& r) {
        auto stored = store.Store(*run, r);
        if (!stored.ok()) {
          if (!store_error) std::fprintf(stderr, "onevoice audit: %s\n", stored.status().message().c_str());
          store_error = true;
        }
        ++messages;
        auto now = std::chrono::steady_clock::now();
        if (now - last_commit > std::chrono::seconds(1)) {
          (void)store.Commit();
          last_commit = now;
        }
        if (!o.include_quoted) std::erase_if(r.findings, [](const check::Finding& f) { return f.quoted; });
        for (const auto& f : r.findings) failed = failed || Fails(f, o);
        findings += r.findings.size();
        check::Deliver(r, sink.get());
        bar.Update(messages, skipped, reader.bytes_read());
      },
      &g_stop);
  (void)store.Commit();
  bar.Update(messages, skipped, reader.bytes_read(), true);

  bool interrupted = g_stop.load();
  if (!interrupted && !store_error) {
    // Cross-office, one (product, attribute) at a time: claims of different
    // subjects never meet. Each subject is read twice from the database —
    // counted by (day, office, value), then listed in date order — so memory
    // grows with the distinct values stated, not with the archive.
    check::CrossOfficeOptions xo;
    xo.window_days = window;
    xo.sides_per_office = sides;
    xo.file = sources.size() == 1 ? sources[0] : "";
    check::DocumentResult summary;
    summary.file = xo.file;
    bool begun = false;
    std::vector<std::string> seen(seen_sources.begin(), seen_sources.end());
    // Reading claims of this run's sources only: no filter when the
    // database holds nothing else.
    if (auto only = store.OnlySources(seen); only.ok() && *only) seen.clear();
    auto subjects = store.CrossOfficeSubjects();
    if (!subjects.ok()) {
      std::fprintf(stderr, "onevoice audit: %s\n", subjects.status().message().c_str());
      store_error = true;
    }
    // Subjects are independent: each worker reads its own through a
    // read-only connection of its own (WAL lets them read while this thread
    // stores findings); this thread stores and prints them in order.
    std::mutex readers_mu;
    std::vector<std::unique_ptr<report::AuditStore>> readers;
    auto acquire = [&]() -> Expected<std::unique_ptr<report::AuditStore>> {
      {
        std::lock_guard<std::mutex> lock(readers_mu);
        if (!readers.empty()) {
          auto r = std::move(readers.back());
          readers.pop_back();
          return r;
        }
      }
      return report::AuditStore::OpenReader(db_path);
    };
    struct SubjectResult {
      Status status;
      std::vector<check::Finding> findings;
    };
    size_t next_subject = 0;
    using Subject = std::pair<std::string, std::string>;
    OrderedParallel<Subject, SubjectResult>(
        jobs, static_cast<size_t>(jobs) * 2,
        [&](Subject* subject) {
          if (store_error || !subjects.ok() || next_subject >= subjects->size()) return false;
          *subject = (*subjects)[next_subject++];
          return true;
        },
        [&](Subject& subject) {
          SubjectResult out;
          auto reader = acquire();
          if (!reader.ok()) {
            out.status = reader.status();
            return out;
          }
          const auto& [product, attribute] = subject;
          check::CrossOfficeSubject reduce(base.get(), product, attribute, xo);
          out.status = (*reader)->CountClaims(seen, product, attribute,
                                              [&](const check::JudgedClaim& c, int64_t n) { reduce.Count(c, n); });
          if (out.status.ok()) {
            out.status = (*reader)->ForEachClaim(
                seen, product, attribute, [&](const check::JudgedClaim& c) { return reduce.WouldList(c); },
                [&](const check::JudgedClaim& c) { reduce.List(c); });
          }
          if (out.status.ok()) out.findings = reduce.Findings();
          std::lock_guard<std::mutex> lock(readers_mu);
          readers.push_back(std::move(*reader));
          return out;
        },
        [&](SubjectResult& r) {
          Status st = r.status;
          if (st.ok() && !r.findings.empty()) st = store.StoreRunFindings(*run, r.findings);
          if (!st.ok()) {
            if (!store_error) std::fprintf(stderr, "onevoice audit: %s\n", st.message().c_str());
            store_error = true;
            return;
          }
          if (r.findings.empty()) return;
          if (!begun) sink->Begin(summary);
          begun = true;
          for (const auto& f : r.findings) {
            failed = failed || Fails(f, o);
            sink->Found(summary, f);
          }
          findings += r.findings.size();
        },
        &g_stop);
    if (begun) sink->End(summary);
    interrupted = g_stop.load();  // Ctrl-C during cross-office: the run is not complete
  }
  (void)store.EndRun(*run, interrupted ? "interrupted" : store_error ? "failed" : "complete",
                     static_cast<int64_t>(messages), static_cast<int64_t>(findings));
  sink->Finish();
  if (!report_path.empty()) {
    Status s = report::WriteHtmlReport(store.db(), *run, report_path);
    if (!s.ok()) {
      std::fprintf(stderr, "onevoice audit: %s\n", s.message().c_str());
      return 2;
    }
  }
  for (const auto& d : config_errors) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (interrupted) {
    std::fprintf(stderr, "onevoice audit: interrupted; %llu messages stored, run again to continue\n",
                 static_cast<unsigned long long>(messages));
    return 130;
  }
  if (store_error) return 2;
  return failed ? 1 : 0;
}

}  // namespace onevoice::cli
