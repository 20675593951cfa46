// LoadBase (load.h): reads a claims-base folder with yaml-cpp, validates it
// against SPEC §2, compiles phrase patterns with RE2, and reports every
// problem as a Diagnostic. yaml-cpp is the only code here that throws; every
// call into it runs inside LoadFile's try block, so no exception leaves.
//
// Diagnostic order: offices.yaml, attributes.yaml, products/*.yaml by file
// name, phrases/*.yaml by file name, then the embedded language data; within
// one file, by line and column. Each file is read once; its bytes feed the
// version hash (SHA-256, implemented here).
//
// Cost (eval base, 7 files, ~50 KB): yaml-cpp parsing is about 60% and RE2
// compilation of the phrase patterns about 30%. Phrase files depend on
// nothing else, so they are read on one helper thread while the main thread
// reads offices, attributes and products; the results are merged in the
// order above, so the output does not depend on timing.
#include "claims/load.h"


#include <re2/re2.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "base/limits.h"
#include "base/sha256.h"
#include "base/unicode.h"
#include "claims/cache.h"
#include "claims/lang.h"

namespace onevoice::claims {
namespace {

namespace fs = std::filesystem;

// True when the locale writes numeric dates day before month: ICU's best
// pattern for year-month-day has its 'd' before its 'M' (en-GB "dd/MM/y";
// en-US "M/d/y", ja-JP "y/MM/dd"). An empty or unknown locale: false.
bool LocaleWritesDayFirst(const std::string& locale) {
  if (locale.empty()) return false;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(locale, status);
  if (U_FAILURE(status) || loc.isBogus()) return false;
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(loc, status));
  if (U_FAILURE(status) || !generator) return false;
  icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(u"yMd"), status);
  if (U_FAILURE(status)) return false;
  int day = -1, month = -1;
  bool quoted = false;
  for (int i = 0; i < pattern.length(); ++i) {
    const char16_t ch = pattern.charAt(i);
    if (ch == u'\'') quoted = !quoted;
    if (quoted) continue;
    if (ch == u'd' && day < 0) day = i;
    if ((ch == u'M' || ch == u'L') && month < 0) month = i;
  }
  return day >= 0 && month >= 0 && day < month;
}

// ----------------------------------------------------------- diagnostics

// "file:line" of a position, for messages that point at another place.
std::string FileLine(const Position& p) {
  return p.line > 0 ? p.file + ":" + std::to_string(p.line) : p.file;
}

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string Join(std::initializer_list<std::string_view> words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

// One key/value pair of a YAML map, in document order.
struct Field {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

// The diagnostics of one file. Positions are 1-based (yaml-cpp's Mark is
// 0-based); a position with line 0 stands for the whole file.
class FileCtx {
 public:
  explicit FileCtx(std::string path) : path_(std::move(path)) {}

  const std::string& path() const { return path_; }

  Position File() const { return Position{path_, 0, 0}; }
  Position At(const YAML::Node& n) const {
    const YAML::Mark m = n.Mark();
    if (m.is_null() || m.line < 0) return File();
    return Position{path_, m.line + 1, m.column + 1};
  }
  // The field's value, or its key when the value is empty (yaml-cpp marks an
  // empty value at the next token, often on the next line).
  Position At(const Field& f) const { return f.value.IsNull() ? At(f.key_node) : At(f.value); }
  Position AtKey(const Field& f) const { return At(f.key_node); }

  void Error(Position where, std::string message) {
    ++errors_;
    diagnostics_.push_back({Diagnostic::Severity::kError, std::move(where), std::move(message)});
  }
  void Warning(Position where, std::string message) {
    diagnostics_.push_back({Diagnostic::Severity::kWarning, std::move(where), std::move(message)});
  }
  int errors() const { return errors_; }

  // Moves this file's diagnostics, sorted by line and column, onto `out`.
  void AppendTo(std::vector<Diagnostic>* out) {
    std::stable_sort(
        diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
          return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
        });
    for (auto& d : diagnostics_) out->push_back(std::move(d));
    diagnostics_.clear();
  }

 private:
  std::string path_;
  std::vector<Diagnostic> diagnostics_;
  int errors_ = 0;
};

// ------------------------------------------------------------ YAML shapes

// How a node reads in a message: "nothing", "a list", "a map", "the string
// \"x\"" (quoted scalars), or the plain scalar itself.
std::string Describe(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return "nothing";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Scalar:
      break;
  }
  const std::string& s = n.Scalar();
  std::string shown = s.size() > 60 ? s.substr(0, 57) + "..." : s;
  if (n.Tag() == "?") return "'" + shown + "'";
  return "the string \"" + shown + "\"";
}

// True for a plain (unquoted, untagged) scalar: only these can be numbers
// or booleans.
bool IsPlain(const YAML::Node& n) { return n.IsScalar() && n.Tag() == "?"; }

// The fields of map `node` in document order, or nullopt (reported) when it
// is not a map. Reports keys that are not strings, repeated keys, and, when
// `allowed` is not empty, keys outside it (those are left out).
std::optional<std::vector<Field>> ReadMap(FileCtx& ctx, const YAML::Node& node, Position at,
                                          std::string_view what,
                                          std::initializer_list<std::string_view> allowed) {
  if (!node.IsMap()) {
    ctx.Error(at, std::string(what) + " must be a map, got " + Describe(node));
    return std::nullopt;
  }
  std::vector<Field> fields;
  for (const auto& kv : node) {
    if (!kv.first.IsScalar()) {
      ctx.Error(ctx.At(kv.first), "a key in " + std::string(what) + " must be a string");
      continue;
    }
    Field f{kv.first.Scalar(), kv.first, kv.second};
    if (allowed.size() > 0 && std::find(allowed.begin(), allowed.end(), f.key) == allowed.end()) {
      ctx.Error(ctx.AtKey(f), "unknown key " + Quoted(f.key) + " in " + std::string(what) +
                                  " (allowed: " + Join(allowed) + ")");
      continue;
    }
    auto dup =
        std::find_if(fields.begin(), fields.end(), [&](const Field& g) { return g.key == f.key; });
    if (dup != fields.end()) {
      ctx.Error(ctx.AtKey(f), "duplicate key " + Quoted(f.key) + " in " + std::string(what) +
                                  " (first at " + FileLine(ctx.AtKey(*dup)) + ")");
      continue;
    }
    fields.push_back(std::move(f));
  }
  return fields;
}

