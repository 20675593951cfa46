// Content digests of raw input bytes.
//
// Sha256Hex is what Document::content_hash holds: the lower-case hex SHA-256
// of the bytes exactly as read (stable across runs and machines; an audit
// database uses it to skip messages it has already judged); base/sha256.h.
// Thread-safety: reentrant.
#ifndef ONEVOICE_INGEST_HASH_H_
#define ONEVOICE_INGEST_HASH_H_

#include <string>
#include <string_view>

namespace onevoice::ingest {

// 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace onevoice::ingest

#endif  // ONEVOICE_INGEST_HASH_H_
