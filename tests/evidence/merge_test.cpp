// Merging reports into claims (evidence/merge.hpp), on claims written by hand.

#include "parley/evidence/merge.hpp"

#include <gtest/gtest.h>

namespace parley::evidence {
namespace {

Claim tanks(const std::string& doc, int line, double value) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.actor = "RUS";
  c.issue = "tank_count";
  c.stance = Stance::demand;
  c.value = value;
  c.unit = "tanks";
  c.sentence = "Moscow wants a cap of " + std::to_string(static_cast<int>(value)) + " tanks.";
  return c;
}

// Three reports of 342 tanks (two outlets) and one of 343: two merged claims, one disagreement.
TEST(MergeClaims, SameValueMergesDifferentValueDisagrees) {
  std::vector<Claim> claims = {tanks("a.txt", 3, 342), tanks("b.txt", 7, 343),
                               tanks("a.txt", 9, 342), tanks("c.txt", 1, 342)};
  claims[2].redline = true;
  const auto merged = merge_claims(claims);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(*merged[0].value, 342);
  ASSERT_EQ(merged[0].reports.size(), 3u);
  EXPECT_EQ(merged[0].outlets(), 2u);
  EXPECT_EQ(merged[0].reports[1], (Report{"a.txt", 9, "", claims[2].sentence, ""}));
  EXPECT_TRUE(merged[0].redline);
  EXPECT_EQ(merged[1].outlets(), 1u);
  const auto d = disagreements(merged);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].issue, "tank_count");
  ASSERT_EQ(d[0].claims.size(), 2u);
  EXPECT_EQ(*merged[d[0].claims[0]].value, 342);
  EXPECT_EQ(*merged[d[0].claims[1]].value, 343);
}

// A merged claim spans its reports' publication dates: the earliest and the latest, undated
// reports left out.
TEST(MergeClaims, FirstAndLatestDateOfTheReports) {
  std::vector<Claim> claims = {tanks("a.txt", 3, 342), tanks("b.txt", 7, 342),
                               tanks("c.txt", 1, 342), tanks("d.txt", 2, 343)};
  claims[0].date = "2025-05-14";
  claims[2].date = "2025-03-02";
  const auto merged = merge_claims(claims);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].first_date, "2025-03-02");
  EXPECT_EQ(merged[0].latest_date, "2025-05-14");
  EXPECT_EQ(merged[0].reports[1].date, "");
  EXPECT_EQ(merged[1].first_date, "");  // no dated report
  EXPECT_EQ(merged[1].latest_date, "");
}

// Direction, stance and actor keep claims apart; no value, no disagreement.
TEST(MergeClaims, DirectionStanceAndActorKeepClaimsApart) {
  Claim a;
  a.doc = "x.txt";
  a.actor = "UKR";
  a.issue = "nato_membership";
  a.stance = Stance::demand;
  Claim b = a;
  b.favours = false;
  Claim c = a;
  c.stance = Stance::offer;
  Claim d = a;
  d.actor = "USA";
  Claim e = a;
  e.line = 5;
  e.conditional = true;
  const auto merged = merge_claims({a, b, c, d, e});
  ASSERT_EQ(merged.size(), 4u);
  EXPECT_EQ(merged[0].reports.size(), 2u);
  EXPECT_FALSE(merged[0].conditional);  // one of its two reports is unconditional
  EXPECT_TRUE(disagreements(merged).empty());
}

}  // namespace
}  // namespace parley::evidence
