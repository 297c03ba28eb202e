// How a forecast reads (report/forecast_view.hpp): the terminal with option ids, the report with
// their labels and the charts, both with the same forecasts and the run's provenance.

#include "parley/report/forecast_view.hpp"

#include <gtest/gtest.h>

#include "parley/analysis/forecast.hpp"
#include "parley/report/forecast_words.hpp"
#include "parley/report/html/render_html.hpp"
#include "parley/report/text/render_text.hpp"
#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

analysis::Forecast sample_forecast() {
  analysis::ForecastOptions o;
  o.model = analysis::ForecastKind::bdm;
  o.runs = 50;
  return analysis::analyse_forecast(test::sample_scenario(), o);
}

TEST(ForecastView, TerminalAndReportSayTheSame) {
  const analysis::Forecast f = sample_forecast();
  const View view = forecast_view(f);
  const std::string text = render_text(view);
  const std::string html = render_section(view).html;
  for (std::size_t k = 0; k < f.issues.size(); ++k) {
    EXPECT_NE(text.find(forecast_point_short(f, k, f.issues[k].forecast)), std::string::npos);
    EXPECT_NE(html.find(forecast_point(f, k, f.issues[k].forecast)), std::string::npos);
  }
  EXPECT_NE(text.find("seed 1 · 50 runs"), std::string::npos) << text;
  EXPECT_NE(html.find("seed 1 · 50 runs"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);  // the trajectory charts
  EXPECT_EQ(text.find("<svg"), std::string::npos);
}

TEST(ForecastWords, PointsInTheIssuesOwnWords) {
  const analysis::Forecast f = sample_forecast();
  // The sample's second issue has options eight, nine, ten, twelve (8-hour … 12-hour shifts).
  ASSERT_FALSE(f.option_labels[1].empty());
  EXPECT_EQ(forecast_point(f, 1, 1.0), f.option_labels[1][1]);
  EXPECT_EQ(forecast_point(f, 1, 1.4), f.option_labels[1][1] + " (1.4)");
  EXPECT_EQ(forecast_point_short(f, 1, 2.0), f.option_ids[1][2]);
  EXPECT_EQ(forecast_point(f, 0, 2.5), "2.5 percent");
  EXPECT_DOUBLE_EQ(on_hundred(f, 0, 2.5), 25.0);
}

}  // namespace
}  // namespace parley::report
