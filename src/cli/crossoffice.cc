// onevoice cross-office [FILE|-]...: the reduce step of an audit run as a
// map stage elsewhere (Spark RDD.pipe, Hadoop streaming): reads the claims
// that `onevoice audit|check --format jsonl` streams (lines with
// "type": "claim"; other lines are ignored) and reports the cross-office
// findings among them, exactly as `audit` does at its end.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "check/cross_office.h"
#include "cli/common.h"
#include "cli/run.h"
#include "report/json.h"

namespace onevoice::cli {
namespace po = boost::program_options;

namespace {

bool ReadClaims(std::istream& in, const std::string& name, std::vector<check::JudgedClaim>* out) {
  std::string line;
  int n = 0, bad = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      if (++bad <= 5) std::fprintf(stderr, "%s:%d: not a JSON object, skipped\n", name.c_str(), n);
      continue;
    }
    if (j.value("type", "") != "claim") continue;
    check::JudgedClaim c;
    c.where.file = j.value("file", "");
    c.where.message_id = j["message_id"].is_string() ? j["message_id"].get<std::string>() : "";
    c.where.line = j.value("line", 0);
    c.where.column = j.value("column", 0);
    c.product = j.value("product", "");
    c.attribute = j.value("attribute", "");
    auto kind = claims::KindFromName(j.value("kind", ""));
    if (!kind) continue;
    c.value = report::ValueFromJson(j["value"], *kind);
    c.text = j.value("text", "");
    c.office = j.value("office", "");
    c.as_of = j.value("as_of", "");
    c.date = j.value("date", c.as_of);
    c.quoted = j.value("quoted", false);
    c.verdict = j.value("verdict", "");
    out->push_back(std::move(c));
  }
  return true;
}

}  // namespace

int RunCrossOffice(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> inputs;
  int window = 45, sides = 20;
  std::string file;
  po::options_description desc("onevoice cross-office [FILE|-]... [options]");
  AddCommonOptions(&desc, &o);
  desc.add_options()("window", po::value(&window)->default_value(45), "window in days")(
      "sides", po::value(&sides)->default_value(20),
      "messages a finding lists per office (the rest are counted; 0: all)")(
      "archive", po::value(&file), "the archive name to report findings against")(
      "input", po::value(&inputs), "claims JSONL files, or - for stdin");
  po::variables_map vm;
  if (int rc = ParseCommandLine(args, desc, "input", o, &vm); rc >= 0) return rc;
  if (inputs.empty()) inputs.push_back("-");
  // The base only names products and offices (messages, tax rates): optional.
  std::shared_ptr<const claims::Base> base;
  if (!o.rules.empty() || std::filesystem::exists(RulesDir(o, {}))) {
    base = LoadRules(RulesDir(o, {}));
    if (!base) return 2;
  }
  std::vector<check::JudgedClaim> claims;
  for (const auto& in : inputs) {
    if (in == "-") {
      ReadClaims(std::cin, "<stdin>", &claims);
    } else {
      std::ifstream f(in);
      if (!f) {
        std::fprintf(stderr, "onevoice cross-office: cannot read %s\n", in.c_str());
        return 2;
      }
      ReadClaims(f, in, &claims);
    }
  }
  check::CrossOfficeOptions xo;
  xo.window_days = window;
  xo.sides_per_office = sides < 0 ? 0 : sides;
  xo.file = file;
  std::vector<check::Finding> cross = check::FindCrossOffice(base.get(), std::move(claims), xo);
  std::string format = o.format.empty() ? "text" : o.format;
  claims::Base empty;
  auto sink = MakeSink(format, stdout, o, base ? *base : empty, false);
  check::DocumentResult doc;
  doc.file = file;
  doc.findings = cross;
  bool failed = false;
  for (const auto& f : cross) failed = failed || Fails(f, o);
  check::Deliver(doc, sink.get());
  sink->Finish();
  return failed ? 1 : 0;
}

}  // namespace onevoice::cli
