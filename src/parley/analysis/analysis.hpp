#pragma once
// The façade: one call runs every analysis of a scenario and returns plain result values;
// report/ renders them (text, JSON, HTML). The CLI (and later bindings or a server) use only the
// headers of analysis/ and report/.

#include <optional>
#include <string>
#include <vector>

#include "parley/analysis/bargaining.hpp"
#include "parley/analysis/forecast.hpp"
#include "parley/analysis/gmcr.hpp"
#include "parley/analysis/news.hpp"
#include "parley/analysis/red_lines.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// How to run the analysis; later engines add their settings here (seed, Monte Carlo runs,
// forecast model…).
struct AnalysisOptions {
  std::vector<std::string> news;  // news files or folders to read against the scenario
  // Where the bargaining is heading: the expected-utility model, 1,000 Monte Carlo runs (none:
  // no forecast).
  std::optional<ForecastOptions> forecast = ForecastOptions{};
  // A graph model of the same conflict to analyse with it ("Which outcomes would hold"): for the
  // default scenario, the embedded peace-talks model (default_gmcr_for); none for a user's
  // scenario (a later scenario field may name one).
  std::optional<GmcrInput> gmcr;
};

// The graph model that goes with the scenario file `file`: the embedded peace-talks model for the
// default scenario (an empty `file`), none otherwise.
std::optional<GmcrInput> default_gmcr_for(const std::string& file);

// Everything parley found out about a scenario. A new engine adds its result here (see
// docs/architecture.md, "Adding an engine").
struct Analysis {
  scenario::Scenario scenario;
  std::vector<RedLineCollision> collisions;  // red lines that leave two actors no common ground
  std::optional<Bargaining> bargaining;      // the bargaining space, with >= 2 parties
  std::optional<News> news;                  // what the news says, when news was given
  std::optional<Forecast> forecast;          // where it is heading, with actors and issues
  std::optional<Gmcr> gmcr;                  // which outcomes would hold, with a graph model
};

// Runs every analysis of `scenario`.
Analysis analyse(const scenario::Scenario& scenario, const AnalysisOptions& options = {});

}  // namespace parley::analysis
