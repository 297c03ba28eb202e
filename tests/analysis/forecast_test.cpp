// Forecasts through the façade (analysis/forecast.hpp): the baselines on the labour example worked
// out by hand, reproducible Monte Carlo bands, and KTAB files read and run directly.

#include "parley/analysis/forecast.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "parley/analysis/inputs.hpp"
#include "parley/core/sha256.hpp"
#include "parley/forecast/smp.hpp"
#include "parley/io/ktab_reader.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;

const std::string kLabourFile = std::string(PARLEY_SOURCE_DIR) + "/examples/labour-contract.yaml";

ForecastOptions quick(ForecastKind kind, std::size_t runs = 0) {
  ForecastOptions o;
  o.model = kind;
  o.runs = runs;
  o.sensitivity = false;
  return o;
}

TEST(Forecasting, BaselinesOfTheLabourExampleByHand) {
  const ForecastInput in = load_forecast_input(kLabourFile);
  // Wage raise, weights capability × salience: BOARD 1.5 (0.55 × 0.8 = 0.44), CONCIL 3.5
  // (0.1 × 0.6 = 0.06), UNION 6 (0.45 × 0.9 = 0.405); half the total 0.905 is 0.4525, reached at
  // 3.5. Mean (0.66 + 0.21 + 2.43) / 0.905 = 3.6464.
  const Forecast median = analyse_forecast(in, quick(ForecastKind::median));
  EXPECT_DOUBLE_EQ(median.issues[0].forecast, 3.5);
  EXPECT_EQ(median.issues[0].path.size(), 1u);
  const Forecast mean = analyse_forecast(in, quick(ForecastKind::mean));
  EXPECT_NEAR(mean.issues[0].forecast, 3.3 / 0.905, 1e-12);
  EXPECT_DOUBLE_EQ(mean.issues[0].median, 3.5);  // round 0's median is reported beside it
  // Recorded for reproducibility: the model, the input and the hash of its bytes.
  std::ifstream file(kLabourFile, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  EXPECT_EQ(median.input_hash, sha256_hex(bytes));
  EXPECT_EQ(median.input, "labour-contract.yaml");
  EXPECT_EQ(median.units[0], "percent");
  EXPECT_EQ(median.option_labels[1].size(), 4u);  // shift length's options
}

TEST(Forecasting, BandsDependOnTheSeedOnly) {
  const ForecastInput in = load_forecast_input(kLabourFile);
  const Forecast a = analyse_forecast(in, quick(ForecastKind::bdm, 300));
  const Forecast b = analyse_forecast(in, quick(ForecastKind::bdm, 300));
  ForecastOptions other = quick(ForecastKind::bdm, 300);
  other.seed = 2;
  const Forecast c = analyse_forecast(in, other);
  bool differs = false;
  for (std::size_t k = 0; k < a.issues.size(); ++k) {
    ASSERT_TRUE(a.issues[k].band.has_value());
    EXPECT_EQ(a.issues[k].band->p05, b.issues[k].band->p05);
    EXPECT_EQ(a.issues[k].band->p95, b.issues[k].band->p95);
    differs = differs || a.issues[k].band->median != c.issues[k].band->median ||
              a.issues[k].band->p05 != c.issues[k].band->p05 ||
              a.issues[k].band->p95 != c.issues[k].band->p95;
    // The band lies on the issue's scale.
    EXPECT_GE(a.issues[k].band->p05, a.inputs.dimensions[k].low);
    EXPECT_LE(a.issues[k].band->p95, a.inputs.dimensions[k].high);
    EXPECT_LE(a.issues[k].band->p05, a.issues[k].band->p95);
  }
  EXPECT_TRUE(differs);
  EXPECT_FALSE(analyse_forecast(in, quick(ForecastKind::bdm, 0)).issues[0].band.has_value());
}

TEST(Forecasting, SweepsFindTheInputsThatMatter) {
  const ForecastInput in = load_forecast_input(kLabourFile);
  ForecastOptions o = quick(ForecastKind::median);
  o.sensitivity = true;
  const Forecast f = analyse_forecast(in, o);
  // Every assumed input with a range is swept; on wages the median 3.5 is the conciliator's
  // ideal, so sweeping the conciliator's wage ideal over [3, 4.5] moves the forecast by 1.5.
  bool found = false;
  for (const auto& sweep : f.sweeps) {
    const auto& input = f.uncertain[sweep.input];
    EXPECT_TRUE(input.assumption);
    if (input.kind == forecast::UncertainInput::Kind::position && input.actor == 2 &&
        input.dimension == 0) {
      found = true;
      EXPECT_NEAR(sweep.swing[0], 1.5, 1e-12);
    }
  }
  EXPECT_TRUE(found);
}

TEST(Forecasting, ActorsWithoutCapabilityAndIssuesNobodyWeighsAreLeftOut) {
  ForecastInput in = load_forecast_input(kLabourFile);
  in.model.actors[2].capability = 0;                  // the conciliator
  for (auto& a : in.model.actors) a.salience[3] = 0;  // nobody weighs outsourcing
  for (const ForecastKind kind : {ForecastKind::median, ForecastKind::bdm, ForecastKind::smp}) {
    ForecastOptions o = quick(kind, 100);
    o.sensitivity = true;
    const Forecast f = analyse_forecast(in, o);
    // Wages without the conciliator: BOARD 1.5 (0.44) against UNION 6 (0.405): the median is 1.5.
    EXPECT_DOUBLE_EQ(f.issues[0].median, 1.5) << to_string(kind);
    EXPECT_FALSE(f.issues[3].weighed);
    EXPECT_FALSE(f.issues[3].contested);          // nobody weighs it, so nobody contests it
    EXPECT_TRUE(f.issues[0].contested);           // BOARD at 1.5, UNION at 6
    EXPECT_DOUBLE_EQ(f.issues[3].forecast, 1.0);  // mid-scale of options 0..2
    // The conciliator keeps its position through the rounds.
    for (const auto& round : f.trajectories[0].rounds) EXPECT_EQ(round.positions[2], 3.5);
    ASSERT_TRUE(f.issues[0].band.has_value());
  }
}

TEST(Forecasting, KtabFilesRunDirectly) {
  const fs::path file = fs::path(PARLEY_SHARED_DIR) / "peers" / "ktab" / "dummyData_3Dim.csv";
  if (!fs::exists(file)) GTEST_SKIP() << "needs ../shared/peers/ktab (absent in a user's clone)";
  const ForecastInput in = load_forecast_input(file.string());
  EXPECT_EQ(in.units[0], "position");
  const Forecast f = analyse_forecast(in, quick(ForecastKind::smp));
  // KTAB's outcome: the final positions weighted by the actors' final win probabilities.
  const forecast::SmpForecast run = forecast::run_smp(io::read_ktab(file.string()).model);
  const auto& last = run.trajectory.rounds.back().positions;
  const auto& p = run.win_probability.back();
  for (std::size_t k = 0; k < 3; ++k) {
    double sum = 0, total = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      sum += p[i] * last[i * 3 + k];
      total += p[i];
    }
    EXPECT_NEAR(f.issues[k].forecast, sum / total, 1e-9);
  }
  EXPECT_EQ(f.issues[0].rounds, 10u);  // KTAB's own run: 11 states
}

}  // namespace
}  // namespace parley::analysis
