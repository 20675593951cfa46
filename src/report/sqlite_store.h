// AuditStore: the SQLite database of `onevoice audit --db` (SPEC §5). Its
// schema is on-disk format — what auditors query — documented in README.md
// ("Audit database") and versioned in meta.schema_version.
//
//   runs(id, started, finished, status, rules_dir, rules_version, options,
//        messages, findings)
//   messages(id, run_id, source, offset, size, content_hash, message_id,
//            office, date, as_of, unreadable)        UNIQUE(source, offset, content_hash)
//   claims(id, message, part, line, col, product, attribute, kind,
//          value_json, magnitude, text, office, as_of, date, quoted, verdict, rule)
//   findings(id, run_id, message, kind, severity, rule, product, attribute,
//            part, line, col, end_line, end_col, office, as_of, quoted,
//            found_text, found_json, expected_json, message_text, excerpt, json)
//
// A message, its claims and its findings are written in one transaction
// (batched: Commit() ends the batch), so a run killed at any point loses no
// committed message and a re-run inserts none twice: a message already
// stored (same source, offset and content hash) is skipped. WAL journal.
// One AuditStore per thread; the writer thread of audit owns it.
#ifndef ONEVOICE_REPORT_SQLITE_STORE_H_
#define ONEVOICE_REPORT_SQLITE_STORE_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "check/sink.h"

namespace onevoice::report {

class AuditStore {
 public:
  // Opens (creating when needed) the database at `path`.
  static Expected<std::unique_ptr<AuditStore>> Open(const std::string& path);
  // A second, read-only connection to an existing database (WAL: it reads
  // while the first one writes), for the reads below on another thread.
  static Expected<std::unique_ptr<AuditStore>> OpenReader(const std::string& path);
  ~AuditStore();
  AuditStore(const AuditStore&) = delete;
  AuditStore& operator=(const AuditStore&) = delete;

  // Starts a run; returns its id.
  Expected<int64_t> BeginRun(const std::string& rules_dir, const std::string& rules_version,
                             const std::string& options_json);
  // Ends it with a status ("complete", "interrupted", "failed").
  Status EndRun(int64_t run, const std::string& status, int64_t messages, int64_t findings);

  // True when a message with this source, offset and size is already stored
  // (a cheap test before parsing; content_hash is checked again on insert).
  bool HasMessage(const std::string& source, uint64_t offset, uint64_t size);
  // Stores one checked document with its claims and findings (inside the
  // current batch). Returns false when it was already stored.
  Expected<bool> Store(int64_t run, const check::DocumentResult& doc);
  // Stores run-level findings (cross-office).
  Status StoreRunFindings(int64_t run, const std::vector<check::Finding>& findings);
  // Commits the current batch.
  Status Commit();

  // The (product, attribute) pairs cross-office can group claims by — those
  // with a claim by an office (not "unknown") of a kind other than set —
  // sorted as std::string sorts them.
  Expected<std::vector<std::pair<std::string, std::string>>> CrossOfficeSubjects();
  // Cross-office reads one subject in two passes (check::CrossOfficeSubject)
  // so that it never holds an archive's claims. Both read the claims of
  // messages whose source is one of `sources` (all when empty), by an office
  // other than "unknown", of a kind other than set, with the message's date.
  // CountClaims: alike claims (date, office, ok-ness, value) once each, with
  // their number; only office, verdict ("ok" or not), value and date are set.
  Status CountClaims(const std::vector<std::string>& sources, const std::string& product,
                     const std::string& attribute, const std::function<void(const check::JudgedClaim&, int64_t)>& fn);
  // ForEachClaim: every claim in date order (ties: as stored); `want` sees
  // it with office, verdict, value and date only, and `fn` gets it whole
  // when `want` says so (most rows are then never read in full).
  Status ForEachClaim(const std::vector<std::string>& sources, const std::string& product,
                      const std::string& attribute, const std::function<bool(const check::JudgedClaim&)>& want,
                      const std::function<void(const check::JudgedClaim&)>& fn);
  // True when every stored message's source is one of `sources`: the two
  // reads above need not filter (nor join messages for it) then.
  Expected<bool> OnlySources(const std::vector<std::string>& sources);

  sqlite3* db() { return db_; }

 private:
  explicit AuditStore(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  Status Begin();
  int64_t InsertFinding(int64_t run, int64_t message, const check::Finding& f);

  sqlite3* db_;
  bool in_tx_ = false;
  sqlite3_stmt* has_ = nullptr;
  sqlite3_stmt* msg_ = nullptr;
  sqlite3_stmt* claim_ = nullptr;
  sqlite3_stmt* finding_ = nullptr;
};

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_SQLITE_STORE_H_