const Field* Find(const std::vector<Field>& fields, std::string_view key) {
  for (const auto& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

// Reports `key` missing from the map at `at`; returns the field otherwise.
const Field* Require(FileCtx& ctx, const std::vector<Field>& fields, std::string_view key,
                     Position at, std::string_view what) {
  const Field* f = Find(fields, key);
  if (!f) ctx.Error(at, std::string(what) + " is missing required key " + Quoted(key));
  return f;
}

std::optional<std::string> ReadString(FileCtx& ctx, const Field& f) {
  if (!f.value.IsScalar()) {
    ctx.Error(ctx.At(f), Quoted(f.key) + " must be a string, got " + Describe(f.value));
    return std::nullopt;
  }
  return f.value.Scalar();
}

// A required non-empty string.
std::optional<std::string> ReadId(FileCtx& ctx, const Field& f) {
  auto s = ReadString(ctx, f);
  if (s && s->empty()) {
    ctx.Error(ctx.At(f), Quoted(f.key) + " must not be empty");
    return std::nullopt;
  }
  return s;
}

struct Item {
  std::string text;
  YAML::Node node;
};

// A list of non-empty strings; nullopt (reported) when the field is not a
// list; bad entries are reported and left out.
std::optional<std::vector<Item>> ReadStrings(FileCtx& ctx, const Field& f) {
  if (!f.value.IsSequence()) {
    ctx.Error(ctx.At(f), Quoted(f.key) + " must be a list of strings, got " + Describe(f.value));
    return std::nullopt;
  }
  std::vector<Item> out;
  for (const auto& item : f.value) {
    if (!item.IsScalar()) {
      ctx.Error(ctx.At(item),
                "each entry of " + Quoted(f.key) + " must be a string, got " + Describe(item));
    } else if (item.Scalar().empty()) {
      ctx.Error(ctx.At(item), "empty entry in " + Quoted(f.key));
    } else {
      out.push_back({item.Scalar(), item});
    }
  }
  return out;
}

std::vector<std::string> Texts(const std::vector<Item>& items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const auto& i : items) out.push_back(i.text);
  return out;
}

// A plain scalar that is a finite decimal number ("10000", "99.9", "1e3").
std::optional<double> PlainNumber(const YAML::Node& n) {
  if (!IsPlain(n)) return std::nullopt;
  const std::string& s = n.Scalar();
  double v = 0;
  const char* begin = s.data();
  const char* end = s.data() + s.size();
  if (begin != end && *begin == '+') ++begin;
  auto [p, ec] = std::from_chars(begin, end, v);
  if (ec != std::errc() || p != end || !std::isfinite(v)) return std::nullopt;
  return v;
}

// ------------------------------------------------------------ value forms

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar date.
bool IsDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!IsDigits(s.substr(0, 4))) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !IsDigits(s.substr(5, 2))) return false;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !IsDigits(s.substr(8, 2))) return false;
  const int day = std::stoi(std::string(s.substr(8, 2)));
  return day >= 1 && day <= DaysInMonth(year, month);
}

// A partial date widened to a day: the first day of its period, or the last
// when `last` ("2026-03" -> "2026-03-31").
std::string WidenDate(const std::string& s, bool last) {
  if (s.size() == 10) return s;
  if (s.size() == 4) return s + (last ? "-12-31" : "-01-01");
  if (!last) return s + "-01";
  const int day = DaysInMonth(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)));
  return s + "-" + std::to_string(day);
}

// The plural duration unit for `unit` (singular accepted), or "".
std::string DurationUnit(std::string_view unit) {
  static const char* const kUnits[] = {"milliseconds", "seconds", "minutes", "hours",
                                       "days",         "weeks",   "months",  "years"};
  for (const char* u : kUnits) {
    std::string_view plural(u);
    if (unit == plural || unit == plural.substr(0, plural.size() - 1)) return std::string(plural);
  }
  return "";
}

// Bytes in "1 TB", "500 TB", "0.5 PB", "1TB", "64 KiB", "1000" (bytes).
// Decimal units are powers of 1000, the *iB units powers of 1024; unit
// letters are case-insensitive.
std::optional<double> ParseDataSize(std::string_view s) {
  const char* begin = s.data();
  const char* end = s.data() + s.size();
  double n = 0;
  auto [p, ec] = std::from_chars(begin, end, n);
  if (ec != std::errc() || !std::isfinite(n) || n < 0) return std::nullopt;
  std::string unit;
  for (; p != end; ++p) {
    if (*p == ' ' && unit.empty()) continue;
    unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*p))));
  }
  static const struct {
    const char* unit;
    double factor;
  } kUnits[] = {{"", 1},
                {"b", 1},
                {"byte", 1},
                {"bytes", 1},
                {"kb", 1e3},
                {"mb", 1e6},
                {"gb", 1e9},
                {"tb", 1e12},
                {"pb", 1e15},
                {"eb", 1e18},
                {"kib", 1024.0},
                {"mib", 1048576.0},
                {"gib", 1073741824.0},
                {"tib", 1099511627776.0},
                {"pib", 1125899906842624.0}};
  for (const auto& u : kUnits) {
    if (unit == u.unit) return n * u.factor;
  }
  return std::nullopt;
}

