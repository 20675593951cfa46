// Phrase rules (SPEC §2 phrases/*.yaml): superlatives, guarantees, banned
// wording. A rule applies only to units in its language (Japanese when the
// unit holds kana or kanji, else English); its `unless` patterns clear it when
// they match anywhere in the same document. Pure functions; thread-safe (the
// compiled RE2s are shared read-only).
#ifndef ONEVOICE_CHECK_PHRASES_H_
#define ONEVOICE_CHECK_PHRASES_H_

#include <string>
#include <string_view>
#include <vector>

#include "claims/base.h"
#include "extract/lexicon.h"

namespace onevoice::check {

struct PhraseHit {
  const claims::PhraseRule* rule = nullptr;
  size_t begin = 0, end = 0;  // in the text searched
};

// "ja" or "en" for a normalized text.
std::string LanguageOf(std::string_view text);

// Every rule of `lang` whose pattern matches `text`: the first match of each
// rule. `unless` is not applied here.
std::vector<PhraseHit> FindPhrases(const claims::Base& base, std::string_view text, const std::string& lang);
// The same hits, with the engine's RE2::Set of the language ruling out in one
// pass the patterns that cannot match before any is searched on its own.
std::vector<PhraseHit> FindPhrases(const extract::Engine& engine, std::string_view text, const std::string& lang);

// True when one of the rule's `unless` patterns matches the document.
bool Substantiated(const claims::PhraseRule& rule, std::string_view document);

}  // namespace onevoice::check

#endif  // ONEVOICE_CHECK_PHRASES_H_
