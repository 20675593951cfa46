// The onevoice commands (SPEC §1): check, audit, rules check|test, sendmail,
// serve. Main parses the command line and dispatches; each command returns
// the process exit code of SPEC §5.
#ifndef ONEVOICE_CLI_COMMANDS_H_
#define ONEVOICE_CLI_COMMANDS_H_

namespace onevoice::cli {

int Main(int argc, char** argv);

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_COMMANDS_H_
