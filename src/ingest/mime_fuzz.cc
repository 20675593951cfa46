// Fuzz target (MIME): any bytes, read as a message, come out as a Document
// that is either unreadable with a reason or holds text parts that are valid
// UTF-8 with "\n" line ends (document.h's promise) — never a crash, never a
// hang (GMime, charset conversion, RFC 2047/2231, HTML parts).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/unicode.h"
#include "ingest/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace onevoice;
  ingest::RawInput raw;
  raw.path = "fuzz.eml";
  raw.kind = ingest::InputKind::kMessage;
  raw.bytes.assign(reinterpret_cast<const char*>(data), size);
  ingest::Document doc = ingest::ParseInput(raw);
  if (doc.unreadable) {
    if (doc.unreadable->empty()) std::abort();  // says why
    return 0;
  }
  for (const auto& part : doc.parts) {
    if (!IsValidUtf8(part.text) || part.text.find('\r') != std::string::npos) std::abort();
  }
  return 0;
}
