// Every limit onevoice has, in one place (after SQLite's sqliteLimit.h).
//
// Each is named, defaulted, explained, tested at its edge, and visible when
// hit: the outcome is an `unreadable` finding with the limit's name, or a
// truncation noted in the output. Nothing is dropped silently.
#ifndef ONEVOICE_BASE_LIMITS_H_
#define ONEVOICE_BASE_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace onevoice {

struct Limits {
  // A message or document larger than this is reported `unreadable`
  // ("message larger than max_message_bytes") and not parsed: a sales email
  // is kilobytes; 64 MiB leaves room for attachments while bounding memory
  // per worker.
  size_t max_message_bytes = 64u << 20;
  // MIME nesting deeper than this is not descended into; the part is listed
  // as skipped with the reason. Real mail nests 3-5 deep.
  int max_mime_depth = 32;
  // Parts beyond this count in one message are not read (reported).
  int max_parts = 1000;
  // A text unit (sentence, row, bullet) longer than this is cut into pieces
  // of this size for extraction: a 50 MB line must not make matching cost
  // more than linear time or claims span megabytes.
  size_t max_unit_bytes = 4096;
  // Memory budget per compiled rule regex (RE2's default, 8 MiB); a pattern
  // that needs more fails `rules check` with this limit's name.
  int64_t regex_max_mem = 8 << 20;
  // The header block of a message is read up to this many bytes; the rest of
  // it is dropped (problem "header longer than max_header_bytes (N): cut")
  // and the body is read as usual. RFC 5322 allows 998 bytes a line and real
  // headers are a few KiB; the bound keeps a 50 MB header line from costing
  // quadratic time in GMime's header buffer.
  size_t max_header_bytes = 1u << 20;
  // Text of one part handed to the text stage; beyond it the rest is skipped
  // and a truncation is reported.
  size_t max_text_bytes = 32u << 20;
};

// The defaults; tests lower them to hit each edge.
const Limits& DefaultLimits();

}  // namespace onevoice

#endif  // ONEVOICE_BASE_LIMITS_H_
