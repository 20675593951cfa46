// The audit's HTML report, read back from the audit database (schema in
// report/sqlite_store.h). Every string that comes from the database goes
// through Esc(); the page has inline CSS and inline SVG only, no script and
// no external asset, so it opens offline and prints as it shows.
//
// Scope (html.h): findings of every message stored by runs up to `run`
// (quoted ones only when that run had --include-quoted, as audit's own
// output does), plus the cross-office findings of `run` itself. Every query
// aggregates in SQLite, so the report's cost grows with the number of
// months, offices, products and cross-office findings, not with messages;
// the long lists are capped (kMaxCrossOffice, kMaxTopFindings) and say so.
#include "report/html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claims/value.h"
#include "report/json.h"

namespace onevoice::report {
namespace {

using nlohmann::json;

constexpr int kMaxCrossOffice = 300;   // cross-office rows shown in full
constexpr int kMaxTopFindings = 60;    // rows of the top-findings table
constexpr size_t kSidesPerOffice = 3;  // messages shown per office of a cross-office finding
constexpr size_t kMaxExcerptBytes = 480;

// Finding kinds in the order the report lists them, with their colours
// (chart, badges). On-disk names (check::KindName).
struct KindStyle {
  const char* name;
  const char* color;
};
constexpr KindStyle kKinds[] = {
    {"conflict", "#c62828"},     {"stale", "#ef6c00"},      {"office-variant", "#8e24aa"},
    {"unverified", "#c9a000"},   {"phrase", "#1e6fd9"},     {"terminology", "#00897b"},
    {"cross-office", "#d81b60"}, {"unreadable", "#78909c"}, {"suppression", "#b0bec5"},
};
constexpr const char* kOfficeColors[] = {"#1e6fd9", "#e07b00", "#14915f", "#7b3fe4",
                                         "#00838f", "#a1551b", "#6d8c00", "#5c6bc0"};
constexpr const char* kUnknownOffice = "#78909c";  // customers and unmapped senders

const char* KindColor(std::string_view kind) {
  for (const auto& k : kKinds) {
    if (kind == k.name) return k.color;
  }
  return "#90a4ae";
}

int KindRank(std::string_view kind) {
  int i = 0;
  for (const auto& k : kKinds) {
    if (kind == k.name) return i;
    ++i;
  }
  return i;
}

// HTML-escapes `s` for text and attribute values. Invalid UTF-8 becomes
// U+FFFD and C0 controls other than tab and newline are dropped, so the
// page stays valid UTF-8 whatever the database holds.
std::string Esc(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if (c >= 0x20 || c == '\n' || c == '\t')
            out += static_cast<char>(c);
          else if (c == '\r')
            out += ' ';
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len == 3) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogates
    }
    if (ok && len == 4) {
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

// At most `max` bytes of `s`, cut at a character boundary, "…" appended when cut.
std::string Clip(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "\xE2\x80\xA6";
}

// The excerpt, clipped and escaped, with the first occurrence of `found`
// marked.
std::string Excerpt(const std::string& excerpt, const std::string& found) {
  std::string text = excerpt;
  size_t at = found.empty() ? std::string::npos : text.find(found);
  if (at != std::string::npos && at + found.size() <= kMaxExcerptBytes) {
    std::string before = text.substr(0, at);
    std::string rest = Clip(text.substr(at + found.size()), kMaxExcerptBytes - at - found.size());
    return Esc(before) + "<mark>" + Esc(found) + "</mark>" + Esc(rest);
  }
  return Esc(Clip(text, kMaxExcerptBytes));
}

std::string Num(int64_t n) {  // 1234567 -> "1,234,567"
  std::string digits = std::to_string(n < 0 ? -n : n), out = n < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Human(std::string id) {  // "general_availability" -> "general availability"
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

// A prepared statement that finalizes itself; the first error is kept.
class Query {
 public:
  Query(sqlite3* db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s_, nullptr) != SQLITE_OK) Fail();
  }
  ~Query() { sqlite3_finalize(s_); }
  Query(Query&& o) noexcept : db_(o.db_), s_(o.s_), error_(std::move(o.error_)) { o.s_ = nullptr; }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& Bind(int i, int64_t v) {
    if (s_) sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Query& Bind(int i, const std::string& v) {
    if (s_) sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // Next row; false at the end or on error (see status()).
  bool Step() {
    if (!s_ || !error_.empty()) return false;
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) Fail();
    return false;
  }
  void Reset() {
    if (s_) sqlite3_reset(s_);
  }
  std::string Text(int i) const {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }
  int64_t Int(int i) const { return sqlite3_column_int64(s_, i); }
  Status status() const {
    return error_.empty() ? Status::Ok() : Status::IOError("sqlite: " + error_);
  }

 private:
  void Fail() {
    error_ = sqlite3_errmsg(db_);
    if (error_.empty()) error_ = "error";
  }
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
  std::string error_;
};

// The findings the report covers, as a CTE `sf` with one row per finding:
// ?1 the run, ?2 1 to keep quoted findings. Cross-office findings are dated
// by their first side (as_of), the others by their message's date.
constexpr const char* kScope = R"sql(
WITH sf AS (
  SELECT f.id, f.kind, f.severity, f.product, f.attribute, f.office, f.found_text,
         f.found_json, f.excerpt, f.message_text, f.message, m.date AS date,
         m.message_id AS message_id, m.source AS source, f.line, f.col
  FROM findings f JOIN messages m ON m.id = f.message
  WHERE m.run_id <= ?1 AND (?2 = 1 OR f.quoted = 0)
  UNION ALL
  SELECT f.id, f.kind, f.severity, f.product, f.attribute, f.office, f.found_text,
         f.found_json, f.excerpt, f.message_text, NULL, f.as_of, NULL, NULL, f.line, f.col
  FROM findings f WHERE f.message IS NULL AND f.run_id = ?1)
)sql";

struct RunInfo {
  int64_t id = 0;
  std::string started, finished, status, rules_dir, rules_version;
  json options;
  int64_t messages = 0, findings = 0;
  bool include_quoted = false;
};

struct Side {
  std::string office, date, message_id, file, value, excerpt;
  int64_t line = 0, column = 0;
};
struct CrossOffice {
  std::string product, attribute, severity, message;
  std::vector<std::string> offices;
  std::vector<Side> sides;              // the ones shown
  std::map<std::string, int64_t> more;  // office -> sides not shown
};

struct Chart {
  std::vector<std::string> labels;                      // one per bar
  std::map<std::string, std::vector<int64_t>> by_kind;  // kind -> count per bar
  std::string unit;                                     // "month", "quarter", "year"
  int64_t undated = 0;
};

class Report {
 public:
  Report(sqlite3* db, int64_t run) : db_(db), run_(run) {}
  Status Build(std::string* out);

 private:
  Query Scoped(const std::string& tail) {
    Query q(db_, std::string(kScope) + tail);
    q.Bind(1, run_).Bind(2, static_cast<int64_t>(run_info_.include_quoted ? 1 : 0));
    return q;
  }
  bool Check(const Query& q) {
    if (status_.ok() && !q.status().ok()) status_ = q.status();
    return status_.ok();
  }
  std::string OfficeColor(const std::string& office) {
    auto it = office_colors_.find(office);
    if (it != office_colors_.end()) return it->second;
    if (office.empty() || office == "unknown") return kUnknownOffice;
    std::string c = kOfficeColors[office_colors_.size() % std::size(kOfficeColors)];
    office_colors_[office] = c;
    return c;
  }
  std::string FormatValue(const std::string& product, const std::string& attribute, const json& v);

  void LoadRun();
  void LoadCrossOffice();
  void Head();
  void Totals();
  void ChartSection();
  void CrossOfficeSection();
  void Matrix(const std::string& id, const std::string& title, const std::string& what,
              const std::map<std::string, std::map<std::string, int64_t>>& rows,
              const std::map<std::string, int64_t>* messages, const std::string& note);
  void OfficeSection();
  void ProductSection();
  void TopSection();
  Chart LoadChart();
  std::string Svg(const Chart& c);

  sqlite3* db_;
  int64_t run_;
  Status status_;
  RunInfo run_info_;
  std::vector<CrossOffice> cross_;
  int64_t cross_total_ = 0;
  std::map<std::string, std::string> office_colors_;
  std::map<std::pair<std::string, std::string>, std::string>
      kinds_;  // (product, attribute) -> kind
  std::string h_;
};

std::string Badge(const std::string& kind) {
  return "<span class=\"badge\" style=\"--k:" + std::string(KindColor(kind)) + "\">" + Esc(kind) +
         "</span>";
}

std::string Severity(const std::string& sev) {
  return "<span class=\"sev sev-" + Esc(sev) + "\">" + Esc(sev) + "</span>";
}

std::string Report::FormatValue(const std::string& product, const std::string& attribute,
                                const json& v) {
  auto key = std::make_pair(product, attribute);
  auto it = kinds_.find(key);
  if (it == kinds_.end()) {
    Query q(db_, "SELECT kind FROM claims WHERE product = ?1 AND attribute = ?2 LIMIT 1");
    q.Bind(1, product).Bind(2, attribute);
    it = kinds_.emplace(key, q.Step() ? q.Text(0) : std::string()).first;
    Check(q);
  }
  if (auto kind = claims::KindFromName(it->second)) {
    return ValueFromJson(v, *kind).ToString();
  }
  if (v.is_string()) return v.get<std::string>();
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

void Report::LoadRun() {
  Query q(db_,
          "SELECT id, started, finished, status, rules_dir, rules_version, options, messages, "
          "findings FROM runs WHERE id = ?1");
  q.Bind(1, run_);
  if (q.Step()) {
    run_info_.id = q.Int(0);
    run_info_.started = q.Text(1);
    run_info_.finished = q.Text(2);
    run_info_.status = q.Text(3);
    run_info_.rules_dir = q.Text(4);
    run_info_.rules_version = q.Text(5);
    run_info_.options = json::parse(q.Text(6), nullptr, false);
    if (!run_info_.options.is_object()) run_info_.options = json::object();
    run_info_.messages = q.Int(7);
    run_info_.findings = q.Int(8);
    auto iq = run_info_.options.find("include_quoted");
    run_info_.include_quoted = iq != run_info_.options.end() && iq->is_boolean() && iq->get<bool>();
  } else if (Check(q)) {
    status_ = Status::IOError("no run " + std::to_string(run_) + " in the audit database");
  }
  Check(q);
  // Offices get their colours in id order, so a page reads the same each time.
  Query o(db_, "SELECT DISTINCT office FROM messages WHERE office IS NOT NULL ORDER BY office");
  while (o.Step()) OfficeColor(o.Text(0));
  Check(o);
}

void Report::LoadCrossOffice() {
  Query n(db_,
          "SELECT count(*) FROM findings WHERE run_id = ?1 AND message IS NULL "
          "AND kind = 'cross-office'");
  n.Bind(1, run_);
  if (n.Step()) cross_total_ = n.Int(0);
  Check(n);
  // A finding of a large archive may hold thousands of sides (every message
  // of either office that disagrees, within the window): SQLite's JSON
  // functions walk them, and only the few shown are parsed here.
  Query q(db_,
          "SELECT id, product, attribute, severity, message_text, json_extract(json, '$.offices'), "
          "json_extract(json, '$.messages_total') "
          "FROM findings WHERE run_id = ?1 AND message IS NULL AND kind = 'cross-office' "
          "ORDER BY product, attribute, id LIMIT ?2");
  q.Bind(1, run_).Bind(2, static_cast<int64_t>(kMaxCrossOffice));
  Query sides(db_,
              "SELECT json_extract(value, '$.office'), value FROM json_each("
              "(SELECT json FROM findings WHERE id = ?1), '$.messages')");
  auto str = [](const json& s, const char* k) {
    auto it = s.find(k);
    return it != s.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto num = [](const json& s, const char* k) -> int64_t {
    auto it = s.find(k);
    return it != s.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
  };
  while (q.Step()) {
    CrossOffice x;
    x.product = q.Text(1);
    x.attribute = q.Text(2);
    x.severity = q.Text(3);
    x.message = q.Text(4);
    json offices = json::parse(q.Text(5), nullptr, false);
    if (offices.is_array()) {
      for (const auto& id : offices) {
        if (id.is_string()) x.offices.push_back(id.get<std::string>());
      }
    }
    // How many claims each office's side holds: listed in the finding or not
    // (audit --sides); older databases list them all.
    json totals = json::parse(q.Text(6), nullptr, false);
    // Per office, up to kSidesPerOffice sides in date order, a different
    // value first; the others are counted.
    std::map<std::string, std::vector<std::string>> raw;  // office -> side JSON, in order
    sides.Reset();
    sides.Bind(1, q.Int(0));
    while (sides.Step()) raw[sides.Text(0)].push_back(sides.Text(1));
    Check(sides);
    for (const auto& [office, list] : raw) {
      if (std::find(x.offices.begin(), x.offices.end(), office) == x.offices.end())
        x.offices.push_back(office);
      std::vector<Side> chosen;
      std::set<std::string> values;
      std::vector<bool> taken(list.size(), false);
      for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < list.size() && chosen.size() < kSidesPerOffice; ++i) {
          if (taken[i]) continue;
          json s = json::parse(list[i], nullptr, false);
          if (!s.is_object()) continue;
          std::string value =
              s.contains("value") ? FormatValue(x.product, x.attribute, s["value"]) : "";
          if (pass == 0 && values.count(value)) continue;
          taken[i] = true;
          values.insert(value);
          Side side;
          side.office = office;
          side.date = str(s, "date");
          side.message_id = str(s, "message_id");
          side.file = str(s, "file");
          side.excerpt = str(s, "excerpt");
          side.line = num(s, "line");
          side.column = num(s, "column");
          side.value = value;
          chosen.push_back(std::move(side));
        }
      }
      std::sort(chosen.begin(), chosen.end(),
                [](const Side& a, const Side& b) { return a.date < b.date; });
      int64_t total = static_cast<int64_t>(list.size());
      if (totals.is_object() && totals.contains(office) && totals[office].is_number_integer())
        total = std::max(total, totals[office].get<int64_t>());
      x.more[office] = total - static_cast<int64_t>(chosen.size());
      for (auto& c : chosen) x.sides.push_back(std::move(c));
    }
    cross_.push_back(std::move(x));
  }
  Check(q);
}

constexpr const char* kCss = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#dde3ea;--soft:#f4f6f9;--brand:#12355b}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);background:#fff;font:14px/1.5 system-ui,-apple-system,"Segoe UI",
Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",
"Meiryo",sans-serif}
.top{background:linear-gradient(120deg,#0f2a47,#1d4f82);color:#fff;padding:26px 40px 22px}
.top .brand{font-size:12px;letter-spacing:.16em;text-transform:uppercase;opacity:.75}
.top h1{margin:4px 0 6px;font-size:26px;font-weight:650}
.top .sub{margin:0;opacity:.9;font-size:13px;word-break:break-all}
.status{display:inline-block;padding:1px 9px;border-radius:10px;font-size:12px;font-weight:600;
background:#e8f5e9;color:#1b5e20;margin-left:6px;vertical-align:2px}
.status.interrupted,.status.running{background:#fff3e0;color:#8a4b00}
.status.failed{background:#ffebee;color:#b71c1c}
main{max-width:1240px;margin:0 auto;padding:8px 40px 40px}
nav{font-size:13px;color:var(--muted);margin:14px 0 0}
nav a{color:var(--brand);text-decoration:none;margin-right:14px}
section{margin-top:26px}
h2{font-size:18px;margin:0 0 10px;padding-bottom:6px;border-bottom:2px solid var(--brand);
color:var(--brand)}
h2 .count{font-weight:400;color:var(--muted);font-size:14px;margin-left:6px}
p.note{color:var(--muted);font-size:12.5px;margin:6px 0 0}
dl.run{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:3px 16px;
margin:14px 0 0;font-size:13px}
dl.run dt{color:var(--muted)}dl.run dd{margin:0;word-break:break-all}
.cards{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;background:var(--soft)}
.card .n{font-size:24px;font-weight:650;line-height:1.2}
.card .l{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.card.err .n{color:#c62828}.card.warn .n{color:#b36b00}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;color:#344050;font-size:12px}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.z{color:#c3cad3}
table.ks{width:auto;min-width:620px;margin-top:12px}table.ks th.n,table.ks td.n{min-width:90px}
tr.total td{font-weight:650;border-top:2px solid var(--line)}
tbody tr:nth-child(even){background:#fafbfc}
.badge{display:inline-block;white-space:nowrap;font-size:11.5px;font-weight:600;padding:0 7px;
border-radius:9px;color:#fff;background:var(--k)}
th .sw{display:inline-block;width:9px;height:9px;border-radius:2px;background:var(--k);
margin-right:4px}
.sev{font-size:11.5px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.sev-error{color:#c62828}.sev-warning{color:#b36b00}.sev-info{color:#546e7a}
table.xo{table-layout:fixed}
table.xo th.subj{width:24%}
table.xo td.subj .p{font-weight:650;font-size:14px}
table.xo td.subj .a{color:var(--muted)}
table.xo td.subj .m{font-size:12px;color:var(--muted);margin-top:6px}
table.xo th.office{border-top:3px solid var(--c);font-size:13px}
.side{border-left:3px solid var(--c);padding:2px 0 2px 10px;margin:2px 0 10px}
.side:last-child{margin-bottom:2px}
.val{display:inline-block;font-weight:700;font-size:14px;padding:1px 8px;border-radius:5px;
background:var(--t);border:1px solid var(--c);color:#111}
.meta{font-size:12px;color:var(--muted);margin:3px 0}
.more{font-size:12px;color:var(--muted);font-style:italic;padding-left:13px}
.mid{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:11.5px;
word-break:break-all;color:#44505e}
blockquote{margin:4px 0 0;padding:6px 10px;background:var(--soft);border-radius:5px;
font-size:13px;white-space:pre-wrap;word-break:break-word}
mark{background:#fff1a8;color:inherit;padding:0 1px;border-radius:2px}
.chart{border:1px solid var(--line);border-radius:8px;padding:8px 10px 4px}
.chart svg{display:block;width:100%;height:auto}
.empty{color:var(--muted);font-style:italic}
table.tops td.ex{font-size:12.5px}
footer{margin-top:34px;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);
font-size:12px}
@media print{
 .top{background:#fff;color:var(--ink);border-bottom:3px solid var(--brand);padding:0 0 10px}
 main{padding:0;max-width:none}nav{display:none}
 section{break-inside:auto}h2{break-after:avoid}
 tr,.card,.chart{break-inside:avoid}
 body{font-size:11.5px}
}
@media (max-width:900px){.cards{grid-template-columns:repeat(3,1fr)}}
)css";

void Report::Head() {
  const RunInfo& r = run_info_;
  std::string sources;
  if (auto s = r.options.find("sources"); s != r.options.end() && s->is_array()) {
    for (const auto& src : *s) {
      if (!src.is_string()) continue;
      sources += (sources.empty() ? "" : ", ") + src.get<std::string>();
    }
  }
  h_ +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"onevoice\">\n<title>onevoice audit report \xE2\x80\x94 "
      "run " +
      std::to_string(r.id) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
  h_ += "<header class=\"top\"><div class=\"brand\">onevoice \xC2\xB7 archive audit</div>\n";
  h_ += "<h1>Audit report \xE2\x80\x94 run " + std::to_string(r.id) + "<span class=\"status " +
        Esc(r.status) + "\">" + Esc(r.status) + "</span></h1>\n";
  h_ += "<p class=\"sub\">" +
        (sources.empty() ? std::string("(no sources recorded)") : Esc(sources)) +
        "</p></header>\n<main>\n";
  h_ +=
      "<nav><a href=\"#totals\">Totals</a><a href=\"#timeline\">Over time</a>"
      "<a href=\"#cross-office\">Cross-office</a><a href=\"#by-office\">By office</a>"
      "<a href=\"#by-product\">By product</a><a href=\"#top\">Top findings</a></nav>\n";
  std::string version = r.rules_version.size() > 16 ? r.rules_version.substr(0, 16) + "\xE2\x80\xA6"
                                                    : r.rules_version;
  std::string window;
  if (auto w = r.options.find("window"); w != r.options.end() && w->is_number_integer()) {
    window = std::to_string(w->get<int>()) + " days";
  }
  std::string flags;
  if (auto o = r.options.find("office");
      o != r.options.end() && o->is_string() && !o->get<std::string>().empty())
    flags += "--office " + o->get<std::string>() + " ";
  if (auto a = r.options.find("as_of");
      a != r.options.end() && a->is_string() && !a->get<std::string>().empty())
    flags += "--as-of " + a->get<std::string>() + " ";
  if (r.include_quoted) flags += "--include-quoted";
  h_ += "<dl class=\"run\"><dt>Rules</dt><dd>" + Esc(r.rules_dir) +
        "</dd><dt>Rules version</dt><dd>" + "<span class=\"mid\" title=\"" + Esc(r.rules_version) +
        "\">" + Esc(version) + "</span></dd>" + "<dt>Started</dt><dd>" + Esc(r.started) +
        "</dd><dt>Finished</dt><dd>" + Esc(r.finished.empty() ? "\xE2\x80\x94" : r.finished) +
        "</dd>" + "<dt>This run</dt><dd>" + Num(r.messages) + " messages checked, " +
        Num(r.findings) + " findings reported</dd><dt>Cross-office window</dt><dd>" +
        Esc(window.empty() ? "\xE2\x80\x94" : window) +
        (flags.empty() ? "" : " \xC2\xB7 " + Esc(flags)) + "</dd></dl>\n";
}

void Report::Totals() {
  int64_t messages = 0, unreadable = 0, claims = 0;
  std::string first, last;
  {
    Query q(db_,
            "SELECT count(*), count(unreadable), min(date), max(date) FROM messages WHERE run_id "
            "<= ?1");
    q.Bind(1, run_);
    if (q.Step()) {
      messages = q.Int(0);
      unreadable = q.Int(1);
      first = q.Text(2);
      last = q.Text(3);
    }
    Check(q);
    Query c(
        db_,
        "SELECT count(*) FROM claims c JOIN messages m ON m.id = c.message WHERE m.run_id <= ?1");
    c.Bind(1, run_);
    if (c.Step()) claims = c.Int(0);
    Check(c);
  }
  std::map<std::string, std::map<std::string, int64_t>> ks;  // kind -> severity -> n
  int64_t total = 0, errors = 0, warnings = 0;
  {
    Query q = Scoped("SELECT kind, severity, count(*) FROM sf GROUP BY kind, severity");
    while (q.Step()) {
      int64_t n = q.Int(2);
      ks[q.Text(0)][q.Text(1)] += n;
      total += n;
      if (q.Text(1) == "error") errors += n;
      if (q.Text(1) == "warning") warnings += n;
    }
    Check(q);
  }
  h_ += "<section id=\"totals\"><h2>Totals</h2>\n<div class=\"cards\">";
  auto card = [&](const char* cls, const std::string& n, const char* label) {
    h_ += std::string("<div class=\"card ") + cls + "\"><div class=\"n\">" + n +
          "</div><div class=\"l\">" + label + "</div></div>";
  };
  card("", Num(messages), "messages");
  card(unreadable ? "warn" : "", Num(unreadable), "unreadable");
  card("", Num(claims), "claims");
  card("", Num(total), "findings");
  card(errors ? "err" : "", Num(errors), "errors");
  card(warnings ? "warn" : "", Num(warnings), "warnings");
  h_ += "</div>\n";
  if (!first.empty()) {
    h_ += "<p class=\"note\">Messages dated " + Esc(first) + " to " + Esc(last) + ".";
  } else {
    h_ += "<p class=\"note\">";
  }
  if (!run_info_.include_quoted)
    h_ += " Findings in quoted reply text are not counted (run without --include-quoted).";
  h_ += "</p>\n";
  // Kind × severity.
  std::vector<std::string> kinds;
  for (const auto& [k, _] : ks) kinds.push_back(k);
  std::sort(kinds.begin(), kinds.end(), [](const std::string& a, const std::string& b) {
    return KindRank(a) != KindRank(b) ? KindRank(a) < KindRank(b) : a < b;
  });
  const char* sevs[] = {"error", "warning", "info"};
  h_ += "<table class=\"ks\"><thead><tr><th>Finding kind</th>";
  for (const char* s : sevs) h_ += std::string("<th class=\"n\">") + s + "</th>";
  h_ += "<th class=\"n\">total</th></tr></thead><tbody>";
  if (kinds.empty()) h_ += "<tr><td colspan=\"5\" class=\"empty\">No findings.</td></tr>";
  for (const auto& k : kinds) {
    int64_t sum = 0;
    h_ += "<tr><td>" + Badge(k) + "</td>";
    for (const char* s : sevs) {
      int64_t n = ks[k].count(s) ? ks[k][s] : 0;
      sum += n;
      h_ += n ? "<td class=\"n\">" + Num(n) + "</td>" : "<td class=\"n z\">0</td>";
    }
    h_ += "<td class=\"n\"><b>" + Num(sum) + "</b></td></tr>";
  }
  h_ += "</tbody></table></section>\n";
}

Chart Report::LoadChart() {
  Chart c;
  std::map<int, std::map<std::string, int64_t>> months;  // year*12+month-1 -> kind -> n
  Query q = Scoped(
      "SELECT substr(date, 1, 7), kind, count(*) FROM sf "
      "WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]*' GROUP BY 1, 2");
  while (q.Step()) {
    std::string ym = q.Text(0);
    int y = std::atoi(ym.substr(0, 4).c_str()), m = std::atoi(ym.substr(5, 2).c_str());
    if (m < 1 || m > 12) {
      c.undated += q.Int(2);
      continue;
    }
    months[y * 12 + m - 1][q.Text(1)] += q.Int(2);
  }
  Check(q);
  Query u = Scoped(
      "SELECT count(*) FROM sf WHERE date IS NULL OR NOT date GLOB "
      "'[0-9][0-9][0-9][0-9]-[0-1][0-9]*'");
  if (u.Step()) c.undated += u.Int(0);
  Check(u);
  if (months.empty()) return c;
  int lo = months.begin()->first, hi = months.rbegin()->first;
  // Bins: months while there are at most 48 of them, then quarters, then years.
  int span = hi - lo + 1;
  int per = span <= 48 ? 1 : span <= 144 ? 3 : 12;
  c.unit = per == 1 ? "month" : per == 3 ? "quarter" : "year";
  int first_bin = lo / per, last_bin = hi / per;
  for (int b = first_bin; b <= last_bin; ++b) {
    int y = b * per / 12, m = b * per % 12 + 1;
    char buf[16];
    if (per == 1)
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else if (per == 3)
      std::snprintf(buf, sizeof buf, "%04d Q%d", y, (m - 1) / 3 + 1);
    else
      std::snprintf(buf, sizeof buf, "%04d", y);
    c.labels.push_back(buf);
  }
  for (const auto& [mi, kinds] : months) {
    size_t bin = static_cast<size_t>(mi / per - first_bin);
    for (const auto& [k, n] : kinds) {
      auto& v = c.by_kind[k];
      v.resize(c.labels.size());
      v[bin] += n;
    }
  }
  return c;
}

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Report::Svg(const Chart& c) {
  const double W = 1160, H = 340, ml = 56, mr = 16, mt = 44, mb = 46;
  const double pw = W - ml - mr, ph = H - mt - mb;
  size_t n = c.labels.size();
  std::vector<int64_t> totals(n, 0);
  for (const auto& [k, v] : c.by_kind) {
    for (size_t i = 0; i < n; ++i) totals[i] += v[i];
  }
  int64_t max = std::max<int64_t>(1, *std::max_element(totals.begin(), totals.end()));
  // A "nice" step (1, 2, 5 × 10^k) giving at most 6 ticks.
  double step = 1;
  for (double mag = 1;; mag *= 10) {
    if (max / mag <= 6) {
      step = mag;
      break;
    }
    if (max / (2 * mag) <= 6) {
      step = 2 * mag;
      break;
    }
    if (max / (5 * mag) <= 6) {
      step = 5 * mag;
      break;
    }
  }
  double top = std::ceil(max / step) * step;
  std::vector<std::string> kinds;
  for (const auto& [k, _] : c.by_kind) kinds.push_back(k);
  std::sort(kinds.begin(), kinds.end(),
            [](const std::string& a, const std::string& b) { return KindRank(a) < KindRank(b); });
  std::string s = "<svg viewBox=\"0 0 " + Fmt(W) + " " + Fmt(H) +
                  "\" role=\"img\" aria-label=\"Findings per " + c.unit +
                  " by kind\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n";
  // Legend.
  double lx = ml;
  for (const auto& k : kinds) {
    s += "<rect x=\"" + Fmt(lx) + "\" y=\"12\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" +
         KindColor(k) + "\"/><text x=\"" + Fmt(lx + 17) + "\" y=\"22.5\" fill=\"#344050\">" +
         Esc(k) + "</text>\n";
    lx += 17 + 7.2 * static_cast<double>(k.size()) + 22;
  }
  // Grid and y axis.
  for (double v = 0; v <= top + 1e-9; v += step) {
    double y = mt + ph - v / top * ph;
    s += "<line x1=\"" + Fmt(ml) + "\" x2=\"" + Fmt(W - mr) + "\" y1=\"" + Fmt(y) + "\" y2=\"" +
         Fmt(y) + "\" stroke=\"" + (v == 0 ? "#8a96a3" : "#e3e8ee") + "\"/>";
    s += "<text x=\"" + Fmt(ml - 8) + "\" y=\"" + Fmt(y + 4) +
         "\" text-anchor=\"end\" fill=\"#5b6675\">" + Num(static_cast<int64_t>(v)) + "</text>\n";
  }
  s += "<text transform=\"translate(14," + Fmt(mt + ph / 2) +
       ") rotate(-90)\" text-anchor=\"middle\" fill=\"#5b6675\">findings</text>\n";
  // Bars.
  double band = pw / static_cast<double>(n);
  double bw = std::min(band * 0.72, 56.0);
  size_t label_every = static_cast<size_t>(std::max(1.0, std::ceil(64.0 / band)));
  for (size_t i = 0; i < n; ++i) {
    double x = ml + band * static_cast<double>(i) + (band - bw) / 2;
    double y = mt + ph;
    for (const auto& k : kinds) {
      int64_t v = c.by_kind.at(k)[i];
      if (!v) continue;
      double h = static_cast<double>(v) / top * ph;
      y -= h;
      s += "<rect x=\"" + Fmt(x) + "\" y=\"" + Fmt(y) + "\" width=\"" + Fmt(bw) + "\" height=\"" +
           Fmt(h) + "\" fill=\"" + KindColor(k) + "\"><title>" + Esc(c.labels[i]) + " \xC2\xB7 " +
           Esc(k) + ": " + Num(v) + "</title></rect>";
    }
    if (totals[i] && band >= 22) {
      s += "<text x=\"" + Fmt(x + bw / 2) + "\" y=\"" + Fmt(y - 4) +
           "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#344050\">" + Num(totals[i]) +
           "</text>";
    }
    if (i % label_every == 0) {
      s += "<line x1=\"" + Fmt(x + bw / 2) + "\" x2=\"" + Fmt(x + bw / 2) + "\" y1=\"" +
           Fmt(mt + ph) + "\" y2=\"" + Fmt(mt + ph + 4) + "\" stroke=\"#8a96a3\"/><text x=\"" +
           Fmt(x + bw / 2) + "\" y=\"" + Fmt(mt + ph + 18) +
           "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6675\">" + Esc(c.labels[i]) +
           "</text>";
    }
    s += "\n";
  }
  s += "<text x=\"" + Fmt(ml + pw / 2) + "\" y=\"" + Fmt(H - 6) +
       "\" text-anchor=\"middle\" fill=\"#5b6675\">" + Esc(c.unit) + " (message date)</text>\n";
  s += "</svg>";
  return s;
}

void Report::ChartSection() {
  Chart c = LoadChart();
  h_ += "<section id=\"timeline\"><h2>Findings over time</h2>\n<div class=\"chart\">";
  if (c.labels.empty()) {
    h_ += "<p class=\"empty\">No dated findings to chart.</p>";
  } else {
    h_ += Svg(c);
  }
  h_ += "</div>\n<p class=\"note\">Stacked by finding kind, per " +
        (c.unit.empty() ? std::string("month") : c.unit) +
        " of each message\xE2\x80\x99s own Date header; cross-office findings are dated by their "
        "earlier "
        "message.";
  if (c.undated) h_ += " " + Num(c.undated) + " findings without a usable date are not charted.";
  h_ += "</p></section>\n";
}

void Report::CrossOfficeSection() {
  h_ += "<section id=\"cross-office\"><h2>Cross-office conflicts<span class=\"count\">" +
        Num(cross_total_) + " in this run</span></h2>\n";
  if (cross_.empty()) {
    h_ +=
        "<p class=\"empty\">No two offices told customers conflicting values in this "
        "run.</p></section>\n";
    return;
  }
  h_ +=
      "<p class=\"note\" style=\"margin:0 0 8px\">Two offices stated values for the same product "
      "and "
      "attribute that cannot both be right, within the window. Each side shows what that office "
      "wrote, when, and in which message.</p>\n";
  h_ +=
      "<table class=\"xo\"><thead><tr><th class=\"subj\">Product \xC2\xB7 attribute</th>"
      "<th>First office</th><th>Second office</th></tr></thead><tbody>\n";
  for (const auto& x : cross_) {
    h_ += "<tr><td class=\"subj\"><div class=\"p\">" + Esc(x.product) + "</div><div class=\"a\">" +
          Esc(Human(x.attribute)) + "</div><div style=\"margin-top:4px\">" + Badge("cross-office") +
          " " + Severity(x.severity) + "</div><div class=\"m\">" + Esc(x.message) + "</div></td>";
    // One column per office (the first two; a third, if ever, joins the second).
    std::vector<std::string> cols = x.offices;
    if (cols.empty()) cols.push_back("");
    if (cols.size() == 1) cols.push_back("");
    for (size_t ci = 0; ci < 2; ++ci) {
      std::string color = cols[ci].empty() ? "#90a4ae" : OfficeColor(cols[ci]);
      h_ += "<td style=\"--c:" + color + ";--t:" + color + "22\">";
      h_ += "<div style=\"font-weight:650;margin-bottom:4px;color:" + color + "\">" +
            Esc(cols[ci].empty() ? "\xE2\x80\x94" : cols[ci]) + "</div>";
      for (const auto& side : x.sides) {
        bool here = ci == 0 ? side.office == cols[0] : side.office != cols[0];
        if (!here) continue;
        h_ += "<div class=\"side\"><span class=\"val\">" + Esc(side.value) + "</span>";
        h_ += "<div class=\"meta\">" + Esc(side.date.empty() ? "undated" : side.date);
        if (ci == 1 && cols.size() > 2) h_ += " \xC2\xB7 " + Esc(side.office);
        if (side.line)
          h_ += " \xC2\xB7 line " + std::to_string(side.line) + ":" + std::to_string(side.column);
        h_ += "</div>";
        if (!side.message_id.empty())
          h_ += "<div class=\"mid\">&lt;" + Esc(side.message_id) + "&gt;</div>";
        h_ += "<blockquote>" + Excerpt(side.excerpt, "") + "</blockquote></div>";
      }
      int64_t more = 0;
      for (const auto& [office, n] : x.more) {
        if (ci == 0 ? office == cols[0] : office != cols[0]) more += n;
      }
      if (more > 0) {
        h_ += "<div class=\"more\">and " + Num(more) + " more message" + (more == 1 ? "" : "s") +
              " in the database</div>";
      }
      h_ += "</td>";
    }
    h_ += "</tr>\n";
  }
  h_ += "</tbody></table>\n";
  if (cross_total_ > static_cast<int64_t>(cross_.size())) {
    h_ += "<p class=\"note\">Showing the first " + Num(static_cast<int64_t>(cross_.size())) +
          " of " + Num(cross_total_) +
          "; the rest are in the database (findings where kind = 'cross-office' and run_id = " +
          std::to_string(run_) + ").</p>\n";
  }
  h_ += "</section>\n";
}

void Report::Matrix(const std::string& id, const std::string& title, const std::string& what,
                    const std::map<std::string, std::map<std::string, int64_t>>& rows,
                    const std::map<std::string, int64_t>* messages, const std::string& note) {
  std::set<std::string> kind_set;
  for (const auto& [_, ks] : rows) {
    for (const auto& [k, __] : ks) kind_set.insert(k);
  }
  std::vector<std::string> kinds(kind_set.begin(), kind_set.end());
  std::sort(kinds.begin(), kinds.end(),
            [](const std::string& a, const std::string& b) { return KindRank(a) < KindRank(b); });
  h_ +=
      "<section id=\"" + id + "\"><h2>" + title + "</h2>\n<table><thead><tr><th>" + what + "</th>";
  if (messages) h_ += "<th class=\"n\">messages</th>";
  for (const auto& k : kinds) {
    h_ += "<th class=\"n\"><span class=\"sw\" style=\"--k:" + std::string(KindColor(k)) +
          "\"></span>" + Esc(k) + "</th>";
  }
  h_ += "<th class=\"n\">findings</th></tr></thead><tbody>";
  if (rows.empty()) {
    h_ += "<tr><td colspan=\"" + std::to_string(kinds.size() + 3) +
          "\" class=\"empty\">No findings.</td></tr>";
  }
  // Rows by number of findings, most first.
  std::vector<std::pair<int64_t, std::string>> order;
  for (const auto& [name, ks] : rows) {
    int64_t sum = 0;
    for (const auto& [k, n] : ks) sum += n;
    order.push_back({-sum, name});
  }
  std::sort(order.begin(), order.end());
  for (const auto& [neg, name] : order) {
    const auto& ks = rows.at(name);
    h_ += "<tr><td>" +
          (name.empty() ? std::string("<span class=\"empty\">(none)</span>") : Esc(name)) + "</td>";
    if (messages) {
      auto it = messages->find(name);
      h_ += "<td class=\"n\">" + Num(it == messages->end() ? 0 : it->second) + "</td>";
    }
    for (const auto& k : kinds) {
      auto it = ks.find(k);
      h_ += it == ks.end() ? "<td class=\"n z\">0</td>"
                           : "<td class=\"n\">" + Num(it->second) + "</td>";
    }
    h_ += "<td class=\"n\"><b>" + Num(-neg) + "</b></td></tr>";
  }
  h_ += "</tbody></table>";
  if (!note.empty()) h_ += "<p class=\"note\">" + note + "</p>";
  h_ += "</section>\n";
}

void Report::OfficeSection() {
  std::map<std::string, std::map<std::string, int64_t>> rows;
  Query q = Scoped(
      "SELECT coalesce(office, ''), kind, count(*) FROM sf WHERE kind != 'cross-office' GROUP BY "
      "1, 2");
  while (q.Step()) rows[q.Text(0)][q.Text(1)] += q.Int(2);
  Check(q);
  // A cross-office finding counts once for each office it involves.
  Query x(db_,
          "SELECT o.value, count(*) FROM findings f, json_each(f.json, '$.offices') o "
          "WHERE f.run_id = ?1 AND f.message IS NULL AND f.kind = 'cross-office' GROUP BY 1");
  x.Bind(1, run_);
  while (x.Step()) rows[x.Text(0)]["cross-office"] += x.Int(1);
  Check(x);
  std::map<std::string, int64_t> messages;
  Query m(db_, "SELECT coalesce(office, ''), count(*) FROM messages WHERE run_id <= ?1 GROUP BY 1");
  m.Bind(1, run_);
  while (m.Step()) messages[m.Text(0)] = m.Int(1);
  Check(m);
  for (const auto& [o, _] : messages) rows[o];  // offices with messages and no findings too
  Matrix("by-office", "Findings by office", "Office", rows, &messages,
         "The office is the sender\xE2\x80\x99s (quoted text belongs to the quoted "
         "author\xE2\x80\x99s office); "
         "\xE2\x80\x9Cunknown\xE2\x80\x9D are senders outside the company. A cross-office finding "
         "counts "
         "once for each of its two offices.");
}

void Report::ProductSection() {
  std::map<std::string, std::map<std::string, int64_t>> rows;
  Query q = Scoped("SELECT coalesce(product, ''), kind, count(*) FROM sf GROUP BY 1, 2");
  while (q.Step()) rows[q.Text(0)][q.Text(1)] += q.Int(2);
  Check(q);
  Matrix("by-product", "Findings by product", "Product", rows, nullptr,
         "(none): findings tied to no product \xE2\x80\x94 phrase rules, unreadable messages.");
}

void Report::TopSection() {
  // The same wrong value from the same office is one row, counted; the row
  // shows its latest occurrence.
  Query q = Scoped(
      "SELECT kind, severity, coalesce(office, ''), coalesce(product, ''), coalesce(attribute, "
      "''), "
      "found_text, count(*) AS n, max(coalesce(date, '')) AS last, message_id, excerpt, "
      "message_text, "
      "source FROM sf WHERE kind IN ('conflict', 'stale', 'office-variant') "
      "GROUP BY kind, office, product, attribute, found_json "
      "ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, n DESC, last "
      "DESC "
      "LIMIT ?3");
  q.Bind(3, static_cast<int64_t>(kMaxTopFindings));
  h_ +=
      "<section id=\"top\"><h2>Top findings</h2>\n<p class=\"note\" style=\"margin:0 0 "
      "8px\">Conflicts, "
      "stale values and office variants, errors first, then by how often the same value was sent "
      "by the "
      "same office; each row shows its latest occurrence.</p>\n<table class=\"tops\"><thead><tr>"
      "<th style=\"width:11%\">Kind</th><th style=\"width:8%\">Office</th><th "
      "style=\"width:9%\">Date</th>"
      "<th style=\"width:25%\">Finding</th><th>Excerpt</th><th class=\"n\" "
      "style=\"width:5%\">times</th>"
      "</tr></thead><tbody>\n";
  int rows = 0;
  while (q.Step()) {
    ++rows;
    std::string kind = q.Text(0), sev = q.Text(1);
    h_ += "<tr><td>" + Badge(kind) + "<br>" + Severity(sev) +
          "</td><td style=\"color:" + OfficeColor(q.Text(2)) + ";font-weight:600\">" +
          Esc(q.Text(2)) + "</td><td>" + Esc(q.Text(7)) + "</td><td><b>" + Esc(q.Text(3)) +
          "</b> \xC2\xB7 " + Esc(Human(q.Text(4))) + "<div class=\"meta\">" + Esc(q.Text(10)) +
          "</div>";
    if (!q.Text(8).empty()) h_ += "<div class=\"mid\">&lt;" + Esc(q.Text(8)) + "&gt;</div>";
    h_ += "</td><td class=\"ex\">" + Excerpt(q.Text(9), q.Text(5)) + "</td><td class=\"n\">" +
          Num(q.Int(6)) + "</td></tr>\n";
  }
  Check(q);
  if (!rows)
    h_ +=
        "<tr><td colspan=\"6\" class=\"empty\">No conflict, stale or office-variant "
        "findings.</td></tr>";
  h_ += "</tbody></table></section>\n";
}

Status Report::Build(std::string* out) {
  LoadRun();
  if (!status_.ok()) return status_;
  LoadCrossOffice();
  Head();
  Totals();
  ChartSection();
  CrossOfficeSection();
  OfficeSection();
  ProductSection();
  TopSection();
  Query v(db_, "SELECT value FROM meta WHERE key = 'schema_version'");
  std::string schema = v.Step() ? v.Text(0) : "?";
  h_ += "<footer>Generated by onevoice from the audit database (schema version " + Esc(schema) +
        "). Every figure can be queried there: tables runs, messages, claims, findings.</footer>\n"
        "</main>\n</body>\n</html>\n";
  if (!status_.ok()) return status_;
  *out = std::move(h_);
  return Status::Ok();
}

}  // namespace

Status WriteHtmlReport(sqlite3* db, int64_t run, const std::string& path) {
  std::string html;
  Report report(db, run);
  if (Status s = report.Build(&html); !s.ok()) return s;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IOError("cannot write " + path);
  bool ok = std::fwrite(html.data(), 1, html.size(), f) == html.size();
  ok = std::fclose(f) == 0 && ok;
  return ok ? Status::Ok() : Status::IOError("cannot write " + path);
}

}  // namespace onevoice::report
