#include "extract/lexicon.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "base/limits.h"
#include "base/unicode.h"

namespace onevoice::extract {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool HasLatin(std::string_view w) {
  for (char c : w) {
    if (IsAsciiAlnum(c)) return true;
  }
  return false;
}

// Splits a product name into tokens at spaces, '・' and '･'.
std::vector<std::string> NameTokens(const std::string& name) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < name.size();) {
    if (name[i] == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      ++i;
    } else if (name.compare(i, 3, "・") == 0) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      i += 3;
    } else {
      cur += name[i++];
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Spelling variants people write for one name: with or without the space or
// middle dot between parts ("メリディアン シンク", "メリディアン・シンク",
// "メリディアンシンク").
std::vector<std::string> Variants(const std::string& name) {
  std::vector<std::string> tokens = NameTokens(name);
  std::vector<std::string> out{name};
  if (tokens.size() > 1) {
    std::string joined, spaced, dotted;
    for (size_t i = 0; i < tokens.size(); ++i) {
      joined += tokens[i];
      spaced += (i ? " " : "") + tokens[i];
      dotted += (i ? "・" : "") + tokens[i];
    }
    out.push_back(joined);
    out.push_back(spaced);
    out.push_back(dotted);
  }
  return out;
}

}  // namespace

bool IsJapanese(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0x3000) continue;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    if (sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA || sc == USCRIPT_HAN) return true;
  }
  return false;
}

bool NounStartsAt(std::string_view s, size_t at) {
  if (at >= s.size() || static_cast<unsigned char>(s[at]) < 0x80) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  UErrorCode st = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(c, &st);
  return sc == USCRIPT_HAN || sc == USCRIPT_KATAKANA || c == 0x30FC;
}

claims::Tax StatedTax(const std::vector<Mention>& ms, size_t b, size_t e) {
  for (const Mention& m : ms) {
    if (IsWord(m, "tax") && m.begin >= b && m.end <= e) {
      const std::string& t = m.term->entry->Attr("tax");
      if (t == "included") return claims::Tax::kIncluded;
      if (t == "excluded") return claims::Tax::kExcluded;
    }
  }
  return claims::Tax::kUnstated;
}

