#pragma once
// What the commands print on the terminal, each made of views (report/view.hpp).

#include <string>

#include "parley/analysis/analysis.hpp"
#include "parley/analysis/gmcr.hpp"
#include "parley/analysis/news.hpp"
#include "parley/report/table.hpp"

namespace parley::report {

// `parley run`: title, date, counts, the actors by role, the red-line collisions, where the
// parties could meet (with two or more parties) and where the two main parties stand furthest
// apart.
std::string render_summary(const analysis::Analysis& analysis);

// `parley bargain`: the bargaining view (bargaining_view.hpp) headed `title`.
// `parley forecast`: the forecast by issue, what moves it, and the run's provenance.
std::string render_forecast(const analysis::Forecast& forecast);

std::string render_bargaining(const analysis::Bargaining& bargaining, const std::string& title);

// `parley gmcr`: the model's options and states, the stability of each state for each decision
// maker under the concepts asked for, and the equilibria in words (gmcr_view.hpp).
// With more than 32 states, only the status quo's and the equilibria's rows unless `all_states`.
std::string render_gmcr(const analysis::Gmcr& gmcr, bool all_states = false);

// `parley show`: title and date, then the scenario view (scenario_view.hpp) in `style`.
std::string render_scenario(const scenario::Scenario& scenario,
                            TableStyle style = TableStyle::unicode);

// `parley extract`: the documents read, then every claim (news_view.hpp) in `style`.
std::string render_extraction(const analysis::News& news, TableStyle style = TableStyle::unicode);

}  // namespace parley::report
