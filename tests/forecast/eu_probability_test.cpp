// The probability of success under both definitions: a three-actor case by hand, and the O(n²)
// computation against the definitions summed directly (O(n³)) on seeded random inputs.

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

TEST(SuccessProbability, ThreeActorsByHand) {
  // Actors a, b, c at 0, 0.5, 1 with weights 1, 2, 1, every r = 1; v_k(i, j) = w_k (d_kj − d_ki).
  //   a vs b: v_a = 0.5, v_b = −1, v_c = −0.5: 0.5 for a, 1.5 for b.
  //   a vs c: v_a = 1, v_b = 0, v_c = −1: 1 for a, 1 for c.
  //   b vs c: mirror of a vs b: 1.5 for b, 0.5 for c.
  // Per contest, max(0, net) / cast: P_ba = (1.5 − 0.5) / 2 = 0.5, P_ab = 0; P_ac = P_ca = 0.
  // All pairs: every contest's votes, both ways: 2 (2 + 2 + 2) = 12; P_ab = 0.5 / 12,
  // P_ba = 1.5 / 12, P_ac = P_ca = 1 / 12.
  const std::vector<double> unit{0, 0.5, 1};
  const std::vector<double> weight{1, 2, 1};
  const std::vector<double> risk{1, 1, 1};
  const auto contest =
      expected_utility::success_probabilities(unit, weight, risk, SuccessProbability::per_contest);
  const std::vector<double> contest_by_hand{0, 0, 0, 0.5, 0, 0.5, 0, 0, 0};
  for (int e = 0; e < 9; ++e) EXPECT_NEAR(contest[e], contest_by_hand[e], 1e-15) << e;
  const auto all =
      expected_utility::success_probabilities(unit, weight, risk, SuccessProbability::all_pairs);
  const std::vector<double> all_by_hand{0,        0.5 / 12, 1.0 / 12, 1.5 / 12, 0,
                                        1.5 / 12, 1.0 / 12, 0.5 / 12, 0};
  for (int e = 0; e < 9; ++e) EXPECT_NEAR(all[e], all_by_hand[e], 1e-15) << e;
}

// The definitions summed directly from expected_utility::vote.
std::vector<double> probabilities_by_definition(const std::vector<double>& y,
                                                const std::vector<double>& w,
                                                const std::vector<double>& r,
                                                SuccessProbability kind) {
  const std::size_t n = y.size();
  auto v = [&](std::size_t k, std::size_t i, std::size_t j) {
    return expected_utility::vote(w[k], std::abs(y[k] - y[i]), std::abs(y[k] - y[j]), r[k]);
  };
  double all_votes = 0;
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < n; ++b) all_votes += std::abs(v(k, a, b));
    }
  }
  std::vector<double> p(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (y[i] == y[j]) continue;
      double net = 0, cast = 0, in_favour = 0;
      for (std::size_t k = 0; k < n; ++k) {
        net += v(k, i, j);
        cast += std::abs(v(k, i, j));
        in_favour += std::max(0.0, v(k, i, j));
      }
      if (kind == SuccessProbability::per_contest) {
        p[i * n + j] = cast > 0 ? std::max(0.0, net) / cast : 0.0;
      } else {
        p[i * n + j] = all_votes > 0 ? in_favour / all_votes : 0.0;
      }
    }
  }
  return p;
}

TEST(SuccessProbability, MatchesTheDefinitionsOnRandomInputs) {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> unit_interval(0, 1);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 1 + random() % 12;
    std::vector<double> y(n), w(n), r(n);
    for (std::size_t i = 0; i < n; ++i) {
      // Half the trials on a grid of 9 positions: actors sharing a position, voters on midpoints.
      y[i] = trial % 2 == 0 ? static_cast<double>(random() % 9) / 8 : unit_interval(random);
      w[i] = random() % 5 == 0 ? 0.0 : unit_interval(random);
      r[i] = trial % 3 == 0 ? 1.0 : 0.5 + 1.5 * unit_interval(random);
    }
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      const auto fast = expected_utility::success_probabilities(y, w, r, kind);
      const auto slow = probabilities_by_definition(y, w, r, kind);
      for (std::size_t e = 0; e < n * n; ++e) {
        ASSERT_NEAR(fast[e], slow[e], 1e-12) << "trial " << trial << " " << to_string(kind);
      }
    }
  }
}

}  // namespace
}  // namespace parley::forecast
