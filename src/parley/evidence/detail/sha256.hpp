#pragma once
// SHA-256 (FIPS 180-4), for a document's identity in the evidence store. No library in parley's
// build offers it (ICU does not; SQLite's SHA-3 lives in its shell only), so here is a compact
// one, checked against the NIST test vectors (tests/evidence/sha256_test.cpp).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::evidence::detail {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  std::array<std::uint8_t, 32> finish();  // the digest; the object is spent afterwards

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes hashed so far
};

// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace parley::evidence::detail
