#include "report/json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace onevoice::report {

using nlohmann::json;

namespace {

json Number(double v) {
  if (std::fabs(v - std::llround(v)) < 1e-9 && std::fabs(v) < 9e15) return json(static_cast<long long>(std::llround(v)));
  return json(v);
}

json Tax(claims::Tax t) {
  if (t == claims::Tax::kUnstated) return json(nullptr);
  return json(std::string(claims::TaxName(t)));
}

json Location(const check::Location& w) {
  json j;
  j["file"] = w.file;
  j["message_id"] = w.message_id.empty() ? json(nullptr) : json(w.message_id);
  j["part"] = w.part;
  j["line"] = w.line;
  j["column"] = w.column;
  j["end_line"] = w.end_line;
  j["end_column"] = w.end_column;
  return j;
}

// ---- JSON text written directly (FindingJsonText, ClaimJsonText). Keys go
// in std::map order, as nlohmann's objects keep them.

// Well-formed UTF-8 (Unicode Table 3-7): what nlohmann's decoder accepts.
bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
      return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(1, lo, hi) || !cont(2)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

class Text {
 public:
  // `invalid`: what nlohmann does with a string that is not UTF-8, as the
  // dump this text stands for was asked to.
  explicit Text(json::error_handler_t invalid = json::error_handler_t::replace) : invalid_(invalid) {}
  std::string Take() { return std::move(out_); }

  void Str(std::string_view s) {
    if (!ValidUtf8(s)) {
      out_ += json(std::string(s)).dump(-1, ' ', false, invalid_);
      return;
    }
    out_ += '"';
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }
  void StrOrNull(std::string_view s) {
    if (s.empty()) {
      Null();
    } else {
      Str(s);
    }
  }
  void Int(long long v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  // As Number() above stores it: an integer when it is one.
  void Num(double v) {
    if (std::fabs(v - std::llround(v)) < 1e-9 && std::fabs(v) < 9e15) {
      Int(std::llround(v));
    } else {
      out_ += json(v).dump();
    }
  }
  void Bool(bool b) { out_ += b ? "true" : "false"; }
  void Null() { out_ += "null"; }
  void Tax(claims::Tax t) {
    if (t == claims::Tax::kUnstated) {
      Null();
    } else {
      Str(claims::TaxName(t));
    }
  }

  // `key` (plain ASCII, no escapes) and its colon; a comma before all but
  // the first key of an object.
  void Key(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += key;
    out_ += "\":";
  }
  void Open() {
    out_ += '{';
    first_ = true;
  }
  void Close() {
    out_ += '}';
    first_ = false;
  }
  void OpenArray() {
    out_ += '[';
    first_ = true;
  }
  void CloseArray() {
    out_ += ']';
    first_ = false;
  }
  void Colon() { out_ += ':'; }
  void Comma() {
    if (!first_) out_ += ',';
    first_ = false;
  }

  // ValueJson(v), written.
  // The "expected" member of a finding: null, one value, or a list (a
  // set's members, or several values).
  void Expected(const std::vector<claims::Value>& expected) {
    if (expected.empty()) {
      Null();
    } else if (expected.size() == 1 && expected[0].kind != claims::Kind::kSet) {
      Value(expected[0]);
    } else {
      OpenArray();
      for (const auto& v : expected) Comma(), Value(v);
      CloseArray();
    }
  }

  void Value(const claims::Value& v) {
    using claims::Kind;
    auto range = [&](std::string_view unit) {
      Open();
      Key("max"), Num(v.amount_max);
      Key("min"), Num(v.amount);
      Key("unit"), Str(unit);
      Close();
    };
    switch (v.kind) {
      case Kind::kSet: Str(v.member); return;
      case Kind::kBoolean: Bool(v.truth); return;
      case Kind::kDate:
        if (!v.date_max.empty() && v.date_max != v.date) {
          Open();
          Key("max"), Str(v.date_max);
          Key("min"), Str(v.date);
          Close();
        } else {
          Str(v.date);
        }
        return;
      case Kind::kMoney:
        Open();
        if (v.bound == claims::Bound::kRange) {
          Key("max"), Num(v.amount_max);
          Key("min"), Num(v.amount);
          Key("per"), StrOrNull(v.per);
          Key("tax"), Tax(v.tax);
          Key("unit"), Str(v.currency);
        } else {
          Key("amount"), Num(v.amount);
          Key("currency"), Str(v.currency);
          Key("per"), StrOrNull(v.per);
          Key("tax"), Tax(v.tax);
        }
        Close();
        return;
      case Kind::kDuration:
        if (v.bound == claims::Bound::kRange) return range(v.unit);
        Open();
        Key("amount"), Num(v.amount);
        Key("unit"), Str(v.unit);
        Close();
        return;
      case Kind::kDataSize:
        if (v.bound == claims::Bound::kRange) return range("bytes");
        return Num(v.amount);
      case Kind::kPercent:
        if (v.bound == claims::Bound::kRange) return range("percent");
        return Num(v.amount);
      case Kind::kCount:
        if (v.bound == claims::Bound::kRange) return range(v.unit);
        return Num(v.amount);
    }
    Null();
  }

 private:
  std::string out_;
  bool first_ = true;
  json::error_handler_t invalid_;
};

}  // namespace

json ValueJson(const claims::Value& v) {
  using claims::Kind;
  switch (v.kind) {
    case Kind::kSet: return v.member;
    case Kind::kBoolean: return v.truth;
    case Kind::kDate:
      if (!v.date_max.empty() && v.date_max != v.date) return json{{"min", v.date}, {"max", v.date_max}};
      return v.date;
    case Kind::kMoney: {
      json j{{"amount", Number(v.amount)}, {"currency", v.currency}, {"per", v.per.empty() ? json(nullptr) : json(v.per)},
             {"tax", Tax(v.tax)}};
      if (v.bound == claims::Bound::kRange) {
        j = json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", v.currency},
                 {"per", v.per.empty() ? json(nullptr) : json(v.per)}, {"tax", Tax(v.tax)}};
      }
      return j;
    }
    case Kind::kDuration:
      if (v.bound == claims::Bound::kRange) return json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", v.unit}};
      return json{{"amount", Number(v.amount)}, {"unit", v.unit}};
    case Kind::kDataSize:
      if (v.bound == claims::Bound::kRange) return json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", "bytes"}};
      return Number(v.amount);
    case Kind::kPercent:
      if (v.bound == claims::Bound::kRange) return json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", "percent"}};
      return Number(v.amount);
    case Kind::kCount:
      if (v.bound == claims::Bound::kRange) return json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", v.unit}};
      return Number(v.amount);
  }
  return nullptr;
}

