// Spans in the two coordinate spaces of a text part, and line/column.
//
// SourceSpan: byte offsets [begin, end) into the decoded UTF-8 text of one
// part (for a file, the file's decoded text; for an email, the decoded MIME
// part). Everything that leaves extract/ carries SourceSpans.
// NormSpan: byte offsets into the normalized matching text of text/; it never
// leaves text/ and extract/ (STYLE §2.2). Distinct types so the two cannot be
// mixed up silently. Both enforce begin <= end when built.
#ifndef ONEVOICE_BASE_SPAN_H_
#define ONEVOICE_BASE_SPAN_H_

#include <cassert>
#include <cstddef>
#include <string_view>
#include <vector>

namespace onevoice {

struct SourceSpan {
  size_t begin = 0;
  size_t end = 0;
  SourceSpan() = default;
  SourceSpan(size_t b, size_t e) : begin(b), end(e < b ? b : e) {}
  size_t size() const { return end - begin; }
  bool operator==(const SourceSpan&) const = default;
};

struct NormSpan {
  size_t begin = 0;
  size_t end = 0;
  NormSpan() = default;
  NormSpan(size_t b, size_t e) : begin(b), end(e < b ? b : e) {}
  size_t size() const { return end - begin; }
  bool operator==(const NormSpan&) const = default;
};

// 1-based line and column; the column counts Unicode code points.
struct LineCol {
  int line = 1;
  int column = 1;
};

// The start of every line of a text, computed once per part; maps a byte
// offset to a LineCol. The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // REQUIRES: offset <= text.size(). Columns count code points, so a
  // Japanese character is one column.
  LineCol At(size_t offset) const;
  // Byte range of the line holding offset, without its line break.
  std::string_view LineOf(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace onevoice

#endif  // ONEVOICE_BASE_SPAN_H_
