// Sources: turn command-line inputs into raw inputs, then into Documents.
//
// InputReader walks paths in the order given:
//   - a file: one input (an mbox file: one input per message, see below);
//   - a folder, recursively: entries in byte order of their names, depth
//     first; hidden entries (name starting with '.') skipped; symbolic links
//     to folders not followed inside a walk (no loops); sockets, FIFOs and
//     devices inside a walk skipped;
//   - a Maildir (a folder with cur/ and new/): each file of cur/ then new/
//     (sorted, hidden skipped) is one message; tmp/ (deliveries in progress)
//     is not read; Maildir++ sub-folders (".Sent", ".Archive.2025", folders
//     that are Maildirs themselves) are read after, in name order;
//   - an mbox (a file starting "From " followed by a header line), mboxo or
//     mboxrd: a message starts at a line beginning "From " at the start of
//     the file or after a blank line; that separator line and the blank line
//     before it belong to no message; lines matching ^>+From  lose one '>'
//     (mboxrd unescaping; mboxo writers escape the same lines); `offset` is
//     the byte offset of the message's "From " line;
//   - "-": standard input, read incrementally; an mbox on stdin is split too.
// `accept` is asked for every path before it is opened: those given on the
// command line, folders (a rejected folder is not entered) and files found
// in a walk.
// It yields one RawInput per file or message and never stops on a bad input:
// a path that cannot be read, or a file or message larger than
// Limits::max_message_bytes, becomes a RawInput with `error` set (and no
// bytes), and the walk goes on.
// Memory stays bounded by one message: an mbox is read line by line, and a
// message over the limit is skipped over without being kept.
//
// ParseInput turns a RawInput into a Document: mime.h for messages; for
// documents: a BOM (UTF-8, UTF-16, UTF-32) is honoured and stripped, else an
// HTML <meta charset> is honoured, else valid UTF-8 is taken as is, else the
// charset is detected (charset.h); binary content is unreadable.
//
// Neither throws. An InputReader is not thread-safe (one thread calls Next);
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
  kMbox,      // an mbox file: only DetectKind returns it; InputReader splits
              // mbox files, so a RawInput from it is never kMbox
};

struct RawInput {
  std::string path;     // file path, mbox path, or "-"
  uint64_t offset = 0;  // byte offset of the message's "From " line in the mbox; 0 otherwise
  InputKind kind = InputKind::kPlain;
  std::string bytes;  // the input's bytes, exactly as read (mbox: >From unescaped)
  // Set when it could not be read: "cannot read: Permission denied",
  // "larger than max_message_bytes (67108864 bytes)"…; bytes is then empty.
  std::optional<std::string> error;
};

struct ReaderOptions {
  Limits limits = DefaultLimits();
  // Called for each path before it is read; return false to skip it (used by
  // the config's `ignore` globs). Folders are asked too. Unset: accept all.
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
// `bytes` may be just the head of the input (the reader passes up to 64 KiB).
// In order:
//   - .eml                                                      -> kMessage
//     (one message; a leading mbox "From " line is skipped by mime.h);
//   - starts with "From " and the next line is a header line,
//     lines ending in LF                                        -> kMbox;
//   - .html .htm                                                -> kHtml;
//   - .md .markdown / .txt: kMarkdown / kPlain, unless the content is plainly
//     a saved message (a header block of 2+ fields, among them From, Date,
//     Received, Message-ID or MIME-Version, ended by a blank line) -> kMessage;
//   - anything else (no extension, stdin, unknown extension): content that
//     starts with a header line whose name is a common message header
//     (Received, From, Return-Path, Message-ID, MIME-Version, Date, Subject,
//     Delivered-To, To, Content-Type, X-…)                      -> kMessage;
//     content starting with <!DOCTYPE html or <html             -> kHtml;
//     otherwise                                                 -> kPlain.
InputKind DetectKind(const std::string& path, const std::string& bytes);

// Never fails: an unreadable input gives a Document with `unreadable` set
// (the RawInput's error, "larger than max_message_bytes (N bytes)", "not
// text: binary content (ZIP archive …)", or mime.h's reasons for messages).
// A kMbox input is parsed as one message.
Document ParseInput(const RawInput& input, const Limits& limits = DefaultLimits());

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_SOURCE_H_
