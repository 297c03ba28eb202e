// The short views of `parley run`'s summary (report/summary_view.hpp).

#include "parley/report/summary_view.hpp"

#include <gtest/gtest.h>

#include "parley/report/text/render_text.hpp"
#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

TEST(CountsLine, CountsWithPluralsAndInferredPositions) {
  auto s = test::sample_scenario();
  EXPECT_EQ(counts_line(s), "2 actors · 2 issues · 4 positions (1 inferred)");
  s.actors.pop_back();
  s.issues.pop_back();
  s.positions = {s.positions[0]};
  EXPECT_EQ(counts_line(s), "1 actor · 1 issue · 1 position");
}

TEST(ActorsAtTheTable, TitleDateCountsThenOneRowPerRole) {
  auto s = test::sample_scenario();
  s.actors[0].role = scenario::Role::party;
  s.actors[1].role = scenario::Role::mediator;
  EXPECT_EQ(render_text(actors_at_the_table_view(s)),
            "Wage talks at a bus company\n"
            "as of 2026-03-01 · 2 actors · 2 issues · 4 positions (1 inferred)\n"
            "\n"
            "Parties    UNION Drivers' union\n"
            "Mediators  BOARD Board\n");
}

// BOARD (capability 0.6) and UNION (0.4) are the main parties. wage_raise: ideals 1 and 6 on
// 0–10, a gap of 50%; shifts: twelve (2) and eight (0) on 0–2, 100%.
TEST(FurthestApart, RanksIssuesByTheGapBetweenTheTwoMainParties) {
  const Table t = furthest_apart_table(test::sample_scenario());
  EXPECT_EQ(t.title(), "Furthest apart (BOARD vs UNION, gap as a share of the scale)");
  ASSERT_EQ(t.rows().size(), 2u);
  EXPECT_EQ(t.rows()[0],
            (std::vector<std::string>{"shifts", "twelve", "eight", "100%", "0.4", "0.5"}));
  EXPECT_EQ(t.rows()[1], (std::vector<std::string>{"wage_raise", "1 percent", "6 percent", "50%",
                                                   "0.7", "0.9"}));
  EXPECT_TRUE(furthest_apart_table(test::sample_scenario(), 1).rows().size() == 1);
}

}  // namespace
}  // namespace parley::report
