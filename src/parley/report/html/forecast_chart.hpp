#pragma once
// Inline SVG charts of a forecast for the HTML report.

#include <cstddef>
#include <string>

#include "parley/analysis/forecast.hpp"

namespace parley::report {

// One issue's run: every actor's position per round (a thin line in the actor's colour, its name
// at the end), the forecast after each round (a thick line), today's weighted median (a dashed
// line), and at the right the Monte Carlo band (5–95%) with its median. The vertical axis is the
// issue's scale, in its units or option labels.
std::string trajectory_chart(const analysis::Forecast& forecast, std::size_t dimension);

// One issue's tornado chart: per input that moves its forecast (largest swing first, at most
// eight), a bar from the forecast at the input's low end to that at its high end, across the
// base forecast's line.
std::string tornado_chart(const analysis::Forecast& forecast, std::size_t dimension);

}  // namespace parley::report
