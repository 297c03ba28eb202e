#pragma once
// A scenario as the forecasting engines read it (docs/forecast.md, "From a scenario"): each issue
// a dimension on its own scale (a numeric issue's range; an option issue's option indices), each
// actor with its capability, and its ideal and salience where it has a position; and the inputs
// known only within a range, for Monte Carlo runs and sensitivity sweeps.

#include <vector>

#include "parley/forecast/model.hpp"
#include "parley/forecast/monte_carlo.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// The forecasting model of `scenario`: every actor, every issue. An actor without a position on an
// issue stands at the middle of its scale with salience 0, so it weighs nothing there.
forecast::Model forecast_model(const scenario::Scenario& scenario);

// The inputs of forecast_model(scenario) that the scenario gives a range: capabilities, ideals
// and saliences: per actor, its capability, then per issue its ideal and its salience.
// `assumption` as the scenario marks the estimate (or the whole position).
std::vector<forecast::UncertainInput> forecast_inputs(const scenario::Scenario& scenario);

}  // namespace parley::analysis
