#include "parley/report/html/frontier_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/html/label_placement.hpp"
#include "parley/report/html/solution_marks.hpp"
#include "parley/report/html/svg_chart.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

constexpr double kFont = 12;      // titles and labels (set on the <svg>)
constexpr double kTickFont = 11;  // tick labels
constexpr double kMarkRadius = 5.5;
constexpr double kLabelGap = 3;
constexpr double kMaxWidth = 960;  // the whole chart, so that it fits a page
constexpr double kMaxCell = 400;   // a matrix panel's largest side
constexpr double kGapX = 26;       // between matrix columns: room for two half tick labels
constexpr double kGapY = 18;       // between matrix rows
constexpr double kTop = 10;        // above the plots: half a tick label
constexpr double kRight = 14;      // right of the plots: half a tick label
constexpr double kBottom = 38;     // below the plots: tick labels and the axis title
constexpr double kLegendGap = 24;  // between a plot and a legend beside or below it
constexpr const char* kReservationColour = "#b2182b";
constexpr const char* kMuted = "#59636e";
constexpr const char* kDotColour = "#6b7a8c";
constexpr std::size_t kMaxPairParties = 6;

std::string num(double v) {
  return svg_number(v);
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
  high = std::ceil(std::max(high, low + 0.1) * 10 - kRoundOff) / 10;
  return {low, high, 0, 1};
}

// The widest tick label of an axis.
double tick_label_width(const Axis& a) {
  double w = 0;
  for (const double t : axis_ticks(a.low, a.high, 5))
    w = std::max(w, text_box_width(format_number(t, 2), kTickFont));
  return w;
}

// The left margin: a rotated axis title, then the tick labels.
double left_margin(double tick_width) {
  return 4 + 1.05 * kFont + 6 + tick_width + 5;
}

// One scatter of a chart: parties `x` across and `y` up, where it sits and what it labels.
struct Panel {
  std::size_t x = 0, y = 1;
  Axis ax, ay;
  bool x_ticks = true, y_ticks = true;  // tick labels below / left of the plot
  bool x_title = true, y_title = true;  // axis titles below the ticks / at the chart's left edge
  double dot_radius = 2.2;
  std::size_t max_points = 4000;
  Box plot() const { return {ax.start, ay.end, ax.end, ay.start}; }
};

std::string text_svg(double x, double y, const std::string& text, const char* anchor,
                     const std::string& extra) {
  return fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>", num(x), num(y),
                     anchor[0] ? fmt::format(" text-anchor=\"{}\"", anchor) : std::string(), extra,
                     xml_escape(text));
}

std::string grid_svg(const Panel& p, const bargain::AdditiveSpace& space) {
  const Axis& ax = p.ax;
  const Axis& ay = p.ay;
  std::string out = fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fafafa\" stroke=\"#cccccc\"/>",
      num(ax.start), num(ay.end), num(ax.end - ax.start), num(ay.start - ay.end));
  const std::string tick = fmt::format(" font-size=\"{}\" fill=\"{}\"", num(kTickFont), kMuted);
  for (const double t : axis_ticks(ax.low, ax.high, 5)) {
    out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#e6e6e6\"/>",
                       num(ax.at(t)), num(ay.start), num(ay.end));
    if (p.x_ticks)
      out +=
          text_svg(ax.at(t), ay.start + 4 + 0.8 * kTickFont, format_number(t, 2), "middle", tick);
  }
  for (const double t : axis_ticks(ay.low, ay.high, 5)) {
    out += fmt::format("<line x1=\"{1}\" y1=\"{0}\" x2=\"{2}\" y2=\"{0}\" stroke=\"#e6e6e6\"/>",
                       num(ay.at(t)), num(ax.start), num(ax.end));
    if (p.y_ticks)
      out += text_svg(ax.start - 5, ay.at(t) + 0.35 * kTickFont, format_number(t, 2), "end", tick);
  }
  if (p.x_title) {
    const std::string title =
        fit_text("utility of " + space.parties[p.x], ax.end - ax.start, kFont);
    out += text_svg((ax.start + ax.end) / 2, ay.start + 4 + 1.05 * kTickFont + 6 + 0.8 * kFont,
                    title, "middle", " class=\"axis-title\"");
  }
  if (p.y_title) {
    const std::string title =
        fit_text("utility of " + space.parties[p.y], ay.start - ay.end, kFont);
    const double tx = 4 + 0.8 * kFont;
    const double ty = (ay.start + ay.end) / 2;
    out += text_svg(
        tx, ty, title, "middle",
        fmt::format(" class=\"axis-title\" transform=\"rotate(-90 {} {})\"", num(tx), num(ty)));
  }
  return out;
}

