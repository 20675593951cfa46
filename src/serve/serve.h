// `onevoice serve`: the HTTP JSON API (serve.cc has the protocol).
//
// It lives in its own executable, onevoice-serve, built beside onevoice:
// cpp-httplib brings OpenSSL, whose load-time set-up alone costs a
// pre-send check more than the check of a message. `onevoice serve ARGS`
// runs `onevoice-serve ARGS` from onevoice's own folder (cli/commands.cc).
#ifndef ONEVOICE_SERVE_SERVE_H_
#define ONEVOICE_SERVE_SERVE_H_

#include <string>
#include <vector>

namespace onevoice::cli {

// The arguments after `serve`; the exit code (0 after a clean stop, 2 on a
// usage error or when the address cannot be bound).
int RunServe(const std::vector<std::string>& args);

}  // namespace onevoice::cli

#endif  // ONEVOICE_SERVE_SERVE_H_
