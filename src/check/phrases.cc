#include "check/phrases.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/lexicon.h"

namespace onevoice::check {

std::string LanguageOf(std::string_view text) { return extract::IsJapanese(text) ? "ja" : "en"; }

namespace {

// The first match of each rule of `lang`, trying only the patterns `may`
// accepts.
template <typename May>
std::vector<PhraseHit> Find(const claims::Base& base, std::string_view text, const std::string& lang, May&& may) {
  std::vector<PhraseHit> out;
  for (const auto& rule : base.phrases) {
    if (rule.lang != lang) continue;
    for (const auto& p : rule.patterns) {
      if (!p.regex || !may(p)) continue;
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

}  // namespace

std::vector<PhraseHit> FindPhrases(const claims::Base& base, std::string_view text, const std::string& lang) {
  return Find(base, text, lang, [](const claims::PhrasePattern&) { return true; });
}

std::vector<PhraseHit> FindPhrases(const extract::Engine& engine, std::string_view text, const std::string& lang) {
  std::vector<const claims::PhrasePattern*> matched;
  if (!engine.PhrasePatternsIn(text, lang, &matched)) return FindPhrases(engine.base(), text, lang);
  if (matched.empty()) return {};
  return Find(engine.base(), text, lang, [&](const claims::PhrasePattern& p) {
    return std::find(matched.begin(), matched.end(), &p) != matched.end();
  });
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
