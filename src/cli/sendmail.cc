// onevoice sendmail [OPTIONS] -- PROGRAM [ARGS]: the pre-send wrapper.
//
// Reads one message from stdin (all of it, binary-safe), checks it, and when
// it passes runs PROGRAM with ARGS, feeding it exactly the bytes read (no
// newline conversion, no re-serialization). Exit codes (SPEC §5; sysexits.h
// where an MTA reads them; docs/sendmail.md says what Postfix makes of each):
//   PROGRAM's own  it was sent: PROGRAM's exit code; 128+N if a signal N
//                  killed it;
//   65 EX_DATAERR  blocked: a finding at or above --fail-on (quoted text
//                  only with --include-quoted); the findings go to stderr in
//                  the text format; PROGRAM does not run;
//   75 EX_TEMPFAIL onevoice failed (the claims base does not load, the
//                  message is unreadable or larger than max_message_bytes,
//                  an unexpected error) and --on-error is `block`; also, with
//                  either setting, when stdin cannot be read or PROGRAM cannot
//                  be started for lack of resources: the caller keeps the
//                  message and may retry (an MTA defers it);
//   69 EX_UNAVAILABLE  PROGRAM cannot be executed (not found, not
//                  executable); nothing was sent;
//   2              usage error (no `--`, no PROGRAM, a bad option); stdin is
//                  not read.
// With --on-error pass (the default) a failure of onevoice prints a warning
// and hands the message on unchecked: mail is never held up by onevoice's
// own trouble. A message over the limit is then streamed on with bounded
// memory. Only stderr is written; stdout belongs to PROGRAM.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "cli/common.h"
#include "cli/pipeline.h"
#include "cli/run.h"
#include "extract/lexicon.h"
#include "ingest/source.h"

extern char** environ;

namespace onevoice::cli {
namespace po = boost::program_options;

namespace {

constexpr int kExUsage = 2;         // SPEC §5: usage errors
constexpr int kExDataErr = 65;      // EX_DATAERR: blocked by a finding
constexpr int kExUnavailable = 69;  // EX_UNAVAILABLE: PROGRAM cannot be executed
constexpr int kExTempFail = 75;     // EX_TEMPFAIL: try again later; nothing sent

enum class ReadStatus { kComplete, kTooLarge, kError };

// Reads `fd` to its end into *out, or until more than `limit` bytes were read
// (kTooLarge: *out then holds the first limit + 1 bytes and the rest is
// still unread in `fd`). On kError, *err is the errno.
ReadStatus ReadMessage(int fd, size_t limit, std::string* out, int* err) {
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    out->reserve(std::min<size_t>(static_cast<size_t>(st.st_size), limit) + 1);
  }
  constexpr size_t kChunk = 64 << 10;
  for (;;) {
    size_t want = std::min(kChunk, limit + 1 - out->size());
    size_t old = out->size();
    out->resize(old + want);
    ssize_t n = read(fd, out->data() + old, want);
    if (n < 0) {
      out->resize(old);
      if (errno == EINTR) continue;
      *err = errno;
      return ReadStatus::kError;
    }
    out->resize(old + static_cast<size_t>(n));
    if (n == 0) return ReadStatus::kComplete;
    if (out->size() > limit) return ReadStatus::kTooLarge;
  }
}

// Writes all of [data, data + size) to `fd`, through partial writes and
// EINTR. False with *err set (EPIPE when the reader has gone).
bool WriteAll(int fd, const char* data, size_t size, size_t* written, int* err) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      *err = errno;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
    *written += static_cast<size_t>(n);
  }
  return true;
}

// Ignores SIGPIPE for its lifetime (a PROGRAM that stops reading makes write
// fail with EPIPE instead of killing us) and remembers the disposition we
// were started with, which PROGRAM inherits.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() {
    struct sigaction ign {};
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, &old_);
  }
  ~IgnoreSigpipe() { sigaction(SIGPIPE, &old_, nullptr); }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;
  bool was_ignored() const { return old_.sa_handler == SIG_IGN; }

 private:
  struct sigaction old_ {};
};

