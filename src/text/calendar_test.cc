#include "text/calendar.h"

#include <gtest/gtest.h>

#include <string>

#include "text/layout.h"

namespace onevoice::text {
namespace {

constexpr char kInvite[] =
    "BEGIN:VCALENDAR\n"
    "METHOD:REQUEST\n"
    "BEGIN:VEVENT\n"
    "SUMMARY:Relay pricing call - 99.99% uptime\n"
    "LOCATION:Room 4\\, Tokyo\n"
    "DESCRIPTION:Harborlight Relay is $249 per month\\, with a 99.95% SLA.\\n\\nAgend\n"
    " a: demo\\; Q&A\n"
    "X-ALT-DESC;FMTTYPE=text/html:<p>Harborlight Relay is $249 per month</p>\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";

// Only the prose the sender wrote is read: DESCRIPTION unfolded and
// unescaped; the summary, place and HTML copy are not.
TEST(Calendar, DescriptionIsTheReadableText) {
  RenderedCalendar r = RenderCalendar(kInvite);
  EXPECT_EQ(r.text, "Harborlight Relay is $249 per month, with a 99.95% SLA.\n\nAgenda: demo; Q&A\n\n");
}

// Every rendered span maps back to the bytes it came from.
TEST(Calendar, SpansMapToTheSource) {
  const std::string src = kInvite;
  RenderedCalendar r = RenderCalendar(src);
  const size_t at = r.text.find("$249");
  SourceSpan s = r.map.ToSource(NormSpan(at, at + 4));
  EXPECT_EQ(src.substr(s.begin, s.size()), "$249");
  const size_t agenda = r.text.find("Agenda");  // across the fold
  SourceSpan f = r.map.ToSource(NormSpan(agenda, agenda + 6));
  EXPECT_EQ(src.substr(f.begin, f.size()), "Agend\n a");
}

// A calendar part's layout is its description's; the rest is not text.
TEST(Calendar, LayoutReadsTheDescriptionOnly) {
  Layout l = BuildLayout(kInvite, ingest::PartKind::kCalendar);
  EXPECT_EQ(l.norm.text.find("99.99%"), std::string::npos);
  EXPECT_NE(l.norm.text.find("99.95% SLA"), std::string::npos);
  EXPECT_TRUE(RenderCalendar("not a calendar at all\n").text.empty());
  EXPECT_TRUE(RenderCalendar("Description: 99.9% uptime\n").text.empty());
}

// Unfolding comes before unescaping (RFC 5545 §3.1): mailers fold at 75
// octets, inside an escape too. An alarm's reminder text is no prose.
TEST(Calendar, AnEscapeSplitByAFoldIsOneEscape) {
  RenderedCalendar r = RenderCalendar(
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:$249 a month\\\r\n , with SLA.\\\r\n nAgenda\r\n"
      "BEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  EXPECT_EQ(r.text, "$249 a month, with SLA.\nAgenda\n\n");
}

}  // namespace
}  // namespace onevoice::text
