// QuantityParser: the mechanism. Every word it reacts to comes from the
// lexicon (data/lang/<lang>/{numerals,quantity,dates}.yaml); what is here is
// grammar: how digits, kanji numerals and number words combine, and where
// the words around a number may stand.
//
// One left-to-right pass over the text. At each position the scanner tries,
// in order: a schedule phrase (nothing is read inside), a word (URL, e-mail,
// identifier/phone/postal prefix, month name, quarter, relative date, number
// word), or a numeral. A numeral is then classified by what is glued to it
// (identifier, time of day, phone number, date chain) and, when it is a
// quantity, the words immediately before it (currency, bound, approximation,
// range opener, tax, period) and after it (unit, range, bound, tax, period)
// are read. Look-around is bounded (kMaxClauseBytes), so the pass is linear.
#include "extract/quantity.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "base/unicode.h"

namespace onevoice::extract {
namespace {

using claims::Bound;
using claims::Kind;
using claims::Tax;
using claims::Value;

// A run of more digits than this is no quantity (an account number, a hash,
// a line of garbage): a double holds integers exactly up to 2^53, 16 digits.
constexpr int kMaxDigits = 16;
// How far (bytes) the parser looks back or ahead inside a clause for a
// price's period or tax words ("月額料金は50,000円", "… per month there, tax
// excluded"). Keeps every look-around bounded, so parsing stays linear.
constexpr size_t kMaxClauseBytes = 240;
// How far (bytes) spaces are skipped back from a number to the word before
// it ("up to   5"), and the longest English word taken as a count's unit
// word. Both keep a run of spaces or letters from being re-read per number.
constexpr size_t kMaxGap = 64;
// How far a word start is searched for '@' to recognise an e-mail address.
constexpr size_t kMaxTokenScan = 256;
// How far back a line-start check looks over bullets and table bars.
constexpr size_t kMaxLineLead = 24;

// ---------------------------------------------------------------- bytes

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(unsigned char c) { return IsDigit(c) || IsAlpha(c); }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t'; }

bool IsKatakana(char32_t c) { return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FE); }

// ---------------------------------------------------------------- lexicon

enum Cat : int {
  kKanjiDigit,
  kKanjiSmallUnit,
  kKanjiLargeUnit,
  kNotNumeral,
  kOrdinal,
  kNumberWord,
  kNumberScale,
  kNumberSuffix,
  kCurrency,
  kUnit,
  kBound,
  kApprox,
  kTax,
  kPeriod,
  kPerMarker,
  kBillingUnit,
  kRangeConnector,
  kRangeOpen,
  kRangeClose,
  kRangeBlocker,
  kSchedule,
  kIdentifierPrefix,
  kPhonePrefix,
  kPostalPrefix,
  kTimeOfDay,
  kUnitWordStop,
  kDatePart,
  kRelativeDate,
  kEra,
  kEraFirstYear,
  kQuarter,
  kMonthName,
  kMonthModifier,
  kYearCue,
  kMonthCue,
  kDateFiller,
  kBracketTax,
  kPerDenial,
  kSpanLead,
  kNumCats
};

// The category names of data/lang/<lang>/*.yaml, by Cat.
constexpr std::array<const char*, kNumCats> kCatNames = {"kanji_digit",
                                                         "kanji_small_unit",
                                                         "kanji_large_unit",
                                                         "not_numeral",
                                                         "ordinal",
                                                         "number_word",
                                                         "number_scale",
                                                         "number_suffix",
                                                         "currency",
                                                         "unit",
                                                         "bound",
                                                         "approx",
                                                         "tax",
                                                         "period",
                                                         "per_marker",
                                                         "billing_unit",
                                                         "range_connector",
                                                         "range_open",
                                                         "range_close",
                                                         "range_blocker",
                                                         "schedule",
                                                         "identifier_prefix",
                                                         "phone_prefix",
                                                         "postal_prefix",
                                                         "time_of_day",
                                                         "unit_word_stop",
                                                         "date_part",
                                                         "relative_date",
                                                         "era",
                                                         "era_first_year",
                                                         "quarter",
                                                         "month_name",
                                                         "month_modifier",
                                                         "year_cue",
                                                         "month_cue",
                                                         "date_filler",
                                                         "bracket_tax",
                                                         "per_denial",
                                                         "span_lead"};

using Mask = uint64_t;
constexpr Mask Bit(Cat c) { return Mask{1} << c; }

// Where a word stands relative to its number.
// Where a word stands relative to its number; kAfterUnit: after the unit or
// counter word that follows the number (the 目 of 2ページ目, 3日目).
enum class At { kEither, kBefore, kAfter, kAfterUnit };

enum class DatePart { kNone, kYear, kMonth, kDay };
enum class MonthMode { kNone, kNext, kThis, kLast };

// One lexicon word, compiled: the attributes the parser reads, typed.
struct Word {
  Cat cat = kNumCats;
  std::string key;    // as matched: NFKC, ASCII lower-cased
  std::string exact;  // NFKC, case kept (for case: exact)
  At at = At::kEither;
  double value = 0;  // numerals, scales, month number, era start, offset
  bool exact_case = false;
  bool tens = false, weak = false, article = false, money_only = false, decimal = false;
  bool after_number = false;  // number_scale: only after a number, never after "a"
  bool after_unit = false;    // number_word: added after a number and its unit ("… and a half")
  bool needs_open = false, change_prone = false;
  bool adjacent = false;     // period: only right before the amount
  int max_digits = 0;        // ordinal: only before a number of at most this many digits (0: any)
  Kind kind = Kind::kCount;  // unit
  std::string unit;          // unit (duration unit); relative_date ("year"/"month")
  double bytes = 0;          // unit (data-size)
  double times = 1;          // unit (duration): how many `unit` one of it is ("fortnight": 2 weeks)
  std::string code;          // currency
  Bound bound = Bound::kExact;
  bool inclusive = true;
  Tax tax = Tax::kUnstated;
  std::string per;     // period, billing_unit
  bool basis = false;  // period, billing_unit: part is basis
  DatePart part = DatePart::kNone;
  MonthMode mode = MonthMode::kNone;
  int digits = 0;  // postal_prefix
  int year_starts = 0;  // date_part, relative_date: a fiscal year's first month (年度)
};

bool IsTrue(const std::string& s) { return s == "true" || s == "yes"; }

// One pass over the entry's attributes (an engine compiles ~700 entries
// at every start; looking each of 25 names up in every entry's map was a
// measurable part of a pre-send check). Absent attributes keep Word's
// defaults.
Word Compile(Cat cat, const claims::LexEntry& e) {
  Word w;
  w.cat = cat;
  w.exact = e.word;
  w.key = AsciiLower(e.word);
  for (const auto& [k, v] : e.attrs) {
    if (k == "at") {
      w.at = v == "before" ? At::kBefore : v == "after" ? At::kAfter : v == "after_unit" ? At::kAfterUnit : At::kEither;
    } else if (k == "value") {
      w.value = e.Number(k, 0);
    } else if (k == "max_digits") {
      w.max_digits = static_cast<int>(e.Number(k, 0));
    } else if (k == "case") {
      w.exact_case = v == "exact";
    } else if (k == "tens") {
      w.tens = IsTrue(v);
    } else if (k == "weak") {
      w.weak = IsTrue(v);
    } else if (k == "article") {
      w.article = IsTrue(v);
    } else if (k == "decimal") {
      w.decimal = IsTrue(v);
    } else if (k == "after_number") {
      w.after_number = IsTrue(v);
    } else if (k == "after_unit") {
      w.after_unit = IsTrue(v);
    } else if (k == "money_only") {
      w.money_only = IsTrue(v);
    } else if (k == "needs_open") {
      w.needs_open = IsTrue(v);
    } else if (k == "change_prone") {
      w.change_prone = IsTrue(v);
    } else if (k == "adjacent") {
      w.adjacent = IsTrue(v);
    } else if (k == "kind") {
      if (auto kind = claims::KindFromName(v)) w.kind = *kind;
    } else if (k == "unit") {
      w.unit = v;
    } else if (k == "bytes") {
      w.bytes = e.Number(k, 0);
    } else if (k == "times") {
      w.times = e.Number(k, 1);
    } else if (k == "code") {
      w.code = v;
    } else if (k == "bound") {
      if (auto b = claims::BoundFromName(v)) w.bound = *b;
    } else if (k == "inclusive") {
      w.inclusive = v != "false";
    } else if (k == "tax") {
      w.tax = v == "included" ? Tax::kIncluded : v == "excluded" ? Tax::kExcluded : Tax::kUnstated;
    } else if (k == "per") {
      w.per = v;
    } else if (k == "part") {
      w.basis = v == "basis";
      if (cat == kDatePart) {
        w.part = v == "year"    ? DatePart::kYear
                 : v == "month" ? DatePart::kMonth
                 : v == "day"   ? DatePart::kDay
                                : DatePart::kNone;
      }
    } else if (k == "mode") {
      w.mode = v == "next"   ? MonthMode::kNext
               : v == "this" ? MonthMode::kThis
               : v == "last" ? MonthMode::kLast
                             : MonthMode::kNone;
    } else if (k == "digits") {
      w.digits = static_cast<int>(e.Number(k, 0));
    } else if (k == "starts") {
      w.year_starts = static_cast<int>(e.Number(k, 0));
    }
  }
  if (cat == kRelativeDate) w.value = e.Number("offset", 0);
  if (cat == kEra) w.value = e.Number("start", 0);
  return w;
}

// A byte trie. Forward tries hold keys as written and find the keys that
// start at a position; reverse tries hold keys reversed and find the keys
// that end at a position. Each key carries a set of bits (its category);
// every node knows the bits of the keys below it, so a search for some
// categories leaves a branch as soon as none of them lies ahead (the
// scanner asks for a few categories at nearly every word).
class Trie {
 public:
  // Room for `keys` keys of `bytes` bytes in all.
  void Reserve(size_t keys, size_t bytes) {
    pending_.reserve(keys);
    key_bytes_.reserve(bytes);
  }

  void Add(std::string_view key, int id, bool reversed, uint64_t bits) {
    pending_.push_back({static_cast<uint32_t>(key_bytes_.size()), static_cast<uint32_t>(key.size()), id, bits});
    if (reversed) {
      key_bytes_.append(key.rbegin(), key.rend());
    } else {
      key_bytes_.append(key);
    }
  }

  // Builds the trie from the keys added, sorted, straight into flat arrays
  // for searching (one array of nodes, one of edge bytes, one of children,
  // one of ids): a node's children are laid out together when it is built,
  // so no node ever holds a list of its own (a per-node list cost thousands
  // of allocations at every start). Add() may not be called afterwards.
  void Finish() {
    std::vector<uint32_t> order(pending_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return KeyOf(a) < KeyOf(b); });
    nodes_.assign(1, Node{});
    nodes_.reserve(key_bytes_.size() + 1);
    edge_byte_.reserve(key_bytes_.size());
    edge_child_.reserve(key_bytes_.size());
    ids_.reserve(pending_.size());
    BuildNode(0, order, 0, order.size(), 0);
    root_.fill(-1);
    const Node& root = nodes_[0];
    for (uint32_t e = 0; e < root.edges; ++e) root_[edge_byte_[root.first_edge + e]] = edge_child_[root.first_edge + e];
    pending_.clear();
    pending_.shrink_to_fit();
    key_bytes_.clear();
    key_bytes_.shrink_to_fit();
  }

  // f(length, id) for every key that starts at s[pos], among the keys that
  // share a bit with `bits` (others may be reported too); keys of one
  // length in Add order.
  template <typename F>
  void Forward(std::string_view s, size_t pos, uint64_t bits, F&& f) const {
    int node = 0;
    for (size_t k = pos; k < s.size(); ++k) {
      node = Child(node, static_cast<uint8_t>(s[k]));
      if (node < 0) return;
      const Node& n = nodes_[node];
      if (!(n.below & bits)) return;
      for (uint32_t i = n.first_id, e = n.first_id + n.ids; i < e; ++i) f(k + 1 - pos, ids_[i]);
    }
  }

  // f(length, id) for every key that ends at s[end) (reverse trie), among
  // the keys that share a bit with `bits` (others may be reported too).
  template <typename F>
  void Backward(std::string_view s, size_t end, uint64_t bits, F&& f) const {
    int node = 0;
    for (size_t k = end; k > 0; --k) {
      node = Child(node, static_cast<uint8_t>(s[k - 1]));
      if (node < 0) return;
      const Node& n = nodes_[node];
      if (!(n.below & bits)) return;
      for (uint32_t i = n.first_id, e = n.first_id + n.ids; i < e; ++i) f(end - (k - 1), ids_[i]);
    }
  }

 private:
  struct PendingKey {
    uint32_t offset, size;  // in key_bytes_, reversed for a reverse trie
    int id;
    uint64_t bits;
  };
  struct Node {
    uint64_t below = 0;
    uint32_t first_edge = 0, edges = 0;  // edge_byte_/edge_child_[first_edge, +edges)
    uint32_t first_id = 0, ids = 0;      // ids_[first_id, +ids)
  };
  std::string_view KeyOf(uint32_t k) const {
    return std::string_view(key_bytes_).substr(pending_[k].offset, pending_[k].size);
  }
  // Fills node `node` at `depth` from the sorted keys order[lo, hi), which
  // all share the node's path: the keys that end here (first, as they sort
  // first) become its ids, the rest its children, one per next byte.
  void BuildNode(int node, const std::vector<uint32_t>& order, size_t lo, size_t hi, size_t depth) {
    uint64_t below = 0;
    for (size_t i = lo; i < hi; ++i) below |= pending_[order[i]].bits;
    nodes_[node].below = below;
    nodes_[node].first_id = static_cast<uint32_t>(ids_.size());
    while (lo < hi && pending_[order[lo]].size == depth) ids_.push_back(pending_[order[lo++]].id);
    nodes_[node].ids = static_cast<uint32_t>(ids_.size()) - nodes_[node].first_id;
    // The children: runs of keys with the same byte at `depth`, found three
    // times (count, lay out the edges, descend) rather than kept in a list.
    auto run_end = [&](size_t i) {
      const char b = KeyOf(order[i])[depth];
      while (++i < hi && KeyOf(order[i])[depth] == b) {
      }
      return i;
    };
    uint32_t runs = 0;
    for (size_t i = lo; i < hi; i = run_end(i)) ++runs;
    const auto first_child = static_cast<int>(nodes_.size());
    nodes_.resize(nodes_.size() + runs);
    nodes_[node].first_edge = static_cast<uint32_t>(edge_byte_.size());
    nodes_[node].edges = runs;
    int child = first_child;
    for (size_t i = lo; i < hi; i = run_end(i)) {
      edge_byte_.push_back(static_cast<uint8_t>(KeyOf(order[i])[depth]));
      edge_child_.push_back(child++);
    }
    child = first_child;
    for (size_t i = lo; i < hi;) {
      const size_t j = run_end(i);
      BuildNode(child++, order, i, j, depth + 1);
      i = j;
    }
  }
  int Child(int node, uint8_t b) const {
    if (node == 0) return root_[b];
    const Node& n = nodes_[node];
    const uint8_t* bytes = edge_byte_.data() + n.first_edge;
    for (uint32_t e = 0; e < n.edges; ++e) {
      if (bytes[e] == b) return edge_child_[n.first_edge + e];
    }
    return -1;
  }
  std::vector<PendingKey> pending_;  // until Finish()
  std::string key_bytes_;            // until Finish()
  std::array<int, 256> root_;
  std::vector<Node> nodes_;
  std::vector<uint8_t> edge_byte_;
  std::vector<int> edge_child_;
  std::vector<int> ids_;
};

