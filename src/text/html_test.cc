// Tests of RenderHtml (html.h): what text a user's HTML mail or document
// becomes, and which tables are tables.
#include "text/html.h"

#include <gtest/gtest.h>

#include <string>

namespace onevoice::text {
namespace {

// A data table: one line per row, cells joined by " | ", known as a table.
TEST(RenderHtml, ADataTableIsRowsOfCells) {
  RenderedHtml r = RenderHtml("<table><tr><th>Plan</th><th>Price</th></tr>"
                              "<tr><td>Desk</td><td>$39</td></tr></table>");
  EXPECT_NE(r.text.find("Plan | Price\nDesk | $39"), std::string::npos) << r.text;
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].rows.size(), 2u);
}

// A first row set all in bold over rows that are not (Word's and Outlook's
// header) is a header row; a table bold throughout has none.
TEST(RenderHtml, ABoldFirstRowOverPlainRowsIsAHeader) {
  RenderedHtml r = RenderHtml("<table><tr><td><p><b>Item<o:p></o:p></b></p></td><td><b>Total</b></td></tr>"
                              "<tr><td>Desk, per month</td><td>&pound;3,948.00</td></tr></table>");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.tables[0].rows[0][0].header);
  EXPECT_TRUE(r.tables[0].rows[0][1].header);
  EXPECT_FALSE(r.tables[0].rows[1][0].header);
  RenderedHtml all = RenderHtml("<table><tr><td><b>Item</b></td><td><b>Total</b></td></tr>"
                                "<tr><td><b>Desk</b></td><td><b>$39</b></td></tr></table>");
  ASSERT_EQ(all.tables.size(), 1u);
  EXPECT_FALSE(all.tables[0].rows[0][0].header);
  RenderedHtml mixed = RenderHtml("<table><tr><td><b>Desk</b> plan</td><td><b>Total</b></td></tr>"
                                  "<tr><td>Desk</td><td>$39</td></tr></table>");
  ASSERT_EQ(mixed.tables.size(), 1u);
  EXPECT_FALSE(mixed.tables[0].rows[0][0].header);
}

// A definition list's term and definition read as one "term: value" line,
// with or without the optional end tags.
TEST(RenderHtml, ADefinitionListIsTermColonValueLines) {
  RenderedHtml r = RenderHtml("<dl><dt>RPO<dd>15 minutes\n<dt>Default retention</dt>\n<dd>90 days</dd></dl>");
  EXPECT_NE(r.text.find("RPO: 15 minutes"), std::string::npos) << r.text;
  // Source white space between the tags stays a space: "… retention : 90 days".
  const size_t term = r.text.find("Default retention");
  ASSERT_NE(term, std::string::npos) << r.text;
  EXPECT_LT(r.text.find(": 90 days", term), r.text.find('\n', term)) << r.text;
}

// A newsletter laid out in a table (headings and paragraphs inside one
// cell) reads as its headings and paragraphs, not as one long row; a data
// table inside it is still a table.
TEST(RenderHtml, ALayoutTableReadsAsTheBlocksInIt) {
  RenderedHtml r = RenderHtml(
      "<table width=600><tr><td><h2>Harborlight Desk</h2><p>It supports up to 1,000 agents.</p>"
      "<h2>Harborlight Relay</h2><p>Messages are kept for 90 days.</p>"
      "<table><tr><td>SLA</td><td>99.9%</td></tr></table></td></tr></table>");
  EXPECT_NE(r.text.find("Harborlight Desk\nIt supports up to 1,000 agents.\nHarborlight Relay\n"), std::string::npos)
      << r.text;
  EXPECT_EQ(r.text.find(" | Harborlight"), std::string::npos) << r.text;
  ASSERT_EQ(r.tables.size(), 1u);  // only the inner data table
  EXPECT_NE(r.text.find("SLA | 99.9%"), std::string::npos) << r.text;
}

// A data table with header cells may hold a small table in a cell: the
// inner table reads as that cell's words, rows parted by ";", and the outer
// table stays a table. A mail template's table holding one (no header
// cells of its own) is still a layout table.
TEST(RenderHtml, ATableInADataCellIsThatCellsText) {
  RenderedHtml r = RenderHtml(
      "<table><tr><th>Capability</th><th>What you get</th></tr>"
      "<tr><td>Certifications</td><td><table><tr><td>ISO/IEC 27001</td><td>certified</td></tr>"
      "<tr><td>SOC 2 Type II</td><td>audited</td></tr></table></td></tr>"
      "<tr><td>Offline mode</td><td>Not available</td></tr></table>");
  ASSERT_EQ(r.tables.size(), 1u) << r.text;
  EXPECT_EQ(r.tables[0].rows.size(), 3u);
  EXPECT_NE(r.text.find("Certifications | ISO/IEC 27001 certified ; SOC 2 Type II audited\nOffline mode | Not available"),
            std::string::npos)
      << r.text;
  RenderedHtml layout = RenderHtml(
      "<table><tr><td><p>News</p><table><tr><th>SLA</th></tr><tr><td>99.9%</td></tr></table></td></tr></table>");
  ASSERT_EQ(layout.tables.size(), 1u);  // only the inner one
  EXPECT_EQ(layout.tables[0].rows.size(), 2u);
}

// A footnote number in <sup> is a footnote mark (²), not a digit glued to
// the word before it ("London<sup>2</sup>" must still read as London).
TEST(RenderHtml, ASuperscriptNumberIsAFootnoteMark) {
  RenderedHtml r = RenderHtml("<p>Frankfurt, London<sup>2</sup>; uptime 99.9%<sup>13</sup></p>");
  EXPECT_NE(r.text.find("London\u00B2; uptime 99.9%\u00B9\u00B3"), std::string::npos) << r.text;
}

}  // namespace
}  // namespace onevoice::text

