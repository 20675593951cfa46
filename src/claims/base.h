// Base: the claims base of SPEC §2 (offices, attributes, products with their
// canonical claims, phrase rules), loaded by LoadBase (load.h).
//
// The one model that extract and check share. Immutable after loading:
// share one `std::shared_ptr<const Base>` read-only across threads (the
// compiled RE2s are thread-safe). Every element keeps the Position it was
// read from, for diagnostics. All words (names, cues, aliases) are kept as
// written; extract/ normalizes them when it compiles its lexicon.
#ifndef ONEVOICE_CLAIMS_BASE_H_
#define ONEVOICE_CLAIMS_BASE_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "claims/diagnostic.h"
#include "claims/lang.h"
#include "claims/value.h"

namespace re2 {
class RE2;
}

namespace onevoice::claims {

// Language code -> words ("en" -> [users, seats], "ja" -> [ユーザー]).
using Words = std::map<std::string, std::vector<std::string>>;

struct Office {
  std::string id;
  std::string name;
  std::string locale;    // "ja-JP"
  // How the office writes numeric dates: "1/4/2026" is 1 April when true.
  // offices.yaml's date_order (dmy | mdy | ymd), else the locale's own
  // order (ICU's yMd pattern: en-GB and en-AU day first, en-US and ja-JP not).
  bool day_first = false;
  std::string currency;  // ISO 4217
  std::vector<std::string> senders;  // globs on the From address
  double tax_rate = 0;               // 0.10: 税込 = base × 1.10
  Tax tax_quoted = Tax::kUnstated;   // how the office quotes prices
  Position where;
};

struct Member {
  std::string canonical;
  std::vector<std::string> aliases;  // includes the canonical spelling
};

struct Attribute {
  std::string id;
  Kind kind = Kind::kCount;
  std::string unit;  // see attributes.yaml: users, minutes, TB-month…
  Words cues;
  std::vector<Member> members;  // set kind only
  Position where;
};

struct Examples {
  std::vector<std::string> ok, conflict, stale, office_variant;
  Position where;
};

// One approved statement of the base ("claims:" in a product file).
struct CanonicalClaim {
  std::string id;
  std::string product;    // product id
  std::string attribute;  // attribute id
  Value value;            // non-set kinds (kind, bound, amounts…)
  std::vector<std::string> members;  // set kind: the approved members (canonical)
  std::string valid_from;   // "YYYY-MM-DD" or empty (always)
  std::string valid_until;  // "YYYY-MM-DD" (inclusive) or empty (open)
  std::vector<std::string> offices;  // empty: every office
  std::string source;
  Examples examples;
  Position where;

  // True when `date` (YYYY-MM-DD) lies inside the validity window.
  bool ValidOn(const std::string& date) const;
  // True when the claim names no office or names `office`.
  bool AppliesTo(const std::string& office) const;
  // The base's value in the form the SPEC's JSON uses, as a Value list: one
  // Value for numeric kinds, one per member for sets.
  std::vector<Value> Values() const;
};

struct ProductNames {
  std::string canonical;
  Words names;  // per language, as written
  std::vector<std::string> deprecated;
};

struct Product {
  std::string id;
  ProductNames names;
  std::map<std::string, Attribute> attributes;  // product-level additions/overrides
  std::vector<CanonicalClaim> claims;
  Position where;
};

enum class Severity { kError, kWarning, kInfo };
std::string_view SeverityName(Severity s);  // "error", "warning", "info"
std::optional<Severity> SeverityFromName(std::string_view name);

// A phrase pattern's regex (RE2, UTF-8, regex_max_mem), compiled on first
// use and then shared by every thread. The loader compiles each one at once
// to validate it; a base read from the compiled cache (cache.h) was
// validated when it was written, and a check of one message then compiles
// only the patterns of the languages it contains.
class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern);  // as given to RE2 (normalized)
  ~LazyRegex();
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  // Compiles it now if not yet; the result, ok() or not. Thread-safe.
  const re2::RE2& Get() const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<re2::RE2> regex_;
};

struct PhrasePattern {
  std::string source;                        // as written in YAML
  std::shared_ptr<const LazyRegex> regex;    // on normalized-text semantics
  Position where;
};

struct PhraseRule {
  std::string id;
  std::string lang;  // the rule applies only to units in this language
  Severity severity = Severity::kWarning;
  std::string message;
  std::vector<PhrasePattern> patterns;
  std::vector<PhrasePattern> unless;  // searched over the whole document
  std::vector<std::string> flag_examples, pass_examples;
  Position where;
};

class Base {
 public:
  std::string dir;           // the folder it was loaded from
  std::string version_hash;  // hex digest of every file's bytes, for audit runs
  std::vector<Office> offices;
  std::map<std::string, Attribute> attributes;  // company-wide
  std::vector<Product> products;
  std::vector<PhraseRule> phrases;
  const Lexicon* lexicon = nullptr;  // language knowledge (DefaultLexicon())

  const Office* FindOffice(const std::string& id) const;
  // The tax rate on an amount in `currency` said by `office`: the office's
  // own when it quotes in its own currency, else that of an office whose
  // currency it is (a yen price from London carries Japan's consumption
  // tax); 0 when none has one.
  double TaxRate(const std::string& office, const std::string& currency) const;
  const Product* FindProduct(const std::string& id) const;
  // The product's own declaration of `attribute`, else the company-wide one;
  // nullptr when neither declares it.
  const Attribute* FindAttribute(const std::string& product, const std::string& attribute) const;
  // Every attribute recognised for `product`: company-wide ones with the
  // product's overrides applied, plus the product's additions. Sorted by id.
  std::vector<const Attribute*> AttributesFor(const std::string& product) const;
  // The canonical claims of (product, attribute), any office, any date.
  std::vector<const CanonicalClaim*> ClaimsFor(const std::string& product,
                                               const std::string& attribute) const;
  // True when some product has a claim on `attribute`.
  bool AnyProductClaims(const std::string& attribute) const;
};

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_BASE_H_
