// The expected-utility model's terms (expected_utility.hpp, namespace expected_utility), each
// worked out by hand.

#include <gtest/gtest.h>

#include <cmath>

#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

using namespace expected_utility;

TEST(ExpectedUtilityTerms, UtilitiesOfSuccessFailureAndStatusQuo) {
  // d = 0.5, r = 1: U_s = 2 − 4·0.25 = 1, U_f = 2 − 4·0.75 = −1, U_sq = 2 − 4·0.5 = 0.
  EXPECT_DOUBLE_EQ(success_utility(0.5, 1), 1.0);
  EXPECT_DOUBLE_EQ(failure_utility(0.5, 1), -1.0);
  EXPECT_DOUBLE_EQ(status_quo_utility(1), 0.0);
  // r = 2: U_s = 2 − 4·0.25² = 1.75, U_f = 2 − 4·0.75² = −0.25, U_sq = 2 − 4·0.25 = 1.
  EXPECT_DOUBLE_EQ(success_utility(0.5, 2), 1.75);
  EXPECT_DOUBLE_EQ(failure_utility(0.5, 2), -0.25);
  EXPECT_DOUBLE_EQ(status_quo_utility(2), 1.0);
  // r = 0.5: U_sq = 2 − 4·√0.5 = 2 − 2√2; at d = 1 a success is worth 2, a failure −2.
  EXPECT_NEAR(status_quo_utility(0.5), 2 - 2 * std::sqrt(2.0), 1e-15);
  EXPECT_DOUBLE_EQ(success_utility(1, 0.5), 2.0);
  EXPECT_DOUBLE_EQ(failure_utility(1, 0.5), -2.0);
}

TEST(ExpectedUtilityTerms, UtilitiesOfChangeWithoutChallenge) {
  // d = 0.4, e = 0.2: the bases are 0.5 ∓ 0.25·0.6 = 0.35 and 0.65.
  // r = 1: U_b = 2 − 1.4 = 0.6, U_w = 2 − 2.6 = −0.6; r = 2: 2 − 4·0.1225 = 1.51, 2 − 4·0.4225 =
  // 0.31.
  EXPECT_NEAR(better_utility(0.4, 0.2, 1), 0.6, 1e-15);
  EXPECT_NEAR(worse_utility(0.4, 0.2, 1), -0.6, 1e-15);
  EXPECT_NEAR(better_utility(0.4, 0.2, 2), 1.51, 1e-15);
  EXPECT_NEAR(worse_utility(0.4, 0.2, 2), 0.31, 1e-15);
}

TEST(ExpectedUtilityTerms, ExpectedUtilityOfAChallenge) {
  // P = 0.25, s_j = 0.8, d = 0.5, r = 1, Q = T = 1: U_s = 1, U_f = −1, U_sq = 0;
  // E = 0.8 (0.25·1 + 0.75·(−1)) + 0.2·1 − 0 = −0.4 + 0.2 = −0.2.
  EXPECT_NEAR(challenge_utility(0.25, 0.8, 0.5, 0.2, 1, 1, 1), -0.2, 1e-15);
  // Q = 0.5, T = 0.75, e = 0.1: U_b = 2 − 4 (0.5 − 0.25·0.6) = 0.6, U_w = −0.6;
  // E = −0.2 − 0.5·0 − 0.5 (0.75·0.6 + 0.25·(−0.6)) = −0.2 − 0.15 = −0.35.
  EXPECT_NEAR(challenge_utility(0.25, 0.8, 0.5, 0.1, 1, 0.5, 0.75), -0.35, 1e-15);
  // A target that does not care (s_j = 0) gives in: E = U_s − U_sq = 1.75 − 1 at r = 2.
  EXPECT_NEAR(challenge_utility(0.0, 0.0, 0.5, 0.0, 2, 1, 1), 0.75, 1e-15);
}

TEST(ExpectedUtilityTerms, RiskExponentFromSecurityLevels) {
  // R = (2S − S_max − S_min) / (S_max − S_min), r = (1 − R/3) / (1 + R/3), levels from 1 to 3:
  EXPECT_DOUBLE_EQ(risk_exponent(3, 1, 3), 0.5);          // R = 1: (2/3) / (4/3)
  EXPECT_DOUBLE_EQ(risk_exponent(1, 1, 3), 2.0);          // R = −1: (4/3) / (2/3)
  EXPECT_DOUBLE_EQ(risk_exponent(2, 1, 3), 1.0);          // R = 0
  EXPECT_NEAR(risk_exponent(2.5, 1, 3), 5.0 / 7, 1e-15);  // R = 1/2: (5/6) / (7/6)
  EXPECT_DOUBLE_EQ(risk_exponent(4, 4, 4), 1.0);          // every level the same
}

TEST(ExpectedUtilityTerms, Votes) {
  // w = 2, d_i = 0.25, d_j = 0.75: r = 1: 2 (0.75 − 0.25) = 1; r = 2: 2 (0.5625 − 0.0625) = 1;
  // r = 0.5: 2 (√0.75 − 0.5).
  EXPECT_DOUBLE_EQ(vote(2, 0.25, 0.75, 1), 1.0);
  EXPECT_DOUBLE_EQ(vote(2, 0.25, 0.75, 2), 1.0);
  EXPECT_NEAR(vote(2, 0.25, 0.75, 0.5), 2 * (std::sqrt(0.75) - 0.5), 1e-15);
  EXPECT_DOUBLE_EQ(vote(2, 0.75, 0.25, 1), -1.0);  // a vote against
}

}  // namespace
}  // namespace parley::forecast
