#include "parley/forecast/monte_carlo.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "parley/core/detail/tsan_sync.hpp"

namespace parley::forecast {

const char* to_string(UncertainInput::Kind kind) {
  switch (kind) {
    case UncertainInput::Kind::capability:
      return "capability";
    case UncertainInput::Kind::position:
      return "position";
    case UncertainInput::Kind::salience:
      return "salience";
  }
  return "?";
}

double value_of(const Model& model, const UncertainInput& input) {
  const Actor& a = model.actors.at(input.actor);
  switch (input.kind) {
    case UncertainInput::Kind::capability:
      return a.capability;
    case UncertainInput::Kind::position:
      return a.position.at(input.dimension);
    case UncertainInput::Kind::salience:
      return a.salience.at(input.dimension);
  }
  return 0;
}

void set_value(Model& model, const UncertainInput& input, double value) {
  Actor& a = model.actors.at(input.actor);
  switch (input.kind) {
    case UncertainInput::Kind::capability:
      a.capability = value;
      return;
    case UncertainInput::Kind::position:
      a.position.at(input.dimension) = value;
      return;
    case UncertainInput::Kind::salience:
      a.salience.at(input.dimension) = value;
      return;
  }
}

namespace {

std::uint64_t splitmix(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

RunStream::RunStream(std::uint64_t seed, std::uint64_t run) {
  // Two rounds of mixing, so that neighbouring seeds and runs start far apart.
  std::uint64_t s = seed;
  const std::uint64_t a = splitmix(s);
  std::uint64_t r = run ^ 0xD1B54A32D192ED03ull;
  state_ = a ^ splitmix(r);
}

std::uint64_t RunStream::next() {
  return splitmix(state_);
}

double RunStream::uniform() {
  return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double draw(const UncertainInput& input, double mode, RunStream& stream) {
  const double u = stream.uniform();  // drawn even for a point range: streams stay aligned
  const double lo = input.low, hi = input.high;
  if (!(hi > lo)) return lo;
  mode = std::clamp(mode, lo, hi);
  const double width = hi - lo;
  const double split = (mode - lo) / width;
  if (u < split) return lo + std::sqrt(u * width * (mode - lo));
  return hi - std::sqrt((1.0 - u) * width * (hi - mode));
}

std::vector<double> simulate(const Model& model, const std::vector<UncertainInput>& inputs,
                             const Forecaster& forecaster, std::uint64_t seed, std::size_t first,
                             std::size_t last) {
  const std::size_t dims = model.dimensions.size();
  if (last < first) throw std::invalid_argument("simulate: last run before the first");
  std::vector<double> out((last - first) * dims);
  std::vector<double> modes(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) modes[i] = value_of(model, inputs[i]);
  parley::detail::parallel_for_synced(
      tbb::blocked_range<std::size_t>(first, last),
      [&](const tbb::blocked_range<std::size_t>& runs) {
        Model drawn = model;
        for (std::size_t run = runs.begin(); run != runs.end(); ++run) {
          RunStream stream(seed, run);
          for (std::size_t i = 0; i < inputs.size(); ++i) {
            set_value(drawn, inputs[i], draw(inputs[i], modes[i], stream));
          }
          forecaster(drawn, std::span<double>(out).subspan((run - first) * dims, dims));
        }
      });
  return out;
}

double quantile(std::span<const double> sorted, double q) {
  const double h = q * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(h));
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

std::vector<Band> bands(std::span<const double> outcomes, std::size_t dimensions) {
  std::vector<Band> out(dimensions);
  if (dimensions == 0 || outcomes.empty()) return out;
  const std::size_t runs = outcomes.size() / dimensions;
  std::vector<double> column(runs);
  for (std::size_t k = 0; k < dimensions; ++k) {
    for (std::size_t r = 0; r < runs; ++r) column[r] = outcomes[r * dimensions + k];
    std::sort(column.begin(), column.end());
    out[k] = {quantile(column, 0.5), quantile(column, 0.05), quantile(column, 0.95)};
  }
  return out;
}

std::vector<Sweep> sensitivity(const Model& model, const std::vector<UncertainInput>& inputs,
                               const Forecaster& forecaster, std::size_t points) {
  if (points < 2) throw std::invalid_argument("sensitivity: a sweep needs two points or more");
  const std::size_t dims = model.dimensions.size();
  std::vector<Sweep> sweeps;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].assumption && inputs[i].high > inputs[i].low) sweeps.push_back({i, {}, {}, {}});
  }
  parley::detail::parallel_for_synced(
      tbb::blocked_range<std::size_t>(0, sweeps.size()),
      [&](const tbb::blocked_range<std::size_t>& block) {
        for (std::size_t s = block.begin(); s != block.end(); ++s) {
          Sweep& sweep = sweeps[s];
          const UncertainInput& input = inputs[sweep.input];
          Model swept = model;
          sweep.forecasts.assign(points * dims, 0.0);
          for (std::size_t v = 0; v < points; ++v) {
            const double t = static_cast<double>(v) / static_cast<double>(points - 1);
            const double value =
                v + 1 == points ? input.high : input.low + t * (input.high - input.low);
            sweep.values.push_back(value);
            set_value(swept, input, value);
            forecaster(swept, std::span<double>(sweep.forecasts).subspan(v * dims, dims));
          }
          sweep.swing.assign(dims, 0.0);
          for (std::size_t k = 0; k < dims; ++k) {
            double lo = sweep.forecasts[k], hi = lo;
            for (std::size_t v = 1; v < points; ++v) {
              lo = std::min(lo, sweep.forecasts[v * dims + k]);
              hi = std::max(hi, sweep.forecasts[v * dims + k]);
            }
            sweep.swing[k] = hi - lo;
          }
        }
      });
  return sweeps;
}

std::vector<std::size_t> movers(const std::vector<Sweep>& sweeps, std::size_t k) {
  std::vector<std::size_t> out;
  for (std::size_t s = 0; s < sweeps.size(); ++s) {
    if (sweeps[s].swing.at(k) > 0) out.push_back(s);
  }
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    return sweeps[a].swing[k] > sweeps[b].swing[k];
  });
  return out;
}

}  // namespace parley::forecast
