#pragma once
// How sure the forecast is (docs/forecast.md, "Monte Carlo and sensitivity"): the model's
// uncertain inputs drawn within their ranges, run after run, and the forecast of each dimension
// summarised as a median and a 5–95% band; and which inputs move each forecast most, each swept
// over its range with the others held.
//
// Runs are independent and each draws from its own random stream, a function of the seed and the
// run's number only, so any set of runs — on any number of threads, or split over processes —
// gives bitwise the same outcomes.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "parley/forecast/model.hpp"

namespace parley::forecast {

// One input of a Model known only within a range: an actor's capability, or its position or
// salience on a dimension. `assumption` marks a judgment (sensitivity sweeps these).
struct UncertainInput {
  enum class Kind { capability, position, salience };
  Kind kind = Kind::capability;
  std::size_t actor = 0;
  std::size_t dimension = 0;  // for position and salience
  double low = 0;
  double high = 0;  // low <= the model's value <= high
  bool assumption = false;
};
const char* to_string(UncertainInput::Kind kind);  // "capability", "position", "salience"

// The input's value in `model`, and `model` with it set to `value`.
double value_of(const Model& model, const UncertainInput& input);
void set_value(Model& model, const UncertainInput& input, double value);

// What a forecasting model gives for one Model: a forecast per dimension, on the dimension's
// scale, written into `out` (size: the model's dimensions). Called from several threads at once
// on different models: it must not share mutable state.
using Forecaster = std::function<void(const Model&, std::span<double> out)>;

// A random stream of its own for run `run` of seed `seed` (SplitMix64 on a run-specific state):
// the same numbers on every machine and standard library.
class RunStream {
 public:
  RunStream(std::uint64_t seed, std::uint64_t run);
  std::uint64_t next();
  double uniform();  // in [0, 1), 53 random bits

 private:
  std::uint64_t state_;
};

// A value drawn for `input`: triangular on [low, high] with its mode at the model's value (the
// point estimate is the likeliest; uniform when low == high gives that value).
double draw(const UncertainInput& input, double mode, RunStream& stream);

// The forecasts of runs [first, last) of `seed`, run-major: out[(run - first) * dimensions + k].
// Each run draws every input of `inputs` (in their order) into a copy of `model` and calls
// `forecaster`. Runs go in parallel (oneTBB); the result does not depend on the thread count.
// Cost: (last - first) × (the forecaster's cost + O(inputs)).
std::vector<double> simulate(const Model& model, const std::vector<UncertainInput>& inputs,
                             const Forecaster& forecaster, std::uint64_t seed, std::size_t first,
                             std::size_t last);

// The spread of a dimension's forecasts over the runs.
struct Band {
  double median = 0;
  double p05 = 0;  // 5th percentile
  double p95 = 0;  // 95th percentile
};

// Per dimension, the median and the 5th and 95th percentiles of `outcomes` (run-major, as
// `simulate` gives them) by linear interpolation between order statistics (Hyndman & Fan's
// type 7, as R and NumPy compute them by default). O(runs log runs) per dimension.
std::vector<Band> bands(std::span<const double> outcomes, std::size_t dimensions);

// The quantile q (0..1) of `sorted` (increasing, not empty) by the same rule.
double quantile(std::span<const double> sorted, double q);

// One assumed input swept over its range, the others held at the model's values.
struct Sweep {
  std::size_t input = 0;          // index into the inputs
  std::vector<double> values;     // the input's values: low to high, `points` of them
  std::vector<double> forecasts;  // value-major: forecasts[v * dimensions + k]
  std::vector<double> swing;      // per dimension: max − min of its forecasts over the sweep
};

// Sweeps every input with `assumption` set over `points` (>= 2) evenly spaced values from low to
// high. Inputs whose range is a point are left out. Cost: assumed inputs × points × the
// forecaster's cost, the sweeps in parallel.
std::vector<Sweep> sensitivity(const Model& model, const std::vector<UncertainInput>& inputs,
                               const Forecaster& forecaster, std::size_t points = 5);

// The sweeps that move dimension `k` at all, by decreasing swing (ties by input order): the
// rows of its tornado chart.
std::vector<std::size_t> movers(const std::vector<Sweep>& sweeps, std::size_t k);

}  // namespace parley::forecast
