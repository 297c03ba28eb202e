#pragma once
// Bounds on a parsed YAML tree: nesting depth and node count (aliases counted each time they
// are used, so an alias bomb is caught before anything walks it).

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>

#include "parley/core/diagnostic.hpp"

namespace parley::io::detail {

// Deepest nesting of maps and lists accepted.
inline constexpr int kMaxScenarioDepth = 64;
// Most nodes (keys, values, items, with aliases expanded) accepted.
inline constexpr std::size_t kMaxScenarioNodes = 1'000'000;

// The first bound `root` exceeds, as a diagnostic; nullopt when within bounds.
std::optional<Diagnostic> check_scenario_tree(const YAML::Node& root, const std::string& file);

}  // namespace parley::io::detail
