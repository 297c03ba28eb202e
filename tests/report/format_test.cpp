#include "parley/report/format.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

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
  EXPECT_EQ(format_number(std::nan("")), "NaN");
}

TEST(FormatEstimate, ShowsSymmetricAndAsymmetricRanges) {
  EXPECT_EQ(format_estimate({0.4, std::nullopt, false}), "0.4");
  EXPECT_EQ(format_estimate({0.4, scenario::Interval{0.3, 0.5}, true}), "0.4 ± 0.1");
  EXPECT_EQ(format_estimate({0.4, scenario::Interval{0.3, 0.6}, false}), "0.4 (0.3–0.6)");
  EXPECT_EQ(format_estimate({0.4, scenario::Interval{0.4, 0.4}, false}), "0.4");
}

TEST(FormatScale, NumericWithUnitAndOptionsByCount) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(format_scale(s.issues[0]), "0–10 percent");
  EXPECT_EQ(format_scale(s.issues[1]), "3 options: eight, ten, twelve");
  scenario::Issue army = s.issues[0];
  army.min = 0;
  army.max = 300000;
  army.unit = "soldiers";
  EXPECT_EQ(format_scale(army), "0–300,000 soldiers");
  scenario::Issue five = s.issues[1];
  five.options = {{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}, {"e", ""}};
  EXPECT_EQ(format_scale(five), "5 options: a … e");
}

TEST(FormatPoint, OptionIssuesNameTheNearestOption) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(format_point(s.issues[1], 0), "eight");
  EXPECT_EQ(format_point(s.issues[1], 1.4), "ten");
  EXPECT_EQ(format_point(s.issues[1], 7), "twelve");
  EXPECT_EQ(format_point_with_unit(s.issues[0], 2.5), "2.5 percent");
  EXPECT_EQ(format_point_with_unit(s.issues[1], 2), "twelve");
}

}  // namespace
}  // namespace parley::report
