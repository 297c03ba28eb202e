// Small spaces worked out on paper (values are multiples of 1/8, exact in binary).
//
// Parties A, B. Issue X (levels 0,1,2), issue Y (levels 0,1); contributions (A, B):
//   X: 0 → (0.625, 0)   1 → (0.5, 0.25)   2 → (0, 0.5)
//   Y: 0 → (0.375, 0.25)                  1 → (0, 0.5)
// Packages: (0,0)=(1, .25) (0,1)=(.625,.5) (1,0)=(.875,.5) (1,1)=(.5,.75) (2,0)=(.375,.75)
//           (2,1)=(0, 1).  (0,1) is dominated by (1,0); (2,0) by (1,1).
// Frontier, lexicographic: (0,1)←(2,1), (.5,.75)←(1,1), (.875,.5)←(1,0), (1,.25)←(0,0).
// Nash d=0: products 0, .375, .4375, .25 → (.875,.5).  d=(0,.25) (B's worst = .25):
//   (.5)(.5)=.25, (.875)(.25)=.21875, (1)(0) excluded → (.5,.75).
// KS ideal-scaled (U=(1,1)): min ratios 0, .5, .5, .25, tie → larger sum 1.375 → (.875,.5).
// KS GENIUS: gaps 1, .25, .375, .75 → (.5,.75).  Egalitarian: same tie as KS → (.875,.5).
// Utilitarian: sums 1, 1.25, 1.375, 1.25 → (.875,.5). Ideal packages: A (0,0)=1, B (2,1)=1.

#include <gtest/gtest.h>

#include <string>

#include "bargain/hand_worked_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/package_count.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::bargain {
namespace {

using test::two_by_two;

void expect_points(const Frontier& f, const std::vector<std::vector<double>>& points,
                   const std::vector<Package>& packages) {
  ASSERT_EQ(f.size(), points.size());
  for (std::size_t k = 0; k < points.size(); ++k) {
    EXPECT_DOUBLE_EQ(f.point(k)[0], points[k][0]) << k;
    EXPECT_DOUBLE_EQ(f.point(k)[1], points[k][1]) << k;
    EXPECT_EQ(f.package_counts[k], 1) << k;
    EXPECT_EQ(f.packages_of(k, 10), std::vector<Package>{packages[k]}) << k;
  }
}

TEST(HandWorked, Frontier) {
  const auto s = two_by_two();
  const std::vector<std::vector<double>> pts = {{0, 1}, {0.5, 0.75}, {0.875, 0.5}, {1, 0.25}};
  const std::vector<Package> pk = {{2, 1}, {1, 1}, {1, 0}, {0, 0}};
  for (const Frontier& f : {brute_force_frontier(s), merge_frontier(s)}) {
    expect_points(f, pts, pk);
    EXPECT_EQ(f.space_packages, 6);
    EXPECT_EQ(f.acceptable_packages, 6);
    EXPECT_EQ(f.frontier_packages, 4);
  }
}

TEST(HandWorked, Solutions) {
  const auto s = two_by_two();
  const Frontier f = merge_frontier(s);
  const auto n0 = nash(s, f, NashDisagreement::reservation);
  ASSERT_TRUE(n0);
  EXPECT_EQ(n0->package, (Package{1, 0}));
  EXPECT_EQ(n0->utility, (std::vector<double>{0.875, 0.5}));
  EXPECT_EQ(n0->concession, (std::vector<double>{0.125, 0.5}));
  const auto n1 = nash(s, f, NashDisagreement::max_reservation_worst);
  ASSERT_TRUE(n1);
  EXPECT_EQ(n1->disagreement, (std::vector<double>{0, 0.25}));
  EXPECT_EQ(n1->package, (Package{1, 1}));
  EXPECT_EQ(n1->concession, (std::vector<double>{0.5, 0.25}));
  EXPECT_EQ(kalai_smorodinsky(s, f, KsDefinition::ideal_scaled)->package, (Package{1, 0}));
  EXPECT_EQ(kalai_smorodinsky(s, f, KsDefinition::genius_min_pairwise_gap)->package,
            (Package{1, 1}));
  EXPECT_DOUBLE_EQ(kalai_smorodinsky(s, f, KsDefinition::genius_min_pairwise_gap)->score, 0.25);
  EXPECT_EQ(egalitarian(s, f)->package, (Package{1, 0}));
  EXPECT_EQ(utilitarian(s, f)->package, (Package{1, 0}));
  EXPECT_DOUBLE_EQ(utilitarian(s, f)->score, 1.375);
  EXPECT_EQ(all_solutions(s, f).size(), 6u);
  const PartyBounds b = party_bounds(s);
  EXPECT_EQ(b.best, (std::vector<double>{1, 1}));
  EXPECT_EQ(b.worst, (std::vector<double>{0, 0.25}));
  EXPECT_EQ(b.ideal, (std::vector<Package>{{0, 0}, {2, 1}}));
}

// B rejects X = x0: packages (1,0) (.875,.5), (1,1) (.5,.75), (2,0) (.375,.75), (2,1) (0,1).
TEST(HandWorked, RedLineRemovesLevels) {
  auto s = two_by_two();
  s.acceptable[0][0 * 2 + 1] = 0;
  for (const Frontier& f : {brute_force_frontier(s), merge_frontier(s)}) {
    expect_points(f, {{0, 1}, {0.5, 0.75}, {0.875, 0.5}}, {{2, 1}, {1, 1}, {1, 0}});
    EXPECT_EQ(f.acceptable_packages, 4);
  }
}

// Reservations (0.5, 0.5): rational points (.5,.75) and (.875,.5).
TEST(HandWorked, ReservationsFilter) {
  auto s = two_by_two();
  s.reservation = {0.5, 0.5};
  FrontierOptions o;
  o.rational_only = true;
  for (const Frontier& f :
       {brute_force_frontier(s, o), merge_frontier(s, o), rational_part(merge_frontier(s))})
    expect_points(f, {{0.5, 0.75}, {0.875, 0.5}}, {{1, 1}, {1, 0}});
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.size.exact);
  EXPECT_EQ(z.size.count, 3);        // (0,1) = (.625,.5), (1,0), (1,1)
  EXPECT_EQ(z.size.on_frontier, 2);  // (1,0), (1,1)
  EXPECT_TRUE(z.relaxations.empty());
  ASSERT_GE(z.sample.size(), 3u);
  EXPECT_EQ(z.sample[0], (Package{1, 1}));  // frontier points first, lexicographic order
  EXPECT_EQ(z.sample[1], (Package{1, 0}));
  EXPECT_EQ(z.sample[2], (Package{0, 1}));
}

