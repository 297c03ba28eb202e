// One round of the expected-utility model between two actors, worked out by hand: the risk
// exponents, the offers (compromise, capitulation, conflict) and the moves.
//
// Actors A at 0 and B at 1 on a scale 0..1 (so d = 1), weights w = c·s, Q = T = 1.
// Votes on A vs B: A gives w_A (1 − 0) = w_A to A, B gives w_B to B; with d^r = 1 or 0 the votes
// are the same for every r. Per contest P_AB = max(0, w_A − w_B) / (w_A + w_B), P_BA = 0 when
// w_A > w_B; all pairs: both contests, both voters: 2 (w_A + w_B), P_AB = w_A / (2 (w_A + w_B)).
// First pass (r = 1): E(U_ji) = 2d (1 − 2 s_i (1 − P_ji)), the security level of i with one other
// actor; the more exposed actor gets R = 1, r = 0.5, the other R = −1, r = 2.
// Second pass, i's view with its r: U_s = 2 − 4·0^r = 2, U_f = 2 − 4·1^r = −2, so
// E_i = E^i(U_ij) = 2 − 4 s_j (1 − P_ij) − U_sq(r_i) and E_j = E^i(U_ji) = 2 − 4 s_i (1 − P_ji) −
// U_sq(r_i), with U_sq(0.5) = 2 − 2√2 and U_sq(2) = 1.

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

const double kRootTwo = std::sqrt(2.0);

ExpectedUtilityIssue two_actor_round(double c_a, double s_a, double c_b, double s_b,
                                     SuccessProbability kind) {
  ExpectedUtilityWorkspace workspace;
  ExpectedUtilityOptions options;
  options.probability = kind;
  const std::vector<double> position{0, 1};
  workspace.run(position, std::vector<double>{c_a, c_b}, std::vector<double>{s_a, s_b}, 0, 1,
                options);
  return workspace.record();
}

TEST(ExpectedUtilityOffers, CompromisePerContest) {
  // c = (3, 1), s = (1, 0.5): w = (3, 0.5), P_AB = 2.5 / 3.5 = 5/7, P_BA = 0.
  // Security: A: 2 (1 − 2·1·1) = −2; B: 2 (1 − 2·0.5·2/7) = 10/7 → r_A = 2, r_B = 0.5.
  // B's view: E_B = 2 − 4·1·1 − (2 − 2√2) = 2√2 − 4 ≈ −1.1716,
  //           E_A = 2 − 4·0.5·2/7 − (2 − 2√2) = 2√2 − 4/7 ≈ 2.2570:
  // E_B < 0 < E_A and |E_B| < E_A: B compromises, to 1 − (4 − 2√2) / (2√2 − 4/7) ≈ 0.48092.
  // A's view (r = 2): E_A = 2 − 4·0.5·2/7 − 1 = 3/7 > 0, E_B = 2 − 4 − 1 = −3: A stays.
  const ExpectedUtilityIssue issue = two_actor_round(3, 1, 1, 0.5, SuccessProbability::per_contest);
  ASSERT_GE(issue.rounds.size(), 2u);
  ASSERT_EQ(issue.rounds[1].risk.size(), 2u);
  EXPECT_NEAR(issue.rounds[1].risk[0], 2.0, 1e-15);
  EXPECT_NEAR(issue.rounds[1].risk[1], 0.5, 1e-15);
  ASSERT_EQ(issue.rounds[1].offers.size(), 1u);
  const AcceptedOffer& offer = issue.rounds[1].offers[0];
  EXPECT_EQ(offer.actor, 1u);
  EXPECT_EQ(offer.from, 0u);
  EXPECT_EQ(offer.kind, OfferKind::compromise);
  EXPECT_NEAR(offer.actor_utility, 2 * kRootTwo - 4, 1e-12);
  EXPECT_NEAR(offer.from_utility, 2 * kRootTwo - 4.0 / 7, 1e-12);
  const double moved = 1 - (4 - 2 * kRootTwo) / (2 * kRootTwo - 4.0 / 7);
  EXPECT_NEAR(offer.position, moved, 1e-12);
  EXPECT_EQ(issue.trajectory.position(1, 0, 0), 0.0);
  EXPECT_NEAR(issue.trajectory.position(1, 1, 0), moved, 1e-12);
}

