#include "text/normalize.h"

#include "base/unicode.h"

#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#include <vector>

namespace onevoice::text {
namespace {

// Replaces ill-formed UTF-8 with U+FFFD; returns false when nothing changed.
bool Sanitize(std::string_view in, std::string* out, icu::Edits* edits) {
  bool changed = false;
  size_t clean_from = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  while (i < n) {
    if (s[i] < 0x80) { ++i; continue; }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (!changed) {
        out->reserve(in.size() + 16);
        changed = true;
      }
      out->append(in.substr(clean_from, start - clean_from));
      if (start > static_cast<int32_t>(clean_from)) edits->addUnchanged(start - clean_from);
      out->append("\xEF\xBF\xBD");
      edits->addReplace(i - start, 3);
      clean_from = i;
    }
  }
  if (changed) {
    out->append(in.substr(clean_from));
    if (in.size() > clean_from) edits->addUnchanged(in.size() - clean_from);
  }
  return changed;
}

void FoldPass(std::string_view in, std::string* out, icu::Edits* edits) {
  out->reserve(in.size());
  size_t unchanged = 0;
  auto flush = [&] {
    if (unchanged) edits->addUnchanged(static_cast<int32_t>(unchanged));
    unchanged = 0;
  };
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] == '\r') {
      flush();
      if (i + 1 < n && s[i + 1] == '\n') {
        out->push_back('\n');
        edits->addReplace(2, 1);
        i += 2;
      } else {
        out->push_back('\n');
        edits->addReplace(1, 1);
        ++i;
      }
      continue;
    }
    if (s[i] < 0x80) {
      out->push_back(static_cast<char>(s[i]));
      ++unchanged;
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const char* rep = c >= 0 ? FoldCodePoint(static_cast<char32_t>(c)) : nullptr;
    if (rep == nullptr) {
      out->append(in.substr(start, i - start));
      unchanged += i - start;
    } else {
      flush();
      std::string_view r(rep);
      out->append(r);
      edits->addReplace(i - start, static_cast<int32_t>(r.size()));
    }
  }
  flush();
}

OffsetMap MapFrom(const icu::Edits& edits, size_t src_size, size_t dst_size) {
  std::vector<OffsetMap::Run> runs;
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    OffsetMap::Run r{static_cast<size_t>(it.sourceIndex()), static_cast<size_t>(it.oldLength()),
                     static_cast<size_t>(it.destinationIndex()), static_cast<size_t>(it.newLength()),
                     static_cast<bool>(it.hasChange())};
    if (!runs.empty() && !r.changed && !runs.back().changed) {
      runs.back().src_len += r.src_len;
      runs.back().dst_len += r.dst_len;
    } else {
      runs.push_back(r);
    }
  }
  return OffsetMap(std::move(runs), src_size, dst_size);
}

}  // namespace

// NFKC everywhere but on circled numbers (① … ⑳, U+2460-2473): they are
// list markers in Japanese writing, and NFKC would turn "①メリディアン" into
// "1メリディアン", a count glued to a product name instead of a bullet —
// nor on superscript digits (¹ ² ³ ⁰ ⁴-⁹), footnote marks that NFKC would
// glue to the figure they follow ("$399¹" read as $3991); FoldCodePoint
// makes them spaces.
const icu::Normalizer2* Nfkc(UErrorCode& status) {
  static const icu::Normalizer2* filtered = [] {
    UErrorCode s = U_ZERO_ERROR;
    const icu::Normalizer2* base = icu::Normalizer2::getNFKCInstance(s);
    if (U_FAILURE(s)) return static_cast<const icu::Normalizer2*>(nullptr);
    auto* keep = new icu::UnicodeSet(0x2460, 0x2473);
    keep->add(0x00B2).add(0x00B3).add(0x00B9).add(0x2070).add(0x2074, 0x2079);
    keep->complement().freeze();
    return static_cast<const icu::Normalizer2*>(new icu::FilteredNormalizer2(*base, *keep));
  }();
  if (!filtered) return icu::Normalizer2::getNFKCInstance(status);
  return filtered;
}

NormalizedText Normalize(std::string_view original) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = Nfkc(status);

  icu::Edits e0;  // sanitize
  std::string clean;
  bool sanitized = Sanitize(original, &clean, &e0);
  std::string_view step0 = sanitized ? std::string_view(clean) : original;
  if (!sanitized) e0.addUnchanged(static_cast<int32_t>(original.size()));

  icu::Edits e1;  // NFKC
  std::string nf;
  {
    icu::StringByteSink<std::string> sink(&nf);
    nfkc->normalizeUTF8(0, icu::StringPiece(step0.data(), static_cast<int32_t>(step0.size())), sink,
                        &e1, status);
    if (U_FAILURE(status)) {  // cannot happen on valid UTF-8; keep the text unchanged
      nf.assign(step0);
      e1.reset();
      e1.addUnchanged(static_cast<int32_t>(step0.size()));
      status = U_ZERO_ERROR;
    }
  }

  icu::Edits e2;  // folds
  NormalizedText out;
  FoldPass(nf, &out.text, &e2);

  icu::Edits e01, all;
  e01.mergeAndAppend(e0, e1, status);
  all.mergeAndAppend(e01, e2, status);
  out.map = MapFrom(all, original.size(), out.text.size());
  out.lower = AsciiLower(out.text);
  return out;
}


}  // namespace onevoice::text
