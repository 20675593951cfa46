// Engine: the claims base and the language data compiled for matching, once
// per loaded base, then shared read-only by every thread (STYLE §2.4 rule 7).
//
// Holds one Dictionary over lower-cased normalized text for every product
// name (current, deprecated, and short names derived from them), every
// attribute cue, every set-member alias and every word of the claim-shaping
// language categories (data/lang/<lang>/claims.yaml), and the QuantityParser.
// FindMentions() applies word boundaries (for Latin words) and keeps the
// longest of overlapping mentions of the same type.
#ifndef ONEVOICE_EXTRACT_LEXICON_H_
#define ONEVOICE_EXTRACT_LEXICON_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claims/base.h"
#include "extract/dictionary.h"
#include "extract/quantity.h"

namespace onevoice::extract {

enum class MentionType {
  kProduct,     // a current name of a product
  kDeprecated,  // an old or misspelled name (also names the product)
  kShortName,   // "Sync", "シンク": names the product after its full name appeared
  kCue,         // an attribute cue word
  kMember,      // a set member alias
  kWord,        // a word of a language category (anaphora, negation, …)
};

struct Term {
  MentionType type = MentionType::kWord;
  std::string word{};     // normalized, as matched (lower-cased for Latin)
  int product = -1;       // index into Base::products
  std::string attribute{};  // kCue, kMember
  std::string member{};     // kMember: canonical
  std::string category{};   // kWord: "negation", "anaphora"…
  const claims::LexEntry* entry = nullptr;  // kWord
  std::string lang{};       // language of the word ("" for names/members)
  bool latin = false;     // needs word boundaries
  bool capitalized = false;  // short names: must start upper-case in the text
  // Mentions of one group hide shorter ones of the same group inside them:
  // all product names share one, cues one, members one, and each language
  // category its own. Set by the Engine.
  int group = 0;
};

struct Mention {
  const Term* term = nullptr;
  size_t begin = 0, end = 0;  // in the unit text
  MentionType type() const { return term->type; }
};

// A mention that names a product: a current, deprecated or short name.
inline bool IsProductMention(const Mention& m) {
  return m.type() == MentionType::kProduct || m.type() == MentionType::kDeprecated ||
         m.type() == MentionType::kShortName;
}

// A word of the language category `category` ("negation", "tax"…).
inline bool IsWord(const Mention& m, std::string_view category) {
  return m.type() == MentionType::kWord && m.term->category == category;
}

// A period_marker word that `means` this ("former", "present", "until"…).
inline bool IsPeriodMarker(const Mention& m, std::string_view means) {
  return IsWord(m, "period_marker") && m.term->entry->Attr("means") == means;
}

// A kanji or katakana code point starts at `at` of `s`: a Japanese noun
// ("ない訪問先": the negation modifies that noun, it is no predicate).
bool NounStartsAt(std::string_view s, size_t at);

// The tax the first `tax` word of `ms` inside [b, e) states (税抜, "excl.
// VAT"), kUnstated when none does.
claims::Tax StatedTax(const std::vector<Mention>& ms, size_t b, size_t e);

class Engine {
 public:
  // REQUIRES: base outlives the Engine.
  explicit Engine(const claims::Base& base);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const claims::Base& base() const { return base_; }
  const QuantityParser& quantities() const { return *quantities_; }
  const claims::Lexicon& lexicon() const { return *base_.lexicon; }

  // Mentions in `text` (lower: its ASCII-lower-cased copy), sorted by begin.
  std::vector<Mention> FindMentions(std::string_view text, std::string_view lower) const;

  // False only when the normalized text `norm` (a document's parts as
  // text/normalize.h leaves them) cannot hold a product name, current or
  // deprecated: the names are looked for with case, ASCII spaces and ASCII
  // punctuation ignored on both sides, so a name that a unit, a joined line,
  // a quoted continuation or a two-row table header puts together is found
  // in its pieces. A document that answers false yields no claim and no
  // terminology finding, and claim extraction may skip it. One trie pass.
  bool MayNameAProduct(std::string_view norm) const;

  // A table's label cell that is the first words (two or more) of a cue of
  // several words ("Support response" for "support response time"): that
  // cue, spanning the cell [begin, end) of `lower`; null when none.
  const Term* CueStartingWith(std::string_view lower_cell) const;

