#pragma once
// Results for machines: the whole analysis, and input errors, as JSON.

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/analysis.hpp"
#include "parley/core/diagnostic.hpp"

namespace parley::report {

// {"parley": version, "scenario": …, "counts": …, "red_line_collisions": […], "bargaining": …
// (null with fewer than two parties), "forecast"?, "news"?, "gmcr"? (gmcr_json.hpp: with a graph
// model, the default scenario's)}.
nlohmann::ordered_json to_json(const analysis::Analysis& analysis);

// A scenario as JSON, in the scenario file format (docs/scenario-format.md).
nlohmann::ordered_json to_json(const scenario::Scenario& scenario);

// Input errors: [{"file", "line", "column", "field", "message"}, …].
nlohmann::ordered_json to_json(const InputError& error);

}  // namespace parley::report
