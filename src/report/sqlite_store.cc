#include "report/sqlite_store.h"

#include <algorithm>
#include <ctime>
#include <string_view>
#include <unordered_map>

#include "report/json.h"

namespace onevoice::report {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY, started TEXT, finished TEXT, status TEXT,
  rules_dir TEXT, rules_version TEXT, options TEXT, messages INTEGER, findings INTEGER);
CREATE TABLE IF NOT EXISTS messages(
  id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id), source TEXT NOT NULL,
  offset INTEGER NOT NULL, size INTEGER, content_hash TEXT NOT NULL, message_id TEXT,
  office TEXT, date TEXT, as_of TEXT, unreadable TEXT,
  UNIQUE(source, offset, content_hash));
CREATE INDEX IF NOT EXISTS messages_by_id ON messages(message_id);
CREATE INDEX IF NOT EXISTS messages_by_place ON messages(source, offset, size);
CREATE TABLE IF NOT EXISTS claims(
  id INTEGER PRIMARY KEY, message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  part INTEGER, line INTEGER, col INTEGER, product TEXT, attribute TEXT, kind TEXT,
  value_json TEXT, magnitude REAL, text TEXT, office TEXT, as_of TEXT, date TEXT,
  quoted INTEGER, verdict TEXT, rule TEXT);
CREATE INDEX IF NOT EXISTS claims_by_subject ON claims(product, attribute, date);
CREATE TABLE IF NOT EXISTS findings(
  id INTEGER PRIMARY KEY, run_id INTEGER REFERENCES runs(id),
  message INTEGER REFERENCES messages(id) ON DELETE CASCADE,
  kind TEXT, severity TEXT, rule TEXT, product TEXT, attribute TEXT,
  part INTEGER, line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER,
  office TEXT, as_of TEXT, quoted INTEGER, found_text TEXT, found_json TEXT,
  expected_json TEXT, message_text TEXT, excerpt TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS findings_by_kind ON findings(kind, office, product);
)sql";

std::string Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Strings are bound without a copy (SQLITE_STATIC): every caller keeps the
// bound string alive until the statement has been stepped.
void BindText(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
}
void BindText(sqlite3_stmt* s, int i, std::string_view v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
}

void BindTextOrNull(sqlite3_stmt* s, int i, const std::string& v) {
  if (v.empty()) {
    sqlite3_bind_null(s, i);
  } else {
    BindText(s, i, v);
  }
}

std::string Column(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

Expected<std::unique_ptr<AuditStore>> AuditStore::OpenReader(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IOError("cannot open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<AuditStore> store(new AuditStore(db));
  if (Status s = store->Exec("PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY;"); !s.ok()) return s;
  return store;
}

Expected<std::unique_ptr<AuditStore>> AuditStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IOError("cannot open " + path + ": " + msg);
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<AuditStore> store(new AuditStore(db));
  if (Status s = store->Exec(kSchema); !s.ok()) return Status::IOError(path + ": " + s.message());
  if (Status s = store->Exec("PRAGMA foreign_keys=ON;"); !s.ok()) return s;
  // Performance only: a 64 MiB page cache keeps the indexes' hot pages of a
  // large archive in memory (the default is 2 MiB); temporary b-trees in RAM.
  if (Status s = store->Exec("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"); !s.ok()) return s;
  const char* has = "SELECT 1 FROM messages WHERE source=?1 AND offset=?2 AND size=?3 LIMIT 1";
  const char* msg =
      "INSERT OR IGNORE INTO messages(run_id, source, offset, size, content_hash, message_id, office, date, as_of, "
      "unreadable) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
  const char* claim =
      "INSERT INTO claims(message, part, line, col, product, attribute, kind, value_json, magnitude, text, office, "
      "as_of, date, quoted, verdict, rule) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)";
  const char* finding =
      "INSERT INTO findings(run_id, message, kind, severity, rule, product, attribute, part, line, col, end_line, "
      "end_col, office, as_of, quoted, found_text, found_json, expected_json, message_text, excerpt, json) VALUES "
      "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)";
  for (auto [sql, stmt] : {std::pair{has, &store->has_}, std::pair{msg, &store->msg_}, std::pair{claim, &store->claim_},
                           std::pair{finding, &store->finding_}}) {
    if (sqlite3_prepare_v2(db, sql, -1, stmt, nullptr) != SQLITE_OK) {
      return Status::Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db));
    }
  }
  return store;
}

