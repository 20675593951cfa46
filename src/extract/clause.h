// Clauses of a unit: where its sentences (hard breaks) and clauses (soft
// breaks) end, found once per unit from its punctuation alone — the same in
// every language ("." ";" "?" "。" "|" end a sentence; "," ":" "、" brackets
// and dashes a clause). Positions are byte offsets into the unit's
// normalized text. Claim extraction asks which clause holds a value and
// which words stand in it; so does time placement (period.h).
#ifndef ONEVOICE_EXTRACT_CLAUSE_H_
#define ONEVOICE_EXTRACT_CLAUSE_H_

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace onevoice::extract {

// Code points in s[b, e) (0 when empty or out of range).
size_t CodePoints(std::string_view s, size_t b, size_t e);

// A sentence or an item ends at byte i of t; a clause ends there.
bool IsHardBreakAt(std::string_view t, size_t i);
bool IsSoftBreakAt(std::string_view t, size_t i);

// The breaks of one text, in order; every hard break is a soft one too.
struct Breaks {
  std::vector<size_t> hard, soft;  // positions
  int HardBetween(size_t a, size_t b) const {
    if (a > b) std::swap(a, b);
    return static_cast<int>(std::lower_bound(hard.begin(), hard.end(), b) - std::lower_bound(hard.begin(), hard.end(), a));
  }
  int SoftBetween(size_t a, size_t b) const {
    if (a > b) std::swap(a, b);
    return static_cast<int>(std::lower_bound(soft.begin(), soft.end(), b) - std::lower_bound(soft.begin(), soft.end(), a));
  }
  // [begin, end) of the soft clause holding position p.
  std::pair<size_t, size_t> SoftClause(size_t p, size_t len) const {
    size_t b = 0, e = len;
    for (size_t s : soft) {
      if (s < p) b = std::max(b, s + 1);
      if (s >= p) { e = std::min(e, s); break; }
    }
    for (size_t h : hard) {
      if (h < p) b = std::max(b, h + 1);
      if (h >= p) { e = std::min(e, h); break; }
    }
    return {b, e};
  }
  std::pair<size_t, size_t> HardClause(size_t p, size_t len) const {
    size_t b = 0, e = len;
    for (size_t h : hard) {
      if (h < p) b = std::max(b, h + 1);
      if (h >= p) { e = std::min(e, h); break; }
    }
    return {b, e};
  }
};

// The breaks of t.
Breaks FindBreaks(std::string_view t);

}  // namespace onevoice::extract

#endif  // ONEVOICE_EXTRACT_CLAUSE_H_
