// What the analysis of the embedded peace-talks scenario must find, worked out by hand from
// examples/peace-talks.yaml: where the sources' red lines collide, and that the bargaining
// section then shows how a zone would open.

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "parley/analysis/analysis.hpp"
#include "parley/analysis/inputs.hpp"

namespace parley::analysis {
namespace {

const Analysis& peace_talks() {
  static const Analysis a = analyse(load_scenario(""));
  return a;
}

// Collisions, read off the file's red lines (what each accepts):
//   territory  RUS only withdraw_all_five; UKR up to freeze_line; EUR, others: none.
//   nato_expansion  RUS only written_ban; UKR from political_pledge; NATO from de_facto_pause.
//   army_size  RUS up to 140,000; UKR from 195,000.  tank_count  495 / 647.
//   missile_range  120 / 200.
// No other issue has two actors with disjoint ranges: security guarantees meet at bilateral,
// neutrality between declared and treaty, military aid at restricted, exercises at
// guarantor consent, NATO membership at renounced (UKR accepts all, USA up to open_path).
TEST(PeaceTalksAnalysis, RedLinesCollideWhereTheSourcesSay) {
  std::set<std::tuple<std::string, std::string, std::string>> found;
  for (const auto& c : peace_talks().collisions) found.insert({c.issue, c.lower, c.upper});
  const std::set<std::tuple<std::string, std::string, std::string>> expected = {
      {"territory", "UKR", "RUS"},       {"nato_expansion", "RUS", "UKR"},
      {"nato_expansion", "RUS", "NATO"}, {"army_size", "RUS", "UKR"},
      {"tank_count", "RUS", "UKR"},      {"missile_range", "RUS", "UKR"}};
  EXPECT_EQ(found, expected);
  for (const auto& c : peace_talks().collisions) {
    if (c.issue == "army_size") {
      EXPECT_DOUBLE_EQ(c.gap, 55000);
    }
    if (c.issue == "territory") {
      EXPECT_DOUBLE_EQ(c.gap, 2);  // freeze_line → withdraw_all_five
    }
  }
}

// Between the two parties the zone is empty, no single step opens it, and the opening plan
// names the five colliding issues in scenario order.
TEST(PeaceTalksAnalysis, BargainingShowsHowAZoneWouldOpen) {
  ASSERT_TRUE(peace_talks().bargaining.has_value());
  const Bargaining& b = *peace_talks().bargaining;
  EXPECT_TRUE(b.zopa.empty());
  ASSERT_TRUE(b.zopa.plan.has_value());
  std::vector<std::string> issues;
  for (const auto& gap : b.zopa.plan->gaps) issues.push_back(b.space.issues[gap.issue].id);
  EXPECT_EQ(issues, (std::vector<std::string>{"territory", "nato_expansion", "army_size",
                                              "tank_count", "missile_range"}));
  // Territory: RUS accepts only withdraw_all_five (level 4), UKR up to freeze_line (level 2);
  // they meet anywhere from freeze_line to withdraw_all_five, 2 steps of 4 in all.
  const auto& territory = b.zopa.plan->gaps[0];
  EXPECT_EQ(territory.meeting_levels, (std::vector<std::uint32_t>{2, 3, 4}));
  EXPECT_DOUBLE_EQ(territory.crossing, 2);
  EXPECT_DOUBLE_EQ(territory.share, 0.5);
}

}  // namespace
}  // namespace parley::analysis