// ---------------------------------------------------------------- dates

struct AsOf {
  bool valid = false;
  int y = 0, m = 0, d = 0;
};

AsOf ParseAsOf(std::string_view s) {
  AsOf a;
  auto num = [&](size_t b, size_t len, int* out) {
    if (b + len > s.size()) return false;
    int v = 0;
    for (size_t k = b; k < b + len; ++k) {
      if (!IsDigit(s[k])) return false;
      v = v * 10 + (s[k] - '0');
    }
    *out = v;
    return true;
  };
  if (s.size() >= 7 && num(0, 4, &a.y) && s[4] == '-' && num(5, 2, &a.m) && a.m >= 1 && a.m <= 12) {
    a.d = 1;
    if (s.size() == 7 || (s.size() == 10 && s[7] == '-' && num(8, 2, &a.d))) a.valid = true;
  }
  return a;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}
bool ValidDate(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && (d == 0 || (d >= 1 && d <= DaysIn(y, m)));
}
bool IsYearValue(double v) { return v >= 1900 && v <= 2199 && v == std::floor(v); }

std::string FormatDate(int y, int m = 0, int d = 0) {
  char buf[16];
  if (m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

// The lexicon compiled for matching: every word once, in a forward and a
// reverse byte trie. Immutable after construction.
struct Compiled {
  std::vector<Word> words;
  Trie fwd, rev;

  explicit Compiled(const claims::Lexicon& lexicon) {
    // Sized up front: every page a one-message check touches costs it.
    std::vector<std::vector<const claims::LexEntry*>> entries(kNumCats);
    size_t count = 0, bytes = 0;
    for (int c = 0; c < kNumCats; ++c) {
      entries[c] = lexicon.AllEntries(kCatNames[c]);
      for (const claims::LexEntry* e : entries[c]) {
        count += !e->word.empty();
        bytes += e->word.size();
      }
    }
    words.reserve(count);
    fwd.Reserve(count, bytes);
    rev.Reserve(count, bytes);
    for (int c = 0; c < kNumCats; ++c) {
      for (const claims::LexEntry* e : entries[c]) {
        if (e->word.empty()) continue;
        words.push_back(Compile(static_cast<Cat>(c), *e));
      }
    }
    for (size_t id = 0; id < words.size(); ++id) {
      fwd.Add(words[id].key, static_cast<int>(id), false, Bit(words[id].cat));
      rev.Add(words[id].key, static_cast<int>(id), true, Bit(words[id].cat));
    }
    fwd.Finish();
    rev.Finish();
  }
};

struct Hit {
  const Word* w = nullptr;
  size_t b = 0, e = 0;
  explicit operator bool() const { return w != nullptr; }
};

// A number as read: digits with separators, kanji numerals, number words.
struct Numeral {
  bool ok = false;
  size_t begin = 0, end = 0;  // the numeral itself
  double value = 0;
  bool too_long = false;  // a digit run beyond kMaxDigits: skip it whole
  bool has_kanji = false;
  bool starts_kanji = false;
  int kanji_chars = 0;
  bool word = false;       // English number words
  bool weak = false;       // a weak number word alone ("one")
  bool plain_int = false;  // ASCII digits only: no separator, no kanji
  int int_digits = 0;      // digits before the point (first ASCII token)
  int frac_digits = 0;
  bool comma = false, decimal = false, leading_zero = false;
  bool dot_follows = false;  // "1.2.3": a version or section chain
  // A multiplier after the numeral: "10k" (suffix), "1.2 million" (scale).
  double mult = 1;
  size_t mult_end = 0;  // end including the multiplier
  bool mult_money_only = false;
};

struct AsciiNum {
  size_t end = 0;
  double value = 0;
  int int_digits = 0, frac_digits = 0;
  bool comma = false, decimal = false, leading_zero = false, too_long = false, dot_follows = false;
};

// Digits with thousands separators and a decimal point, from s[pos] (a digit),
// reading no further than `limit`.
AsciiNum ScanAscii(std::string_view s, size_t pos, size_t limit = std::string_view::npos) {
  AsciiNum a;
  const size_t n = std::min(s.size(), limit);
  size_t i = pos;
  while (i < n && IsDigit(s[i])) ++i;
  a.int_digits = static_cast<int>(i - pos);
  auto skip_run = [&] {  // the rest of a digit run with separators
    while (i < n &&
           (IsDigit(s[i]) || ((s[i] == ',' || s[i] == '.') && i + 1 < n && IsDigit(s[i + 1]))))
      ++i;
    a.too_long = true;
    a.end = i;
  };
  if (a.int_digits > kMaxDigits) {
    skip_run();
    return a;
  }
  std::string digits(s.substr(pos, i - pos));
  if (a.int_digits <= 3) {
    // Groups of exactly three digits after a comma ("1,2,3" is a list).
    while (i + 3 < n && s[i] == ',' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) &&
           IsDigit(s[i + 3]) && !(i + 4 < n && IsDigit(s[i + 4]))) {
      digits.append(s.substr(i + 1, 3));
      a.int_digits += 3;
      a.comma = true;
      i += 4;
    }
    // …or a comma and a stray space before a group of zeros ("5, 000
    // users" typed in a hurry; "5, 10 and 20" is a list, and no list item
    // is "000").
    if (!a.comma && s[pos] != '0' && i + 5 <= n && s[i] == ',' && s[i + 1] == ' ' && s.compare(i + 2, 3, "000") == 0 &&
        !(i + 5 < n && (IsDigit(s[i + 5]) || s[i + 5] == ','))) {
      digits.append("000");
      a.int_digits += 3;
      a.comma = true;
      i += 5;
    }
    // …or after one space, as in "10 000 users" (no comma group before,
    // no leading zero: "020 7946" is a phone number, "2026 100" two numbers).
    const bool comma_grouped = a.comma;
    while (!comma_grouped && s[pos] != '0' && i + 4 <= n && s[i] == ' ' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) &&
           IsDigit(s[i + 3]) && !(i + 4 < n && (IsDigit(s[i + 4]) || s[i + 4] == ','))) {
      digits.append(s.substr(i + 1, 3));
      a.int_digits += 3;
      a.comma = true;  // grouped, as with commas
      i += 4;
    }
    // …or after a dot, as continental writers group ("10.000 users",
    // "1.000.000"): groups of exactly three, the first not led by a zero,
    // and not a percentage ("99.950 %" is a decimal).
    auto dot_group_at = [&](size_t k) {
      return k + 3 < n && s[k] == '.' && IsDigit(s[k + 1]) && IsDigit(s[k + 2]) && IsDigit(s[k + 3]) &&
             !(k + 4 < n && IsDigit(s[k + 4]));
    };
    if (!a.comma && s[pos] != '0' && i + 3 < n && dot_group_at(i)) {
      size_t k = i;
      while (dot_group_at(k)) k += 4;
      size_t next = k;
      while (next < n && s[next] == ' ') ++next;
      const bool percent = next < n && s[next] == '%';
      const bool more = k < n && (s[k] == '.' || s[k] == ',') && k + 1 < n && IsDigit(s[k + 1]);
      if (!percent && !more) {
        for (size_t g = i; g < k; g += 4) digits.append(s.substr(g + 1, 3));
        a.int_digits += static_cast<int>((k - i) / 4) * 3;
        a.comma = true;  // grouped
        i = k;
      }
    }
    if (a.int_digits > kMaxDigits) {
      skip_run();
      return a;
    }
  }
  // A decimal comma before a percentage ("99,9 %", "99,95%"): one or two
  // digits after it, then the percent sign.
  if (!a.comma && i + 1 < n && s[i] == ',' && IsDigit(s[i + 1])) {
    size_t j = i + 1;
    while (j < n && IsDigit(s[j])) ++j;
    size_t next = j;
    while (next < n && s[next] == ' ') ++next;
    if (j - i - 1 <= 2 && next < n && s[next] == '%') {
      a.frac_digits = static_cast<int>(j - i - 1);
      digits.push_back('.');
      digits.append(s.substr(i + 1, j - i - 1));
      a.decimal = true;
      i = j;
    }
  }
  if (!a.decimal && i + 1 < n && s[i] == '.' && IsDigit(s[i + 1])) {
    size_t j = i + 1;
    while (j < n && IsDigit(s[j])) ++j;
    a.frac_digits = static_cast<int>(j - i - 1);
    if (a.frac_digits > kMaxDigits) {
      skip_run();
      return a;
    }
    digits.push_back('.');
    digits.append(s.substr(i + 1, j - i - 1));
    a.decimal = true;
    i = j;
    if (i + 1 < n && s[i] == '.' && IsDigit(s[i + 1])) a.dot_follows = true;
  }
  a.leading_zero = !a.comma && a.int_digits >= 2 && s[pos] == '0';
  std::from_chars(digits.data(), digits.data() + digits.size(), a.value);  // locale-free
  a.end = i;
  return a;
}

// A digit group of a chain (2027-01-15, 2027/1/15, 1.2.3).
struct Group {
  size_t begin;
  AsciiNum a;
};

// ---------------------------------------------------------------- Scanner

struct Before {
  size_t begin = 0;        // of the words that belong to any quantity
  size_t money_begin = 0;  // also over tax and period words (prices only)
  std::string currency;
  bool approx = false;
  Bound bound = Bound::kExact;
  bool inclusive = true;
  bool open = false;  // a range_open word ("between", "from")
  Tax tax = Tax::kUnstated;
  std::string period, basis;
  bool time_of_day = false;
};

// What the words after a number say.
struct After {
  Bound bound = Bound::kExact;
  bool inclusive = true;
  bool approx = false;
  Tax tax = Tax::kUnstated;
  std::string period, basis;
};

struct UnitRead {
  Hit hit;  // currency, unit, time_of_day or ordinal; empty when none
  size_t end = 0;
};

// The upper end of a range, as read after the connector.
struct RangeEnd {
  Hit connector;
  Numeral n2;
  double amount = 0;  // multiplier applied
  UnitRead u;
  std::string uw;        // its count word
  std::string currency;  // a currency written before it ("$20-$25")
  size_t word_end = 0;   // end before its count word
  size_t end = 0;
};

// A year of four digits standing alone at s[p] (defined with the date readers below).
bool YearAt(std::string_view s, size_t p, int* year, size_t* end);

class Scanner {
 public:
  Scanner(const Compiled& impl, std::string_view text, const ParseContext* context)
      : im_(impl), s_(text), lower_(AsciiLower(text)), n_(text.size()) {
    if (context) {
      asof_ = ParseAsOf(context->as_of);
      breaks_ = &context->number_breaks;
      day_first_ = context->day_first;
    }
  }

  std::vector<Quantity> Run() {
    size_t i = 0;
    while (i < n_) {
      size_t next = Step(i);
      i = next > i ? next : i + Utf8CharLen(s_, i);
    }
    return std::move(out_);
  }

  Numeral ReadNumber(size_t pos) const;

 private:
  // ---- matching
  bool Accept(const Word& w, size_t b, size_t e, At want) const {
    if (want == At::kBefore && w.at == At::kAfter) return false;
    if (want == At::kAfter && w.at == At::kBefore) return false;
    if ((want == At::kAfterUnit) != (w.at == At::kAfterUnit)) return false;
    const auto first = static_cast<unsigned char>(s_[b]);
    const auto last = static_cast<unsigned char>(s_[e - 1]);
    if (IsAlpha(first) && b > 0 && IsAlpha(s_[b - 1])) return false;
    if (IsAlpha(last) && e < n_ && IsAlpha(s_[e])) return false;
    if (IsDigit(first) && b > 0 && IsDigit(s_[b - 1])) return false;
    if (IsDigit(last) && e < n_ && IsDigit(s_[e])) return false;
    if (w.exact_case && s_.substr(b, e - b) != w.exact) return false;
    // A month's name is capitalized ("may" and "march" are words), unless a
    // year follows it ("til jan 2027" in hurried mail).
    if (w.cat == kMonthName && !IsUpper(first) && !YearFollows(e)) return false;
    // "~~" is Markdown strike-through, never a range or an approximation.
    if (w.key == "~" && ((b > 0 && s_[b - 1] == '~') || (e < n_ && s_[e] == '~'))) return false;
    return true;
  }

  Hit Longest(size_t pos, Mask mask, At want = At::kEither) const {
    Hit best;
    if (pos >= n_) return best;
    im_.fwd.Forward(lower_, pos, mask, [&](size_t len, int id) {
      const Word& w = im_.words[id];
      if (!(mask & Bit(w.cat)) || len < best.e - best.b + (best ? 1 : 0)) return;
      if (Accept(w, pos, pos + len, want)) best = Hit{&w, pos, pos + len};
    });
    return best;
  }

