#include "parley/analysis/analysis.hpp"

#include <algorithm>

#include "parley/bargain/space_from_scenario.hpp"

namespace parley::analysis {

Analysis analyse(const scenario::Scenario& scenario, const AnalysisOptions& options) {
  Analysis out;
  out.scenario = scenario;
  out.collisions = red_line_collisions(scenario);
  const auto parties = std::count_if(scenario.actors.begin(), scenario.actors.end(),
                                     [](const auto& a) { return a.role == scenario::Role::party; });
  if (parties >= 2) out.bargaining = analyse_bargaining(bargain::space_from_scenario(scenario));
  if (!options.news.empty()) out.news = read_news(options.news, scenario);
  if (options.forecast && !scenario.actors.empty() && !scenario.issues.empty() &&
      !scenario.positions.empty()) {
    out.forecast = analyse_forecast(scenario, *options.forecast);
  }
  if (options.gmcr) out.gmcr = analyse_gmcr(*options.gmcr);
  return out;
}

std::optional<GmcrInput> default_gmcr_for(const std::string& file) {
  if (!file.empty()) return std::nullopt;
  return load_gmcr_input("");
}

}  // namespace parley::analysis
