// Zones: which lines of a part are the sender's own text, which are quoted
// (and whose), and which are signature (SPEC §4.4).
//
// Recognised (markers are language data, data/lang/<lang>/mail.yaml):
//   - '>' quoting at any depth; the author of depth d is named by the
//     attribution line ("On … wrote:", "…さんは書きました:", "日付 名前 <addr>:")
//     just above, at depth d-1. After an attribution only the '>' lines are
//     quoted (interleaved replies stay the sender's).
//   - Outlook header blocks (From:/Sent:/To:/Subject:, 差出人:/送信日時:/宛先:/
//     件名:) and forward / original-message markers: everything after them is
//     quoted, authored by the block's From.
//   - signatures: a "-- " line, or a ruler followed by contact lines (TEL,
//     〒, URL…), up to the next quoted block.
//   - inline answers: a quoted line opening with an answer mark (mail.yaml
//     `answer_mark`: "[Emma Clarke] …", 「【山本】…」) that names someone
//     other than the quoted author is that person's — the nearest earlier
//     author of the thread with that name (their quoted text), else
//     `sender` (the sender's own text, Zone::kBody) — together with the
//     lines it wraps onto. A name matches a display name whole, by one of
//     its words, or by its initials.
// Pure function of the layout and the lexicon; thread-safe.
#ifndef ONEVOICE_TEXT_ZONES_H_
#define ONEVOICE_TEXT_ZONES_H_

#include <string>
#include <vector>

#include "claims/lang.h"
#include "text/layout.h"

namespace onevoice::text {

enum class Zone {
  kBody,       // the sender's own text
  kQuoted,     // someone else's text, quoted or forwarded
  kSignature,  // a signature or contact block: never claims
  kHeader,     // an attribution line or a header block: never claims
  kRepeated,   // a supplementary alternative's text the judged one already says: never claims
};

struct QuoteAuthor {
  std::string address;  // lower-case; empty when only a name was given
  std::string name;     // display name as written; may be empty
};

struct Zones {
  std::vector<Zone> zone;         // per Layout line
  std::vector<int> author;        // per line: index into authors, -1 = unknown
  std::vector<QuoteAuthor> authors;
};

// `sender`: the part's sender, when known (its name marks inline answers).
Zones FindZones(const Layout& layout, const claims::Lexicon& lexicon, const QuoteAuthor& sender = {});

// Who sent `part` of `doc`: the message's From, or for a part of an attached
// message that message's From address (its name is not kept).
QuoteAuthor PartSender(const ingest::Document& doc, const ingest::TextPart& part);

// The address in "Name <addr>", "Name [mailto:addr]" or a bare "addr" inside
// `text` (lower-cased), or empty.
std::string FindAddress(std::string_view text);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_ZONES_H_
