#pragma once
// The scenario built into parley: examples/peace-talks.yaml, embedded at build time.

#include <string_view>

#include "parley/scenario/scenario.hpp"

namespace parley::io {

// Reads the embedded examples/peace-talks.yaml (diagnostics name it
// "peace-talks.yaml (embedded)"); throws InputError if the embedded file is invalid.
scenario::Scenario load_default_scenario();

// The embedded file's bytes (what a forecast hashes as its input).
std::string_view default_scenario_yaml();

}  // namespace parley::io
