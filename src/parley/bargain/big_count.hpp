#pragma once
// BigCount: an exact non-negative integer of any size, for counting packages (Π_i L_i packages
// for 3 × 20 × 10 options do not fit 64 bits; 60 issues × 10 levels make 10^60). Only what
// counting needs: +, ×, shifts left, comparisons (also with built-in integers) and conversions to
// decimal text, double and std::uint64_t. No subtraction or division: counts only grow.
//
// Held as 64-bit limbs, little-endian: limb 0 inline, the rest in a vector that stays empty (no
// allocation) below 2^64, the common case. The arithmetic lives in big_count.cpp.

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::bargain {

// The built-in integers a BigCount converts from and compares with (bool excluded).
template <class T>
concept BigCountInteger = std::integral<T> && !std::same_as<T, bool>;

class BigCount {
 public:
  BigCount() = default;  // 0

  // Any non-negative built-in integer; a negative one throws std::domain_error. Implicit, like
  // the integers it extends: `BigCount n = 0;`, `n *= levels;`.
  template <BigCountInteger T>
  BigCount(T value) : low_(static_cast<std::uint64_t>(value)) {
    static_assert(sizeof(T) <= sizeof(std::uint64_t));
    if (std::cmp_less(value, 0)) throw_negative();
  }

  // Decimal digits only ("100000000000000000000"; leading zeros allowed); anything else,
  // including the empty string, throws std::invalid_argument.
  explicit BigCount(std::string_view decimal);

  BigCount& operator+=(const BigCount& b);
  BigCount& operator*=(const BigCount& b);
  BigCount& operator<<=(std::size_t bits);  // × 2^bits

  friend BigCount operator+(BigCount a, const BigCount& b) { return a += b; }
  friend BigCount operator*(BigCount a, const BigCount& b) { return a *= b; }
  friend BigCount operator<<(BigCount a, std::size_t bits) { return a <<= bits; }

  // Limbs are kept without leading zeros, so equal values have equal members.
  friend bool operator==(const BigCount& a, const BigCount& b) = default;
  friend std::strong_ordering operator<=>(const BigCount& a, const BigCount& b);

  // With built-in integers, without converting them; a negative one is below every count.
  template <BigCountInteger T>
  friend bool operator==(const BigCount& a, T b) {
    return !std::cmp_less(b, 0) && a.fits_u64() && a.low_ == static_cast<std::uint64_t>(b);
  }
  template <BigCountInteger T>
  friend std::strong_ordering operator<=>(const BigCount& a, T b) {
    if (std::cmp_less(b, 0) || !a.fits_u64()) return std::strong_ordering::greater;
    return a.low_ <=> static_cast<std::uint64_t>(b);
  }

  bool fits_u64() const { return high_.empty(); }
  std::uint64_t to_u64() const;  // throws std::overflow_error unless fits_u64()

  // The nearest double, or nearly: limb 0 rounded to double, then each further limb scaled and
  // rounded in turn and added (what Boost 1.74's cpp_int::convert_to<double> did, so results
  // stay bit-for-bit what they were); within about one ulp. +inf beyond the double range.
  double to_double() const;

  std::string str() const;  // decimal digits, no separators: "18446744073709551616"

  friend std::ostream& operator<<(std::ostream& out, const BigCount& n);  // str()

 private:
  [[noreturn]] static void throw_negative();
  std::size_t limb_count() const { return 1 + high_.size(); }
  std::uint64_t limb(std::size_t k) const { return k == 0 ? low_ : high_[k - 1]; }
  void assign_limbs(std::vector<std::uint64_t> limbs);  // drops leading zero limbs

  std::uint64_t low_ = 0;            // limb 0
  std::vector<std::uint64_t> high_;  // limbs 1, 2, …; never ends in a zero limb
};

// "100,000,000,000,000,000,000": decimal digits grouped by three with commas.
std::string with_thousands_separators(const BigCount& n);

// "1.00e+20": scientific form with `digits` digits after the point (rounded half up; a negative
// `digits` counts as 0; never more digits than n has: 1234 with 5 digits is "1.234e+3");
// numbers below 1000 are printed as plain integers.
std::string scientific(const BigCount& n, int digits = 2);

}  // namespace parley::bargain
