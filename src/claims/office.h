// OfficeFor: who is speaking, from a From address (SPEC §2 offices.yaml).
//
// Globs (`*` any run, `?` one character) match the bare address
// case-insensitively. The most specific matching glob wins: the one with the
// most literal (non-wildcard) characters; ties go to the office listed first.
// An address no glob matches is office "unknown".
#ifndef ONEVOICE_CLAIMS_OFFICE_H_
#define ONEVOICE_CLAIMS_OFFICE_H_

#include <string>
#include <string_view>

#include "claims/base.h"

namespace onevoice::claims {

inline constexpr std::string_view kUnknownOffice = "unknown";

// `address` may be a bare address or "Name <addr>"; the part in angle
// brackets is used when present.
std::string OfficeFor(const Base& base, std::string_view address);

// Glob match as above: `*` any run, `?` one character; case-insensitive
// unless `case_sensitive`. Linear in practice (single-star backtracking).
bool GlobMatch(std::string_view glob, std::string_view text, bool case_sensitive = false);

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_OFFICE_H_