TEST(ExpectedUtilityOffers, CompromiseAllPairs) {
  // The same actors: P_AB = 3 / 7, P_BA = 0.5 / 7 = 1/14.
  // Security: A: 2 (1 − 2·13/14) = −12/7; B: 2 (1 − 2·0.5·4/7) = 6/7 → r_A = 2, r_B = 0.5.
  // B's view: E_B = 2 − 4·13/14 − (2 − 2√2) = 2√2 − 26/7 ≈ −0.8859,
  //           E_A = 2 − 4·0.5·4/7 − (2 − 2√2) = 2√2 − 8/7 ≈ 1.6856: B compromises,
  // to 1 − (26/7 − 2√2) / (2√2 − 8/7) ≈ 0.47445. A's view: E_A = 1 − 8/7 < 0, E_B = 1 − 26/7 < 0.
  const ExpectedUtilityIssue issue = two_actor_round(3, 1, 1, 0.5, SuccessProbability::all_pairs);
  ASSERT_EQ(issue.rounds[1].offers.size(), 1u);
  const AcceptedOffer& offer = issue.rounds[1].offers[0];
  EXPECT_EQ(offer.kind, OfferKind::compromise);
  EXPECT_NEAR(offer.actor_utility, 2 * kRootTwo - 26.0 / 7, 1e-12);
  EXPECT_NEAR(offer.from_utility, 2 * kRootTwo - 8.0 / 7, 1e-12);
  EXPECT_NEAR(issue.trajectory.position(1, 1, 0),
              1 - (26.0 / 7 - 2 * kRootTwo) / (2 * kRootTwo - 8.0 / 7), 1e-12);
}

TEST(ExpectedUtilityOffers, Capitulation) {
  // c = (3, 1), s = (1, 1): w = (3, 1), per contest P_AB = 2/4 = 0.5, P_BA = 0.
  // Security: A: 2 (1 − 2) = −2; B: 2 (1 − 2·0.5) = 0 → r_A = 2, r_B = 0.5.
  // B's view: E_B = 2 − 4 − (2 − 2√2) = 2√2 − 4 ≈ −1.1716, E_A = 2 − 2 − (2 − 2√2) = 2√2 − 2
  // ≈ 0.8284: |E_B| >= E_A, B capitulates and moves to 0. A's view: E_A = 2 − 2 − 1 = −1: A stays.
  // Round 2: both at 0, no contest: nothing moves, the run has converged.
  const ExpectedUtilityIssue issue = two_actor_round(3, 1, 1, 1, SuccessProbability::per_contest);
  ASSERT_EQ(issue.rounds[1].offers.size(), 1u);
  const AcceptedOffer& offer = issue.rounds[1].offers[0];
  EXPECT_EQ(offer.kind, OfferKind::capitulation);
  EXPECT_NEAR(offer.actor_utility, 2 * kRootTwo - 4, 1e-12);
  EXPECT_NEAR(offer.from_utility, 2 * kRootTwo - 2, 1e-12);
  EXPECT_EQ(offer.position, 0.0);
  EXPECT_EQ(issue.trajectory.stop, Stop::converged);
  ASSERT_EQ(issue.trajectory.rounds.size(), 3u);
  EXPECT_EQ(issue.trajectory.rounds[2].positions, (std::vector<double>{0.0, 0.0}));
  EXPECT_TRUE(issue.rounds[2].offers.empty());
}

TEST(ExpectedUtilityOffers, Conflict) {
  // c = (3, 1), s = (0.5, 0.5): w = (1.5, 0.5), per contest P_AB = 1/2 = 0.5, P_BA = 0.
  // Security: A: 2 (1 − 2·0.5) = 0; B: 2 (1 − 2·0.5·0.5) = 1 → r_A = 2, r_B = 0.5.
  // B's view: E_B = 2 − 4·0.5 − (2 − 2√2) = 2√2 − 2 ≈ 0.8284, E_A = 2 − 4·0.5·0.5 − (2 − 2√2)
  // = 2√2 − 1 ≈ 1.8284: 0 < E_B < E_A, B loses the conflict and moves to 0.
  // A's view: E_A = 2 − 1 − 1 = 0: no offer for A.
  const ExpectedUtilityIssue issue =
      two_actor_round(3, 0.5, 1, 0.5, SuccessProbability::per_contest);
  ASSERT_EQ(issue.rounds[1].offers.size(), 1u);
  const AcceptedOffer& offer = issue.rounds[1].offers[0];
  EXPECT_EQ(offer.actor, 1u);
  EXPECT_EQ(offer.kind, OfferKind::conflict);
  EXPECT_NEAR(offer.actor_utility, 2 * kRootTwo - 2, 1e-12);
  EXPECT_NEAR(offer.from_utility, 2 * kRootTwo - 1, 1e-12);
  EXPECT_EQ(issue.trajectory.position(1, 1, 0), 0.0);
}

TEST(ExpectedUtilityOffers, KindsAreNamed) {
  EXPECT_STREQ(to_string(OfferKind::conflict), "conflict");
  EXPECT_STREQ(to_string(OfferKind::compromise), "compromise");
  EXPECT_STREQ(to_string(OfferKind::capitulation), "capitulation");
  EXPECT_STREQ(to_string(SuccessProbability::per_contest), "per contest");
  EXPECT_STREQ(to_string(SuccessProbability::all_pairs), "all pairs");
}

}  // namespace
}  // namespace parley::forecast
