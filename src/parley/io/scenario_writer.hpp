#pragma once
// Writing a scenario back as YAML in the documented format (docs/scenario-format.md).

#include <string>

#include "parley/scenario/scenario.hpp"

namespace parley::io {

// The scenario as readable YAML that read_scenario reads back to an equal Scenario: numbers in
// shortest round-trip form, option points as option ids, plain estimates as plain numbers.
std::string write_scenario_yaml(const scenario::Scenario& scenario);

}  // namespace parley::io