bool IsCurrencyCode(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<Tax> TaxFromName(std::string_view s) {
  if (s == "included") return Tax::kIncluded;
  if (s == "excluded") return Tax::kExcluded;
  return std::nullopt;
}

// "a count attribute ('max_users')"
std::string AttributeLabel(const Attribute& a) {
  return "a " + std::string(KindName(a.kind)) + " attribute (" + Quoted(a.id) + ")";
}

// What a value of `kind` looks like, for messages.
std::string ExpectedForm(Kind kind, Bound bound) {
  if (bound == Bound::kRange) {
    switch (kind) {
      case Kind::kMoney:
        return "a map {min, max, currency, per, tax}";
      case Kind::kDuration:
        return "a map {min, max, unit}";
      default:
        return "a map {min, max}";
    }
  }
  switch (kind) {
    case Kind::kCount:
      return "a number";
    case Kind::kPercent:
      return "a number (99.9 for 99.9%)";
    case Kind::kMoney:
      return "a map {amount, currency, per, tax}";
    case Kind::kDuration:
      return "a map {amount, unit}";
    case Kind::kDataSize:
      return "a number of bytes or a string like \"1 TB\"";
    case Kind::kDate:
      return "a date \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"";
    case Kind::kSet:
      return "a list of members";
    case Kind::kBoolean:
      return "true or false";
  }
  return "a value";
}

// ------------------------------------------------------------ patterns

// The matching form of a regex pattern. Documents are matched after
// NormalizeWord, so a pattern must be too; but NFKC and the folds turn some
// characters into ASCII regex syntax ("（" -> "(", "‐" -> "-", "〜" -> "~",
// "＋" -> "+"). What the author wrote there was a literal, so each ASCII
// punctuation character that normalization produces is escaped ("\(", "\-"),
// which RE2 reads as that literal, inside or outside a character class.
// ASCII text, including the pattern's own syntax, is left exactly as written.
std::string NormalizePattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    const unsigned char c = static_cast<unsigned char>(pattern[i]);
    if (c == '\r') {  // line breaks match as LF, as in documents
      out.push_back('\n');
      i += (i + 1 < pattern.size() && pattern[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t j = i;
    while (j < pattern.size() && static_cast<unsigned char>(pattern[j]) >= 0x80) ++j;
    std::string run(pattern.substr(i, j - i));
    // A combining mark composes with the ASCII letter before it (e + U+0301).
    UChar32 first = 0;
    int32_t k = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(run.data()), k, static_cast<int32_t>(run.size()),
            first);
    if (first > 0 && u_getCombiningClass(first) != 0 && !out.empty() &&
        std::isalnum(static_cast<unsigned char>(out.back())) &&
        (out.size() < 2 || out[out.size() - 2] != '\\')) {
      run.insert(run.begin(), out.back());
      out.pop_back();
    }
    // After an odd run of backslashes the author escaped the first character
    // already ("\＋"): that escape serves the normalized "+" as well.
    size_t slashes = 0;
    while (slashes < out.size() && out[out.size() - 1 - slashes] == '\\') ++slashes;
    bool escaped = slashes % 2 == 1;
    for (char ch : NormalizeWord(run)) {
      const unsigned char u = static_cast<unsigned char>(ch);
      if (u < 0x80 && std::ispunct(u) && !escaped) out.push_back('\\');
      out.push_back(ch);
      escaped = false;
    }
    i = j;
  }
  return out;
}

// ------------------------------------------------------------ the loader

struct FileData {
  std::string rel;   // "products/meridian-sync.yaml", for the hash
  std::string path;  // as shown in diagnostics
  std::string bytes;
};

// Version: every file's relative name and bytes, in name order, each framed
// by its length so no two bases hash alike by concatenation.
std::string VersionHash(std::vector<FileData> files) {
  std::sort(files.begin(), files.end(),
            [](const FileData& a, const FileData& b) { return a.rel < b.rel; });
  Sha256 sha;
  for (const auto& f : files) {
    sha.Update(f.rel);
    sha.Update(std::string_view("\0", 1));
    sha.Update(std::to_string(f.bytes.size()));
    sha.Update(std::string_view("\0", 1));
    sha.Update(f.bytes);
  }
  return sha.HexDigest();
}

bool ReadWholeFile(const std::string& path, std::string* out, std::string* error);

class Loader {
 public:
  explicit Loader(std::string dir) : dir_(std::move(dir)), base_(std::make_shared<Base>()) {
    base_->dir = dir_;
    // The lexicon's languages are its folders (data/lang/<lang>/…); read
    // from the paths, so the lexicon itself need not be parsed yet.
    for (const auto& f : EmbeddedLangFiles()) {
      std::string_view path(f.path);
      const size_t at = path.find("lang/");
      if (at == std::string_view::npos) continue;
      path.remove_prefix(at + 5);
      languages_.insert(std::string(path.substr(0, path.find('/'))));
    }
  }

  Expected<std::shared_ptr<const Base>> Run(std::vector<Diagnostic>* diagnostics);

  // The version hash Run would give, from the files alone (nothing parsed);
  // "" when a file cannot be read (Run will say why).
  std::string HashFiles() {
    std::vector<FileData> files;
    std::vector<std::string> rels = {"offices.yaml", "attributes.yaml"};
    for (const char* sub : {"products", "phrases"}) {
      for (auto& rel : ListYaml(sub)) rels.push_back(std::move(rel));
    }
    for (auto& rel : rels) {
      std::string bytes, error;
      if (!ReadWholeFile(PathOf(rel), &bytes, &error)) return "";
      files.push_back({std::move(rel), "", std::move(bytes)});
    }
    return VersionHash(std::move(files));
  }

 private:
  std::string PathOf(const std::string& rel) const { return (fs::path(dir_) / rel).string(); }

  // Reads and parses `rel` and hands the root to `read`; false when the file
  // is missing or could not be read or parsed (reported).
  template <typename ReadFn>
  bool LoadFile(const std::string& rel, ReadFn read);
  std::vector<std::string> ListYaml(const std::string& sub);

  void ReadPhraseFiles() {
    for (const auto& rel : ListYaml("phrases")) {
      LoadFile(rel, [&](FileCtx& ctx, const YAML::Node& r) { ReadPhrases(ctx, r); });
    }
  }
  void ReadOffices(FileCtx& ctx, const YAML::Node& root);
  void ReadAttributesFile(FileCtx& ctx, const YAML::Node& root);
  void ReadProduct(FileCtx& ctx, const YAML::Node& root);
  void ReadPhrases(FileCtx& ctx, const YAML::Node& root);

  // attributes: id -> {kind, unit, cues, members}. A declaration with no
  // usable kind goes into `broken`, so claims on it are not also reported as
  // undeclared; one with lesser faults (cues, members) is kept, so its claims
  // are still checked.
  void ReadAttributes(FileCtx& ctx, const Field& f, std::map<std::string, Attribute>* out,
                      std::set<std::string>* broken);
  std::optional<Attribute> ReadAttribute(FileCtx& ctx, const std::string& id, const Field& f);
  std::optional<Words> ReadWords(FileCtx& ctx, const Field& f, std::string_view what);
  void ReadNames(FileCtx& ctx, const Field& f, Product* product);
  void ReadClaim(FileCtx& ctx, const YAML::Node& node, Product* product,
                 const std::set<std::string>& product_broken, Position* valid_at);
  void ReadValue(FileCtx& ctx, const Field& f, const Attribute& attr, CanonicalClaim* claim);
  std::optional<double> ReadAmount(FileCtx& ctx, const YAML::Node& n, Position at,
                                   const Attribute& attr, std::string_view what);
  void ReadValidity(FileCtx& ctx, const Field& f, CanonicalClaim* claim);
  void ReadExamples(FileCtx& ctx, const Field& f, Examples* examples);
  void CheckOverlaps(FileCtx& ctx, const Product& product, const std::vector<Position>& valid_at);
  void ReadPhrase(FileCtx& ctx, const YAML::Node& node);
  void ReadPatterns(FileCtx& ctx, const Field& f, std::vector<PhrasePattern>* out);

  std::string OfficeIds() const {
    std::string ids;
    for (const auto& o : base_->offices) ids += (ids.empty() ? "" : ", ") + o.id;
    return ids;
  }
  bool KnownLanguage(std::string_view lang) const {
    if (languages_.count(std::string(lang))) return true;
    return lang.size() == 2 &&
           std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  // Reports an id seen before (in `seen`), else records it.
  bool CheckUnique(FileCtx& ctx, std::unordered_map<std::string, Position>* seen,
                   const std::string& id, Position at, std::string_view what) {
    auto [it, inserted] = seen->emplace(id, at);
    if (!inserted) {
      ctx.Error(at, "duplicate " + std::string(what) + " id " + Quoted(id) + " (first defined at " +
                        FileLine(it->second) + ")");
    }
    return inserted;
  }

  std::string dir_;
  std::shared_ptr<Base> base_;
  std::set<std::string> languages_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<FileData> files_;
  bool offices_loaded_ = false;
  bool attributes_loaded_ = false;
  std::set<std::string> broken_attributes_;  // company-wide declarations that failed
  std::unordered_map<std::string, Position> office_ids_, product_ids_, claim_ids_, phrase_ids_;
};

// The diagnostics of the embedded language data: the data is part of the
// binary and cannot change while it runs, so it is validated once.
const std::vector<Diagnostic>& LangDiagnostics() {
  static const std::vector<Diagnostic> diagnostics = [] {
    return DefaultLexiconDiagnostics();
  }();
  return diagnostics;
}

// Byte offset of the first malformed UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

bool ReadWholeFile(const std::string& path, std::string* out, std::string* error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::strerror(errno);
    return false;
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  const bool failed = std::ferror(f);
  if (failed) *error = std::strerror(errno);
  std::fclose(f);
  return !failed;
}

template <typename ReadFn>
bool Loader::LoadFile(const std::string& rel, ReadFn read) {
  FileCtx ctx(PathOf(rel));
  bool ok = false;
  std::error_code ec;
  if (!fs::exists(ctx.path(), ec)) {
    ctx.Error(ctx.File(), "missing file: the claims base needs " + rel);
  } else {
    std::string bytes, error;
    if (fs::is_directory(ctx.path(), ec)) {
      ctx.Error(ctx.File(), "cannot read: is a directory");
    } else if (!ReadWholeFile(ctx.path(), &bytes, &error)) {
      ctx.Error(ctx.File(), "cannot read: " + error);
    } else {
      const size_t bad = FirstInvalidUtf8(bytes);
      if (bad != std::string::npos) {
        const auto line = std::count(bytes.begin(), bytes.begin() + bad, '\n') + 1;
        const auto line_start = bytes.rfind('\n', bad == 0 ? 0 : bad - 1);
        const auto column =
            bad - (line_start == std::string::npos || bad == 0 ? 0 : line_start + 1);
        ctx.Error(Position{ctx.path(), static_cast<int>(line), static_cast<int>(column) + 1},
                  "not valid UTF-8: save the file as UTF-8");
      }
      files_.push_back({rel, ctx.path(), std::move(bytes)});
      try {
        const YAML::Node root = YAML::Load(files_.back().bytes);
        ok = true;
        read(ctx, root);
      } catch (const YAML::Exception& e) {
        Position at = e.mark.is_null() ? ctx.File()
                                       : Position{ctx.path(), e.mark.line + 1, e.mark.column + 1};
        ctx.Error(at, (ok ? "cannot read YAML: " : "invalid YAML: ") + e.msg);
        ok = false;
      } catch (const std::exception& e) {
        ctx.Error(ctx.File(), std::string("internal error while reading: ") + e.what());
        ok = false;
      }
    }
  }
  ctx.AppendTo(&diagnostics_);
  return ok;
}

std::vector<std::string> Loader::ListYaml(const std::string& sub) {
  std::vector<std::string> names;
  const fs::path folder = fs::path(dir_) / sub;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return names;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    diagnostics_.push_back({Diagnostic::Severity::kError, Position{folder.string(), 0, 0},
                            "cannot read folder: " + ec.message()});
    return names;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    const std::string ext = p.extension().string();
    if ((ext == ".yaml" || ext == ".yml") && !fs::is_directory(p, ec)) {
      names.push_back(sub + "/" + p.filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

Expected<std::shared_ptr<const Base>> Loader::Run(std::vector<Diagnostic>* diagnostics) {
  std::error_code ec;
  if (!fs::is_directory(dir_, ec)) {
    diagnostics_.push_back(
        {Diagnostic::Severity::kError, Position{dir_, 0, 0}, "claims base folder not found"});
  } else {
    // Phrase files depend on nothing else in the base, and compiling their
    // regexes is a third of the work: a second Loader reads them on another
    // thread meanwhile (it shares nothing mutable with this one), after
    // validating the language data, while this thread parses the lexicon.
    Loader phrases(dir_);
    // ICU's normalizer is created on first use; create it before the second
    // thread starts (ICU's own once-init is safe, but not visible to TSan).
    (void)NormalizeWord("");
    auto helper = [&phrases] {
      (void)LangDiagnostics();
      phrases.ReadPhraseFiles();
    };
    std::future<void> phrases_done;
    try {
      phrases_done = std::async(std::launch::async, helper);
    } catch (const std::system_error&) {  // no thread to be had: do it here
      helper();
    }
    base_->lexicon = &DefaultLexicon();
    offices_loaded_ =
        LoadFile("offices.yaml", [&](FileCtx& ctx, const YAML::Node& r) { ReadOffices(ctx, r); });
    attributes_loaded_ = LoadFile(
        "attributes.yaml", [&](FileCtx& ctx, const YAML::Node& r) { ReadAttributesFile(ctx, r); });
    for (const auto& rel : ListYaml("products")) {
      LoadFile(rel, [&](FileCtx& ctx, const YAML::Node& r) { ReadProduct(ctx, r); });
    }
    if (phrases_done.valid()) phrases_done.get();
    for (auto& d : phrases.diagnostics_) diagnostics_.push_back(std::move(d));
    for (auto& f : phrases.files_) files_.push_back(std::move(f));
    base_->phrases = std::move(phrases.base_->phrases);
  }
  for (const auto& d : LangDiagnostics()) diagnostics_.push_back(d);

  const Diagnostic* first_error = nullptr;
  for (const auto& d : diagnostics_) {
    if (d.severity == Diagnostic::Severity::kError) {
      first_error = &d;
      break;
    }
  }
  Status failed = first_error ? Status::InvalidRules(first_error->ToString()) : Status::Ok();
  if (diagnostics) {
    diagnostics->insert(diagnostics->end(), std::make_move_iterator(diagnostics_.begin()),
                        std::make_move_iterator(diagnostics_.end()));
  }
  if (!failed.ok()) return failed;

  base_->version_hash = VersionHash(std::move(files_));
  return std::shared_ptr<const Base>(std::move(base_));
}

// ------------------------------------------------------------ offices.yaml

void Loader::ReadOffices(FileCtx& ctx, const YAML::Node& root) {
  if (root.IsNull()) {
    ctx.Error(ctx.File(), "offices.yaml is empty: it needs an 'offices' list");
    return;
  }
  auto top = ReadMap(ctx, root, ctx.At(root), "offices.yaml", {"offices"});
  if (!top) return;
  const Field* list = Require(ctx, *top, "offices", ctx.File(), "offices.yaml");
  if (!list) return;
  if (!list->value.IsSequence()) {
    ctx.Error(ctx.At(*list), "'offices' must be a list of offices, got " + Describe(list->value));
    return;
  }
  for (const auto& node : list->value) {
    auto fields = ReadMap(ctx, node, ctx.At(node), "an office",
                          {"id", "name", "locale", "currency", "senders", "tax", "date_order"});
    if (!fields) continue;
    Office office;
    office.where = ctx.At(node);
    if (const Field* f = Require(ctx, *fields, "id", office.where, "an office")) {
      if (auto id = ReadId(ctx, *f)) office.id = *id;
    }
    if (const Field* f = Find(*fields, "name")) office.name = ReadString(ctx, *f).value_or("");
    if (const Field* f = Find(*fields, "locale")) office.locale = ReadString(ctx, *f).value_or("");
    office.day_first = LocaleWritesDayFirst(office.locale);
    if (const Field* f = Find(*fields, "date_order")) {
      const std::string order = ReadString(ctx, *f).value_or("");
      if (order == "dmy" || order == "mdy" || order == "ymd") {
        office.day_first = order == "dmy";
      } else {
        ctx.Error(ctx.At(*f), "'date_order' must be dmy, mdy or ymd, got " + Describe(f->value));
      }
    }
    if (const Field* f = Find(*fields, "currency")) {
      office.currency = ReadString(ctx, *f).value_or("");
      if (!office.currency.empty() && !IsCurrencyCode(office.currency)) {
        ctx.Error(ctx.At(*f), "'currency' must be a 3-letter ISO 4217 code like JPY, got " +
                                  Describe(f->value));
      }
    }
    if (const Field* f = Find(*fields, "senders")) {
      if (auto senders = ReadStrings(ctx, *f)) office.senders = Texts(*senders);
    }
    if (const Field* f = Find(*fields, "tax")) {
      if (auto tax = ReadMap(ctx, f->value, ctx.At(*f), "'tax'", {"rate", "quoted"})) {
        if (const Field* rate = Require(ctx, *tax, "rate", ctx.At(*f), "'tax'")) {
          auto r = PlainNumber(rate->value);
          if (!r || *r < 0 || *r >= 1) {
            ctx.Error(ctx.At(*rate), "'rate' must be a number from 0 to 1 (0.10 for 10%), got " +
                                         Describe(rate->value));
          } else {
            office.tax_rate = *r;
          }
        }
        if (const Field* quoted = Find(*tax, "quoted")) {
          auto t = quoted->value.IsScalar() ? TaxFromName(quoted->value.Scalar()) : std::nullopt;
          if (!t) {
            ctx.Error(ctx.At(*quoted),
                      "'quoted' must be included or excluded, got " + Describe(quoted->value));
          } else {
            office.tax_quoted = *t;
          }
        }
      }
    }
    if (office.id.empty()) continue;
    if (CheckUnique(ctx, &office_ids_, office.id, ctx.At(*Find(*fields, "id")), "office")) {
      base_->offices.push_back(std::move(office));
    }
  }
}

// ------------------------------------------------------------ attributes

void Loader::ReadAttributesFile(FileCtx& ctx, const YAML::Node& root) {
  if (root.IsNull()) {
    ctx.Error(ctx.File(), "attributes.yaml is empty: it needs an 'attributes' map");
    return;
  }
  auto top = ReadMap(ctx, root, ctx.At(root), "attributes.yaml", {"attributes"});
  if (!top) return;
  if (const Field* f = Require(ctx, *top, "attributes", ctx.File(), "attributes.yaml")) {
    ReadAttributes(ctx, *f, &base_->attributes, &broken_attributes_);
  }
}

void Loader::ReadAttributes(FileCtx& ctx, const Field& f, std::map<std::string, Attribute>* out,
                            std::set<std::string>* broken) {
  if (f.value.IsNull()) return;  // "attributes:" with nothing under it
  auto entries = ReadMap(ctx, f.value, ctx.At(f), "'attributes'", {});
  if (!entries) return;
  for (const Field& e : *entries) {
    auto attr = ReadAttribute(ctx, e.key, e);
    if (attr) {
      (*out)[e.key] = std::move(*attr);
    } else {
      broken->insert(e.key);
    }
  }
}

std::optional<Attribute> Loader::ReadAttribute(FileCtx& ctx, const std::string& id,
                                               const Field& f) {
  const std::string what = "attribute " + Quoted(id);
  auto fields = ReadMap(ctx, f.value, ctx.At(f), what, {"kind", "unit", "cues", "members"});
  if (!fields) return std::nullopt;
  Attribute attr;
  attr.id = id;
  attr.where = ctx.AtKey(f);
  const Field* kind = Require(ctx, *fields, "kind", attr.where, what);
  if (!kind) return std::nullopt;
  auto k = kind->value.IsScalar() ? KindFromName(kind->value.Scalar()) : std::nullopt;
  if (!k) {
    ctx.Error(ctx.At(*kind),
              "'kind' must be one of count, money, percent, duration, data-size, "
              "date, set, boolean; got " +
                  Describe(kind->value));
    return std::nullopt;
  }
  attr.kind = *k;
  if (const Field* unit = Find(*fields, "unit")) {
    attr.unit = ReadString(ctx, *unit).value_or("");
    if (attr.kind == Kind::kDuration && !attr.unit.empty()) {
      const std::string plural = DurationUnit(attr.unit);
      if (plural.empty()) {
        ctx.Error(ctx.At(*unit),
                  "a duration 'unit' must be one of seconds, minutes, hours, "
                  "days, weeks, months, years; got " +
                      Describe(unit->value));
      }
      attr.unit = plural;
    }
  }
  const Field* cues = Find(*fields, "cues");
  bool cues_ok = true;  // a broken 'cues' is reported as such, not also as missing
  if (cues && !cues->value.IsNull()) {
    const int errors_before = ctx.errors();
    if (auto words = ReadWords(ctx, *cues, "'cues'")) attr.cues = std::move(*words);
    cues_ok = ctx.errors() == errors_before;
  }
  bool any_cue = false;
  for (const auto& [lang, words] : attr.cues) any_cue = any_cue || !words.empty();
  if (!any_cue && cues_ok) {
    ctx.Warning(cues ? ctx.AtKey(*cues) : attr.where,
                what + " has no cue words: no claim about it will be recognised in text");
  }
  if (const Field* members = Find(*fields, "members")) {
    if (attr.kind != Kind::kSet) {
      ctx.Error(ctx.AtKey(*members), "'members' is only for set attributes; " + what + " is " +
                                         std::string(KindName(attr.kind)));
    } else if (auto list = ReadMap(ctx, members->value, ctx.At(*members), "'members'", {})) {
      std::unordered_map<std::string, std::pair<std::string, Position>> alias_of;
      for (const Field& m : *list) {
        Member member;
        member.canonical = m.key;
        if (!m.value.IsNull()) {
          if (auto aliases = ReadStrings(ctx, m)) member.aliases = Texts(*aliases);
        }
        if (std::find(member.aliases.begin(), member.aliases.end(), member.canonical) ==
            member.aliases.end()) {
          member.aliases.insert(member.aliases.begin(), member.canonical);
        }
        for (const auto& alias : member.aliases) {
          auto [it, inserted] = alias_of.emplace(alias, std::pair(m.key, ctx.AtKey(m)));
          if (!inserted && it->second.first != m.key) {
            ctx.Error(ctx.AtKey(m), "alias " + Quoted(alias) + " of member " + Quoted(m.key) +
                                        " already names member " + Quoted(it->second.first) + " (" +
                                        FileLine(it->second.second) + ")");
          }
        }
        attr.members.push_back(std::move(member));
      }
    }
  }
  return attr;
}

std::optional<Words> Loader::ReadWords(FileCtx& ctx, const Field& f, std::string_view what) {
  auto langs = ReadMap(ctx, f.value, ctx.At(f), what, {});
  if (!langs) return std::nullopt;
  Words words;
  for (const Field& l : *langs) {
    if (!KnownLanguage(l.key)) {
      ctx.Error(ctx.AtKey(l), "unknown language " + Quoted(l.key) + " in " + std::string(what) +
                                  " (a language code such as en or ja)");
      continue;
    }
    if (auto list = ReadStrings(ctx, l)) words[l.key] = Texts(*list);
  }
  return words;
}

// ------------------------------------------------------------ products

void Loader::ReadNames(FileCtx& ctx, const Field& f, Product* product) {
  auto fields = ReadMap(ctx, f.value, ctx.At(f), "'names'", {});
  if (!fields) return;
  if (const Field* c = Require(ctx, *fields, "canonical", ctx.AtKey(f), "'names'")) {
    product->names.canonical = ReadId(ctx, *c).value_or("");
  }
  for (const Field& n : *fields) {
    if (n.key == "canonical") continue;
    if (n.key == "deprecated") {
      if (n.value.IsNull()) continue;
      if (auto list = ReadStrings(ctx, n)) product->names.deprecated = Texts(*list);
      continue;
    }
    if (!KnownLanguage(n.key)) {
      ctx.Error(ctx.AtKey(n), "unknown key " + Quoted(n.key) +
                                  " in 'names' (allowed: canonical, deprecated, or a language "
                                  "code such as en or ja)");
      continue;
    }
    if (auto list = ReadStrings(ctx, n)) product->names.names[n.key] = Texts(*list);
  }
}

void Loader::ReadProduct(FileCtx& ctx, const YAML::Node& root) {
  if (root.IsNull()) {
    ctx.Error(ctx.File(), "empty product file: it needs 'product', 'names' and 'claims'");
    return;
  }
  auto top = ReadMap(ctx, root, ctx.At(root), "a product file",
                     {"product", "names", "attributes", "claims"});
  if (!top) return;
  Product product;
  product.where = ctx.At(root);
  if (const Field* f = Require(ctx, *top, "product", ctx.File(), "a product file")) {
    product.where = ctx.At(*f);
    if (auto id = ReadId(ctx, *f)) {
      product.id = *id;
      CheckUnique(ctx, &product_ids_, product.id, ctx.At(*f), "product");
    }
  }
  if (const Field* f = Require(ctx, *top, "names", ctx.File(), "a product file")) {
    ReadNames(ctx, *f, &product);
  }
  std::set<std::string> product_broken;
  if (const Field* f = Find(*top, "attributes")) {
    ReadAttributes(ctx, *f, &product.attributes, &product_broken);
  }
  std::vector<Position> valid_at;  // per claim: its 'valid' key, else the claim
  if (const Field* f = Find(*top, "claims")) {
    if (f->value.IsSequence()) {
      for (const auto& node : f->value) {
        Position at = ctx.At(node);
        ReadClaim(ctx, node, &product, product_broken, &at);
        if (valid_at.size() < product.claims.size()) valid_at.push_back(at);
      }
    } else if (!f->value.IsNull()) {
      ctx.Error(ctx.At(*f), "'claims' must be a list of claims, got " + Describe(f->value));
    }
  }
  CheckOverlaps(ctx, product, valid_at);
  base_->products.push_back(std::move(product));
}

void Loader::ReadClaim(FileCtx& ctx, const YAML::Node& node, Product* product,
                       const std::set<std::string>& product_broken, Position* valid_at) {
  auto fields =
      ReadMap(ctx, node, ctx.At(node), "a claim",
              {"id", "attribute", "value", "bound", "valid", "offices", "source", "examples"});
  if (!fields) return;
  CanonicalClaim claim;
  claim.product = product->id;
  claim.where = ctx.At(node);
  const std::string what = "a claim";
  if (const Field* f = Require(ctx, *fields, "id", claim.where, what)) {
    if (auto id = ReadId(ctx, *f)) {
      claim.id = *id;
      CheckUnique(ctx, &claim_ids_, claim.id, ctx.At(*f), "claim");
    }
  }
  const Attribute* attr = nullptr;
  if (const Field* f = Require(ctx, *fields, "attribute", claim.where, what)) {
    if (auto id = ReadId(ctx, *f)) {
      claim.attribute = *id;
      auto own = product->attributes.find(*id);
      auto company = base_->attributes.find(*id);
      if (own != product->attributes.end()) {
        attr = &own->second;
      } else if (product_broken.count(*id) == 0 && company != base_->attributes.end()) {
        attr = &company->second;
      } else if (product_broken.count(*id) == 0 && broken_attributes_.count(*id) == 0 &&
                 attributes_loaded_) {
        ctx.Error(ctx.At(*f), "claim on undeclared attribute " + Quoted(*id) +
                                  ": declare it in attributes.yaml or under this product's "
                                  "'attributes'");
      }
    }
  }
  bool bound_ok = true;
  if (const Field* f = Find(*fields, "bound")) {
    auto b = f->value.IsScalar() ? BoundFromName(f->value.Scalar()) : std::nullopt;
    if (!b) {
      ctx.Error(ctx.At(*f), "'bound' must be exact, max, min or range; got " + Describe(f->value));
      bound_ok = false;
    } else {
      claim.value.bound = *b;
      if (attr && *b != Bound::kExact &&
          (attr->kind == Kind::kSet || attr->kind == Kind::kBoolean)) {
        ctx.Error(ctx.At(*f), "bound " + Quoted(f->value.Scalar()) + " does not apply to " +
                                  AttributeLabel(*attr) +
                                  "; only numbers, money, durations, "
                                  "data sizes and dates take a bound");
        bound_ok = false;
      }
    }
  }
  if (const Field* f = Require(ctx, *fields, "value", claim.where, what)) {
    if (attr && bound_ok) ReadValue(ctx, *f, *attr, &claim);
  }
  if (const Field* f = Find(*fields, "valid")) {
    *valid_at = ctx.AtKey(*f);
    ReadValidity(ctx, *f, &claim);
  }
  if (const Field* f = Find(*fields, "offices")) {
    if (auto offices = ReadStrings(ctx, *f)) {
      for (const auto& o : *offices) {
        if (offices_loaded_ && !office_ids_.count(o.text)) {
          ctx.Error(ctx.At(o.node), "claim names undeclared office " + Quoted(o.text) +
                                        " (offices.yaml declares: " + OfficeIds() + ")");
        }
        if (std::find(claim.offices.begin(), claim.offices.end(), o.text) == claim.offices.end()) {
          claim.offices.push_back(o.text);
        }
      }
    }
  }
  const Field* source = Find(*fields, "source");
  if (source) {
    if (auto s = ReadString(ctx, *source)) claim.source = *s;
  }
  if (!source || (source->value.IsScalar() && claim.source.empty())) {
    ctx.Warning(
        source ? ctx.At(*source) : claim.where,
        "claim " + Quoted(claim.id) + " has no 'source': say where the approved value comes from");
  }
  if (const Field* f = Find(*fields, "examples")) ReadExamples(ctx, *f, &claim.examples);
  if (claim.id.empty() || claim.attribute.empty()) return;
  product->claims.push_back(std::move(claim));
}

std::optional<double> Loader::ReadAmount(FileCtx& ctx, const YAML::Node& n, Position at,
                                         const Attribute& attr, std::string_view what) {
  if (attr.kind == Kind::kDataSize) {
    std::optional<double> bytes = PlainNumber(n);
    if (!bytes && n.IsScalar()) bytes = ParseDataSize(n.Scalar());
    if (!bytes || *bytes < 0) {
      ctx.Error(at, std::string(what) + " of " + AttributeLabel(attr) + " must be " +
                        ExpectedForm(Kind::kDataSize, Bound::kExact) +
                        " (KB, MB, GB, TB, PB; "
                        "KiB … PiB), got " +
                        Describe(n));
      return std::nullopt;
    }
    return bytes;
  }
  const std::optional<double> v = PlainNumber(n);
  if (!v) {
    ctx.Error(at, std::string(what) + " of " + AttributeLabel(attr) + " must be a number, got " +
                      Describe(n));
    return std::nullopt;
  }
  if (*v < 0) {
    ctx.Error(at, std::string(what) + " of " + AttributeLabel(attr) + " must not be negative");
    return std::nullopt;
  }
  if (attr.kind == Kind::kPercent && *v > 100) {
    ctx.Error(at, std::string(what) + " of " + AttributeLabel(attr) +
                      " is a percent: at most 100 (99.9 for 99.9%)");
    return std::nullopt;
  }
  return v;
}

void Loader::ReadValue(FileCtx& ctx, const Field& f, const Attribute& attr, CanonicalClaim* claim) {
  Value& v = claim->value;
  v.kind = attr.kind;
  const bool range = v.bound == Bound::kRange;
  const YAML::Node& n = f.value;
  const Position at = ctx.At(f);
  auto wrong = [&] {
    ctx.Error(at, "'value' of " + AttributeLabel(attr) + " must be " +
                      ExpectedForm(attr.kind, v.bound) + ", got " + Describe(n));
  };

  // The numeric kinds: a plain amount, or {min, max} for a range, plus the
  // kind's own keys for money and duration.
  auto read_range = [&](const std::vector<Field>& fields) {
    const Field* lo = Require(ctx, fields, "min", at, "a range value");
    const Field* hi = Require(ctx, fields, "max", at, "a range value");
    if (!lo || !hi) return;
    if (attr.kind == Kind::kDate) {
      for (const Field* e : {lo, hi}) {
        if (!e->value.IsScalar() || !IsDate(e->value.Scalar())) {
          ctx.Error(ctx.At(*e), Quoted(e->key) + " of " + AttributeLabel(attr) + " must be " +
                                    ExpectedForm(Kind::kDate, Bound::kExact) + ", got " +
                                    Describe(e->value));
          return;
        }
      }
      v.date = lo->value.Scalar();
      v.date_max = hi->value.Scalar();
      if (WidenDate(v.date, false) > WidenDate(v.date_max, true)) {
        ctx.Error(ctx.At(*lo), "range 'min' " + v.date + " is after 'max' " + v.date_max);
      }
      return;
    }
    auto a = ReadAmount(ctx, lo->value, ctx.At(*lo), attr, "'min'");
    auto b = ReadAmount(ctx, hi->value, ctx.At(*hi), attr, "'max'");
    if (!a || !b) return;
    v.amount = *a;
    v.amount_max = *b;
    if (*a > *b) ctx.Error(ctx.At(*lo), "range 'min' is greater than 'max'");
  };
  auto read_amount = [&](const std::vector<Field>& fields) {
    if (range) return read_range(fields);
    if (const Field* a = Require(ctx, fields, "amount", at, "the value")) {
      if (auto x = ReadAmount(ctx, a->value, ctx.At(*a), attr, "'amount'")) v.amount = *x;
    }
  };

  switch (attr.kind) {
    case Kind::kCount:
    case Kind::kPercent:
    case Kind::kDataSize: {
      if (range) {
        if (!n.IsMap()) return wrong();
        if (auto fields = ReadMap(ctx, n, at, "a range value", {"min", "max"})) read_range(*fields);
        return;
      }
      if (n.IsMap() || n.IsSequence() || n.IsNull()) return wrong();
      if (auto x = ReadAmount(ctx, n, at, attr, "'value'")) v.amount = *x;
      return;
    }
    case Kind::kMoney: {
      if (!n.IsMap()) return wrong();
      auto fields =
          range ? ReadMap(ctx, n, at, "a money value", {"min", "max", "currency", "per", "tax"})
                : ReadMap(ctx, n, at, "a money value", {"amount", "currency", "per", "tax"});
      if (!fields) return;
      read_amount(*fields);
      if (const Field* c = Require(ctx, *fields, "currency", at, "a money value")) {
        if (!c->value.IsScalar() || !IsCurrencyCode(c->value.Scalar())) {
          ctx.Error(ctx.At(*c),
                    "'currency' must be a 3-letter ISO 4217 code like JPY or USD, "
                    "got " +
                        Describe(c->value));
        } else {
          v.currency = c->value.Scalar();
        }
      }
      v.unit.clear();
      v.per = attr.unit;
      if (const Field* p = Find(*fields, "per")) {
        if (auto per = ReadId(ctx, *p)) v.per = *per;
      }
      if (const Field* t = Find(*fields, "tax")) {
        auto tax = t->value.IsScalar() ? TaxFromName(t->value.Scalar()) : std::nullopt;
        if (!tax) {
          ctx.Error(ctx.At(*t), "'tax' must be included or excluded, got " + Describe(t->value));
        } else {
          v.tax = *tax;
        }
      }
      return;
    }
    case Kind::kDuration: {
      if (!n.IsMap()) return wrong();
      auto fields = range ? ReadMap(ctx, n, at, "a duration value", {"min", "max", "unit"})
                          : ReadMap(ctx, n, at, "a duration value", {"amount", "unit"});
      if (!fields) return;
      read_amount(*fields);
      v.unit = attr.unit;
      if (const Field* u = Find(*fields, "unit")) {
        const std::string plural = u->value.IsScalar() ? DurationUnit(u->value.Scalar()) : "";
        if (plural.empty()) {
          ctx.Error(ctx.At(*u),
                    "'unit' must be one of seconds, minutes, hours, days, weeks, "
                    "months, years; got " +
                        Describe(u->value));
          return;
        }
        v.unit = plural;
      } else if (v.unit.empty()) {
        ctx.Error(at, "a duration value needs a 'unit' (the attribute " + Quoted(attr.id) +
                          " declares none)");
      }
      return;
    }
    case Kind::kDate: {
      if (range) {
        if (!n.IsMap()) return wrong();
        if (auto fields = ReadMap(ctx, n, at, "a range value", {"min", "max"})) read_range(*fields);
        return;
      }
      if (!n.IsScalar() || !IsDate(n.Scalar())) return wrong();
      v.date = n.Scalar();
      return;
    }
    case Kind::kSet: {
      if (!n.IsSequence()) return wrong();
      for (const auto& item : n) {
        if (!item.IsScalar() || item.Scalar().empty()) {
          ctx.Error(ctx.At(item), "a member of " + AttributeLabel(attr) +
                                      " must be a string, got " + Describe(item));
          continue;
        }
        const std::string& name = item.Scalar();
        const Member* found = nullptr;
        for (const auto& m : attr.members) {
          if (std::find(m.aliases.begin(), m.aliases.end(), name) != m.aliases.end()) {
            found = &m;
            break;
          }
        }
        if (!found) {  // same spelling up to case and width: still that member
          const std::string folded = AsciiLower(NormalizeWord(name));
          for (const auto& m : attr.members) {
            for (const auto& alias : m.aliases) {
              if (AsciiLower(NormalizeWord(alias)) == folded) found = &m;
            }
            if (found) break;
          }
        }
        if (!found) {
          ctx.Error(ctx.At(item), Quoted(name) + " is not a declared member of " +
                                      AttributeLabel(attr) +
                                      ": add it under the attribute's 'members'");
          continue;
        }
        if (std::find(claim->members.begin(), claim->members.end(), found->canonical) ==
            claim->members.end()) {
          claim->members.push_back(found->canonical);
        }
      }
      return;
    }
    case Kind::kBoolean: {
      if (!IsPlain(n)) return wrong();
      const std::string s = AsciiLower(n.Scalar());
      if (s != "true" && s != "false") return wrong();
      v.truth = s == "true";
      return;
    }
  }
}

void Loader::ReadValidity(FileCtx& ctx, const Field& f, CanonicalClaim* claim) {
  auto fields = ReadMap(ctx, f.value, ctx.At(f), "'valid'", {"from", "until"});
  if (!fields) return;
  const Field* from = Find(*fields, "from");
  const Field* until = Find(*fields, "until");
  for (const Field* e : {from, until}) {
    if (!e) continue;
    if (!e->value.IsScalar() || !IsDate(e->value.Scalar())) {
      ctx.Error(ctx.At(*e), Quoted(e->key) +
                                " must be a date YYYY-MM-DD (or YYYY-MM, YYYY), "
                                "got " +
                                Describe(e->value));
      return;
    }
  }
  if (from) claim->valid_from = WidenDate(from->value.Scalar(), false);
  if (until) claim->valid_until = WidenDate(until->value.Scalar(), true);
  if (from && until && claim->valid_from > claim->valid_until) {
    ctx.Error(ctx.At(*from),
              "'from' " + from->value.Scalar() + " is after 'until' " + until->value.Scalar());
  }
}

void Loader::ReadExamples(FileCtx& ctx, const Field& f, Examples* examples) {
  examples->where = ctx.AtKey(f);
  auto fields =
      ReadMap(ctx, f.value, ctx.At(f), "'examples'", {"ok", "conflict", "stale", "office-variant"});
  if (!fields) return;
  for (const Field& e : *fields) {
    auto list = ReadStrings(ctx, e);
    if (!list) continue;
    std::vector<std::string>* out = e.key == "ok"         ? &examples->ok
                                    : e.key == "conflict" ? &examples->conflict
                                    : e.key == "stale"    ? &examples->stale
                                                          : &examples->office_variant;
    *out = Texts(*list);
  }
}

// Two claims of one product and attribute must not both apply to some office
// on some day: either their office lists are disjoint (an empty list is every
// office) or their windows do not meet. Claims are grouped by attribute, so
// the pairwise check only runs within a group (a handful of claims).
void Loader::CheckOverlaps(FileCtx& ctx, const Product& product,
                           const std::vector<Position>& valid_at) {
  std::map<std::string, std::vector<size_t>> by_attribute;
  for (size_t i = 0; i < product.claims.size(); ++i) {
    by_attribute[product.claims[i].attribute].push_back(i);
  }
  for (const auto& [attribute, group] : by_attribute) {
    for (size_t x = 1; x < group.size(); ++x) {
      const CanonicalClaim& b = product.claims[group[x]];
      for (size_t y = 0; y < x; ++y) {
        const CanonicalClaim& a = product.claims[group[y]];
        const bool disjoint_windows =
            (!a.valid_until.empty() && !b.valid_from.empty() && a.valid_until < b.valid_from) ||
            (!b.valid_until.empty() && !a.valid_from.empty() && b.valid_until < a.valid_from);
        if (disjoint_windows) continue;
        std::vector<std::string> shared;
        if (a.offices.empty() || b.offices.empty()) {
          shared = a.offices.empty() ? b.offices : a.offices;
        } else {
          for (const auto& o : b.offices) {
            if (std::find(a.offices.begin(), a.offices.end(), o) != a.offices.end()) {
              shared.push_back(o);
            }
          }
          if (shared.empty()) continue;
        }
        std::string offices;
        for (const auto& o : shared) offices += (offices.empty() ? "" : ", ") + o;
        if (offices.empty()) offices = "every office";
        ctx.Error(valid_at[group[x]],
                  "validity window of claim " + Quoted(b.id) + " overlaps claim " + Quoted(a.id) +
                      " (" + FileLine(a.where) + ") for product " + Quoted(product.id) +
                      ", attribute " + Quoted(attribute) + " and " + offices +
                      ": end one window before the other begins, or give them disjoint offices");
        break;  // one report per claim
      }
    }
  }
}

// ------------------------------------------------------------ phrases

void Loader::ReadPhrases(FileCtx& ctx, const YAML::Node& root) {
  if (root.IsNull()) {
    ctx.Error(ctx.File(), "empty phrase file: it needs a 'phrases' list");
    return;
  }
  auto top = ReadMap(ctx, root, ctx.At(root), "a phrase file", {"phrases"});
  if (!top) return;
  const Field* list = Require(ctx, *top, "phrases", ctx.File(), "a phrase file");
  if (!list) return;
  if (!list->value.IsSequence()) {
    ctx.Error(ctx.At(*list),
              "'phrases' must be a list of phrase rules, got " + Describe(list->value));
    return;
  }
  for (const auto& node : list->value) ReadPhrase(ctx, node);
}

void Loader::ReadPhrase(FileCtx& ctx, const YAML::Node& node) {
  auto fields = ReadMap(ctx, node, ctx.At(node), "a phrase rule",
                        {"id", "lang", "severity", "message", "patterns", "unless", "examples"});
  if (!fields) return;
  PhraseRule rule;
  rule.where = ctx.At(node);
  const std::string what = "a phrase rule";
  if (const Field* f = Require(ctx, *fields, "id", rule.where, what)) {
    if (auto id = ReadId(ctx, *f)) {
      rule.id = *id;
      CheckUnique(ctx, &phrase_ids_, rule.id, ctx.At(*f), "phrase");
    }
  }
  if (const Field* f = Find(*fields, "lang")) {
    if (auto lang = ReadId(ctx, *f)) {
      if (!KnownLanguage(*lang)) {
        ctx.Error(ctx.At(*f),
                  "unknown language " + Quoted(*lang) + " (a language code such as en or ja)");
      }
      rule.lang = *lang;
    }
  }
  if (const Field* f = Find(*fields, "severity")) {
    auto s = f->value.IsScalar() ? SeverityFromName(f->value.Scalar()) : std::nullopt;
    if (!s) {
      ctx.Error(ctx.At(*f), "'severity' must be error, warning or info; got " + Describe(f->value));
    } else {
      rule.severity = *s;
    }
  }
  if (const Field* f = Require(ctx, *fields, "message", rule.where, what)) {
    rule.message = ReadId(ctx, *f).value_or("");
  }
  if (const Field* f = Require(ctx, *fields, "patterns", rule.where, what)) {
    ReadPatterns(ctx, *f, &rule.patterns);
    if (f->value.IsSequence() && f->value.size() == 0) {
      ctx.Error(ctx.At(*f), "'patterns' is empty: a phrase rule needs at least one pattern");
    }
  }
  if (const Field* f = Find(*fields, "unless")) ReadPatterns(ctx, *f, &rule.unless);
  if (const Field* f = Find(*fields, "examples")) {
    if (auto ex = ReadMap(ctx, f->value, ctx.At(*f), "'examples'", {"flag", "pass"})) {
      for (const Field& e : *ex) {
        if (auto list = ReadStrings(ctx, e)) {
          (e.key == "flag" ? rule.flag_examples : rule.pass_examples) = Texts(*list);
        }
      }
    }
  }
  base_->phrases.push_back(std::move(rule));
}

void Loader::ReadPatterns(FileCtx& ctx, const Field& f, std::vector<PhrasePattern>* out) {
  auto list = ReadStrings(ctx, f);
  if (!list) return;
  for (const auto& item : *list) {
    auto lazy = std::make_shared<const LazyRegex>(NormalizePattern(item.text));
    const RE2* regex = &lazy->Get();  // compiled now: an invalid pattern is an error here
    if (!regex->ok()) {
      if (regex->error_code() == RE2::ErrorPatternTooLarge) {
        ctx.Error(ctx.At(item.node), "pattern needs more memory than regex_max_mem (" +
                                         std::to_string(DefaultLimits().regex_max_mem >> 20) +
                                         " MiB) allows: " + regex->error());
      } else {
        ctx.Error(ctx.At(item.node), "invalid regex: " + regex->error());
      }
      continue;
    }
    out->push_back(PhrasePattern{item.text, std::move(lazy), ctx.At(item.node)});
  }
}

}  // namespace

Expected<std::shared_ptr<const Base>> LoadBase(const std::string& dir,
                                               std::vector<Diagnostic>* diagnostics,
                                               const LoadOptions& options) {
  try {
    std::string hash, cache_path;
    if (options.use_cache) {
      hash = Loader(dir).HashFiles();
      cache_path = CachePath(hash);
      if (!cache_path.empty()) {
        if (auto cached = ReadCachedBase(cache_path, dir); cached && cached->version_hash == hash) {
          return std::shared_ptr<const Base>(std::move(cached));
        }
      }
    }
    Loader loader(dir);
    std::vector<Diagnostic> found;
    auto loaded = loader.Run(&found);
    // Only a base with nothing to say is cached: its warnings must keep
    // being shown on every load.
    if (loaded.ok() && found.empty() && !cache_path.empty() && (*loaded)->version_hash == hash) {
      WriteCachedBase(cache_path, **loaded);
    }
    if (diagnostics) {
      diagnostics->insert(diagnostics->end(), std::make_move_iterator(found.begin()),
                          std::make_move_iterator(found.end()));
    }
    return loaded;
  } catch (const std::exception& e) {  // out of memory or threads: nothing leaves a stage
    return Status::Internal(std::string("loading the claims base: ") + e.what());
  }
}

}  // namespace onevoice::claims
