#pragma once
// Scanning bytes eight at a time in a 64-bit word ("SIMD within a register"): the text readers'
// loops over plain runs (line breaks, control characters, JSON escapes, UTF-8 continuation
// bytes) test a whole word before falling back to byte by byte. The tests are the classic ones
// from Sean Anderson's "Bit Twiddling Hacks": each says exactly whether some byte qualifies.

#include <cstdint>
#include <cstring>

namespace parley::detail::swar {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// The eight bytes at `p` (unaligned).
inline std::uint64_t load(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// The number of bytes of `m` with their high bit set, `m` having no other bit set: the bytes
// (0 or 1 once shifted) summed into the top byte by one multiplication. (std::popcount is a
// library call without the POPCNT instruction, which the default x86-64 target lacks.)
constexpr int high_bits(std::uint64_t m) {
  return static_cast<int>(((m >> 7) * kOnes) >> 56);
}

// Whether some byte of `x` is below `n` (n ≤ 128).
constexpr bool has_less(std::uint64_t x, unsigned n) {
  return ((x - kOnes * n) & ~x & kHighs) != 0;
}

// Whether some byte of `x` equals `v`.
constexpr bool has_byte(std::uint64_t x, unsigned char v) {
  return has_less(x ^ (kOnes * v), 1);
}

// Whether some byte of `x` is 0x80 or above (not ASCII).
constexpr bool has_high(std::uint64_t x) {
  return (x & kHighs) != 0;
}

// The bytes of `x`, all ASCII, that are letters (A–Z, a–z). With the case bit set, letters are
// the bytes from 'a' to 'z', and no other ASCII byte lands there; adding 0x80 − 'a' (or
// 0x80 − 'z' − 1) sets a byte's high bit exactly when it is at least 'a' (or past 'z'), without
// a carry into the next byte.
constexpr int ascii_letters(std::uint64_t x) {
  const std::uint64_t y = x | (kOnes * 0x20);
  const std::uint64_t from_a = y + kOnes * (0x80 - 'a');
  const std::uint64_t past_z = y + kOnes * (0x80 - 'z' - 1);
  return high_bits(from_a & ~past_z & kHighs);
}

// The bytes of `x` that are UTF-8 continuation bytes (10xxxxxx).
constexpr int continuation_bytes(std::uint64_t x) {
  return high_bits(x & ~(x << 1) & kHighs);
}

}  // namespace parley::detail::swar
