#pragma once
// "Where it is heading": a forecast as a section of the terminal summary, of `parley forecast` and
// of the HTML report (trajectory plots with their band, tornado charts of the inputs that move
// each forecast most).

#include "parley/analysis/forecast.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// The whole section: the forecast per issue with today's weighted median, the band, how the run
// ended, what moves each forecast, the figures (HTML) and the run's provenance.
View forecast_view(const analysis::Forecast& forecast);

// The short form for `parley run`'s summary: one line per contested issue (actors with weight on
// it hold different positions), in the issue's own words.
View heading_summary_view(const analysis::Forecast& forecast);

// Whether the actors that weigh on dimension k hold different positions at round 0.
bool contested(const analysis::Forecast& forecast, std::size_t k);

}  // namespace parley::report
