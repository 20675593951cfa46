#include "ingest/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "ingest/charset.h"
#include "ingest/hash.h"
#include "ingest/mime.h"

namespace onevoice::ingest {
namespace {

namespace fs = std::filesystem;

constexpr size_t kHeadBytes = 64 * 1024;

std::string TooLarge(const Limits& limits) {
  return "larger than max_message_bytes (" + std::to_string(limits.max_message_bytes) + " bytes)";
}

std::string ErrnoText(int err) { return std::string("cannot read: ") + std::strerror(err); }

// Buffered reading from a file descriptor: peek at the head, read lines of
// any length, or read everything up to a limit.
class FdReader {
 public:
  FdReader(int fd, bool owns) : fd_(fd), owns_(owns), buf_(1 << 20) {}
  ~FdReader() {
    if (owns_ && fd_ >= 0) close(fd_);
  }
  FdReader(const FdReader&) = delete;
  FdReader& operator=(const FdReader&) = delete;

  // The buffered head: at least n bytes unless the input is shorter.
  std::string_view Peek(size_t n) {
    while (end_ - pos_ < n && !eof_) Fill();
    return std::string_view(buf_.data() + pos_, std::min(n, end_ - pos_));
  }

  // Reads one line with its "\n"; keeps at most `cap` bytes of it in *line.
  // Returns the line's full length (0 at the end of input).
  size_t ReadLine(std::string* line, size_t cap) {
    line->clear();
    size_t total = 0;
    while (true) {
      if (pos_ == end_) {
        if (eof_) break;
        Fill();
        continue;
      }
      const char* start = buf_.data() + pos_;
      size_t avail = end_ - pos_;
      const void* nl = std::memchr(start, '\n', avail);
      size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) + 1 : avail;
      if (line->size() < cap) line->append(start, std::min(take, cap - line->size()));
      pos_ += take;
      consumed_ += take;
      total += take;
      if (nl) break;
    }
    return total;
  }

  // Reads the rest; false (and *out incomplete) when it is longer than limit.
  // `size_hint`: the expected size, to allocate once.
  bool ReadAll(std::string* out, size_t limit, size_t size_hint = 0) {
    out->clear();
    if (size_hint > 0 && size_hint <= limit) out->reserve(size_hint);
    while (true) {
      if (pos_ == end_) {
        if (eof_) return true;
        Fill();
        continue;
      }
      size_t avail = end_ - pos_;
      if (out->size() + avail > limit) {
        consumed_ += avail;
        pos_ = end_;
        return false;
      }
      out->append(buf_.data() + pos_, avail);
      consumed_ += avail;
      pos_ = end_;
    }
  }

  uint64_t consumed() const { return consumed_; }
  int error() const { return error_; }

 private:
  void Fill() {
    if (pos_ > 0) {
      std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
    }
    if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
    ssize_t n;
    do {
      n = read(fd_, buf_.data() + end_, buf_.size() - end_);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      error_ = errno;
      eof_ = true;
    } else if (n == 0) {
      eof_ = true;
    } else {
      end_ += static_cast<size_t>(n);
    }
  }

  int fd_;
  bool owns_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  int error_ = 0;
  uint64_t consumed_ = 0;
};

bool IsBlankLine(std::string_view line) { return line == "\n" || line == "\r\n"; }

// ^>+From  -> drop one '>'.
void UnescapeFrom(std::string* line) {
  size_t i = 0;
  while (i < line->size() && (*line)[i] == '>') ++i;
  if (i > 0 && line->compare(i, 5, "From ") == 0) line->erase(0, 1);
}

// Splits an mbox read through an FdReader, one message per Next.
class MboxSplitter {
 public:
  MboxSplitter(std::unique_ptr<FdReader> reader, std::string path, const Limits& limits)
      : reader_(std::move(reader)), path_(std::move(path)), limits_(limits) {
    // The first line is the first separator (DetectKind made sure).
    std::string line;
    separator_offset_ = reader_->consumed();
    done_ = reader_->ReadLine(&line, 64) == 0;
  }

