#include "check/cross_office.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "check/messages.h"
#include "claims/office.h"

namespace onevoice::check {
namespace {

using claims::Kind;
using claims::Value;

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

// [lo, hi] of a numeric value in comparable units.
std::pair<double, double> Interval(const Value& v) {
  return {v.Magnitude(), v.MagnitudeMax()};
}

// A tax-included amount without its tax (Base::TaxRate: a yen price quoted
// from London carries Japan's consumption tax).
double TaxExcluded(const claims::Base* base, const JudgedClaim& c) {
  if (c.value.tax != claims::Tax::kIncluded || !base) return c.value.amount;
  const double rate = base->TaxRate(c.office, c.value.currency);
  return rate > 0 ? c.value.amount / (1.0 + rate) : c.value.amount;
}

}  // namespace

long DayNumber(const std::string& ymd) {
  if (ymd.size() < 10) return -1;
  int y = std::atoi(ymd.substr(0, 4).c_str()), m = std::atoi(ymd.substr(5, 2).c_str()),
      d = std::atoi(ymd.substr(8, 2).c_str());
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  // Days from civil (Howard Hinnant's algorithm).
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

bool Agree(const claims::Base* base, const JudgedClaim& a, const JudgedClaim& b) {
  const Value& x = a.value;
  const Value& y = b.value;
  if (x.kind != y.kind) return true;  // not comparable: no evidence of conflict
  switch (x.kind) {
    case Kind::kSet: return true;
    case Kind::kBoolean: return x.truth == y.truth;
    case Kind::kDate: {
      const std::string& s = x.date.size() <= y.date.size() ? x.date : y.date;
      const std::string& l = x.date.size() <= y.date.size() ? y.date : x.date;
      return l.compare(0, s.size(), s) == 0;
    }
    case Kind::kMoney:
      if (x.currency != y.currency || x.per != y.per) return true;  // different things
      return Near(TaxExcluded(base, a), TaxExcluded(base, b));
    default: {
      auto [xl, xh] = Interval(x);
      auto [yl, yh] = Interval(y);
      // Ranges overlap, or share an end; exact values must be equal.
      return xl <= yh + 1e-9 && yl <= xh + 1e-9 && (x.bound == claims::Bound::kRange || y.bound == claims::Bound::kRange ||
                                                    Near(xl, yl));
    }
  }
}

// What decides whether a claim disagrees with another: its office, its
// value (every field, exactly) and whether it was right at its own date.
std::string ClassKey(const JudgedClaim& c) {
  const Value& v = c.value;
  std::string k = c.office;
  auto add = [&k](std::string_view part) {
    k += '\x1f';
    k += part;
  };
  auto bits = [](double d) {
    uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return std::to_string(u);
  };
  add(c.verdict == "ok" ? "ok" : "-");
  add(std::to_string(static_cast<int>(v.kind)) + "/" + std::to_string(static_cast<int>(v.bound)) + "/" +
      std::to_string(v.inclusive) + std::to_string(v.approximate) + std::to_string(v.truth) + "/" +
      std::to_string(static_cast<int>(v.tax)));
  add(bits(v.amount));
  add(bits(v.amount_max));
  for (const std::string* f : {&v.unit, &v.currency, &v.per, &v.date, &v.date_max, &v.member}) add(*f);
  return k;
}

namespace {

bool TakesPart(const JudgedClaim& c) {
  return !c.office.empty() && c.office != claims::kUnknownOffice && c.value.kind != Kind::kSet &&
         DayNumber(c.date) >= 0;
}

// A claim kept to be listed, with the order it was listed in (ties of date).
struct Kept {
  JudgedClaim claim;
  uint64_t seq = 0;
  int cls = 0;
};

bool Earlier(const Kept& a, const Kept& b) {
  return a.claim.date != b.claim.date ? a.claim.date < b.claim.date : a.seq < b.seq;
}

std::string PlaceKey(const Location& w) {
  return w.file + "|" + w.message_id + "|" + std::to_string(w.line) + "|" + std::to_string(w.column);
}

// Keeps at most `cap` items (0: all), the earliest; `same` picks an item
// the candidate replaces instead of adding to (one per class), if any.
template <typename Same>
bool KeepEarliest(std::vector<Kept>* list, size_t cap, Kept&& k, Same same, std::string* evicted) {
  for (auto& old : *list) {
    if (!same(old)) continue;
    if (!Earlier(k, old)) return false;
    *evicted = PlaceKey(old.claim.where);
    old = std::move(k);
    return true;
  }
  if (cap == 0 || list->size() < cap) {
    list->push_back(std::move(k));
    return true;
  }
  auto last = std::max_element(list->begin(), list->end(), Earlier);
  if (!Earlier(k, *last)) return false;
  *evicted = PlaceKey(last->claim.where);
  *last = std::move(k);
  return true;
}

}  // namespace

struct CrossOfficeSubject::State {
  const claims::Base* base;
  std::string product, attribute;
  CrossOfficeOptions options;
  // Classes: claims of one office, value and ok-ness are interchangeable for
  // deciding conflicts, so classes are compared, not claims: an archive where
  // thousands of messages state a handful of values costs cells × (classes
  // in the window), not claims × (claims in the window).
  std::unordered_map<std::string, int> class_of;
  std::vector<JudgedClaim> rep;                  // one claim per class
  std::map<std::pair<long, int>, int64_t> cells;  // (day, class) -> claims
  std::unordered_map<uint64_t, bool> memo;
  bool resolved = false;
  // After Resolve: the pairs of offices a cell's claims disagree within.
  struct Side {
    int64_t total = 0;
    std::vector<Kept> firsts;    // the earliest claim of each class
    std::vector<Kept> earliest;  // the earliest claims
    std::unordered_map<std::string, int> places;  // where the kept ones are (a claim listed twice counts once)
  };
  struct Pair {
    std::string office[2];  // sorted
    Side side[2];
  };
  std::map<std::pair<std::string, std::string>, int> pair_of;
  std::vector<Pair> pairs;
  std::unordered_map<uint64_t, std::vector<int>> flagged;  // cell -> pairs
  uint64_t seq = 0;

  static uint64_t CellKey(long day, int cls) {
    return (static_cast<uint64_t>(day) << 32) | static_cast<uint32_t>(cls);
  }

  int ClassOf(const JudgedClaim& c, bool add) {
    auto key = ClassKey(c);
    auto it = class_of.find(key);
    if (it != class_of.end()) return it->second;
    if (!add) return -1;
    const int id = static_cast<int>(rep.size());
    class_of.emplace(std::move(key), id);
    JudgedClaim r;
    r.office = c.office;
    r.verdict = c.verdict == "ok" ? "ok" : "-";
    r.value = c.value;
    rep.push_back(std::move(r));
    return id;
  }

  bool Disagree(int p, int q) {
    const uint64_t k = (static_cast<uint64_t>(std::min(p, q)) << 32) | static_cast<uint32_t>(std::max(p, q));
    auto it = memo.find(k);
    if (it != memo.end()) return it->second;
    const JudgedClaim& a = rep[p];
    const JudgedClaim& b = rep[q];
    const bool d = a.office != b.office &&
                   !(a.verdict == "ok" && b.verdict == "ok") &&  // each right at its own date
                   !Agree(base, a, b);
    memo.emplace(k, d);
    return d;
  }

  int PairOf(const std::string& x, const std::string& y) {
    auto key = x < y ? std::make_pair(x, y) : std::make_pair(y, x);
    auto [it, added] = pair_of.emplace(key, static_cast<int>(pairs.size()));
    if (added) {
      Pair p;
      p.office[0] = key.first;
      p.office[1] = key.second;
      pairs.push_back(std::move(p));
    }
    return it->second;
  }

  // Which cells' claims meet a disagreeing class of another office within
  // window_days: the window of a claim depends only on its day.
  void Resolve() {
    resolved = true;
    std::vector<std::pair<long, int>> cell;
    std::vector<int64_t> n;
    for (const auto& [k, count] : cells) {
      cell.push_back(k);
      n.push_back(count);
    }
    const size_t m = cell.size();
    std::vector<int> count(rep.size(), 0), active, slot(rep.size(), -1);
    auto enter = [&](int k) {
      if (count[k]++ == 0) {
        slot[k] = static_cast<int>(active.size());
        active.push_back(k);
      }
    };
    auto leave = [&](int k) {
      if (--count[k] == 0) {
        const int at = slot[k];
        active[at] = active.back();
        slot[active[at]] = at;
        active.pop_back();
      }
    };
    size_t lo = 0, hi = 0;
    for (size_t i = 0; i < m; ++i) {
      const long day = cell[i].first;
      const int k = cell[i].second;
      while (hi < m && cell[hi].first - day <= options.window_days) enter(cell[hi++].second);
      while (day - cell[lo].first > options.window_days) leave(cell[lo++].second);
      for (int other : active) {
        if (other == k || !Disagree(k, other)) continue;
        const int p = PairOf(rep[k].office, rep[other].office);
        auto& list = flagged[CellKey(day, k)];
        if (std::find(list.begin(), list.end(), p) != list.end()) continue;
        list.push_back(p);
        pairs[p].side[rep[k].office == pairs[p].office[0] ? 0 : 1].total += n[i];
      }
    }
  }

  // Whether a claim of class `cls` dated `date`, listed now, would be kept
  // among the side's firsts (by_class) or earliest.
  bool Wants(const std::vector<Kept>& list, bool by_class, const std::string& date, int cls) const {
    const size_t cap = static_cast<size_t>(std::max(0, options.sides_per_office));
    Kept probe;
    probe.seq = seq;
    probe.cls = cls;
    probe.claim.date = date;
    if (!by_class && (cap == 0 || list.size() < cap)) return true;
    for (const auto& old : list) {
      if (by_class && old.cls == cls) return Earlier(probe, old);
    }
    if (cap == 0 || list.size() < cap) return true;
    return Earlier(probe, *std::max_element(list.begin(), list.end(), Earlier));
  }

  // The pairs a claim's cell is flagged for, or null.
  const std::vector<int>* FlaggedPairs(const JudgedClaim& c, int* cls) {
    if (!resolved) Resolve();
    if (!TakesPart(c)) return nullptr;
    *cls = ClassOf(c, false);
    if (*cls < 0) return nullptr;
    auto it = flagged.find(CellKey(DayNumber(c.date), *cls));
    return it == flagged.end() ? nullptr : &it->second;
  }

  void Offer(Side* side, const JudgedClaim& c, int cls) {
    const size_t cap = static_cast<size_t>(std::max(0, options.sides_per_office));
    // Most claims of a large archive are neither among the earliest nor the
    // first of their class: decide that before copying anything.
    const bool first = Wants(side->firsts, true, c.date, cls), early = Wants(side->earliest, false, c.date, cls);
    if (!first && !early) return;
    const std::string place = PlaceKey(c.where);
    if (side->places.count(place)) return;
    auto keep = [&](std::vector<Kept>* list, bool by_class) {
      Kept k;
      k.claim = c;
      k.seq = seq;
      k.cls = cls;
      std::string evicted;
      if (!KeepEarliest(list, cap, std::move(k), [&](const Kept& old) { return by_class && old.cls == cls; },
                        &evicted))
        return;
      ++side->places[place];
      if (!evicted.empty()) {
        auto it = side->places.find(evicted);
        if (it != side->places.end() && --it->second == 0) side->places.erase(it);
      }
    };
    if (first) keep(&side->firsts, true);
    if (early) keep(&side->earliest, false);
  }

  // Per office: the first of each class in date order, then the earliest,
  // up to the cap.
  std::vector<const Kept*> Chosen(const Side& side) const {
    const size_t cap = static_cast<size_t>(std::max(0, options.sides_per_office));
    std::vector<const Kept*> firsts, earliest, out;
    for (const auto& k : side.firsts) firsts.push_back(&k);
    for (const auto& k : side.earliest) earliest.push_back(&k);
    auto by_date = [](const Kept* a, const Kept* b) { return Earlier(*a, *b); };
    std::sort(firsts.begin(), firsts.end(), by_date);
    std::sort(earliest.begin(), earliest.end(), by_date);
    std::set<uint64_t> taken;
    for (const auto* list : {&firsts, &earliest}) {
      for (const Kept* k : *list) {
        if (cap && out.size() >= cap) break;
        if (taken.insert(k->seq).second) out.push_back(k);
      }
    }
    std::sort(out.begin(), out.end(), by_date);
    return out;
  }
};

CrossOfficeSubject::CrossOfficeSubject(const claims::Base* base, std::string product, std::string attribute,
                                       const CrossOfficeOptions& options)
    : s_(std::make_unique<State>()) {
  s_->base = base;
  s_->product = std::move(product);
  s_->attribute = std::move(attribute);
  s_->options = options;
}

CrossOfficeSubject::~CrossOfficeSubject() = default;

void CrossOfficeSubject::Count(const JudgedClaim& c, int64_t n) {
  if (s_->resolved || n <= 0 || !TakesPart(c)) return;
  s_->cells[{DayNumber(c.date), s_->ClassOf(c, true)}] += n;
}

bool CrossOfficeSubject::WouldList(const JudgedClaim& c) {
  int cls = -1;
  const std::vector<int>* pairs = s_->FlaggedPairs(c, &cls);
  if (!pairs) return false;
  for (int p : *pairs) {
    const State::Pair& pair = s_->pairs[p];
    const State::Side& side = pair.side[c.office == pair.office[0] ? 0 : 1];
    if (s_->Wants(side.firsts, true, c.date, cls) || s_->Wants(side.earliest, false, c.date, cls)) return true;
  }
  return false;
}

void CrossOfficeSubject::List(const JudgedClaim& c) {
  int cls = -1;
  const std::vector<int>* pairs = s_->FlaggedPairs(c, &cls);
  if (!pairs) return;
  for (int p : *pairs) {
    State::Pair& pair = s_->pairs[p];
    s_->Offer(&pair.side[c.office == pair.office[0] ? 0 : 1], c, cls);
  }
  ++s_->seq;
}

std::vector<Finding> CrossOfficeSubject::Findings() {
  if (!s_->resolved) s_->Resolve();
  std::vector<Finding> out;
  for (const auto& [offices, index] : s_->pair_of) {
    const State::Pair& p = s_->pairs[index];
    std::vector<const Kept*> sides = s_->Chosen(p.side[0]);
    for (const Kept* k : s_->Chosen(p.side[1])) sides.push_back(k);
    std::stable_sort(sides.begin(), sides.end(), [](const Kept* a, const Kept* b) { return Earlier(*a, *b); });
    Finding f;
    f.kind = FindingKind::kCrossOffice;
    f.severity = DefaultSeverity(f.kind);
    f.product = s_->product;
    f.attribute = s_->attribute;
    f.offices = {p.office[0], p.office[1]};
    f.side_totals = {{p.office[0], p.side[0].total}, {p.office[1], p.side[1].total}};
    f.where.file = s_->options.file;
    for (const Kept* k : sides) {
      const JudgedClaim* c = &k->claim;
      if (!f.values.count(c->office)) f.values[c->office] = c->value;
      CrossOfficeSide side;
      side.file = c->where.file;
      side.message_id = c->where.message_id;
      side.office = c->office;
      side.date = c->date;
      side.line = c->where.line;
      side.column = c->where.column;
      side.value = c->value;
      side.excerpt = c->text;
      f.sides.push_back(std::move(side));
    }
    // Offices whose claims were counted but never listed still name a value.
    for (int i = 0; i < 2; ++i) {
      if (f.values.count(p.office[i])) continue;
      for (const auto& r : s_->rep) {
        if (r.office == p.office[i]) {
          f.values[p.office[i]] = r.value;
          break;
        }
      }
    }
    std::string found;
    for (const auto& [o, v] : f.values) found += (found.empty() ? "" : ", ") + o + ": " + v.ToString();
    f.found_text = found;
    const claims::Base* base = s_->base;
    const claims::Product* prod = base ? base->FindProduct(f.product) : nullptr;
    std::string attr = f.attribute;
    std::replace(attr.begin(), attr.end(), '_', ' ');
    f.message = base && base->lexicon
                    ? FormatMessage(*base->lexicon, "en", "cross-office",
                                    {{"product", prod ? prod->names.canonical : f.product}, {"attribute", attr}, {"found", found}})
                    : f.product + " " + attr + ": " + found;
    if (!sides.empty()) {
      const JudgedClaim& front = sides.front()->claim;
      if (f.where.file.empty()) f.where.file = front.where.file;
      f.where.message_id = front.where.message_id;
      f.where.line = front.where.line;
      f.where.column = front.where.column;
      f.as_of = front.date;
      f.excerpt = front.text;
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> FindCrossOffice(const claims::Base* base, std::vector<JudgedClaim> claims,
                                     const CrossOfficeOptions& options) {
  std::map<std::pair<std::string, std::string>, std::vector<JudgedClaim>> groups;
  for (auto& c : claims) {
    if (TakesPart(c)) groups[{c.product, c.attribute}].push_back(std::move(c));
  }
  std::vector<Finding> out;
  for (auto& [key, list] : groups) {
    std::stable_sort(list.begin(), list.end(),
                     [](const JudgedClaim& a, const JudgedClaim& b) { return a.date < b.date; });
    CrossOfficeSubject subject(base, key.first, key.second, options);
    for (const auto& c : list) subject.Count(c);
    for (const auto& c : list) subject.List(c);
    for (auto& f : subject.Findings()) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace onevoice::check
