#include "parley/report/html/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "parley/report/format.hpp"
#include "parley/report/html/xml.hpp"
#include "parley/report/text_width.hpp"
#include "parley/scenario/red_line.hpp"

namespace parley::report {

namespace {

using scenario::Issue;
using scenario::Position;
using scenario::Scenario;

// Geometry of a chart, in SVG user units.
constexpr double kWidth = 760;
constexpr double kPlotLeft = 170;
constexpr double kPlotRight = 690;
constexpr double kTop = 22;
constexpr double kLane = 28;
constexpr const char* kRedLine = "#b2182b";

struct Lane {
  std::size_t actor_index = 0;
  const Position* position = nullptr;
};

// Maps a point of the issue's scale to an x coordinate.
struct Scale {
  double low = 0;
  double high = 1;
  double x(double v) const {
    const double span = high > low ? high - low : 1.0;
    return kPlotLeft + (std::clamp(v, low, high) - low) / span * (kPlotRight - kPlotLeft);
  }
};

std::string num(double v) {
  return fmt::format("{:.1f}", v);
}

std::vector<Lane> lanes_of(const Scenario& scenario, const Issue& issue) {
  std::vector<Lane> lanes;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    if (const Position* p = scenario.find_position(scenario.actors[i].id, issue.id)) {
      lanes.push_back({i, p});
    }
  }
  return lanes;
}

// The end of the scale beyond the red line (away from what the actor accepts), or NaN when the
// actor accepts only the red line itself.
double unacceptable_end(const Issue& issue, const Position& p) {
  switch (scenario::accepted_side(issue, p)) {
    case scenario::AcceptedSide::at_or_above:
      return issue.scale_min();
    case scenario::AcceptedSide::at_or_below:
      return issue.scale_max();
    case scenario::AcceptedSide::whole_scale:
    case scenario::AcceptedSide::only_the_line:
      break;
  }
  return std::nan("");
}

std::string hatch_pattern(const std::string& id) {
  return fmt::format(
      "<defs><pattern id=\"{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fbe3e4\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"1.5\" "
      "stroke-opacity=\"0.45\"/></pattern></defs>",
      id, kRedLine);
}

std::string lane_svg(const Scenario& scenario, const Issue& issue, const Scale& scale,
                     const Lane& lane, double y, const std::string& hatch_id) {
  const auto& actor = scenario.actors[lane.actor_index];
  const Position& p = *lane.position;
  const std::string colour = actor_colour(lane.actor_index);
  std::string out = fmt::format(
      "<g class=\"lane\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>"
      "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#e3e3e3\"/>",
      num(kPlotLeft - 12), num(y + 4), colour, xml_escape(truncate_to_width(actor.name, 22)),
      num(kPlotLeft), num(y), num(kPlotRight), num(y));
  if (p.red_line) {
    const double end = unacceptable_end(issue, p);
    const double xr = scale.x(p.red_line->value);
    if (!std::isnan(end)) {
      const double xe = scale.x(end);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" fill=\"url(#{})\"/>",
                         num(std::min(xr, xe)), num(y - 10), num(std::fabs(xe - xr)), hatch_id);
    }
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"3\">"
        "<title>{4}: red line at {5}</title></line>",
        num(xr), num(y - 11), num(y + 11), kRedLine, xml_escape(actor.name),
        xml_escape(format_point_with_unit(issue, p.red_line->value)));
  }
  if (p.ideal.range) {
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2\" "
        "stroke-opacity=\"0.6\"/>",
        num(scale.x(p.ideal.range->low)), num(y), num(scale.x(p.ideal.range->high)), num(y),
        colour);
  }
  const double radius = 3.5 + 6.0 * std::clamp(p.salience.value, 0.0, 1.0);
  out += fmt::format(
      "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"1.5\">"
      "<title>{}: ideal {}, salience {}</title></circle>",
      num(scale.x(p.ideal.value)), num(y), num(radius), colour, xml_escape(actor.name),
      xml_escape(format_point_with_unit(issue, p.ideal.value)), format_number(p.salience.value));
  out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"salience\">{}{}</text></g>",
                     num(kPlotRight + 22), num(y + 4), format_number(p.salience.value),
                     p.salience.assumption ? "*" : "");
  return out;
}

std::string numeric_axis(const Issue& issue, const Scale& scale, double y) {
  std::string out;
  for (const double t : axis_ticks(issue.min, issue.max)) {
    const double x = scale.x(t);
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#555555\"/>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>",
        num(x), num(y), num(y + 5), num(y + 18), format_number(t));
  }
  if (!issue.unit.empty()) {  // left of the first tick label, under the actor names
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"unit\">{}</text>",
                       num(kPlotLeft - 30), num(y + 18), xml_escape(issue.unit));
  }
  return out;
}