claims::Value ValueFromJson(const json& j, claims::Kind kind) {
  claims::Value v;
  v.kind = kind;
  auto num = [](const json& x) { return x.is_number() ? x.get<double>() : 0.0; };
  switch (kind) {
    case claims::Kind::kSet: v.member = j.is_string() ? j.get<std::string>() : ""; break;
    case claims::Kind::kBoolean: v.truth = j.is_boolean() && j.get<bool>(); break;
    case claims::Kind::kDate:
      if (j.is_string()) v.date = j.get<std::string>();
      else if (j.is_object()) {
        v.date = j.value("min", "");
        v.date_max = j.value("max", "");
      }
      break;
    default:
      if (j.is_number()) {
        v.amount = num(j);
      } else if (j.is_object()) {
        if (j.contains("min")) {
          v.bound = claims::Bound::kRange;
          v.amount = num(j["min"]);
          v.amount_max = num(j["max"]);
        } else {
          v.amount = num(j.value("amount", json(0)));
        }
        if (kind == claims::Kind::kDuration || kind == claims::Kind::kCount) v.unit = j.value("unit", "");
        if (kind == claims::Kind::kMoney) {
          v.currency = j.contains("currency") ? j.value("currency", "") : j.value("unit", "");
          v.per = j.contains("per") && j["per"].is_string() ? j["per"].get<std::string>() : "";
          std::string tax = j.contains("tax") && j["tax"].is_string() ? j["tax"].get<std::string>() : "";
          v.tax = tax == "included" ? claims::Tax::kIncluded : tax == "excluded" ? claims::Tax::kExcluded : claims::Tax::kUnstated;
        }
      }
  }
  return v;
}