// Reservations (.625, .5625): no point has u_A >= .625 and u_B >= .5625.
//   A alone: best u_A among points with u_B >= .5625: (0,1), (.5,.75) → .5, a drop of .125.
//   B alone: best u_B among points with u_A >= .625: (.875,.5), (1,.25) → .5, a drop of .0625.
TEST(HandWorked, EmptyZopaReservationRelaxations) {
  auto s = two_by_two();
  s.reservation = {0.625, 0.5625};
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.empty());
  EXPECT_EQ(z.size.count, 0);
  EXPECT_TRUE(z.sample.empty());
  ASSERT_EQ(z.relaxations.size(), 2u);  // no red lines to relax
  EXPECT_EQ(z.relaxations[0].kind, Relaxation::Kind::reservation);
  EXPECT_EQ(z.relaxations[0].party, 1u);
  EXPECT_DOUBLE_EQ(z.relaxations[0].amount, 0.0625);
  EXPECT_DOUBLE_EQ(z.relaxations[0].new_reservation, 0.5);
  EXPECT_EQ(z.relaxations[1].party, 0u);
  EXPECT_DOUBLE_EQ(z.relaxations[1].amount, 0.125);
  EXPECT_FALSE(nash(s, merge_frontier(s)).has_value());
}

// B rejects X = x0 and reservations are (.9375, .25): the acceptable packages give A at most
// .875. A alone: best u_A with u_B >= .25 is .875 (drop .0625). B alone cannot help (no
// acceptable point has u_A >= .9375). B dropping its red line on X opens (0,0) = (1, .25):
// level x0 is 1 level (1.0 on the scale) beyond B's red line.
TEST(HandWorked, EmptyZopaRedLineRelaxation) {
  auto s = two_by_two();
  s.acceptable[0][0 * 2 + 1] = 0;
  s.reservation = {0.9375, 0.25};
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.empty());
  ASSERT_EQ(z.relaxations.size(), 2u);
  EXPECT_EQ(z.relaxations[0].kind, Relaxation::Kind::reservation);
  EXPECT_EQ(z.relaxations[0].party, 0u);
  EXPECT_DOUBLE_EQ(z.relaxations[0].amount, 0.0625);
  EXPECT_EQ(z.relaxations[1].kind, Relaxation::Kind::red_line);
  EXPECT_EQ(z.relaxations[1].party, 1u);
  EXPECT_EQ(z.relaxations[1].issue, 0u);
  EXPECT_EQ(z.relaxations[1].level, 0u);
  EXPECT_EQ(z.relaxations[1].levels_beyond, 1u);
  EXPECT_DOUBLE_EQ(z.relaxations[1].amount, 1.0);
}

