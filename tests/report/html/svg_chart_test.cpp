#include "parley/report/html/svg_chart.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <set>

#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

pugi::xml_document parse(const std::string& svg) {
  pugi::xml_document doc;
  const auto result = doc.load_string(svg.c_str());
  EXPECT_TRUE(result) << result.description() << "\n" << svg;
  return doc;
}

TEST(AxisTicks, StepsOfOneTwoOrFive) {
  EXPECT_EQ(axis_ticks(0, 10), (std::vector<double>{0, 2, 4, 6, 8, 10}));
  EXPECT_EQ(axis_ticks(0, 300000), (std::vector<double>{0, 100000, 200000, 300000}));
  EXPECT_EQ(axis_ticks(2.5, 7.5), (std::vector<double>{3, 4, 5, 6, 7}));
  const std::vector<double> tenths = axis_ticks(0, 1);
  const std::vector<double> expected = {0, 0.2, 0.4, 0.6, 0.8, 1};
  ASSERT_EQ(tenths.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(tenths[i], expected[i], 1e-12);
  EXPECT_TRUE(axis_ticks(5, 5).empty());
}

TEST(ActorColour, DiffersBetweenNeighboursAndRepeatsAfterTen) {
  EXPECT_NE(actor_colour(0), actor_colour(1));
  EXPECT_EQ(actor_colour(0), actor_colour(10));
  EXPECT_EQ(actor_colour(3).size(), 7u);
}

TEST(IssueChart, DrawsADotAndRedLinePerActorAndHatchesBeyondRedLines) {
  const auto s = test::sample_scenario();
  const auto doc = parse(issue_chart(s, s.issues[0]));
  const auto svg = doc.child("svg");
  ASSERT_TRUE(svg);
  EXPECT_EQ(svg.select_nodes("//circle").size(), 2u);
  // Plot from x=170 to x=690 for 0..10 percent: 52 units per percent.
  std::set<std::pair<std::string, std::string>> hatched;
  for (const auto& node : svg.select_nodes("//rect[@fill='url(#hatch-wage_raise)']")) {
    hatched.insert({node.node().attribute("x").value(), node.node().attribute("width").value()});
  }
  const std::set<std::pair<std::string, std::string>> expected = {
      {"170.0", "130.0"},   // UNION: below its red line at 2.5
      {"274.0", "416.0"}};  // BOARD: above its red line at 2
  EXPECT_EQ(hatched, expected);
  // Ticks 0, 2, …, 10 and the unit.
  EXPECT_TRUE(svg.select_node("//text[.='10']"));
  EXPECT_TRUE(svg.select_node("//text[.='percent']"));
}

TEST(IssueChart, LabelsOptionsAndSizesDotsBySalience) {
  const auto s = test::sample_scenario();
  const auto doc = parse(issue_chart(s, s.issues[1]));
  EXPECT_TRUE(doc.select_node("//text[starts-with(., '8-hour shifts')]"));
  EXPECT_TRUE(doc.select_node("//text[starts-with(., '12-hour shifts')]"));
  // UNION at eight (x=170), salience 0.5: radius 3.5 + 6 × 0.5 = 6.5.
  const auto dot = doc.select_node("//circle[@cx='170.0']").node();
  ASSERT_TRUE(dot);
  EXPECT_STREQ(dot.attribute("r").value(), "6.5");
  // BOARD at twelve (x=690), no red line: one hatched zone only (UNION's, ten..twelve).
  EXPECT_EQ(doc.select_nodes("//rect[@fill='url(#hatch-shifts)']").size(), 1u);
}

TEST(IssueChart, AnIssueWithoutPositionsSaysSo) {
  auto s = test::sample_scenario();
  s.positions.clear();
  const auto doc = parse(issue_chart(s, s.issues[0]));
  EXPECT_TRUE(doc.select_node("//text[.='no positions on this issue']"));
}

}  // namespace
}  // namespace parley::report
