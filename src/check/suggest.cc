#include "check/suggest.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/unicode.h"

namespace onevoice::check {
namespace {

bool Integral(double v) { return std::fabs(v - std::llround(v)) < 1e-9; }

std::string Digits(double v, bool commas) {
  std::string s = commas ? claims::FormatNumber(v) : "";
  if (!commas) {
    if (Integral(v)) {
      s = std::to_string(std::llround(v));
    } else {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6g", v);
      s = buf;
    }
  }
  return s;
}

// ASCII digits, comma and period to their full-width forms.
std::string FullWidth(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else if (c == ',') {
      out += "\xEF\xBC\x8C";
    } else if (c == '.') {
      out += "\xEF\xBC\x8E";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> RewriteNumeral(std::string_view w, double amount) {
  if (w.empty() || amount < 0) return std::nullopt;
  bool full = w.find("\xEF\xBC") != std::string_view::npos;  // full-width forms
  bool kanji_man = w.find("万") != std::string_view::npos;
  bool kanji_oku = w.find("億") != std::string_view::npos;
  bool kanji_sen = w.find("千") != std::string_view::npos;
  bool has_digit = false, commas = false;
  for (size_t i = 0; i < w.size(); ++i) {
    has_digit = has_digit || (w[i] >= '0' && w[i] <= '9');
    commas = commas || w[i] == ',';
  }
  if (full) {
    has_digit = true;
    commas = w.find("\xEF\xBC\x8C") != std::string_view::npos;
  }
  if (!has_digit) return std::nullopt;  // 一万, ten thousand: left for a person
  std::string out;
  if (kanji_oku && Integral(amount / 1e8)) {
    out = Digits(amount / 1e8, false) + "億";
  } else if ((kanji_man || kanji_oku) && amount >= 1e4 && Integral(amount / 1e3) && Integral(amount / 1e4 * 10)) {
    out = Digits(amount / 1e4, false) + "万";
  } else if (kanji_sen && amount < 1e4 && Integral(amount / 1e3)) {
    out = Digits(amount / 1e3, false) + "千";
  } else if (kanji_sen && amount >= 1e4 && Integral(amount / 1e4)) {
    out = Digits(amount / 1e4, false) + "万";
  } else {
    out = Digits(amount, commas || (amount >= 10000 && !kanji_man && w.size() > 4 && commas));
  }
  return full ? FullWidth(out) : out;
}

std::optional<double> CanonicalInStatedTerms(const claims::Base& base, const claims::Value& stated,
                                             const claims::Value& canonical, const std::string& office,
                                             std::string_view written) {
  using claims::Kind;
  if (stated.kind != canonical.kind) return std::nullopt;
  switch (stated.kind) {
    case Kind::kCount:
    case Kind::kPercent:
      return canonical.amount;
    case Kind::kDataSize: {
      // The unit written after the numeral is stated bytes / numeral.
      std::string digits;
      for (char c : NormalizeWord(written)) {
        if ((c >= '0' && c <= '9') || c == '.') digits += c;
      }
      double n = digits.empty() ? 0 : std::atof(digits.c_str());
      if (n <= 0) return std::nullopt;
      double unit = stated.amount / n;
      double v = canonical.amount / unit;
      if (!Integral(v * 100)) return std::nullopt;
      return v;
    }
    case Kind::kDuration: {
      double s = claims::SecondsPerUnit(stated.unit);
      if (s <= 0) return std::nullopt;
      double v = canonical.Magnitude() / s;
      if (!Integral(v * 100)) return std::nullopt;
      return v;
    }
    case Kind::kMoney: {
      if (stated.currency != canonical.currency) return std::nullopt;
      if (!stated.per.empty() && !canonical.per.empty() && stated.per != canonical.per) return std::nullopt;
      double v = canonical.amount;
      if (stated.tax == claims::Tax::kIncluded && canonical.tax != claims::Tax::kIncluded) {
        const claims::Office* o = base.FindOffice(office);
        if (!o || o->tax_rate <= 0) return std::nullopt;
        v = std::round(v * (1.0 + o->tax_rate));
      }
      return v;
    }
    default: return std::nullopt;
  }
}

std::optional<std::string> RewriteDate(std::string_view w, const std::string& date, const claims::Lexicon& lexicon) {
  if (date.size() < 4) return std::nullopt;
  int y = std::atoi(date.substr(0, 4).c_str());
  int m = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 0;
  int d = date.size() >= 10 ? std::atoi(date.substr(8, 2).c_str()) : 0;
  std::string n = NormalizeWord(w);
  char buf[64];
  if (n.find("年") != std::string::npos) {
    std::string out = std::to_string(y) + "年";
    if (m) out += std::to_string(m) + "月";
    if (d) out += std::to_string(d) + "日";
    return out;
  }
  if (n.size() >= 7 && std::isdigit(static_cast<unsigned char>(n[0])) && n[4] == '-') {
    std::snprintf(buf, sizeof buf, "%04d", y);
    std::string out = buf;
    if (m) {
      std::snprintf(buf, sizeof buf, "-%02d", m);
      out += buf;
    }
    if (d) {
      std::snprintf(buf, sizeof buf, "-%02d", d);
      out += buf;
    }
    return out;
  }
  // English: the month's longest name ("January"), then the year.
  std::string month;
  for (const auto& e : lexicon.Entries("en", "month_name")) {
    if (static_cast<int>(e.Number("value", 0)) == m && e.word.size() > month.size()) month = e.word;
  }
  if (month.empty() || !std::isalpha(static_cast<unsigned char>(n[0]))) return std::nullopt;
  return d ? month + " " + std::to_string(d) + ", " + std::to_string(y) : month + " " + std::to_string(y);
}

}  // namespace onevoice::check
