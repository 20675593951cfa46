#include "base/status.h"

namespace onevoice {

const std::string& Status::message() const {
  static const std::string kEmpty;
  return rep_ ? rep_->message : kEmpty;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  const char* name = "internal error";
  switch (rep_->code) {
    case Code::kOk: name = "OK"; break;
    case Code::kUnreadable: name = "unreadable"; break;
    case Code::kInvalidRules: name = "invalid rules"; break;
    case Code::kIOError: name = "I/O error"; break;
    case Code::kLimitExceeded: name = "limit exceeded"; break;
    case Code::kUsage: name = "usage"; break;
    case Code::kInternal: name = "internal error"; break;
  }
  return std::string(name) + ": " + rep_->message;
}

}  // namespace onevoice