Engine::Engine(const claims::Base& base)
    : base_(base), quantities_(std::make_unique<QuantityParser>(*base.lexicon)) {
  // (word as matched, then what it stands for): duplicates are skipped.
  std::set<std::tuple<std::string, bool, int, int, std::string, std::string, std::string, const void*>> seen;
  auto add = [&](Term t) {
    // Language data is normalized when compiled; names and cues from the base are not.
    if (t.type != MentionType::kWord) t.word = NormalizeWord(t.word);
    t.latin = HasLatin(t.word);
    t.word = AsciiLower(t.word);
    if (t.word.empty() ||
        !seen.emplace(t.word, t.capitalized, static_cast<int>(t.type), t.product, t.attribute, t.member,
                      t.category, t.entry)
             .second)
      return;
    terms_.push_back(std::move(t));
  };
  // Products: current names, deprecated names, and derived short names.
  std::map<std::string, int> token_products;  // token -> how many products use it
  for (size_t p = 0; p < base.products.size(); ++p) {
    std::set<std::string> tokens;
    const auto& names = base.products[p].names;
    std::vector<std::string> all{names.canonical};
    for (const auto& [lang, list] : names.names) all.insert(all.end(), list.begin(), list.end());
    for (const auto& n : all) {
      for (const auto& t : NameTokens(NormalizeWord(n))) tokens.insert(t);
    }
    for (const auto& t : tokens) ++token_products[t];
  }
  for (size_t p = 0; p < base.products.size(); ++p) {
    const auto& names = base.products[p].names;
    std::vector<std::string> all{names.canonical};
    for (const auto& [lang, list] : names.names) all.insert(all.end(), list.begin(), list.end());
    for (const auto& n : all) {
      for (const auto& v : Variants(NormalizeWord(n))) add(Term{.type = MentionType::kProduct, .word = v, .product = static_cast<int>(p)});
      std::vector<std::string> tokens = NameTokens(NormalizeWord(n));
      if (tokens.size() > 1) {
        for (const auto& t : tokens) {
          if (token_products[t] == 1 && CodePointCount(t) >= 3) {
            Term st{.type = MentionType::kShortName, .word = t, .product = static_cast<int>(p)};
            st.capitalized = HasLatin(t);
            add(st);
          }
        }
      }
    }
    for (const auto& d : names.deprecated) {
      for (const auto& v : Variants(NormalizeWord(d))) add(Term{.type = MentionType::kDeprecated, .word = v, .product = static_cast<int>(p)});
    }
  }
  // Attribute cues and set members (company-wide and per product).
  // A cue's first word (or a one-word cue) may be written as any word of its
  // cue_synonyms group ("per user" is also "each user", "every user";
  // "certified" is also "registered").
  // Per language, groups of interchangeable first words: a word and the
  // entries that are `same_as` it.
  std::map<std::string, std::map<std::string, std::set<std::string>>> synonym_groups;
  for (const std::string& lang : base.lexicon->Languages()) {
    for (const auto& e : base.lexicon->Entries(lang, "cue_synonyms")) {
      const std::string head = AsciiLower(e.Attr("same_as"));
      synonym_groups[lang][head].insert(head);
      synonym_groups[lang][head].insert(AsciiLower(e.word));
    }
  }
  auto first_word_synonyms = [&](const std::string& lang, const std::string& cue) {
    std::vector<std::string> out;
    const size_t sp = std::min(cue.find(' '), cue.size());  // a one-word cue is all first word
    auto groups = synonym_groups.find(lang);
    if (groups == synonym_groups.end()) return out;
    const std::string first = AsciiLower(cue.substr(0, sp));
    for (const auto& [head, words] : groups->second) {
      if (!words.count(first)) continue;
      for (const auto& w : words) {
        if (w == first) continue;
        // A mark stands glued to the next word ("/user" for "per user").
        const bool mark = !w.empty() && !std::isalpha(static_cast<unsigned char>(w[0]));
        out.push_back(mark ? w + cue.substr(std::min(sp + 1, cue.size())) : w + cue.substr(sp));
      }
    }
    return out;
  };
  auto add_attribute = [&](const claims::Attribute& a) {
    for (const auto& [lang, cues] : a.cues) {
      for (const auto& c : cues) {
        Term t{.type = MentionType::kCue, .word = c};
        t.attribute = a.id;
        t.lang = lang;
        add(t);
        for (const auto& variant : first_word_synonyms(lang, c)) {
          Term v{.type = MentionType::kCue, .word = variant};
          v.attribute = a.id;
          v.lang = lang;
          add(v);
        }
      }
    }
    for (const auto& m : a.members) {
      for (const auto& alias : m.aliases) {
        Term t{.type = MentionType::kMember, .word = alias};
        t.attribute = a.id;
        t.member = m.canonical;
        add(t);
      }
      Term t{.type = MentionType::kMember, .word = m.canonical};
      t.attribute = a.id;
      t.member = m.canonical;
      add(t);
    }
  };
  for (const auto& [id, a] : base.attributes) add_attribute(a);
  for (const auto& p : base.products) {
    for (const auto& [id, a] : p.attributes) add_attribute(a);
  }
  // Language categories that shape claims.
  static const char* kCategories[] = {"anaphora",         "negation",       "affirmative",
                                      "question_marker",  "requirement_marker", "retraction",
                                      "correction_right", "reported_speech", "deal_marker",
                                      "deal_target",      "period_marker",   "respectively",
                                      "clause_break",     "column_role",     "capacity_marker",
                                      "tax",              "billing_unit",    "customer_marker",
                                      "topic_marker",     "count_qualifier", "comparison_marker",
                                      "office_suffix",    "currency_note",   "value_denial",
                                      "requirement_met",  "conjunction",     "past_tense",
                                      "not_anaphora",     "product_verb",    "change_verb",
                                      "planned_marker",   "ability",         "own_marker",
                                      "cue_denial",       "not_customer",    "compliance_answer",
                                      "difference_marker", "quotative",  "topic_frame",  "together_marker",
                                      "list_lead",        "source_marker",  "observed_marker"};
  for (const std::string& lang : base.lexicon->Languages()) {
    for (const char* cat : kCategories) {
      for (const auto& e : base.lexicon->Entries(lang, cat)) {
        Term t{.type = MentionType::kWord, .word = e.word};
        t.category = cat;
        t.entry = &e;
        t.lang = lang;
        add(t);
      }
    }
  }
  for (const auto* e : base.lexicon->AllEntries("cue_suffix")) cue_suffixes_.push_back(AsciiLower(e->word));
  // The numeral characters of the language data (一, 十, 千, 万…): a counter
  // cue of one kanji counts after one of them as after a digit.
  for (const char* cat : {"kanji_digit", "kanji_small_unit", "kanji_large_unit"})
    for (const auto* e : base.lexicon->AllEntries(cat)) numeral_chars_.push_back(e->word);
  for (size_t i = 0; i < terms_.size(); ++i) {
    const Term& t = terms_[i];
    if (t.type != MentionType::kCue || !t.latin) continue;
    const size_t sp = t.word.find(' '), last = t.word.rfind(' ');
    if (sp == std::string::npos) continue;
    const std::string first = t.word.substr(0, sp), end = t.word.substr(last + 1);
    bool alpha = !first.empty() && !end.empty();
    for (char ch : first + end) alpha = alpha && std::isalpha(static_cast<unsigned char>(ch));
    if (alpha) split_cues_.push_back({first, end, static_cast<int>(i)});
    multiword_cues_.emplace_back(t.word, static_cast<int>(i));
  }
  std::stable_sort(split_cues_.begin(), split_cues_.end(),
                   [](const SplitCue& a, const SplitCue& b) { return a.first < b.first; });
  for (const SplitCue& c : split_cues_) split_cue_firsts_.insert(c.first);
  for (const auto* e : base.lexicon->AllEntries("cue_joiner")) cue_joiners_.push_back(e->word);
  for (const auto* e : base.lexicon->AllEntries("office_link")) office_links_.push_back(AsciiLower(e->word));
  // A set is of places when an office's name names one of its members
  // ("Tokyo office" and the data centre Tokyo).
  for (const auto& [id, a] : base.attributes) {
    if (a.kind != claims::Kind::kSet) continue;
    bool place = false;
    for (const claims::Member& m : a.members) {
      for (const std::string& alias : m.aliases) {
        const std::string word = AsciiLower(alias);
        for (const claims::Office& o : base.offices) {
          std::string name = " " + AsciiLower(o.name) + " ";  // "us office (portland, oregon)"
          for (char& ch : name)
            if (std::ispunct(static_cast<unsigned char>(ch))) ch = ' ';
          place = place || (!word.empty() && name.find(" " + word + " ") != std::string::npos);
        }
      }
    }
    if (place) place_sets_.insert(id);
  }
  auto longest_first = [&](const char* category, std::string_view at = "") {
    std::vector<std::string> words;
    for (const auto* e : base.lexicon->AllEntries(category))
      if (e->Attr("at") == at) words.push_back(e->word);
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return words;
  };
  basis_markers_ = longest_first("basis_marker");
  percent_bases_ = longest_first("percent_base");
  percent_bases_before_ = longest_first("percent_base", "before");
  basis_suffixes_ = longest_first("basis_suffix");
  for (const std::string& w : longest_first("product_label")) product_labels_.push_back(AsciiLower(w));
  for (const auto* e : base.lexicon->AllEntries("split_cue_suffix")) {
    split_cue_suffixes_.push_back(AsciiLower(e->word));
  }
  // Groups for the longest-match rule in FindMentions, numbered once here
  // rather than compared by name per pair of mentions.
  std::map<std::string, int> category_groups;
  for (Term& t : terms_) {
    switch (t.type) {
      case MentionType::kProduct:
      case MentionType::kDeprecated:
      case MentionType::kShortName: t.group = 0; break;
      case MentionType::kCue: t.group = 1; break;
      case MentionType::kMember: t.group = 2; break;
      case MentionType::kWord:
        t.group = category_groups.emplace(t.category, 3 + static_cast<int>(category_groups.size())).first->second;
        break;
    }
  }
  for (size_t i = 0; i < terms_.size(); ++i) {
    dict_.Add(terms_[i].word, static_cast<int>(i));
    if (terms_[i].type == MentionType::kProduct || terms_[i].type == MentionType::kDeprecated) {
      std::string folded = FoldToAlnum(terms_[i].word);
      if (folded.empty()) every_text_names_ = true;
      product_names_.Add(folded, static_cast<int>(i));
    }
  }
  dict_.Build();
  product_names_.Build();
  for (const auto& rule : base.phrases) {
    if (!phrase_sets_.count(rule.lang)) phrase_sets_.emplace(rule.lang, std::make_unique<PhraseSet>());
  }
  // What claim extraction asks per value and product, answered once here.
  products_.resize(base.products.size());
  for (size_t p = 0; p < base.products.size(); ++p) {
    const std::string& id = base.products[p].id;
    products_[p].attributes = base.AttributesFor(id);
    if (const claims::Product* found = base.FindProduct(id)) {
      for (const auto& c : found->claims) products_[p].claimed.push_back(c.attribute);
    }
    std::sort(products_[p].claimed.begin(), products_[p].claimed.end());
  }
}

