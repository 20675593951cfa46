// OffsetMap: normalized text <-> original bytes (after ICU's Edits).
//
// Normalization (normalize.h) changes some runs of the original and leaves
// the rest; the map keeps those runs, sorted, and maps both ways by binary
// search. Inside a changed run there is no finer mapping (ICU Edits says the
// same): a span's start rounds down to the start of the run that holds it and
// its end rounds up to the run's end, so a reported span always covers the
// original bytes that produced it. Immutable after Build; thread-safe to read.
#ifndef ONEVOICE_TEXT_OFFSET_MAP_H_
#define ONEVOICE_TEXT_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

#include "base/span.h"

namespace onevoice::text {

class OffsetMap {
 public:
  struct Run {
    size_t src_begin, src_len;
    size_t dst_begin, dst_len;
    bool changed;
  };

  OffsetMap() = default;
  // Runs must cover both texts without gaps, in order.
  explicit OffsetMap(std::vector<Run> runs, size_t src_size, size_t dst_size);

  // The original bytes that produced [span.begin, span.end) of normalized text.
  SourceSpan ToSource(NormSpan span) const;
  // Normalized offset of an original offset (rounded down inside a change).
  size_t ToNorm(size_t src_offset) const;
  // Maps a normalized offset; `round_up` picks the end of a changed run.
  size_t SourceOffset(size_t dst_offset, bool round_up) const;

  size_t run_count() const { return runs_.size(); }

 private:
  std::vector<Run> runs_;
  size_t src_size_ = 0, dst_size_ = 0;
};

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_OFFSET_MAP_H_
