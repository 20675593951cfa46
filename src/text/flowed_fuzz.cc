// Fuzz target (format=flowed): RenderFlowed on any bytes keeps its map into
// the part's text — every rendered offset maps inside it, in order; never a
// crash, never a hang.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/flowed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace onevoice::text;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool delsp : {false, true}) {
    RenderedFlowed r = RenderFlowed(text, delsp);
    if (!r.map.MapsInsideInOrder(r.text.size(), text.size())) std::abort();
  }
  return 0;
}
