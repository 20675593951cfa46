// Sources: turn command-line inputs into raw inputs, then into Documents.
//
// InputReader walks paths in order: a file; a folder (recursively, files in
// byte order of their names, hidden files skipped); a Maildir (a folder with
// cur/ and new/: each file one message); an mbox file (mboxo and mboxrd:
// split at "From " lines, `>From ` unescaped per mboxrd); "-" for stdin.
// It yields one RawInput per file or per message and never stops on a bad
// input: an unreadable file becomes a RawInput with `error` set.
// ParseInput turns a RawInput into a Document (mime.h for messages; charset
// detection for documents). Neither throws; not thread-safe per object, but
// ParseInput is reentrant and may run on many threads at once.
#ifndef ONEVOICE_INGEST_SOURCE_H_
#define ONEVOICE_INGEST_SOURCE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/limits.h"
#include "ingest/document.h"

namespace onevoice::ingest {

enum class InputKind {
  kMessage,   // RFC 5322 (.eml, mbox entry, Maildir file, or content starting with headers)
  kPlain,     // .txt and anything else that is text
  kMarkdown,  // .md .markdown
  kHtml,      // .html .htm
};

struct RawInput {
  std::string path;        // file path, mbox path, or "-"
  uint64_t offset = 0;     // byte offset of the message in the mbox
  InputKind kind = InputKind::kPlain;
  std::string bytes;       // the input's bytes, exactly as read (mbox: >From unescaped)
  std::optional<std::string> error;  // set when it could not be read (I/O, too large…)
};

struct ReaderOptions {
  Limits limits = DefaultLimits();
  // Called for each path before it is read; return false to skip it (used by
  // the config's `ignore` globs). Folders are asked too.
  std::function<bool(const std::string& path, bool is_dir)> accept;
};

class InputReader {
 public:
  InputReader(std::vector<std::string> paths, ReaderOptions options);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Fills *out with the next input; false at the end. Streams: memory stays
  // bounded by one message (mbox files are read incrementally).
  bool Next(RawInput* out);
  // Total bytes consumed so far (for progress).
  uint64_t bytes_read() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Kind of an input by its content and extension (SPEC §1 "Input kinds").
InputKind DetectKind(const std::string& path, const std::string& bytes);

// Never fails: an unreadable input gives a Document with `unreadable` set.
Document ParseInput(const RawInput& input, const Limits& limits = DefaultLimits());

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_SOURCE_H_
