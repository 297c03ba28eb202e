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

TEST(BargainingSection, ThreePartiesRenderSmallMultiples) {
  bargain::AdditiveSpace s = two_party_space();
  s.parties.push_back("C");
  s.contribution = {{1.0, 0.0, 0.3, 0.5, 0.5, 0.3, 0.0, 1.0, 0.3}};
  s.acceptable = {{1, 1, 1, 1, 1, 1, 1, 1, 1}};
  s.reservation = {0, 0, 0};
  const app::Bargaining b = app::analyse_bargaining(s);
  const Section section = bargaining_section(b.space, b.frontier, b.solutions, b.zopa);
  expect_well_formed(section);
  std::size_t svgs = 0;
  for (auto at = section.html.find("<svg"); at != std::string::npos;
       at = section.html.find("<svg", at + 1))
    ++svgs;
  EXPECT_EQ(svgs, 3u);  // A×B, A×C, B×C
}

}  // namespace
}  // namespace parley::report
