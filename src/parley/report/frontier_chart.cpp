#include "parley/report/frontier_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/label_placement.hpp"
#include "parley/report/svg_chart.hpp"
#include "parley/report/text_width.hpp"
#include "parley/report/xml.hpp"

namespace parley::report {

namespace {

constexpr double kMargin = 48;  // room for the axes' ticks and titles
constexpr double kPad = 14;     // room above and right of the plot
constexpr const char* kReservationColour = "#b2182b";
constexpr std::size_t kMaxPairParties = 6;

std::string num(double v) {
  return fmt::format("{:.1f}", v);
}

// The utility range an axis shows: the frontier's and the reservation, padded to nice ends.
struct Axis {
  double low = 0;
  double high = 1;
  double start = 0;  // screen coordinate of `low`
  double end = 1;    // screen coordinate of `high`
  double at(double v) const {
    const double span = high > low ? high - low : 1.0;
    return start + (std::clamp(v, low, high) - low) / span * (end - start);
  }
};

Axis axis_of(const bargain::AdditiveSpace& space, const bargain::Frontier& f, std::size_t party) {
  double low = space.reservation[party];
  double high = space.reservation[party];
  for (std::size_t k = 0; k < f.size(); ++k) {
    low = std::min(low, f.point(k)[party]);
    high = std::max(high, f.point(k)[party]);
  }
  low = std::floor(std::min(low, 0.0) * 10) / 10;
  high = std::ceil(std::max(high, low + 0.1) * 10 - 1e-9) / 10;
  return {low, high, 0, 1};
}

std::string axes_svg(const Axis& ax, const Axis& ay, const std::string& x_name,
                     const std::string& y_name) {
  std::string out = fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fafafa\" stroke=\"#cccccc\"/>",
      num(ax.start), num(ay.end), num(ax.end - ax.start), num(ay.start - ay.end));
  for (const double t : axis_ticks(ax.low, ax.high, 5)) {
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#e6e6e6\"/>"
        "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" class=\"tick\">{4}</text>",
        num(ax.at(t)), num(ay.start), num(ay.end), num(ay.start + 14), format_number(t, 2));
  }
  for (const double t : axis_ticks(ay.low, ay.high, 5)) {
    out += fmt::format(
        "<line x1=\"{1}\" y1=\"{0}\" x2=\"{2}\" y2=\"{0}\" stroke=\"#e6e6e6\"/>"
        "<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\" class=\"tick\">{5}</text>",
        num(ay.at(t)), num(ax.start), num(ax.end), num(ax.start - 5), num(ay.at(t) + 4),
        format_number(t, 2));
  }
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">utility of {}</text>",
                     num((ax.start + ax.end) / 2), num(ay.start + 32), xml_escape(x_name));
  out += fmt::format(
      "<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" transform=\"rotate(-90 {0} {1})\">"
      "utility of {2}</text>",
      num(ax.start - 34), num((ay.start + ay.end) / 2), xml_escape(y_name));
  return out;
}

std::string reservation_svg(const bargain::AdditiveSpace& space, const Axis& ax, const Axis& ay,
                            std::size_t x, std::size_t y) {
  const double rx = ax.at(space.reservation[x]);
  const double ry = ay.at(space.reservation[y]);
  return fmt::format(
      "<g class=\"reservation\"><line x1=\"{0}\" y1=\"{2}\" x2=\"{0}\" y2=\"{3}\" stroke=\"{6}\" "
      "stroke-dasharray=\"4 3\"/><line x1=\"{4}\" y1=\"{1}\" x2=\"{5}\" y2=\"{1}\" stroke=\"{6}\" "
      "stroke-dasharray=\"4 3\"/><path d=\"M{7},{8} l8,8 M{7},{9} l8,-8\" stroke=\"{6}\" "
      "stroke-width=\"2\"/><title>disagreement point: reservations {10}, {11}</title></g>",
      num(rx), num(ry), num(ay.start), num(ay.end), num(ax.start), num(ax.end), kReservationColour,
      num(rx - 4), num(ry - 4), num(ry + 4), format_utility(space.reservation[x]),
      format_utility(space.reservation[y]));
}

std::string frontier_svg(const bargain::Frontier& f, const Axis& ax, const Axis& ay, std::size_t x,
                         std::size_t y, std::size_t max_points) {
  const std::size_t n = f.size();
  const std::size_t step =
      std::max<std::size_t>(1, (n + max_points - 1) / std::max<std::size_t>(max_points, 1));
  std::string dots;
  std::string path;
  for (std::size_t k = 0; k < n; k += step) {
    const double px = ax.at(f.point(k)[x]);
    const double py = ay.at(f.point(k)[y]);
    path += fmt::format("{}{},{}", path.empty() ? "M" : " L", num(px), num(py));
    dots += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.2\"/>", num(px), num(py));
  }
  const char* line = f.parties == 2 ? "" : " stroke-opacity=\"0\"";
  return fmt::format(
      "<g class=\"frontier\"><path d=\"{}\" fill=\"none\" stroke=\"#8fa8c8\"{}/>"
      "<g fill=\"#2b5c8a\" fill-opacity=\"0.7\">{}</g></g>",
      path, line, dots);
}

constexpr double kFontSize = 12;     // the chart's text size (set on its <svg>)
constexpr double kCharWidth = 0.56;  // average glyph advance in a sans-serif face, in em
constexpr double kMarkRadius = 5.5;

