#include "parley/report/text/printouts.hpp"

#include "parley/report/bargaining_view.hpp"
#include "parley/report/forecast_view.hpp"
#include "parley/report/gmcr_view.hpp"
#include "parley/report/news_view.hpp"
#include "parley/report/red_lines_view.hpp"
#include "parley/report/scenario_view.hpp"
#include "parley/report/summary_view.hpp"
#include "parley/report/text/render_text.hpp"

namespace parley::report {

std::string render_summary(const analysis::Analysis& a) {
  std::string out = render_text(actors_at_the_table_view(a.scenario));
  out += "\n" + render_text(red_lines_view(a.scenario, a.collisions));
  if (a.bargaining) out += "\n" + render_text(where_they_meet_view(*a.bargaining));
  const Table apart = furthest_apart_table(a.scenario);
  if (!apart.rows().empty()) out += "\n" + apart.render();
  if (a.forecast) out += "\n" + render_text(heading_summary_view(*a.forecast));
  if (a.gmcr) out += "\n" + render_text(gmcr_outcomes_view(*a.gmcr));
  if (a.news) out += "\n" + render_text(news_view(a.scenario, *a.news));
  return out;
}

std::string render_forecast(const analysis::Forecast& forecast) {
  return render_text(forecast_view(forecast));
}

std::string render_gmcr(const analysis::Gmcr& gmcr, bool all_states) {
  return render_text(gmcr_view(gmcr, GmcrViewOptions{all_states}));
}

std::string render_bargaining(const analysis::Bargaining& bargaining, const std::string& title) {
  return render_text(bargaining_view(bargaining, title));
}

std::string render_scenario(const scenario::Scenario& scenario, TableStyle style) {
  View page{"scenario", scenario.meta.title, {}};
  page.heading(scenario.meta.title);
  page.paragraph("as of " + scenario.meta.as_of);
  return render_text(page, style) + "\n" + render_text(scenario_view(scenario), style);
}

std::string render_extraction(const analysis::News& news, TableStyle style) {
  View page{"extract", "Claims", {}};
  page.table(documents_table(news));
  page.table(claims_table(news));
  return render_text(page, style);
}

}  // namespace parley::report
