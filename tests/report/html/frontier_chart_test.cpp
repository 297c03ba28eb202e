// The frontier plot: well-formed SVG, every text inside the viewBox, no two texts overlapping,
// solution keys clear of the dots and marks, and a scatter-plot matrix of P·(P − 1)/2 panels.

#include "parley/report/html/frontier_chart.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <set>

#include "chart_spaces.hpp"
#include "parley/analysis/bargaining.hpp"
#include "svg_geometry.hpp"

namespace parley::report {
namespace {

std::string chart_of(const bargain::AdditiveSpace& space) {
  const analysis::Bargaining b = analysis::analyse_bargaining(space);
  return frontier_chart(b.space, b.frontier, b.solutions);
}

// The chart parsed, or a failed test.
pugi::xml_document parse(const std::string& html) {
  pugi::xml_document doc;
  const auto result = doc.load_string(html.c_str());
  EXPECT_TRUE(result) << result.description() << " at " << result.offset;
  return doc;
}

// Every text of every <svg> in `doc` inside its viewBox, no two overlapping.
void expect_texts_inside_and_apart(const pugi::xml_document& doc) {
  const auto svgs = doc.select_nodes("//svg");
  ASSERT_GT(svgs.size(), 0u);
  for (const auto& sel : svgs) {
    const Box view = test::view_box(sel.node());
    const auto texts = test::texts(sel.node());
    ASSERT_GT(texts.size(), 0u);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const Box& b = texts[i].box;
      EXPECT_TRUE(b.inside(view)) << "'" << texts[i].text << "' at " << b.left << "," << b.top
                                  << "–" << b.right << "," << b.bottom << " outside " << view.right
                                  << "×" << view.bottom;
      for (std::size_t j = 0; j < i; ++j)
        EXPECT_FALSE(b.overlaps(texts[j].box))
            << "'" << texts[i].text << "' overlaps '" << texts[j].text << "'";
    }
  }
}

// In each panel, no solution key (class "key") covers a frontier dot or a solution mark.
void expect_keys_clear_of_marks(const pugi::xml_document& doc) {
  for (const auto& panel : doc.select_nodes("//g[@class='panel']")) {
    std::vector<Box> marks;
    for (const auto& c : panel.node().select_nodes(".//g[@class='frontier']//circle")) {
      const double x = c.node().attribute("cx").as_double();
      const double y = c.node().attribute("cy").as_double();
      const double r = c.node().attribute("r").as_double();
      marks.push_back({x - r, y - r, x + r, y + r});
    }
    for (const auto& m : panel.node().select_nodes(".//g[@class='mark']")) {
      const double x = m.node().attribute("data-x").as_double();
      const double y = m.node().attribute("data-y").as_double();
      marks.push_back({x - 5.5, y - 5.5, x + 5.5, y + 5.5});
    }
    ASSERT_FALSE(marks.empty());
    for (const auto& t : test::texts(panel.node())) {
      if (t.cls != "key") continue;
      for (const Box& m : marks) EXPECT_FALSE(t.box.overlaps(m)) << "'" << t.text << "'";
    }
  }
}

std::multiset<std::string> keys_in(const pugi::xml_node& node) {
  std::multiset<std::string> keys;
  for (const auto& t : test::texts(node))
    if (t.cls == "key") keys.insert(t.text);
  return keys;
}

TEST(FrontierChart, TwoPartiesOneScatterWithKeysAndALegend) {
  // Trade-offs (1, 0), (0.95, 0.45), (0.8, 0.58), (0.6, 0.6), (0.3, 0.8), (0, 1), reservations 0:
  // U = (0.95, 0.45) (sum 1.4); N = N* = (0.8, 0.58) (product 0.464; d = worst = 0);
  // E = KS = KS-G = (0.6, 0.6) (min 0.6; ideal (1, 1); gap 0).
  const auto space = test::one_issue_space(
      {"UNION", "BOARD"}, {{1, 0}, {0.95, 0.45}, {0.8, 0.58}, {0.6, 0.6}, {0.3, 0.8}, {0, 1}},
      {0, 0});
  const auto doc = parse(chart_of(space));
  EXPECT_EQ(doc.select_nodes("//svg").size(), 1u);
  EXPECT_EQ(doc.select_nodes("//g[@class='panel']").size(), 1u);
  EXPECT_EQ(doc.select_nodes("//g[@class='frontier']//circle").size(), 6u);
  EXPECT_EQ(keys_in(doc.document_element()),
            (std::multiset<std::string>{"d", "N, N*", "KS, KS-G, E", "U"}));
  EXPECT_TRUE(doc.select_node("//g[@class='legend']/text[.='N = Nash (d = reservation)']"));
  EXPECT_TRUE(doc.select_node("//g[@class='legend']/text[.='U = utilitarian (max sum)']"));
  expect_texts_inside_and_apart(doc);
  expect_keys_clear_of_marks(doc);
}

TEST(FrontierChart, SixSolutionsOnOnePointShareOneMarkAndKey) {
  const auto doc = parse(chart_of(test::winner_or_split(2)));
  EXPECT_EQ(doc.select_nodes("//g[@class='mark']").size(), 1u);
  EXPECT_EQ(keys_in(doc.document_element()),
            (std::multiset<std::string>{"d", "N, N*, KS, KS-G, E, U"}));
  expect_texts_inside_and_apart(doc);
  expect_keys_clear_of_marks(doc);
}

TEST(FrontierChart, ThreePartiesAMatrixOfThreePanels) {
  const auto doc = parse(chart_of(test::three_compromises()));
  EXPECT_EQ(doc.select_nodes("//svg").size(), 1u);
  const auto panels = doc.select_nodes("//g[@class='panel']");
  ASSERT_EQ(panels.size(), 3u);
  // Lower triangle, column by party across: EAST×WEST, then EAST×NORTH and WEST×NORTH.
  EXPECT_STREQ(panels[0].node().child_value("title"), "EAST against WEST");
  EXPECT_STREQ(panels[1].node().child_value("title"), "EAST against NORTH");
  EXPECT_STREQ(panels[2].node().child_value("title"), "WEST against NORTH");
  // Each panel keys the three points (none coincide in a projection) and d.
  for (const auto& p : panels)
    EXPECT_EQ(keys_in(p.node()), (std::multiset<std::string>{"d", "N, N*", "KS, U", "KS-G, E"}));
  expect_texts_inside_and_apart(doc);
  expect_keys_clear_of_marks(doc);
}

TEST(FrontierChart, MatrixPanelsForFourAndFiveParties) {
  for (const auto& [parties, panels] : {std::pair{4u, 6u}, std::pair{5u, 10u}}) {
    const auto doc = parse(chart_of(test::winner_or_split(parties)));
    EXPECT_EQ(doc.select_nodes("//g[@class='panel']").size(), panels) << parties;
    // Every panel: the P + 1 frontier points.
    for (const auto& p : doc.select_nodes("//g[@class='panel']"))
      EXPECT_EQ(p.node().select_nodes(".//g[@class='frontier']//circle").size(), parties + 1);
    expect_texts_inside_and_apart(doc);
    expect_keys_clear_of_marks(doc);
  }
}

TEST(FrontierChart, SevenPartiesShowTheFirstSixAndSaySo) {
  const std::string html = chart_of(test::winner_or_split(7));
  const auto doc = parse(html);
  EXPECT_EQ(doc.select_nodes("//g[@class='panel']").size(), 15u);  // 6 · 5 / 2
  EXPECT_NE(html.find("the first 6 of the 7 parties: 15 of 21 pairs"), std::string::npos);
  EXPECT_EQ(html.find("P7"), std::string::npos);
  expect_texts_inside_and_apart(doc);
}

TEST(FrontierChart, TheMatrixFitsAPage) {
  for (const std::size_t parties : {3u, 4u, 5u, 6u}) {
    const auto doc = parse(chart_of(test::winner_or_split(parties)));
    const Box view = test::view_box(doc.select_node("//svg").node());
    EXPECT_LE(view.right, 960) << parties;
    EXPECT_GE(view.right, 600) << parties;
  }
}

TEST(FrontierChart, LongPartyNamesAreCutNotClipped) {
  auto space = test::three_compromises();
  space.parties = {"The Most Serene Republic of the Eastern Marches", "W", "N & <sons>"};
  const auto doc = parse(chart_of(space));
  expect_texts_inside_and_apart(doc);
  EXPECT_TRUE(doc.select_node("//text[starts-with(., 'utility of The Most Serene')]"));
  EXPECT_TRUE(doc.select_node("//text[.='utility of N & <sons>']"));
}

}  // namespace
}  // namespace parley::report
