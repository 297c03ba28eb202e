#include "parley/report/html/forecast_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/forecast_words.hpp"
#include "parley/report/html/label_placement.hpp"
#include "parley/report/html/svg_chart.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

constexpr double kWidth = 760;
constexpr double kFont = 11;

std::string n1(double v) {
  return fmt::format("{:.1f}", v);
}

std::string svg_open(double height, const std::string& label) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"{2}\">",
      n1(kWidth), n1(height), xml_escape(label));
}

// The ticks of a dimension's axis: the option indices with their labels, or nice numbers.
std::vector<std::pair<double, std::string>> value_ticks(const analysis::Forecast& f,
                                                        std::size_t k) {
  std::vector<std::pair<double, std::string>> ticks;
  const auto& d = f.inputs.dimensions[k];
  if (k < f.option_labels.size() && !f.option_labels[k].empty()) {
    for (std::size_t o = 0; o < f.option_labels[k].size(); ++o) {
      ticks.emplace_back(static_cast<double>(o), f.option_labels[k][o]);
    }
    return ticks;
  }
  for (const double t : axis_ticks(d.low, d.high, 5)) {
    ticks.emplace_back(t, forecast_point(f, k, t));
  }
  return ticks;
}

}  // namespace

std::string trajectory_chart(const analysis::Forecast& f, std::size_t k) {
  const auto& d = f.inputs.dimensions[k];
  const analysis::IssueForecast& issue = f.issues[k];
  const forecast::Trajectory& t = f.trajectories[k];
  const auto ticks = value_ticks(f, k);
  double label_width = 0;
  for (const auto& [v, text] : ticks)
    label_width = std::max(label_width, text_box_width(text, kFont));
  const double left = std::min(260.0, 16 + label_width);
  const double right = kWidth - 150;  // actor names at the lines' ends, then the band
  const double top = 26, bottom = 250, height = 282;
  const std::size_t last = std::max<std::size_t>(t.rounds.size() - 1, 1);
  const auto x = [&](std::size_t r) {
    return left + (right - 60 - left) * static_cast<double>(r) / static_cast<double>(last);
  };
  const auto y = [&](double v) {
    const double span = d.high > d.low ? d.high - d.low : 1;
    return bottom - (std::clamp(v, d.low, d.high) - d.low) / span * (bottom - top);
  };
  const std::string title = k < f.titles.size() ? f.titles[k] : d.name;
  std::string out = svg_open(height, "Forecast path of " + title);
  out += fmt::format("<text x=\"{}\" y=\"14\" class=\"chart-title\">{}</text>", n1(left),
                     xml_escape(title));
  for (const auto& [v, text] : ticks) {
    out += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#e5e5e5\"/>"
        "<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\" font-size=\"{5}\">{6}</text>",
        n1(left), n1(right - 60), n1(y(v)), n1(left - 6), n1(y(v) + 4), kFont,
        xml_escape(fit_text(text, left - 10, kFont)));
  }
  for (std::size_t r = 0; r <= last; r += std::max<std::size_t>(1, last / 10)) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\">{}</text>",
                       n1(x(r)), n1(bottom + 16), kFont, r);
  }
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\">round</text>",
                     n1((left + right - 60) / 2), n1(bottom + 30), kFont);
  // Today's weighted median.
  out += fmt::format(
      "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#777777\" "
      "stroke-dasharray=\"4 3\"><title>today's weighted median: {3}</title></line>",
      n1(left), n1(right - 60), n1(y(issue.median)),
      xml_escape(forecast_point(f, k, issue.median)));
  // The actors, with their names placed at the lines' ends without overlap.
  const std::size_t actors = f.inputs.actors.size();
  std::vector<LabelRequest> requests;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < actors; ++i) {
    if (f.inputs.actors[i].salience[k] <= 0) continue;
    std::string points;
    for (std::size_t r = 0; r < t.rounds.size(); ++r) {
      points += fmt::format("{},{} ", n1(x(r)), n1(y(t.rounds[r].positions[i])));
    }
    if (t.rounds.size() == 1) {
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\"/>", n1(x(0)),
                         n1(y(t.rounds[0].positions[i])), actor_colour(i));
    }
    out += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.3\" "
        "stroke-opacity=\"0.8\"><title>{}</title></polyline>",
        points, actor_colour(i), xml_escape(f.inputs.actors[i].name));
    const double end_y = y(t.rounds.back().positions[i]);
    requests.push_back({x(t.rounds.size() - 1), end_y,
                        text_box_width(f.inputs.actors[i].name, kFont), kFont * 1.05, 0});
    shown.push_back(i);
  }
  // The forecast after each round.
  std::string path;
  for (std::size_t r = 0; r < issue.path.size(); ++r) {
    path += fmt::format("{},{} ", n1(x(r)), n1(y(issue.path[r])));
  }
  out += fmt::format(
      "<polyline points=\"{}\" fill=\"none\" stroke=\"#111111\" stroke-width=\"3\">"
      "<title>forecast: {}</title></polyline>",
      path, xml_escape(forecast_point(f, k, issue.forecast)));
  // The actors' names over every line, each with a white halo (the forecast's thick line would
  // hide a name it runs under).
  const auto placed = place_labels(requests, Box{left, top - 10, right + 4, bottom + 4}, 2, 3);
  for (std::size_t j = 0; j < placed.size(); ++j) {
    const Box& b = placed[j].box;
    if (placed[j].leader) {
      out += fmt::format(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
          "stroke-width=\"0.6\"/>",
          n1(requests[j].x), n1(requests[j].y), n1(b.left), n1((b.top + b.bottom) / 2),
          actor_colour(shown[j]));
    }
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" stroke=\"#ffffff\" "
        "stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
        n1(b.left), n1(b.bottom - 2.5), kFont, actor_colour(shown[j]),
        xml_escape(f.inputs.actors[shown[j]].name));
  }
  // The band.
  const double band_x = right + 40;
  if (issue.band) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"{}\" fill=\"#999999\" fill-opacity=\"0.35\">"
        "<title>90% of runs: {} to {}</title></rect>"
        "<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#111111\" stroke-width=\"2\"/>"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\">5–95%</text>",
        n1(band_x), n1(y(issue.band->p95)),
        n1(std::max(1.0, y(issue.band->p05) - y(issue.band->p95))),
        xml_escape(forecast_point(f, k, issue.band->p05)),
        xml_escape(forecast_point(f, k, issue.band->p95)), n1(band_x - 3), n1(band_x + 21),
        n1(y(issue.band->median)), n1(y(issue.band->median)), n1(band_x + 9), n1(bottom + 16),
        kFont);
  }
  out += fmt::format(
      "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#555555\"/>"
      "<line x1=\"{0}\" x2=\"{3}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#555555\"/>",
      n1(left), n1(top), n1(bottom), n1(right - 60));
  return out + "</svg>";
}

