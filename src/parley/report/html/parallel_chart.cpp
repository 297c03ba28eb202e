#include "parley/report/html/parallel_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/html/label_placement.hpp"
#include "parley/report/html/solution_marks.hpp"
#include "parley/report/html/svg_chart.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

constexpr double kFont = 12;
constexpr double kTickFont = 11;
constexpr double kMaxWidth = 960;
constexpr double kMaxSpacing = 260;  // between two axes
constexpr double kMinSpacing = 90;
constexpr double kPlotTop = 34;  // below the parties' names
constexpr double kPlotHeight = 280;
constexpr double kMarker = 4.2;
constexpr double kSideBySide = 9;  // between the markers of coinciding points on an axis
constexpr double kKeyOffset = 24;  // from the last axis to the keys at the lines' ends
constexpr double kKeyRow = 15;
constexpr double kLegendGap = 28;  // between the plot and the legend, or two legend columns     //
                                   // the least distance between two keys' baselines
constexpr const char* kReservationColour = "#b2182b";
constexpr const char* kMuted = "#59636e";

std::string num(double v) {
  return svg_number(v);
}

// The shared utility scale.
struct Scale {
  double low = 0, high = 1;
  double top = kPlotTop, bottom = kPlotTop + kPlotHeight;
  double y(double u) const {
    return bottom - (std::clamp(u, low, high) - low) / (high - low) * (bottom - top);
  }
};

Scale scale_of(const bargain::AdditiveSpace& space, const bargain::Frontier& f) {
  double low = 0, high = 1;
  for (const double r : space.reservation) {
    low = std::min(low, r);
    high = std::max(high, r);
  }
  for (const double u : f.utilities) {
    low = std::min(low, u);
    high = std::max(high, u);
  }
  Scale s;
  s.low = std::floor(low * 10 + kRoundOff) / 10;
  s.high = std::ceil(high * 10 - kRoundOff) / 10;
  return s;
}

// Per party, each group's marker x: the axis, or side by side with the groups whose points
// coincide there (within 3 units on screen).
std::vector<std::vector<double>> marker_xs(const std::vector<SolutionGroup>& groups,
                                           const std::vector<double>& axis_x, const Scale& s) {
  std::vector<std::vector<double>> xs(groups.size(), std::vector<double>(axis_x.size()));
  for (std::size_t p = 0; p < axis_x.size(); ++p) {
    std::vector<std::size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return groups[a].utility[p] < groups[b].utility[p];
    });
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i + 1;
      while (j < order.size() &&
             s.y(groups[order[i]].utility[p]) - s.y(groups[order[j]].utility[p]) <= 3)
        ++j;
      const double m = static_cast<double>(j - i);
      for (std::size_t k = i; k < j; ++k)
        xs[order[k]][p] = axis_x[p] + (static_cast<double>(k - i) - (m - 1) / 2) * kSideBySide;
      i = j;
    }
  }
  return xs;
}

// The keys' baselines at the lines' right ends: near each end, at least kKeyRow apart, inside
// [top, bottom] (their text centred on the baseline's 0.35 em above).
std::vector<double> key_positions(const std::vector<double>& wanted, double top, double bottom) {
  std::vector<std::size_t> order(wanted.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return wanted[a] < wanted[b]; });
  std::vector<double> y(wanted.size());
  double last = -1e300;
  for (const std::size_t i : order) {
    y[i] = std::max(std::max(wanted[i], top), last + kKeyRow);
    last = y[i];
  }
  double next = 1e300;  // pushed back up from the bottom when they ran past it
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    y[*it] = std::min(std::min(y[*it], bottom), next - kKeyRow);
    next = y[*it];
  }
  return y;
}

std::string text_svg(double x, double y, const std::string& text, const char* anchor,
                     const std::string& extra) {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}>{}</text>", num(x), num(y),
                     anchor, extra, xml_escape(text));
}

}  // namespace