// Solutions on the same frontier point share one marker and label. Labels are placed so that
// they overlap neither each other nor the markers (label_placement.hpp); one that had to move
// away from its marker gets a leader line.
std::string solutions_svg(const bargain::AdditiveSpace& space,
                          const std::vector<bargain::Solution>& solutions, const Axis& ax,
                          const Axis& ay, std::size_t x, std::size_t y) {
  std::vector<std::pair<const bargain::Solution*, std::string>> marks;
  for (const auto& s : solutions) {
    bool shared = false;
    for (auto& m : marks) {
      if (m.first->utility[x] != s.utility[x] || m.first->utility[y] != s.utility[y]) continue;
      m.second += " = " + short_solution_name(s);
      shared = true;
    }
    if (!shared) marks.push_back({&s, short_solution_name(s)});
  }
  // The disagreement point's label is placed first, then the solutions' labels.
  const std::string d_label = "d (reservations)";
  std::vector<LabelRequest> requests{{ax.at(space.reservation[x]), ay.at(space.reservation[y]),
                                      static_cast<double>(d_label.size()) * kFontSize * kCharWidth,
                                      kFontSize * 1.2, 2}};  // above-right: off the dashed lines
  for (const auto& [s, label] : marks)
    requests.push_back({ax.at(s->utility[x]), ay.at(s->utility[y]),
                        static_cast<double>(display_width(label)) * kFontSize * kCharWidth,
                        kFontSize * 1.2});
  const Box plot{ax.start, ay.end, ax.end, ay.start};
  const auto placed = place_labels(requests, plot, kMarkRadius, 3);
  std::string out =
      fmt::format("<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>", num(placed[0].box.left),
                  num(placed[0].box.bottom - 0.25 * kFontSize), kReservationColour, d_label);
  out += "<g class=\"solutions\">";
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const auto& s = *marks[i].first;
    const LabelRequest& r = requests[i + 1];
    const Box& b = placed[i + 1].box;
    out += fmt::format(
        "<circle cx=\"{0}\" cy=\"{1}\" r=\"{2}\" fill=\"none\" stroke=\"{3}\" "
        "stroke-width=\"2\"><title>{4}: {5}, {6}</title></circle>",
        num(r.x), num(r.y), num(kMarkRadius), actor_colour(i + 1), xml_escape(marks[i].second),
        format_utility(s.utility[x]), format_utility(s.utility[y]));
    if (placed[i + 1].leader) {  // from the marker's edge to the nearest point of the label's box
      const double tx = std::clamp(r.x, b.left, b.right), ty = std::clamp(r.y, b.top, b.bottom);
      const double len = std::hypot(tx - r.x, ty - r.y);
      const double ex = r.x + (tx - r.x) / len * kMarkRadius;
      const double ey = r.y + (ty - r.y) / len * kMarkRadius;
      out += fmt::format(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"0.8\"/>",
          num(ex), num(ey), num(tx), num(ty), actor_colour(i + 1));
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>", num(b.left),
                       num(b.bottom - 0.25 * kFontSize), actor_colour(i + 1),
                       xml_escape(marks[i].second));
  }
  return out + "</g>";
}

}  // namespace

std::string frontier_scatter(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                             const std::vector<bargain::Solution>& solutions, std::size_t x,
                             std::size_t y, double size, std::size_t max_points) {
  Axis ax = axis_of(space, f, x);
  Axis ay = axis_of(space, f, y);
  ax.start = kMargin;
  ax.end = kMargin + size;
  ay.start = kPad + size;  // screen y grows downwards
  ay.end = kPad;
  const double width = kMargin + size + kPad;
  const double height = kPad + size + kMargin;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"frontier-chart\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" font-size=\"{4}\" role=\"img\"><title>Pareto frontier: {2} "
      "against {3}</title>",
      num(width), num(height), xml_escape(space.parties[x]), xml_escape(space.parties[y]),
      num(kFontSize));
  out += axes_svg(ax, ay, space.parties[x], space.parties[y]);
  out += reservation_svg(space, ax, ay, x, y);
  out += frontier_svg(f, ax, ay, x, y, max_points);
  out += solutions_svg(space, solutions, ax, ay, x, y);
  return out + "</svg>";
}

std::string frontier_chart(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                           const std::vector<bargain::Solution>& solutions) {
  const std::size_t P = space.party_count();
  if (P < 2) return {};
  if (P == 2) {
    return "<figure class=\"frontier\">" + frontier_scatter(space, f, solutions, 0, 1) +
           "<figcaption>Each dot is a point of the Pareto frontier (a package no other package "
           "beats for both). Circles: the solutions. Dashed lines: the reservations; the zone of "
           "possible agreement lies above and right of both.</figcaption></figure>";
  }
  std::string out = "<div class=\"small-multiples\">";
  const std::size_t shown = std::min(P, kMaxPairParties);
  for (std::size_t a = 0; a < shown; ++a) {
    for (std::size_t b = a + 1; b < shown; ++b) {
      out += "<figure class=\"frontier\">" + frontier_scatter(space, f, solutions, a, b, 240) +
             "<figcaption>" + xml_escape(space.parties[a] + " × " + space.parties[b]) +
             "</figcaption></figure>";
    }
  }
  out += "</div><p class=\"note\">The frontier of all " + std::to_string(P) +
         " parties projected on each pair" +
         (P > shown ? " of the first " + std::to_string(shown) : std::string()) +
         ": points that look dominated in one projection are better for a third party.</p>";
  return out;
}

}  // namespace parley::report
