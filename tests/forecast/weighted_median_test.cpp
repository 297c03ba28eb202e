// The baselines (median.hpp): the weighted median's tie rule, the weighted mean, the EC emissions
// table's round 0, and the median against a brute-force definition on seeded random inputs.

#include "parley/forecast/median.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "parley/core/diagnostic.hpp"

namespace parley::forecast {
namespace {

TEST(WeightedMedian, CumulativeWeightPassingHalf) {
  // Weights 1, 1, 3 at 1, 2, 3: total 5, half 2.5; cumulative 1, 2, 5 → first at or above 2.5 is 3.
  EXPECT_EQ(weighted_median(std::vector<double>{1, 2, 3}, std::vector<double>{1, 1, 3}), 3.0);
  // Unsorted input: the same actors in another order.
  EXPECT_EQ(weighted_median(std::vector<double>{3, 1, 2}, std::vector<double>{3, 1, 1}), 3.0);
}

TEST(WeightedMedian, ExactHalfReturnsTheLowerPosition) {
  // Weights 2, 1, 1, 2 at 1, 2, 3, 4: total 6, cumulative 2, 3, 4, 6: exactly half (3) at 2, so 2
  // (not 3, not 2.5): the lower of the two positions that tie the pairwise vote.
  EXPECT_EQ(weighted_median(std::vector<double>{1, 2, 3, 4}, std::vector<double>{2, 1, 1, 2}), 2.0);
  // Two actors of equal weight: the lower one.
  EXPECT_EQ(weighted_median(std::vector<double>{7, 4}, std::vector<double>{0.5, 0.5}), 4.0);
}

TEST(WeightedMedian, ActorsOfWeightZeroDoNotCount) {
  // Weight 0 at 2 lies between the tied positions 1 and 3: the median stays 1, a weighted actor's.
  EXPECT_EQ(weighted_median(std::vector<double>{1, 2, 3}, std::vector<double>{1, 0, 1}), 1.0);
  // A weightless actor below everyone is never the median.
  EXPECT_EQ(weighted_median(std::vector<double>{0, 5, 9}, std::vector<double>{0, 1, 1}), 5.0);
}

TEST(WeightedMean, WeighsPositions) {
  // (1·1 + 3·3) / 4 = 2.5
  EXPECT_DOUBLE_EQ(weighted_mean(std::vector<double>{1, 3}, std::vector<double>{1, 3}), 2.5);
}

TEST(WeightedMedian, RejectsWeightsThatCannotWeigh) {
  EXPECT_THROW(weighted_median(std::vector<double>{1, 2}, std::vector<double>{1}), InputError);
  EXPECT_THROW(weighted_median(std::vector<double>{1, 2}, std::vector<double>{1, -1}), InputError);
  EXPECT_THROW(weighted_median(std::vector<double>{1, 2}, std::vector<double>{0, 0}), InputError);
  EXPECT_THROW(weighted_mean(std::vector<double>{}, std::vector<double>{}), InputError);
}

TEST(Baselines, EcEmissionsRoundZero) {
  // Bueno de Mesquita's EC table (../shared/peers/bdm/ec-emissions.csv), weights c·s:
  //   at 4: NL 0.08·80 + LU 0.03·20 + DE 0.16·80 + DK 0.05·100 = 6.4 + 0.6 + 12.8 + 5 = 24.8
  //   at 7: BE 0.08·40 + IE 0.05·10 + GR 0.08·70 = 3.2 + 0.5 + 5.6 = 9.3
  //   at 10: FR, IT 0.16·60 + UK 0.16·90 = 9.6 + 9.6 + 14.4 = 33.6
  // total 67.7, half 33.85: cumulative 24.8, 34.1 → median 7;
  // mean (24.8·4 + 9.3·7 + 33.6·10) / 67.7 = 500.3 / 67.7 = 7.38995.
  Model model;
  model.dimensions.push_back(Dimension{"emission standards (year)", 4, 10});
  const double capability[] = {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08};
  const double position[] = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
  const double salience[] = {80, 40, 20, 80, 60, 60, 90, 10, 100, 70};
  for (int i = 0; i < 10; ++i) {
    model.actors.push_back(Actor{"", "", capability[i], {position[i]}, {salience[i] / 100}});
  }
  const Baselines baseline = baselines(model);
  ASSERT_EQ(baseline.median.size(), 1u);
  EXPECT_EQ(baseline.median[0], 7.0);
  EXPECT_NEAR(baseline.mean[0], 7.390, 5e-4);
}

// The lower weighted median by its definition: among the positions of actors of positive weight,
// the smallest that minimizes Σ_k w_k |x_k − y| (exact here: small integers).
double median_by_brute_force(const std::vector<double>& x, const std::vector<double>& w) {
  double best = 0;
  double best_cost = INFINITY;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (w[i] == 0) continue;
    double cost = 0;
    for (std::size_t k = 0; k < x.size(); ++k) cost += w[k] * std::abs(x[k] - x[i]);
    if (cost < best_cost || (cost == best_cost && x[i] < best)) {
      best = x[i];
      best_cost = cost;
    }
  }
  return best;
}

TEST(WeightedMedian, MatchesBruteForceOnRandomInputs) {
  std::mt19937_64 random(20261130);
  for (int trial = 0; trial < 2000; ++trial) {
    const std::size_t n = 1 + random() % 9;
    std::vector<double> x(n);
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) {
      x[i] = static_cast<double>(random() % 6);  // many ties of position
      w[i] = static_cast<double>(random() % 4);  // weights 0..3: many exact halves
    }
    if (std::all_of(w.begin(), w.end(), [](double v) { return v == 0; })) w[0] = 1;
    ASSERT_EQ(weighted_median(x, w), median_by_brute_force(x, w)) << "trial " << trial;
  }
}

}  // namespace
}  // namespace parley::forecast
