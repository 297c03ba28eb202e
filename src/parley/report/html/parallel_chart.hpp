#pragma once
// The bargaining solutions in parallel coordinates, for the report: one vertical axis per party,
// one line per solution across the parties' utilities. It reads the same for two parties as for
// seven: every solution is one line, whatever the number of parties.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"

namespace parley::report {

// One <svg>, about 960 units wide at most for up to seven parties: an axis per party (a
// <g class="axis">, its name above it) on one shared utility scale (0 to 1, widened to the
// frontier and the reservations when they lie outside), the reservation marked on each axis (a
// red notch, the part of the axis below it shaded, its value under the axis), the range of the
// Pareto frontier on each axis as a grey band, and one <polyline class="solution"> per distinct
// solution point (solutions on the same point share it) in that point's colour, dash pattern and
// markers (solution_marks.hpp), keyed at its right end; markers of points that coincide on an
// axis are set side by side. A legend below spells out the keys. "" without solutions.
std::string solutions_parallel_svg(const bargain::AdditiveSpace& space,
                                   const bargain::Frontier& frontier,
                                   const std::vector<bargain::Solution>& solutions);

// solutions_parallel_svg in a <figure> with a caption; "" without solutions.
std::string solutions_parallel_chart(const bargain::AdditiveSpace& space,
                                     const bargain::Frontier& frontier,
                                     const std::vector<bargain::Solution>& solutions);

}  // namespace parley::report
