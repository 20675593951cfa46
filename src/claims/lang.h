// Lexicon: the language knowledge of data/lang/<lang>/*.yaml (STYLE §2.3).
//
// C++ holds mechanisms; words live in data. Each YAML file maps category names
// to lists of entries; an entry is a plain string (a word), or a map with
// `word: W` or `words: [W1, W2…]` plus scalar attributes shared by those
// words. Example (data/lang/ja/quantity.yaml):
//
//   currency:
//     - {words: [円, 日本円], code: JPY, at: after}
//     - {word: "¥", code: JPY, at: before}
//
// An entry may instead (or as well) give `compose: [[PARTS…], [PARTS…]…]`:
// its words are every choice of one part from each list, joined by `join`
// (default " "; "" for Japanese); an empty part leaves that slot out.
//
//   tax:
//     - {compose: [["", Australian], [GST, VAT], [excluded, not included]], tax: excluded}
//
// Categories of one language from several files are concatenated in file-name
// order. Words are stored NFKC-normalized (as matched). At build time
// tools/lang_compile.cc parses and validates the files (a diagnostic fails the
// build) and compiles the entries into the binary: DefaultLexicon() parses
// no YAML. The raw files are embedded too (EmbeddedLangFiles), for tests. A Lexicon is immutable after loading and may be shared
// read-only across threads.
#ifndef ONEVOICE_CLAIMS_LANG_H_
#define ONEVOICE_CLAIMS_LANG_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "claims/diagnostic.h"

namespace onevoice::claims {

struct LexEntry {
  std::string word;                          // NFKC-normalized
  // Scalar attributes, as written, in key order, each key once. A short
  // list rather than a map: most entries have none or one, and the
  // lexicon is built at every start.
  std::vector<std::pair<std::string, std::string>> attrs;
  Position where;

  // The attribute, or "" when absent: a reference into the entry (or to a
  // static empty string), valid as long as the entry.
  const std::string& Attr(const std::string& key) const;
  // The attribute, or `fallback` when absent — by value, so that a caller
  // binding it to a reference ("const std::string& r = Attr(k, "last")")
  // holds a copy, never the temporary fallback.
  std::string Attr(const std::string& key, const std::string& fallback) const;
  double Number(const std::string& key, double fallback) const;
  bool Has(const std::string& key) const { return Find(key) != nullptr; }
  // The attribute's value, or nullptr when absent.
  const std::string* Find(std::string_view key) const;
  static const std::string& Empty();
};

class Lexicon {
 public:
  // The entries of `category` for language `lang` ("en", "ja"), in file
  // order; an empty list when there are none.
  const std::vector<LexEntry>& Entries(std::string_view lang, std::string_view category) const;
  // Entries of `category` of every language, in language order.
  std::vector<const LexEntry*> AllEntries(std::string_view category) const;
  std::vector<std::string> Languages() const;
  // The categories of one language, in name order.
  std::vector<std::string> Categories(std::string_view lang) const;

  void Add(const std::string& lang, const std::string& category, LexEntry entry);
  // The list Add appends to, for adding many entries of one category.
  std::vector<LexEntry>& Category(const std::string& lang, const std::string& category);

 private:
  std::map<std::string, std::map<std::string, std::vector<LexEntry>, std::less<>>, std::less<>> by_lang_;
};

struct EmbeddedFile {
  const char* path;     // "data/lang/ja/quantity.yaml"
  const char* content;  // the file's text
};
// Generated at build time from data/lang (tools/embed_lang.cmake).
const std::vector<EmbeddedFile>& EmbeddedLangFiles();

// Parses the files; every problem becomes a Diagnostic. The language of a
// file is the folder after "lang/" in its path.
Lexicon LoadLexicon(const std::vector<EmbeddedFile>& files, std::vector<Diagnostic>* diagnostics);

// The embedded lexicon, parsed once (thread-safe static), and the
// diagnostics of that one parse.
const Lexicon& DefaultLexicon();
const std::vector<Diagnostic>& DefaultLexiconDiagnostics();

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_LANG_H_
