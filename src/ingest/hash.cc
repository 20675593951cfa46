#include "ingest/hash.h"

#include "base/sha256.h"

namespace onevoice::ingest {

std::string Sha256Hex(std::string_view bytes) { return onevoice::Sha256Hex(bytes); }

}  // namespace onevoice::ingest