  bool Next(RawInput* out) {
    if (done_) return false;
    *out = RawInput();
    out->path = path_;
    out->offset = separator_offset_;
    out->kind = InputKind::kMessage;
    std::string& msg = out->bytes;
    const size_t cap = limits_.max_message_bytes;
    bool too_big = false;
    bool prev_blank = false;
    std::string line;
    while (true) {
      uint64_t line_start = reader_->consumed();
      size_t len = reader_->ReadLine(&line, cap + 1);
      if (len == 0) {
        done_ = true;
        break;
      }
      if (prev_blank && line.compare(0, 5, "From ") == 0) {
        separator_offset_ = line_start;
        break;
      }
      prev_blank = IsBlankLine(line);
      if (too_big) continue;
      if (line[0] == '>') UnescapeFrom(&line);
      if (msg.size() + len > cap) {
        too_big = true;
        msg.clear();
        msg.shrink_to_fit();
        continue;
      }
      msg += line;
    }
    if (reader_->error()) {
      out->error = ErrnoText(reader_->error());
      out->bytes.clear();
      done_ = true;
      return true;
    }
    if (too_big) {
      out->error = TooLarge(limits_);
      return true;
    }
    // The blank line before the next separator (or the end) is the mbox's.
    if (msg.size() >= 2 && msg.compare(msg.size() - 2, 2, "\n\n") == 0) {
      msg.pop_back();
    } else if (msg.size() >= 4 && msg.compare(msg.size() - 4, 4, "\r\n\r\n") == 0) {
      msg.resize(msg.size() - 2);
    }
    return true;
  }

  uint64_t consumed() const { return reader_->consumed(); }

 private:
  std::unique_ptr<FdReader> reader_;
  std::string path_;
  const Limits& limits_;
  uint64_t separator_offset_ = 0;
  bool done_ = false;
};

std::string Extension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c += 32;
  return ext;
}

std::string_view FirstLine(std::string_view s, size_t* next) {
  size_t eol = s.find_first_of("\r\n");
  if (eol == std::string_view::npos) {
    *next = s.size();
    return s;
  }
  *next = eol + ((s[eol] == '\r' && eol + 1 < s.size() && s[eol + 1] == '\n') ? 2 : 1);
  return s.substr(0, eol);
}

std::string FieldName(std::string_view line) {
  std::string name(line.substr(0, line.find(':')));
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c += 32;
  return name;
}

bool IsCommonHeader(const std::string& name) {
  static const char* kNames[] = {"received",
                                 "from",
                                 "to",
                                 "cc",
                                 "return-path",
                                 "message-id",
                                 "mime-version",
                                 "date",
                                 "subject",
                                 "delivered-to",
                                 "reply-to",
                                 "sender",
                                 "content-type",
                                 "content-transfer-encoding",
                                 "dkim-signature",
                                 "authentication-results",
                                 "envelope-to",
                                 "in-reply-to",
                                 "references",
                                 "thread-topic",
                                 "thread-index",
                                 "user-agent",
                                 "precedence",
                                 "errors-to",
                                 "importance",
                                 "organization",
                                 "status",
                                 "arc-seal",
                                 "received-spf",
                                 "x-original-to",
                                 "resent-from",
                                 "resent-date",
                                 "list-id",
                                 "bcc"};
  if (name.rfind("x-", 0) == 0 || name.rfind("list-", 0) == 0 || name.rfind("arc-", 0) == 0)
    return true;
  for (const char* n : kNames)
    if (name == n) return true;
  return false;
}

struct HeaderBlock {
  bool starts_with_header = false;  // first line is a header with a common name
  int fields = 0;
  bool core = false;        // From, Date, Received, Message-ID or MIME-Version seen
  bool terminated = false;  // a blank line ends it
};

HeaderBlock ScanHeaderBlock(std::string_view s) {
  HeaderBlock b;
  size_t pos = 0;
  bool first = true;
  while (pos < s.size()) {
    size_t next;
    std::string_view line = FirstLine(s.substr(pos), &next);
    if (next == 0) break;
    pos += next;
    if (line.empty()) {
      b.terminated = true;
      break;
    }
    if (line[0] == ' ' || line[0] == '\t') {
      if (first) return b;
      continue;  // continuation
    }
    if (!IsHeaderLine(line)) {
      if (first) return b;
      break;
    }
    std::string name = FieldName(line);
    if (first) {
      b.starts_with_header = IsCommonHeader(name);
      if (!b.starts_with_header) return b;
      first = false;
    }
    ++b.fields;
    if (name == "from" || name == "date" || name == "received" || name == "message-id" ||
        name == "mime-version")
      b.core = true;
  }
  return b;
}

bool LooksLikeMbox(std::string_view s) {
  if (s.substr(0, 5) != "From ") return false;
  size_t next;
  FirstLine(s, &next);
  // mbox lines end in LF; a file with CR-only line ends is one message whose
  // envelope line mime.h skips.
  if (next == 0 || s[next - 1] != '\n') return false;
  size_t second_end;
  std::string_view second = FirstLine(s.substr(next), &second_end);
  return IsHeaderLine(second);
}

