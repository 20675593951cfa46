// UseHugePagesForHeap: back the main malloc heap with transparent huge pages.
//
// A one-message check allocates a few MiB (claims base, matcher tables,
// language data) and touches each 4 KiB page of it once. Where a page
// fault is expensive — on the 2-core VM here one costs ~13 µs, so ~1,400
// faults were ~40 % of a pre-send check — that dominates. This pads every
// heap extension to 16 MiB, stops the heap from being trimmed back, and
// asks the kernel (madvise MADV_HUGEPAGE) to fault the 2 MiB-aligned part
// in huge pages: a few faults instead of a thousand. The cost is resident
// memory rounded up to 2 MiB steps. Effective only where transparent huge
// pages are enabled for madvise or always; otherwise, or when anything
// fails, nothing changes. Call once, early, before threads start.
#ifndef ONEVOICE_BASE_HEAP_H_
#define ONEVOICE_BASE_HEAP_H_

namespace onevoice {

void UseHugePagesForHeap();

}  // namespace onevoice

#endif  // ONEVOICE_BASE_HEAP_H_
