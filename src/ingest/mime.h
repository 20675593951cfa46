// MIME: one RFC 5322 message -> Document, with GMime 3.
//
// The only file of onevoice that includes GMime. GMime finds the structure
// (headers, multipart boundaries, message/rfc822, base64 and quoted-printable,
// content types and their parameters, addresses, dates); charsets, RFC 2047
// header words and the file-name parameter's value (RFC 2231 sections and
// charset, or RFC 2047 words in quotes) go through charset.h and rfc2047.h,
// which decode what real Japanese mailers write (CP50220, CP932) where
// GMime's iconv gives up.
//
// What ParseMessage fills (document.h has the fields):
//   message_id, from, from_display, date, subject; parts: the Subject
//   (kSubject, index 0) and the text parts below; skipped; problems;
//   unreadable. The caller fills path, offset, size and content_hash.
//
// Parts. Every MIME leaf part (a part that is not a multipart; the parts of
// an attached message/rfc822 count, the message/rfc822 wrapper does not) gets
// an index: its 1-based position in depth-first, left-to-right order over the
// whole tree, whether or not it is judged. So in
//   multipart/mixed { multipart/alternative { text/plain, text/html },
//                     application/pdf }
// text/plain is part 1, text/html 2 and the PDF 3.
//   - multipart/alternative: the text/plain children with content are
//     judged (every one: versions that differ are all read, a copy that
//     repeats another is dropped as anywhere), else the last multipart
//     holding a text/plain, else the last text/html (or multipart/related
//     holding one); the others are alternatives of it and are neither
//     judged nor listed. An alternative
//     with no text child at all is read like multipart/mixed.
//   - multipart/mixed, /related, /signed, /digest…: every child. A multipart
//     whose boundary never occurs (mangled or mistyped) has no children: its
//     body is read as one text/plain part (charset detected), with a problem.
//   - text/plain, text/html, text/markdown, text/csv, text/tab-separated-
//     values, text/calendar (and application/ics; a .csv/.tsv/.ics name on
//     text/plain or application/octet-stream): a TextPart, kind by subtype,
//     format=flowed and DelSp noted; role kAttachment when Content-Disposition is attachment or
//     when the part has a file name and is not the first text part (an
//     inline "notes.txt"), else kBody. A part with only white space is
//     listed in `skipped` ("…: empty, skipped"); one that holds binary data
//     (charset.h SniffBinary) or is more than half U+FFFD too, with a
//     problem. Other text/* subtypes (enriched, vcard, rfc822-headers…)
//     and every non-text type go to `skipped` ("part 3 application/pdf
//     'quote.pdf': not text, skipped").
//   - message/rfc822: its text parts come out with quoted = true,
//     quoted_from = that message's From address, quoted_date its Date.
//   - a part whose text merely repeats an earlier part's (same text after
//     removing HTML markup and collapsing white space) is dropped and listed
//     in `skipped` ("part 4 text/html: repeats part 2, skipped").
// Text is decoded UTF-8 with line endings normalized to "\n" (CRLF and CR
// alike), cut at Limits::max_text_bytes (noted in problems).
//
// Readable or unreadable. `unreadable` is set, and nothing else is trusted,
// exactly when:
//   - the input does not start with a header line (after an optional mbox
//     "From " line and blank lines): "not a message: no header lines", or
//     "not a message: binary content (gzip data), no header lines" when
//     it is binary;
//   - GMime cannot build a message from it (same reasons);
//   - no text part at all could be read (the Subject aside) and text was
//     lost: the multipart is truncated (a closing boundary is missing at the
//     end of the input), a limit cut parts off (max_mime_depth, max_parts),
//     GMime's own nesting guard stopped, or the text parts held binary or
//     mostly undecodable bytes. The reason is the first of these, plus ", no
//     text could be read": "truncated multipart: closing boundary missing,
//     no text could be read".
// A message that simply has no text (only a PDF) is readable: there is
// nothing to judge, and `skipped` lists what it holds.
// Everything else is readable, and what was lost is in `problems`:
// "truncated multipart: closing boundary missing", "malformed multipart: …",
// "part 2: 3 undecodable byte sequences (Shift_JIS) replaced by U+FFFD",
// "part 1: charset label 'us-ascii' does not fit the bytes, decoded as
// windows-1252", limits hit (max_mime_depth: the deeper part is skipped;
// max_parts: the rest is not read; max_text_bytes: the part's text is cut;
// max_header_bytes: the header is cut).
//
// Thread-safety: reentrant. GMime is initialised once (std::call_once); each
// call uses its own stream, parser and options, so calls may run on many
// threads at once.
#ifndef ONEVOICE_INGEST_MIME_H_
#define ONEVOICE_INGEST_MIME_H_

#include <cstddef>
#include <string_view>

#include "base/limits.h"
#include "ingest/document.h"

namespace onevoice::ingest {


// Parses `bytes` as one message into *doc (see above). Never fails: problems
// and unreadability are recorded in *doc. Does not look at
// Limits::max_message_bytes (the caller does, before reading the bytes).
void ParseMessage(std::string_view bytes, const Limits& limits, Document* doc);

// True when `line` (without its line break) is an RFC 5322 header field line
// "Name: value" (field-name: printable ASCII without ':', then optional
// white space, then ':').
bool IsHeaderLine(std::string_view line);

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_MIME_H_