struct Engine::PhraseSet {
  std::vector<const claims::PhrasePattern*> patterns;  // by index in the set
  std::once_flag once;
  std::unique_ptr<re2::RE2::Set> set;  // null when it cannot be used
};

Engine::~Engine() = default;

bool Engine::PhrasePatternsIn(std::string_view text, const std::string& lang,
                              std::vector<const claims::PhrasePattern*>* matched) const {
  matched->clear();
  auto it = phrase_sets_.find(lang);
  if (it == phrase_sets_.end()) return true;  // no rule of this language
  PhraseSet& ps = *it->second;
  std::call_once(ps.once, [&] {
    // The options each pattern's own RE2 is built with (claims::LazyRegex).
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(DefaultLimits().regex_max_mem);
    auto set = std::make_unique<re2::RE2::Set>(options, RE2::UNANCHORED);
    std::vector<const claims::PhrasePattern*> added;
    for (const auto& rule : base_.phrases) {
      if (rule.lang != lang) continue;
      for (const auto& p : rule.patterns) {
        if (!p.regex || !p.regex->Get().ok()) continue;  // never tried, as in FindPhrases
        if (set->Add(p.regex->pattern(), nullptr) < 0) return;
        added.push_back(&p);
      }
    }
    if (!set->Compile()) return;
    ps.patterns = std::move(added);
    ps.set = std::move(set);
  });
  if (!ps.set) return false;
  std::vector<int> ids;
  re2::RE2::Set::ErrorInfo error;
  if (!ps.set->Match(text, &ids, &error)) return error.kind == re2::RE2::Set::kNoError;
  for (int id : ids) matched->push_back(ps.patterns[id]);
  return true;
}

