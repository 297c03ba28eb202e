// The bargaining view: well-formed XHTML with an SVG for two and three parties, and the same
// words in the terminal and in the report.

#include "parley/report/bargaining_view.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "parley/analysis/bargaining.hpp"
#include "parley/report/html/render_html.hpp"
#include "parley/report/text/render_text.hpp"

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

TEST(BargainingView, TwoPartiesIsWellFormedWithAScatter) {
  const analysis::Bargaining b = analysis::analyse_bargaining(two_party_space());
  const Section s = render_section(bargaining_view(b, "The bargaining space"));
  EXPECT_EQ(s.id, "bargaining");
  expect_well_formed(s);
  EXPECT_NE(s.html.find("A&lt;&amp;&gt;"), std::string::npos);  // escaped
  EXPECT_NE(s.html.find("Nash (d = reservation)"), std::string::npos);
}

TEST(BargainingView, ThreePartiesRenderAMatrixThenParallelCoordinates) {
  bargain::AdditiveSpace s = two_party_space();
  s.parties.push_back("C");
  s.contribution = {{1.0, 0.0, 0.3, 0.5, 0.5, 0.3, 0.0, 1.0, 0.3}};
  s.acceptable = {{1, 1, 1, 1, 1, 1, 1, 1, 1}};
  s.reservation = {0, 0, 0};
  const analysis::Bargaining b = analysis::analyse_bargaining(s);
  const Section section = render_section(bargaining_view(b, "The bargaining space"));
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

// Text and HTML are rendered from one view: each sentence and table of the one is in the other.
TEST(BargainingView, TextAndHtmlSayTheSame) {
  const analysis::Bargaining b = analysis::analyse_bargaining(two_party_space());
  const View view = bargaining_view(b, "The bargaining space");
  const std::string text = render_text(view);
  const std::string html = render_section(view).html;
  for (const char* words :
       {"The bargaining space", "Nash (d = reservation)", "Kalai–Smorodinsky (ideal-scaled)",
        "Zone of possible agreement",
        "Packages acceptable to every party and better for each than its reservation: ",
        "Solution packages"}) {
    EXPECT_NE(text.find(words), std::string::npos) << words;
    EXPECT_NE(html.find(words), std::string::npos) << words;
  }
  EXPECT_NE(text.find("Computed in "), std::string::npos);  // wall-clock times: terminal only
  EXPECT_EQ(html.find("Computed in "), std::string::npos);  // (the report stays reproducible)
  EXPECT_EQ(text.find("<svg"), std::string::npos);
}

// Reservations above every package: no solution and an empty zone, worded once for both.
TEST(BargainingView, NoSolutionReadsTheSameInBoth) {
  bargain::AdditiveSpace s = two_party_space();
  s.reservation = {0.9, 0.9};
  const analysis::Bargaining b = analysis::analyse_bargaining(s);
  ASSERT_TRUE(b.solutions.empty());
  const View view = bargaining_view(b, "T");
  const std::string text = render_text(view);
  const std::string html = render_section(view).html;
  const std::string none =
      "No solution: no frontier point is better than walking away for every party.";
  EXPECT_NE(text.find(none), std::string::npos);
  EXPECT_NE(html.find(none), std::string::npos);
  EXPECT_NE(text.find("What would open it, smallest first:\n  · "), std::string::npos) << text;
  EXPECT_NE(html.find("<ul class=\"relaxations\"><li>"), std::string::npos);
}

// A red line on each side of "mid" (A only low, B only high): no package is acceptable, and the
// opening plan reads the same in both, with the opened frontier charted in the report.
TEST(BargainingView, CollidingRedLinesShowTheOpeningPlanInBoth) {
  bargain::AdditiveSpace s = two_party_space();
  s.acceptable = {{1, 0, 0, 0, 0, 1}};
  s.reservation = {0, 0};
  const analysis::Bargaining b = analysis::analyse_bargaining(s);
  ASSERT_TRUE(b.zopa.plan.has_value());
  const View view = bargaining_view(b, "T");
  const std::string text = render_text(view);
  const std::string html = render_section(view).html;
  for (const char* words :
       {"No solution while red lines collide", "Red lines collide on 1 issue: no package",
        "Where red lines collide", "only low", "only high", "low to high", "100% of the scale",
        "With that issue opened there, the zone holds 3 packages",
        "Where they would settle once they cross their red lines there"}) {
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
    EXPECT_NE(html.find(words), std::string::npos) << words;
  }
  EXPECT_NE(html.find("The charts show the frontier once the colliding red lines are opened"),
            std::string::npos);
  EXPECT_EQ(text.find("The charts show"), std::string::npos);
  pugi::xml_document doc;
  const std::string xml = "<div>" + html + "</div>";
  ASSERT_TRUE(doc.load_buffer(xml.data(), xml.size()));
  EXPECT_GE(doc.select_nodes("//svg//circle").size(), 3u);  // the opened frontier's 3 points
}

}  // namespace
}  // namespace parley::report
