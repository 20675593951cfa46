#include "check/finding.h"

namespace onevoice::check {

std::string_view KindName(FindingKind kind) {
  switch (kind) {
    case FindingKind::kConflict: return "conflict";
    case FindingKind::kStale: return "stale";
    case FindingKind::kOfficeVariant: return "office-variant";
    case FindingKind::kUnverified: return "unverified";
    case FindingKind::kPhrase: return "phrase";
    case FindingKind::kTerminology: return "terminology";
    case FindingKind::kCrossOffice: return "cross-office";
    case FindingKind::kUnreadable: return "unreadable";
    case FindingKind::kSuppression: return "suppression";
  }
  return "conflict";
}

std::optional<FindingKind> KindFromName(std::string_view name) {
  for (FindingKind k : {FindingKind::kConflict, FindingKind::kStale, FindingKind::kOfficeVariant,
                        FindingKind::kUnverified, FindingKind::kPhrase, FindingKind::kTerminology,
                        FindingKind::kCrossOffice, FindingKind::kUnreadable, FindingKind::kSuppression}) {
    if (KindName(k) == name) return k;
  }
  return std::nullopt;
}

claims::Severity DefaultSeverity(FindingKind kind) {
  switch (kind) {
    case FindingKind::kConflict:
    case FindingKind::kStale:
    case FindingKind::kCrossOffice:
    case FindingKind::kUnreadable:
      return claims::Severity::kError;
    case FindingKind::kOfficeVariant:
    case FindingKind::kUnverified:
    case FindingKind::kTerminology:
    case FindingKind::kSuppression:
      return claims::Severity::kWarning;
    case FindingKind::kPhrase:
      return claims::Severity::kError;
  }
  return claims::Severity::kError;
}

}  // namespace onevoice::check