AuditStore::~AuditStore() {
  if (in_tx_) (void)Exec("COMMIT");
  for (sqlite3_stmt* s : {has_, msg_, claim_, finding_}) sqlite3_finalize(s);
  sqlite3_close(db_);
}

Status AuditStore::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IOError("sqlite: " + msg);
  }
  return Status::Ok();
}

Status AuditStore::Begin() {
  if (in_tx_) return Status::Ok();
  Status s = Exec("BEGIN IMMEDIATE");
  in_tx_ = s.ok();
  return s;
}

Status AuditStore::Commit() {
  if (!in_tx_) return Status::Ok();
  in_tx_ = false;
  return Exec("COMMIT");
}

Expected<int64_t> AuditStore::BeginRun(const std::string& rules_dir, const std::string& rules_version,
                                       const std::string& options_json) {
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db_, "INSERT INTO runs(started, status, rules_dir, rules_version, options) VALUES (?1,'running',?2,?3,?4)",
                     -1, &s, nullptr);
  const std::string now = Now();
  BindText(s, 1, now);
  BindText(s, 2, rules_dir);
  BindText(s, 3, rules_version);
  BindText(s, 4, options_json);
  int rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Status AuditStore::EndRun(int64_t run, const std::string& status, int64_t messages, int64_t findings) {
  if (Status c = Commit(); !c.ok()) return c;
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db_, "UPDATE runs SET finished=?1, status=?2, messages=?3, findings=?4 WHERE id=?5", -1, &s, nullptr);
  const std::string now = Now();
  BindText(s, 1, now);
  BindText(s, 2, status);
  sqlite3_bind_int64(s, 3, messages);
  sqlite3_bind_int64(s, 4, findings);
  sqlite3_bind_int64(s, 5, run);
  int rc = sqlite3_step(s);
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? Status::Ok() : Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
}

bool AuditStore::HasMessage(const std::string& source, uint64_t offset, uint64_t size) {
  sqlite3_reset(has_);
  BindText(has_, 1, source);
  sqlite3_bind_int64(has_, 2, static_cast<int64_t>(offset));
  sqlite3_bind_int64(has_, 3, static_cast<int64_t>(size));
  bool found = sqlite3_step(has_) == SQLITE_ROW;
  sqlite3_reset(has_);  // no statement left open between messages
  return found;
}

int64_t AuditStore::InsertFinding(int64_t run, int64_t message, const check::Finding& f) {
  sqlite3_stmt* s = finding_;
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  sqlite3_bind_int64(s, 1, run);
  if (message > 0) sqlite3_bind_int64(s, 2, message);
  else sqlite3_bind_null(s, 2);
  BindText(s, 3, check::KindName(f.kind));
  BindText(s, 4, claims::SeverityName(f.severity));
  BindTextOrNull(s, 5, f.rule);
  BindTextOrNull(s, 6, f.product);
  BindTextOrNull(s, 7, f.attribute);
  sqlite3_bind_int(s, 8, f.where.part);
  sqlite3_bind_int(s, 9, f.where.line);
  sqlite3_bind_int(s, 10, f.where.column);
  sqlite3_bind_int(s, 11, f.where.end_line);
  sqlite3_bind_int(s, 12, f.where.end_column);
  BindTextOrNull(s, 13, f.office);
  BindTextOrNull(s, 14, f.as_of);
  sqlite3_bind_int(s, 15, f.quoted ? 1 : 0);
  BindText(s, 16, f.found_text);
  // Written straight from the fields, as the jsonl sink writes them (an
  // archive stores a finding or more for most messages).
  const std::string found = f.found ? ValueJsonText(*f.found) : "";
  const std::string expected = ExpectedJsonText(f);
  const std::string whole = FindingJsonText(f);
  BindTextOrNull(s, 17, found);
  BindTextOrNull(s, 18, expected);
  BindText(s, 19, f.message);
  BindText(s, 20, f.excerpt);
  BindText(s, 21, whole);
  sqlite3_step(s);
  return sqlite3_last_insert_rowid(db_);
}

