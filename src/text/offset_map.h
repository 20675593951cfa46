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
#include <string>
#include <string_view>
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

  // The contract a renderer's map keeps (the fuzz targets check it): every
  // offset of the `dst_size` rendered bytes, sampled about `samples` times,
  // maps inside the `src_size` source bytes, never going back.
  bool MapsInsideInOrder(size_t dst_size, size_t src_size, size_t samples = 64) const;

 private:
  std::vector<Run> runs_;
  size_t src_size_ = 0, dst_size_ = 0;
};

// Builds a rendering of a source text (HTML, a calendar, format=flowed)
// and its OffsetMap left to right: every source byte is kept, replaced or
// dropped exactly once, in order. Calls must follow the source in order
// (`at` never before the end of the last call's source range); bytes
// skipped between calls are dropped. Finish() drops what is left.
class OffsetMapBuilder {
 public:
  explicit OffsetMapBuilder(std::string_view source) : src_(source) {}

  // Source [at, at+len) appears as it is.
  void Keep(size_t at, size_t len);
  // Source [at, at+len) becomes `text` (either may be empty).
  void Replace(size_t at, size_t len, std::string_view text);
  void Drop(size_t at, size_t len) { Replace(at, len, {}); }
  void Insert(size_t at, std::string_view text) { Replace(at, 0, text); }

  // The rendering so far.
  const std::string& out() const { return out_; }

  // The rendering and its map; the builder is spent.
  std::string Finish(OffsetMap* map);

 private:
  void CatchUp(size_t at);  // drops source bytes skipped before `at`

  std::string_view src_;
  std::string out_;
  std::vector<OffsetMap::Run> runs_;
  size_t next_ = 0;  // the first source byte not yet consumed
};

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_OFFSET_MAP_H_