double option_spacing(const Issue& issue) {
  const std::size_t n = issue.options.size();
  return n > 1 ? (kPlotRight - kPlotLeft) / static_cast<double>(n - 1) : kPlotRight - kPlotLeft;
}

// Option labels alternate between two rows when they would be crowded on one.
bool staggered(const Issue& issue) {
  return issue.kind == scenario::IssueKind::options && issue.options.size() > 3 &&
         option_spacing(issue) < 200;
}

std::string options_axis(const Issue& issue, const Scale& scale, double y) {
  constexpr double kCharWidth = 7;  // a generous average at 12px
  std::string out;
  const std::size_t n = issue.options.size();
  const bool stagger = staggered(issue);
  const double row_room = option_spacing(issue) * (stagger ? 2 : 1);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& option = issue.options[i];
    const std::string& text = option.label.empty() ? option.id : option.label;
    const bool first = n > 1 && i == 0;
    const bool last = n > 1 && i + 1 == n;
    // The outer labels hang inward from their tick: half the room of the middle ones.
    const double room = first || last ? row_room / 2 : row_room - 12;
    const auto chars = static_cast<std::size_t>(std::clamp(room / kCharWidth, 4.0, 40.0));
    const double label_y = y + 18 + (stagger && i % 2 == 1 ? 14 : 0);
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#555555\"/>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"{4}\">{5}<title>{6}</title></text>",
        num(scale.x(static_cast<double>(i))), num(y), num(y + 5), num(label_y),
        first ? "start" : (last ? "end" : "middle"), xml_escape(truncate_to_width(text, chars)),
        xml_escape(option.id + ": " + text));
  }
  return out;
}

std::string ends_svg(const Issue& issue, double y) {
  std::string out;
  if (!issue.low.label.empty()) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"end\">← {}</text>", num(kPlotLeft), num(y),
                       xml_escape(truncate_to_width(issue.low.label, 40)));
  }
  if (!issue.high.label.empty()) {
    out +=
        fmt::format("<text x=\"{}\" y=\"{}\" class=\"end\" text-anchor=\"end\">{} →</text>",
                    num(kPlotRight), num(y), xml_escape(truncate_to_width(issue.high.label, 40)));
  }
  return out;
}

}  // namespace

std::string actor_colour(std::size_t index) {
  static constexpr std::array<const char*, 10> kPalette = {
      "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
      "#56b4e9", "#7f3c8d", "#3c8b3c", "#8c564b", "#555555"};
  return kPalette[index % kPalette.size()];
}

std::vector<double> axis_ticks(double low, double high, int target) {
  std::vector<double> ticks;
  if (!(high > low) || !std::isfinite(low) || !std::isfinite(high) || target < 1) return ticks;
  const double raw = (high - low) / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * magnitude;
    if (raw <= step * 1.0000001) break;
  }
  const double eps = step * kRoundOff;
  const double first = std::ceil((low - eps) / step);
  for (double k = first; k * step <= high + eps; k += 1) {
    ticks.push_back(std::fabs(k) < 0.5 ? 0.0 : k * step);
  }
  return ticks;
}

std::string issue_chart(const Scenario& scenario, const Issue& issue) {
  const std::vector<Lane> lanes = lanes_of(scenario, issue);
  const Scale scale{issue.scale_min(), issue.scale_max()};
  const std::size_t rows = std::max<std::size_t>(lanes.size(), 1);
  const double axis_y = kTop + kLane * static_cast<double>(rows) + 4;
  const double ends_y = axis_y + (staggered(issue) ? 50 : 36);
  const double height = ends_y + 8;
  const std::string hatch_id = "hatch-" + issue.id;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">",
      num(kWidth), num(height), num(kWidth), num(height),
      xml_escape("Positions on " + issue.title));
  out += hatch_pattern(xml_escape(hatch_id));
  out += fmt::format("<text x=\"{}\" y=\"12\" class=\"salience\">salience</text>",
                     num(kPlotRight + 12));
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const double y = kTop + kLane * (static_cast<double>(i) + 0.5);
    out += lane_svg(scenario, issue, scale, lanes[i], y, xml_escape(hatch_id));
  }
  if (lanes.empty()) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"empty\">no positions on this issue</text>",
                       num(kPlotLeft), num(kTop + kLane / 2 + 4));
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555555\"/>",
                     num(kPlotLeft), num(axis_y), num(kPlotRight), num(axis_y));
  out += issue.kind == scenario::IssueKind::numeric ? numeric_axis(issue, scale, axis_y)
                                                    : options_axis(issue, scale, axis_y);
  out += ends_svg(issue, ends_y);
  return out + "</svg>";
}

}  // namespace parley::report
