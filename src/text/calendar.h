// RenderCalendar: an iCalendar object (RFC 5545: a meeting invitation's
// text/calendar part or .ics file) -> the readable text a person wrote in
// it, with a map back to the source, for the text stage only (layout.cc).
//
// Only what the sender wrote as prose is kept: the DESCRIPTION and COMMENT
// values of the components inside BEGIN:VCALENDAR (an alarm's VALARM
// reminder excepted), each unfolded (a line break followed by a space or
// tab joins the lines), then unescaped (\n \N -> line break; \, \; \\ ->
// the character; an escape split by a fold is one escape), and followed by
// a blank line. Names, times, places and the invitation's machinery
// (SUMMARY, LOCATION, ORGANIZER, RRULE, X-ALT-DESC's HTML copy…) are
// dropped; so is everything outside a VCALENDAR. Every kept byte maps to
// the bytes it came from. Charsets are decoded before unfolding, so a fold
// that splits a UTF-8 sequence (RFC 5545 §3.1 allows it) leaves U+FFFD.
// Linear in the input; never throws.
#ifndef ONEVOICE_TEXT_CALENDAR_H_
#define ONEVOICE_TEXT_CALENDAR_H_

#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace onevoice::text {

struct RenderedCalendar {
  std::string text;
  OffsetMap map;  // rendered offsets -> source offsets
};

RenderedCalendar RenderCalendar(std::string_view ics);

}  // namespace onevoice::text

#endif  // ONEVOICE_TEXT_CALENDAR_H_
