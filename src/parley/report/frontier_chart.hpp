#pragma once
// The Pareto frontier as inline SVG for the report: a utility scatter for two parties, pairwise
// projections (small multiples) for three or more.

#include <cstddef>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"

namespace parley::report {

// One <svg>: party `x`'s utility across, party `y`'s up; the frontier's points joined in order,
// each solution marked and labelled (solutions on the same point share a label), the
// disagreement point (the reservations) and dashed reservation lines. `size` is the plot's
// width and height in SVG units. At most `max_points` frontier points are drawn (evenly spaced).
std::string frontier_scatter(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                             const std::vector<bargain::Solution>& solutions, std::size_t x,
                             std::size_t y, double size = 420, std::size_t max_points = 4000);

// The frontier for any number of parties: one scatter for two, a scatter per pair of parties
// (the first six parties) for more, each in a <figure> with a caption.
std::string frontier_chart(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                           const std::vector<bargain::Solution>& solutions);

}  // namespace parley::report