bool StartsWithHtml(std::string_view s) {
  Bom bom = SniffBom(s);
  s.remove_prefix(bom.length);
  while (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n'))
    s.remove_prefix(1);
  std::string head(s.substr(0, 14));
  for (char& c : head)
    if (c >= 'A' && c <= 'Z') c += 32;
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

void DecodeDocument(const RawInput& input, const Limits& limits, Document* doc) {
  std::string_view bytes = input.bytes;
  if (auto binary = SniffBinary(bytes)) {
    doc->unreadable = "not text: " + *binary;
    return;
  }
  Decoded d;
  Bom bom = SniffBom(bytes);
  if (!bom.charset.empty()) {
    d = *DecodeStrict(bytes.substr(bom.length), bom.charset);
  } else {
    std::string label = input.kind == InputKind::kHtml ? SniffHtmlCharset(bytes) : "";
    DecodeOptions options;
    options.utf8_is_default = true;
    d = DecodeBytes(bytes, label, options);
  }
  NormalizeNewlines(&d.text);
  if (d.replaced > 0)
    doc->problems.push_back(std::to_string(d.replaced) + " undecodable byte sequences (" +
                            d.charset + ") replaced by U+FFFD");
  if (d.text.size() > limits.max_text_bytes) {
    TruncateUtf8(&d.text, limits.max_text_bytes);
    doc->problems.push_back("text longer than max_text_bytes (" +
                            std::to_string(limits.max_text_bytes) + "), cut");
  }
  TextPart p;
  p.index = 0;
  p.role = PartRole::kBody;
  switch (input.kind) {
    case InputKind::kHtml:
      p.kind = PartKind::kHtml;
      p.content_type = "text/html";
      break;
    case InputKind::kMarkdown:
      p.kind = PartKind::kMarkdown;
      p.content_type = "text/markdown";
      break;
    default: {
      // A spreadsheet export is a table, an invitation a calendar.
      const auto format = FileFormatOfName(input.path);
      p.kind = format ? format->kind : PartKind::kPlain;
      p.content_type = format ? format->media_type : "text/plain";
      break;
    }
  }
  p.text = std::move(d.text);
  p.charset = d.charset;
  p.charset_detected = d.detected;
  doc->parts.push_back(std::move(p));
}

bool IsMaildir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "cur", ec) && fs::is_directory(dir / "new", ec);
}

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

}  // namespace

InputKind DetectKind(const std::string& path, const std::string& bytes) {
  std::string_view head(bytes);
  std::string ext = Extension(path);
  if (ext == "eml") return InputKind::kMessage;
  if (LooksLikeMbox(head)) return InputKind::kMbox;
  if (ext == "html" || ext == "htm") return InputKind::kHtml;
  if (ext == "md" || ext == "markdown" || ext == "txt") {
    HeaderBlock b = ScanHeaderBlock(head);
    if (b.starts_with_header && b.fields >= 2 && b.core && b.terminated) return InputKind::kMessage;
    return ext == "txt" ? InputKind::kPlain : InputKind::kMarkdown;
  }
  if (ScanHeaderBlock(head).starts_with_header) return InputKind::kMessage;
  if (StartsWithHtml(head)) return InputKind::kHtml;
  return InputKind::kPlain;
}

Document ParseInput(const RawInput& input, const Limits& limits) {
  Document doc;
  doc.path = input.path;
  doc.offset = input.offset;
  doc.is_message = input.kind == InputKind::kMessage || input.kind == InputKind::kMbox;
  doc.size = input.bytes.size();
  if (input.error) {
    doc.unreadable = *input.error;
    return doc;
  }
  doc.content_hash = Sha256Hex(input.bytes);
  if (input.bytes.size() > limits.max_message_bytes) {
    doc.unreadable = TooLarge(limits);
    return doc;
  }
  if (doc.is_message) {
    ParseMessage(input.bytes, limits, &doc);
  } else {
    DecodeDocument(input, limits, &doc);
  }
  return doc;
}

// ---------------------------------------------------------------------------
// InputReader

struct InputReader::Impl {
  struct Item {
    std::string path;
    bool maildir_message = false;  // a file in a Maildir's cur/ or new/
    bool walked = false;           // found in a folder walk (not given)
  };

