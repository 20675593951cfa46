// Claims: product + attribute + value within one unit (SPEC §4.2), found in
// the units of one part.
//
// For every value in a unit — a quantity, a set member, a boolean cue — the
// extractor decides whether it is a claim and whose: the product named
// nearest before it in its cell or sentence (else after it), else what an
// anaphor (本製品, it, both…) refers to, else the product governing the table
// cell (column header, row label, rowspan, caption), else a heading's; and
// the attribute whose cue lies nearest (a count's own unit word first; a
// price's billing unit; a requirement column's words for the answer beside
// it). Values are dropped when the unit asks or states a customer's
// requirement, when retracted ((誤), strike-through, "I wrote X"), when they
// are deal arithmetic (totals, "85 TB x $20", "for 6,000 users"), and set
// members stated as not in the set. A value placed in a period ("until March
// 2026…") is judged at that period. All words come from the claims base and
// data/lang; none are named here.
#ifndef ONEVOICE_EXTRACT_CLAIM_H_
#define ONEVOICE_EXTRACT_CLAIM_H_

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "base/span.h"
#include "claims/value.h"
#include "extract/lexicon.h"
#include "text/layout.h"
#include "text/segment.h"
#include "text/zones.h"

namespace onevoice::extract {

struct Claim {
  std::string product;    // product id
  std::string attribute;  // attribute id
  claims::Value value;
  int part = 0;
  SourceSpan span;        // the value, in the part's decoded text
  SourceSpan number;      // its numeral alone (numeric kinds; empty otherwise)
  SourceSpan unit_span;   // the unit holding it (the excerpt)
  std::string unit_text;  // the unit as read (rendered for HTML, normalized)
  bool quoted = false;
  std::string office;     // whose claim: speaker, quoted author, or "unknown"
  std::string as_of;      // YYYY-MM-DD to judge at
  bool former = false;    // stated as a value the product used to have
};

// A use of a deprecated product name (for `terminology` findings).
struct NameUse {
  int product = -1;
  int part = 0;
  SourceSpan span;
  SourceSpan unit_span;
  bool quoted = false;
  std::string office;
};

// What carries across the parts of one document.
struct DocumentState {
  std::vector<int> products_named;  // distinct, in order of first full mention
  std::vector<int> last_products;   // products of the latest unit naming any
  std::string last_zone_key;        // whose text last_products came from
};

struct PartInput {
  const text::Layout* layout = nullptr;
  const text::Zones* zones = nullptr;
  const std::vector<text::Unit>* units = nullptr;
  int part = 0;
  // The whole part is someone else's (an attached message/rfc822): its
  // author's office.
  bool part_quoted = false;
  std::string part_office;
  std::string speaker_office;  // the sender's office
  std::string as_of;           // YYYY-MM-DD
  // The office of a quoted author (address or name); "unknown" when unsure.
  std::function<std::string(const text::QuoteAuthor&)> office_of;
  // Extract claims from this part (false: names only, e.g. a Subject).
  bool claims = true;
};

struct PartExtraction {
  std::vector<Claim> claims;
  std::vector<NameUse> deprecated;
};

PartExtraction ExtractClaims(const Engine& engine, const PartInput& input, DocumentState* state);

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_CLAIM_H_
