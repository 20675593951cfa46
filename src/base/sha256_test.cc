#include "base/sha256.h"

#include <gtest/gtest.h>

namespace onevoice {
namespace {

// Known answers from FIPS 180-4's examples.
TEST(Sha256, EmptyInputHasTheStandardDigest) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, AbcHasTheStandardDigest) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlockMessageAndPiecewiseUpdatesAgree) {
  std::string m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  EXPECT_EQ(Sha256Hex(m), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 s;
  for (char c : m) s.Update(std::string_view(&c, 1));
  EXPECT_EQ(s.HexDigest(), Sha256Hex(m));
}

}  // namespace
}  // namespace onevoice
