// The compiled-base cache: a validated claims base kept on disk in binary
// form, so that a pre-send check of one message does not parse YAML.
//
// Parsing a claims base with yaml-cpp costs about a third of a one-message
// check (tools/bench-presend). LoadBase (load.h) with LoadOptions::use_cache
// hashes the base's files (the hash that is its version), and reads
//   <cache dir>/base-<version hash>-<build id>.bin
// when it is there and intact, else loads the YAML and, when that produced
// no diagnostic at all (errors or warnings, which must keep being shown),
// writes the file. The build id is the running executable's GNU build id,
// so a rebuilt onevoice never reads a base encoded by another build; no
// build id, no cache. A cache file that is truncated, corrupt or from
// another format is ignored (and rewritten), never an error.
//
// The cache dir is $ONEVOICE_CACHE_DIR, else $XDG_CACHE_HOME/onevoice, else
// $HOME/.cache/onevoice; ONEVOICE_CACHE_DIR set to "" or "off" turns the
// cache off. Writes are atomic (temporary file, rename); at most
// kMaxCacheFiles files are kept, the oldest removed first.
#ifndef ONEVOICE_CLAIMS_CACHE_H_
#define ONEVOICE_CLAIMS_CACHE_H_

#include <memory>
#include <string>
#include <string_view>

#include "claims/base.h"

namespace onevoice::claims {

inline constexpr int kMaxCacheFiles = 32;

// The bytes of `base`, every field but `dir` and `lexicon`; positions in
// files under `base.dir` are stored relative to it.
std::string EncodeBase(const Base& base);

// The base `bytes` encode, with `dir` as its folder (positions re-rooted
// there) and DefaultLexicon(); nullptr when the bytes are not a whole,
// intact encoding of this format. Phrase regexes are compiled on first use.
std::shared_ptr<Base> DecodeBase(std::string_view bytes, const std::string& dir);

// The cache file for a base of this version hash; "" when caching is off or
// this executable has no build id.
std::string CachePath(std::string_view version_hash);

// Reads the cache file at `path`; nullptr when absent or not intact.
std::shared_ptr<Base> ReadCachedBase(const std::string& path, const std::string& dir);

// Writes `base` to `path` atomically and prunes the folder; failures are
// silent (the cache is an optimisation, never a reason to fail a check).
void WriteCachedBase(const std::string& path, const Base& base);

}  // namespace onevoice::claims

#endif  // ONEVOICE_CLAIMS_CACHE_H_
