#include "text/flowed.h"

#include <vector>

namespace onevoice::text {
namespace {

struct Line {
  size_t begin, end;  // without its "\n"
  int depth;          // '>' markers
  size_t content;     // after the markers and one stuffing space
};

Line ReadLine(std::string_view t, size_t b) {
  Line l{b, t.find('\n', b), 0, b};
  if (l.end == std::string_view::npos) l.end = t.size();
  size_t k = b;
  while (k < l.end && t[k] == '>') {
    ++l.depth;
    ++k;
  }
  if (k < l.end && t[k] == ' ') ++k;  // stuffing
  l.content = k;
  return l;
}

class Renderer {
 public:
  Renderer(std::string_view src, bool delsp) : src_(src), delsp_(delsp) {}

  RenderedFlowed Run() {
    std::vector<Line> lines;
    for (size_t b = 0; b <= src_.size();) {
      lines.push_back(ReadLine(src_, b));
      if (lines.back().end >= src_.size()) break;
      b = lines.back().end + 1;
    }
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      const size_t markers = l.begin + static_cast<size_t>(l.depth);
      if (i > 0 && Soft(lines[i - 1], lines, i - 1)) {
        Replace(l.begin, l.content - l.begin, "");  // continues the line before
      } else {
        Keep(l.begin, markers - l.begin);
        // Stuffing: kept after quote markers ("> text" reads as a quote
        // either way), dropped at the start of an unquoted line.
        if (l.content > markers) {
          if (l.depth > 0) {
            Keep(markers, 1);
          } else {
            Replace(markers, 1, "");
          }
        }
      }
      size_t end = l.end;
      const bool soft = Soft(l, lines, i);
      if (soft && delsp_) {
        Keep(l.content, end - 1 - l.content);
        Replace(end - 1, 1, "");
      } else {
        Keep(l.content, end - l.content);
      }
      if (end < src_.size()) {
        if (soft) {
          Replace(end, 1, "");
        } else {
          Keep(end, 1);
        }
      }
    }
    RenderedFlowed out;
    out.text = b_.Finish(&out.map);
    return out;
  }

 private:
  // Line i is soft-broken into the next: it ends in a space, is no
  // signature separator, and the next line has its quote depth.
  bool Soft(const Line& l, const std::vector<Line>& lines, size_t i) const {
    if (i + 1 >= lines.size() || l.end == l.content || src_[l.end - 1] != ' ') return false;
    if (src_.substr(l.content, l.end - l.content) == "-- ") return false;
    const Line& next = lines[i + 1];
    return next.depth == l.depth && next.content < next.end;
  }

  void Keep(size_t at, size_t len) { b_.Keep(at, len); }
  void Replace(size_t at, size_t len, std::string_view text) { b_.Replace(at, len, text); }


  std::string_view src_;
  bool delsp_;
  OffsetMapBuilder b_{src_};
};

}  // namespace

RenderedFlowed RenderFlowed(std::string_view text, bool delsp) { return Renderer(text, delsp).Run(); }

}  // namespace onevoice::text
