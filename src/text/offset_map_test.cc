#include "text/offset_map.h"

#include <gtest/gtest.h>

#include <string>

namespace onevoice::text {
namespace {

// A rendering built left to right maps every span back to the bytes that
// produced it; bytes skipped between calls and after the last are dropped.
TEST(OffsetMapBuilder, MapsKeptReplacedAndSkippedBytes) {
  const std::string src = "<b>Relay</b> is \\$249";
  OffsetMapBuilder b(src);
  b.Drop(0, 3);
  b.Keep(3, 5);              // Relay
  b.Keep(12, 4);             // " is " (the </b> before it skipped)
  b.Replace(16, 2, "$");     // \$ -> $
  b.Keep(18, 3);             // 249
  OffsetMap map;
  const std::string out = b.Finish(&map);
  EXPECT_EQ(out, "Relay is $249");
  // An end on a dropped run rounds outward over it (offset_map.h).
  SourceSpan relay = map.ToSource(NormSpan(0, 5));
  EXPECT_EQ(src.substr(relay.begin, relay.size()), "Relay</b>");
  SourceSpan price = map.ToSource(NormSpan(9, 13));
  EXPECT_EQ(src.substr(price.begin, price.size()), "\\$249");
  EXPECT_EQ(map.ToNorm(12), 5u);  // a kept byte after a dropped run
}

}  // namespace
}  // namespace onevoice::text
