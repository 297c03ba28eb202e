// The parallel-coordinates view of the solutions: an axis per party, a line per distinct solution
// point through the parties' utilities, the reservations on the axes, all text inside the
// viewBox and apart, for two to seven parties.

#include "parley/report/html/parallel_chart.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cmath>
#include <set>
#include <sstream>

#include "chart_spaces.hpp"
#include "parley/analysis/bargaining.hpp"
#include "svg_geometry.hpp"

namespace parley::report {
namespace {

pugi::xml_document chart_of(const bargain::AdditiveSpace& space) {
  const analysis::Bargaining b = analysis::analyse_bargaining(space);
  const std::string svg = solutions_parallel_svg(b.space, b.frontier, b.solutions);
  pugi::xml_document doc;
  const auto result = doc.load_string(svg.c_str());
  EXPECT_TRUE(result) << result.description() << " at " << result.offset;
  return doc;
}

struct Point {
  double x, y;
};

std::vector<Point> points_of(const pugi::xml_node& polyline) {
  std::vector<Point> out;
  std::istringstream in(polyline.attribute("points").value());
  Point p{};
  char comma = 0;
  while (in >> p.x >> comma >> p.y) out.push_back(p);
  return out;
}

// Each axis's spine: x, and y of utilities 1 (top) and 0 (bottom) — the scale is 0..1 when
// every utility lies in it.
struct Spine {
  double x, top, bottom;
  double y(double u) const { return bottom - u * (bottom - top); }
};

std::vector<Spine> spines(const pugi::xml_document& doc) {
  std::vector<Spine> out;
  for (const auto& s : doc.select_nodes("//g[@class='axis']/line[@class='spine']")) {
    const auto n = s.node();
    out.push_back({n.attribute("x1").as_double(), n.attribute("y1").as_double(),
                   n.attribute("y2").as_double()});
  }
  return out;
}

void expect_texts_inside_and_apart(const pugi::xml_document& doc) {
  const auto svg = doc.child("svg");
  const Box view = test::view_box(svg);
  const auto texts = test::texts(svg);
  ASSERT_GT(texts.size(), 0u);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EXPECT_TRUE(texts[i].box.inside(view)) << "'" << texts[i].text << "'";
    for (std::size_t j = 0; j < i; ++j)
      EXPECT_FALSE(texts[i].box.overlaps(texts[j].box))
          << "'" << texts[i].text << "' overlaps '" << texts[j].text << "'";
  }
}

std::set<std::string> keys_of(const pugi::xml_document& doc) {
  std::set<std::string> keys;
  for (const auto& t : doc.select_nodes("//g[@class='keys']/text"))
    keys.insert(t.node().child_value());
  return keys;
}

TEST(ParallelChart, ThreePartiesThreeLinesThroughTheirUtilities) {
  // chart_spaces.hpp: N, N* at (0.65, 0.65, 0.58); KS, U at (1, 0.45, 0.45); KS-G, E at
  // (0.62, 0.62, 0.62); reservations 0.
  const auto doc = chart_of(test::three_compromises());
  const auto axes = spines(doc);
  ASSERT_EQ(axes.size(), 3u);
  EXPECT_LT(axes[0].x, axes[1].x);
  EXPECT_NEAR(axes[2].x - axes[1].x, axes[1].x - axes[0].x, 0.11);  // evenly spaced
  const auto lines = doc.select_nodes("//polyline[@class='solution']");
  ASSERT_EQ(lines.size(), 3u);
  const std::vector<std::vector<double>> expected = {
      {0.65, 0.65, 0.58}, {1.0, 0.45, 0.45}, {0.62, 0.62, 0.62}};
  for (std::size_t g = 0; g < 3; ++g) {
    const auto pts = points_of(lines[g].node());
    ASSERT_EQ(pts.size(), 3u);
    for (std::size_t p = 0; p < 3; ++p) {
      EXPECT_NEAR(pts[p].x, axes[p].x, 0.051) << g << " " << p;  // no two points coincide
      EXPECT_NEAR(pts[p].y, axes[p].y(expected[g][p]), 0.051) << g << " " << p;
    }
  }
  // Distinct colours and dash patterns.
  EXPECT_NE(std::string(lines[0].node().attribute("stroke").value()),
            lines[1].node().attribute("stroke").value());
  EXPECT_FALSE(lines[0].node().attribute("stroke-dasharray"));
  EXPECT_STREQ(lines[1].node().attribute("stroke-dasharray").value(), "8 4");
  EXPECT_EQ(keys_of(doc), (std::set<std::string>{"N, N*", "KS, U", "KS-G, E"}));
  // The names over the axes; the legend spells out every key.
  for (const char* name : {"EAST", "WEST", "NORTH"})
    EXPECT_TRUE(
        doc.select_node((std::string("//g[@class='axis']/text[.='") + name + "']").c_str()));
  EXPECT_EQ(doc.select_nodes("//g[@class='legend']/text[starts-with(., 'N = ')]").size(), 1u);
  EXPECT_TRUE(
      doc.select_node("//g[@class='legend']/text[.='KS-G = Kalai–Smorodinsky (GENIUS: "
                      "min pairwise gap)']"));
  expect_texts_inside_and_apart(doc);
}

TEST(ParallelChart, OneAxisPerPartyOneLineForOnePointTwoToSevenParties) {
  for (std::size_t parties = 2; parties <= 7; ++parties) {
    // Every solution is the even split (0.5 each); reservations 0.1.
    const auto doc = chart_of(test::winner_or_split(parties));
    const auto axes = spines(doc);
    ASSERT_EQ(axes.size(), parties);
    const auto lines = doc.select_nodes("//polyline[@class='solution']");
    ASSERT_EQ(lines.size(), 1u) << parties;
    const auto pts = points_of(lines[0].node());
    ASSERT_EQ(pts.size(), parties);
    for (std::size_t p = 0; p < parties; ++p) {
      EXPECT_NEAR(pts[p].x, axes[p].x, 0.051);
      EXPECT_NEAR(pts[p].y, axes[p].y(0.5), 0.051);
    }
    EXPECT_EQ(keys_of(doc), (std::set<std::string>{"N, N*, KS, KS-G, E, U"}));
    // The reservation: a red notch across each axis at 0.1, its value under the axis.
    const auto notches = doc.select_nodes("//g[@class='axis']/line[@stroke='#b2182b']");
    ASSERT_EQ(notches.size(), parties);
    for (std::size_t p = 0; p < parties; ++p)
      EXPECT_NEAR(notches[p].node().attribute("y1").as_double(), axes[p].y(0.1), 0.051);
    EXPECT_EQ(doc.select_nodes("//g[@class='axis']/text[.='r = 0.1']").size(), parties);
    const Box view = test::view_box(doc.child("svg"));
    EXPECT_LE(view.right, 960) << parties;
    expect_texts_inside_and_apart(doc);
  }
}

TEST(ParallelChart, PointsThatMeetOnAnAxisSitSideBySide) {
  // A = (0.9, 0.5, 0.5), B = (0.6, 0.6, 0.5), reservations 0: A has the larger sum, product,
  // minimum (a tie at 0.5, broken by the sum) and ideal-scaled minimum (ideal (0.9, 0.6, 0.5):
  // 0.833 against 0.667); B the smaller gaps (0.2 against 0.8). N* needs u > worst = (0.6, 0.5,
  // 0.5) for every party, which neither point gives: five solutions on two points, both at 0.5
  // for the third party.
  const auto doc = chart_of(
      test::one_issue_space({"A", "B", "C"}, {{0.9, 0.5, 0.5}, {0.6, 0.6, 0.5}}, {0, 0, 0}));
  const auto axes = spines(doc);
  const auto lines = doc.select_nodes("//polyline[@class='solution']");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(keys_of(doc), (std::set<std::string>{"N, KS, E, U", "KS-G"}));
  const auto a = points_of(lines[0].node());
  const auto b = points_of(lines[1].node());
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_NEAR(a[0].x, axes[0].x, 0.051);  // apart on the first two axes: on them
  EXPECT_NEAR(b[1].x, axes[1].x, 0.051);
  EXPECT_NEAR(a[2].x, axes[2].x - 4.5, 0.051);  // together on the third: 9 apart around it
  EXPECT_NEAR(b[2].x, axes[2].x + 4.5, 0.051);
  EXPECT_NEAR(a[2].y, b[2].y, 1e-9);
  EXPECT_EQ(doc.select_nodes("//g[@class='legend']/text").size(), 5u + 2u);  // + reservation, band
  expect_texts_inside_and_apart(doc);
}

TEST(ParallelChart, LongAndNastyNamesAreCutAndEscaped) {
  auto space = test::winner_or_split(7);
  space.parties[0] = "The Most Serene Republic of the Eastern Marches";
  space.parties[6] = "<Isles & \"Reefs\">";
  const analysis::Bargaining b = analysis::analyse_bargaining(space);
  const std::string svg = solutions_parallel_svg(b.space, b.frontier, b.solutions);
  EXPECT_EQ(svg.find("<Isles"), std::string::npos);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(svg.c_str()));
  EXPECT_TRUE(doc.select_node("//g[@class='axis']/text[starts-with(., 'The Most')]"));
  EXPECT_FALSE(
      doc.select_node("//g[@class='axis']/text[. = 'The Most Serene Republic of the "
                      "Eastern Marches']"));
  expect_texts_inside_and_apart(doc);
}

TEST(ParallelChart, NothingWithoutSolutions) {
  // Reservations above every point: no solution.
  const auto space = test::one_issue_space({"A", "B"}, {{1, 0}, {0, 1}}, {0.9, 0.9});
  const analysis::Bargaining b = analysis::analyse_bargaining(space);
  ASSERT_TRUE(b.solutions.empty());
  EXPECT_EQ(solutions_parallel_chart(b.space, b.frontier, b.solutions), "");
}

}  // namespace
}  // namespace parley::report