// I issues of 10 levels: 10^I packages.
AdditiveSpace wide(std::size_t issues, bool indifferent) {
  AdditiveSpace s;
  s.parties = {"A", "B", "C"};
  s.reservation = {0, 0, 0};
  for (std::size_t i = 0; i < issues; ++i) {
    IssueAxis axis{"i" + std::to_string(i), "", {}, {}};
    std::vector<double> v;
    for (std::size_t l = 0; l < 10; ++l) {
      axis.level_labels.push_back(std::to_string(l));
      axis.level_points.push_back(static_cast<double>(l));
      // Issue 0 trades A against B (levels 0..9 → (l, 9 − l, 0)/8); the others, when
      // indifferent, are worth nothing to anyone.
      const bool zero = indifferent && i > 0;
      v.push_back(zero ? 0 : l / 8.0);
      v.push_back(zero ? 0 : (9 - l) / 8.0);
      v.push_back(0);
    }
    s.issues.push_back(axis);
    s.contribution.push_back(v);
    s.acceptable.push_back(std::vector<std::uint8_t>(30, 1));
  }
  return s;
}

TEST(PackageCount, BeyondSixtyFourBits) {
  const auto s20 = wide(20, false);
  EXPECT_EQ(package_count(s20), BigCount("100000000000000000000"));
  EXPECT_GT(package_count(s20), BigCount(UINT64_MAX));
  EXPECT_EQ(with_thousands_separators(package_count(s20)), "100,000,000,000,000,000,000");
  EXPECT_EQ(scientific(package_count(s20)), "1.00e+20");
  const auto s60 = wide(60, false);
  EXPECT_GT(package_count(s60), BigCount(1) << 128);
  EXPECT_EQ(scientific(package_count(s60), 3), "1.000e+60");
  EXPECT_EQ(with_thousands_separators(999), "999");
  EXPECT_EQ(with_thousands_separators(1000), "1,000");
  EXPECT_EQ(scientific(BigCount(123456)), "1.23e+5");
  EXPECT_EQ(scientific(BigCount(999999)), "1.00e+6");
}

// Issue 0 gives 10 frontier points (l, 9 − l, 0)/8; each of the 29 indifferent issues multiplies
// every point's packages by 10: 10^29 packages per point, 10^30 on the frontier (> 2^64).
TEST(PackageCount, FrontierCountsBeyondSixtyFourBits) {
  const Frontier f = merge_frontier(wide(30, true));
  ASSERT_EQ(f.size(), 10u);
  EXPECT_TRUE(f.counts_exact);
  for (std::size_t k = 0; k < 10; ++k)
    EXPECT_EQ(f.package_counts[k], BigCount("1" + std::string(29, '0')));
  EXPECT_EQ(f.frontier_packages, BigCount("1" + std::string(30, '0')));
  EXPECT_EQ(f.packages_of(0, 25).size(), 25u);  // enumeration stops at the limit
  // 10^40 per point does not fit 128 bits: flagged, never silently wrong.
  EXPECT_FALSE(merge_frontier(wide(41, true)).counts_exact);
}

}  // namespace
}  // namespace parley::bargain