std::string solutions_parallel_svg(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                                   const std::vector<bargain::Solution>& solutions) {
  const std::size_t P = space.party_count();
  if (solutions.empty() || P < 2) return {};
  const auto groups = group_solutions(solutions);
  const Scale s = scale_of(space, f);
  const auto ticks = axis_ticks(s.low, s.high, 5);

  // Horizontal layout: tick labels, the axes, the keys at the lines' ends.
  double tick_width = 0;
  for (const double t : ticks)
    tick_width = std::max(tick_width, text_box_width(format_number(t, 2), kTickFont));
  double key_width = 0;
  for (const auto& g : groups) key_width = std::max(key_width, text_box_width(g.keys, kFont));
  const double right = kKeyOffset + key_width + 6;
  const double gaps = static_cast<double>(P - 1);
  double left = std::max(tick_width + 16, 40.0);
  const double spacing = std::clamp((kMaxWidth - left - right) / gaps, kMinSpacing, kMaxSpacing);
  // A party's name is cut to the room between axes; the outer ones may hang half over the margins.
  const double name_room = std::min(spacing - 10, 200.0);
  std::vector<std::string> names;
  for (const auto& name : space.parties) names.push_back(fit_text(name, name_room, kFont));
  left = std::max(left, text_box_width(names.front(), kFont) / 2 + 4);
  std::vector<double> axis_x(P);
  for (std::size_t p = 0; p < P; ++p) axis_x[p] = left + static_cast<double>(p) * spacing;
  const double plot_right =
      std::max(axis_x.back() + right, axis_x.back() + text_box_width(names.back(), kFont) / 2 + 4);

  std::string out;
  // Grid lines and the scale's tick labels, left of the first axis.
  for (const double t : ticks) {
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#ececec\"/>",
                       num(axis_x.front()), num(s.y(t)), num(axis_x.back()), num(s.y(t)));
    out += text_svg(axis_x.front() - 12, s.y(t) + 0.35 * kTickFont, format_number(t, 2), "end",
                    fmt::format(" font-size=\"{}\" fill=\"{}\"", num(kTickFont), kMuted));
  }
  // The axes: the frontier's range, the reservation, the name above and the reservation below.
  for (std::size_t p = 0; p < P; ++p) {
    const double x = axis_x[p];
    double lo = s.high, hi = s.low;
    for (std::size_t k = 0; k < f.size(); ++k) {
      lo = std::min(lo, f.point(k)[p]);
      hi = std::max(hi, f.point(k)[p]);
    }
    const double r = space.reservation[p];
    out += "<g class=\"axis\">";
    out += fmt::format(
        "<title>{}: reservation {}{}</title>", xml_escape(space.parties[p]), format_utility(r),
        f.size() ? fmt::format(", frontier {}–{}", format_utility(lo), format_utility(hi))
                 : std::string());
    if (f.size())
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"{}\" rx=\"2\" fill=\"#dfe5ec\"/>",
          num(x - 6), num(s.y(hi)), num(std::max(s.y(lo) - s.y(hi), 1.0)));
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"6\" height=\"{}\" fill=\"{}\" fill-opacity=\"0.22\"/>",
        num(x - 3), num(s.y(r)), num(s.bottom - s.y(r)), kReservationColour);
    out += fmt::format(
        "<line class=\"spine\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#57606a\" "
        "stroke-width=\"1.2\"/>",
        num(x), num(s.top), num(s.bottom));
    for (const double t : ticks)
      out += fmt::format("<line x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\" stroke=\"#57606a\"/>",
                         num(x - 3), num(x + 3), num(s.y(t)));
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{2}\" x2=\"{1}\" y2=\"{2}\" stroke=\"{3}\" "
        "stroke-width=\"2.5\"/>",
        num(x - 9), num(x + 9), num(s.y(r)), kReservationColour);
    out += text_svg(x, kPlotTop - 14, names[p], "middle", " font-weight=\"bold\"");
    out +=
        text_svg(x, s.bottom + 10 + 0.8 * kTickFont, "r = " + format_number(r, 3), "middle",
                 fmt::format(" font-size=\"{}\" fill=\"{}\"", num(kTickFont), kReservationColour));
    out += "</g>";
  }

  // The solutions' lines, the last drawn on top; their markers; their keys.
  const auto xs = marker_xs(groups, axis_x, s);
  std::string lines = "<g class=\"solutions\" fill=\"none\">";
  std::string markers;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::string points, tip = groups[g].keys + ":";
    for (std::size_t p = 0; p < P; ++p) {
      points += fmt::format("{}{},{}", p ? " " : "", num(xs[g][p]), num(s.y(groups[g].utility[p])));
      tip += fmt::format("{} {} {}", p ? "," : "", space.parties[p],
                         format_utility(groups[g].utility[p]));
      markers += group_marker(g, xs[g][p], s.y(groups[g].utility[p]), kMarker, "#ffffff", 1.6);
    }
    const std::string dash = group_dash(g);
    lines += fmt::format(
        "<polyline class=\"solution\" points=\"{}\" stroke=\"{}\" stroke-width=\"2.2\" "
        "stroke-linejoin=\"round\"{}><title>{}</title></polyline>",
        points, group_colour(g), dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"",
        xml_escape(tip));
  }
  out += lines + "</g><g class=\"markers\">" + markers + "</g>";
  std::vector<double> wanted;
  for (const auto& g : groups) wanted.push_back(s.y(g.utility.back()) + 0.35 * kFont);
  const auto keys_y = key_positions(wanted, s.top + 0.35 * kFont, s.bottom + 0.35 * kFont);
  out += "<g class=\"keys\">";
  double last_marker = axis_x.back();
  for (std::size_t g = 0; g < groups.size(); ++g) last_marker = std::max(last_marker, xs[g].back());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const double key_x = axis_x.back() + kKeyOffset;
    const double end_y = s.y(groups[g].utility.back());
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"0.8\"/>",
        num(last_marker + kMarker + 2), num(end_y), num(key_x - 3), num(keys_y[g] - 0.35 * kFont),
        group_colour(g));
    out += text_svg(key_x, keys_y[g], groups[g].keys, "start",
                    fmt::format(" fill=\"{}\" class=\"key\"", group_colour(g)));
  }
  out += "</g>";

  // The legend: right of the plot when there is room, else below it in one or two columns.
  std::vector<LegendRow> rows = solution_legend_rows(solutions, groups, true);
  rows.push_back({fmt::format("<rect x=\"11\" y=\"0\" width=\"6\" height=\"14\" fill=\"{0}\" "
                              "fill-opacity=\"0.22\"/><line x1=\"5\" y1=\"2\" x2=\"23\" y2=\"2\" "
                              "stroke=\"{0}\" stroke-width=\"2.5\"/>",
                              kReservationColour),
                  "r = reservation (red notch); below it, worse than no deal", std::string()});
  if (f.size())
    rows.push_back({"<rect x=\"8\" y=\"0\" width=\"12\" height=\"14\" rx=\"2\" fill=\"#dfe5ec\"/>",
                    "grey band: the party's range on the Pareto frontier", std::string()});
  const double row_width = legend_row_width(rows);
  const double axes_bottom = s.bottom + 10 + 1.05 * kTickFont;  // below the reservations' values
  Legend legend;
  double width = 0, height = 0;
  if (plot_right + kLegendGap + row_width <= kMaxWidth) {
    legend = legend_svg(rows, plot_right + kLegendGap, s.top, 1, row_width);
    width = plot_right + kLegendGap + legend.width + 4;
    height = std::max(axes_bottom, s.top + legend.height) + 6;
  } else {
    const double room = std::max(plot_right, kMaxWidth) - 8;
    const std::size_t columns = 2 * row_width + kLegendGap <= room ? 2 : 1;
    const double legend_top = axes_bottom + 16;
    legend = legend_svg(rows, 8, legend_top, columns,
                        columns == 2 ? row_width + kLegendGap : std::min(room, row_width));
    width = std::max(plot_right, 8 + legend.width + 4);
    height = legend_top + legend.height + 6;
  }
  return fmt::format(
             "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parallel-chart\" "
             "viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" font-size=\"{2}\" "
             "fill=\"#1f2328\" role=\"img\" style=\"max-width:100%;height:auto\"><title>The "
             "solutions in parallel coordinates: each party's utility on its own axis</title>",
             num(width), num(height), num(kFont)) +
         out + legend.svg + "</svg>";
}

std::string solutions_parallel_chart(const bargain::AdditiveSpace& space,
                                     const bargain::Frontier& frontier,
                                     const std::vector<bargain::Solution>& solutions) {
  const std::string svg = solutions_parallel_svg(space, frontier, solutions);
  if (svg.empty()) return {};
  return "<figure class=\"parallel\">" + svg +
         "<figcaption>The solutions side by side: each line is one solution, crossing each "
         "party's axis at that party's utility. A line high on "
         "every axis is good for everyone; where lines cross, parties rank the solutions "
         "differently.</figcaption></figure>";
}

}  // namespace parley::report
