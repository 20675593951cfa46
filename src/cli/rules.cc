// onevoice rules check|test [DIR]: validate a claims base; run its examples.
#include <cstdio>
#include <iostream>

#include "check/phrases.h"
#include "claims/load.h"
#include "cli/pipeline.h"
#include "cli/run.h"
#include "extract/lexicon.h"
#include "ingest/document.h"

namespace onevoice::cli {

namespace {

std::string DirArg(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (!a.empty() && a[0] != '-') return a;
  }
  return "rules";
}

// One example sentence as a document of its own.
ingest::Document ExampleDocument(const std::string& sentence) {
  ingest::Document doc;
  doc.path = "<example>";
  ingest::TextPart part;
  part.text = sentence;
  doc.parts.push_back(part);
  return doc;
}

// A date inside the claim's validity window.
std::string DateInside(const claims::CanonicalClaim& c) {
  if (!c.valid_from.empty()) return c.valid_from;
  if (!c.valid_until.empty()) return c.valid_until;
  return Today();
}

}  // namespace

int RunRulesCheck(const std::vector<std::string>& args) {
  std::string dir = DirArg(args);
  std::vector<claims::Diagnostic> diags;
  auto base = claims::LoadBase(dir, &diags);
  for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (!base.ok()) {
    if (diags.empty()) std::fprintf(stderr, "onevoice rules check: %s\n", base.status().ToString().c_str());
    int errors = 0;
    for (const auto& d : diags) errors += d.severity == claims::Diagnostic::Severity::kError;
    std::fprintf(stderr, "%s: %d error%s\n", dir.c_str(), errors, errors == 1 ? "" : "s");
    return 2;
  }
  size_t claims_n = 0;
  for (const auto& p : (*base)->products) claims_n += p.claims.size();
  std::printf("%s: OK (%zu offices, %zu attributes, %zu products, %zu claims, %zu phrase rules)\n", dir.c_str(),
              (*base)->offices.size(), (*base)->attributes.size(), (*base)->products.size(), claims_n,
              (*base)->phrases.size());
  return 0;
}

int RunRulesTest(const std::vector<std::string>& args) {
  std::string dir = DirArg(args);
  std::vector<claims::Diagnostic> diags;
  auto loaded = claims::LoadBase(dir, &diags);
  if (!loaded.ok()) {
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.ToString().c_str());
    return 2;
  }
  const claims::Base& base = **loaded;
  extract::Engine engine(base);
  int passed = 0, failed = 0;
  auto report = [&](const claims::Position& where, const std::string& id, const std::string& want,
                    const std::string& sentence, const std::string& got) {
    std::printf("%s:%d: FAIL %s: want %s, got %s\n    %s\n", where.file.c_str(), where.line, id.c_str(), want.c_str(),
                got.c_str(), sentence.c_str());
    ++failed;
  };
  for (const auto& p : base.products) {
    for (const auto& c : p.claims) {
      const std::pair<const std::vector<std::string>*, std::string> sets[] = {
          {&c.examples.ok, "ok"},
          {&c.examples.conflict, "conflict"},
          {&c.examples.stale, "stale"},
          {&c.examples.office_variant, "office-variant"}};
      for (const auto& [list, want] : sets) {
        for (const auto& sentence : *list) {
          ingest::Document doc = ExampleDocument(sentence);
          CheckOptions co;
          co.office = c.offices.empty() ? "unknown" : c.offices.front();
          co.as_of = DateInside(c);
          co.today = co.as_of;
          check::DocumentResult r = CheckDocument(engine, doc, co);
          std::string got;
          bool ok = false;
          for (const auto& jc : r.claims) {
            if (jc.product != c.product || jc.attribute != c.attribute) continue;
            got += (got.empty() ? "" : ", ") + jc.verdict + " (" + jc.value.ToString() + ")";
            if (jc.verdict == want) ok = true;
          }
          if (ok) {
            ++passed;
          } else {
            report(c.examples.where.file.empty() ? c.where : c.examples.where, c.id, want, sentence,
                   got.empty() ? "no claim" : got);
          }
        }
      }
    }
  }
  for (const auto& rule : base.phrases) {
    for (const auto& [list, want_flag] : {std::pair{&rule.flag_examples, true}, std::pair{&rule.pass_examples, false}}) {
      for (const auto& sentence : *list) {
        ingest::Document doc = ExampleDocument(sentence);
        CheckOptions co;
        co.today = Today();
        check::DocumentResult r = CheckDocument(engine, doc, co);
        bool flagged = false;
        for (const auto& f : r.findings) flagged = flagged || (f.kind == check::FindingKind::kPhrase && f.rule == rule.id);
        if (flagged == want_flag) {
          ++passed;
        } else {
          report(rule.where, rule.id, want_flag ? "flag" : "pass", sentence, flagged ? "flagged" : "not flagged");
        }
      }
    }
  }
  std::printf("%s: %d example%s passed, %d failed\n", dir.c_str(), passed, passed == 1 ? "" : "s", failed);
  return failed ? 1 : 0;
}

}  // namespace onevoice::cli
