// The opening plan (bargain/zopa.hpp): when red lines collide on issues, where the parties would
// meet with the least crossing, and what zone that opens. Worked out on paper.
//
// Space (the same as hand_worked_test's): parties A, B; issue X (levels 0,1,2), issue Y (levels
// 0,1); contributions (A, B): X: 0 → (.625, 0), 1 → (.5, .25), 2 → (0, .5); Y: 0 → (.375, .25), 1 →
// (0, .5). Packages: (0,0)=(1,.25) (0,1)=(.625,.5) (1,0)=(.875,.5) (1,1)=(.5,.75) (2,0)=(.375,.75)
// (2,1)=(0,1).

#include <gtest/gtest.h>

#include <string>

#include "bargain/hand_worked_space.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::bargain {
namespace {

using test::two_by_two;

// A accepts only x0, B only x2. Crossing per level of X: x0 → B 2 away = 2; x1 → 1 + 1 = 2;
// x2 → A 2 away = 2: all three meet, the least crossing is 2, the whole scale (width 2).
// Opened, all six packages are acceptable and rational at reservations 0.
TEST(OpeningPlan, TwoPartiesMeetAnywhereInTheGap) {
  auto s = two_by_two();
  s.acceptable[0] = {1, 0, 0, 0, 0, 1};  // x0: A only; x1: nobody; x2: B only
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.empty());
  ASSERT_TRUE(z.plan.has_value());
  ASSERT_EQ(z.plan->gaps.size(), 1u);
  const RedLineGap& gap = z.plan->gaps[0];
  EXPECT_EQ(gap.issue, 0u);
  ASSERT_EQ(gap.accepted.size(), 2u);
  EXPECT_TRUE(gap.accepted[0].accepts_any);
  EXPECT_EQ(gap.accepted[0].first, 0u);
  EXPECT_EQ(gap.accepted[0].last, 0u);
  EXPECT_EQ(gap.accepted[1].first, 2u);
  EXPECT_EQ(gap.accepted[1].last, 2u);
  EXPECT_EQ(gap.meeting_levels, (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_DOUBLE_EQ(gap.crossing, 2.0);
  EXPECT_DOUBLE_EQ(gap.share, 1.0);
  EXPECT_TRUE(z.plan->opens());
  EXPECT_TRUE(z.plan->size.exact);
  EXPECT_EQ(z.plan->size.count, 6);
  EXPECT_TRUE(z.plan->further.empty());
}

// Three parties on one issue of five levels 0..4: A accepts 0, B accepts 4, C accepts 2..4.
// Crossing: l=0 → 0+4+2 = 6; l=1 → 1+3+1 = 5; l=2 → 2+2+0 = 4; l=3 → 3+1+0 = 4;
// l=4 → 4+0+0 = 4. They meet at 2, 3 and 4 with a crossing of 4 (the scale's width).
TEST(OpeningPlan, ThreePartiesMeetWhereTheTotalCrossingIsLeast) {
  AdditiveSpace s;
  s.parties = {"A", "B", "C"};
  s.issues = {{"X", "X", {"0", "1", "2", "3", "4"}, {0, 1, 2, 3, 4}}};
  s.contribution = {std::vector<double>(15, 0.0)};
  s.acceptable = {{1, 0, 0,  //
                   0, 0, 0,  //
                   0, 0, 1,  //
                   0, 0, 1,  //
                   0, 1, 1}};
  s.reservation = {0, 0, 0};
  const Zopa z = zone_of_possible_agreement(s);
  ASSERT_TRUE(z.plan.has_value());
  ASSERT_EQ(z.plan->gaps.size(), 1u);
  EXPECT_EQ(z.plan->gaps[0].meeting_levels, (std::vector<std::uint32_t>{2, 3, 4}));
  EXPECT_DOUBLE_EQ(z.plan->gaps[0].crossing, 4.0);
  EXPECT_DOUBLE_EQ(z.plan->gaps[0].share, 1.0);
  EXPECT_EQ(z.plan->gaps[0].accepted[2].first, 2u);
  EXPECT_EQ(z.plan->gaps[0].accepted[2].last, 4u);
  // Opened at 2, 3 and 4, each worth 0 to all: three packages at reservation 0.
  EXPECT_TRUE(z.plan->opens());
  EXPECT_EQ(z.plan->size.count, 3);
}

// The collision on X opened, reservations (1, 1) still leave nothing rational: the further
// single relaxations, on the opened space. B alone: the best u_B with u_A >= 1 is (0,0) = .25,
// a drop of .75; A alone: the best u_A with u_B >= 1 is (2,1) = 0, a drop of 1.
TEST(OpeningPlan, ReservationsCanStillKeepItClosed) {
  auto s = two_by_two();
  s.acceptable[0] = {1, 0, 0, 0, 0, 1};
  s.reservation = {1, 1};
  const Zopa z = zone_of_possible_agreement(s);
  ASSERT_TRUE(z.plan.has_value());
  EXPECT_FALSE(z.plan->opens());
  ASSERT_EQ(z.plan->further.size(), 2u);
  EXPECT_EQ(z.plan->further[0].kind, Relaxation::Kind::reservation);
  EXPECT_EQ(z.plan->further[0].party, 1u);
  EXPECT_DOUBLE_EQ(z.plan->further[0].amount, 0.75);
  EXPECT_EQ(z.plan->further[1].party, 0u);
  EXPECT_DOUBLE_EQ(z.plan->further[1].amount, 1.0);
}

// Two colliding issues: no single relaxation opens the zone, the plan opens both. Y: A accepts
// only y0, B only y1 (crossing 1 at either level). X as in the first test.
TEST(OpeningPlan, OpensEveryCollisionAtOnce) {
  auto s = two_by_two();
  s.acceptable[0] = {1, 0, 0, 0, 0, 1};
  s.acceptable[1] = {1, 0, 0, 1};
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.empty());
  for (const auto& r : z.relaxations) EXPECT_NE(r.kind, Relaxation::Kind::red_line);
  ASSERT_TRUE(z.plan.has_value());
  ASSERT_EQ(z.plan->gaps.size(), 2u);
  EXPECT_EQ(z.plan->gaps[1].issue, 1u);
  EXPECT_EQ(z.plan->gaps[1].meeting_levels, (std::vector<std::uint32_t>{0, 1}));
  EXPECT_DOUBLE_EQ(z.plan->gaps[1].crossing, 1.0);
  EXPECT_TRUE(z.plan->opens());
  EXPECT_EQ(z.plan->size.count, 6);
}

// Without a collision there is no plan, whether or not the zone is empty.
TEST(OpeningPlan, NoneWithoutCollisions) {
  auto s = two_by_two();
  EXPECT_FALSE(zone_of_possible_agreement(s).plan.has_value());
  s.reservation = {0.625, 0.5625};  // empty because of the reservations alone
  const Zopa z = zone_of_possible_agreement(s);
  EXPECT_TRUE(z.empty());
  EXPECT_FALSE(z.plan.has_value());
}

}  // namespace
}  // namespace parley::bargain
