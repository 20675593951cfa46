#include "report/json.h"

#include <cmath>

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
      if (v.bound == claims::Bound::kRange) return json{{"min", Number(v.amount)}, {"max", Number(v.amount_max)}, {"unit", ""}};
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
        if (kind == claims::Kind::kDuration) v.unit = j.value("unit", "");
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
  j["found"] = found;
  if (f.expected.empty()) {
    j["expected"] = nullptr;
  } else if (f.expected.size() == 1 && f.expected[0].kind != claims::Kind::kSet) {
    j["expected"] = ValueJson(f.expected[0]);
  } else {
    json list = json::array();
    for (const auto& v : f.expected) list.push_back(ValueJson(v));
    j["expected"] = list;
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
    j["values"] = values;
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
    j["messages"] = sides;
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
  std::string s = ClaimJson(claim).dump(-1, ' ', false, json::error_handler_t::replace);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), out_);
}

void JsonlSink::Found(const check::DocumentResult&, const check::Finding& finding) {
  std::string s = FindingJson(finding).dump(-1, ' ', false, json::error_handler_t::replace);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), out_);
}

}  // namespace onevoice::report
