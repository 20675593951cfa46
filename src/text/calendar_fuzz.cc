// Fuzz target (iCalendar): RenderCalendar on any bytes keeps its map into
// the source — every rendered offset maps inside the source, in order;
// never a crash, never a hang.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/calendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace onevoice::text;
  const std::string_view ics(reinterpret_cast<const char*>(data), size);
  RenderedCalendar r = RenderCalendar(ics);
  size_t last = 0;
  for (size_t i = 0; i <= r.text.size(); i += 1 + r.text.size() / 64) {
    const size_t at = r.map.SourceOffset(i, false);
    if (at > ics.size() || at < last) std::abort();
    last = at;
  }
  return 0;
}
