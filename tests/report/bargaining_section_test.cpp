// The report's bargaining section: well-formed XHTML with an SVG, for two and three parties.

#include "parley/report/bargaining_section.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "parley/app/bargaining.hpp"

namespace parley::report {
namespace {

// Two parties, one issue, three levels; utilities opposed: (1,0), (0.5,0.5), (0,1).
bargain::AdditiveSpace two_party_space() {
  bargain::AdditiveSpace s;
  s.parties = {"A<&>", "B"};
  s.issues = {{"price", "Price", {"low", "mid", "high"}, {0, 1, 2}}};
  s.contribution = {{1.0, 0.0, 0.5, 0.5, 0.0, 1.0}};
  s.acceptable = {{1, 1, 1, 1, 1, 1}};
  s.reservation = {0.2, 0.2};
  return s;
}

void expect_well_formed(const Section& section) {
  pugi::xml_document doc;
  const std::string xml = "<div>" + section.html + "</div>";
  const auto result = doc.load_buffer(xml.data(), xml.size());
  ASSERT_TRUE(result) << result.description();
  EXPECT_TRUE(doc.select_node("//svg"));
}

TEST(BargainingSection, TwoPartiesIsWellFormedWithAScatter) {
  const app::Bargaining b = app::analyse_bargaining(two_party_space());
  const Section s = bargaining_section(b.space, b.frontier, b.solutions, b.zopa);
  EXPECT_EQ(s.id, "bargaining");
  expect_well_formed(s);
  EXPECT_NE(s.html.find("A&lt;&amp;&gt;"), std::string::npos);  // escaped
  EXPECT_NE(s.html.find("Nash (d = reservation)"), std::string::npos);
}

TEST(BargainingSection, ThreePartiesRenderAMatrixThenParallelCoordinates) {
  bargain::AdditiveSpace s = two_party_space();
  s.parties.push_back("C");
  s.contribution = {{1.0, 0.0, 0.3, 0.5, 0.5, 0.3, 0.0, 1.0, 0.3}};
  s.acceptable = {{1, 1, 1, 1, 1, 1, 1, 1, 1}};
  s.reservation = {0, 0, 0};
  const app::Bargaining b = app::analyse_bargaining(s);
  const Section section = bargaining_section(b.space, b.frontier, b.solutions, b.zopa);
  expect_well_formed(section);
  pugi::xml_document doc;
  const std::string xml = "<div>" + section.html + "</div>";
  ASSERT_TRUE(doc.load_buffer(xml.data(), xml.size()));
  // One scatter-plot matrix (A×B, A×C, B×C), then the parallel coordinates right after it.
  const auto figures = doc.select_nodes("/div/figure");
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_STREQ(figures[0].node().child("svg").attribute("class").value(), "frontier-chart");
  EXPECT_EQ(figures[0].node().select_nodes(".//g[@class='panel']").size(), 3u);
  EXPECT_STREQ(figures[1].node().child("svg").attribute("class").value(), "parallel-chart");
  EXPECT_EQ(figures[0].node().next_sibling(), figures[1].node());
  EXPECT_EQ(figures[1].node().select_nodes(".//g[@class='axis']").size(), 3u);
}

}  // namespace
}  // namespace parley::report
