#include "text/offset_map.h"

#include <algorithm>

namespace onevoice::text {

OffsetMap::OffsetMap(std::vector<Run> runs, size_t src_size, size_t dst_size)
    : runs_(std::move(runs)), src_size_(src_size), dst_size_(dst_size) {}

size_t OffsetMap::SourceOffset(size_t dst, bool round_up) const {
  if (runs_.empty()) return std::min(dst, src_size_);
  if (dst >= dst_size_) return src_size_;
  // The last run whose dst_begin <= dst.
  auto it = std::upper_bound(runs_.begin(), runs_.end(), dst,
                             [](size_t d, const Run& r) { return d < r.dst_begin; });
  if (it == runs_.begin()) return 0;
  const Run& r = *(it - 1);
  size_t inner = dst - r.dst_begin;
  if (!r.changed) return r.src_begin + std::min(inner, r.src_len);
  if (inner == 0) return r.src_begin;
  return round_up ? r.src_begin + r.src_len : r.src_begin;
}

SourceSpan OffsetMap::ToSource(NormSpan span) const {
  size_t b = SourceOffset(span.begin, false);
  size_t e = span.end == span.begin ? b : SourceOffset(span.end, true);
  // An end that falls exactly on a changed run's start belongs to the run before.
  return SourceSpan(b, std::max(b, e));
}

size_t OffsetMap::ToNorm(size_t src) const {
  if (runs_.empty()) return std::min(src, dst_size_);
  if (src >= src_size_) return dst_size_;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), src,
                             [](size_t s, const Run& r) { return s < r.src_begin; });
  if (it == runs_.begin()) return 0;
  const Run& r = *(it - 1);
  size_t inner = src - r.src_begin;
  if (!r.changed) return r.dst_begin + std::min(inner, r.dst_len);
  return r.dst_begin;
}

}  // namespace onevoice::text
