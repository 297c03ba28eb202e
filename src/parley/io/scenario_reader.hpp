#pragma once
// Loading scenario files (YAML or JSON, docs/scenario-format.md) with every problem reported.

#include <string>
#include <string_view>

#include "parley/scenario/scenario.hpp"

namespace parley::io {

// Parses and checks a scenario document; `name` is the file name used in diagnostics.
// Throws InputError carrying every problem found (file:line:column: field: message).
scenario::Scenario read_scenario(std::string_view text, const std::string& name);

// Reads and checks the scenario file at `path`; a missing, unreadable or oversized file, or a
// directory, is an InputError naming the file.
scenario::Scenario read_scenario_file(const std::string& path);

}  // namespace parley::io
