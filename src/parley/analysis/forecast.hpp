#pragma once
// Where the bargaining is heading (docs/forecast.md): a forecasting model run on a scenario or a
// KTAB file, issue by issue, round by round, with Monte Carlo bands over the inputs' ranges and
// the inputs that move each forecast most. Plain values; report/ puts them in words.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parley/forecast/expected_utility.hpp"
#include "parley/forecast/model.hpp"
#include "parley/forecast/monte_carlo.hpp"
#include "parley/forecast/smp.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// The forecasting models parley runs.
enum class ForecastKind {
  median,  // the capability × salience weighted median of the positions (no rounds)
  mean,    // the weighted mean (no rounds)
  bdm,     // Bueno de Mesquita's expected-utility model, issue by issue (Scholz et al. 2011)
  smp,     // KTAB's Spatial Model of Politics, all issues at once
};
const char* to_string(ForecastKind kind);  // "median", "mean", "bdm", "smp"
std::optional<ForecastKind> forecast_kind(const std::string& name);

// How the Monte Carlo runs are shared between processes (Open MPI; docs/forecast.md): this
// process computes part `part` of `parts` contiguous blocks of runs, and `gather` returns every
// part's outcomes, in part order, to every process. With one part, nothing is shared.
struct RunShare {
  std::size_t part = 0;
  std::size_t parts = 1;
  std::function<std::vector<double>(const std::vector<double>& mine)> gather;
};

// The runs [first, last) of part `part` of `parts`: the first runs % parts parts take one run more.
std::pair<std::size_t, std::size_t> run_block(std::size_t runs, std::size_t part,
                                              std::size_t parts);

struct ForecastOptions {
  ForecastKind model = ForecastKind::bdm;
  forecast::ExpectedUtilityOptions bdm;  // the expected-utility model's variant and limits
  forecast::SmpOptions smp;              // KTAB's model's options
  std::size_t runs = 1000;               // Monte Carlo runs; 0: none
  std::uint64_t seed = 1;
  bool sensitivity = true;  // sweep each assumed input over its range
  std::size_t sweep_points = 5;
  // Called as runs complete (done, total), from the calling thread; may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
  RunShare share;  // across processes; the result is the same bytes whatever the split
};

// One issue's forecast.
struct IssueForecast {
  std::size_t dimension = 0;
  double forecast = 0;       // the base run's outcome, on the issue's scale
  double median = 0;         // round 0: the weighted median of the positions
  double mean = 0;           // round 0: the weighted mean
  std::vector<double> path;  // the outcome after each round (round 0 first)
  forecast::Stop stop = forecast::Stop::converged;
  std::size_t rounds = 0;  // rounds after round 0
  std::size_t cycle_start = 0;
  std::size_t cycle_length = 0;
  bool weighed = true;     // some actor has salience > 0 on it; otherwise the forecast is mid-scale
  bool contested = false;  // the actors that weigh on it hold different positions at round 0
  std::optional<forecast::Band> band;  // with Monte Carlo runs
};

struct Forecast {
  ForecastKind model = ForecastKind::bdm;
  forecast::SuccessProbability probability = forecast::SuccessProbability::all_pairs;
  std::size_t round_limit = 0;  // the expected-utility model's
  std::size_t runs = 0;
  std::uint64_t seed = 0;
  std::string version;     // parley's
  std::string input;       // what was read: a scenario's title or a file's name
  std::string input_hash;  // SHA-256 of the input's bytes (a scenario: its YAML as written)
  forecast::Model inputs;  // the model as run (round 0)
  // Per dimension, how its values read: the issue's title, its unit (numeric issues and KTAB's
  // 0–100 "position") and, for an option issue, the options' labels (the scale is their index).
  std::vector<std::string> titles;
  std::vector<std::string> units;
  std::vector<std::vector<std::string>> option_labels;
  std::vector<std::vector<std::string>> option_ids;  // the options' ids, for narrow tables
  // Per issue, every actor's position per round (trajectory.dimensions is 1).
  std::vector<forecast::Trajectory> trajectories;
  std::vector<IssueForecast> issues;
  std::vector<forecast::UncertainInput> uncertain;
  std::vector<forecast::Sweep> sweeps;
};

// Runs `options.model` on `model`: the base run, then Monte Carlo runs over `uncertain` and the
// sensitivity sweeps. `input` and `input_hash` are recorded as given. Cost: the model's run ×
// (1 + runs + sweeps × points).
Forecast analyse_forecast(const forecast::Model& model,
                          const std::vector<forecast::UncertainInput>& uncertain,
                          const ForecastOptions& options, const std::string& input,
                          const std::string& input_hash);

// A scenario's forecast: forecast_model(scenario) and forecast_inputs(scenario), the input's hash
// taken over the scenario written as YAML.
Forecast analyse_forecast(const scenario::Scenario& scenario, const ForecastOptions& options);

// What `parley forecast INPUT` reads: a scenario (YAML or JSON; the embedded peace-talks scenario
// when `path` is empty) or a KTAB scenario (.csv or .xml, whose XML may carry KTAB's options).
struct ForecastInput {
  forecast::Model model;
  std::vector<forecast::UncertainInput> uncertain;  // a KTAB file states no ranges
  std::string name;
  std::string hash;  // SHA-256 of the file's bytes (of the embedded YAML for the default)
  std::vector<std::string> titles;
  std::vector<std::string> units;
  std::vector<std::vector<std::string>> option_labels;
  std::vector<std::vector<std::string>> option_ids;  // the options' ids, for narrow tables
  std::optional<forecast::SmpOptions> smp;           // a KTAB XML's model parameters
  std::vector<std::string> warnings;  // what a KTAB file asks for that parley does not run
};
ForecastInput load_forecast_input(const std::string& path);

// Runs `options.model` on a loaded input (its KTAB options, if any, replace options.smp).
Forecast analyse_forecast(const ForecastInput& input, ForecastOptions options);

// The outcome of one run of `kind` on every dimension of `model` (what Monte Carlo runs and
// sweeps record): the weighted median or mean; the expected-utility model's last weighted median
// (the mean of the medians over the cycle when the run cycles); KTAB's model's positions weighted
// by the actors' final win probabilities.
forecast::Forecaster forecaster(ForecastKind kind, const ForecastOptions& options);

}  // namespace parley::analysis