Expected<bool> AuditStore::Store(int64_t run, const check::DocumentResult& doc) {
  if (Status b = Begin(); !b.ok()) return b;
  sqlite3_stmt* m = msg_;
  sqlite3_reset(m);
  sqlite3_clear_bindings(m);
  sqlite3_bind_int64(m, 1, run);
  BindText(m, 2, doc.file);
  sqlite3_bind_int64(m, 3, static_cast<int64_t>(doc.offset));
  sqlite3_bind_int64(m, 4, static_cast<int64_t>(doc.size));
  BindText(m, 5, doc.content_hash);
  BindTextOrNull(m, 6, doc.message_id);
  BindTextOrNull(m, 7, doc.office);
  BindTextOrNull(m, 8, doc.date);
  BindTextOrNull(m, 9, doc.as_of);
  std::string unreadable;
  for (const auto& f : doc.findings) {
    if (f.kind == check::FindingKind::kUnreadable) unreadable = f.found_text;
  }
  BindTextOrNull(m, 10, unreadable);
  if (sqlite3_step(m) != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  if (sqlite3_changes(db_) == 0) return false;  // already stored
  int64_t id = sqlite3_last_insert_rowid(db_);
  for (const auto& c : doc.claims) {
    sqlite3_stmt* s = claim_;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, c.where.part);
    sqlite3_bind_int(s, 3, c.where.line);
    sqlite3_bind_int(s, 4, c.where.column);
    BindText(s, 5, c.product);
    BindText(s, 6, c.attribute);
    BindText(s, 7, claims::KindName(c.value.kind));
    const std::string value = ValueJsonText(c.value);
    BindText(s, 8, value);
    if (claims::IsNumeric(c.value.kind)) sqlite3_bind_double(s, 9, c.value.Magnitude());
    else sqlite3_bind_null(s, 9);
    BindText(s, 10, c.text);
    BindText(s, 11, c.office);
    BindTextOrNull(s, 12, c.as_of);
    BindTextOrNull(s, 13, c.date);
    sqlite3_bind_int(s, 14, c.quoted ? 1 : 0);
    BindText(s, 15, c.verdict);
    BindTextOrNull(s, 16, c.rule);
    if (sqlite3_step(s) != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  }
  for (const auto& f : doc.findings) InsertFinding(run, id, f);
  return true;
}

Status AuditStore::StoreRunFindings(int64_t run, const std::vector<check::Finding>& findings) {
  if (Status b = Begin(); !b.ok()) return b;
  for (const auto& f : findings) InsertFinding(run, 0, f);
  return Commit();
}

namespace {

// Claims cross-office takes part in (check/cross_office.cc leaves the rest out).
constexpr const char* kCrossOfficeClaims = "c.office IS NOT NULL AND c.office <> '' AND c.office <> 'unknown' "
                                           "AND c.kind <> 'set'";

}  // namespace

Expected<std::vector<std::pair<std::string, std::string>>> AuditStore::CrossOfficeSubjects() {
  std::vector<std::pair<std::string, std::string>> out;
  sqlite3_stmt* s = nullptr;
  const std::string sql = std::string("SELECT DISTINCT c.product, c.attribute FROM claims c WHERE ") +
                          kCrossOfficeClaims + " ORDER BY c.product, c.attribute";
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
    return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) out.emplace_back(Column(s, 0), Column(s, 1));
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  // SQLite's BINARY collation is memcmp order; so is std::string's operator<.
  return out;
}

namespace {

// A prepared statement finalized on every path.
struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

bool FromSource(const std::vector<std::string>& sources, sqlite3_stmt* s, int column) {
  if (sources.empty()) return true;
  const unsigned char* t = sqlite3_column_text(s, column);
  const std::string_view source = t ? reinterpret_cast<const char*>(t) : "";
  return std::find(sources.begin(), sources.end(), source) != sources.end();
}

// Prepares "SELECT <source>, <columns> FROM claims c … WHERE <one subject,
// claims cross-office takes part in> <tail>" and binds the subject. The
// source column is m.source (messages joined) when `filter`, else NULL.
Status PrepareSubject(sqlite3* db, bool filter, std::string_view columns, std::string_view tail,
                      const std::string& product, const std::string& attribute, Statement* st) {
  std::string sql = filter ? "SELECT m.source, " : "SELECT NULL, ";
  sql += columns;
  sql += filter ? " FROM claims c JOIN messages m ON m.id = c.message" : " FROM claims c";
  sql += " WHERE c.product = ?1 AND c.attribute = ?2 AND ";
  sql += kCrossOfficeClaims;
  sql += tail;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st->s, nullptr) != SQLITE_OK)
    return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db));
  BindText(st->s, 1, product);
  BindText(st->s, 2, attribute);
  return Status::Ok();
}