bool Engine::HasClaims(int product, const claims::Attribute* a) const {
  if (!a) return false;
  const std::vector<std::string>& claimed = products_[product].claimed;
  return std::binary_search(claimed.begin(), claimed.end(), a->id);
}

std::vector<const Term*> Engine::CategoryTerms(std::string_view category) const {
  std::vector<const Term*> out;
  for (const auto& t : terms_) {
    if (t.type == MentionType::kWord && t.category == category) out.push_back(&t);
  }
  return out;
}

const Term* Engine::CueStartingWith(std::string_view cell) const {
  while (!cell.empty() && !std::isalnum(static_cast<unsigned char>(cell.back()))) cell.remove_suffix(1);
  while (!cell.empty() && !std::isalnum(static_cast<unsigned char>(cell.front()))) cell.remove_prefix(1);
  if (cell.find(' ') == std::string_view::npos) return nullptr;  // two words at least
  const Term* found = nullptr;
  for (const auto& [words, term] : multiword_cues_) {
    if (words.size() <= cell.size() || words.compare(0, cell.size(), cell) != 0 || words[cell.size()] != ' ')
      continue;
    // The cell's words begin exactly one cue: two cues sharing them are ambiguous.
    if (found && found->attribute != terms_[term].attribute) return nullptr;
    found = &terms_[term];
  }
  return found;
}

