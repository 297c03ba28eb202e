#pragma once
// The Pareto frontier as inline SVG for the report: a utility scatter for two parties, a
// scatter-plot matrix of the pairwise projections for three or more. Solutions are marked with
// short keys (solution_marks.hpp) that a legend inside the same <svg> spells out; labels are
// placed so that they stay inside the plot and overlap neither each other, the marks nor the
// frontier's dots where any position allows it (label_placement.hpp).

#include <cstddef>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"

namespace parley::report {

// One <svg>: party `x`'s utility across, party `y`'s up; the frontier's points (joined in order
// for two parties), each solution marked and keyed (solutions on the same point share a mark),
// the disagreement point d (the reservations) with dashed reservation lines, and the legend on
// the right. `size` is the plot's width and height in SVG units. At most `max_points` frontier
// points are drawn (evenly spaced).
std::string frontier_scatter(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                             const std::vector<bargain::Solution>& solutions, std::size_t x,
                             std::size_t y, double size = 420, std::size_t max_points = 4000);

// One <svg>, at most about 960 units wide: the lower triangle of a scatter-plot matrix of the
// first `max_parties` parties (P ≥ 3 of them shown: (P − 1)² cells, P·(P − 1)/2 panels, each a
// <g class="panel">). The panel in column a and row b − 1 (a < b) shows party a across and party
// b up; a column shares its x axis, a row its y axis, with tick labels on the outer panels. The
// legend sits in the empty upper-right cells when it fits there, else below the matrix.
std::string frontier_matrix(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                            const std::vector<bargain::Solution>& solutions,
                            std::size_t max_parties = 6, std::size_t max_points = 1500);

// The frontier for any number of parties in a <figure> with a caption: frontier_scatter for two,
// frontier_matrix for more (the first six parties; the caption says when some are left out).
std::string frontier_chart(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                           const std::vector<bargain::Solution>& solutions);

}  // namespace parley::report