std::string reservation_svg(const bargain::AdditiveSpace& space, const Panel& p) {
  const double rx = p.ax.at(space.reservation[p.x]);
  const double ry = p.ay.at(space.reservation[p.y]);
  return fmt::format(
      "<g class=\"reservation\"><line x1=\"{0}\" y1=\"{2}\" x2=\"{0}\" y2=\"{3}\" stroke=\"{6}\" "
      "stroke-dasharray=\"4 3\"/><line x1=\"{4}\" y1=\"{1}\" x2=\"{5}\" y2=\"{1}\" stroke=\"{6}\" "
      "stroke-dasharray=\"4 3\"/><path d=\"M{7},{8} l8,8 M{7},{9} l8,-8\" stroke=\"{6}\" "
      "stroke-width=\"2\"/><title>d, the disagreement point: reservations {10}, {11}</title></g>",
      num(rx), num(ry), num(p.ay.start), num(p.ay.end), num(p.ax.start), num(p.ax.end),
      kReservationColour, num(rx - 4), num(ry - 4), num(ry + 4),
      format_utility(space.reservation[p.x]), format_utility(space.reservation[p.y]));
}

// The frontier's dots (and, for two parties, the line through them); each dot's box goes to
// `obstacles`, and for the line boxes every few units along it.
std::string frontier_svg(const bargain::Frontier& f, const Panel& p, std::vector<Box>& obstacles) {
  const std::size_t n = f.size();
  const std::size_t step =
      std::max<std::size_t>(1, (n + p.max_points - 1) / std::max<std::size_t>(p.max_points, 1));
  std::string dots;
  std::string path;
  const double r = p.dot_radius;
  double last_x = 0, last_y = 0;
  for (std::size_t k = 0; k < n; k += step) {
    const double px = p.ax.at(f.point(k)[p.x]);
    const double py = p.ay.at(f.point(k)[p.y]);
    dots += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>", num(px), num(py), num(r));
    obstacles.push_back({px - r, py - r, px + r, py + r});
    if (f.parties == 2) {
      path += fmt::format("{}{},{}", path.empty() ? "M" : " L", num(px), num(py));
      if (k > 0) {  // the segment from the previous dot, every 4 units
        const double len = std::hypot(px - last_x, py - last_y);
        for (double s = 4; s < len; s += 4) {
          const double sx = last_x + (px - last_x) * s / len;
          const double sy = last_y + (py - last_y) * s / len;
          obstacles.push_back({sx - 1, sy - 1, sx + 1, sy + 1});
        }
      }
    }
    last_x = px;
    last_y = py;
  }
  std::string out = "<g class=\"frontier\">";
  if (!path.empty())
    out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#b8c2cc\" stroke-width=\"1.2\"/>";
  // A dense cloud is drawn lighter, so that the solutions' marks and keys stand out on it.
  const std::size_t drawn = (n + step - 1) / step;
  return out + fmt::format("<g fill=\"{}\" fill-opacity=\"{}\">{}</g></g>", kDotColour,
                           drawn > 400 ? "0.35" : "0.6", dots);
}