// How far apart the first and last word of a split cue may be, in words.
constexpr size_t kSplitCueGap = 6;

void Engine::AddSplitCues(std::string_view lower, std::vector<Mention>* out) const {
  // Words: runs of ASCII letters and digits that start with a letter; a
  // clause mark between two words ends the search (one clause).
  struct Word {
    size_t begin, end;
    bool clause_before;
    // Joined by a hyphen to the word before or after: one part of a
    // compound ("risk-free pilot … for" is no "free … for").
    bool hyphen_before, hyphen_after;
  };
  std::vector<Word> words;
  bool mark = false;
  for (size_t i = 0; i < lower.size();) {
    if (std::isalpha(static_cast<unsigned char>(lower[i]))) {
      size_t j = i;
      while (j < lower.size() && std::isalnum(static_cast<unsigned char>(lower[j]))) ++j;
      words.push_back({i, j, mark, i > 0 && lower[i - 1] == '-', j < lower.size() && lower[j] == '-'});
      mark = false;
      i = j;
    } else {
      // A number between them too: the cue words surround what is done,
      // never the value ("a tenant can grow to 500 TB" is no "a … TB").
      mark = mark || std::strchr(".,;:!?()|", lower[i]) != nullptr || static_cast<unsigned char>(lower[i]) >= 0x80 ||
             std::isdigit(static_cast<unsigned char>(lower[i]));
      ++i;
    }
  }
  // The split cues whose first word is `w` as written or with one of the
  // language's inflections taken off ("restores", "restored": "restore").
  std::vector<const SplitCue*> starting;
  auto starting_with = [&](std::string_view w) {
    starting.clear();
    auto add = [&](std::string_view base) {
      if (!split_cue_firsts_.count(base)) return;
      auto it = std::lower_bound(split_cues_.begin(), split_cues_.end(), base,
                                 [](const SplitCue& c, std::string_view b) { return c.first < b; });
      for (; it != split_cues_.end() && it->first == base; ++it) starting.push_back(&*it);
    };
    add(w);
    for (const auto& suffix : split_cue_suffixes_) {
      if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
        add(w.substr(0, w.size() - suffix.size()));
      }
    }
  };
  for (size_t a = 0; a < words.size(); ++a) {
    if (words[a].hyphen_before) continue;
    starting_with(lower.substr(words[a].begin, words[a].end - words[a].begin));
    // A clause mark or number right after the first word ends the search too.
    if (a + 1 < words.size() && words[a + 1].clause_before) continue;
    for (const SplitCue* sc : starting) {
      for (size_t b = a + 2; b < words.size() && b <= a + 1 + kSplitCueGap; ++b) {
        if (words[b].clause_before) break;
        if (words[b].hyphen_after || lower.substr(words[b].begin, words[b].end - words[b].begin) != sc->last)
          continue;
        out->push_back(Mention{&terms_[sc->term], words[a].begin, words[b].end});
        break;
      }
    }
  }
}

