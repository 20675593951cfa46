#include "base/sha256.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

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

// The CPU's SHA extensions, where the machine has them, and the portable
// rounds reach the same state over inputs of many lengths and alignments.
TEST(Sha256, AcceleratedAndPortableBlocksAgree) {
  std::string data;
  uint32_t x = 12345;
  for (int i = 0; i < 64 * 40 + 1; ++i) {
    x = x * 1103515245 + 12345;
    data.push_back(static_cast<char>(x >> 16));
  }
  for (size_t offset : {0, 1, 3}) {
    for (size_t blocks : {1, 2, 7, 39}) {
      uint32_t a[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
      uint32_t b[8];
      std::copy(a, a + 8, b);
      const auto* p = reinterpret_cast<const uint8_t*>(data.data()) + offset;
      Sha256Blocks(a, p, blocks);
      Sha256BlocksPortable(b, p, blocks);
      EXPECT_TRUE(std::equal(a, a + 8, b)) << offset << " " << blocks;
    }
  }
}

// Whole blocks are hashed straight from the input: pieces of every size
// give the digest of the whole.
TEST(Sha256, PiecesOfEverySizeAgree) {
  std::string m;
  for (int i = 0; i < 1000; ++i) m.push_back(static_cast<char>('a' + i % 26));
  const std::string whole = Sha256Hex(m);
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  for (size_t piece : {1, 5, 63, 64, 65, 128, 300}) {
    Sha256 s;
    for (size_t b = 0; b < m.size(); b += piece) s.Update(std::string_view(m).substr(b, piece));
    EXPECT_EQ(s.HexDigest(), whole) << piece;
  }
}

}  // namespace
}  // namespace onevoice
