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
#include <string_view>
#include <vector>

namespace onevoice::ingest {

// How a part's text is laid out. kCsv and kTsv are tables in a delimited
// format (RFC 4180 comma-separated, IANA tab-separated values): every line
// is a row of one table, whatever its cells say. kCalendar is an iCalendar
// invitation (RFC 5545): only its DESCRIPTION and COMMENT are prose.
enum class PartKind { kPlain, kHtml, kMarkdown, kCsv, kTsv, kCalendar };

// A format a file name's extension says is read as more than plain text
// (.csv, .tsv, .ics, any case): its kind and media type. Shared by files
// on disk and by attachments labelled only by their name.
struct FileFormat {
  PartKind kind;
  const char* media_type;
};
inline std::optional<FileFormat> FileFormatOfName(std::string_view name) {
  static constexpr struct {
    std::string_view ext;
    FileFormat format;
  } kFormats[] = {{".csv", {PartKind::kCsv, "text/csv"}},
                  {".tsv", {PartKind::kTsv, "text/tab-separated-values"}},
                  {".ics", {PartKind::kCalendar, "text/calendar"}}};
  for (const auto& f : kFormats) {
    if (name.size() <= f.ext.size()) continue;
    bool same = true;
    for (size_t i = 0; i < f.ext.size(); ++i) {
      char c = name[name.size() - f.ext.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      same = same && c == f.ext[i];
    }
    if (same) return f.format;
  }
  return std::nullopt;
}

enum class PartRole {
  kSubject,     // the decoded Subject header of a message
  kBody,        // the body text chosen for judging (text/plain, else HTML)
  kAttachment,  // a text attachment (text/plain, text/markdown, text/html, text/csv)
};

struct TextPart {
  // SPEC `part`: 0 for the Subject and for a plain file; otherwise the MIME
  // leaf part's 1-based position in depth-first, left-to-right order over the
  // whole message tree. Leaves are the parts that are not multiparts; the
  // parts inside an attached message/rfc822 are counted, its wrapper is not;
  // parts that are not judged (alternatives, images) are counted too, so the
  // numbers do not depend on what was judged. In
  //   multipart/mixed { multipart/alternative { text/plain, text/html }, application/pdf }
  // text/plain is 1, text/html 2, the PDF 3. (mime.h has the details.)
  int index = 0;
  PartKind kind = PartKind::kPlain;
  PartRole role = PartRole::kBody;
  // Decoded, valid UTF-8; line endings normalized to "\n" (CRLF and lone CR
  // alike); a leading BOM dropped. HTML parts: the HTML source, decoded.
  std::string text;
  // The charset decoded from, canonical spelling as labelled or detected
  // ("UTF-8", "ISO-2022-JP", "Shift_JIS", "EUC-JP", "windows-1252",
  // "US-ASCII"…; charset.h says which supersets decode them).
  std::string charset;
  bool charset_detected = false;  // true when the label was missing or wrong and it was detected
  std::string content_type;       // "text/plain"
  // text/plain; format=flowed (RFC 3676): lines ending in a space are soft
  // breaks; with delsp=yes that space is the mailer's, not the author's.
  bool flowed = false;
  bool delsp = false;
  std::string filename;           // the part's file name, decoded (RFC 2047/2231); may be empty
  // Inside an attached message/rfc822 (a forward): its text belongs to that
  // message's sender. `quoted_from` is that message's From address.
  bool quoted = false;
  std::string quoted_from;
  std::string quoted_date;  // YYYY-MM-DD of the attached message's Date
  // An HTML alternative read beside the judged plain-text one because it
  // says more (a CRM's short hand-written text part): only what the plain
  // text does not already say is judged from it (cli/pipeline.cc).
  bool supplement = false;
};

struct Document {
  std::string path;          // as given on the command line ("-" for stdin)
  uint64_t offset = 0;       // byte offset of the message in an mbox; 0 otherwise
  bool is_message = false;   // an RFC 5322 message (eml, mbox entry, Maildir file)
  std::string message_id;    // without angle brackets; empty for documents
  std::string from;          // bare From address, lower-cased; empty if none parses
  std::string from_display;  // decoded display name
  std::string date;          // YYYY-MM-DD of the Date header in its own zone; empty if none/invalid
  std::string subject;       // decoded, unfolded, trimmed
  // Messages: the Subject (role kSubject, index 0) when not empty, then the
  // judged text parts in part order. Documents: one part, role kBody, index 0.
  std::vector<TextPart> parts;
  // Parts listed and not judged, one sentence each: "part 3 application/pdf
  // 'quote.pdf': not text, skipped", "part 4 text/html: repeats part 2,
  // skipped". Alternatives of a judged part are not listed.
  std::vector<std::string> skipped;
  // When set, the document could not be read at all (SPEC §4.5) and nothing
  // else in it is to be judged: the reason, e.g. "not a message: no header
  // lines", "not a message: binary content (gzip data), no header lines",
  // "not text: binary content (ZIP archive …)", "truncated multipart:
  // closing boundary missing, no text could be read", "larger than
  // max_message_bytes (67108864 bytes)", "cannot read: Permission denied".
  // A document may also be partly readable: then `unreadable` is unset and
  // `problems` says what was lost ("truncated multipart: closing boundary
  // missing", undecodable bytes, a limit hit). mime.h and source.h give the
  // exact rule.
  std::optional<std::string> unreadable;
  std::vector<std::string> problems;
  std::string content_hash;  // hex SHA-256 of the raw bytes (stable across runs)
  uint64_t size = 0;         // raw bytes
};

// A part read as a document of its own — its first line may be its title,
// and headings and captions carry as in a proposal: a file's one part, or a
// text file attached to a message (a part with a file name: the summary a
// sender converted from a PDF, a spec sheet), not a message's body text.
inline bool ReadAsDocument(const Document& doc, const TextPart& part) {
  return !doc.is_message || !part.filename.empty();
}

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_DOCUMENT_H_