std::string tornado_chart(const analysis::Forecast& f, std::size_t k) {
  std::vector<std::size_t> rows = forecast::movers(f.sweeps, k);
  if (rows.size() > 8) rows.resize(8);
  const auto& d = f.inputs.dimensions[k];
  const std::size_t dims = f.inputs.dimensions.size();
  const double row_height = 22, top = 48;
  const double height = top + row_height * static_cast<double>(rows.size()) + 40;
  double label_width = 0;
  for (const std::size_t s : rows) {
    label_width =
        std::max(label_width, text_box_width(input_name(f, f.uncertain[f.sweeps[s].input]), kFont));
  }
  const double left = std::min(300.0, 16 + label_width), right = kWidth - 40;
  // The horizontal axis spans what the bars reach, widened a little.
  double lo = f.issues[k].forecast, hi = lo;
  for (const std::size_t s : rows) {
    for (std::size_t v = 0; v < f.sweeps[s].values.size(); ++v) {
      lo = std::min(lo, f.sweeps[s].forecasts[v * dims + k]);
      hi = std::max(hi, f.sweeps[s].forecasts[v * dims + k]);
    }
  }
  const double pad = std::max((hi - lo) * 0.1, (d.high - d.low) * 0.01);
  lo = std::max(d.low, lo - pad);
  hi = std::min(d.high, hi + pad);
  const auto x = [&](double v) {
    return left + (v - lo) / (hi > lo ? hi - lo : 1) * (right - left);
  };
  const std::string title = k < f.titles.size() ? f.titles[k] : d.name;
  std::string out = svg_open(height, "What moves the forecast of " + title);
  out += fmt::format(
      "<text x=\"{}\" y=\"14\" class=\"chart-title\">What moves the forecast of {}</text>",
      n1(left), xml_escape(title));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const forecast::Sweep& sweep = f.sweeps[rows[r]];
    const double at_low = sweep.forecasts[k];
    const double at_high = sweep.forecasts[(sweep.values.size() - 1) * dims + k];
    const double yy = top + row_height * static_cast<double>(r);
    const std::string name = input_name(f, f.uncertain[sweep.input]);
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"{}\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">"
        "<title>{}: low end {}, high end {}</title></rect>",
        n1(left - 6), n1(yy + 14), kFont, xml_escape(fit_text(name, left - 10, kFont)),
        n1(std::min(x(at_low), x(at_high))), n1(yy + 3),
        n1(std::max(1.5, std::fabs(x(at_high) - x(at_low)))), n1(row_height - 6),
        at_high >= at_low ? "#4477aa" : "#cc6677", xml_escape(name),
        xml_escape(forecast_point(f, k, at_low)), xml_escape(forecast_point(f, k, at_high)));
  }
  const double base_x = x(f.issues[k].forecast);
  const double axis_y = top + row_height * static_cast<double>(rows.size()) + 4;
  const double half = (right - left) / 2 - 8;
  out += fmt::format(
      "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#111111\"/>"
      "<text x=\"{0}\" y=\"{3}\" text-anchor=\"{4}\" font-size=\"{5}\">forecast: {6}</text>",
      n1(base_x), n1(top - 4), n1(axis_y), n1(top - 10), base_x < left + half ? "start" : "end",
      kFont, xml_escape(fit_text(forecast_point(f, k, f.issues[k].forecast), half, kFont)));
  out += fmt::format(
      "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#555555\"/>"
      "<text x=\"{0}\" y=\"{3}\" font-size=\"{4}\">{5}</text>"
      "<text x=\"{1}\" y=\"{3}\" text-anchor=\"end\" font-size=\"{4}\">{6}</text>"
      "<text x=\"{0}\" y=\"{7}\" font-size=\"{8}\" fill=\"#555555\">blue: the forecast rises "
      "as the input rises; red: it falls</text>",
      n1(left), n1(right), n1(axis_y), n1(axis_y + 14), kFont,
      xml_escape(fit_text(forecast_point(f, k, lo), half, kFont)),
      xml_escape(fit_text(forecast_point(f, k, hi), half, kFont)), n1(axis_y + 30), kFont - 1);
  return out + "</svg>";
}

}  // namespace parley::report
