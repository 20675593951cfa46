// Sink: what check pushes its results into, one document at a time (after
// ripgrep's searcher::Sink). Report formats implement it; check knows no
// format. Begin and End bracket one document's claims and findings; Finish
// runs once after the last document (also after a stop request), not after
// an error. Results arrive in input order whatever --jobs is. A Sink is used
// from one thread.
#ifndef ONEVOICE_CHECK_SINK_H_
#define ONEVOICE_CHECK_SINK_H_

#include <string>
#include <vector>

#include "check/finding.h"

namespace onevoice::check {

// Everything known of one checked document, independent of its text.
struct DocumentResult {
  std::string file;
  uint64_t offset = 0;       // in an mbox
  std::string message_id;
  std::string office;        // the sender's office
  std::string date;          // the message's date (YYYY-MM-DD) or empty
  std::string as_of;         // the date it was judged at
  std::string content_hash;
  uint64_t size = 0;
  bool is_message = false;
  std::vector<JudgedClaim> claims;
  std::vector<Finding> findings;
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Begin(const DocumentResult& doc) {}
  virtual void Claim(const DocumentResult& doc, const JudgedClaim& claim) {}
  virtual void Found(const DocumentResult& doc, const Finding& finding) = 0;
  virtual void End(const DocumentResult& doc) {}
  virtual void Finish() {}
};

// Pushes one document's result into a sink: Begin, claims, findings, End.
void Deliver(const DocumentResult& doc, Sink* sink);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_SINK_H_