json FindingJson(const check::Finding& f) {
  json j = Location(f.where);
  j["type"] = "finding";
  j["kind"] = std::string(check::KindName(f.kind));
  j["severity"] = std::string(claims::SeverityName(f.severity));
  j["rule"] = f.rule.empty() ? json(nullptr) : json(f.rule);
  j["product"] = f.product.empty() ? json(nullptr) : json(f.product);
  j["attribute"] = f.attribute.empty() ? json(nullptr) : json(f.attribute);
  json found{{"text", f.found_text}};
  found["value"] = f.found ? ValueJson(*f.found) : json(nullptr);
  j["found"] = std::move(found);
  if (f.expected.empty()) {
    j["expected"] = nullptr;
  } else if (f.expected.size() == 1 && f.expected[0].kind != claims::Kind::kSet) {
    j["expected"] = ValueJson(f.expected[0]);
  } else {
    json list = json::array();
    for (const auto& v : f.expected) list.push_back(ValueJson(v));
    j["expected"] = std::move(list);
  }
  j["office"] = f.office.empty() ? json(nullptr) : json(f.office);
  j["as_of"] = f.as_of.empty() ? json(nullptr) : json(f.as_of);
  j["quoted"] = f.quoted;
  j["message"] = f.message;
  j["excerpt"] = f.excerpt;
  if (!f.fix.empty()) {
    j["fix"] = {{"text", f.fix},
                {"line", f.fix_where.line ? f.fix_where.line : f.where.line},
                {"column", f.fix_where.line ? f.fix_where.column : f.where.column},
                {"end_line", f.fix_where.line ? f.fix_where.end_line : f.where.end_line},
                {"end_column", f.fix_where.line ? f.fix_where.end_column : f.where.end_column}};
  }
  if (f.kind == check::FindingKind::kCrossOffice) {
    j["offices"] = f.offices;
    json values = json::object();
    for (const auto& [o, v] : f.values) values[o] = ValueJson(v);
    j["values"] = std::move(values);
    json sides = json::array();
    for (const auto& s : f.sides) {
      sides.push_back(json{{"file", s.file},
                           {"message_id", s.message_id.empty() ? json(nullptr) : json(s.message_id)},
                           {"office", s.office},
                           {"date", s.date},
                           {"line", s.line},
                           {"column", s.column},
                           {"value", ValueJson(s.value)},
                           {"excerpt", s.excerpt}});
    }
    j["messages"] = std::move(sides);
    json totals = json::object();
    for (const auto& [o, n] : f.side_totals) totals[o] = n;
    j["messages_total"] = totals;
  }
  return j;
}

json ClaimJson(const check::JudgedClaim& c) {
  json j = Location(c.where);
  j["type"] = "claim";
  j["product"] = c.product;
  j["attribute"] = c.attribute;
  j["kind"] = std::string(claims::KindName(c.value.kind));
  j["value"] = ValueJson(c.value);
  j["text"] = c.text;
  j["office"] = c.office;
  j["as_of"] = c.as_of;
  j["quoted"] = c.quoted;
  j["verdict"] = c.verdict;
  j["rule"] = c.rule.empty() ? json(nullptr) : json(c.rule);
  if (!c.date.empty()) j["date"] = c.date;
  return j;
}

std::string ValueJsonText(const claims::Value& v) {
  Text t(json::error_handler_t::strict);
  t.Value(v);
  return t.Take();
}

std::string ExpectedJsonText(const check::Finding& f) {
  if (f.expected.empty()) return "";
  Text t(json::error_handler_t::strict);
  t.Expected(f.expected);
  return t.Take();
}

