// The commands behind `onevoice <command>`, each taking the arguments after
// the command name and returning the exit code of SPEC §5 (0, 1, 2; sendmail
// its program's code or 65). Usage errors print to stderr and return 2.
#ifndef ONEVOICE_CLI_RUN_H_
#define ONEVOICE_CLI_RUN_H_

#include <string>
#include <vector>

namespace onevoice::cli {

int RunCheck(const std::vector<std::string>& args);
int RunAudit(const std::vector<std::string>& args);
int RunCrossOffice(const std::vector<std::string>& args);
int RunRulesCheck(const std::vector<std::string>& args);
int RunRulesTest(const std::vector<std::string>& args);
int RunSendmail(const std::vector<std::string>& args);
// `serve` is a separate executable (src/serve/serve.h); this runs it from
// the folder onevoice is in, with `args`, and returns only when it cannot.
int ExecServe(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_RUN_H_