bool Engine::MayNameAProduct(std::string_view norm) const {
  if (every_text_names_) return true;
  return product_names_.ContainsAny(FoldToAlnum(norm));
}

namespace {

// Katakana, the long-vowel mark included (not the middle dot ・, which joins
// names: a Common-script character).
bool IsKatakana(UChar32 c) {
  if (c == 0x30FC || c == 0xFF70) return true;
  UErrorCode st = U_ZERO_ERROR;
  return uscript_getScript(c, &st) == USCRIPT_KATAKANA;
}

// The code point that starts at / ends before `at` is katakana.
bool KatakanaAt(std::string_view s, size_t at) {
  if (at >= s.size()) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && IsKatakana(c);
}
bool KatakanaBefore(std::string_view s, size_t at) {
  if (at == 0 || at > s.size()) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c >= 0 && IsKatakana(c);
}

// A product's name that is one piece of another name: katakana running on
// before or after it (「シンクロドライブ」 is no 「シンク」), or, for a short
// name, a capitalized word before it inside a sentence ("…, Viridian Vault,
// keeps…" is no "Vault").
bool InsideAnotherName(std::string_view text, size_t b, size_t e, bool short_name) {
  if ((KatakanaAt(text, b) && KatakanaBefore(text, b)) || (KatakanaBefore(text, e) && KatakanaAt(text, e))) return true;
  // (A full name stands after any word: "From 1 April Meridian Sync".)
  if (!short_name || b < 2 || text[b - 1] != ' ' || !(text[b] >= 'A' && text[b] <= 'Z')) return false;
  size_t w = b - 1;
  while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  if (w == b - 1 || !(text[w] >= 'A' && text[w] <= 'Z')) return false;
  for (size_t k = w + 1; k < b - 1; ++k)
    if (!std::islower(static_cast<unsigned char>(text[k]))) return false;
  // …not the sentence's first word ("Use Vault for…").
  size_t p = w;
  while (p > 0 && text[p - 1] == ' ') --p;
  return p > 0 && text[p - 1] != '.' && text[p - 1] != '!' && text[p - 1] != '?' && text[p - 1] != '"';
}

// A kanji starts at byte i of s.
bool KanjiAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c >= 0 && IsKanji(static_cast<char32_t>(c));
}

// A number ends at byte `at` of s: an ASCII digit, or one of `numerals`
// (the language data's numeral characters), right before it.
bool NumberEndsAt(std::string_view s, size_t at, const std::vector<std::string>& numerals) {
  if (at == 0) return false;
  if (std::isdigit(static_cast<unsigned char>(s[at - 1]))) return true;
  for (const std::string& n : numerals)
    if (at >= n.size() && s.compare(at - n.size(), n.size(), n) == 0) return true;
  return false;
}

}  // namespace

