#include "check/sink.h"

namespace onevoice::check {

void Deliver(const DocumentResult& doc, Sink* sink) {
  sink->Begin(doc);
  for (const auto& c : doc.claims) sink->Claim(doc, c);
  for (const auto& f : doc.findings) sink->Found(doc, f);
  sink->End(doc);
}

}  // namespace onevoice::check
