#pragma once
// Inline SVG charts of a scenario for the HTML report.

#include <cstddef>
#include <string>
#include <vector>

#include "parley/scenario/scenario.hpp"

namespace parley::report {

// The colour of the actor at `index` in the scenario's actor list (a colour-blind-safe
// palette, repeating after ten actors), as "#rrggbb".
std::string actor_colour(std::size_t index);

// Nice tick positions for a numeric axis from `low` to `high` (steps of 1, 2 or 5 × 10^k,
// about `target` of them), all inside [low, high].
std::vector<double> axis_ticks(double low, double high, int target = 5);

// One issue as an <svg> element: the scale as a horizontal axis (numbers with ticks and unit,
// or options as labelled ticks), a lane per actor with a position: the ideal point as a dot
// sized by salience, the plausible range of the ideal as a thin bar, the red line as a bar
// with the unacceptable part of the scale beyond it hatched, and the salience on the right.
std::string issue_chart(const scenario::Scenario& scenario, const scenario::Issue& issue);

}  // namespace parley::report
