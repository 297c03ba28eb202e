// The word-at-a-time byte tests against a byte-by-byte reference, on every byte value in every
// position and on seeded random words.
#include "parley/core/detail/swar.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>

namespace {

using namespace parley::detail;

std::array<unsigned char, 8> bytes_of(std::uint64_t x) {
  std::array<unsigned char, 8> b{};
  std::memcpy(b.data(), &x, 8);
  return b;
}

void expect_matches_reference(std::uint64_t x) {
  const auto b = bytes_of(x);
  bool below_32 = false, below_128 = false, quote = false, zero = false, high = false;
  int continuation = 0, letters = 0;
  bool ascii = true;
  for (const unsigned char c : b) {
    ascii = ascii && c < 0x80;
    letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    below_32 = below_32 || c < 32;
    below_128 = below_128 || c < 128;
    quote = quote || c == '"';
    zero = zero || c == 0;
    high = high || c >= 0x80;
    continuation += (c & 0xC0) == 0x80;
  }
  EXPECT_EQ(swar::has_less(x, 32), below_32) << std::hex << x;
  EXPECT_EQ(swar::has_less(x, 128), below_128) << std::hex << x;
  EXPECT_EQ(swar::has_byte(x, '"'), quote) << std::hex << x;
  EXPECT_EQ(swar::has_byte(x, 0), zero) << std::hex << x;
  EXPECT_EQ(swar::has_high(x), high) << std::hex << x;
  EXPECT_EQ(swar::continuation_bytes(x), continuation) << std::hex << x;
  if (ascii) {
    EXPECT_EQ(swar::ascii_letters(x), letters) << std::hex << x;
  }
}

TEST(Swar, EveryByteValueInEveryPositionAmongPlainBytes) {
  for (int position = 0; position < 8; ++position) {
    for (unsigned v = 0; v < 256; ++v) {
      std::array<unsigned char, 8> b;
      b.fill('a');
      b[static_cast<std::size_t>(position)] = static_cast<unsigned char>(v);
      std::uint64_t x;
      std::memcpy(&x, b.data(), 8);
      expect_matches_reference(x);
    }
  }
}

TEST(Swar, SeededRandomWordsMatchTheByteByByteReference) {
  std::mt19937_64 random(20261130);
  for (int i = 0; i < 20000; ++i) expect_matches_reference(random());
  // Words mixing bytes near the thresholds, where borrows between bytes would show.
  const unsigned char edges[] = {0,   1,   0x1F, 0x20, 0x21, '"',  '@',  'A',  'Z', '[',
                                 '`', 'a', 'z',  '{',  0x7F, 0x80, 0xBF, 0xC0, 0xFF};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(edges) - 1);
  for (int i = 0; i < 20000; ++i) {
    std::array<unsigned char, 8> b;
    for (auto& c : b) c = edges[pick(random)];
    std::uint64_t x;
    std::memcpy(&x, b.data(), 8);
    expect_matches_reference(x);
  }
}

TEST(Swar, AsciiLettersCountsEveryAsciiWordExactly) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) expect_matches_reference(random() & 0x7F7F7F7F7F7F7F7Full);
  EXPECT_EQ(swar::ascii_letters(swar::load("Az@[`{ 9")), 2);
}

TEST(Swar, LoadReadsUnalignedBytesInMemoryOrder) {
  const char text[] = "xabcdefgh";
  const auto b = bytes_of(swar::load(text + 1));
  EXPECT_EQ(b[0], 'a');
  EXPECT_EQ(b[7], 'h');
}

}  // namespace
