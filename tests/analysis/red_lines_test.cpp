// Red-line collisions (analysis/red_lines.hpp): pairs of actors with no acceptable point in
// common on an issue.

#include "parley/analysis/red_lines.hpp"

#include <gtest/gtest.h>

#include "support/sample_scenario.hpp"

namespace parley::analysis {
namespace {

using scenario::Interval;

TEST(RedLineCollisions, FindsPairsWithNoCommonGround) {
  const auto collisions = red_line_collisions(test::sample_scenario());
  ASSERT_EQ(collisions.size(), 1u);
  EXPECT_EQ(collisions[0].issue, "wage_raise");
  EXPECT_EQ(collisions[0].lower, "BOARD");
  EXPECT_EQ(collisions[0].upper, "UNION");
  EXPECT_EQ(collisions[0].lower_accepts, (Interval{0, 2}));
  EXPECT_EQ(collisions[0].upper_accepts, (Interval{2.5, 10}));
  EXPECT_DOUBLE_EQ(collisions[0].gap, 0.5);
}

TEST(RedLineCollisions, TouchingRangesDoNotCollide) {
  auto s = test::sample_scenario();
  s.positions[1].red_line->value = 2.5;  // BOARD now accepts up to UNION's red line
  EXPECT_TRUE(red_line_collisions(s).empty());
  s.positions[1].red_line->value = 2.5 - 0.5e-8;  // within the scale tolerance (1e-8 here)
  EXPECT_TRUE(red_line_collisions(s).empty());
  s.positions[1].red_line->value = 2.5 - 2e-8;  // beyond it
  EXPECT_EQ(red_line_collisions(s).size(), 1u);
}

TEST(RedLineCollisions, OptionIssuesCountSteps) {
  auto s = test::sample_scenario();
  s.positions[3].red_line = scenario::Estimate{2, std::nullopt, false};  // BOARD: twelve only
  s.positions[3].ideal.value = 2;
  const auto collisions = red_line_collisions(s);
  ASSERT_EQ(collisions.size(), 2u);
  EXPECT_EQ(collisions[1].issue, "shifts");
  EXPECT_EQ(collisions[1].lower, "UNION");  // accepts eight..ten
  EXPECT_DOUBLE_EQ(collisions[1].gap, 1.0);
}

}  // namespace
}  // namespace parley::analysis
