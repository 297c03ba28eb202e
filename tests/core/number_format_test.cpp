// How a number is written for people (core/number_format.hpp), used by the bargaining space's
// level names and by every report.

#include "parley/core/number_format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace parley {
namespace {

TEST(GroupThousands, CommasEveryThreeDigitsFromTheRight) {
  EXPECT_EQ(group_thousands(""), "");
  EXPECT_EQ(group_thousands("7"), "7");
  EXPECT_EQ(group_thousands("999"), "999");
  EXPECT_EQ(group_thousands("1000"), "1,000");
  EXPECT_EQ(group_thousands("1234567"), "1,234,567");
  EXPECT_EQ(group_thousands("100000000000000000000"), "100,000,000,000,000,000,000");
  EXPECT_EQ(group_thousands("-1234"), "-1,234");
  EXPECT_EQ(group_thousands("-123"), "-123");
}

TEST(FormatNumber, GroupsThousandsAndDropsTrailingZeros) {
  EXPECT_EQ(format_number(85000), "85,000");
  EXPECT_EQ(format_number(250000), "250,000");
  EXPECT_EQ(format_number(0.4), "0.4");
  EXPECT_EQ(format_number(0.40000000000000002), "0.4");
  EXPECT_EQ(format_number(-1234.5), "-1,234.5");
  EXPECT_EQ(format_number(1234567.891), "1,234,567.89");
  EXPECT_EQ(format_number(999.999), "1,000");
  EXPECT_EQ(format_number(1e-12), "0");
  EXPECT_EQ(format_number(-0.001), "0");
  EXPECT_EQ(format_number(23000, 0), "23,000");
  EXPECT_EQ(format_number(2.5, 6), "2.5");
  EXPECT_EQ(format_number(1.0 / 3, 6), "0.333333");
}

TEST(FormatNumber, NotANumberAndInfinity) {
  EXPECT_EQ(format_number(std::nan("")), "NaN");
  EXPECT_EQ(format_number(std::numeric_limits<double>::infinity()), "∞");
  EXPECT_EQ(format_number(-std::numeric_limits<double>::infinity()), "-∞");
}

}  // namespace
}  // namespace parley
