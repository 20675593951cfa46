#include "check/phrases.h"

#include <re2/re2.h>

#include "extract/lexicon.h"

namespace onevoice::check {

std::string LanguageOf(std::string_view text) { return extract::IsJapanese(text) ? "ja" : "en"; }

std::vector<PhraseHit> FindPhrases(const claims::Base& base, std::string_view text, const std::string& lang) {
  std::vector<PhraseHit> out;
  for (const auto& rule : base.phrases) {
    if (rule.lang != lang) continue;
    for (const auto& p : rule.patterns) {
      if (!p.regex) continue;
      const RE2& regex = p.regex->Get();
      if (!regex.ok()) continue;
      re2::StringPiece m;
      if (regex.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) {
        size_t b = static_cast<size_t>(m.data() - text.data());
        out.push_back(PhraseHit{&rule, b, b + m.size()});
        break;
      }
    }
  }
  return out;
}

bool Substantiated(const claims::PhraseRule& rule, std::string_view document) {
  for (const auto& p : rule.unless) {
    if (!p.regex) continue;
    const RE2& regex = p.regex->Get();
    if (regex.ok() && RE2::PartialMatch(document, regex)) return true;
  }
  return false;
}

}  // namespace onevoice::check
