#include "claims/base.h"

#include <algorithm>

#include <re2/re2.h>

#include "base/limits.h"

namespace onevoice::claims {

LazyRegex::LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
LazyRegex::~LazyRegex() = default;

const re2::RE2& LazyRegex::Get() const {
  std::call_once(once_, [this] {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(DefaultLimits().regex_max_mem);
    regex_ = std::make_unique<RE2>(pattern_, options);
  });
  return *regex_;
}

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::optional<Severity> SeverityFromName(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (SeverityName(s) == name) return s;
  }
  return std::nullopt;
}

bool CanonicalClaim::ValidOn(const std::string& date) const {
  if (date.empty()) return true;
  if (!valid_from.empty() && date < valid_from) return false;
  if (!valid_until.empty() && date.substr(0, valid_until.size()) > valid_until) return false;
  return true;
}

bool CanonicalClaim::AppliesTo(const std::string& office) const {
  return offices.empty() || std::find(offices.begin(), offices.end(), office) != offices.end();
}

std::vector<Value> CanonicalClaim::Values() const {
  if (value.kind != Kind::kSet) return {value};
  std::vector<Value> out;
  for (const auto& m : members) {
    Value v;
    v.kind = Kind::kSet;
    v.member = m;
    out.push_back(v);
  }
  return out;
}

const Office* Base::FindOffice(const std::string& id) const {
  for (const auto& o : offices) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

double Base::TaxRate(const std::string& office, const std::string& currency) const {
  if (const Office* o = FindOffice(office); o && o->currency == currency && o->tax_rate > 0) return o->tax_rate;
  for (const auto& o : offices) {
    if (o.currency == currency && o.tax_rate > 0) return o.tax_rate;
  }
  return 0;
}

const Product* Base::FindProduct(const std::string& id) const {
  for (const auto& p : products) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const Attribute* Base::FindAttribute(const std::string& product, const std::string& attribute) const {
  if (const Product* p = FindProduct(product)) {
    auto it = p->attributes.find(attribute);
    if (it != p->attributes.end()) return &it->second;
  }
  auto it = attributes.find(attribute);
  return it == attributes.end() ? nullptr : &it->second;
}

std::vector<const Attribute*> Base::AttributesFor(const std::string& product) const {
  std::map<std::string, const Attribute*> all;
  for (const auto& [id, a] : attributes) all[id] = &a;
  if (const Product* p = FindProduct(product)) {
    for (const auto& [id, a] : p->attributes) all[id] = &a;
  }
  std::vector<const Attribute*> out;
  for (const auto& [id, a] : all) out.push_back(a);
  return out;
}

std::vector<const CanonicalClaim*> Base::ClaimsFor(const std::string& product,
                                                   const std::string& attribute) const {
  std::vector<const CanonicalClaim*> out;
  if (const Product* p = FindProduct(product)) {
    for (const auto& c : p->claims) {
      if (c.attribute == attribute) out.push_back(&c);
    }
  }
  return out;
}

bool Base::AnyProductClaims(const std::string& attribute) const {
  for (const auto& p : products) {
    for (const auto& c : p.claims) {
      if (c.attribute == attribute) return true;
    }
  }
  return false;
}

}  // namespace onevoice::claims
