#include "parley/report/html/analysis_report.hpp"

#include "parley/report/news_view.hpp"

#include "parley/report/bargaining_view.hpp"
#include "parley/report/forecast_view.hpp"
#include "parley/report/gmcr_view.hpp"
#include "parley/report/html/render_html.hpp"
#include "parley/report/red_lines_view.hpp"
#include "parley/report/scenario_view.hpp"
#include "parley/report/summary_view.hpp"

namespace parley::report {

HtmlReport render_report(const analysis::Analysis& a) {
  HtmlReport out;
  out.title = a.scenario.meta.title;
  out.meta = "as of " + a.scenario.meta.as_of + " · " + counts_line(a.scenario);
  out.sections.push_back(render_section(red_lines_view(a.scenario, a.collisions)));
  if (a.bargaining)
    out.sections.push_back(render_section(bargaining_view(*a.bargaining, "The bargaining space")));
  if (a.forecast) out.sections.push_back(render_section(forecast_view(*a.forecast)));
  if (a.gmcr) out.sections.push_back(render_section(gmcr_outcomes_view(*a.gmcr)));
  if (a.news) out.sections.push_back(render_section(news_view(a.scenario, *a.news)));
  out.sections.push_back(render_section(scenario_view(a.scenario)));
  return out;
}

}  // namespace parley::report
