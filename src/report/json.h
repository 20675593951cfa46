// JSON reports (SPEC §5): the whole-run document (`--format json`) and JSON
// Lines (`--format jsonl`, one finding or claim per line, streamed).
// Field names and value shapes are on-disk format: change them on purpose,
// with `version`.
#ifndef ONEVOICE_REPORT_JSON_H_
#define ONEVOICE_REPORT_JSON_H_

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

#include "check/sink.h"

namespace onevoice::report {

// A value as the base writes it: a number for count/percent, bytes for
// data-size, {amount, currency, per, tax} for money, {amount, unit} for
// duration, "YYYY[-MM[-DD]]" for date, the member for set, true/false for
// boolean; ranges as {min, max, unit}.
nlohmann::json ValueJson(const claims::Value& v);
// Reads a value written by ValueJson back (jsonl claims for the reduce step).
claims::Value ValueFromJson(const nlohmann::json& j, claims::Kind kind);

nlohmann::json FindingJson(const check::Finding& f);
nlohmann::json ClaimJson(const check::JudgedClaim& c);

// FindingJson(f).dump(-1, ' ', false, error_handler_t::replace) and the same
// for ClaimJson, byte for byte, written straight from the fields without
// building the tree (the jsonl sink writes one per finding and claim of an
// archive). A string that is not valid UTF-8 is written by nlohmann itself.
std::string FindingJsonText(const check::Finding& f);
// ValueJson(v).dump(), byte for byte (and throwing as it does on a string
// that is not UTF-8), written without building the tree.
std::string ValueJsonText(const claims::Value& v);
std::string ClaimJsonText(const check::JudgedClaim& c);
// FindingJson(f)["expected"].dump(), byte for byte; "" when it is null.
std::string ExpectedJsonText(const check::Finding& f);

// Collects everything and writes one JSON document at Finish.
class JsonSink : public check::Sink {
 public:
  explicit JsonSink(std::FILE* out) : out_(out) {}
  void Claim(const check::DocumentResult& doc, const check::JudgedClaim& claim) override;
  void Found(const check::DocumentResult& doc, const check::Finding& finding) override;
  void End(const check::DocumentResult& doc) override;
  void Finish() override;

 private:
  std::FILE* out_;
  nlohmann::json findings_ = nlohmann::json::array();
  nlohmann::json claims_ = nlohmann::json::array();
  std::map<std::string, int> by_kind_;
  int documents_ = 0;
};

// One JSON object per line, written as results arrive: findings, and claims
// too when `with_claims` (the reduce step of cross-office needs them). Each
// line has "type": "finding" or "claim".
class JsonlSink : public check::Sink {
 public:
  JsonlSink(std::FILE* out, bool with_claims) : out_(out), with_claims_(with_claims) {}
  void Claim(const check::DocumentResult& doc, const check::JudgedClaim& claim) override;
  void Found(const check::DocumentResult& doc, const check::Finding& finding) override;

 private:
  std::FILE* out_;
  bool with_claims_;
};

}  // namespace onevoice::report

#endif  // ONEVOICE_REPORT_JSON_H_
