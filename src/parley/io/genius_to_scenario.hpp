#pragma once
// GENIUS → parley scenario (`parley import genius DIR -o scenario.yaml`). The scenario reproduces
// GENIUS's utilities exactly through the utility model of docs/utility.md: every issue becomes an
// options issue whose per-party `option_values` are GENIUS's evals, saliences are the weights as
// written, and `bargaining.normalize_weights` is false.

#include <string>

#include "parley/io/genius_reader.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::io {

// The scenario of a GENIUS domain: actors = parties (role party, reservation from the profile,
// capability 1 marked as an assumption); issues of kind options in domain order (integer issues:
// one option per integer); positions with salience = weight, ideal = the best value and
// option_values = eval per option. `as_of` (YYYY-MM-DD) dates the scenario; empty: today (UTC).
scenario::Scenario scenario_from_genius(const GeniusDomain& domain, const std::string& as_of = {});

}  // namespace parley::io
