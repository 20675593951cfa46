#include "ingest/hash.h"

#include <glib.h>

#include <algorithm>

namespace onevoice::ingest {

std::string Sha256Hex(std::string_view bytes) {
  GChecksum* sum = g_checksum_new(G_CHECKSUM_SHA256);
  // g_checksum_update takes a gssize length; feed large inputs in pieces.
  constexpr size_t kChunk = size_t{1} << 30;
  for (size_t i = 0; i < bytes.size(); i += kChunk) {
    size_t n = std::min(kChunk, bytes.size() - i);
    g_checksum_update(sum, reinterpret_cast<const guchar*>(bytes.data() + i),
                      static_cast<gssize>(n));
  }
  std::string hex = g_checksum_get_string(sum);
  g_checksum_free(sum);
  return hex;
}

}  // namespace onevoice::ingest