  // Longest(pos, masks[k]) for every k, in one walk of the trie.
  template <size_t N>
  std::array<Hit, N> LongestEach(size_t pos, const std::array<Mask, N>& masks) const {
    std::array<Hit, N> best{};
    if (pos >= n_) return best;
    Mask any = 0;
    for (Mask m : masks) any |= m;
    im_.fwd.Forward(lower_, pos, any, [&](size_t len, int id) {
      const Word& w = im_.words[id];
      for (size_t k = 0; k < N; ++k) {
        if (!(masks[k] & Bit(w.cat)) || len < best[k].e - best[k].b + (best[k] ? 1 : 0)) continue;
        if (Accept(w, pos, pos + len, At::kEither)) best[k] = Hit{&w, pos, pos + len};
      }
    });
    return best;
  }

  Hit LongestEndingAt(size_t end, Mask mask, At want = At::kEither) const {
    Hit best;
    if (end == 0 || end > n_) return best;
    im_.rev.Backward(lower_, end, mask, [&](size_t len, int id) {
      const Word& w = im_.words[id];
      if (!(mask & Bit(w.cat)) || len < best.e - best.b + (best ? 1 : 0)) return;
      if (Accept(w, end - len, end, want)) best = Hit{&w, end - len, end};
    });
    return best;
  }

  // A year ("2027") follows position p after spaces.
  bool YearFollows(size_t p) const {
    int year = 0;
    size_t end = 0;
    return YearAt(s_, SkipSpaces(p), &year, &end);
  }

  size_t SkipSpaces(size_t p) const {
    while (p < n_ && IsSpace(s_[p])) ++p;
    return p;
  }
  size_t SkipSpacesBack(size_t p, size_t floor) const {
    floor = std::max(floor, p > kMaxGap ? p - kMaxGap : size_t{0});
    while (p > floor && IsSpace(s_[p - 1])) --p;
    return p;
  }

  // The end of a clause at p: a line break, 。, ; ! ? or a full stop before
  // a space or the end.
  bool ClauseBreakAt(size_t p) const {
    const auto c = static_cast<unsigned char>(s_[p]);
    if (c == '\n' || c == ';' || c == '!' || c == '?') return true;
    if (c == '.') return p + 1 >= n_ || IsSpace(s_[p + 1]) || s_[p + 1] == '\n';
    return s_.compare(p, 3, "\xE3\x80\x82") == 0;  // 。
  }

  bool IsNumeralStart(size_t p) const {
    if (IsDigit(s_[p])) return true;
    if (static_cast<unsigned char>(s_[p]) < 0x80) return false;
    return static_cast<bool>(
        Longest(p, Bit(kKanjiDigit) | Bit(kKanjiSmallUnit) | Bit(kKanjiLargeUnit)));
  }

  // ---- the pass
  size_t Step(size_t i);
  size_t AtWord(size_t i);
  size_t AtNumber(size_t i);
  size_t AtPlus(size_t i);
  size_t AtJapaneseWord(size_t i, const Hit& h);

  size_t SkipToken(size_t i) const;
  size_t SkipIdChain(size_t i) const;
  size_t SkipPhoneChain(size_t i, bool require_long) const;
  size_t SkipTime(size_t after_number) const;
  bool AtLineStart(size_t i) const;

  Numeral ScanNumeral(size_t pos) const;
  Numeral ScanWords(size_t pos) const;
  void ReadMultiplier(Numeral* num) const;

  // Dates.
  std::optional<size_t> TryJaDate(const Numeral& num);
  std::optional<size_t> TryEnglishMonth(size_t i, size_t begin, MonthMode mode);
  std::optional<size_t> TryDayMonth(const Numeral& num);
  std::optional<size_t> TryQuarter(size_t i);
  std::optional<size_t> TryBareYear(const Numeral& num);
  size_t TryRelative(size_t begin, const Hit& h);
  size_t TryEra(size_t begin, const Hit& h);
  // After a year: 1月15日, 第3四半期, Q3. Emits the date; returns its end.
  size_t YearTail(size_t begin, size_t pos, int year, const Numeral& first);
  bool ResolveMonth(int m, int* y) const;
  void EmitDate(size_t b, size_t e, NormSpan number, std::string date, std::string date_max,
                bool inferred);
  // A fiscal year beginning in month `starts` of `year`: the range of its
  // twelve months.
  void EmitFiscalYear(size_t b, size_t e, NormSpan number, int year, int starts);

  // Chains glued to a numeral.
  std::optional<size_t> DashChain(const Numeral& num);
  size_t SlashChain(const Numeral& num);
  size_t DotChain(const Numeral& num);

  // Quantities.
  size_t BuildQuantity(const Numeral& num);
  Before ReadBefore(size_t pos) const;
  UnitRead ReadUnit(size_t pos) const;
  std::string ReadUnitWord(size_t pos, size_t* end) const;
  size_t ReadAfter(size_t pos, bool money, bool range, After* after) const;
  Hit MarkedBilling(size_t pos, size_t* end) const;
  Hit BillingPer(size_t pos, size_t* end) const;
  bool LabelledQuantity(size_t i) const;
  bool OneUnitBeforePrice(const Numeral& n, double value, size_t number_end, size_t unit_end) const;
  std::optional<RangeEnd> TryRange(size_t pos, bool open, bool money_known) const;
  void ClauseBack(size_t pos, Tax* tax, std::string* period, std::string* basis) const;
  Tax ClauseForwardTax(size_t pos) const;
  bool BlockedRange(size_t begin, size_t n2_unit_end, bool change_prone) const;
  void Emit(Quantity q);

  const Compiled& im_;
  std::string_view s_;
  std::string lower_;
  size_t n_;
  AsOf asof_;
  const std::vector<size_t>* breaks_ = nullptr;  // ParseContext::number_breaks
  bool day_first_ = false;                        // ParseContext::day_first
  // The first number break after `pos` (npos: none).
  size_t BreakAfter(size_t pos) const {
    if (!breaks_) return std::string_view::npos;
    auto it = std::upper_bound(breaks_->begin(), breaks_->end(), pos);
    return it == breaks_->end() ? std::string_view::npos : *it;
  }
  std::vector<Quantity> out_;
  size_t last_end_ = 0;  // end of the last quantity emitted
  // End of the last quantity emitted that stops a price's look-back for its
  // period and tax words: any but a bare count (the "20" of a quote row
  // "月額容量課金(1TBあたり) 20 2,800円" is a quantity column, not a claim).
  size_t last_stop_end_ = 0;
};

void Scanner::Emit(Quantity q) {
  if (q.span.begin < last_end_) q.span = NormSpan(last_end_, q.span.end);
  last_end_ = q.span.end;
  if (q.value.kind != Kind::kCount || !q.unit_word.empty() || q.value.bound != Bound::kExact) {
    last_stop_end_ = q.span.end;
  }
  out_.push_back(std::move(q));
}

void Scanner::EmitFiscalYear(size_t b, size_t e, NormSpan number, int year, int starts) {
  const int last = year * 12 + (starts - 1) + 11;  // its last month, counted from year 0
  EmitDate(b, e, number, FormatDate(year, starts), FormatDate(last / 12, last % 12 + 1), false);
}

void Scanner::EmitDate(size_t b, size_t e, NormSpan number, std::string date, std::string date_max,
                       bool inferred) {
  Quantity q;
  q.value.kind = Kind::kDate;
  q.value.date = std::move(date);
  q.value.date_max = std::move(date_max);
  if (!q.value.date_max.empty()) q.value.bound = Bound::kRange;
  q.span = NormSpan(b, e);
  q.number = number;
  q.year_inferred = inferred;
  Emit(std::move(q));
}

// ---------------------------------------------------------------- skipping

// Letters and digits with inner - . / _ ' @ : (AES-256, v3.2.1, ISO/IEC).
size_t Scanner::SkipToken(size_t i) const {
  size_t j = i;
  while (j < n_) {
    if (IsAlnum(s_[j])) {
      ++j;
    } else if ((s_[j] == '-' || s_[j] == '.' || s_[j] == '/' || s_[j] == '_' || s_[j] == '\'' ||
                s_[j] == '@' || s_[j] == ':') &&
               j + 1 < n_ && IsAlnum(s_[j + 1]) && j > i && !(s_[j] == ':' && LabelledQuantity(j + 1))) {
      ++j;
    } else {
      break;
    }
  }
  return j > i ? j : i + 1;
}

// An identifier's digits and what is glued to them (27001:2022, 2025-0711).
size_t Scanner::SkipIdChain(size_t i) const { return SkipToken(i); }

// Digits, spaces, - . ( ) of a phone number; at least 7 digits in two or
// more groups when `require_long`.
size_t Scanner::SkipPhoneChain(size_t i, bool require_long) const {
  size_t j = i, end = i;
  int digits = 0, groups = 0;
  while (j < n_) {
    if (IsDigit(s_[j])) {
      ++groups;
      while (j < n_ && IsDigit(s_[j])) {
        ++digits;
        ++j;
      }
      end = j;
      continue;
    }
    // One separator (or "(0)"-style parentheses) between digit groups.
    size_t k = j;
    while (k < n_ && k < j + 3 &&
           (s_[k] == ' ' || s_[k] == '-' || s_[k] == '.' || s_[k] == '(' || s_[k] == ')'))
      ++k;
    if (k > j && k < n_ && IsDigit(s_[k])) {
      j = k;
      continue;
    }
    if (k > j && k < n_ && s_[k] == '(') {
      j = k;
      continue;
    }
    break;
  }
  if (end < n_ && s_[end] == ')') ++end;
  if (require_long && (digits < 7 || groups < 2)) return i;
  return end;
}

// A clock time: 10:00, 9:30-18:00, 10時30分, 9 am.
size_t Scanner::SkipTime(size_t after_number) const {
  size_t j = after_number;
  auto skip_clock = [&](size_t p) {
    while (p < n_ &&
           (IsDigit(s_[p]) || ((s_[p] == ':' || s_[p] == '.') && p + 1 < n_ && IsDigit(s_[p + 1]))))
      ++p;
    return p;
  };
  j = skip_clock(j);
  size_t k = SkipSpaces(j);
  if (Hit t = Longest(k, Bit(kTimeOfDay), At::kAfter)) j = t.e;
  // 10時30分: the minutes belong to the time.
  if (j < n_ && IsDigit(s_[j])) {
    AsciiNum m = ScanAscii(s_, j);
    if (Hit u = Longest(m.end, Bit(kUnit)); u && u.w->unit == "minutes") j = u.e;
  }
  // 9:00-18:00, 9:00~18:00
  k = SkipSpaces(j);
  if (k < n_ && (s_[k] == '-' || s_[k] == '~')) {
    size_t p = SkipSpaces(k + 1);
    if (p + 2 < n_ && IsDigit(s_[p])) {
      size_t q = p;
      while (q < n_ && IsDigit(s_[q])) ++q;
      if (q < n_ && s_[q] == ':') {
        j = skip_clock(q);
        size_t r = SkipSpaces(j);
        if (Hit t = Longest(r, Bit(kTimeOfDay), At::kAfter)) j = t.e;
      }
    }
  }
  return j;
}

