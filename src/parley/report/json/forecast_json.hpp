#pragma once
// A forecast for machines (`parley forecast --json`, the "forecast" key of `parley run --json`),
// and as CSV files (`parley forecast --csv DIR`).

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "parley/analysis/forecast.hpp"

namespace parley::report {

// {"run": {"parley", "model", "options": {"probability"?, "round_limit"?}, "seed", "runs",
//  "input", "input_sha256"}, "issues": [{"issue", "title", "unit"?, "options"?, "scale": [low,
//  high], "today": {"median", "mean"}, "forecast", "forecast_0_100", "band": {"p05", "median",
//  "p95"}|null, "stop": "converged"|"cycle"|"round limit", "rounds", "cycle": {"start",
//  "length"}?, "path": [forecast after each round], "positions": {actor: [per round]}}],
//  "sensitivity": [{"input": {"kind", "actor", "issue"?, "low", "high"}, "values": […],
//  "forecasts": {issue: […]}, "swing": {issue: x}}]}. Values are on each issue's own scale.
nlohmann::ordered_json to_json(const analysis::Forecast& forecast);

// The CSV files of a forecast, by file name: "forecast.csv" (one row per issue), "paths.csv"
// (issue, round, actor or "forecast", position on the scale and on 0–100) and
// "sensitivity.csv" (input, value, issue, forecast). Each starts with a comment line "# parley … ·
// model … · seed … · runs … · input … (sha256 …)" that makes the run reproducible; readers take it
// as a comment (pandas: comment='#', R: comment.char='#').
std::map<std::string, std::string> forecast_csv(const analysis::Forecast& forecast);

}  // namespace parley::report
