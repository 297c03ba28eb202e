#pragma once
// A GMCR analysis for machines (`parley gmcr --json`).

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/gmcr.hpp"

namespace parley::report {

// {"model": {"name", "description"?, "input"?, "decision_makers": [{"id", "name", "options":
//  [option ids]}], "options": [{"number", "id", "name", "decision_maker", "changes":
//  "either way"|"only N to Y"|"only Y to N"}], "moves"}, "states": [{"state" (from 1), "pattern"
//  ("NYNNN": Y taken), "taken": [option ids], "payoffs": {dm id: payoff}, "ranks": {dm id: rank,
//  1 = most preferred}}], "concepts": ["nash", "gmr", "smr", "seq"] (those asked for),
//  "stability": {concept: {dm id: [stable states]}}, "equilibria": {concept: [states]},
//  "warnings"?: [...]}. States are numbered from 1, as in the text.
nlohmann::ordered_json to_json(const analysis::Gmcr& gmcr);

}  // namespace parley::report
