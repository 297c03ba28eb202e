#pragma once
// The utility model: a scenario's positions turned into an additive bargaining space
// (docs/utility.md gives the equations and a worked example).
//
//   u_p(x) = Σ_i w_pi · v_pi(x_i)
// v_pi in 0..1: the position's option values, its piecewise points, or a linear / quadratic loss
// away from the ideal point (one-sided toward the end of the scale the actor favours); w_pi: the
// salience (normalized per actor when bargaining.normalize_weights), 0 without a position.
// Numeric issues are discretized into evenly spaced levels plus every party's ideal point and red
// line; levels beyond a party's red line are not acceptable to it.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::bargain {

// The space over the actors with role party, in scenario order. Throws InputError when the
// scenario has no party.
AdditiveSpace space_from_scenario(const scenario::Scenario& scenario);

// The space over the given actors (any role), in the given order. Throws InputError (field
// "parties") for an unknown or repeated actor id or an empty list.
AdditiveSpace space_from_scenario(const scenario::Scenario& scenario,
                                  const std::vector<std::string>& party_ids);

// Value 0..1 of point x on `issue` for the actor holding `position` (the v_pi above).
double position_value(const scenario::Issue& issue, const scenario::Position& position, double x);

// The settlement levels of a numeric issue: `levels` evenly spaced points from min to max plus
// the extra points (ideals, red lines) inside [min, max], sorted, deduplicated within
// 1e-9·(max − min) (an extra point wins over a grid point it duplicates).
std::vector<double> numeric_levels(const scenario::Issue& issue, int levels,
                                   const std::vector<double>& extra_points);

// A numeric level's label: the number with thousands separators and at most 6 decimals, then the
// unit ("85,000 soldiers", "2.5 percent").
std::string numeric_label(double value, const std::string& unit);

}  // namespace parley::bargain
