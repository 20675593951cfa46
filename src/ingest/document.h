// Document and TextPart: what ingest hands to the text stage.
//
// A Document is one file or one email message. Its text parts hold decoded
// UTF-8: charsets are finished here, no later stage sees raw bytes. Offsets
// reported anywhere downstream are bytes into a TextPart's `text` (the
// "decoded text of that file or part", SPEC §3). The raw input bytes are
// never re-serialized or altered; only their digest is kept.
// Plain copyable values; a Document owns all its strings, so string_views into
// a TextPart's text live as long as the Document.
#ifndef ONEVOICE_INGEST_DOCUMENT_H_
#define ONEVOICE_INGEST_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace onevoice::ingest {

enum class PartKind { kPlain, kHtml, kMarkdown };

enum class PartRole {
  kSubject,     // the decoded Subject header of a message
  kBody,        // the body text chosen for judging (text/plain, else HTML)
  kAttachment,  // a text attachment (text/plain, text/markdown, text/html, text/csv)
};

struct TextPart {
  // SPEC `part`: 0 for the Subject and for a plain file; otherwise the MIME
  // part's 1-based index in depth-first order over the whole message tree
  // (GMime's part iterator order).
  int index = 0;
  PartKind kind = PartKind::kPlain;
  PartRole role = PartRole::kBody;
  std::string text;           // decoded UTF-8 (HTML parts: the HTML source, decoded)
  std::string charset;        // the charset used to decode ("UTF-8", "ISO-2022-JP"…)
  bool charset_detected = false;  // true when the label was missing or wrong
  std::string content_type;   // "text/plain"
  std::string filename;       // attachment file name, decoded (RFC 2047/2231)
  // Inside an attached message/rfc822 (a forward): its text belongs to that
  // message's sender. `quoted_from` is that message's From address.
  bool quoted = false;
  std::string quoted_from;
  std::string quoted_date;    // YYYY-MM-DD of the attached message's Date
};

struct Document {
  std::string path;          // as given on the command line ("-" for stdin)
  uint64_t offset = 0;       // byte offset of the message in an mbox; 0 otherwise
  bool is_message = false;   // an RFC 5322 message (eml, mbox entry, Maildir file)
  std::string message_id;    // without angle brackets; empty for documents
  std::string from;          // bare From address, lower-case as written
  std::string from_display;  // decoded display name
  std::string date;          // YYYY-MM-DD of the Date header in its own zone; empty if none/invalid
  std::string subject;       // decoded
  std::vector<TextPart> parts;
  // Parts listed and not judged (images, PDFs, …): "part 3 application/pdf
  // 'quote.pdf' skipped: not text".
  std::vector<std::string> skipped;
  // When set, the document could not be read at all (SPEC §4.5): the reason,
  // e.g. "truncated multipart: closing boundary missing", "not a message:
  // no header lines", "larger than max_message_bytes (67108864)". A document
  // may also be partly readable: then `unreadable` is unset and `problems`
  // says what was lost.
  std::optional<std::string> unreadable;
  std::vector<std::string> problems;
  std::string content_hash;  // hex SHA-256 of the raw bytes (stable across runs)
  uint64_t size = 0;         // raw bytes
};

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_DOCUMENT_H_
