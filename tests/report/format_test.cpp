#include "parley/report/format.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

TEST(FormatUtility, ThreeDecimals) {
  EXPECT_EQ(format_utility(0.8154), "0.815");
  EXPECT_EQ(format_utility(1), "1.000");
}

TEST(FormatCount, ExactWithSeparatorsAndScientificWhenLarge) {
  EXPECT_EQ(format_count(999), "999");
  EXPECT_EQ(format_count(1584), "1,584 (1.58e+3)");
  EXPECT_EQ(format_count(bargain::BigCount("100000000000000000000")),
            "100,000,000,000,000,000,000 (1.00e+20)");
}

TEST(FormatDuration, MicrosecondsMillisecondsSeconds) {
  EXPECT_EQ(format_duration(850e-6), "850 µs");
  EXPECT_EQ(format_duration(0.01234), "12.3 ms");
  EXPECT_EQ(format_duration(1.254), "1.25 s");
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
