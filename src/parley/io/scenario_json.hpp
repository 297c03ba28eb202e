#pragma once
// The scenario as JSON (for `--json` output): the YAML format's keys, in its order.

#include <nlohmann/json_fwd.hpp>

#include <string>

#include "parley/scenario/scenario.hpp"

namespace parley::io {

// The scenario as a JSON value with the keys of docs/scenario-format.md in the same order
// (an ordered_json, so the order survives dumping); option points are option ids.
nlohmann::ordered_json to_json(const scenario::Scenario& scenario);

// to_json(scenario) dumped with two-space indentation; read_scenario reads it back to an equal
// Scenario.
std::string write_scenario_json(const scenario::Scenario& scenario);

}  // namespace parley::io
