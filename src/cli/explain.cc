// onevoice explain PATH...: how a document was read — its parts, units
// (kind, zone, governing headings, table cells) and the claims found with
// their verdicts. For people writing claims bases and for bug reports.
#include <cstdio>
#include <iostream>

#include "claims/office.h"
#include "cli/common.h"
#include "cli/pipeline.h"
#include "cli/run.h"
#include "extract/lexicon.h"
#include "ingest/source.h"
#include "report/json.h"
#include "text/layout.h"
#include "text/segment.h"
#include "text/zones.h"

namespace onevoice::cli {
namespace po = boost::program_options;

namespace {

const char* KindName(text::UnitKind k) {
  switch (k) {
    case text::UnitKind::kSentence: return "sentence";
    case text::UnitKind::kBullet: return "bullet";
    case text::UnitKind::kHeading: return "heading";
    case text::UnitKind::kRow: return "row";
  }
  return "?";
}

const char* ZoneName(text::Zone z) {
  switch (z) {
    case text::Zone::kBody: return "body";
    case text::Zone::kQuoted: return "quoted";
    case text::Zone::kSignature: return "signature";
    case text::Zone::kHeader: return "header";
    case text::Zone::kRepeated: return "repeated";
  }
  return "?";
}

}  // namespace

int RunExplain(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> inputs;
  po::options_description desc("onevoice explain PATH... [options]");
  AddCommonOptions(&desc, &o);
  desc.add_options()("input", po::value(&inputs), "files");
  po::variables_map vm;
  if (!ParseArgs(args, desc, "input", &vm)) return 2;
  if (vm.count("help") || inputs.empty()) {
    std::cout << desc << "\n";
    return inputs.empty() ? 2 : 0;
  }
  auto base = LoadRules(RulesDir(o, inputs));
  if (!base) return 2;
  extract::Engine engine(*base);
  ConfigCache configs;
  std::vector<claims::Diagnostic> diags;
  ingest::InputReader reader(inputs, {});
  ingest::RawInput raw;
  while (reader.Next(&raw)) {
    ingest::Document doc = ingest::ParseInput(raw);
    std::printf("== %s%s%s\n", doc.path.c_str(), doc.message_id.empty() ? "" : " <", doc.message_id.empty() ? "" : (doc.message_id + ">").c_str());
    if (doc.unreadable) std::printf("   unreadable: %s\n", doc.unreadable->c_str());
    for (const auto& p : doc.parts) {
      std::printf("-- part %d (%s, %s%s)\n", p.index, p.content_type.c_str(), p.charset.c_str(),
                  p.quoted ? (", quoted from " + p.quoted_from).c_str() : "");
      text::Layout layout = text::BuildLayout(p, ingest::ReadAsDocument(doc, p));
      text::Zones zones = text::FindZones(layout, engine.lexicon(), text::PartSender(doc, p));
      std::vector<text::Unit> units = text::Segment(layout, zones, DefaultLimits(), &engine.lexicon());
      for (size_t i = 0; i < units.size(); ++i) {
        const text::Unit& u = units[i];
        std::string who;
        if (u.author >= 0) who = " by " + zones.authors[u.author].address + " (" + claims::OfficeFor(*base, zones.authors[u.author].address) + ")";
        std::string heads;
        for (int h : u.headings) heads += " ^" + std::to_string(h);
        std::printf("  [%zu] %s/%s%s%s line %d: %s\n", i, KindName(u.kind), ZoneName(u.zone), who.c_str(), heads.c_str(),
                    layout.lines.empty() ? 0 : u.line + 1, u.text.c_str());
        std::string cues;
        for (const auto& m : engine.FindMentions(u.text, u.lower)) {
          if (m.type() == extract::MentionType::kCue) cues += " " + m.term->attribute + "«" + u.text.substr(m.begin, m.end - m.begin) + "»";
        }
        if (!cues.empty()) std::printf("       cues:%s\n", cues.c_str());
        extract::ParseContext context;
        context.as_of = o.as_of.empty() ? Today() : o.as_of;
        for (const auto& q : engine.quantities().Parse(u.text, context)) {
          std::printf("       %s %s «%s»\n", std::string(claims::KindName(q.value.kind)).c_str(),
                      report::ValueJson(q.value).dump().c_str(), u.text.substr(q.span.begin, q.span.size()).c_str());
        }
      }
    }
    CheckOptions co;
    co.office = o.office;
    co.as_of = o.as_of;
    co.today = Today();
    if (const Config* c = configs.For(doc.path, &diags)) co.document_office = c->OfficeFor(doc.path);
    check::DocumentResult r = CheckDocument(engine, doc, co);
    std::printf("   office %s, as of %s\n", r.office.c_str(), r.as_of.c_str());
    for (const auto& c : r.claims) {
      std::printf("   claim %d:%d %s %s = %s [%s]%s @%s\n", c.where.line, c.where.column, c.product.c_str(), c.attribute.c_str(),
                  report::ValueJson(c.value).dump().c_str(), c.verdict.c_str(), c.quoted ? " quoted" : "", c.office.c_str());
    }
    for (const auto& f : r.findings) {
      if (f.kind == check::FindingKind::kPhrase || f.kind == check::FindingKind::kTerminology)
        std::printf("   %s %d:%d %s %s\n", std::string(check::KindName(f.kind)).c_str(), f.where.line, f.where.column,
                    f.rule.c_str(), f.found_text.c_str());
    }
    raw = ingest::RawInput();
  }
  return 0;
}

}  // namespace onevoice::cli
