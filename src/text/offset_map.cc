#include "text/offset_map.h"

#include <algorithm>

namespace onevoice::text {

OffsetMap::OffsetMap(std::vector<Run> runs, size_t src_size, size_t dst_size)
    : runs_(std::move(runs)), src_size_(src_size), dst_size_(dst_size) {}

bool OffsetMap::MapsInsideInOrder(size_t dst_size, size_t src_size, size_t samples) const {
  size_t last = 0;
  for (size_t i = 0; i <= dst_size; i += 1 + dst_size / samples) {
    const size_t at = SourceOffset(i, false);
    if (at > src_size || at < last) return false;
    last = at;
  }
  return true;
}

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

void OffsetMapBuilder::CatchUp(size_t at) {
  if (at > next_) {
    runs_.push_back({next_, at - next_, out_.size(), 0, true});
    next_ = at;
  }
}

void OffsetMapBuilder::Keep(size_t at, size_t len) {
  if (len == 0) return;
  CatchUp(at);
  if (!runs_.empty() && !runs_.back().changed && runs_.back().src_begin + runs_.back().src_len == at &&
      runs_.back().dst_begin + runs_.back().dst_len == out_.size()) {
    runs_.back().src_len += len;
    runs_.back().dst_len += len;
  } else {
    runs_.push_back({at, len, out_.size(), len, false});
  }
  out_.append(src_.substr(at, len));
  next_ = std::max(next_, at + len);
}

void OffsetMapBuilder::Replace(size_t at, size_t len, std::string_view text) {
  if (len == 0 && text.empty()) return;
  CatchUp(at);
  runs_.push_back({at, len, out_.size(), text.size(), true});
  out_.append(text);
  next_ = std::max(next_, at + len);
}

std::string OffsetMapBuilder::Finish(OffsetMap* map) {
  CatchUp(src_.size());
  *map = OffsetMap(std::move(runs_), src_.size(), out_.size());
  return std::move(out_);
}

}  // namespace onevoice::text