// Runs argv with a pipe on its stdin; writes `head`, then (rest_fd >= 0) the
// rest of rest_fd, closes the pipe and waits. Returns PROGRAM's exit code
// (128 + N for a signal), or kExUnavailable / kExTempFail when it could not
// be started, or kExTempFail when rest_fd failed mid-stream (PROGRAM is then
// terminated before it sees an end of input).
int RunProgram(const std::vector<std::string>& args, std::string_view head, int rest_fd) {
  const char* name = args[0].c_str();
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);

  IgnoreSigpipe sigpipe;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "onevoice sendmail: cannot make a pipe for %s: %s; message not sent\n",
                 name, std::strerror(errno));
    return kExTempFail;
  }
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  // dup2 clears close-on-exec on fd 0; both pipe ends close in PROGRAM.
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  if (!sigpipe.was_ignored()) {
    sigset_t def;
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &def);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  }
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, name, &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(fds[0]);
  if (rc != 0) {
    close(fds[1]);
    bool transient = rc == EAGAIN || rc == ENOMEM || rc == EMFILE || rc == ENFILE;
    std::fprintf(stderr, "onevoice sendmail: cannot run %s: %s; message not sent\n", name,
                 std::strerror(rc));
    return transient ? kExTempFail : kExUnavailable;
  }

  size_t written = 0, total = head.size();
  int err = 0;
  bool pipe_open = WriteAll(fds[1], head.data(), head.size(), &written, &err);
  bool input_failed = false;
  if (pipe_open && rest_fd >= 0) {
    std::vector<char> buf(64 << 10);
    for (;;) {
      ssize_t n = read(rest_fd, buf.data(), buf.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        std::fprintf(stderr,
                     "onevoice sendmail: cannot read the message after %zu bytes: %s; %s stopped\n",
                     total, std::strerror(errno), name);
        input_failed = true;
        break;
      }
      if (n == 0) break;
      total += static_cast<size_t>(n);
      if (!WriteAll(fds[1], buf.data(), static_cast<size_t>(n), &written, &err)) {
        pipe_open = false;
        // Drain the rest only to report the message's size.
        for (;;) {
          ssize_t m = read(rest_fd, buf.data(), buf.size());
          if (m < 0 && errno == EINTR) continue;
          if (m <= 0) break;
          total += static_cast<size_t>(m);
        }
        break;
      }
    }
  }
  // A truncated message must not be sent: stop PROGRAM before it sees EOF.
  if (input_failed) kill(pid, SIGKILL);
  close(fds[1]);
  if (!pipe_open && !input_failed) {
    std::fprintf(stderr,
                 "onevoice sendmail: warning: %s stopped reading after %zu of %zu bytes (%s)\n",
                 name, written, total, std::strerror(err));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      std::fprintf(stderr, "onevoice sendmail: cannot wait for %s: %s\n", name,
                   std::strerror(errno));
      return kExTempFail;
    }
  }
  if (input_failed) return kExTempFail;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    std::fprintf(stderr, "onevoice sendmail: %s was killed by signal %d\n", name, WTERMSIG(status));
    return 128 + WTERMSIG(status);
  }
  return kExTempFail;
}

// What the check decided.
struct Verdict {
  bool blocked = false;
  std::optional<std::string> failure;  // onevoice itself failed: why
};

// Loads the base, parses and checks `bytes`. Findings are written to stderr
// (all of them when blocked; those below --fail-on otherwise). Never throws.
Verdict CheckMessage(const std::string& bytes, const CommonOptions& o) {
  Verdict v;
  try {
    std::shared_ptr<const Config> fixed;
    if (!LoadFixedConfig(o, &fixed)) {
      v.failure = "the config " + o.config + " does not load";
      return v;
    }
    std::string dir = RulesDir(o, {});
    auto base = LoadRules(dir);
    if (!base) {
      v.failure = "the claims base " + dir + " does not load";
      return v;
    }
    extract::Engine engine(*base);
    ingest::RawInput raw;
    raw.path = "-";
    raw.kind = ingest::InputKind::kMessage;
    raw.bytes = bytes;  // a copy: the original goes to PROGRAM untouched
    ingest::Document doc = ingest::ParseInput(raw);
    raw.bytes = std::string();
    if (doc.unreadable) {
      v.failure = "the message is unreadable: " + *doc.unreadable;
      return v;
    }
    CheckOptions co;
    co.office = o.office;
    co.as_of = o.as_of;
    co.today = Today();
    co.severity = fixed ? &fixed->severity : nullptr;
    check::DocumentResult r = CheckDocument(engine, doc, co);
    if (!o.include_quoted) {
      std::erase_if(r.findings, [](const check::Finding& f) { return f.quoted; });
    }
    int failing = 0;
    for (const auto& f : r.findings) failing += Fails(f, o);
    v.blocked = failing > 0;
    if (!r.findings.empty()) {
      auto sink = MakeSink("text", stderr, o, *base, false);
      check::Deliver(r, sink.get());
      sink->Finish();
    }
    if (v.blocked) {
      std::fprintf(stderr,
                   "onevoice sendmail: message not sent: %d finding%s at or above --fail-on %s\n",
                   failing, failing == 1 ? "" : "s", o.fail_on.c_str());
    }
  } catch (const std::exception& e) {
    v.blocked = false;
    v.failure = std::string("internal error: ") + e.what();
  } catch (...) {
    v.blocked = false;
    v.failure = "internal error";
  }
  return v;
}

}  // namespace

