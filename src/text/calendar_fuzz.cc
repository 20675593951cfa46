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
  if (!r.map.MapsInsideInOrder(r.text.size(), ics.size())) std::abort();
  return 0;
}
