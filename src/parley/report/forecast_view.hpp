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

// The short form for `parley run`'s summary: one row per contested issue
// (IssueForecast::contested), options by their ids.
View heading_summary_view(const analysis::Forecast& forecast);

}  // namespace parley::report
