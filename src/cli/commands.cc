#include "cli/commands.h"

#include <unistd.h>

#include <cstdio>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/run.h"

namespace onevoice::cli {
namespace {

void Usage(std::FILE* out) {
  std::fputs(
      "usage: onevoice <command> [options]\n"
      "\n"
      "commands:\n"
      "  check [PATH|-]...      check files, folders (recursive), mbox, Maildir, or stdin\n"
      "  audit SOURCE...        audit archives: mbox, Maildir, folders of .eml\n"
      "  cross-office [FILE|-]  cross-office reduce step over claims JSONL\n"
      "  rules check [DIR]      validate a claims base\n"
      "  rules test [DIR]       run every example embedded in a claims base\n"
      "  sendmail [OPTIONS] -- PROGRAM [ARGS]   pre-send wrapper for an MTA/MUA\n"
      "  serve --listen ADDR    HTTP JSON API\n"
      "  explain PATH...        show how documents were read: units, zones, claims\n"
      "\n"
      "Run 'onevoice <command> --help' for a command's options.\n",
      out);
}

}  // namespace

int ExecServe(const std::vector<std::string>& args) {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  const std::string program =
      ((ec ? std::filesystem::path(".") : self.parent_path()) / "onevoice-serve").string();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(program.c_str(), argv.data());
  std::fprintf(stderr,
               "onevoice serve: cannot run %s: %s (the HTTP server is an executable of its own, "
               "built and installed beside onevoice)\n",
               program.c_str(), std::strerror(errno));
  return 2;
}

int Main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    Usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::puts("onevoice 0.1.0");
    return 0;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (cmd == "check") return RunCheck(args);
    if (cmd == "audit") return RunAudit(args);
    if (cmd == "cross-office") return RunCrossOffice(args);
    if (cmd == "sendmail") return RunSendmail(args);
    if (cmd == "serve") return ExecServe(args);
    if (cmd == "explain") return RunExplain(args);
    if (cmd == "rules") {
      if (!args.empty() && args[0] == "check") return RunRulesCheck({args.begin() + 1, args.end()});
      if (!args.empty() && args[0] == "test") return RunRulesTest({args.begin() + 1, args.end()});
      std::fputs("onevoice rules: expected 'check' or 'test'\n", stderr);
      return 2;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "onevoice %s: %s\n", cmd.c_str(), e.what());
    return 2;
  }
  std::fprintf(stderr, "onevoice: unknown command '%s'\n\n", cmd.c_str());
  Usage(stderr);
  return 2;
}

}  // namespace onevoice::cli