  // The words of one language category, in every language (for callers that
  // scan a column header or a line for a role).
  std::vector<const Term*> CategoryTerms(std::string_view category) const;
  // The language data's cue_joiner words (「の」): between two cues of one
  // kind, the first says what the second is of. Not matched as mentions
  // (they are common words); claim extraction compares text with them.
  const std::vector<std::string>& CueJoiners() const { return cue_joiners_; }
  // Words linking an office word to a place ("colleague in London"), lower-cased.
  const std::vector<std::string>& OfficeLinks() const { return office_links_; }
  // Whether the set attribute `attribute` is a set of places: one whose
  // member an office's name in offices.yaml names ("Tokyo office"). Only
  // there does an office word after a member make it an office ("our Tokyo
  // team"); "Android clients" stay platforms.
  bool IsPlaceSet(const std::string& attribute) const { return place_sets_.count(attribute) > 0; }
  // The basis_marker words (「で」「につき」), longest first: compared at one
  // place, never searched for (they are everywhere in Japanese text).
  const std::vector<std::string>& BasisMarkers() const { return basis_markers_; }
  // The percent_base words ("of", "off"), longest first: right after a
  // percent they make what follows the percentage's base.
  const std::vector<std::string>& PercentBases() const { return percent_bases_; }
  // The percent_base words marked `at: before` (「の」), longest first:
  // right before a percent, after its base (「月額利用料の10％」).
  const std::vector<std::string>& PercentBasesBefore() const { return percent_bases_before_; }
  // The basis_suffix words (「あたり」「につき」), longest first: right before a
  // figure, what the figure is per.
  const std::vector<std::string>& BasisSuffixes() const { return basis_suffixes_; }
  // The product_label words ("product", 製品名), lower-cased: the label of a
  // form's product line or row.
  const std::vector<std::string>& ProductLabels() const { return product_labels_; }

  // Base::AttributesFor(the id of product `product`), computed once:
  // REQUIRES: 0 <= product < base().products.size(). Valid as long as the
  // Engine.
  const std::vector<const claims::Attribute*>& AttributesOf(int product) const {
    return products_[product].attributes;
  }
  // True when the base holds a claim of product `product` for attribute `a`
  // (Base::ClaimsFor is not empty); false for a null `a`.
  bool HasClaims(int product, const claims::Attribute* a) const;

  // The phrase patterns (Base::phrases) of rules in language `lang` that
  // match somewhere in `text`, found in one pass by an RE2::Set per language
  // (compiled on first use with the options of claims::LazyRegex, then
  // shared by every thread). Sets *matched to them, in no particular order,
  // and returns true; returns false when the set cannot answer (it did not
  // compile or ran out of its memory budget): the caller then tries each
  // pattern itself. Thread-safe.
  bool PhrasePatternsIn(std::string_view text, const std::string& lang,
                        std::vector<const claims::PhrasePattern*>* matched) const;

 private:
  const claims::Base& base_;
  std::unique_ptr<QuantityParser> quantities_;
  std::vector<Term> terms_;
  Dictionary dict_;
  // The kProduct and kDeprecated words of terms_, folded (FoldToAlnum);
  // every_text_names_ when one folds to nothing.
  Dictionary product_names_;
  bool every_text_names_ = false;
  std::vector<std::string> cue_suffixes_;  // lexicon category cue_suffix ("s", "es")
  std::vector<std::string> numeral_chars_;  // kanji_digit, kanji_small_unit, kanji_large_unit words
  // Latin cues of two or more words, also found with words in between
  // ("restore within" in "restores a full file server within"): the first
  // and last word of each, and its term.
  struct SplitCue {
    std::string first, last;
    int term;
  };
  std::vector<SplitCue> split_cues_;  // sorted by first word
  // The first words of split_cues_ (views into it): most words of a unit
  // start none, and a hash lookup says so before any binary search.
  std::unordered_set<std::string_view> split_cue_firsts_;
  std::vector<std::string> split_cue_suffixes_;  // lexicon split_cue_suffix ("s", "ed")
  std::vector<std::string> cue_joiners_;         // lexicon cue_joiner
  std::vector<std::string> office_links_;        // lexicon office_link, lower-cased
  std::set<std::string> place_sets_;             // see IsPlaceSet
  std::vector<std::string> basis_markers_;       // lexicon basis_marker, longest first
  std::vector<std::string> percent_bases_;       // lexicon percent_base, longest first
  std::vector<std::string> percent_bases_before_;  // …those with at: before
  std::vector<std::string> product_labels_;      // lexicon product_label, lower-cased
  std::vector<std::string> basis_suffixes_;         // lexicon basis_suffix, longest first
  std::vector<std::pair<std::string, int>> multiword_cues_;  // (words, term), Latin
  struct ProductAttributes {
    std::vector<const claims::Attribute*> attributes;
    std::vector<std::string> claimed;  // attribute ids with claims, sorted
  };
  std::vector<ProductAttributes> products_;  // by index into Base::products
  struct PhraseSet;  // per language, see PhrasePatternsIn
  std::map<std::string, std::unique_ptr<PhraseSet>, std::less<>> phrase_sets_;
  void AddSplitCues(std::string_view lower, std::vector<Mention>* out) const;
};

// True when s (normalized) contains Japanese script (kana or kanji).
bool IsJapanese(std::string_view s);

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_LEXICON_H_
