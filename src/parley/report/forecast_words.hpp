#pragma once
// How a forecast's numbers read, shared by its views, charts and CSV: a point of an issue's scale
// in the issue's own words (a number with its unit, or the nearest option's label), and the name
// of an uncertain input.

#include <cstddef>
#include <string>

#include "parley/analysis/forecast.hpp"

namespace parley::report {

// "342 tanks"; "a neutral status (1.4)" on an option issue, the option nearest to the point with
// the point itself when it lies between options; "61.2 position" on KTAB's scale.
std::string forecast_point(const analysis::Forecast& f, std::size_t dimension, double x);

// The same with an option issue's option ids instead of labels ("freeze_line (2.4)"): for
// narrow columns.
std::string forecast_point_short(const analysis::Forecast& f, std::size_t dimension, double x);

// The point on a 0–100 scale from the dimension's low to its high end.
double on_hundred(const analysis::Forecast& f, std::size_t dimension, double x);

// "RUS capability", "UKR territory position", "USA sanctions salience".
std::string input_name(const analysis::Forecast& f, const forecast::UncertainInput& input);

// "expected-utility model (Scholz et al. 2011), P over all pairs" and the like.
std::string model_name(const analysis::Forecast& f);

// "expected-utility model", "KTAB's SMP", "weighted median", "weighted mean".
std::string short_model_name(const analysis::Forecast& f);

// "parley 0.1.0 · bdm, P over all pairs, 100 rounds at most · seed 1 · 1,000 runs · input
// peace-talks.yaml (sha256 3f2a…)": what makes the run reproducible.
std::string provenance(const analysis::Forecast& f);

}  // namespace parley::report