// Values as stored (value_json) -> Value: a subject repeats a few values
// over and over, so each is parsed once.
class ValueMemo {
 public:
  const claims::Value& Of(sqlite3_stmt* s, int kind_column, int json_column) {
    const std::string kind = Column(s, kind_column);
    std::string key = kind + '\x1f' + Column(s, json_column);
    auto it = memo_.find(key);
    if (it == memo_.end()) {
      auto k = claims::KindFromName(kind).value_or(claims::Kind::kCount);
      auto v = ValueFromJson(nlohmann::json::parse(Column(s, json_column), nullptr, false), k);
      it = memo_.emplace(std::move(key), std::move(v)).first;
    }
    return it->second;
  }

 private:
  std::unordered_map<std::string, claims::Value> memo_;
};

}  // namespace

Expected<bool> AuditStore::OnlySources(const std::vector<std::string>& sources) {
  Statement st;
  if (sqlite3_prepare_v2(db_, "SELECT DISTINCT source FROM messages", -1, &st.s, nullptr) != SQLITE_OK)
    return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    if (!FromSource(sources, st.s, 0)) return false;
  }
  if (rc != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return true;
}

Status AuditStore::CountClaims(const std::vector<std::string>& sources, const std::string& product,
                               const std::string& attribute,
                               const std::function<void(const check::JudgedClaim&, int64_t)>& fn) {
  // Without sources to filter by, messages need not be joined.
  const bool filter = !sources.empty();
  Statement st;
  Status prepared = PrepareSubject(
      db_, filter, "c.date, c.office, c.verdict = 'ok', c.kind, c.value_json, count(*)",
      std::string(" GROUP BY ") + (filter ? "m.source, " : "") + "c.date, c.office, c.verdict = 'ok', c.kind, c.value_json",
      product, attribute, &st);
  if (!prepared.ok()) return prepared;
  ValueMemo values;
  check::JudgedClaim c;
  c.product = product;
  c.attribute = attribute;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    if (!FromSource(sources, st.s, 0)) continue;
    c.date = Column(st.s, 1);
    c.office = Column(st.s, 2);
    c.verdict = sqlite3_column_int(st.s, 3) ? "ok" : "-";
    c.value = values.Of(st.s, 4, 5);
    fn(c, sqlite3_column_int64(st.s, 6));
  }
  if (rc != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return Status::Ok();
}

Status AuditStore::ForEachClaim(const std::vector<std::string>& sources, const std::string& product,
                                const std::string& attribute,
                                const std::function<bool(const check::JudgedClaim&)>& want,
                                const std::function<void(const check::JudgedClaim&)>& fn) {
  // claims_by_subject(product, attribute, date) gives this order without a
  // sort (an index's entries end with the rowid). The message's source and
  // id are looked up only for the claims wanted.
  Statement st, msg;
  Status prepared = PrepareSubject(db_, !sources.empty(),
                                   "c.message, c.date, c.office, c.verdict, c.kind, c.value_json, "
                                   "c.part, c.line, c.col, c.text, c.as_of, c.quoted, c.rule",
                                   " ORDER BY c.date, c.id", product, attribute, &st);
  if (!prepared.ok()) return prepared;
  if (sqlite3_prepare_v2(db_, "SELECT source, message_id FROM messages WHERE id = ?1", -1, &msg.s, nullptr) !=
      SQLITE_OK)
    return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  ValueMemo values;
  check::JudgedClaim c;
  c.product = product;
  c.attribute = attribute;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    if (!FromSource(sources, st.s, 0)) continue;
    c.date = Column(st.s, 2);
    c.office = Column(st.s, 3);
    c.verdict = Column(st.s, 4);
    c.value = values.Of(st.s, 5, 6);
    if (!want(c)) continue;
    sqlite3_reset(msg.s);
    sqlite3_bind_int64(msg.s, 1, sqlite3_column_int64(st.s, 1));
    if (sqlite3_step(msg.s) != SQLITE_ROW) continue;
    c.where.file = Column(msg.s, 0);
    c.where.message_id = Column(msg.s, 1);
    c.where.part = sqlite3_column_int(st.s, 7);
    c.where.line = sqlite3_column_int(st.s, 8);
    c.where.column = sqlite3_column_int(st.s, 9);
    c.text = Column(st.s, 10);
    c.as_of = Column(st.s, 11);
    c.quoted = sqlite3_column_int(st.s, 12) != 0;
    c.rule = Column(st.s, 13);
    fn(c);
  }
  if (rc != SQLITE_DONE) return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return Status::Ok();
}

}  // namespace onevoice::report
