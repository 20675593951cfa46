// SHA-256 (FIPS 180-4): the digest of a claims base (its version) and of
// raw input bytes (Document::content_hash). A small, dependency-free
// implementation; a Sha256 object is not thread-safe, Sha256Hex is
// reentrant.
#ifndef ONEVOICE_BASE_SHA256_H_
#define ONEVOICE_BASE_SHA256_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace onevoice {

// Runs the SHA-256 compression function over `blocks` 64-byte blocks at
// `data`, updating the state `h`. Uses the CPU's SHA extensions when it has
// them (x86-64 SHA-NI), else portable code; both give the same state.
void Sha256Blocks(uint32_t h[8], const uint8_t* data, size_t blocks);
// The portable code alone (for tests that compare the two).
void Sha256BlocksPortable(uint32_t h[8], const uint8_t* data, size_t blocks);

class Sha256 {
 public:
  void Update(std::string_view data) {
    bit_count_ += static_cast<uint64_t>(data.size()) * 8;
    if (block_len_ > 0) {
      const size_t n = std::min(data.size(), size_t{64} - block_len_);
      std::memcpy(block_ + block_len_, data.data(), n);
      block_len_ += n;
      data.remove_prefix(n);
      if (block_len_ < 64) return;
      Sha256Blocks(h_, block_, 1);
      block_len_ = 0;
    }
    // Whole blocks straight from the input, the rest kept for later.
    const size_t blocks = data.size() / 64;
    if (blocks > 0) Sha256Blocks(h_, reinterpret_cast<const uint8_t*>(data.data()), blocks);
    data.remove_prefix(blocks * 64);
    std::memcpy(block_, data.data(), data.size());
    block_len_ = data.size();
  }

  // Finishes the digest; the object is spent afterwards.
  std::string HexDigest() {
    const uint64_t bits = bit_count_;
    Update(std::string_view("\x80", 1));
    while (block_len_ != 56) Update(std::string_view("\0", 1));
    for (int i = 7; i >= 0; --i) block_[block_len_++] = static_cast<uint8_t>(bits >> (i * 8));
    Sha256Blocks(h_, block_, 1);
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    for (uint32_t word : h_) {
      for (int i = 28; i >= 0; i -= 4) out.push_back(kHex[(word >> i) & 0xf]);
    }
    return out;
  }

 private:
  uint32_t h_[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  uint8_t block_[64] = {};
  size_t block_len_ = 0;
  uint64_t bit_count_ = 0;
};


// 64 lower-case hex digits of the SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace onevoice

#endif  // ONEVOICE_BASE_SHA256_H_
