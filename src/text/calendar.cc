#include "text/calendar.h"

#include <cctype>
#include <string>
#include <vector>

namespace onevoice::text {
namespace {

class Renderer {
 public:
  explicit Renderer(std::string_view src) : src_(src) {}

  RenderedCalendar Run() {
    size_t i = 0;
    while (i < src_.size()) {
      const size_t end = LogicalLineEnd(i);
      const size_t colon = ValueStart(i, end);
      const std::string name = Name(i, end);
      if (colon < end && (name == "BEGIN" || name == "END")) {
        std::string component;
        for (size_t k = colon + 1; k < end && component.size() < 32; ++k)
          component += static_cast<char>(std::toupper(static_cast<unsigned char>(src_[k])));
        while (!component.empty() && (component.back() == ' ' || component.back() == '\r')) component.pop_back();
        if (name == "BEGIN") {
          components_.push_back(component);
        } else if (!components_.empty()) {
          components_.pop_back();
        }
      }
      // Prose inside a calendar's components, not an alarm's reminder text.
      const bool readable = !components_.empty() && components_.front() == "VCALENDAR" && components_.back() != "VALARM";
      if (colon < end && readable && Kept(name)) {
        Drop(i, colon + 1 - i);
        Value(colon + 1, end);
        Insert(end, "\n\n");
      } else {
        Drop(i, end - i);
      }
      size_t next = end;
      if (next < src_.size() && src_[next] == '\r') ++next;
      if (next < src_.size() && src_[next] == '\n') ++next;
      Drop(end, next - end);
      i = next;
    }
    RenderedCalendar out;
    out.text = b_.Finish(&out.map);
    return out;
  }

 private:
  // The end of the content line starting at `b`: its last physical line
  // break not followed by a space or tab (a fold), or the end.
  size_t LogicalLineEnd(size_t b) const {
    size_t k = b;
    while (k < src_.size()) {
      if (src_[k] == '\r' || src_[k] == '\n') {
        size_t n = k + (src_[k] == '\r' && k + 1 < src_.size() && src_[k + 1] == '\n' ? 2 : 1);
        if (n < src_.size() && (src_[n] == ' ' || src_[n] == '\t')) {
          k = n + 1;
          continue;
        }
        return k;
      }
      ++k;
    }
    return k;
  }

  // The property name of the line [b, e), upper-cased (before ';' or ':').
  std::string Name(size_t b, size_t e) const {
    std::string name;
    for (size_t k = b; k < e && name.size() < 64; ++k) {
      const char c = src_[k];
      if (c == ';' || c == ':') break;
      name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return name;
  }

  // The ':' that starts the value: the first outside a quoted parameter.
  size_t ValueStart(size_t b, size_t e) const {
    bool quoted = false;
    for (size_t k = b; k < e; ++k) {
      if (src_[k] == '"') quoted = !quoted;
      if (!quoted && src_[k] == ':') return k;
    }
    return e;
  }

  static bool Kept(const std::string& name) { return name == "DESCRIPTION" || name == "COMMENT"; }

  // Unfolds and unescapes the value [b, e): unfolding first (RFC 5545
  // §3.1), so an escape split by a fold ("\\⏎ n") is still one escape.
  void Value(size_t b, size_t e) {
    std::vector<size_t> chars;  // source offsets of the value's bytes, folds left out
    for (size_t k = b; k < e;) {
      if (src_[k] == '\r' || src_[k] == '\n') {
        k += src_[k] == '\r' && k + 1 < e && src_[k + 1] == '\n' ? 2 : 1;
        if (k < e && (src_[k] == ' ' || src_[k] == '\t')) ++k;
        continue;
      }
      chars.push_back(k++);
    }
    size_t cursor = b;  // the next source byte not yet rendered
    for (size_t i = 0; i < chars.size(); ++i) {
      const size_t at = chars[i];
      if (at > cursor) Drop(cursor, at - cursor);  // a fold
      const char c = src_[at];
      if (c == '\\' && i + 1 < chars.size()) {
        const size_t x_at = chars[i + 1];
        const char x = src_[x_at];
        std::string_view to;
        if (x == 'n' || x == 'N') to = "\n";
        if (x == ',' || x == ';' || x == '\\' || x == ':') to = std::string_view(&src_[x_at], 1);
        if (!to.empty()) {
          Replace(at, x_at + 1 - at, to);
          cursor = x_at + 1;
          ++i;
          continue;
        }
      }
      Keep(at, 1);
      cursor = at + 1;
    }
    if (e > cursor) Drop(cursor, e - cursor);
  }

  void Keep(size_t at, size_t len) { b_.Keep(at, len); }
  void Replace(size_t at, size_t len, std::string_view text) { b_.Replace(at, len, text); }

  void Drop(size_t at, size_t len) { Replace(at, len, ""); }
  void Insert(size_t at, std::string_view text) { Replace(at, 0, text); }

  std::string_view src_;
  std::vector<std::string> components_;  // open BEGIN:… components, outermost first
  OffsetMapBuilder b_{src_};
};

}  // namespace

RenderedCalendar RenderCalendar(std::string_view ics) { return Renderer(ics).Run(); }

}  // namespace onevoice::text
