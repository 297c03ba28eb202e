#pragma once
// The baselines every forecast is measured against (docs/forecast.md, "Baselines"): per dimension
// the weighted median and the weighted mean of the actors' positions, each actor weighted by
// capability × salience. The weighted median is where Black's median voter theorem puts the
// outcome of pairwise majority votes on one dimension; the expected-utility model reports both for
// every round.

#include <cstddef>
#include <span>
#include <vector>

#include "parley/forecast/model.hpp"

namespace parley::forecast {

// The lower weighted median: the smallest position at which the cumulative weight, adding actors
// from the low end of the scale, reaches at least half of the total weight. When the cumulative
// weight hits exactly half at a position a (and the other half lies above it, from a next position
// b on), a is returned, not b nor (a + b) / 2: like the reconstructions of the expected-utility
// model, the median is always a position some actor holds, and it is the Condorcet winner of the
// weighted pairwise votes (a and b tie, and a stays). Actors of weight 0 do not count.
// Preconditions (InputError otherwise): as many weights as positions, weights >= 0 with a positive
// total. O(n log n); allocates the sort order.
double weighted_median(std::span<const double> positions, std::span<const double> weights);

// The same, given `order`: the actors' indices sorted by position ascending (actors on one
// position in any order). O(n), no allocation; the preconditions are not checked.
double weighted_median_sorted(std::span<const double> positions, std::span<const double> weights,
                              std::span<const std::size_t> order);

// Σ w_i x_i / Σ w_i. Preconditions as weighted_median's (InputError otherwise). O(n).
double weighted_mean(std::span<const double> positions, std::span<const double> weights);

// Both baselines for every dimension of a model, on each dimension's own scale.
struct Baselines {
  std::vector<double> median;  // one per dimension
  std::vector<double> mean;    // one per dimension
};

// Validates the model (validate.hpp) and weighs each actor by capability × salience.
// O(dimensions × actors log actors).
Baselines baselines(const Model& model);

}  // namespace parley::forecast
