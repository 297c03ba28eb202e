#include "parley/forecast/median.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/forecast/validate.hpp"

namespace parley::forecast {

namespace {

// Throws when the weights cannot weigh the positions; returns their total.
double checked_total_weight(std::span<const double> positions, std::span<const double> weights) {
  auto fail = [](std::string message) {
    throw InputError(Diagnostic{"", 0, 0, "weights", std::move(message)});
  };
  if (positions.size() != weights.size()) {
    fail(fmt::format("{} weights for {} positions", weights.size(), positions.size()));
  }
  double total = 0;
  for (double weight : weights) {
    if (!(weight >= 0)) fail(fmt::format("a weight must be 0 or more (got {})", weight));
    total += weight;
  }
  if (!(total > 0)) fail("the weights must have a positive total");
  return total;
}

}  // namespace

double weighted_median_sorted(std::span<const double> positions, std::span<const double> weights,
                              std::span<const std::size_t> order) {
  double total = 0;
  for (std::size_t index : order) total += weights[index];
  // The cumulative weight reaches half of the total: 2 · cumulative >= total, with a relative
  // allowance of 1e-12 so that an exact half is not missed for the rounding of the two sums.
  const double half = 0.5 * total * (1 - 1e-12);
  double cumulative = 0;
  for (std::size_t index : order) {
    cumulative += weights[index];
    if (weights[index] > 0 && cumulative >= half) return positions[index];
  }
  return positions[order.back()];  // not reached with a positive total
}

double weighted_median(std::span<const double> positions, std::span<const double> weights) {
  checked_total_weight(positions, weights);
  std::vector<std::size_t> order(positions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return positions[a] < positions[b]; });
  return weighted_median_sorted(positions, weights, order);
}

double weighted_mean(std::span<const double> positions, std::span<const double> weights) {
  const double total = checked_total_weight(positions, weights);
  double sum = 0;
  for (std::size_t i = 0; i < positions.size(); ++i) sum += weights[i] * positions[i];
  return sum / total;
}

Baselines baselines(const Model& model) {
  validate(model);
  Baselines result;
  const std::size_t n = model.actors.size();
  std::vector<double> positions(n);
  std::vector<double> weights(n);
  for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
    for (std::size_t i = 0; i < n; ++i) {
      const Actor& actor = model.actors[i];
      positions[i] = actor.position[d];
      weights[i] = actor.capability * actor.salience[d];
    }
    result.median.push_back(weighted_median(positions, weights));
    result.mean.push_back(weighted_mean(positions, weights));
  }
  return result;
}

}  // namespace parley::forecast
