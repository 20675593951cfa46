#include "text/flowed.h"

#include <gtest/gtest.h>

#include <string>

#include "text/layout.h"

namespace onevoice::text {
namespace {

// Soft breaks join; with DelSp the space before them goes too, so a
// number wrapped inside ("4,00 " + "0円") is whole again.
TEST(Flowed, DelSpJoinsWithoutTheSpace) {
  RenderedFlowed r = RenderFlowed("料金は月額4,00 \n0円です。\n\n次の段落。\n", /*delsp=*/true);
  EXPECT_EQ(r.text, "料金は月額4,000円です。\n\n次の段落。\n");
  RenderedFlowed plain = RenderFlowed("Relay costs \n$249 a month.\n", /*delsp=*/false);
  EXPECT_EQ(plain.text, "Relay costs $249 a month.\n");
  // A stray trailing space before a paragraph break or the end breaks nothing.
  EXPECT_EQ(RenderFlowed("First. \n\nSecond. \n", false).text, "First. \n\nSecond. \n");
}

// Quoted flowed lines join within their depth; a stuffed leading space is
// dropped; "-- " stays a signature separator.
TEST(Flowed, QuotesStuffingAndSignatures) {
  RenderedFlowed r = RenderFlowed("> Relay is \n> $249.\n From here on.\n-- \nDana\n", false);
  EXPECT_EQ(r.text, "> Relay is $249.\nFrom here on.\n-- \nDana\n");
}

// Every rendered span maps back to the part's bytes it came from, across
// the joins.
TEST(Flowed, SpansMapToThePartText) {
  const std::string src = "料金は月額4,00 \n0円です。\n";
  RenderedFlowed r = RenderFlowed(src, true);
  const size_t at = r.text.find("4,000円");
  SourceSpan s = r.map.ToSource(NormSpan(at, at + std::string("4,000円").size()));
  EXPECT_EQ(src.substr(s.begin, s.size()), "4,00 \n0円");
}

// A flowed part's layout is its author's lines.
TEST(Flowed, LayoutOfAFlowedPart) {
  Layout l = BuildLayout("料金は月額4,00 \n0円です。\n", ingest::PartKind::kPlain, false, Flow::kFlowedDelSp);
  EXPECT_NE(l.norm.text.find("4,000円"), std::string::npos);
  Layout fixed = BuildLayout("料金は月額4,00 \n0円です。\n", ingest::PartKind::kPlain);
  EXPECT_EQ(fixed.norm.text.find("4,000円"), std::string::npos);
}

}  // namespace
}  // namespace onevoice::text