std::vector<Mention> Engine::FindMentions(std::string_view text, std::string_view lower) const {
  std::vector<Dictionary::Hit> hits;
  dict_.Find(lower, &hits);
  std::vector<Mention> out;
  out.reserve(hits.size());
  auto ends_word = [&](size_t end) {
    return !IsAsciiAlnum(lower[end - 1]) || end >= lower.size() || !IsAsciiAlnum(lower[end]);
  };
  const bool lower_only = std::none_of(text.begin(), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  for (auto h : hits) {
    const Term& t = terms_[h.payload];
    if (t.latin) {
      // Word boundaries where the word starts or ends with a letter or digit.
      if (IsAsciiAlnum(lower[h.begin]) && h.begin > 0 && IsAsciiAlnum(lower[h.begin - 1])) continue;
      if (!ends_word(h.end)) {
        // A cue with an inflection ("SLAs") is still that cue, a member in
        // the plural ("iPhones", "Macs") that member.
        bool inflected = false;
        if (t.type == MentionType::kCue || t.type == MentionType::kMember) {
          for (const auto& suffix : cue_suffixes_) {
            if (lower.substr(h.end, suffix.size()) == suffix && ends_word(h.end + suffix.size())) {
              h.end += suffix.size();
              inflected = true;
              break;
            }
          }
        }
        if (!inflected) continue;
      }
      // A word of the language data hyphenated on is part of a compound:
      // "the service" is no reference in "the service-line dashboards".
      if (t.type == MentionType::kWord && h.end + 1 < lower.size() && lower[h.end] == '-' &&
          std::isalpha(static_cast<unsigned char>(lower[h.end + 1])))
        continue;
      // A digit glued to a number is part of it ("21TB" is not "1TB").
      if (h.begin > 0 && std::isdigit(static_cast<unsigned char>(lower[h.begin])) &&
          (lower[h.begin - 1] == '.' || lower[h.begin - 1] == ','))
        continue;
    }
    // A cue of one kanji (名, 人, 席) is a counter: it counts only right after
    // a number (「10,000名」), not inside a word (品名, 法人, 個人).
    if (t.type == MentionType::kCue && !t.latin && h.end - h.begin == 3 && KanjiAt(lower, h.begin) &&
        !NumberEndsAt(lower, h.begin, numeral_chars_))
      continue;
    // A katakana cue runs on: 「リリース」 in 「リリースノート」 is not that
    // word. (Names: InsideAnotherName below. A member does run on:
    // 「シドニーリージョン」 is Sydney's region.)
    if (t.type == MentionType::kCue && KatakanaBefore(lower, h.end) && KatakanaAt(lower, h.end)) continue;
    // A name that must be capitalized ("Insight", not "insight into") —
    // unless the text capitalizes nothing (all-lower-case phone mail).
    if (t.capitalized && !(text[h.begin] >= 'A' && text[h.begin] <= 'Z') && !lower_only) continue;
    if ((t.type == MentionType::kShortName || t.type == MentionType::kProduct) &&
        InsideAnotherName(text, h.begin, h.end, t.type == MentionType::kShortName))
      continue;
    out.push_back(Mention{&t, h.begin, h.end});
  }
  // Longest match within a type: drop a mention inside a longer one of the
  // same type ("SOC 2" inside "SOC 2 Type II"; "response time" inside
  // "support response time"). Words of different categories all stay.
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  auto same_kind = [](const Mention& a, const Mention& b) { return a.term->group == b.term->group; };
  std::vector<Mention> kept;
  for (const Mention& m : out) {
    bool inside = false;
    for (const Mention& k : kept) {
      if (same_kind(k, m) && m.begin >= k.begin && m.end <= k.end && (k.end - k.begin) > (m.end - m.begin)) {
        inside = true;
        break;
      }
      // Overlapping product names: the earlier-starting, longer one wins.
      if (same_kind(k, m) && k.type() != MentionType::kCue && k.type() != MentionType::kWord &&
          m.begin < k.end && m.begin > k.begin) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push_back(m);
  }
  // Split cues come last and hide nothing; a cue written whole wins over
  // one of the same attribute or as long ("user" inside "each … user gets"
  // does not).
  if (!split_cues_.empty()) {
    std::vector<Mention> split;
    AddSplitCues(lower, &split);
    const size_t whole = kept.size();
    for (const Mention& m : split) {
      bool covered = false;
      for (size_t i = 0; i < whole; ++i) {
        const Mention& k = kept[i];
        covered = covered || (k.type() == MentionType::kCue && k.begin < m.end && m.begin < k.end &&
                              (k.term->attribute == m.term->attribute || k.end - k.begin >= m.end - m.begin));
      }
      if (!covered) kept.push_back(m);
    }
    if (kept.size() > whole) {
      std::stable_sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    }
  }
  return kept;
}

}  // namespace onevoice::extract
