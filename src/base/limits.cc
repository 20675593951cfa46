#include "base/limits.h"

namespace onevoice {
const Limits& DefaultLimits() {
  static const Limits limits;
  return limits;
}
}  // namespace onevoice
