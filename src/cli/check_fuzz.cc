// Fuzz target (numbers and the whole per-message step): any bytes as a
// plain, Markdown or HTML document (the first byte picks) go through text,
// extract and check with the project's rules/ — numerals in every script,
// units, ranges, tables, zones — and every claim and finding points inside
// its part's decoded text. Never a crash, never a hang.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "claims/load.h"
#include "cli/pipeline.h"
#include "extract/lexicon.h"
#include "ingest/source.h"

namespace {

const onevoice::extract::Engine& Shipped() {
  static std::shared_ptr<const onevoice::claims::Base> base = [] {
    std::vector<onevoice::claims::Diagnostic> diagnostics;
    auto loaded = onevoice::claims::LoadBase(ONEVOICE_SOURCE_DIR "/rules", &diagnostics);
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  static onevoice::extract::Engine engine(*base);
  return engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace onevoice;
  if (size == 0) return 0;
  static const ingest::InputKind kKinds[] = {ingest::InputKind::kPlain, ingest::InputKind::kMarkdown,
                                             ingest::InputKind::kHtml};
  static const char* kPaths[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
  const int k = data[0] % 3;
  ingest::RawInput raw;
  raw.path = kPaths[k];
  raw.kind = kKinds[k];
  raw.bytes.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  ingest::Document doc = ingest::ParseInput(raw);
  cli::CheckOptions options;
  options.today = "2026-06-01";
  check::DocumentResult r = cli::CheckDocument(Shipped(), doc, options);
  // Lines and columns are 1-based positions in the decoded text.
  const std::string text = doc.parts.empty() ? std::string() : doc.parts[0].text;
  size_t lines = 1;
  for (char c : text) lines += c == '\n';
  for (const auto& c : r.claims) {
    if (c.where.line < 1 || static_cast<size_t>(c.where.line) > lines || c.where.column < 1) std::abort();
  }
  for (const auto& f : r.findings) {
    if (f.where.line < 0 || static_cast<size_t>(f.where.line) > lines) std::abort();
  }
  return 0;
}
