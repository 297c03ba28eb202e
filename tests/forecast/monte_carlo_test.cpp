// Monte Carlo runs and sensitivity sweeps (forecast/monte_carlo.hpp), with forecasters simple
// enough that the expected spread is known in closed form.

#include "parley/forecast/monte_carlo.hpp"

#include <gtest/gtest.h>
#include <tbb/global_control.h>

#include <cmath>
#include <cstring>

namespace parley::forecast {
namespace {

// Two actors on one dimension 0..100: A at 20 (capability 1), B at 100 (capability 1).
Model two_actor_model() {
  Model m;
  m.name = "two";
  m.dimensions = {{"issue", 0, 100}};
  m.actors = {{"A", "", 1.0, {20.0}, {0.5}}, {"B", "", 1.0, {100.0}, {0.5}}};
  return m;
}

// The forecast is actor A's position: its spread is the spread of A's draws.
void position_of_a(const Model& m, std::span<double> out) {
  out[0] = m.actors[0].position[0];
}

// The capability-weighted mean of the positions.
void weighted_mean(const Model& m, std::span<double> out) {
  double sum = 0, weight = 0;
  for (const Actor& a : m.actors) {
    sum += a.capability * a.position[0];
    weight += a.capability;
  }
  out[0] = sum / weight;
}

TEST(MonteCarlo, TriangularDrawsHaveTheirClosedFormQuantiles) {
  const Model m = two_actor_model();
  // A's position drawn on [0, 100] with mode 20: F(x) = x² / 2000 up to 20 (F(20) = 0.2), then
  // 1 − (100 − x)² / 8000. So p05 = √(0.05 · 2000) = 10, median = 100 − √(0.5 · 8000) = 36.754,
  // p95 = 100 − √(0.05 · 8000) = 80.
  const std::vector<UncertainInput> inputs = {
      {UncertainInput::Kind::position, 0, 0, 0.0, 100.0, true}};
  const auto outcomes = simulate(m, inputs, position_of_a, 42, 0, 40000);
  const auto b = bands(outcomes, 1);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NEAR(b[0].p05, 10.0, 0.6);
  EXPECT_NEAR(b[0].median, 100.0 - std::sqrt(4000.0), 0.6);
  EXPECT_NEAR(b[0].p95, 80.0, 0.6);
}

TEST(MonteCarlo, RunsDependOnTheSeedAndTheRunOnly) {
  const Model m = two_actor_model();
  const std::vector<UncertainInput> inputs = {
      {UncertainInput::Kind::capability, 0, 0, 0.5, 2.0, true},
      {UncertainInput::Kind::position, 1, 0, 60.0, 100.0, false}};
  const auto all = simulate(m, inputs, weighted_mean, 7, 0, 1000);
  // Split in two pieces (as ranks of an MPI run would), the same bits.
  auto first = simulate(m, inputs, weighted_mean, 7, 0, 300);
  const auto second = simulate(m, inputs, weighted_mean, 7, 300, 1000);
  first.insert(first.end(), second.begin(), second.end());
  ASSERT_EQ(first.size(), all.size());
  EXPECT_EQ(std::memcmp(first.data(), all.data(), all.size() * sizeof(double)), 0);
  // On one thread, the same bits.
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    const auto serial = simulate(m, inputs, weighted_mean, 7, 0, 1000);
    EXPECT_EQ(std::memcmp(serial.data(), all.data(), all.size() * sizeof(double)), 0);
  }
  // Another seed, other draws.
  const auto other = simulate(m, inputs, weighted_mean, 8, 0, 1000);
  EXPECT_NE(std::memcmp(other.data(), all.data(), all.size() * sizeof(double)), 0);
  // Every draw stays in its range: the mean of positions in [20, 100] is in [20, 100].
  for (const double f : all) {
    EXPECT_GE(f, 20.0);
    EXPECT_LE(f, 100.0);
  }
}

TEST(MonteCarlo, QuantilesInterpolateBetweenOrderStatistics) {
  const std::vector<double> sorted = {1, 2, 3, 4};
  EXPECT_DOUBLE_EQ(quantile(sorted, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(quantile(sorted, 0.05), 1.15);  // h = 0.15
  EXPECT_DOUBLE_EQ(quantile(sorted, 0.95), 3.85);
  EXPECT_DOUBLE_EQ(quantile(sorted, 1.0), 4.0);
  const std::vector<double> one = {7};
  EXPECT_DOUBLE_EQ(quantile(one, 0.05), 7.0);
}

TEST(Sensitivity, SweepsMoveTheForecastByHandWorkedAmounts) {
  const Model m = two_actor_model();
  const std::vector<UncertainInput> inputs = {
      // B's capability 1..3: mean = (20 + 100c) / (1 + c): 60, 73.333, 80 → swing 20.
      {UncertainInput::Kind::capability, 1, 0, 1.0, 3.0, true},
      // A's salience: the forecaster ignores it → no swing, not a mover.
      {UncertainInput::Kind::salience, 0, 0, 0.1, 0.9, true},
      // Not an assumption: not swept.
      {UncertainInput::Kind::position, 0, 0, 0.0, 40.0, false},
      // A's position 10..30: mean = (p + 100) / 2: 55 … 65 → swing 10.
      {UncertainInput::Kind::position, 0, 0, 10.0, 30.0, true}};
  const auto sweeps = sensitivity(m, inputs, weighted_mean, 3);
  ASSERT_EQ(sweeps.size(), 3u);
  EXPECT_EQ(sweeps[0].input, 0u);
  ASSERT_EQ(sweeps[0].values, (std::vector<double>{1.0, 2.0, 3.0}));
  EXPECT_NEAR(sweeps[0].forecasts[0], 60.0, 1e-12);
  EXPECT_NEAR(sweeps[0].forecasts[1], 220.0 / 3.0, 1e-12);
  EXPECT_NEAR(sweeps[0].forecasts[2], 80.0, 1e-12);
  EXPECT_NEAR(sweeps[0].swing[0], 20.0, 1e-12);
  EXPECT_EQ(sweeps[1].input, 1u);
  EXPECT_EQ(sweeps[1].swing[0], 0.0);
  EXPECT_EQ(sweeps[2].input, 3u);
  EXPECT_NEAR(sweeps[2].swing[0], 10.0, 1e-12);
  // The tornado's rows: largest swing first, the salience left out.
  EXPECT_EQ(movers(sweeps, 0), (std::vector<std::size_t>{0, 2}));
}

}  // namespace
}  // namespace parley::forecast