int RunSendmail(const std::vector<std::string>& args) {
  auto dashes = std::find(args.begin(), args.end(), "--");
  std::vector<std::string> own(args.begin(), dashes);
  std::vector<std::string> program;
  if (dashes != args.end()) program.assign(dashes + 1, args.end());

  CommonOptions o;
  std::string on_error = "pass";
  std::vector<std::string> stray;
  po::options_description desc("onevoice sendmail [options] -- PROGRAM [ARGS]...");
  AddCommonOptions(&desc, &o);
  desc.add_options()("on-error", po::value(&on_error)->default_value("pass"),
                     "when onevoice itself fails: pass (send unchecked, warn) or block (exit 75)");
  po::options_description all;
  all.add(desc).add_options()("stray", po::value(&stray));
  po::variables_map vm;
  if (!ParseArgs(own, all, "stray", &vm)) return kExUsage;
  if (vm.count("help")) {
    std::cout
        << desc << "\n"
        << "Reads one message on stdin and checks it; if it passes, runs PROGRAM with ARGS\n"
           "and the message's exact bytes on its stdin, exiting with PROGRAM's code.\n"
           "Exit 65: blocked by findings (PROGRAM not run); 75: onevoice failed and\n"
           "--on-error block, or stdin unreadable; 69: PROGRAM cannot be executed; 2: usage.\n";
    return 0;
  }
  if (!stray.empty()) {
    std::fprintf(stderr, "onevoice sendmail: unexpected '%s': the program to run goes after --\n",
                 stray.front().c_str());
    return kExUsage;
  }
  if (program.empty() || program.front().empty()) {
    std::fprintf(
        stderr,
        "onevoice sendmail: give the program to run after --, e.g. -- /usr/sbin/sendmail -t -i\n");
    return kExUsage;
  }
  if (on_error != "pass" && on_error != "block") {
    std::fprintf(stderr, "onevoice sendmail: --on-error wants pass or block, got '%s'\n",
                 on_error.c_str());
    return kExUsage;
  }
  if (!ValidateCommon(o, {"text"})) return kExUsage;

  const Limits& limits = DefaultLimits();
  std::string bytes;
  int err = 0;
  ReadStatus read = ReadMessage(STDIN_FILENO, limits.max_message_bytes, &bytes, &err);
  if (read == ReadStatus::kError) {
    std::fprintf(stderr,
                 "onevoice sendmail: cannot read the message on stdin: %s; message not sent\n",
                 std::strerror(err));
    return kExTempFail;
  }

  Verdict v;
  if (read == ReadStatus::kTooLarge) {
    v.failure = "the message is larger than max_message_bytes (" +
                std::to_string(limits.max_message_bytes) + " bytes)";
  } else {
    v = CheckMessage(bytes, o);
  }
  if (v.blocked) return kExDataErr;
  if (v.failure) {
    if (on_error == "block") {
      std::fprintf(stderr, "onevoice sendmail: %s; message not sent (--on-error block)\n",
                   v.failure->c_str());
      return kExTempFail;
    }
    std::fprintf(stderr,
                 "onevoice sendmail: warning: %s; message sent unchecked (--on-error pass)\n",
                 v.failure->c_str());
  }
  return RunProgram(program, bytes, read == ReadStatus::kTooLarge ? STDIN_FILENO : -1);
}

}  // namespace onevoice::cli