std::string label_text(const Box& b, const std::string& text, const std::string& colour) {
  return fmt::format(
      "<text x=\"{}\" y=\"{}\" fill=\"{}\" class=\"key\" stroke=\"#ffffff\" stroke-width=\"3\" "
      "stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
      num(b.left), num(b.top + 0.875 * kFont), colour, xml_escape(text));
}

std::string leader_svg(double x, double y, const Box& b, const std::string& colour) {
  // From the marker's edge to the nearest point of the label's box.
  const double tx = std::clamp(x, b.left, b.right), ty = std::clamp(y, b.top, b.bottom);
  const double len = std::hypot(tx - x, ty - y);
  if (len <= kMarkRadius) return {};
  const double ex = x + (tx - x) / len * kMarkRadius;
  const double ey = y + (ty - y) / len * kMarkRadius;
  return fmt::format(
      "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"0.8\"/>", num(ex),
      num(ey), num(tx), num(ty), colour);
}

// The solutions' marks and keys. Groups whose points coincide in this projection share a mark
// position (their markers drawn over each other) and one label listing their keys.
std::string solutions_svg(const bargain::AdditiveSpace& space,
                          const std::vector<SolutionGroup>& groups, const Panel& p,
                          const std::vector<Box>& obstacles) {
  struct Mark {
    double ux, uy;
    std::vector<std::size_t> groups;
    std::string keys;
  };
  std::vector<Mark> marks;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const double ux = groups[g].utility[p.x], uy = groups[g].utility[p.y];
    auto same = [&](const Mark& m) { return m.ux == ux && m.uy == uy; };
    if (auto m = std::find_if(marks.begin(), marks.end(), same); m != marks.end()) {
      m->groups.push_back(g);
      m->keys += ", " + groups[g].keys;
    } else {
      marks.push_back({ux, uy, {g}, groups[g].keys});
    }
  }
  const std::string d_label = "d";
  std::vector<LabelRequest> requests{{p.ax.at(space.reservation[p.x]),
                                      p.ay.at(space.reservation[p.y]),
                                      text_box_width(d_label, kFont), kFont * 1.2, 2}};
  for (const auto& m : marks)
    requests.push_back({p.ax.at(m.ux), p.ay.at(m.uy), text_box_width(m.keys, kFont), kFont * 1.2,
                        2});  // above-right first: outside the frontier
  const auto placed = place_labels(requests, p.plot(), kMarkRadius, kLabelGap, obstacles);

  std::string out = "<g class=\"solutions\">";
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const LabelRequest& r = requests[i + 1];
    std::string tip = marks[i].keys + ": " + space.parties[p.x] + " " +
                      format_utility(marks[i].ux) + ", " + space.parties[p.y] + " " +
                      format_utility(marks[i].uy);
    out += fmt::format("<g class=\"mark\" data-x=\"{}\" data-y=\"{}\"><title>{}</title>", num(r.x),
                       num(r.y), xml_escape(tip));
    for (std::size_t k = 0; k < marks[i].groups.size(); ++k)
      out += group_marker(marks[i].groups[k], r.x, r.y, kMarkRadius, k == 0 ? "#ffffff" : "none");
    out += "</g>";
  }
  out += "</g><g class=\"labels\">";
  if (placed[0].leader)
    out += leader_svg(requests[0].x, requests[0].y, placed[0].box, kReservationColour);
  out += label_text(placed[0].box, d_label, kReservationColour);
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const std::string colour = group_colour(marks[i].groups.front());
    if (placed[i + 1].leader)
      out += leader_svg(requests[i + 1].x, requests[i + 1].y, placed[i + 1].box, colour);
    out += label_text(placed[i + 1].box, marks[i].keys, colour);
  }
  return out + "</g>";
}