  ReaderOptions options;
  std::vector<Item> stack;  // next item at the back
  std::unique_ptr<MboxSplitter> mbox;
  uint64_t done_bytes = 0;  // consumed by finished readers

  bool Accept(const std::string& path, bool is_dir) const {
    return !options.accept || options.accept(path, is_dir);
  }

  void PushDir(const std::string& dir) {
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    std::vector<Item> items;
    if (IsMaildir(dir)) {
      for (const char* sub : {"cur", "new"}) {
        std::string subdir = Join(dir, sub);
        std::vector<std::string> files;
        for (fs::directory_iterator it(subdir, ec), end; !ec && it != end; it.increment(ec))
          files.push_back(it->path().filename().string());
        std::sort(files.begin(), files.end());
        for (const auto& f : files)
          if (!f.empty() && f[0] != '.') items.push_back({Join(subdir, f), true, true});
      }
      for (const auto& n : names) {  // Maildir++ folders
        if (n.size() > 1 && n[0] == '.' && n != ".." && IsMaildir(Join(dir, n)))
          items.push_back({Join(dir, n), false, true});
      }
    } else {
      for (const auto& n : names)
        if (!n.empty() && n[0] != '.') items.push_back({Join(dir, n), false, true});
    }
    for (auto it = items.rbegin(); it != items.rend(); ++it) stack.push_back(*it);
  }

  // Reads a whole input from `reader` (or starts splitting it as an mbox).
  // True when *out was filled.
  bool ReadFrom(std::unique_ptr<FdReader> reader, const Item& item, RawInput* out,
                size_t size_hint = 0) {
    const Limits& limits = options.limits;
    std::string head(reader->Peek(kHeadBytes));
    InputKind kind = item.maildir_message ? InputKind::kMessage : DetectKind(item.path, head);
    if (kind == InputKind::kMbox && !item.maildir_message) {
      mbox = std::make_unique<MboxSplitter>(std::move(reader), item.path, limits);
      return false;
    }
    *out = RawInput();
    out->path = item.path;
    out->kind = kind;
    bool fits = reader->ReadAll(&out->bytes, limits.max_message_bytes, size_hint);
    done_bytes += reader->consumed();
    if (reader->error()) {
      out->error = ErrnoText(reader->error());
      out->bytes.clear();
    } else if (!fits) {
      out->error = TooLarge(limits);
      out->bytes.clear();
      out->bytes.shrink_to_fit();
    }
    return true;
  }

  bool Next(RawInput* out) {
    while (true) {
      if (mbox) {
        if (mbox->Next(out)) return true;
        done_bytes += mbox->consumed();
        mbox.reset();
      }
      if (stack.empty()) return false;
      Item item = std::move(stack.back());
      stack.pop_back();
      if (item.path == "-" && !item.walked) {
        if (!Accept(item.path, false)) continue;
        if (ReadFrom(std::make_unique<FdReader>(0, false), item, out)) return true;
        continue;
      }
      struct stat st;
      int rc = item.walked ? lstat(item.path.c_str(), &st) : stat(item.path.c_str(), &st);
      if (rc != 0) {
        if (item.walked && errno == ENOENT) continue;  // vanished during the walk
        *out = RawInput();
        out->path = item.path;
        out->error = ErrnoText(errno);
        return true;
      }
      if (S_ISLNK(st.st_mode)) {  // inside a walk: follow links to files only
        struct stat target;
        if (stat(item.path.c_str(), &target) != 0 || S_ISDIR(target.st_mode)) continue;
        st = target;
      }
      if (S_ISDIR(st.st_mode)) {
        if (!Accept(item.path, true)) continue;
        PushDir(item.path);
        continue;
      }
      if (item.walked && !S_ISREG(st.st_mode)) continue;
      if (!Accept(item.path, false)) continue;
      int fd = open(item.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        *out = RawInput();
        out->path = item.path;
        out->error = ErrnoText(errno);
        return true;
      }
      size_t size_hint = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
      if (ReadFrom(std::make_unique<FdReader>(fd, true), item, out, size_hint)) return true;
    }
  }
};

InputReader::InputReader(std::vector<std::string> paths, ReaderOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  for (auto it = paths.rbegin(); it != paths.rend(); ++it)
    impl_->stack.push_back({*it, false, false});
}

InputReader::~InputReader() = default;

bool InputReader::Next(RawInput* out) { return impl_->Next(out); }

uint64_t InputReader::bytes_read() const {
  return impl_->done_bytes + (impl_->mbox ? impl_->mbox->consumed() : 0);
}

}  // namespace onevoice::ingest
