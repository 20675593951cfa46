#include "report/sarif.h"

#include <algorithm>

#include "report/json.h"

namespace onevoice::report {

using nlohmann::json;

namespace {

constexpr char kSchema[] = "https://json.schemastore.org/sarif-2.1.0.json";

json Text(std::string s) { return json{{"text", std::move(s)}}; }

std::string Humanize(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

const claims::PhraseRule* FindPhrase(const claims::Base& base, const std::string& id) {
  for (const auto& p : base.phrases) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const claims::CanonicalClaim* FindClaim(const claims::Base& base, const std::string& id,
                                        const claims::Product** product) {
  for (const auto& p : base.products) {
    for (const auto& c : p.claims) {
      if (c.id == id) {
        *product = &p;
        return &c;
      }
    }
  }
  return nullptr;
}

// "up to 10,000 users", "ISO 27001, SOC 2 Type II", "JPY 50,000 per month (tax excluded)".
std::string ClaimValueText(const claims::Base& base, const claims::CanonicalClaim& c) {
  const claims::Attribute* attr = base.FindAttribute(c.product, c.attribute);
  if (attr && attr->kind == claims::Kind::kSet) {
    std::string out;
    for (const auto& m : c.members) out += (out.empty() ? "" : ", ") + m;
    return out;
  }
  std::string out = c.value.ToString();
  if (attr && attr->kind == claims::Kind::kCount && !attr->unit.empty()) out += " " + attr->unit;
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

struct KindText {
  const char* brief;
  const char* full;
};

// What a finding kind means, for rules named by their kind.
KindText DescribeKind(check::FindingKind kind) {
  using K = check::FindingKind;
  switch (kind) {
    case K::kConflict:
      return {"A claim differs from the claims base.",
              "A product claim states a value that differs from the claims base's value for this "
              "office, product and attribute on this date."};
    case K::kStale:
      return {"A claim matches a value that is no longer (or not yet) valid.",
              "A product claim matches a claim of the base whose validity window has ended or "
              "not begun."};
    case K::kOfficeVariant:
      return {"A claim states another office's value.",
              "A product claim states the value that is right for another office, not the one "
              "speaking (a USD price in a Tokyo email, a JPY price in a US one)."};
    case K::kUnverified:
      return {"A claim the claims base does not cover.",
              "A product and attribute claim with a value the claims base does not cover at all: "
              "add a claim to the base or remove the statement."};
    case K::kPhrase:
      return {"A phrase rule fired.",
              "Wording that a phrase rule of the claims base flags (superlatives, guarantees, "
              "banned wording)."};
    case K::kTerminology:
      return {"A deprecated or misspelled product name.",
              "A product is named by an old or misspelled name (names.deprecated in the claims "
              "base); write its canonical name."};
    case K::kCrossOffice:
      return {"Two offices stated values that cannot both be right.",
              "Within the window, two offices told customers different values for the same "
              "product and attribute."};
    case K::kUnreadable:
      return {"An input could not be read.",
              "A file or message could not be parsed or decoded, so nothing in it was judged; "
              "the message says why."};
    case K::kSuppression:
      return {"A suppression comment suppressed nothing.",
              "An onevoice-disable comment names a rule that produced no finding in its range: "
              "remove it."};
  }
  return {"", ""};
}

// The SPEC §3 fields of a finding that SARIF has no place for.
json Properties(const check::DocumentResult& doc, const check::Finding& f) {
  json all = FindingJson(f);
  json p = json::object();
  for (const char* key : {"kind", "product", "attribute", "office", "as_of", "quoted", "found",
                          "expected", "excerpt", "fix", "offices", "values", "messages"}) {
    auto it = all.find(key);
    if (it != all.end() && !it->is_null()) p[key] = *it;
  }
  if (doc.is_message || !f.where.message_id.empty()) {
    if (!f.where.message_id.empty()) p["message_id"] = f.where.message_id;
    p["part"] = f.where.part;
  }
  if (f.kind == check::FindingKind::kSuppression && !f.rule.empty()) p["suppressed_rule"] = f.rule;
  return p;
}

json Region(int line, int column, int end_line, int end_column) {
  json r{{"startLine", line}};
  if (column > 0) r["startColumn"] = column;
  if (end_line >= line && end_line > 0) r["endLine"] = end_line;
  // endColumn is exclusive; a zero-width span still marks one character.
  if (end_column > 0 && column > 0) {
    int end = end_column;
    if ((end_line <= 0 || end_line == line) && end <= column) end = column + 1;
    r["endColumn"] = end;
  }
  return r;
}

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

std::string PercentEncode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (IsUnreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string_view SarifLevel(claims::Severity severity) {
  switch (severity) {
    case claims::Severity::kError:
      return "error";
    case claims::Severity::kWarning:
      return "warning";
    case claims::Severity::kInfo:
      return "note";
  }
  return "warning";
}

std::string SarifRuleId(const check::Finding& f) {
  if (f.kind == check::FindingKind::kSuppression || f.rule.empty())
    return std::string(check::KindName(f.kind));
  return f.rule;
}

std::string SarifUri(const std::string& path) {
  if (path.empty()) return "";
  if (path[0] == '/') return "file://" + PercentEncode(path);
  return PercentEncode(path);
}

SarifSink::SarifSink(std::FILE* out, const claims::Base* base, SarifOptions options)
    : out_(out), base_(base), options_(std::move(options)) {
  if (base_) rules_version_ = base_->version_hash;
}

json SarifSink::Descriptor(const check::Finding& f, const std::string& id) const {
  json d{{"id", id}};
  const claims::Product* product = nullptr;
  const claims::CanonicalClaim* claim = nullptr;
  const claims::PhraseRule* phrase = nullptr;
  bool by_kind = id == check::KindName(f.kind) &&
                 (f.rule.empty() || f.kind == check::FindingKind::kSuppression);
  if (base_ && !by_kind) {
    claim = FindClaim(*base_, id, &product);
    if (!claim) phrase = FindPhrase(*base_, id);
  }
  claims::Severity level = check::DefaultSeverity(f.kind);
  json props = json::object();
  if (claim) {
    std::string name = product->names.canonical.empty() ? product->id : product->names.canonical;
    std::string what =
        name + " " + Humanize(claim->attribute) + ": " + ClaimValueText(*base_, *claim);
    std::string when;
    if (!claim->valid_from.empty()) when += " from " + claim->valid_from;
    if (!claim->valid_until.empty()) when += " until " + claim->valid_until;
    std::string who = claim->offices.empty() ? "every office" : "office " + Join(claim->offices);
    d["shortDescription"] = Text(what + ".");
    d["fullDescription"] =
        Text("Approved claim " + id + " of the claims base: " + what + ", valid" +
             (when.empty() ? " on every date" : when) + ", for " + who +
             ". Another value is a conflict; this value outside its validity window is stale; "
             "in another office's text it is an office variant.");
    d["help"] = Text(claim->source.empty() ? "The claims base records no source for this claim."
                                           : claim->source);
    level = claims::Severity::kError;
    props["tags"] = json::array({"claim", claim->product, claim->attribute});
    props["product"] = claim->product;
    props["attribute"] = claim->attribute;
    json values = json::array();
    for (const auto& v : claim->Values()) values.push_back(ValueJson(v));
    props["value"] = values;
    if (!claim->valid_from.empty()) props["valid_from"] = claim->valid_from;
    if (!claim->valid_until.empty()) props["valid_until"] = claim->valid_until;
    if (!claim->offices.empty()) props["offices"] = claim->offices;
    if (!claim->where.file.empty())
      props["defined_at"] = claim->where.file + ":" + std::to_string(claim->where.line);
  } else if (phrase) {
    d["shortDescription"] = Text(phrase->message);
    std::string full = phrase->message + " (phrase rule " + id + ", for " + phrase->lang + " text)";
    std::string help = phrase->message;
    if (!phrase->unless.empty()) {
      std::vector<std::string> unless;
      for (const auto& u : phrase->unless) unless.push_back(u.source);
      help += "\nCleared by a note in the same document matching: " + Join(unless);
    }
    d["fullDescription"] = Text(full);
    d["help"] = Text(help);
    level = phrase->severity;
    props["tags"] = json::array({"phrase", phrase->lang});
    if (!phrase->where.file.empty())
      props["defined_at"] = phrase->where.file + ":" + std::to_string(phrase->where.line);
  } else if (by_kind) {
    KindText k = DescribeKind(f.kind);
    d["shortDescription"] = Text(k.brief);
    d["fullDescription"] = Text(k.full);
    d["help"] = Text(k.full);
    props["tags"] = json::array({std::string(check::KindName(f.kind))});
  } else {
    // A rule id the base does not know (a base other than the one given).
    d["shortDescription"] = Text("Rule " + id + " of the claims base.");
    d["fullDescription"] = Text(std::string(DescribeKind(f.kind).full) + " (rule " + id + ")");
  }
  d["defaultConfiguration"] = json{{"level", std::string(SarifLevel(level))}};
  if (!props.empty()) d["properties"] = props;
  return d;
}

void SarifSink::Found(const check::DocumentResult& doc, const check::Finding& f) {
  std::string id = SarifRuleId(f);
  if (!rules_.count(id)) rules_.emplace(id, Descriptor(f, id));

  json r{{"ruleId", id}, {"level", std::string(SarifLevel(f.severity))}};
  r["message"] = Text(f.message.empty() ? std::string(DescribeKind(f.kind).brief) : f.message);
  std::string uri = SarifUri(f.where.file);
  bool has_region = f.where.line > 0;
  if (!uri.empty()) {
    json phys{{"artifactLocation", json{{"uri", uri}}}};
    if (has_region) {
      json region = Region(f.where.line, f.where.column, f.where.end_line, f.where.end_column);
      if (!f.found_text.empty() && f.kind != check::FindingKind::kUnreadable)
        region["snippet"] = Text(f.found_text);
      phys["region"] = region;
    } else {
      // No position (an unreadable file): the whole artifact, from its
      // first line, since code-scanning UIs want a start line.
      phys["region"] = json{{"startLine", 1}};
    }
    r["locations"] = json::array({json{{"physicalLocation", phys}}});
    bool is_message = doc.is_message || !f.where.message_id.empty();
    if (!f.fix.empty() && has_region && !is_message) {
      const check::Location& at = f.fix_where.line > 0 ? f.fix_where : f.where;
      json deleted = Region(at.line, at.column, at.end_line, at.end_column);
      json replacement{{"deletedRegion", deleted}, {"insertedContent", Text(f.fix)}};
      json change{{"artifactLocation", json{{"uri", uri}}},
                  {"replacements", json::array({replacement})}};
      r["fixes"] = json::array({json{{"description", Text("Replace with '" + f.fix + "'.")},
                                     {"artifactChanges", json::array({change})}}});
    }
  }
  if (!f.sides.empty()) {
    json related = json::array();
    int n = 0;
    for (const auto& s : f.sides) {
      std::string side_uri = SarifUri(s.file);
      json loc{{"id", n++}};
      if (!side_uri.empty()) {
        json phys{{"artifactLocation", json{{"uri", side_uri}}}};
        if (s.line > 0) phys["region"] = Region(s.line, s.column, 0, 0);
        loc["physicalLocation"] = phys;
      }
      loc["message"] =
          Text(s.office + (s.date.empty() ? "" : " on " + s.date) + ": " + s.value.ToString());
      related.push_back(loc);
    }
    r["relatedLocations"] = related;
  }
  r["properties"] = Properties(doc, f);
  results_.push_back(std::move(r));
}

json SarifSink::Log() const {
  json rules = json::array();
  std::map<std::string, int> index;
  for (const auto& [id, d] : rules_) {
    index[id] = static_cast<int>(rules.size());
    rules.push_back(d);
  }
  json results = json::array();
  for (const auto& r : results_) {
    json copy = r;
    copy["ruleIndex"] = index.at(r["ruleId"].get<std::string>());
    results.push_back(std::move(copy));
  }
  json driver{{"name", "onevoice"}};
  if (!options_.tool_version.empty()) {
    driver["version"] = options_.tool_version;
    driver["semanticVersion"] = options_.tool_version;
  }
  if (!options_.information_uri.empty()) driver["informationUri"] = options_.information_uri;
  driver["rules"] = rules;
  json run{{"tool", json{{"driver", driver}}},
           {"invocations", json::array({json{{"executionSuccessful", true}}})},
           {"columnKind", "unicodeCodePoints"},
           {"results", results}};
  if (!rules_version_.empty()) run["properties"] = json{{"rules_version", rules_version_}};
  return json{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({run})}};
}

void SarifSink::Finish() {
  if (!out_) return;
  std::string s = Log().dump(2, ' ', false, json::error_handler_t::replace);
  std::fwrite(s.data(), 1, s.size(), out_);
  std::fputc('\n', out_);
  std::fflush(out_);
}

}  // namespace onevoice::report
