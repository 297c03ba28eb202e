// utility_grid: values read as exact fractions when they are, rounded to the tolerance or to a
// binary step otherwise; sums on the grid are exact and independent of the order of summation.
// Expected values worked out by hand.

#include "parley/bargain/utility_grid.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "parley/bargain/frontier.hpp"

namespace parley::bargain {
namespace {

TEST(AsFraction, RecoversDecimalAndEvaluationFractions) {
  std::int64_t num = 0, den = 0;
  ASSERT_TRUE(as_fraction(0.35 * 2.0 / 5.0, kMaxDenominator, num, den));  // 0.13999999999999999
  EXPECT_EQ(num, 7);
  EXPECT_EQ(den, 50);
  ASSERT_TRUE(as_fraction(0.05 * (3.0 / 7.0), kMaxDenominator, num, den));
  EXPECT_EQ(num, 3);
  EXPECT_EQ(den, 140);
  ASSERT_TRUE(as_fraction(-2.5, kMaxDenominator, num, den));
  EXPECT_EQ(num, -5);
  EXPECT_EQ(den, 2);
  ASSERT_TRUE(as_fraction(0.0, kMaxDenominator, num, den));
  EXPECT_EQ(num, 0);
  EXPECT_EQ(den, 1);
  ASSERT_TRUE(as_fraction(0.333333 * (12.0 / 30.0), kMaxDenominator, num, den));  // 0.1333332
  EXPECT_EQ(num, 333333);
  EXPECT_EQ(den, 2500000);
}

TEST(AsFraction, RefusesValuesWithoutASmallDenominator) {
  std::int64_t num = 0, den = 0;
  EXPECT_FALSE(as_fraction(0.2782188426525948, kMaxDenominator, num, den));  // 16 digits
  EXPECT_FALSE(as_fraction(3.141592653589793, kMaxDenominator, num, den));
  EXPECT_FALSE(as_fraction(1.0 / 3.0, 2, num, den));  // denominator 3 > 2
  EXPECT_FALSE(as_fraction(std::nan(""), kMaxDenominator, num, den));
}

// Two parties, two issues; party 0 written like a GENIUS profile, party 1 with arbitrary weights.
AdditiveSpace two_issue_space() {
  AdditiveSpace s;
  s.parties = {"A", "B"};
  s.issues = {{"x", "x", {"0", "1"}, {0, 1}}, {"y", "y", {"0", "1", "2"}, {0, 1, 2}}};
  // A: weights 0.35, 0.65; evaluations x: 2/5, 5/5; y: 0/4, 3/4, 4/4.
  // B: weights 0.2782188426525948 and its complement, evaluations linear.
  const double wb = 0.2782188426525948;
  s.contribution = {
      {0.35 * 2 / 5, wb * 1.0, 0.35 * 5 / 5, wb * 0.0},
      {0.65 * 0 / 4, (1 - wb) * 0.0, 0.65 * 3 / 4, (1 - wb) * 0.5, 0.65 * 4 / 4, (1 - wb) * 1.0}};
  s.acceptable = {std::vector<std::uint8_t>(4, 1), std::vector<std::uint8_t>(6, 1)};
  s.reservation = {0.2, 0.0};
  return s;
}

TEST(UtilityGrid, GeniusStylePartyIsExactOverItsCommonDenominator) {
  const UtilityGrid g = utility_grid(two_issue_space());
  // A's values: 7/50, 7/20, 0, 39/80, 13/20 and the reservation 1/5: lcm(50, 20, 80, 5) = 400.
  ASSERT_EQ(g.party[0].kind, GridKind::fraction);
  EXPECT_EQ(g.party[0].denominator, 400);
  EXPECT_EQ(g.value(0, 0, 0), 56);   // 7/50 = 56/400
  EXPECT_EQ(g.value(0, 1, 0), 140);  // 7/20
  EXPECT_EQ(g.value(1, 1, 0), 195);  // 39/80
  EXPECT_EQ(g.value(1, 2, 0), 260);  // 13/20
  EXPECT_EQ(g.reservation[0], 80);   // 1/5
  EXPECT_DOUBLE_EQ(g.to_utility(56 + 195, 0), 0.6275);
  EXPECT_EQ(g.party[0].describe(), "exact fractions over 400");
}

TEST(UtilityGrid, ArbitraryWeightsAreRoundedToTheTolerance) {
  AdditiveSpace s = two_issue_space();
  const UtilityGrid g = utility_grid(s);
  ASSERT_EQ(g.party[1].kind, GridKind::tolerance);
  EXPECT_EQ(g.party[1].step, 1e-9);
  EXPECT_EQ(g.value(0, 0, 1), 278218843);  // 0.2782188426525948 / 1e-9, rounded
  EXPECT_EQ(g.value(1, 1, 1), 360890579);  // (1 − 0.2782188426525948)·0.5 = 0.3608905786737026
  s.tolerance = 1e-3;
  EXPECT_EQ(utility_grid(s).value(0, 0, 1), 278);
  // A's denominator 400 is coarser than 1e-3: still exact. A tolerance of 0.01 is coarser than
  // 1/400, so A's values are rounded to hundredths too: 7/50 = 0.14 → 14, 39/80 = 0.4875 → 49.
  s.tolerance = 0.01;
  const UtilityGrid coarse = utility_grid(s);
  ASSERT_EQ(coarse.party[0].kind, GridKind::tolerance);
  EXPECT_EQ(coarse.value(0, 0, 0), 14);
  EXPECT_EQ(coarse.value(1, 1, 0), 49);
}

TEST(UtilityGrid, ZeroToleranceKeepsTheDoublesOnABinaryGrid) {
  AdditiveSpace s = two_issue_space();
  s.tolerance = 0;
  const UtilityGrid g = utility_grid(s);
  ASSERT_EQ(g.party[1].kind, GridKind::binary);
  // B's bound: max(w, 0) + max over y = 0.2782… + 0.7217… = 1.0 → 2^0 <= bound < 2^1, step 2^-60.
  EXPECT_EQ(g.party[1].step, 0x1p-60);
  EXPECT_DOUBLE_EQ(g.to_utility(g.value(0, 0, 1), 1), 0.2782188426525948);
  EXPECT_EQ(g.party[0].kind, GridKind::fraction);  // exact fractions need no tolerance
}

// A tie that floating point breaks: A gets 0.45 from 0.05 + 0.4 and from 0.1 + 0.35, but as
// doubles 0.05 + 0.4 = 0.45 > 0.1 + 0.35 = 0.44999999999999996.
//   x: a = (A 0.05, B 0.3), b = (A 0.1, B 0.1);  y: c = (A 0.4, B 0.1), d = (A 0.35, B 0.5)
//   (a,c) = (0.45, 0.4)  (a,d) = (0.4, 0.8)  (b,c) = (0.5, 0.2)  (b,d) = (0.45, 0.6)
// (b,d) dominates (a,c) (equal for A, better for B) and nothing else dominates anything: the
// frontier is (a,d), (b,d), (b,c). A comparison of the doubles keeps (a,c) as well.
TEST(UtilityGrid, MathematicallyEqualSumsTieExactly) {
  ASSERT_GT(0.05 + 0.4, 0.1 + 0.35);
  AdditiveSpace s;
  s.parties = {"A", "B"};
  s.issues = {{"x", "x", {"a", "b"}, {0, 1}}, {"y", "y", {"c", "d"}, {0, 1}}};
  s.contribution = {{0.05, 0.3, 0.1, 0.1}, {0.4, 0.1, 0.35, 0.5}};
  s.acceptable = {std::vector<std::uint8_t>(4, 1), std::vector<std::uint8_t>(4, 1)};
  s.reservation = {0.0, 0.0};
  for (const double tolerance : {1e-9, 0.0}) {
    s.tolerance = tolerance;
    for (const Frontier& f : {merge_frontier(s), brute_force_frontier(s)}) {
      ASSERT_EQ(f.size(), 3u) << "tolerance " << tolerance;
      EXPECT_EQ(f.examples[0], (Package{0, 1}));  // (0.4, 0.8)
      EXPECT_EQ(f.examples[1], (Package{1, 1}));  // (0.45, 0.6)
      EXPECT_EQ(f.examples[2], (Package{1, 0}));  // (0.5, 0.2)
      EXPECT_EQ(f.point(1)[0], 0.45);             // the exact value, not 0.44999999999999996
    }
  }
}

TEST(UtilityGrid, TiedSumsAreOneFrontierPointWithTwoPackages) {
  // A: x ∈ {0.35, 0.3}, y ∈ {0.365, 0.415}; B: x ∈ {0.2, 0.25}, y ∈ {0.4, 0.35}. Packages (a,c)
  // and (b,d) give A 0.715 both (0.35 + 0.365 = 0.3 + 0.415 = 0.715) and B 0.6 both: one point
  // with two packages, although the doubles 0.35 + 0.365 and 0.3 + 0.415 differ.
  AdditiveSpace s;
  s.parties = {"A", "B"};
  s.issues = {{"x", "x", {"a", "b"}, {0, 1}}, {"y", "y", {"c", "d"}, {0, 1}}};
  s.contribution = {{0.35, 0.2, 0.3, 0.25}, {0.365, 0.4, 0.415, 0.35}};
  s.acceptable = {std::vector<std::uint8_t>(4, 1), std::vector<std::uint8_t>(4, 1)};
  s.reservation = {0.0, 0.0};
  for (const Frontier& f : {merge_frontier(s), brute_force_frontier(s)}) {
    // (a,c) = (0.715, 0.6), (a,d) = (0.765, 0.55), (b,c) = (0.665, 0.65), (b,d) = (0.715, 0.6).
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f.frontier_packages, BigCount(4));
    EXPECT_EQ(f.package_counts[1], BigCount(2));  // lexicographic order: 0.665, 0.715, 0.765
    EXPECT_DOUBLE_EQ(f.point(1)[0], 0.715);
    EXPECT_DOUBLE_EQ(f.point(1)[1], 0.6);
  }
}

TEST(UtilityGrid, SumsStayWithinSixtyOneBits) {
  AdditiveSpace s = two_issue_space();
  s.tolerance = 0;
  for (auto& row : s.contribution)
    for (double& v : row) v *= 1e300;  // huge but finite utilities
  s.reservation = {0.0, 0.0};
  const UtilityGrid g = utility_grid(s);
  for (std::size_t p = 0; p < 2; ++p) {
    const std::int64_t limit = std::int64_t{1} << 61;
    EXPECT_LT(std::abs(g.value(0, 1, p)) + std::abs(g.value(1, 2, p)), limit);
  }
}

}  // namespace
}  // namespace parley::bargain
