#include "parley/report/forecast_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/core/number_format.hpp"
#include "parley/report/forecast_words.hpp"
#include "parley/report/html/forecast_chart.hpp"

namespace parley::report {

namespace {

using analysis::Forecast;
using analysis::IssueForecast;

std::string ending(const Forecast& f, const IssueForecast& issue) {
  if (f.model == analysis::ForecastKind::median || f.model == analysis::ForecastKind::mean) {
    return "no rounds";
  }
  if (!issue.weighed) return "nobody weighs it";
  switch (issue.stop) {
    case forecast::Stop::converged:
      return fmt::format("settled in {}", issue.rounds);
    case forecast::Stop::cycle:
      return fmt::format("cycle {} from {}", issue.cycle_length, issue.cycle_start);
    case forecast::Stop::round_limit:
      return fmt::format("moving at {}", issue.rounds);
  }
  return "";
}

// The sweeps that move dimension k, largest swing first, at most `limit`.
std::vector<std::size_t> top_movers(const Forecast& f, std::size_t k, std::size_t limit) {
  std::vector<std::size_t> m = forecast::movers(f.sweeps, k);
  if (m.size() > limit) m.resize(limit);
  return m;
}

std::string range_text(const Forecast& f, const forecast::UncertainInput& in) {
  if (in.kind == forecast::UncertainInput::Kind::position) {
    return forecast_point_short(f, in.dimension, in.low) + " – " +
           forecast_point_short(f, in.dimension, in.high);
  }
  return format_number(in.low, 2) + " – " + format_number(in.high, 2);
}

}  // namespace

View forecast_view(const Forecast& f) {
  View view{"forecast", "Where it is heading", {}};
  view.heading("Where it is heading", Media::text);
  std::string lead = fmt::format(
      "Where each issue lands by the {}, with the weighted median of today's positions beside it.",
      model_name(f));
  if (f.runs > 0) {
    lead += fmt::format(
        " The band holds 90% of {} Monte Carlo runs that draw capabilities, positions and "
        "saliences within the ranges the input gives.",
        group_thousands(std::to_string(f.runs)));
  }
  view.paragraph(lead);
  // The terminal names options by their ids, the report by their labels.
  for (const bool terminal : {true, false}) {
    const std::size_t wide = terminal ? 22 : 0;
    Table table({{"issue", Align::left, terminal ? 19u : 0u},
                 {"today (median)", Align::left, wide},
                 {"forecast", Align::left, wide},
                 {"5–95%", Align::left, terminal ? 28u : 0u},
                 {"rounds"}},
                fmt::format("Forecast by issue ({})", f.issues.size()));
    for (const auto& issue : f.issues) {
      const std::size_t k = issue.dimension;
      const auto point = [&](double x) {
        return terminal ? forecast_point_short(f, k, x) : forecast_point(f, k, x);
      };
      std::string band = "–";
      if (issue.band) {
        band = point(issue.band->p05) == point(issue.band->p95)
                   ? point(issue.band->p05)
                   : point(issue.band->p05) + " to " + point(issue.band->p95);
      }
      table.add_row({f.inputs.dimensions[k].name, point(issue.median), point(issue.forecast), band,
                     ending(f, issue)});
    }
    view.table(std::move(table), terminal ? Media::text : Media::html);
  }

  // What moves each forecast: the largest swings, on the issues' 0–100 scales.
  struct Row {
    std::size_t k, sweep;
    double swing;
  };
  std::vector<Row> rows;
  for (std::size_t k = 0; k < f.issues.size(); ++k) {
    for (const std::size_t s : top_movers(f, k, 3)) {
      const double swing =
          std::fabs(on_hundred(f, k, f.sweeps[s].swing[k] + f.inputs.dimensions[k].low));
      rows.push_back({k, s, swing});
    }
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.swing > b.swing; });
  if (!rows.empty()) {
    Table movers({{"issue", Align::left, 18},
                  {"input", Align::left, 30},
                  {"swept over", Align::left, 14},
                  {"moves the forecast", Align::left, 32}},
                 "What moves the forecasts most (assumed inputs swept low → high; spread of 100)");
    for (std::size_t r = 0; r < rows.size() && r < 12; ++r) {
      const Row& row = rows[r];
      const forecast::Sweep& sweep = f.sweeps[row.sweep];
      const auto& in = f.uncertain[sweep.input];
      const std::size_t dims = f.inputs.dimensions.size();
      const double first = sweep.forecasts[row.k];
      const double last = sweep.forecasts[(sweep.values.size() - 1) * dims + row.k];
      movers.add_row(
          {f.inputs.dimensions[row.k].name, input_name(f, in), range_text(f, in),
           fmt::format("{} → {} ({} of 100)", forecast_point_short(f, row.k, first),
                       forecast_point_short(f, row.k, last), format_number(row.swing, 1))});
    }
    view.table(std::move(movers));
  } else if (f.uncertain.empty()) {
    view.paragraph("The input states no ranges, so nothing was swept.");
  }
  for (std::size_t k = 0; k < f.issues.size(); ++k) {
    view.figure([&f, k] { return trajectory_chart(f, k); });
    if (!top_movers(f, k, 1).empty()) view.figure([&f, k] { return tornado_chart(f, k); });
  }
  view.paragraph("Run: " + provenance(f), Media::both, "provenance");
  return view;
}

View heading_summary_view(const Forecast& f) {
  View view{"heading", "Where it is heading", {}};
  Table table(
      {{"issue", Align::left, 17},
       {"heading to", Align::left, 26},
       {"today's median", Align::left, 22},
       {"90% of runs", Align::left, 40}},
      fmt::format(
          "Where it is heading ({}{})", short_model_name(f),
          f.runs > 0 ? fmt::format(", {} runs", group_thousands(std::to_string(f.runs))) : ""));
  bool cycles = false;
  for (const auto& issue : f.issues) {
    const std::size_t k = issue.dimension;
    if (!issue.contested) continue;
    const bool cycle = issue.stop == forecast::Stop::cycle;
    cycles = cycles || cycle;
    std::string band = "–";
    if (issue.band) {
      const std::string low = forecast_point_short(f, k, issue.band->p05);
      const std::string high = forecast_point_short(f, k, issue.band->p95);
      band = low == high ? low : low + " … " + high;
    }
    table.add_row({f.inputs.dimensions[k].name + (cycle ? " ↻" : ""),
                   forecast_point_short(f, k, issue.forecast),
                   forecast_point_short(f, k, issue.median), band});
  }
  view.table(std::move(table));
  std::string note =
      "Options by their ids; `parley forecast` gives their labels, the bands and what "
      "moves them.";
  if (cycles) note += " ↻ the bargaining cycles: the forecast is the average over one period.";
  view.paragraph(note, Media::text);
  return view;
}

}  // namespace parley::report
