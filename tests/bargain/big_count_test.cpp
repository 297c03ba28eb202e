// BigCount against values worked out by hand or known by heart: powers of 10 and 2, the 2^64 and
// 2^128 limb boundaries, factorials; decimal text, thousands separators, scientific rounding.
#include "parley/bargain/big_count.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

namespace parley::bargain {
namespace {

constexpr std::uint64_t kMax64 = std::numeric_limits<std::uint64_t>::max();  // 2^64 − 1

// 10^k written out: "1" and k zeros.
std::string power_of_ten_text(int k) {
  return "1" + std::string(static_cast<std::size_t>(k), '0');
}

// base^k as a product of k factors.
BigCount product_of(std::uint64_t base, int k) {
  BigCount n = 1;
  for (int i = 0; i < k; ++i) n *= base;
  return n;
}

TEST(BigCount, ZeroAndSmallValues) {
  EXPECT_EQ(BigCount().str(), "0");
  EXPECT_EQ(BigCount(), 0);
  EXPECT_EQ(BigCount(0), BigCount());
  EXPECT_EQ(BigCount(42).str(), "42");
  EXPECT_EQ(BigCount(kMax64).str(), "18446744073709551615");
  EXPECT_EQ(BigCount(std::int64_t{7}) + BigCount(std::uint8_t{5}), 12);
  EXPECT_EQ(BigCount(6) * 7, 42);
  EXPECT_EQ(BigCount(12345) * 0, BigCount());
  EXPECT_EQ((BigCount(1) << 100) * 0, BigCount());  // no zero limbs left behind
  EXPECT_TRUE(BigCount(kMax64).fits_u64());
  EXPECT_EQ(BigCount(kMax64).to_u64(), kMax64);
}

TEST(BigCount, NegativeValuesAreRejected) {
  EXPECT_THROW((void)BigCount(-1), std::domain_error);
  EXPECT_THROW((void)BigCount(std::numeric_limits<std::int64_t>::min()), std::domain_error);
  EXPECT_EQ(BigCount(std::int64_t{0}), 0);
}

TEST(BigCount, ParsesDecimalDigitsOnly) {
  EXPECT_EQ(BigCount("0"), 0);
  EXPECT_EQ(BigCount("000123"), 123);
  EXPECT_EQ(BigCount("18446744073709551615"), kMax64);
  EXPECT_EQ(BigCount("18446744073709551616"), BigCount(kMax64) + 1);
  const std::string forty = "1234567890123456789012345678901234567890";
  EXPECT_EQ(BigCount(forty).str(), forty);
  EXPECT_THROW((void)BigCount(""), std::invalid_argument);
  EXPECT_THROW((void)BigCount("12a"), std::invalid_argument);
  EXPECT_THROW((void)BigCount("-5"), std::invalid_argument);
  EXPECT_THROW((void)BigCount(" 5"), std::invalid_argument);
}

TEST(BigCount, CarriesAcrossLimbs) {
  const BigCount two_64 = BigCount(kMax64) + 1;
  EXPECT_EQ(two_64.str(), "18446744073709551616");
  EXPECT_FALSE(two_64.fits_u64());
  EXPECT_THROW((void)two_64.to_u64(), std::overflow_error);
  EXPECT_EQ(two_64, BigCount(1) << 64);
  EXPECT_EQ(two_64, product_of(2, 64));
  EXPECT_EQ((BigCount(kMax64) + kMax64).str(), "36893488147419103230");  // 2^65 − 2

  // 2^128 − 1: two full limbs; + 1 carries through both into a third.
  const BigCount two_128_less_1 = (BigCount(kMax64) << 64) + kMax64;
  EXPECT_EQ(two_128_less_1.str(), "340282366920938463463374607431768211455");
  EXPECT_EQ(two_128_less_1 + 1, BigCount(1) << 128);
  EXPECT_EQ((two_128_less_1 + 1).str(), "340282366920938463463374607431768211456");
  EXPECT_EQ(two_64 * two_64, BigCount(1) << 128);
  EXPECT_EQ(product_of(2, 128), BigCount(1) << 128);
  EXPECT_EQ((BigCount(1) << 192).str(),
            "6277101735386680763835789423207666416102355444464034512896");
}

TEST(BigCount, Multiplication) {
  // (2^64 − 1)^2 = 2^128 − 2^65 + 1; (2^64 + 1)(2^64 − 1) = 2^128 − 1.
  EXPECT_EQ((BigCount(kMax64) * kMax64).str(), "340282366920938463426481119284349108225");
  EXPECT_EQ(((BigCount(1) << 64) + 1) * kMax64, (BigCount(kMax64) << 64) + kMax64);
  EXPECT_EQ((BigCount("12345678901234567890123") * BigCount("98765432109876543210")).str(),
            "1219326311370217952249611949260778341714830");
  // 30! and 50!, both known: multi-limb times single-limb, step by step.
  BigCount factorial = 1;
  for (int k = 2; k <= 30; ++k) factorial *= k;
  EXPECT_EQ(factorial.str(), "265252859812191058636308480000000");
  for (int k = 31; k <= 50; ++k) factorial *= k;
  EXPECT_EQ(factorial.str(), "30414093201713378043612608166064768844377641568960512000000000000");
  // Multi-limb times multi-limb: 10^20 · 10^40 = 10^60, and x *= x.
  EXPECT_EQ(product_of(10, 20) * product_of(10, 40), product_of(10, 60));
  BigCount square = product_of(10, 30);
  square *= square;
  EXPECT_EQ(square, product_of(10, 60));
}

TEST(BigCount, Shifts) {
  EXPECT_EQ(BigCount(1) << 0, 1);
  EXPECT_EQ(BigCount(0) << 300, 0);
  EXPECT_EQ((BigCount(3) << 63).str(), "27670116110564327424");  // crosses the limb boundary
  EXPECT_EQ((BigCount(1) << 100).str(), "1267650600228229401496703205376");
  BigCount n = 5;
  n <<= 130;
  EXPECT_EQ(n, product_of(2, 130) * 5);
}

TEST(BigCount, PowersOfTenAsDecimalText) {
  // Products of tens against the digits written out, across the 19-digit chunks of str().
  for (int k = 0; k <= 60; ++k) {
    EXPECT_EQ(product_of(10, k).str(), power_of_ten_text(k)) << k;
    EXPECT_EQ(BigCount(power_of_ten_text(k)), product_of(10, k)) << k;
  }
  EXPECT_EQ(product_of(10, 20), BigCount("100000000000000000000"));
  EXPECT_EQ((product_of(10, 19) + 1).str(), "10000000000000000001");  // zero-padded chunk
  EXPECT_EQ((product_of(10, 38) + 7).str(), "1" + std::string(37, '0') + "7");
  std::ostringstream out;
  out << product_of(2, 64);
  EXPECT_EQ(out.str(), "18446744073709551616");
}

TEST(BigCount, Comparisons) {
  const BigCount two_64 = BigCount(1) << 64;
  EXPECT_LT(BigCount(5), BigCount(7));
  EXPECT_LT(BigCount(5), 7);
  EXPECT_GT(7, BigCount(5));
  EXPECT_EQ(BigCount(5), 5u);
  EXPECT_EQ(5, BigCount(5));
  EXPECT_NE(BigCount(5), 6);
  EXPECT_NE(BigCount(0), -1);  // a negative integer is below every count
  EXPECT_GT(BigCount(0), -1);
  EXPECT_LT(-1, BigCount(0));
  EXPECT_GT(two_64, kMax64);
  EXPECT_NE(two_64, 0);
  EXPECT_LT(BigCount(kMax64), two_64);
  EXPECT_LT(two_64, two_64 + 1);           // same limb count, differ in the low limb
  EXPECT_LT(two_64 + kMax64, two_64 * 2);  // differ in the high limb
  EXPECT_GT(BigCount(1) << 129, (BigCount(1) << 128) + kMax64);
  EXPECT_LE(two_64, two_64);
  EXPECT_GE(two_64, two_64);
  EXPECT_TRUE((two_64 <=> two_64) == 0);
  EXPECT_TRUE(BigCount(1000) < 1001 && !(BigCount(1000) < 1000));
}

TEST(BigCount, ToDouble) {
  EXPECT_EQ(BigCount().to_double(), 0.0);
  EXPECT_EQ(BigCount(123456).to_double(), 123456.0);
  EXPECT_EQ((BigCount(1) << 53).to_double(), 9007199254740992.0);
  EXPECT_EQ(((BigCount(1) << 53) + 1).to_double(), 9007199254740992.0);  // tie to even
  EXPECT_EQ((BigCount(1) << 64).to_double(), 18446744073709551616.0);
  EXPECT_EQ((BigCount(1) << 200).to_double(), std::ldexp(1.0, 200));
  EXPECT_EQ(product_of(10, 20).to_double(), 1e20);  // 10^20 and 10^22 are exact doubles
  EXPECT_EQ(product_of(10, 22).to_double(), 1e22);
  const double e60 = product_of(10, 60).to_double();
  EXPECT_LE(std::abs(e60 - 1e60), 1e60 * std::numeric_limits<double>::epsilon()) << e60;
  EXPECT_TRUE(std::isinf((BigCount(1) << 1100).to_double()));
}

TEST(BigCount, ThousandsSeparators) {
  EXPECT_EQ(with_thousands_separators(0), "0");
  EXPECT_EQ(with_thousands_separators(12), "12");
  EXPECT_EQ(with_thousands_separators(999), "999");
  EXPECT_EQ(with_thousands_separators(1000), "1,000");
  EXPECT_EQ(with_thousands_separators(1234567), "1,234,567");
  EXPECT_EQ(with_thousands_separators(BigCount(1) << 64), "18,446,744,073,709,551,616");
  EXPECT_EQ(with_thousands_separators(product_of(10, 20)), "100,000,000,000,000,000,000");
}

TEST(BigCount, Scientific) {
  EXPECT_EQ(scientific(0), "0");
  EXPECT_EQ(scientific(999), "999");  // below 1000: plain
  EXPECT_EQ(scientific(1000), "1.00e+3");
  EXPECT_EQ(scientific(1994), "1.99e+3");
  EXPECT_EQ(scientific(1995), "2.00e+3");  // half up
  EXPECT_EQ(scientific(9994), "9.99e+3");
  EXPECT_EQ(scientific(9995), "1.00e+4");  // 9.99|5 → 10.0 → 1.00e+4
  EXPECT_EQ(scientific(123456, 0), "1e+5");
  EXPECT_EQ(scientific(150000, 0), "2e+5");
  EXPECT_EQ(scientific(123456, -3), "1e+5");   // negative digits count as 0
  EXPECT_EQ(scientific(1234, 5), "1.234e+3");  // no more digits than the number has
  EXPECT_EQ(scientific(BigCount(1) << 64), "1.84e+19");
  EXPECT_EQ(scientific(product_of(10, 60), 3), "1.000e+60");
  EXPECT_EQ(scientific(product_of(10, 60) * 9 + product_of(10, 59) * 9 + product_of(10, 58) * 9 +
                           product_of(10, 57) * 5,
                       2),
            "1.00e+61");  // 9.995e+60, a carry through every kept digit
}

}  // namespace
}  // namespace parley::bargain