std::string panel_svg(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                      const std::vector<SolutionGroup>& groups, const Panel& p) {
  std::string out = fmt::format("<g class=\"panel\"><title>{} against {}</title>",
                                xml_escape(space.parties[p.x]), xml_escape(space.parties[p.y]));
  out += grid_svg(p, space);
  out += reservation_svg(space, p);
  std::vector<Box> obstacles;
  out += frontier_svg(f, p, obstacles);
  // The dashed reservation lines are obstacles too.
  const double rx = p.ax.at(space.reservation[p.x]);
  const double ry = p.ay.at(space.reservation[p.y]);
  obstacles.push_back({rx - 1, p.ay.end, rx + 1, p.ay.start});
  obstacles.push_back({p.ax.start, ry - 1, p.ax.end, ry + 1});
  out += solutions_svg(space, groups, p, obstacles);
  return out + "</g>";
}

// The legend's rows: the solutions' markers and keys, d, and a frontier dot.
std::vector<LegendRow> legend_rows(const std::vector<bargain::Solution>& solutions,
                                   const std::vector<SolutionGroup>& groups) {
  std::vector<LegendRow> rows = solution_legend_rows(solutions, groups, false);
  rows.push_back(
      {fmt::format("<line x1=\"2\" y1=\"7\" x2=\"26\" y2=\"7\" stroke=\"{0}\" "
                   "stroke-dasharray=\"4 3\"/><path d=\"M10,3 l8,8 M10,11 l8,-8\" stroke=\"{0}\" "
                   "stroke-width=\"2\"/>",
                   kReservationColour),
       "d = no agreement: the reservations (dashed)", std::string()});
  rows.push_back({fmt::format("<g fill=\"{}\" fill-opacity=\"0.6\"><circle cx=\"7\" cy=\"7\" "
                              "r=\"2.2\"/><circle cx=\"14\" cy=\"7\" r=\"2.2\"/><circle cx=\"21\" "
                              "cy=\"7\" r=\"2.2\"/></g>",
                              kDotColour),
                  "points of the Pareto frontier", std::string()});
  return rows;
}

std::string svg_open(double width, double height, const std::string& title) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"frontier-chart\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" font-size=\"{2}\" fill=\"#1f2328\" role=\"img\" "
      "style=\"max-width:100%;height:auto\"><title>{3}</title>",
      num(width), num(height), num(kFont), xml_escape(title));
}

}  // namespace

std::string frontier_scatter(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                             const std::vector<bargain::Solution>& solutions, std::size_t x,
                             std::size_t y, double size, std::size_t max_points) {
  Panel p;
  p.x = x;
  p.y = y;
  p.ax = axis_of(space, f, x);
  p.ay = axis_of(space, f, y);
  p.max_points = max_points;
  const double left = left_margin(tick_label_width(p.ay));
  p.ax.start = left;
  p.ax.end = left + size;
  p.ay.start = kTop + size;  // screen y grows downwards
  p.ay.end = kTop;
  const auto groups = group_solutions(solutions);
  const auto rows = legend_rows(solutions, groups);
  const double legend_x = p.ax.end + kRight + kLegendGap;
  const double legend_width = std::min(legend_row_width(rows), kMaxWidth - legend_x);
  const Legend legend = legend_svg(rows, legend_x, kTop + 4, 1, legend_width);
  const double width = legend_x + legend.width + 4;
  const double height = std::max(kTop + size + kBottom, kTop + 4 + legend.height + 4);
  std::string out = svg_open(
      width, height, "Pareto frontier: " + space.parties[x] + " against " + space.parties[y]);
  out += panel_svg(space, f, groups, p);
  out += legend.svg;
  return out + "</svg>";
}

