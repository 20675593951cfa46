// Status and Expected<T>: errors as values at every stage edge.
//
// A Status is OK (cheap: no allocation) or carries a code and a message made
// by one of the named constructors. Expected<T> holds a T or a non-OK Status;
// it is [[nodiscard]] and its default constructor is deleted, so `return {}`
// cannot pass for success (after absl::StatusOr). No exception leaves a stage:
// adapters around yaml-cpp, nlohmann, Boost, GMime and ICU turn theirs into
// a Status here. Both types are values; copy and move freely; not
// thread-safe to mutate from several threads.
#ifndef ONEVOICE_BASE_STATUS_H_
#define ONEVOICE_BASE_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace onevoice {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kUnreadable, kInvalidRules, kIOError, kLimitExceeded, kUsage, kInternal };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  // The input cannot be read as what it claims to be (a message, a file).
  static Status Unreadable(std::string_view msg) { return Status(Code::kUnreadable, msg); }
  // The claims base or a config file is wrong; msg names file:line:col.
  static Status InvalidRules(std::string_view msg) { return Status(Code::kInvalidRules, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  // A limit of base/limits.h was hit; msg names the limit.
  static Status LimitExceeded(std::string_view msg) { return Status(Code::kLimitExceeded, msg); }
  // The command line is wrong.
  static Status Usage(std::string_view msg) { return Status(Code::kUsage, msg); }
  static Status Internal(std::string_view msg) { return Status(Code::kInternal, msg); }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  // Empty when OK.
  const std::string& message() const;
  // "unreadable: <message>" and so on; "OK" when OK.
  std::string ToString() const;

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  Status(Code code, std::string_view msg)
      : rep_(std::make_shared<const Rep>(Rep{code, std::string(msg)})) {}
  std::shared_ptr<const Rep> rep_;
};

template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected() = delete;
  Expected(T value) : v_(std::move(value)) {}  // NOLINT: implicit on purpose
  // REQUIRES: !status.ok()
  Expected(Status status) : v_(std::move(status)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(v_); }
  // OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace onevoice

#endif  // ONEVOICE_BASE_STATUS_H_