std::string FindingJsonText(const check::Finding& f) {
  const check::Location& w = f.where;
  Text t;
  t.Open();
  t.Key("as_of"), t.StrOrNull(f.as_of);
  t.Key("attribute"), t.StrOrNull(f.attribute);
  t.Key("column"), t.Int(w.column);
  t.Key("end_column"), t.Int(w.end_column);
  t.Key("end_line"), t.Int(w.end_line);
  t.Key("excerpt"), t.Str(f.excerpt);
  t.Key("expected"), t.Expected(f.expected);
  t.Key("file"), t.Str(w.file);
  if (!f.fix.empty()) {
    const check::Location& x = f.fix_where.line ? f.fix_where : w;
    t.Key("fix");
    t.Open();
    t.Key("column"), t.Int(x.column);
    t.Key("end_column"), t.Int(x.end_column);
    t.Key("end_line"), t.Int(x.end_line);
    t.Key("line"), t.Int(x.line);
    t.Key("text"), t.Str(f.fix);
    t.Close();
  }
  t.Key("found");
  t.Open();
  t.Key("text"), t.Str(f.found_text);
  t.Key("value");
  if (f.found) {
    t.Value(*f.found);
  } else {
    t.Null();
  }
  t.Close();
  t.Key("kind"), t.Str(check::KindName(f.kind));
  t.Key("line"), t.Int(w.line);
  t.Key("message"), t.Str(f.message);
  t.Key("message_id"), t.StrOrNull(w.message_id);
  const bool cross = f.kind == check::FindingKind::kCrossOffice;
  if (cross) {
    t.Key("messages");
    t.OpenArray();
    for (const auto& side : f.sides) {
      t.Comma();
      t.Open();
      t.Key("column"), t.Int(side.column);
      t.Key("date"), t.Str(side.date);
      t.Key("excerpt"), t.Str(side.excerpt);
      t.Key("file"), t.Str(side.file);
      t.Key("line"), t.Int(side.line);
      t.Key("message_id"), t.StrOrNull(side.message_id);
      t.Key("office"), t.Str(side.office);
      t.Key("value"), t.Value(side.value);
      t.Close();
    }
    t.CloseArray();
    t.Key("messages_total");
    t.Open();
    for (const auto& [o, n] : f.side_totals) t.Comma(), t.Str(o), t.Colon(), t.Int(n);
    t.Close();
  }
  t.Key("office"), t.StrOrNull(f.office);
  if (cross) {
    t.Key("offices");
    t.OpenArray();
    for (const auto& o : f.offices) t.Comma(), t.Str(o);
    t.CloseArray();
  }
  t.Key("part"), t.Int(w.part);
  t.Key("product"), t.StrOrNull(f.product);
  t.Key("quoted"), t.Bool(f.quoted);
  t.Key("rule"), t.StrOrNull(f.rule);
  t.Key("severity"), t.Str(claims::SeverityName(f.severity));
  t.Key("type"), t.Str("finding");
  if (cross) {
    t.Key("values");
    t.Open();
    for (const auto& [o, v] : f.values) t.Comma(), t.Str(o), t.Colon(), t.Value(v);
    t.Close();
  }
  t.Close();
  return t.Take();
}

std::string ClaimJsonText(const check::JudgedClaim& c) {
  const check::Location& w = c.where;
  Text t;
  t.Open();
  t.Key("as_of"), t.Str(c.as_of);
  t.Key("attribute"), t.Str(c.attribute);
  t.Key("column"), t.Int(w.column);
  if (!c.date.empty()) t.Key("date"), t.Str(c.date);
  t.Key("end_column"), t.Int(w.end_column);
  t.Key("end_line"), t.Int(w.end_line);
  t.Key("file"), t.Str(w.file);
  t.Key("kind"), t.Str(claims::KindName(c.value.kind));
  t.Key("line"), t.Int(w.line);
  t.Key("message_id"), t.StrOrNull(w.message_id);
  t.Key("office"), t.Str(c.office);
  t.Key("part"), t.Int(w.part);
  t.Key("product"), t.Str(c.product);
  t.Key("quoted"), t.Bool(c.quoted);
  t.Key("rule"), t.StrOrNull(c.rule);
  t.Key("text"), t.Str(c.text);
  t.Key("type"), t.Str("claim");
  t.Key("value"), t.Value(c.value);
  t.Key("verdict"), t.Str(c.verdict);
  t.Close();
  return t.Take();
}

void JsonSink::Claim(const check::DocumentResult&, const check::JudgedClaim& claim) {
  json j = ClaimJson(claim);
  j.erase("type");
  claims_.push_back(std::move(j));
}

void JsonSink::Found(const check::DocumentResult&, const check::Finding& finding) {
  json j = FindingJson(finding);
  j.erase("type");
  ++by_kind_[std::string(check::KindName(finding.kind))];
  findings_.push_back(std::move(j));
}

void JsonSink::End(const check::DocumentResult&) { ++documents_; }

void JsonSink::Finish() {
  json summary{{"documents", documents_}, {"findings", findings_.size()}, {"claims", claims_.size()}};
  json kinds = json::object();
  for (const auto& [k, n] : by_kind_) kinds[k] = n;
  summary["by_kind"] = kinds;
  json doc{{"version", 1}, {"findings", findings_}, {"claims", claims_}, {"summary", summary}};
  std::string s = doc.dump(2, ' ', false, json::error_handler_t::replace);
  std::fwrite(s.data(), 1, s.size(), out_);
  std::fputc('\n', out_);
  std::fflush(out_);
}

void JsonlSink::Claim(const check::DocumentResult&, const check::JudgedClaim& claim) {
  if (!with_claims_) return;
  std::string s = ClaimJsonText(claim);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), out_);
}

void JsonlSink::Found(const check::DocumentResult&, const check::Finding& finding) {
  std::string s = FindingJsonText(finding);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), out_);
}

}  // namespace onevoice::report
