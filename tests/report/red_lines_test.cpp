// The red-line collisions of the analysis façade (src/parley/app/), and how they read.

#include "parley/app/red_lines.hpp"

#include <gtest/gtest.h>

#include "parley/app/red_line_table.hpp"
#include "sample_scenario.hpp"

namespace parley::app {
namespace {

using scenario::Interval;

TEST(AcceptableRange, IsTheIdealsSideOfTheRedLine) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(acceptable_range(s.issues[0], s.positions[0]), (Interval{2.5, 10}));  // UNION
  EXPECT_EQ(acceptable_range(s.issues[0], s.positions[1]), (Interval{0, 2}));     // BOARD
  EXPECT_EQ(acceptable_range(s.issues[1], s.positions[2]), (Interval{0, 1}));     // eight..ten
  EXPECT_EQ(acceptable_range(s.issues[1], s.positions[3]), (Interval{0, 2}));     // no red line
}

TEST(AcceptableRange, RedLineOnTheIdealOpensTowardTheFavouredEnd) {
  const auto s = test::sample_scenario();
  auto p = s.positions[0];  // UNION favours the high end of wage_raise
  p.ideal.value = 4;
  p.red_line->value = 4;
  EXPECT_EQ(acceptable_range(s.issues[0], p), (Interval{4, 10}));
  p.actor = "NOBODY";
  EXPECT_EQ(acceptable_range(s.issues[0], p), (Interval{4, 4}));
}

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
  EXPECT_EQ(red_line_table(s, collisions).rows()[1],
            (std::vector<std::string>{"shifts", "UNION ≤ ten", "BOARD twelve", "1 step"}));
}

TEST(RedLineTable, SaysWhatEachSideAccepts) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(red_line_table(s, red_line_collisions(s)).render(),
            "Red-line collisions (1)\n"
            "issue       low side   high side            gap\n"
            "──────────  ─────────  ───────────  ───────────\n"
            "wage_raise  BOARD ≤ 2  UNION ≥ 2.5  0.5 percent\n");
  EXPECT_EQ(accepts_text(s.issues[0], {0, 10}), "anything");
  EXPECT_EQ(accepts_text(s.issues[0], {3, 7.5}), "3–7.5");
}

TEST(RedLineTable, ExplainsAnEmptyTable) {
  auto s = test::sample_scenario();
  EXPECT_EQ(no_collisions_text(s),
            "No red lines collide: on every issue, each pair of actors shares acceptable "
            "ground.");
  for (auto& p : s.positions) p.red_line.reset();
  EXPECT_EQ(no_collisions_text(s), "No red lines are set, so none can collide.");
}

}  // namespace
}  // namespace parley::app
