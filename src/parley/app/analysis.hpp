#pragma once
// The façade: one call runs every analysis of a scenario; its result renders as a terminal
// summary, as JSON and as an HTML report. The CLI (and later bindings or a server) use only this.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "parley/app/bargaining.hpp"
#include "parley/app/red_lines.hpp"
#include "parley/report/html_report.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::app {

// How to run the analysis. Empty for now; later capabilities add their settings here
// (seed, Monte Carlo runs, forecast model…).
struct AnalysisOptions {};

// Everything parley found out about a scenario. Later capabilities add their results here
// (bargaining space, forecasts, stability…).
struct Analysis {
  scenario::Scenario scenario;
  std::vector<RedLineCollision> collisions;  // red lines that leave two actors no common ground
  std::optional<Bargaining> bargaining;      // the bargaining space, with >= 2 parties
};

// Runs every analysis of `scenario`.
Analysis analyse(const scenario::Scenario& scenario, const AnalysisOptions& options = {});

// The text `parley run` prints: title, date, counts, the actors by role, and the red-line
// collisions table.
std::string render_summary(const Analysis& analysis);

// The analysis for machines: {"parley": version, "scenario": …, "counts": …,
// "red_line_collisions": […]}.
nlohmann::ordered_json to_json(const Analysis& analysis);

// The HTML report: the red-line collisions, then the scenario.
// A later capability adds a field to Analysis, fills it in analyse(), writes a section function
// beside scenario_section (report/<capability>_section.hpp, taking its own result type), and
// appends that section here; to_json gains a key for it.
report::HtmlReport render_report(const Analysis& analysis);

}  // namespace parley::app
