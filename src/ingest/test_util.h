// Helpers shared by the ingest unit tests (test code only).
//
// Fixtures live in tests/data/mail/ (README there gives origin and licence
// of each file). ONEVOICE_SOURCE_DIR and ONEVOICE_SHARED_DIR are defined by
// the test target (src/CMakeLists.txt).
#ifndef ONEVOICE_INGEST_TEST_UTIL_H_
#define ONEVOICE_INGEST_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

#include "base/limits.h"
#include "ingest/document.h"
#include "ingest/source.h"

namespace onevoice::ingest::testing {

inline std::string FixturePath(const std::string& rel) {
  return std::string(ONEVOICE_SOURCE_DIR) + "/tests/data/mail/" + rel;
}

inline std::string ReadPath(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string ReadFixture(const std::string& rel) { return ReadPath(FixturePath(rel)); }

inline Document ParseMessageBytes(const std::string& bytes,
                                  const Limits& limits = DefaultLimits()) {
  RawInput in;
  in.path = "test.eml";
  in.kind = InputKind::kMessage;
  in.bytes = bytes;
  return ParseInput(in, limits);
}

inline Document ParseFixture(const std::string& rel) { return ParseMessageBytes(ReadFixture(rel)); }

inline Document ParseDocumentBytes(const std::string& bytes, InputKind kind,
                                   const std::string& path = "doc.txt") {
  RawInput in;
  in.path = path;
  in.kind = kind;
  in.bytes = bytes;
  return ParseInput(in);
}

// The judged parts of a role, in order.
inline std::vector<const TextPart*> PartsWithRole(const Document& d, PartRole role) {
  std::vector<const TextPart*> out;
  for (const auto& p : d.parts)
    if (p.role == role) out.push_back(&p);
  return out;
}

// The first body part's text, or "" when there is none.
inline std::string FirstBody(const Document& d) {
  for (const auto& p : d.parts)
    if (p.role == PartRole::kBody) return p.text;
  return "";
}

inline bool HasProblemContaining(const Document& d, const std::string& needle) {
  for (const auto& p : d.problems)
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

inline bool HasSkippedContaining(const Document& d, const std::string& needle) {
  for (const auto& p : d.skipped)
    if (p.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace onevoice::ingest::testing

#endif  // ONEVOICE_INGEST_TEST_UTIL_H_
