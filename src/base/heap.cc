#include "base/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace onevoice {

void UseHugePagesForHeap() {
#if defined(__linux__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
  constexpr uintptr_t kHuge = 2u << 20;
  constexpr int kPad = 16 << 20;
  if (mallopt(M_TOP_PAD, kPad) != 1 || mallopt(M_TRIM_THRESHOLD, 2 * kPad) != 1) return;
  // Grow the heap now (by kPad) so that there is a region to advise: the
  // probe is more than the start-up heap has left, and less than the size
  // malloc serves with mmap instead (128 KiB).
  const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  void* probe = std::malloc(96u << 10);
  if (!probe) return;
  const auto end = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t begin = std::min(reinterpret_cast<uintptr_t>(probe), before);
  std::free(probe);
  if (end == static_cast<uintptr_t>(-1) || end <= begin) return;  // not a brk heap
  const uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t to = end & ~(kHuge - 1);
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#endif
}

}  // namespace onevoice