bool Scanner::AtLineStart(size_t i) const {
  size_t k = i;
  while (k > 0 && i - k <= kMaxLineLead) {
    const auto c = static_cast<unsigned char>(s_[k - 1]);
    if (c == '\n') return true;
    if (c == ' ' || c == '\t' || c == '|' || c == '*' || c == '-' || c == '>' || c == '#' ||
        c == '(' || c == '[') {
      --k;
      continue;
    }
    if (c >= 0x80) {
      size_t p = PrevCharStart(s_, k);
      char32_t cp = CodePointAt(s_, p);
      // Bullets: ・ • ● ○ ■ □ ◆ ◇ ※ and the like.
      if (cp == 0x30FB || cp == 0x2022 || (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x203B) {
        k = p;
        continue;
      }
    }
    return false;
  }
  return k == 0;
}

// ---------------------------------------------------------------- numerals

// Digits and kanji numerals, mixed as mail writes them (1万5千, 3億4千万,
// 1.5万, 二〇二七, 三千五百). Lenient where real text is: 一百, 千万 (= 10^7).
Numeral Scanner::ScanNumeral(size_t pos) const {
  Numeral r;
  r.begin = r.end = pos;
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double total = 0, section = 0, cur = 0;
  bool has_cur = false, cur_kanji = false, after_unit = false;
  int cur_digits = 0;
  double last_small = kInf, last_large = kInf;
  int tokens = 0;
  size_t i = pos;
  const Mask kanji = Bit(kKanjiDigit) | Bit(kKanjiSmallUnit) | Bit(kKanjiLargeUnit);
  while (i < n_) {
    if (IsDigit(s_[i])) {
      if (has_cur) break;
      AsciiNum a = ScanAscii(s_, i, BreakAfter(i));
      if (a.too_long) {
        r.too_long = true;
        r.end = a.end;
        r.ok = false;
        return r;
      }
      if (tokens == 0) {
        r.int_digits = a.int_digits;
        r.frac_digits = a.frac_digits;
        r.comma = a.comma;
        r.decimal = a.decimal;
        r.leading_zero = a.leading_zero;
        r.dot_follows = a.dot_follows;
      }
      cur = a.value;
      has_cur = true;
      cur_kanji = false;
      cur_digits = a.int_digits;
      after_unit = false;
      i = a.end;
      ++tokens;
      r.end = i;
      r.value = total + section + cur;
      if (a.dot_follows) break;
      continue;
    }
    if (static_cast<unsigned char>(s_[i]) < 0x80) break;
    if (Longest(i, Bit(kNotNumeral))) break;
    Hit h = Longest(i, kanji);
    if (!h) break;
    const double v = h.w->value;
    if (h.w->cat == kKanjiDigit) {
      if (has_cur) {
        if (!cur_kanji) break;           // 5一
        if (cur == 0) break;             // 〇〇, 〇一二三
        if (cur_digits >= kMaxDigits) {  // an endless positional run
          while (i < n_ && (h = Longest(i, Bit(kKanjiDigit)))) i = h.e;
          r.too_long = true;
          r.end = i;
          r.ok = false;
          return r;
        }
        cur = cur * 10 + v;
        ++cur_digits;
      } else {
        if (v == 0 && after_unit) break;  // 十〇, 千〇
        cur = v;
        has_cur = true;
        cur_kanji = true;
        cur_digits = 1;
      }
      after_unit = false;
    } else if (h.w->cat == kKanjiSmallUnit) {
      if (v >= last_small) break;  // 十百, 二十五十
      if (has_cur && (cur == 0 || (cur_kanji ? cur_digits > 1 : cur >= 10))) break;  // 〇十, 六七百
      section += (has_cur ? cur : 1) * v;
      last_small = v;
      has_cur = false;
      cur = 0;
      cur_digits = 0;
      after_unit = true;
    } else {
      if (v >= last_large) break;  // 四万三億
      const double part = section + (has_cur ? cur : 0);
      if (part == 0) break;  // 万 alone, 〇万, 億千万
      total += part * v;
      section = 0;
      has_cur = false;
      cur = 0;
      cur_digits = 0;
      last_small = kInf;
      last_large = v;
      after_unit = true;
    }
    if (tokens == 0) r.starts_kanji = true;
    r.has_kanji = true;
    ++r.kanji_chars;
    ++tokens;
    i = h.e;
    r.end = i;
    r.value = total + section + (has_cur ? cur : 0);
  }
  // A decimal written in kanji with 「・」 as its point (九十九・九パーセント,
  // 一・五時間): kanji digits after the point, then a unit.
  if (tokens > 0 && r.has_kanji && s_.compare(r.end, 3, "\xE3\x83\xBB") == 0) {  // ・
    size_t j = r.end + 3;
    double frac = 0, place = 0.1;
    Hit d;
    while (j < n_ && (d = Longest(j, Bit(kKanjiDigit))) && place > 1e-4) {
      frac += d.w->value * place;
      place /= 10;
      j = d.e;
    }
    if (j > r.end + 3 && Longest(SkipSpaces(j), Bit(kUnit))) {
      r.value += frac;
      r.decimal = true;
      r.end = j;
    }
  }
  r.ok = tokens > 0;
  r.plain_int = r.ok && tokens == 1 && !r.has_kanji && !r.comma && !r.decimal;
  r.mult_end = r.end;
  return r;
}

// English number words: "twenty-five", "one hundred and twenty", "ten
// thousand", "a million", "half an", "a quarter of an".
Numeral Scanner::ScanWords(size_t pos) const {
  Numeral r;
  r.begin = r.end = pos;
  double total = 0, current = 0;
  enum { kStart, kWord, kTens, kHundred, kScale } prev = kStart;
  size_t i = pos;
  int tokens = 0;
  const Mask kWords = Bit(kNumberWord) | Bit(kNumberScale);
  while (i < n_) {
    Hit h = Longest(i, kWords);
    if (!h) break;
    double scale = 0;
    size_t end = h.e;
    if (h.w->cat == kNumberWord) {
      const Word& w = *h.w;
      if (w.after_unit) break;  // "and a half" only follows a unit
      if (w.decimal) {  // "ninety-nine point nine": digit words after the point
        if (prev == kStart || prev == kHundred || prev == kScale) break;
        double frac = 0, place = 0.1;
        size_t j = h.e, last = 0;
        while (j < n_ && s_[j] == ' ' && place > 1e-6) {
          Hit d = Longest(j + 1, Bit(kNumberWord));
          if (!d || d.w->decimal || d.w->article || d.w->tens || d.w->value >= 10 ||
              d.w->value != std::floor(d.w->value))
            break;
          frac += d.w->value * place;
          place /= 10;
          j = last = d.e;
        }
        if (last > 0) {
          ++tokens;  // "one point five" is a number, however weak "one" alone is
          r.end = last;
          r.value = total + current + frac;
          r.decimal = true;
          // "one point five million": the scale after the fraction.
          if (size_t j = SkipSpaces(last); j > last) {
            if (Hit sc = Longest(j, Bit(kNumberScale)); sc && sc.w->value > 100 && total == 0) {
              r.value = (current + frac) * sc.w->value;
              r.end = sc.e;
            }
          }
        }
        break;
      }
      if (w.article) {  // "a million": an article only before a scale
        if (prev != kStart) break;
        size_t j = SkipSpaces(h.e);
        Hit sc = j > h.e ? Longest(j, Bit(kNumberScale)) : Hit{};
        // …or one of a unit after a bound, an approximation or a span_lead
        // ("under a second", "within an hour", "about a day", "free for a
        // fortnight"), and one of a data size anywhere ("a terabyte of
        // storage").
        const Hit unit = !sc && j > h.e ? Longest(j, Bit(kUnit)) : Hit{};
        if (unit && ((unit.w->kind == Kind::kDataSize && unit.w->bytes >= 1e9) ||
                     (pos > 0 && LongestEndingAt(SkipSpacesBack(pos, 0), Bit(kBound) | Bit(kApprox) | Bit(kSpanLead),
                                                 At::kBefore)))) {
          r.end = h.e;
          r.value = 1;
          ++tokens;
          break;
        }
        if (!sc || sc.w->after_number) break;  // "a K-12 school" is no thousand
        current = 1;
        scale = sc.w->value;
        end = sc.e;
      } else if (w.value != std::floor(w.value)) {  // "half an" stands alone
        if (prev != kStart) break;
        r.end = end;
        r.value = w.value;
        r.weak = w.weak;
        ++tokens;
        break;
      } else {
        const bool fits =
            prev == kStart || prev == kScale || prev == kHundred || (prev == kTens && w.value < 10);
        if (!fits) break;
        current += w.value;
        prev = w.tens ? kTens : kWord;
        if (tokens == 0) r.weak = w.weak;
      }
    } else {
      if (prev == kStart) break;  // "hundred" alone
      scale = h.w->value;
    }
    if (scale == 100) {
      if (prev == kHundred || prev == kScale) break;
      current = (current == 0 ? 1 : current) * 100;
      prev = kHundred;
    } else if (scale > 0) {
      if (prev == kScale) break;
      total += (current == 0 ? 1 : current) * scale;
      current = 0;
      prev = kScale;
    }
    ++tokens;
    r.end = end;
    r.value = total + current;
    // Another number word after one space or a hyphen ("twenty-five"), or
    // "and" after a hundred ("one hundred and twenty").
    size_t j = r.end;
    if (j < n_ && (s_[j] == ' ' || s_[j] == '-')) ++j;
    if (prev == kHundred && lower_.compare(j, 4, "and ") == 0) j += 4;
    if (j == r.end) break;
    Hit next = Longest(j, kWords);
    if (!next || (next.w->cat == kNumberWord &&
                  (next.w->article || next.w->value != std::floor(next.w->value)))) {
      break;
    }
    i = j;
  }
  r.ok = tokens > 0;
  r.word = true;
  if (tokens > 1) r.weak = false;
  r.mult_end = r.end;
  return r;
}

// "10k", "$1.2m" (suffix glued to digits) and "1.2 million" (scale word).
void Scanner::ReadMultiplier(Numeral* num) const {
  num->mult_end = num->end;
  if (!num->ok || num->word || num->has_kanji) return;
  if (Hit suf = Longest(num->end, Bit(kNumberSuffix))) {
    num->mult = suf.w->value;
    num->mult_money_only = suf.w->money_only;
    num->mult_end = suf.e;
    return;
  }
  size_t j = SkipSpaces(num->end);
  if (j == num->end + 1) {
    if (Hit sc = Longest(j, Bit(kNumberScale))) {
      num->mult = sc.w->value;
      num->mult_end = sc.e;
    }
  }
}

Numeral Scanner::ReadNumber(size_t pos) const {
  Numeral r;
  if (pos >= n_) return r;
  // Number words: "twenty-five", "half an"; 半 (半日, 半年).
  if (IsAlpha(s_[pos]) ||
      (static_cast<unsigned char>(s_[pos]) >= 0x80 && Longest(pos, Bit(kNumberWord)))) {
    r = ScanWords(pos);
  } else {
    r = ScanNumeral(pos);
  }
  if (r.ok) ReadMultiplier(&r);
  return r;
}

// ---------------------------------------------------------------- the pass

size_t Scanner::Step(size_t i) {
  const auto c = static_cast<unsigned char>(s_[i]);
  if (c >= 0x80) {
    // A character outside ASCII is asked three questions, answered by one
    // walk: a schedule, a word that starts a date or makes the next number
    // no quantity, a kanji numeral (IsNumeralStart).
    const Mask words = Bit(kNotNumeral) | Bit(kRelativeDate) | Bit(kEra) | Bit(kPostalPrefix) |
                       Bit(kPhonePrefix) | Bit(kIdentifierPrefix) | Bit(kOrdinal) | Bit(kTimeOfDay);
    const Mask kanji = Bit(kKanjiDigit) | Bit(kKanjiSmallUnit) | Bit(kKanjiLargeUnit) | Bit(kNumberWord);
    const auto [schedule, word, numeral] = LongestEach<3>(i, {Bit(kSchedule), words, kanji});
    if (schedule && (i == 0 || !IsDigit(s_[i - 1]))) return schedule.e;
    if (word) {
      size_t r = AtJapaneseWord(i, word);
      if (r > i) return r;
    }
    if (numeral) return AtNumber(i);
    return i;
  }
  // Schedules ("24/7", 24時間365日): nothing is read inside them.
  if (IsAlnum(c)) {
    if (i == 0 || !IsDigit(s_[i - 1])) {
      if (Hit h = Longest(i, Bit(kSchedule))) return h.e;
    }
  }
  if (IsAlpha(c)) {
    if (i > 0 && IsAlnum(s_[i - 1])) return SkipToken(i);
    return AtWord(i);
  }
  if (IsDigit(c)) return AtNumber(i);
  if (c == '+') return AtPlus(i);
  if (c == '#' && i + 1 < n_ && IsDigit(s_[i + 1])) return SkipIdChain(i + 1);
  return i;
}

// A word outside ASCII that starts a date or makes the next number no
// quantity; returns i when it does neither here.
size_t Scanner::AtJapaneseWord(size_t i, const Hit& h) {
  switch (h.w->cat) {
    case kNotNumeral:
      return h.e;
    case kRelativeDate:
      return TryRelative(i, h);
    case kEra:
      return TryEra(i, h);
    case kPostalPrefix:
    case kPhonePrefix: {
      size_t j = h.e;
      while (j < n_ && (IsSpace(s_[j]) || s_[j] == ':' || s_[j] == '.')) ++j;
      if (j < n_ && s_[j] == '+') ++j;
      if (j < n_ && IsDigit(s_[j])) return SkipPhoneChain(j, false);
      return h.e;
    }
    case kIdentifierPrefix: {
      size_t j = SkipSpaces(h.e);
      if (j < n_ && (s_[j] == ':' || s_[j] == '#')) j = SkipSpaces(j + 1);
      if (j < n_ && IsDigit(s_[j])) return SkipIdChain(j);
      return h.e;
    }
    case kOrdinal: {  // 第3回, 第百十六回: a rank, no quantity
      if (h.w->at == At::kAfter) return i;
      Numeral num = ReadNumber(h.e);
      if (!num.ok) return h.e;
      // A footnote's mark numbers notes, not years (「※2027年1月…」 is a date).
      if (h.w->max_digits > 0 && num.int_digits > h.w->max_digits) return h.e;
      size_t e = num.end;
      if (Hit q = Longest(e, Bit(kQuarter), At::kAfter)) e = q.e;
      return e;
    }
    case kTimeOfDay: {  // 午前10時
      if (h.w->at == At::kAfter) return i;
      size_t j = SkipSpaces(h.e);
      if (j < n_ && IsNumeralStart(j)) {
        Numeral num = ReadNumber(j);
        if (num.ok) return SkipTime(num.end);
      }
      return h.e;
    }
    default:
      return i;
  }
}

size_t Scanner::AtWord(size_t i) {
  // URLs and e-mail addresses carry digits that are no quantities.
  if (lower_.compare(i, 7, "http://") == 0 || lower_.compare(i, 8, "https://") == 0 ||
      lower_.compare(i, 4, "www.") == 0) {
    size_t j = i;
    while (j<n_&& static_cast<unsigned char>(s_[j])> ' ' &&
           static_cast<unsigned char>(s_[j]) < 0x80)
      ++j;
    return j;
  }
  {
    size_t j = i;
    bool at = false;
    while (j < n_ && j - i<kMaxTokenScan&& static_cast<unsigned char>(s_[j])> ' ' &&
           static_cast<unsigned char>(s_[j]) < 0x80 && s_[j] != ',' && s_[j] != ';') {
      if (s_[j] == '@') at = true;
      ++j;
    }
    if (at) return j;
  }
  if (Hit h = Longest(i, Bit(kRelativeDate))) return TryRelative(i, h);
  if (Hit h = Longest(i, Bit(kMonthModifier))) {
    size_t j = SkipSpaces(h.e);
    if (j > h.e) {
      if (auto r = TryEnglishMonth(j, i, h.w->mode)) return *r;
    }
  }
  if (Longest(i, Bit(kMonthName))) {
    if (auto r = TryEnglishMonth(i, i, MonthMode::kNone)) return *r;
  }
  if (auto r = TryQuarter(i)) return *r;
  if (Hit h = Longest(i, Bit(kPostalPrefix))) {  // CA 94104
    size_t j = h.e;
    if (j < n_ && s_[j] == ' ') ++j;
    size_t k = j;
    while (k < n_ && IsDigit(s_[k])) ++k;
    if (k > j && (h.w->digits == 0 || static_cast<int>(k - j) == h.w->digits) &&
        (k >= n_ || !IsAlnum(s_[k]))) {
      if (k + 1 < n_ && s_[k] == '-' && IsDigit(s_[k + 1])) return SkipToken(k + 1);
      return k;
    }
  }
  if (Hit h = Longest(i, Bit(kPhonePrefix))) {
    size_t j = h.e;
    while (j < n_ && (IsSpace(s_[j]) || s_[j] == ':' || s_[j] == '.')) ++j;
    if (j < n_ && s_[j] == '+') ++j;
    if (j < n_ && IsDigit(s_[j])) return SkipPhoneChain(j, false);
  }
  if (Hit h = Longest(i, Bit(kIdentifierPrefix))) {
    size_t j = h.e;
    while (j < n_ && j < h.e + 6 &&
           (IsSpace(s_[j]) || s_[j] == '#' || s_[j] == ':' || s_[j] == '*'))
      ++j;
    if (j < n_ && IsDigit(s_[j])) return SkipIdChain(j);
    // "no. IS 735114": a short upper-case series code, then the number.
    size_t k = j;
    while (k < n_ && k - j < 4 && IsUpper(s_[k])) ++k;
    if (k > j && k + 1 < n_ && s_[k] == ' ' && IsDigit(s_[k + 1])) return SkipIdChain(k + 1);
  }
  // A currency code or a bound glued to digits (USD399) belongs to the number.
  if (Hit h = Longest(i, Bit(kCurrency) | Bit(kApprox) | Bit(kBound), At::kBefore)) {
    if (h.e < n_ && IsDigit(s_[h.e])) return h.e;
  }
  if (Longest(i, Bit(kNumberWord))) {
    Numeral num = ReadNumber(i);
    if (num.ok) {
      size_t r = BuildQuantity(num);
      return r > i ? r : num.end;
    }
  }
  return SkipToken(i);
}

// "+1 415-555-0163", "+44 (0)20 7946 0358": an international phone number.
size_t Scanner::AtPlus(size_t i) {
  if (i + 1 < n_ && IsDigit(s_[i + 1]) && (i == 0 || !IsAlnum(s_[i - 1]))) {
    size_t e = SkipPhoneChain(i + 1, true);
    if (e > i + 1) return e;
  }
  return i + 1;
}

// "SLA:99.9%", "RPO:15分" (a Japanese label's full-width colon, normalized
// to ':'): after letters and a colon, a number with a unit is the label's
// value, not part of a name ("ID:12345", "ISO/IEC 27001:2022").
bool Scanner::LabelledQuantity(size_t i) const {
  if (i < 2 || s_[i - 1] != ':' || !IsAlpha(s_[i - 2])) return false;
  Numeral num = ReadNumber(i);
  if (!num.ok) return false;
  const size_t e = num.end;
  if (e < n_ && (s_[e] == ':' || s_[e] == '-' || s_[e] == '/')) return false;
  UnitRead u = ReadUnit(e);
  return u.hit && u.hit.w->cat == kUnit;
}

size_t Scanner::AtNumber(size_t i) {
  const bool ascii = IsDigit(s_[i]);
  if (ascii && i > 0) {
    const auto p = static_cast<unsigned char>(s_[i - 1]);
    if (IsAlpha(p)) {
      // Digits glued to letters are a name (v3, EC2A, FY2027) unless the
      // letters are a currency or a bound (USD399).
      if (!LongestEndingAt(i, Bit(kCurrency) | Bit(kApprox) | Bit(kBound), At::kBefore))
        return SkipIdChain(i);
    } else if ((p == '-' || p == '.' || p == '/' || p == ':' || p == '_' || p == '@' ||
                p == '\\') &&
               i >= 2 && IsAlnum(s_[i - 2]) && !LabelledQuantity(i)) {
      return SkipIdChain(i);  // AES-256, No.1024, ISO/IEC 27001:2022
    } else if (p == '#') {
      return SkipIdChain(i);
    }
  }
  Numeral num = ReadNumber(i);
  if (num.too_long) return num.end;
  if (!num.ok) return i;
  if (!ascii && i > 0) {
    // A kanji numeral inside a word (標準九十日) is read only after a word
    // that may stand before a number (最大五千, 約三十日, 月額五万円).
    const size_t p = PrevCharStart(s_, i);
    const Mask glue = Bit(kBound) | Bit(kApprox) | Bit(kPeriod) | Bit(kTax) | Bit(kDatePart) |
                      Bit(kRelativeDate) | Bit(kEra) | Bit(kOrdinal) | Bit(kRangeConnector) |
                      Bit(kRangeOpen) | Bit(kUnit) | Bit(kCurrency) | Bit(kPerMarker) |
                      Bit(kRangeClose);
    if (IsKanji(CodePointAt(s_, p)) && !LongestEndingAt(i, glue)) return num.end;
  }
  if (ascii && !num.has_kanji && AtLineStart(i)) {
    const size_t e = num.end;
    // "1. ", "2)" list markers.
    if (num.plain_int && num.int_digits <= 3 && e < n_ && (s_[e] == '.' || s_[e] == ')') &&
        (e + 1 >= n_ || !IsDigit(s_[e + 1]))) {
      return e + 1;
    }
    // "2.3 Retention", "4.1 料金": a section number.
    if (num.decimal && !num.comma && num.int_digits <= 2 && num.frac_digits <= 2 &&
        !num.dot_follows && num.mult_end == num.end) {
      const size_t j = SkipSpaces(e);
      if (j > e && j < n_ &&
          (IsUpper(s_[j]) || s_[j] == '|' || static_cast<unsigned char>(s_[j]) >= 0x80) &&
          !ReadUnit(e).hit) {
        return e;
      }
    }
  }
  if (ascii && !num.has_kanji) {
    const size_t e = num.end;
    if (e + 1 < n_ && s_[e] == ':' && IsDigit(s_[e + 1])) return SkipTime(i);
    if (num.dot_follows) return DotChain(num);
    if (e + 1 < n_ && s_[e] == '/' && IsDigit(s_[e + 1])) return SlashChain(num);
    if (e + 1 < n_ && s_[e] == '-' && IsDigit(s_[e + 1])) {
      if (auto r = DashChain(num)) return *r;
    }
    if (auto r = TryDayMonth(num)) return *r;  // also "07 May 2026"
    // 020 7946 0841, 0120 123 456: leading zeros make a phone number or a
    // code; (562) 555-0148: an area code.
    if (num.leading_zero) {
      size_t r = SkipPhoneChain(i, false);
      return r > i ? r : SkipIdChain(i);
    }
    if (i > 0 && s_[i - 1] == '(' && e < n_ && s_[e] == ')' && num.plain_int) {
      size_t r = SkipPhoneChain(i, true);
      if (r > e) return r;
    }
  }
  if (auto r = TryJaDate(num)) return *r;
  if (ascii && !num.has_kanji) {
    if (num.plain_int && num.int_digits == 4) {
      if (auto r = TryBareYear(num)) return *r;
    }
  }
  size_t r = BuildQuantity(num);
  return r > i ? r : num.end;
}

// ---------------------------------------------------------------- chains

// 2027-01-15, 2027-01, 2026-2027 (dates); 03-5412-7742, 5412-7742 (phone
// numbers, nothing); 1-3 (nullopt: a range, read by BuildQuantity).
std::optional<size_t> Scanner::DashChain(const Numeral& num) {
  std::vector<Group> g;
  size_t j = num.begin;
  while (true) {
    AsciiNum a = ScanAscii(s_, j);
    if (a.too_long) return a.end;
    g.push_back({j, a});
    j = a.end;
    if (g.size() < 8 && j + 1 < n_ && s_[j] == '-' && IsDigit(s_[j + 1])) {
      ++j;
      continue;
    }
    break;
  }
  if (g.size() >= 8 || (j < n_ && IsAlpha(s_[j]))) return SkipToken(num.begin);
  auto plain = [](const AsciiNum& a) { return !a.comma && !a.decimal; };
  const NormSpan first(g[0].begin, g[0].a.end);
  if (g.size() >= 3) {
    if (g.size() == 3 && plain(g[0].a) && plain(g[1].a) && plain(g[2].a) &&
        g[0].a.int_digits == 4 && IsYearValue(g[0].a.value) && g[1].a.int_digits <= 2 &&
        g[2].a.int_digits <= 2) {
      const int y = static_cast<int>(g[0].a.value), m = static_cast<int>(g[1].a.value),
                d = static_cast<int>(g[2].a.value);
      if (ValidDate(y, m, d) && d > 0)
        EmitDate(num.begin, j, first, FormatDate(y, m, d), "", false);
    }
    return j;  // phone, fax, reference numbers
  }
  const AsciiNum& a0 = g[0].a;
  const AsciiNum& a1 = g[1].a;
  if (plain(a0) && plain(a1)) {
    if (a0.int_digits == 4 && IsYearValue(a0.value) && a1.int_digits <= 2 && a1.value >= 1 &&
        a1.value <= 12) {
      EmitDate(num.begin, j, first,
               FormatDate(static_cast<int>(a0.value), static_cast<int>(a1.value)), "", false);
      return j;
    }
    if (a0.int_digits == 4 && a1.int_digits == 4 && IsYearValue(a0.value) &&
        IsYearValue(a1.value) && a1.value > a0.value) {
      EmitDate(num.begin, j, first, FormatDate(static_cast<int>(a0.value)),
               FormatDate(static_cast<int>(a1.value)), false);
      return j;
    }
    if (a0.leading_zero || a1.leading_zero) return j;
    if (a0.int_digits >= 4 && a1.int_digits >= 4 && !ReadUnit(j).hit) return j;
  }
  return std::nullopt;
}

// Digit groups separated by `sep` from pos; returns their end.
size_t Groups(std::string_view s, size_t pos, char sep, std::vector<Group>* out) {
  size_t j = pos;
  while (true) {
    AsciiNum a = ScanAscii(s, j);
    if (a.too_long) return a.end;
    // a '.' inside a group is a separator here: re-scan as plain digits
    if (sep == '.') {
      size_t k = j;
      while (k < s.size() && IsDigit(s[k])) ++k;
      a = AsciiNum{};
      a.end = k;
      a.int_digits = static_cast<int>(k - j);
      if (a.int_digits <= kMaxDigits) std::from_chars(s.data() + j, s.data() + k, a.value);
    }
    if (out->size() < 8) out->push_back({j, a});
    j = a.end;
    if (j + 1 < s.size() && s[j] == sep && IsDigit(s[j + 1])) {
      ++j;
      continue;
    }
    return j;
  }
}

// 2027/1/15, 2027/01, 1/15/2027 (unambiguous, or day first when the
// context says so: 1/4/2026); 24/7, 1/2: nothing.
size_t Scanner::SlashChain(const Numeral& num) {
  std::vector<Group> g;
  const size_t j = Groups(s_, num.begin, '/', &g);
  if (j < n_ && IsAlpha(s_[j])) return SkipToken(num.begin);
  for (const auto& x : g) {
    if (x.a.comma || x.a.decimal) return j;
  }
  const NormSpan first(g[0].begin, g[0].a.end);
  auto v = [&](size_t k) { return static_cast<int>(g[k].a.value); };
  auto year = [&](size_t k) { return g[k].a.int_digits == 4 && IsYearValue(g[k].a.value); };
  int y = 0, m = 0, d = 0;
  if (g.size() == 3) {
    if (year(0)) {
      y = v(0), m = v(1), d = v(2);
    } else if (year(2)) {
      y = v(2);
      if (v(0) <= 12 && v(1) > 12) {
        m = v(0), d = v(1);
      } else if (v(0) > 12 && v(1) <= 12) {
        d = v(0), m = v(1);
      } else if (v(0) == v(1)) {
        m = d = v(0);
      } else if (day_first_) {
        d = v(0), m = v(1);
      }
    }
  } else if (g.size() == 2) {
    if (year(0) && v(1) >= 1 && v(1) <= 12) {
      y = v(0), m = v(1);
    } else if (year(1) && v(0) >= 1 && v(0) <= 12) {
      y = v(1), m = v(0);
    }
  }
  if (y && m && ValidDate(y, m, d) && (g.size() == 2 || d > 0)) {
    EmitDate(num.begin, j, first, FormatDate(y, m, d), "", false);
  }
  return j;
}

// 2027.1.15 (a date); 1.2.3, 3.1.4 (versions, sections): nothing.
size_t Scanner::DotChain(const Numeral& num) {
  std::vector<Group> g;
  const size_t j = Groups(s_, num.begin, '.', &g);
  if (j < n_ && IsAlpha(s_[j])) return SkipToken(num.begin);
  if (g.size() == 3 && g[0].a.int_digits == 4 && IsYearValue(g[0].a.value) &&
      g[1].a.int_digits <= 2 && g[2].a.int_digits <= 2) {
    const int y = static_cast<int>(g[0].a.value), m = static_cast<int>(g[1].a.value),
              d = static_cast<int>(g[2].a.value);
    if (d > 0 && ValidDate(y, m, d)) {
      EmitDate(num.begin, j, NormSpan(g[0].begin, g[0].a.end), FormatDate(y, m, d), "", false);
    }
  }
  return j;
}

// ---------------------------------------------------------------- dates

bool Scanner::ResolveMonth(int m, int* y) const {
  if (!asof_.valid) return false;
  const int now = asof_.y * 12 + asof_.m;
  int best = 0, best_diff = 1000;
  for (int cand = asof_.y - 1; cand <= asof_.y + 1; ++cand) {
    const int diff = cand * 12 + m - now;
    const int ad = diff < 0 ? -diff : diff;
    if (ad < (best_diff < 0 ? -best_diff : best_diff) ||
        (ad == (best_diff < 0 ? -best_diff : best_diff) && diff > 0)) {
      best = cand;
      best_diff = diff;
    }
  }
  if ((best_diff < 0 ? -best_diff : best_diff) > 6) return false;
  *y = best;
  return true;
}

bool IntValue(const Numeral& n, int lo, int hi, int* out) {
  if (!n.ok || n.decimal || n.comma || n.mult_end != n.end || n.value != std::floor(n.value))
    return false;
  if (n.value < lo || n.value > hi) return false;
  *out = static_cast<int>(n.value);
  return true;
}

// After a year and its 年: 1月, 1月15日, 第3四半期, Q3. Emits the date.
size_t Scanner::YearTail(size_t begin, size_t pos, int year, const Numeral& first) {
  int m = 0, d = 0;
  size_t end = pos;
  std::string date_max;
  size_t p = pos;
  if (p < n_ && s_[p] == ' ') ++p;
  size_t q = p;
  if (Hit o = Longest(q, Bit(kOrdinal), At::kBefore)) q = o.e;
  if (Hit qb = Longest(p, Bit(kQuarter), At::kBefore); qb && qb.e < n_ && IsDigit(s_[qb.e])) {
    Numeral qn = ReadNumber(qb.e);
    int quarter = 0;
    if (IntValue(qn, 1, 4, &quarter) && (qn.end >= n_ || !IsAlnum(s_[qn.end]))) {
      m = (quarter - 1) * 3 + 1;
      date_max = FormatDate(year, quarter * 3);
      end = qn.end;
    }
  } else if (q < n_ && IsNumeralStart(q)) {
    Numeral mn = ReadNumber(q);
    int v = 0;
    if (IntValue(mn, 1, 12, &v)) {
      Hit quarter = Longest(mn.end, Bit(kQuarter), At::kAfter);
      Hit part = Longest(mn.end, Bit(kDatePart));
      if (quarter && v <= 4) {
        m = (v - 1) * 3 + 1;
        date_max = FormatDate(year, v * 3);
        end = quarter.e;
      } else if (q == p && part && part.w->part == DatePart::kMonth) {
        m = v;
        end = part.e;
        if (end < n_ && IsNumeralStart(end)) {
          Numeral dn = ReadNumber(end);
          Hit dp = dn.ok ? Longest(dn.end, Bit(kDatePart)) : Hit{};
          int dv = 0;
          if (IntValue(dn, 1, 31, &dv) && dp && dp.w->part == DatePart::kDay &&
              ValidDate(year, m, dv)) {
            d = dv;
            end = dp.e;
          }
        }
      }
    }
  }
  EmitDate(begin, end, NormSpan(first.begin, first.end), FormatDate(year, m, d), date_max, false);
  return end;
}

// 2027年…, 1月, 1月15日: the Japanese date after a numeral.
std::optional<size_t> Scanner::TryJaDate(const Numeral& num) {
  if (num.mult_end != num.end || num.word) return std::nullopt;
  Hit dp = Longest(num.end, Bit(kDatePart));
  if (!dp) return std::nullopt;
  if (dp.w->part == DatePart::kYear) {
    if (num.decimal || num.comma || !IsYearValue(num.value))
      return std::nullopt;  // 1年: a duration
    if (dp.w->year_starts > 1) {  // 2026年度: a fiscal year, April to March
      EmitFiscalYear(num.begin, dp.e, NormSpan(num.begin, num.end), static_cast<int>(num.value), dp.w->year_starts);
      return dp.e;
    }
    return YearTail(num.begin, dp.e, static_cast<int>(num.value), num);
  }
  if (dp.w->part != DatePart::kMonth) return std::nullopt;  // 日: a duration
  int m = 0;
  size_t end = dp.e;
  if (!IntValue(num, 1, 12, &m)) return end;  // 13月: no date, no quantity
  int d = 0;
  if (end < n_ && IsNumeralStart(end)) {
    Numeral dn = ReadNumber(end);
    Hit dd = dn.ok ? Longest(dn.end, Bit(kDatePart)) : Hit{};
    int dv = 0;
    if (IntValue(dn, 1, 31, &dv) && dd && dd.w->part == DatePart::kDay) {
      d = dv;
      end = dd.e;
    }
  }
  int y = 0;
  if (!ResolveMonth(m, &y)) return end;
  if (d && !ValidDate(y, m, d)) return end;
  EmitDate(num.begin, end, NormSpan(num.begin, num.end), FormatDate(y, m, d), "", true);
  return end;
}

// A four-digit year: "Jan 2027", "Q3 2027", "in 2027".
bool YearAt(std::string_view s, size_t p, int* year, size_t* end) {
  if (p + 4 > s.size()) return false;
  for (size_t k = p; k < p + 4; ++k) {
    if (!IsDigit(s[k])) return false;
  }
  if (p + 4 < s.size() && IsAlnum(s[p + 4])) return false;
  if (p > 0 && IsAlnum(s[p - 1])) return false;
  const int y = std::atoi(std::string(s.substr(p, 4)).c_str());
  if (!IsYearValue(y)) return false;
  *year = y;
  *end = p + 4;
  return true;
}

// January 2027, Jan 15, 2027, January 15th, March, next April.
std::optional<size_t> Scanner::TryEnglishMonth(size_t i, size_t begin, MonthMode mode) {
  Hit mh = Longest(i, Bit(kMonthName));
  if (!mh) return std::nullopt;
  const int m = static_cast<int>(mh.w->value);
  size_t p = mh.e;
  // An abbreviation's full stop ("Sept. 2027") is the date's; a full name's
  // ("…from 1 April.") ends the sentence.
  if (p < n_ && s_[p] == '.' && mh.w->key.back() != '.' && mh.e - i <= 4) ++p;
  size_t end = p;
  int day = 0, year = 0;
  NormSpan number(begin, p);
  bool has_number = false;
  size_t q = SkipSpaces(p);
  if (q > p && q < n_ && IsDigit(s_[q])) {
    AsciiNum a = ScanAscii(s_, q);
    if (!a.comma && !a.decimal && a.int_digits <= 2 && a.value >= 1 && a.value <= 31 &&
        (a.end >= n_ || !IsDigit(s_[a.end]))) {
      day = static_cast<int>(a.value);
      end = a.end;
      number = NormSpan(q, a.end);
      has_number = true;
      if (Hit o = Longest(end, Bit(kOrdinal), At::kAfter)) end = o.e;
      size_t r = end;
      if (r < n_ && s_[r] == ',') ++r;
      r = SkipSpaces(r);
      size_t ye = 0;
      if (r > end && YearAt(s_, r, &year, &ye)) end = ye;
    } else if (YearAt(s_, q, &year, &end)) {
      number = NormSpan(q, end);
      has_number = true;
    }
  } else if (q < n_ && s_[q] == ',') {
    size_t r = SkipSpaces(q + 1);
    size_t ye = 0;
    if (YearAt(s_, r, &year, &ye)) {
      number = NormSpan(r, ye);
      has_number = true;
      end = ye;
    }
  }
  // A month alone is a date only after a cue ("in January") or a modifier.
  if (!has_number && mode == MonthMode::kNone) {
    const size_t b = SkipSpacesBack(begin, last_end_);
    if (b == begin || !LongestEndingAt(b, Bit(kMonthCue))) return std::nullopt;
  }
  bool inferred = false;
  if (!year) {
    if (!asof_.valid) return end;
    switch (mode) {
      case MonthMode::kNext:
        year = m > asof_.m ? asof_.y : asof_.y + 1;
        break;
      case MonthMode::kThis:
        year = asof_.y;
        break;
      case MonthMode::kLast:
        year = m < asof_.m ? asof_.y : asof_.y - 1;
        break;
      case MonthMode::kNone:
        if (!ResolveMonth(m, &year)) return end;
        inferred = true;
        break;
    }
  }
  if (day && !ValidDate(year, m, day)) return end;
  EmitDate(begin, end, number, FormatDate(year, m, day), "", inferred);
  return end;
}

// 15 January 2027, 15th of January.
std::optional<size_t> Scanner::TryDayMonth(const Numeral& num) {
  int day = 0;
  if (!num.plain_int || num.int_digits > 2 || !IntValue(num, 1, 31, &day)) return std::nullopt;
  size_t p = num.end;
  if (Hit o = Longest(p, Bit(kOrdinal), At::kAfter)) p = o.e;
  size_t q = SkipSpaces(p);
  if (q == p) return std::nullopt;
  if (Hit f = Longest(q, Bit(kDateFiller))) {
    size_t r = SkipSpaces(f.e);
    if (r > f.e && Longest(r, Bit(kMonthName))) q = r;
  }
  Hit mh = Longest(q, Bit(kMonthName));
  if (!mh) return std::nullopt;
  const int m = static_cast<int>(mh.w->value);
  size_t end = mh.e;
  if (end < n_ && s_[end] == '.' && mh.w->key.back() != '.' && mh.e - q <= 4) ++end;  // "15 Jan." only
  size_t r = end;
  if (r < n_ && s_[r] == ',') ++r;
  r = SkipSpaces(r);
  int year = 0;
  size_t ye = 0;
  if (r > end && YearAt(s_, r, &year, &ye)) end = ye;
  bool inferred = false;
  if (!year) {
    if (!ResolveMonth(m, &year)) return end;
    inferred = true;
  }
  if (!ValidDate(year, m, day)) return end;
  EmitDate(num.begin, end, NormSpan(num.begin, num.end), FormatDate(year, m, day), "", inferred);
  return end;
}

// Q3 2027, Q3, 2027: a calendar quarter (Q4 alone is a question label).
std::optional<size_t> Scanner::TryQuarter(size_t i) {
  Hit q = Longest(i, Bit(kQuarter), At::kBefore);
  if (!q || q.e >= n_ || !IsDigit(s_[q.e])) return std::nullopt;
  const size_t j = q.e;
  if (j + 1 < n_ && IsAlnum(s_[j + 1])) return std::nullopt;
  const int quarter = s_[j] - '0';
  if (quarter < 1 || quarter > 4) return std::nullopt;
  size_t p = j + 1;
  if (p < n_ && s_[p] == ',') ++p;
  p = SkipSpaces(p);
  if (Hit f = Longest(p, Bit(kDateFiller))) p = SkipSpaces(f.e);
  int year = 0;
  size_t end = 0;
  if (p == j + 1 || !YearAt(s_, p, &year, &end)) return std::nullopt;
  EmitDate(i, end, NormSpan(j, j + 1), FormatDate(year, (quarter - 1) * 3 + 1),
           FormatDate(year, quarter * 3), false);
  return end;
}

// A bare four-digit year after a cue word ("in 2027") or before a quarter
// ("2027 Q3"); otherwise the number is read as a count.
std::optional<size_t> Scanner::TryBareYear(const Numeral& num) {
  if (!IsYearValue(num.value) || num.mult_end != num.end) return std::nullopt;
  const int year = static_cast<int>(num.value);
  const size_t p = SkipSpaces(num.end);
  if (p > num.end) {
    Hit q = Longest(p, Bit(kQuarter), At::kBefore);
    if (q && q.e < n_ && IsDigit(s_[q.e]) && s_[q.e] >= '1' && s_[q.e] <= '4' &&
        (q.e + 1 >= n_ || !IsAlnum(s_[q.e + 1]))) {
      const int quarter = s_[q.e] - '0';
      EmitDate(num.begin, q.e + 1, NormSpan(num.begin, num.end),
               FormatDate(year, (quarter - 1) * 3 + 1), FormatDate(year, quarter * 3), false);
      return q.e + 1;
    }
  }
  const size_t b = SkipSpacesBack(num.begin, last_end_);
  if (b == num.begin || !LongestEndingAt(b, Bit(kYearCue))) return std::nullopt;
  if (ReadUnit(num.end).hit) return std::nullopt;
  size_t we = 0;
  if (!ReadUnitWord(num.end, &we).empty()) return std::nullopt;
  EmitDate(num.begin, num.end, NormSpan(num.begin, num.end), FormatDate(year), "", false);
  return num.end;
}

// 来年, 来年4月, 来月, next year, this month.
size_t Scanner::TryRelative(size_t begin, const Hit& h) {
  const Word& w = *h.w;
  const int offset = static_cast<int>(w.value);
  size_t end = h.e;
  if (w.unit == "month") {
    if (!asof_.valid) return end;
    const int t = asof_.y * 12 + (asof_.m - 1) + offset;
    EmitDate(begin, end, NormSpan(begin, end), FormatDate(t / 12, t % 12 + 1), "", false);
    return end;
  }
  int year = asof_.y + offset;
  if (w.year_starts > 1) {  // 来年度: the fiscal year after the as-of date's
    if (!asof_.valid) return end;
    year = (asof_.m >= w.year_starts ? asof_.y : asof_.y - 1) + offset;
    EmitFiscalYear(begin, end, NormSpan(begin, end), year, w.year_starts);
    return end;
  }
  int m = 0, d = 0;
  size_t p = end;
  if (Hit f = Longest(p, Bit(kDateFiller))) p = f.e;
  p = SkipSpaces(p);
  if (p < n_ && IsNumeralStart(p)) {
    Numeral mn = ReadNumber(p);
    Hit part = mn.ok ? Longest(mn.end, Bit(kDatePart)) : Hit{};
    int v = 0;
    if (IntValue(mn, 1, 12, &v) && part && part.w->part == DatePart::kMonth) {
      m = v;
      end = part.e;
      if (end < n_ && IsNumeralStart(end)) {
        Numeral dn = ReadNumber(end);
        Hit dp = dn.ok ? Longest(dn.end, Bit(kDatePart)) : Hit{};
        int dv = 0;
        if (IntValue(dn, 1, 31, &dv) && dp && dp.w->part == DatePart::kDay) {
          d = dv;
          end = dp.e;
        }
      }
    }
  }
  if (!asof_.valid) return end;
  if (d && !ValidDate(year, m, d)) d = 0;
  EmitDate(begin, end, NormSpan(begin, h.e), FormatDate(year, m, d), "", false);
  return end;
}

// 令和9年1月, 令和元年.
size_t Scanner::TryEra(size_t begin, const Hit& h) {
  size_t p = h.e;
  int n = 0;
  Numeral first;
  if (Hit f = Longest(p, Bit(kEraFirstYear))) {
    n = 1;
    first.begin = p;
    first.end = f.e;
    p = f.e;
  } else {
    first = ReadNumber(p);
    if (!IntValue(first, 1, 99, &n)) return h.e;
    p = first.end;
  }
  Hit dp = Longest(p, Bit(kDatePart));
  if (!dp || dp.w->part != DatePart::kYear) return first.end > h.e ? first.end : h.e;
  const int year = static_cast<int>(h.w->value) + n - 1;
  return YearTail(begin, dp.e, year, first);
}

// ---------------------------------------------------------------- quantities

// Currency, approximation, bound, range opener, tax, period and clock words
// right before the number (skipping spaces): "up to $500", "最大約1万",
// "税込55,000円", "月額5万円", "between 1 and 3".
Before Scanner::ReadBefore(size_t pos) const {
  Before b;
  b.begin = b.money_begin = pos;
  size_t p = pos;
  bool seen_currency = false, seen_bound = false, seen_approx = false, seen_tax = false;
  const Mask m = Bit(kCurrency) | Bit(kApprox) | Bit(kBound) | Bit(kRangeOpen) | Bit(kTax) |
                 Bit(kPeriod) | Bit(kTimeOfDay);
  for (int iter = 0; iter < 6; ++iter) {
    const size_t q = SkipSpacesBack(p, last_end_);
    if (q <= last_end_) break;
    Hit h = LongestEndingAt(q, m, At::kBefore);
    if (!h || h.b < last_end_) break;
    const Word& w = *h.w;
    bool core = true;
    switch (w.cat) {
      case kCurrency:
        if (seen_currency) return b;
        seen_currency = true;
        b.currency = w.code;
        break;
      case kApprox:
        if (seen_approx) return b;
        // "~5,000" is approximate; "1~5" is a range, read from its first number.
        if (w.key == "~" && h.b > 0 &&
            !(IsSpace(s_[h.b - 1]) || s_[h.b - 1] == '(' || s_[h.b - 1] == '\n'))
          return b;
        seen_approx = true;
        b.approx = true;
        break;
      case kBound:
        if (seen_bound) return b;
        seen_bound = true;
        b.bound = w.bound;
        b.inclusive = w.inclusive;
        break;
      case kRangeOpen:
        b.open = true;
        break;
      case kTax:
        if (seen_tax) return b;
        seen_tax = true;
        b.tax = w.tax;
        core = false;
        break;
      case kPeriod:
        if (w.basis) {
          if (b.basis.empty()) b.basis = w.per;
        } else if (b.period.empty()) {
          b.period = w.per;
        }
        core = false;
        break;
      case kTimeOfDay:
        b.time_of_day = true;
        break;
      default:
        return b;
    }
    p = h.b;
    b.money_begin = h.b;
    if (core) b.begin = h.b;
  }
  return b;
}

// A currency, unit, clock word or ordinal right after a number, after
// spaces or one hyphen ("15-minute").
UnitRead Scanner::ReadUnit(size_t pos) const {
  UnitRead r;
  r.end = pos;
  size_t j = SkipSpaces(pos);
  if (j == pos && j + 1 < n_ && s_[j] == '-' && IsAlpha(s_[j + 1])) ++j;
  if (Hit h =
          Longest(j, Bit(kCurrency) | Bit(kUnit) | Bit(kTimeOfDay) | Bit(kOrdinal), At::kAfter)) {
    r.hit = h;
    r.end = h.e;
  }
  return r;
}

// The word a count is of: for Japanese the run of katakana or of kanji
// right after the number (ユーザー, 名, 言語), for English the next word.
std::string Scanner::ReadUnitWord(size_t pos, size_t* end) const {
  *end = pos;
  const size_t j = SkipSpaces(pos);
  if (j >= n_) return "";
  const auto c = static_cast<unsigned char>(s_[j]);
  // A word of the lexicon around numbers ("roughly", 最大, 月額) is no
  // count word: it belongs to the next quantity or to none.
  const Mask stop = Bit(kBound) | Bit(kApprox) | Bit(kTax) | Bit(kPerMarker) |
                    Bit(kRangeConnector) | Bit(kRangeClose) | Bit(kRangeOpen) | Bit(kPeriod) |
                    Bit(kUnit) | Bit(kCurrency) | Bit(kRelativeDate) | Bit(kEra) | Bit(kOrdinal) |
                    Bit(kTimeOfDay) | Bit(kUnitWordStop) | Bit(kMonthName) | Bit(kIdentifierPrefix);
  // "the 5,000-user ceiling": a hyphen joins the count to its word.
  const bool hyphen = c == '-' && j == pos && j + 1 < n_ && IsAlpha(s_[j + 1]);
  const size_t w = hyphen ? j + 1 : j;
  if (Longest(w, stop) || IsNumeralStart(w)) return "";
  if (IsAlpha(s_[w])) {
    // Letters glued to the digits are a name (2FA); a wide gap is a table
    // column.
    if (!hyphen && (j == pos || j > pos + 2)) return "";
    size_t k = w;
    while (
        k < n_ && k - w <= kMaxGap &&
        (IsAlpha(s_[k]) || ((s_[k] == '-' || s_[k] == '\'') && k + 1 < n_ && IsAlpha(s_[k + 1])))) {
      ++k;
    }
    if (k - w > kMaxGap) return "";
    *end = k;
    return std::string(s_.substr(w, k - w));
  }
  if (c < 0x80 || j > pos + 1) return "";
  const char32_t first = CodePointAt(s_, j);
  const bool kata = IsKatakana(first);
  if (!kata && !IsKanji(first)) return "";
  size_t k = j;
  while (k < n_ && k - j < 64) {
    const char32_t d = CodePointAt(s_, k);
    if (kata ? !IsKatakana(d) : !IsKanji(d)) break;
    if (k > j && Longest(k, stop, At::kAfter)) break;
    k += Utf8CharLen(s_, k);
  }
  *end = k;
  return std::string(s_.substr(j, k - j));
}

// "per month", "/user", "a month", "per TB": a per_marker then a
// billing_unit. Returns the billing unit; *end after it.
Hit Scanner::MarkedBilling(size_t pos, size_t* end) const {
  Hit pm = Longest(pos, Bit(kPerMarker), At::kBefore);
  if (!pm) return {};
  const size_t k = SkipSpaces(pm.e);
  if (IsAlpha(s_[pm.e - 1]) && k == pm.e) return {};
  Hit bu = Longest(k, Bit(kBillingUnit));
  if (!bu) return {};
  *end = bu.e;
  return bu;
}

// "1ユーザー月額4,000円", "1TB 2,800円/月": one of a billing unit (a basis),
// then right away a billing period or a number, is what that is per,
// with no marker. `number_end` ends the 1, `unit_end` the unit.
bool Scanner::OneUnitBeforePrice(const Numeral& n, double value, size_t number_end, size_t unit_end) const {
  if (value != 1 || n.word) return false;
  Hit bu = Longest(SkipSpaces(number_end), Bit(kBillingUnit));
  if (!bu || !bu.w->basis || bu.e != unit_end) return false;
  const size_t k = SkipSpaces(unit_end);
  if (k >= n_) return false;
  if (Hit per = Longest(k, Bit(kPeriod))) return !per.w->basis;
  return IsNumeralStart(k) || static_cast<bool>(Longest(k, Bit(kCurrency), At::kBefore));
}

// "1TBあたり", "ユーザーあたり": a billing_unit (after an optional number)
// then a per_marker standing after it. Returns the billing unit.
Hit Scanner::BillingPer(size_t pos, size_t* end) const {
  size_t x = pos;
  if (x < n_ && IsNumeralStart(x)) {
    Numeral num = ReadNumber(x);
    if (num.ok) x = SkipSpaces(num.end);
  }
  Hit bu = Longest(x, Bit(kBillingUnit));
  if (!bu) return {};
  Hit pm = Longest(SkipSpaces(bu.e), Bit(kPerMarker), At::kAfter);
  if (!pm) return {};
  *end = pm.e;
  return bu;
}

void ApplyAfter(const Word& w, After* a) {
  switch (w.cat) {
    case kBound:
      if (a->bound == Bound::kExact) {
        a->bound = w.bound;
        a->inclusive = w.inclusive;
      }
      break;
    case kApprox:
      a->approx = true;
      break;
    case kTax:
    case kBracketTax:
      if (a->tax == Tax::kUnstated) a->tax = w.tax;
      break;
    case kPeriod:
    case kBillingUnit:
      if (w.basis) {
        if (a->basis.empty()) a->basis = w.per;
      } else if (a->period.empty()) {
        a->period = w.per;
      }
      break;
    default:
      break;
  }
}

// Bound, approximation, range-closing, tax and period words after the
// number and its unit, also in parentheses ("(税抜)", "(excl. VAT)") or
// after a comma (", excluding VAT"). Returns the end of the last one.
size_t Scanner::ReadAfter(size_t pos, bool money, bool range, After* a) const {
  size_t p = pos;
  for (int iter = 0; iter < 8; ++iter) {
    const size_t j = SkipSpaces(p);
    if (j >= n_) break;
    Hit best;
    size_t best_end = 0;
    auto consider = [&](const Hit& h, size_t end) {
      if (h && end > best_end) {
        best = h;
        best_end = end;
      }
    };
    // A second word for a slot already filled is left alone: it belongs to
    // the next quantity ("4,000円(税抜)、税込では4,400円").
    const bool tax_open = money && a->tax == Tax::kUnstated;
    Mask m = (a->bound == Bound::kExact ? Bit(kBound) : 0) | Bit(kApprox);
    if (range) m |= Bit(kRangeClose);
    if (money) m |= Bit(kPeriod);
    if (tax_open) m |= Bit(kTax);
    Hit h = Longest(j, m, At::kAfter);
    consider(h, h ? h.e : 0);
    // "(¥55,000 including)": a bare tax word that closes the brackets.
    if (tax_open) {
      if (Hit bt = Longest(j, Bit(kBracketTax)); bt && SkipSpaces(bt.e) < n_ && s_[SkipSpaces(bt.e)] == ')')
        consider(bt, bt.e);
    }
    if (money) {
      size_t be = 0;
      Hit bu = MarkedBilling(j, &be);
      consider(bu, be);
      size_t k = 0;
      if (!tax_open) {
      } else if (s_[j] == ',') {
        k = j + 1;
      } else if (s_.compare(j, 3, "\xE3\x80\x81") == 0 ||
                 s_.compare(j, 3, "\xE3\x83\xBB") == 0) {  // 、・
        k = j + 3;
      }
      if (k) {
        Hit t = Longest(SkipSpaces(k), Bit(kTax));
        consider(t, t ? t.e : 0);
      }
    }
    if (s_[j] == '(') {
      const size_t k = SkipSpaces(j + 1);
      const Mask im =
          Bit(kBound) | Bit(kApprox) | (money ? Bit(kPeriod) : 0) | (tax_open ? Bit(kTax) : 0);
      Hit in = Longest(k, im);
      size_t ie = in ? in.e : 0;
      if (money) {
        size_t be = 0;
        if (Hit bu = MarkedBilling(k, &be); bu && be > ie) {
          in = bu;
          ie = be;
        }
        be = 0;
        if (Hit bu = BillingPer(k, &be); bu && be > ie) {
          in = bu;
          ie = be;
        }
      }
      if (in) {
        const size_t close = SkipSpaces(ie);
        if (close < n_ && s_[close] == ')') consider(in, close + 1);
      }
    }
    if (!best) break;
    ApplyAfter(*best.w, a);
    p = best_end;
  }
  return p;
}

// Tax, period and "per" words earlier in the clause of a price, nearest
// first, back to the previous quantity ("月額料金は50,000円", "1ユーザーあたりの
// 料金は4,000円", "税込では4,400円").
void Scanner::ClauseBack(size_t pos, Tax* tax, std::string* period, std::string* basis) const {
  const size_t lo =
      std::max(last_stop_end_, pos > kMaxClauseBytes ? pos - kMaxClauseBytes : size_t{0});
  auto set_part = [&](const Word& w) {
    std::string* slot = w.basis ? basis : period;
    if (slot->empty()) *slot = w.per;
  };
  size_t p = pos;
  // What a price is per does not reach back over a ", " (an English list:
  // "1 TB of storage per user, $399/month"); tax and period words do.
  bool past_comma = false;
  while (p > lo) {
    Hit h = LongestEndingAt(p, Bit(kTax) | Bit(kPeriod) | (past_comma ? 0 : Bit(kBillingUnit)), At::kBefore);
    Hit pm = past_comma ? Hit{} : LongestEndingAt(p, Bit(kPerMarker), At::kAfter);
    if (pm && pm.b >= lo && (!h || pm.e - pm.b >= h.e - h.b)) {
      if (Hit bu = LongestEndingAt(SkipSpacesBack(pm.b, lo), Bit(kBillingUnit)); bu && bu.b >= lo) {
        set_part(*bu.w);
        p = bu.b;
        continue;
      }
    }
    if (h && h.b >= lo) {
      if (h.w->cat == kTax) {
        if (*tax == Tax::kUnstated) *tax = h.w->tax;
      } else if (h.w->cat == kPeriod) {
        if (!h.w->adjacent) set_part(*h.w);
      } else {  // a billing unit: only after a marker ("per user") or a 1 (1ユーザー月額)
        Hit mk = LongestEndingAt(SkipSpacesBack(h.b, lo), Bit(kPerMarker), At::kBefore);
        if (mk && mk.b >= lo) {
          // "per workspace rather than per user: $399": a basis set aside
          // is none of the price's.
          Hit denied = LongestEndingAt(SkipSpacesBack(mk.b, lo), Bit(kPerDenial));
          if (!denied || denied.b < lo) set_part(*h.w);
          p = mk.b;
          continue;
        }
        const size_t one = SkipSpacesBack(h.b, lo);
        const bool lone_one = one > lo && s_[one - 1] == '1' &&
                              (one - 1 == lo || (!std::isdigit(static_cast<unsigned char>(s_[one - 2])) &&
                                                 s_[one - 2] != '.' && s_[one - 2] != ','));
        if (h.w->basis && lone_one) {
          set_part(*h.w);
          p = one - 1;
          continue;
        }
        // …or one right before a period word (「ユーザー月額4,000円」).
        if (h.w->basis && Longest(h.e, Bit(kPeriod))) set_part(*h.w);
      }
      p = h.b;
      continue;
    }
    const size_t q = PrevCharStart(s_, p);
    if (ClauseBreakAt(q)) break;
    if (s_[q] == ',' && q + 1 < n_ && s_[q + 1] == ' ') past_comma = true;
    p = q;
  }
}

// A tax word later in the clause of a price, when no other number stands
// between it and the end of the clause ("… per month there, tax excluded").
Tax Scanner::ClauseForwardTax(size_t pos) const {
  const size_t hi = std::min(n_, pos + kMaxClauseBytes);
  size_t p = pos;
  while (p < hi) {
    if (ClauseBreakAt(p) || IsNumeralStart(p)) return Tax::kUnstated;
    if (Hit t = Longest(p, Bit(kTax))) {
      size_t q = t.e;
      const size_t qhi = std::min(n_, t.e + kMaxClauseBytes);
      while (q < qhi && !ClauseBreakAt(q)) {
        if (IsNumeralStart(q)) return Tax::kUnstated;
        q += Utf8CharLen(s_, q);
      }
      return t.w->tax;
    }
    p += Utf8CharLen(s_, p);
  }
  return Tax::kUnstated;
}

// "rises from 5,000 to 10,000", "5,000ユーザーから1万ユーザーに拡張": a change,
// not a range.
bool Scanner::BlockedRange(size_t begin, size_t upper_end, bool change_prone) const {
  if (!change_prone) return false;
  if (Longest(SkipSpaces(upper_end), Bit(kRangeBlocker), At::kAfter)) return true;
  const size_t lo =
      std::max(last_end_, begin > kMaxClauseBytes ? begin - kMaxClauseBytes : size_t{0});
  size_t p = begin;
  while (p > lo) {
    if (Hit h = LongestEndingAt(p, Bit(kRangeBlocker), At::kBefore); h && h.b >= lo) return true;
    const size_t q = PrevCharStart(s_, p);
    if (ClauseBreakAt(q)) break;
    p = q;
  }
  return false;
}

// "~ 3", "to 3 seconds", "から3秒": the upper end of a range after pos.
std::optional<RangeEnd> Scanner::TryRange(size_t pos, bool open, bool money_known) const {
  const size_t j = SkipSpaces(pos);
  Hit c = Longest(j, Bit(kRangeConnector));
  if (!c || (c.w->needs_open && !open)) return std::nullopt;
  RangeEnd r;
  r.connector = c;
  size_t k = SkipSpaces(c.e);
  // A symbol spaced on one side only ("5 ~5,000") marks the next number.
  if (!IsAlpha(c.w->key[0]) && static_cast<unsigned char>(c.w->key[0]) < 0x80 &&
      (j > pos) != (k > c.e)) {
    return std::nullopt;
  }
  if (Hit cur = Longest(k, Bit(kCurrency), At::kBefore)) {
    r.currency = cur.w->code;
    k = SkipSpaces(cur.e);
  }
  if (k >= n_) return std::nullopt;
  if (IsAlpha(s_[k]) ? !Longest(k, Bit(kNumberWord)) : !IsNumeralStart(k)) return std::nullopt;
  if (IsDigit(s_[k]) && k > 0 && IsAlpha(s_[k - 1])) return std::nullopt;
  Numeral n2 = ReadNumber(k);
  if (!n2.ok || n2.too_long || n2.leading_zero || n2.dot_follows) return std::nullopt;
  size_t e2 = n2.end;
  if (e2 + 1 < n_ && (s_[e2] == ':' || s_[e2] == '/' || s_[e2] == '-') && IsDigit(s_[e2 + 1]))
    return std::nullopt;
  r.amount = n2.value;
  if (n2.mult != 1 && (!n2.mult_money_only || money_known || !r.currency.empty())) {
    r.amount *= n2.mult;
    e2 = n2.mult_end;
  }
  const Mask glued = Bit(kUnit) | Bit(kCurrency) | Bit(kBound) | Bit(kApprox) | Bit(kTax);
  if (!n2.word && e2 < n_ && IsAlpha(s_[e2]) && !Longest(e2, glued)) return std::nullopt;
  r.n2 = n2;
  r.u = ReadUnit(e2);
  if (r.u.hit && (r.u.hit.w->cat == kTimeOfDay || r.u.hit.w->cat == kOrdinal)) return std::nullopt;
  r.end = r.word_end = r.u.hit ? r.u.end : e2;
  if (!r.u.hit) {
    size_t we = 0;
    r.uw = ReadUnitWord(e2, &we);
    if (!r.uw.empty()) r.end = we;
  }
  return r;
}

size_t Scanner::BuildQuantity(const Numeral& n1) {
  const Before before = ReadBefore(n1.begin);
  if (before.time_of_day) return SkipTime(n1.end);
  double a1 = n1.value;
  size_t e = n1.end;
  if (n1.mult != 1 && (!n1.mult_money_only || !before.currency.empty())) {
    a1 *= n1.mult;
    e = n1.mult_end;
  }
  const NormSpan number(n1.begin, e);
  // Letters glued to the digits that are no unit: 2FA, 10x, 4K → a name.
  const Mask glued = Bit(kUnit) | Bit(kCurrency) | Bit(kTimeOfDay) | Bit(kOrdinal) | Bit(kBound) |
                     Bit(kApprox) | Bit(kTax) | Bit(kRangeConnector);
  if (!n1.word && e < n_ && IsAlpha(s_[e]) && !Longest(e, glued)) return SkipIdChain(n1.begin);

  After after;
  UnitRead u1;
  std::string uw1;
  size_t uw1_end = 0;
  size_t p = e;
  std::optional<RangeEnd> rr = TryRange(e, before.open, !before.currency.empty());
  if (!rr) {
    // A bound before the unit: "6,000+ users", "5,000以上のユーザー", "5 or more".
    if (Hit g = Longest(SkipSpaces(e), Bit(kBound) | Bit(kApprox) | Bit(kTax), At::kAfter);
        g && g.w->cat != kTax) {
      ApplyAfter(*g.w, &after);
      p = g.e;
    }
    u1 = ReadUnit(p);
    if (u1.hit) {
      if (u1.hit.w->cat == kTimeOfDay) return SkipTime(n1.end);
      if (u1.hit.w->cat == kOrdinal) return u1.end;
    } else {
      uw1 = ReadUnitWord(p, &uw1_end);
    }
    // 1TBあたり, 1ユーザーあたり: the number belongs to a "per" phrase.
    const size_t unit_end = u1.hit ? u1.end : !uw1.empty() ? uw1_end : 0;
    if (unit_end) {
      // 2ページ目, 3日目, 2件目: a rank or an index, no quantity.
      if (Hit o = Longest(unit_end, Bit(kOrdinal), At::kAfterUnit)) return o.e;
      if (!uw1.empty() && LongestEndingAt(unit_end, Bit(kOrdinal), At::kAfterUnit)) return unit_end;
      if (Hit pm = Longest(SkipSpaces(unit_end), Bit(kPerMarker), At::kAfter)) return pm.e;
      if (OneUnitBeforePrice(n1, a1, e, unit_end)) return unit_end;
    }
    if (p == e) {
      rr = TryRange(u1.hit ? u1.end : e, before.open, !before.currency.empty());
      if (!rr && !uw1.empty()) rr = TryRange(uw1_end, before.open, !before.currency.empty());
    }
  }

  const Word* t1 = u1.hit ? u1.hit.w : nullptr;
  std::string currency = before.currency;
  if (currency.empty() && t1 && t1->cat == kCurrency) currency = t1->code;
  const Word* unit = t1 && t1->cat == kUnit ? t1 : nullptr;
  std::string uw = uw1;
  size_t end = u1.hit ? u1.end : !uw1.empty() ? uw1_end : p;
  size_t money_end = u1.hit ? u1.end : p;  // a price has no count word ("$5 you receive")

  // The amounts in the value's terms: bytes for sizes, one duration unit.
  auto scaled = [](const Word* u, double x) {
    if (u && u->kind == Kind::kDataSize) return x * u->bytes;
    return u && u->kind == Kind::kDuration ? x * u->times : x;
  };
  double x1 = scaled(unit, a1), x2 = 0;
  std::string duration_unit = unit && unit->kind == Kind::kDuration ? unit->unit : "";
  bool range = false, change_from = false;
  if (rr) {
    const Word* t2 = rr->u.hit ? rr->u.hit.w : nullptr;
    std::string c2 = rr->currency;
    if (c2.empty() && t2 && t2->cat == kCurrency) c2 = t2->code;
    const Word* unit2 = t2 && t2->cat == kUnit ? t2 : nullptr;
    bool ok = true;
    if (!currency.empty() && !c2.empty() && currency != c2) ok = false;
    if ((unit || unit2) && (!currency.empty() || !c2.empty())) ok = false;
    if (unit && unit2 && unit->kind != unit2->kind) ok = false;
    if (!uw1.empty() && !rr->uw.empty() && uw1 != rr->uw) ok = false;
    const Word* lo_unit = unit ? unit : unit2;
    const Word* hi_unit = unit2 ? unit2 : unit;
    double y1 = scaled(lo_unit, a1), y2 = scaled(hi_unit, rr->amount);
    std::string dur;
    if (ok && lo_unit && lo_unit->kind == Kind::kDuration) {
      const double s1 = claims::SecondsPerUnit(lo_unit->unit),
                   s2 = claims::SecondsPerUnit(hi_unit->unit);
      if (s1 <= 0 || s2 <= 0) {
        ok = false;
      } else {
        const Word* small = s1 <= s2 ? lo_unit : hi_unit;
        const double st = claims::SecondsPerUnit(small->unit);
        y1 = a1 * s1 / st;
        y2 = rr->amount * s2 / st;
        dur = small->unit;
      }
    }
    const bool compatible = ok;
    if (ok && !(y1 < y2)) ok = false;
    if (ok && BlockedRange(before.begin, rr->end, rr->connector.w->change_prone)) ok = false;
    // Not a range but a change from this value to the next one.
    change_from = compatible && !ok && rr->connector.w->change_prone && (before.open || y1 < y2);
    // "tightened from 60 to 15 minutes", "cut from 499 to $399": a change
    // whose old value is written bare is in the new value's terms.
    if (change_from && before.open && !unit && currency.empty() && uw1.empty() &&
        (unit2 || !c2.empty() || !rr->uw.empty())) {
      unit = unit2;
      currency = c2;
      uw = rr->uw;
      x1 = scaled(unit2, a1);
      duration_unit = unit2 && unit2->kind == Kind::kDuration ? unit2->unit : "";
    }
    if (ok && !lo_unit && currency.empty() && c2.empty() && uw1.empty() && rr->uw.empty() &&
        n1.plain_int && rr->n2.plain_int && n1.int_digits == 4 && rr->n2.int_digits == 4 &&
        IsYearValue(a1) && IsYearValue(rr->amount)) {  // "2026 to 2027": years
      EmitDate(n1.begin, rr->end, number, FormatDate(static_cast<int>(a1)),
               FormatDate(static_cast<int>(rr->amount)), false);
      return rr->end;
    }
    // "1-2", "4.1-4.6" with nothing around them: row labels and references.
    if (ok && rr->connector.w->key == "-" && !lo_unit && currency.empty() && c2.empty() &&
        uw1.empty() && rr->uw.empty() && before.bound == Bound::kExact && !before.approx &&
        !before.open) {
      return rr->end;
    }
    if (ok) {
      range = true;
      x1 = y1;
      x2 = y2;
      unit = lo_unit;
      duration_unit = dur;
      if (currency.empty()) currency = c2;
      if (uw.empty()) uw = rr->uw;
      end = rr->end;
      money_end = rr->word_end;
    }
  }

  const bool money = !currency.empty();
  if (!unit && !money) {
    if (n1.weak) return n1.end;                                           // "one of"
    // 一人, 三拠点 — but 「最大千個」: a hundred or a thousand after a bound.
    if (n1.starts_kanji && n1.kanji_chars == 1 && !range &&
        !(x1 >= 100 && LongestEndingAt(SkipSpacesBack(n1.begin, 0), Bit(kBound), At::kBefore)))
      return n1.end;
  }
  if (money) end = money_end;
  end = ReadAfter(end, money, range, &after);

  Quantity q;
  Value& v = q.value;
  v.kind = money ? Kind::kMoney : unit ? unit->kind : Kind::kCount;
  v.amount = x1;
  if (range) {
    v.bound = Bound::kRange;
    v.amount_max = x2;
  } else if (before.bound != Bound::kExact) {
    v.bound = before.bound;
    v.inclusive = before.inclusive;
  } else if (after.bound != Bound::kExact) {
    v.bound = after.bound;
    v.inclusive = after.inclusive;
  }
  v.approximate = before.approx || after.approx;
  if (v.kind == Kind::kDuration) v.unit = duration_unit;
  // "a second and a half": a fraction said after the unit.
  if (v.kind == Kind::kDuration && !range) {
    if (Hit h = Longest(SkipSpaces(end), Bit(kNumberWord)); h && h.w->after_unit && SkipSpaces(end) > end) {
      v.amount += h.w->value;
      end = h.e;
    }
  }
  if (money) {
    v.currency = currency;
    Tax tax = after.tax != Tax::kUnstated ? after.tax : before.tax;
    std::string period = !after.period.empty() ? after.period : before.period;
    std::string basis = !after.basis.empty() ? after.basis : before.basis;
    Tax clause_tax = Tax::kUnstated;
    std::string clause_period, clause_basis;
    ClauseBack(before.money_begin, &clause_tax, &clause_period, &clause_basis);
    if (tax == Tax::kUnstated) tax = clause_tax;
    if (period.empty()) period = clause_period;
    if (basis.empty()) basis = clause_basis;
    if (tax == Tax::kUnstated) tax = ClauseForwardTax(end);
    v.tax = tax;
    v.per = basis.empty() ? period : period.empty() ? basis : basis + "-" + period;
  }
  if (v.kind == Kind::kCount) q.unit_word = uw;
  q.change_from = change_from;
  q.span = NormSpan(money ? before.money_begin : before.begin, end);
  q.number = number;
  Emit(std::move(q));
  return end;
}

}  // namespace

// ---------------------------------------------------------------- API

struct QuantityParser::Impl {
  explicit Impl(const claims::Lexicon& lexicon) : compiled(lexicon) {}
  Compiled compiled;
};

QuantityParser::QuantityParser(const claims::Lexicon& lexicon)
    : impl_(std::make_unique<Impl>(lexicon)) {}

QuantityParser::~QuantityParser() = default;

std::vector<Quantity> QuantityParser::Parse(std::string_view text,
                                            const ParseContext& context) const {
  try {
    Scanner scanner(impl_->compiled, text, &context);
    return scanner.Run();
  } catch (...) {  // only std::bad_alloc can get here; the contract is "never throws"
    return {};
  }
}

std::optional<double> QuantityParser::ParseNumeral(std::string_view numeral) const {
  if (numeral.empty()) return std::nullopt;
  try {
    Scanner scanner(impl_->compiled, numeral, nullptr);
    Numeral num = scanner.ReadNumber(0);
    if (!num.ok || num.too_long) return std::nullopt;
    if (num.end == numeral.size()) return num.value;
    if (num.mult != 1 && !num.mult_money_only && num.mult_end == numeral.size())
      return num.value * num.mult;
    return std::nullopt;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace onevoice::extract