std::string frontier_matrix(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                            const std::vector<bargain::Solution>& solutions,
                            std::size_t max_parties, std::size_t max_points) {
  const std::size_t shown = std::min(space.party_count(), std::max<std::size_t>(max_parties, 2));
  if (shown < 2) return {};
  const std::size_t n = shown - 1;  // rows and columns
  const double cells = static_cast<double>(n);
  std::vector<Axis> axes;
  for (std::size_t p = 0; p < shown; ++p) axes.push_back(axis_of(space, f, p));
  double tick_width = 0;
  for (std::size_t p = 1; p < shown; ++p)
    tick_width = std::max(tick_width, tick_label_width(axes[p]));
  const double left = left_margin(tick_width);
  const double cell =
      std::min(kMaxCell, std::floor((kMaxWidth - left - kRight - (cells - 1) * kGapX) / cells));
  const double grid_width = left + cells * cell + (cells - 1) * kGapX + kRight;
  const double grid_height = kTop + cells * cell + (cells - 1) * kGapY + kBottom;

  const auto groups = group_solutions(solutions);
  std::string out;
  for (std::size_t row = 0; row < n; ++row) {
    for (std::size_t col = 0; col <= row; ++col) {
      Panel p;
      p.x = col;
      p.y = row + 1;
      p.ax = axes[p.x];
      p.ay = axes[p.y];
      p.ax.start = left + static_cast<double>(col) * (cell + kGapX);
      p.ax.end = p.ax.start + cell;
      p.ay.end = kTop + static_cast<double>(row) * (cell + kGapY);
      p.ay.start = p.ay.end + cell;
      p.x_ticks = p.x_title = row + 1 == n;
      p.y_ticks = p.y_title = col == 0;
      p.dot_radius = cell < 250 ? 1.6 : 2.0;
      p.max_points = max_points;
      out += panel_svg(space, f, groups, p);
    }
  }

  // The legend: in the empty cells right of the first panel when it fits there, else below.
  const auto rows = legend_rows(solutions, groups);
  const double row_width = legend_row_width(rows);
  const double beside_x = left + cell + kGapX + 8;
  Legend legend;
  double height = grid_height;
  if (n >= 2 && row_width <= grid_width - beside_x - 4 &&
      18 * static_cast<double>(rows.size()) <= cell) {
    legend = legend_svg(rows, beside_x, kTop + 4, 1, grid_width - beside_x - 4);
  } else {
    const double room = grid_width - left - 4;
    const std::size_t columns = row_width * 2 + kLegendGap <= room ? 2 : 1;
    legend = legend_svg(rows, left, grid_height + 4, columns,
                        columns == 2 ? row_width + kLegendGap : std::min(room, row_width));
    height = grid_height + 4 + legend.height + 6;
  }
  std::string title = "Pareto frontier, projected on each pair of parties";
  if (shown < space.party_count()) title += " (the first " + std::to_string(shown) + " parties)";
  return svg_open(grid_width, height, title) + out + legend.svg + "</svg>";
}

std::string frontier_chart(const bargain::AdditiveSpace& space, const bargain::Frontier& f,
                           const std::vector<bargain::Solution>& solutions) {
  const std::size_t P = space.party_count();
  if (P < 2) return {};
  if (P == 2) {
    return "<figure class=\"frontier\">" + frontier_scatter(space, f, solutions, 0, 1) +
           "<figcaption>Each dot is a point of the Pareto frontier (a package no other package "
           "beats for both). Marks: the solutions, keyed as in the legend. Dashed lines: the "
           "reservations; the zone of possible agreement lies above and right of both."
           "</figcaption></figure>";
  }
  const std::size_t shown = std::min(P, kMaxPairParties);
  std::string caption = "The Pareto frontier of all " + std::to_string(P) +
                        " parties projected on each pair of parties";
  if (P > shown)
    caption += " (the first " + std::to_string(shown) + " of the " + std::to_string(P) +
               " parties: " + std::to_string(shown * (shown - 1) / 2) + " of " +
               std::to_string(P * (P - 1) / 2) + " pairs)";
  caption +=
      ": a column shares its party across, a row its party up. A dot that looks dominated in "
      "one projection is better for a third party. Marks: the solutions, keyed as in the legend; "
      "d and the dashed lines: the reservations.";
  return "<figure class=\"frontier\">" + frontier_matrix(space, f, solutions, kMaxPairParties) +
         "<figcaption>" + xml_escape(caption) + "</figcaption></figure>";
}

}  // namespace parley::report
