// CheckDocument: one Document through text, extract and check (the whole
// per-message step of `check`, `audit`, `sendmail` and `serve`).
//
// Decides who speaks (--office, else the From address by offices.yaml, else
// the document's configured office, else "unknown") and when (--as-of, else
// the Date header, else today); builds each part's layout, zones and units;
// extracts claims and judges them; runs phrase rules (with `unless` over the
// whole document) and terminology; applies inline suppressions and severity
// overrides; resolves every position to line and column of the decoded part.
// Claims stated twice in one document are listed once. Pure function of its
// inputs; safe to call from many threads with one shared Engine.
#ifndef ONEVOICE_CLI_PIPELINE_H_
#define ONEVOICE_CLI_PIPELINE_H_

#include <map>
#include <optional>
#include <string>

#include "check/sink.h"
#include "extract/lexicon.h"
#include "ingest/document.h"

namespace onevoice::cli {

struct CheckOptions {
  std::string office;           // --office: overrides detection
  std::string as_of;            // --as-of: overrides the Date header
  std::string today;            // YYYY-MM-DD, the default as-of for documents
  std::string document_office;  // from .onevoice.yaml for this document
  // Per kind or rule id (from .onevoice.yaml); nullopt = off.
  const std::map<std::string, std::optional<claims::Severity>>* severity = nullptr;
  // A name for the file in reports (defaults to the Document's path).
  std::string display_path;
};

check::DocumentResult CheckDocument(const extract::Engine& engine, const ingest::Document& doc,
                                    const CheckOptions& options);

// Today's date in the local time zone, YYYY-MM-DD.
std::string Today();

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_PIPELINE_H_
