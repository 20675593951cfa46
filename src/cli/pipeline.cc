#include "cli/pipeline.h"

#include <algorithm>
#include <ctime>
#include <set>
#include <tuple>

#include "base/span.h"
#include "base/unicode.h"
#include "check/judge.h"
#include "check/messages.h"
#include "check/phrases.h"
#include "check/suggest.h"
#include "claims/office.h"
#include "extract/claim.h"
#include "report/json.h"
#include "text/layout.h"
#include "text/segment.h"
#include "text/zones.h"

namespace onevoice::cli {
namespace {

using check::Finding;
using check::FindingKind;

struct PartWork {
  const ingest::TextPart* part;
  text::Layout layout;
  text::Zones zones;
  std::vector<text::Unit> units;
  LineIndex lines;
  PartWork(const ingest::TextPart* p, text::Layout l)
      : part(p), layout(std::move(l)), lines(p->text) {}
};

// The plain text has, as lines of their own one after another and in no
// table, the cells of the header row of a table the HTML has: a table
// flattened one cell per line.
bool LostTable(const PartWork& plain, const PartWork& html) {
  for (const text::Table& t : html.layout.tables) {
    if (t.rows.size() < 2 || t.columns() < 2) continue;
    std::vector<std::string_view> cells;
    for (const text::Cell& c : t.rows[0]) {
      if (c.pieces.size() == 1) cells.push_back(html.layout.Text(c.pieces[0]));
    }
    if (cells.size() < 2) continue;
    const auto& lines = plain.layout.lines;
    for (size_t i = 0; i + cells.size() <= lines.size(); ++i) {
      bool all = true;
      for (size_t k = 0; k < cells.size() && all; ++k)
        all = lines[i + k].kind == text::LineKind::kText && plain.layout.Text(lines[i + k].content) == cells[k];
      if (all) return true;
    }
  }
  return false;
}

std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Humanize(const std::string& id) {
  std::string s = id;
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

check::Location Locate(const std::string& file, const ingest::Document& doc, const PartWork& w, SourceSpan span) {
  check::Location loc;
  loc.file = file;
  loc.message_id = doc.message_id;
  loc.part = w.part->index;
  LineCol b = w.lines.At(span.begin), e = w.lines.At(span.end);
  loc.line = b.line;
  loc.column = b.column;
  loc.end_line = e.line;
  loc.end_column = e.column;
  loc.begin = span.begin;
  loc.end = span.end;
  loc.line_text = std::string(w.lines.LineOf(span.begin));
  return loc;
}

// Inline suppressions (SPEC §6): `onevoice-disable-next-line RULE` and
// `onevoice-disable RULE` … `onevoice-enable`, in any comment syntax.
struct Suppression {
  int from_line = 0, to_line = 0;  // inclusive, 1-based
  std::string rule;                // empty: everything
  int directive_line = 0;
  bool used = false;
};

std::vector<Suppression> FindSuppressions(std::string_view text) {
  std::vector<Suppression> out;
  int line = 1;
  size_t b = 0;
  std::vector<size_t> open;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view l = text.substr(b, e - b);
    auto rule_after = [&](size_t pos, size_t len) {
      std::string_view rest = l.substr(pos + len);
      size_t s = 0;
      while (s < rest.size() && (rest[s] == ' ' || rest[s] == ':')) ++s;
      size_t t = s;
      while (t < rest.size() && rest[t] != ' ' && rest[t] != '\r' && rest.substr(t, 3) != "-->" &&
             rest.substr(t, 2) != "*/")
        ++t;
      std::string r(rest.substr(s, t - s));
      if (r == "*/" || r == "-->") r.clear();
      return r;
    };
    size_t p;
    if (l.find("onevoice-") == std::string_view::npos) {
      // No directive on this line (each one starts so).
    } else if ((p = l.find("onevoice-disable-next-line")) != std::string_view::npos) {
      out.push_back({line + 1, line + 1, rule_after(p, 26), line});
    } else if ((p = l.find("onevoice-disable")) != std::string_view::npos) {
      Suppression s{line + 1, 1 << 30, rule_after(p, 16), line};
      out.push_back(s);
      open.push_back(out.size() - 1);
    } else if (l.find("onevoice-enable") != std::string_view::npos) {
      for (size_t i : open) out[i].to_line = line;
      open.clear();
    }
    if (e == text.size()) break;
    b = e + 1;
    ++line;
  }
  return out;
}

bool Suppressed(std::vector<Suppression>* sups, const Finding& f) {
  for (auto& s : *sups) {
    if (f.where.line < s.from_line || f.where.line > s.to_line) continue;
    if (s.rule.empty() || s.rule == f.rule || s.rule == check::KindName(f.kind)) {
      s.used = true;
      return true;
    }
  }
  return false;
}

std::string OfficeOfAuthor(const claims::Base& base, const ingest::Document& doc, const text::QuoteAuthor& a) {
  if (!a.address.empty()) return claims::OfficeFor(base, a.address);
  if (!a.name.empty() && !doc.from_display.empty() && doc.from_display == a.name) return claims::OfficeFor(base, doc.from);
  return std::string(claims::kUnknownOffice);
}

}  // namespace

std::string Today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

check::DocumentResult CheckDocument(const extract::Engine& engine, const ingest::Document& doc,
                                    const CheckOptions& options) {
  const claims::Base& base = engine.base();
  const claims::Lexicon& lex = engine.lexicon();
  check::DocumentResult res;
  res.file = options.display_path.empty() ? doc.path : options.display_path;
  res.offset = doc.offset;
  res.message_id = doc.message_id;
  res.date = doc.date;
  res.content_hash = doc.content_hash;
  res.size = doc.size;
  res.is_message = doc.is_message;
  if (!options.office.empty()) {
    res.office = options.office;
  } else if (doc.is_message) {
    res.office = claims::OfficeFor(base, doc.from);
  } else {
    res.office = options.document_office.empty() ? std::string(claims::kUnknownOffice) : options.document_office;
  }
  res.as_of = !options.as_of.empty() ? options.as_of : !doc.date.empty() ? doc.date : options.today;

  if (doc.unreadable) {
    Finding f;
    f.kind = FindingKind::kUnreadable;
    f.severity = check::DefaultSeverity(f.kind);
    f.where.file = res.file;
    f.where.message_id = doc.message_id;
    f.office = res.office;
    f.as_of = res.as_of;
    f.found_text = *doc.unreadable;
    f.message = check::FormatMessage(lex, "en", "unreadable", {{"reason", *doc.unreadable}});
    f.excerpt = *doc.unreadable;
    res.findings.push_back(std::move(f));
    return res;
  }

  // Layouts of every part first: `unless` patterns see the whole document.
  std::vector<std::unique_ptr<PartWork>> parts;
  std::string document_text;
  size_t text_bytes = 0;
  for (const auto& p : doc.parts) text_bytes += p.text.size() + 1;
  document_text.reserve(text_bytes + text_bytes / 8);  // normalizing may lengthen a little
  for (const auto& p : doc.parts) {
    auto w = std::make_unique<PartWork>(&p, text::BuildLayout(p, ingest::ReadAsDocument(doc, p)));
    w->zones = text::FindZones(w->layout, lex, text::PartSender(doc, p));
    w->units = text::Segment(w->layout, w->zones, DefaultLimits(), &lex);
    document_text += w->layout.norm.text;
    document_text += '\n';
    parts.push_back(std::move(w));
  }

  // A supplementary HTML alternative (ingest/document.h) says again most of
  // what the judged plain text says: those units are only context.
  std::vector<bool> supplement(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) supplement[i] = parts[i]->part->supplement;
  if (std::find(supplement.begin(), supplement.end(), true) != supplement.end()) {
    // …unless the plain text lost a table the HTML has (one cell per line,
    // as Outlook writes it): then the HTML is judged and the plain text
    // supplements it.
    for (size_t i = 0; i < parts.size(); ++i) {
      if (!supplement[i]) continue;
      size_t j = i;
      while (j > 0 && (supplement[j - 1] || parts[j - 1]->part->role == ingest::PartRole::kSubject)) --j;
      if (j == 0) continue;
      if (LostTable(*parts[j - 1], *parts[i])) {
        supplement[i] = false;
        supplement[j - 1] = true;
      }
    }
    std::string primary;
    for (size_t i = 0; i < parts.size(); ++i)
      if (!supplement[i] && parts[i]->part->role != ingest::PartRole::kSubject)
        primary += FoldToAlnum(parts[i]->layout.norm.text);
    for (size_t i = 0; i < parts.size(); ++i) {
      auto& w = parts[i];
      if (!supplement[i]) continue;
      for (text::Unit& u : w->units) {
        const std::string folded = FoldToAlnum(u.text);
        if (!folded.empty() && primary.find(folded) != std::string::npos) u.zone = text::Zone::kRepeated;
      }
    }
  }
  // Most of an archive names no product: its claim extraction, the costliest
  // stage, would find nothing, and is skipped (phrases are still checked).
  const bool may_claim = engine.MayNameAProduct(document_text);
  extract::DocumentState state;
  std::set<std::string> seen_claims;
  for (auto& wp : parts) {
    PartWork& w = *wp;
    std::vector<Suppression> sups = FindSuppressions(w.part->text);
    extract::PartInput in;
    in.layout = &w.layout;
    in.zones = &w.zones;
    in.units = &w.units;
    in.part = w.part->index;
    in.part_quoted = w.part->quoted;
    in.part_office = w.part->quoted ? claims::OfficeFor(base, w.part->quoted_from) : res.office;
    in.speaker_office = res.office;
    in.as_of = res.as_of;
    in.office_of = [&](const text::QuoteAuthor& a) { return OfficeOfAuthor(base, doc, a); };
    in.claims = w.part->role != ingest::PartRole::kSubject;
    extract::PartExtraction ex;
    if (may_claim) ex = extract::ExtractClaims(engine, in, &state);

    std::vector<Finding> findings;
    for (const extract::Claim& c : ex.claims) {
      check::Verdict v = check::Judge(base, c);
      std::string key = c.product + "|" + c.attribute + "|" + report::ValueJsonText(c.value) + "|" +
                        (c.quoted ? "q" : "") + "|" + c.office;
      if (!seen_claims.insert(key).second) continue;
      check::JudgedClaim jc;
      jc.where = Locate(res.file, doc, w, c.span);
      jc.product = c.product;
      jc.attribute = c.attribute;
      jc.value = c.value;
      // The excerpt as a reader sees it: HTML, calendars and flowed text
      // rendered, other text as written.
      jc.text = text::IsRendered(*w.part)
                    ? Collapse(c.unit_text)
                    : Collapse(std::string_view(w.part->text).substr(c.unit_span.begin, c.unit_span.size()));
      jc.office = c.office;
      jc.as_of = c.as_of;
      jc.quoted = c.quoted;
      jc.verdict = v.kind;
      jc.rule = v.against ? v.against->id : "";
      jc.date = doc.date;
      if (v.kind != "ok") {
        Finding f;
        f.kind = *check::KindFromName(v.kind);
        f.severity = check::DefaultSeverity(f.kind);
        f.where = jc.where;
        f.rule = jc.rule;
        f.product = c.product;
        f.attribute = c.attribute;
        f.found_text = std::string(std::string_view(w.part->text).substr(c.span.begin, c.span.size()));
        f.found = c.value;
        f.expected = v.expected;
        f.office = c.office;
        f.as_of = c.as_of;
        f.quoted = c.quoted;
        f.excerpt = jc.text;
        // One canonical value: the replacement for the numeral, as written.
        if (v.kind == "conflict" && v.expected.size() == 1 && c.value.kind == claims::Kind::kDate) {
          std::string_view written = std::string_view(w.part->text).substr(c.span.begin, c.span.size());
          if (auto text = check::RewriteDate(written, v.expected[0].date, lex)) {
            f.fix = *text;
            f.fix_where = Locate(res.file, doc, w, c.span);
          }
        } else if (v.kind == "conflict" && v.expected.size() == 1 && c.number.size() > 0) {
          std::string_view written = std::string_view(w.part->text).substr(c.number.begin, c.number.size());
          if (auto amount = check::CanonicalInStatedTerms(base, c.value, v.expected[0], c.office, written)) {
            if (auto text = check::RewriteNumeral(written, *amount)) {
              f.fix = *text;
              f.fix_where = Locate(res.file, doc, w, c.number);
            }
          }
        }
        std::string expected;
        for (const auto& e : v.expected) expected += (expected.empty() ? "" : ", ") + e.ToString();
        const claims::Product* prod = base.FindProduct(c.product);
        std::string name = v.kind + (expected.empty() && (v.kind == "conflict" || v.kind == "stale") ? "-noexpected" : "");
        if (v.kind == "office-variant" && expected.empty()) name = "conflict-noexpected";
        // A value whose window has not begun yet is early, not out of date.
        const bool early = v.kind == "stale" && v.against && v.against->valid_from > c.as_of;
        if (early) name = expected.empty() ? "stale-early-noexpected" : "stale-early";
        f.message = check::FormatMessage(lex, check::LanguageOf(jc.text), name,
                                         {{"product", prod ? prod->names.canonical : c.product},
                                          {"attribute", Humanize(c.attribute)},
                                          {"found", c.value.ToString()},
                                          {"expected", expected},
                                          {"until", early ? v.against->valid_from : ""},
                                          {"office", c.office}});
        findings.push_back(std::move(f));
      }
      res.claims.push_back(std::move(jc));
    }
    for (const extract::NameUse& u : ex.deprecated) {
      Finding f;
      f.kind = FindingKind::kTerminology;
      f.severity = check::DefaultSeverity(f.kind);
      f.where = Locate(res.file, doc, w, u.span);
      const claims::Product& prod = base.products[u.product];
      f.product = prod.id;
      f.found_text = std::string(std::string_view(w.part->text).substr(u.span.begin, u.span.size()));
      f.office = u.office;
      f.as_of = res.as_of;
      f.quoted = u.quoted;
      f.excerpt = Collapse(std::string_view(w.part->text).substr(u.unit_span.begin, u.unit_span.size()));
      f.fix = prod.names.canonical;
      f.fix_where = f.where;
      f.message = check::FormatMessage(lex, check::LanguageOf(f.excerpt), "terminology",
                                       {{"name", f.found_text}, {"product", prod.names.canonical}});
      findings.push_back(std::move(f));
    }
    for (const text::Unit& u : w.units) {
      if (u.zone != text::Zone::kBody && u.zone != text::Zone::kQuoted) continue;
      std::string lang = check::LanguageOf(u.text);
      for (const check::PhraseHit& h : check::FindPhrases(engine, u.text, lang)) {
        if (check::Substantiated(*h.rule, document_text)) continue;
        Finding f;
        f.kind = FindingKind::kPhrase;
        f.severity = h.rule->severity;
        SourceSpan span = w.layout.ToSource(u.Map(h.begin, h.end));
        f.where = Locate(res.file, doc, w, span);
        f.rule = h.rule->id;
        f.found_text = std::string(std::string_view(w.part->text).substr(span.begin, span.size()));
        f.office = u.zone == text::Zone::kQuoted ? std::string(claims::kUnknownOffice) : res.office;
        f.as_of = res.as_of;
        f.quoted = w.part->quoted || u.zone == text::Zone::kQuoted;
        f.message = h.rule->message;
        SourceSpan us = w.layout.ToSource(u.Map(0, u.text.size()));
        f.excerpt = Collapse(std::string_view(w.part->text).substr(us.begin, us.size()));
        findings.push_back(std::move(f));
      }
    }
    // Suppressions and severity overrides.
    for (Finding& f : findings) {
      if (Suppressed(&sups, f)) continue;
      if (options.severity) {
        auto it = options.severity->find(f.rule);
        if (it == options.severity->end()) it = options.severity->find(std::string(check::KindName(f.kind)));
        if (it != options.severity->end()) {
          if (!it->second) continue;
          f.severity = *it->second;
        }
      }
      res.findings.push_back(std::move(f));
    }
    // A suppression that suppresses nothing is reported only when asked for
    // (severity: {suppression: warning}): it is a lint of the comments, not
    // a finding about what the text says.
    const std::optional<claims::Severity>* unused_severity = nullptr;
    if (options.severity) {
      auto it = options.severity->find(std::string(check::KindName(FindingKind::kSuppression)));
      if (it != options.severity->end()) unused_severity = &it->second;
    }
    for (const Suppression& s : sups) {
      if (s.used || !unused_severity || !*unused_severity) continue;
      Finding f;
      f.kind = FindingKind::kSuppression;
      f.severity = **unused_severity;
      f.where.file = res.file;
      f.where.message_id = doc.message_id;
      f.where.part = w.part->index;
      f.where.line = f.where.end_line = s.directive_line;
      f.where.column = f.where.end_column = 1;
      f.rule = s.rule;
      f.as_of = res.as_of;
      f.office = res.office;
      f.message = check::FormatMessage(lex, "en", "suppression", {{"rule", s.rule.empty() ? "all" : s.rule}});
      res.findings.push_back(std::move(f));
    }
  }
  // Findings in reading order, as a compiler lists them.
  std::stable_sort(res.findings.begin(), res.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.where.part, a.where.line, a.where.column) < std::tie(b.where.part, b.where.line, b.where.column);
  });
  return res;
}

}  // namespace onevoice::cli
