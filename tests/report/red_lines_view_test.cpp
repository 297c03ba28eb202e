// How red-line collisions read (report/red_lines_view.hpp), in the terminal and in HTML alike.

#include "parley/report/red_lines_view.hpp"

#include <gtest/gtest.h>

#include "parley/report/html/render_html.hpp"
#include "parley/report/text/render_text.hpp"
#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

using analysis::red_line_collisions;

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

TEST(RedLineTable, CountsStepsOnOptionIssues) {
  auto s = test::sample_scenario();
  s.positions[3].red_line = scenario::Estimate{2, std::nullopt, false};  // BOARD: twelve only
  s.positions[3].ideal.value = 2;
  EXPECT_EQ(red_line_table(s, red_line_collisions(s)).rows()[1],
            (std::vector<std::string>{"shifts", "UNION ≤ ten", "BOARD twelve", "1 step"}));
}

TEST(RedLineTable, ExplainsAnEmptyTable) {
  auto s = test::sample_scenario();
  EXPECT_EQ(no_collisions_text(s),
            "No red lines collide: on every issue, each pair of actors shares acceptable "
            "ground.");
  for (auto& p : s.positions) p.red_line.reset();
  EXPECT_EQ(no_collisions_text(s), "No red lines are set, so none can collide.");
}

TEST(RedLinesView, TextAndHtmlSayTheSame) {
  const auto s = test::sample_scenario();
  const View view = red_lines_view(s, red_line_collisions(s));
  const std::string text = render_text(view);
  const std::string html = render_section(view).html;
  const std::string intro = "Pairs of actors whose acceptable ranges on an issue do not overlap";
  EXPECT_NE(text.find(intro), std::string::npos);
  EXPECT_NE(html.find(intro), std::string::npos);
  EXPECT_NE(text.find("wage_raise  BOARD ≤ 2  UNION ≥ 2.5  0.5 percent"), std::string::npos);
  EXPECT_NE(html.find("<td>BOARD ≤ 2</td>"), std::string::npos);
  EXPECT_EQ(render_section(view).id, "red-lines");
}

TEST(RedLinesView, WithoutCollisionsIsTheSentence) {
  auto s = test::sample_scenario();
  for (auto& p : s.positions) p.red_line.reset();
  const View view = red_lines_view(s, {});
  EXPECT_EQ(render_text(view), "No red lines are set, so none can collide.\n");
  EXPECT_EQ(render_section(view).html, "<p>No red lines are set, so none can collide.</p>");
}

}  // namespace
}  // namespace parley::report
