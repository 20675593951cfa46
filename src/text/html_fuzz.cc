// Fuzz target (HTML): RenderHtml on any bytes keeps its map into the source —
// every rendered offset maps inside the source, in order — and its tables'
// cells inside the rendered text; never a crash, never a hang.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace onevoice::text;
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  RenderedHtml r = RenderHtml(html);
  if (!r.map.MapsInsideInOrder(r.text.size(), html.size())) std::abort();
  for (const auto& table : r.tables) {
    for (const auto& row : table.rows) {
      for (const auto& cell : row) {
        if (cell.begin > cell.end || cell.end > r.text.size()) std::abort();
      }
    }
  }
  return 0;
}
