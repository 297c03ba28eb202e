#include "parley/report/html/solution_marks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "parley/report/html/label_placement.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

constexpr double kLegendFont = 12;
constexpr double kLegendRow = 18;
constexpr double kSampleWidth = 28;
constexpr double kSampleGap = 8;

}  // namespace

std::string svg_number(double v) {
  const std::string s = fmt::format("{:.1f}", v);
  return s == "-0.0" ? "0.0" : s;
}

std::string solution_key(const bargain::Solution& s) {
  return std::string(bargain::names(s.kind).mark);
}

std::vector<SolutionGroup> group_solutions(const std::vector<bargain::Solution>& solutions) {
  std::vector<SolutionGroup> groups;
  for (std::size_t i = 0; i < solutions.size(); ++i) {
    const auto& s = solutions[i];
    auto same = [&](const SolutionGroup& g) { return g.utility == s.utility; };
    if (auto g = std::find_if(groups.begin(), groups.end(), same); g != groups.end()) {
      g->members.push_back(i);
      g->keys += ", " + solution_key(s);
    } else {
      groups.push_back({{i}, solution_key(s), s.utility});
    }
  }
  return groups;
}

std::string group_colour(std::size_t index) {
  // Okabe–Ito hues, darkened where they are too light on white; none is the reservations' red.
  static constexpr std::array<const char*, 6> kColours = {"#d55e00", "#0072b2", "#009e73",
                                                          "#cc79a7", "#b08000", "#000000"};
  return kColours[index % kColours.size()];
}

std::string group_dash(std::size_t index) {
  static constexpr std::array<const char*, 6> kDashes = {"",         "8 4", "2 3",
                                                         "10 3 2 3", "5 2", "1 2"};
  return kDashes[index % kDashes.size()];
}

std::string group_marker(std::size_t index, double x, double y, double r, const std::string& fill,
                         double stroke_width) {
  const std::string style = fmt::format("fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"", fill,
                                        group_colour(index), svg_number(stroke_width));
  auto n = svg_number;
  switch (index % 6) {
    case 0:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}/>", n(x), n(y), n(r), style);
    case 1: {
      const double h = r * 0.88;
      return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>", n(x - h),
                         n(y - h), n(2 * h), n(2 * h), style);
    }
    case 2:
      return fmt::format("<path d=\"M{},{} L{},{} L{},{} L{},{} Z\" {}/>", n(x), n(y - r * 1.15),
                         n(x + r * 1.15), n(y), n(x), n(y + r * 1.15), n(x - r * 1.15), n(y),
                         style);
    case 3:
      return fmt::format("<path d=\"M{},{} L{},{} L{},{} Z\" {}/>", n(x), n(y - r * 1.15), n(x + r),
                         n(y + r * 0.75), n(x - r), n(y + r * 0.75), style);
    case 4:
      return fmt::format("<path d=\"M{},{} L{},{} L{},{} Z\" {}/>", n(x), n(y + r * 1.15), n(x + r),
                         n(y - r * 0.75), n(x - r), n(y - r * 0.75), style);
    default: {
      std::string d;
      for (int k = 0; k < 6; ++k) {
        const double a = std::numbers::pi / 3 * k;
        d += fmt::format("{}{},{}", k == 0 ? "M" : " L", n(x + r * std::cos(a)),
                         n(y + r * std::sin(a)));
      }
      return fmt::format("<path d=\"{} Z\" {}/>", d, style);
    }
  }
}

double legend_row_width(const std::vector<LegendRow>& rows) {
  double w = 0;
  for (const auto& row : rows)
    w = std::max(w, kSampleWidth + kSampleGap + text_box_width(row.text, kLegendFont));
  return w;
}

Legend legend_svg(const std::vector<LegendRow>& rows, double x, double y, std::size_t columns,
                  double column_width) {
  columns = std::max<std::size_t>(columns, 1);
  const std::size_t per_column = (rows.size() + columns - 1) / columns;
  Legend out;
  out.svg = "<g class=\"legend\">";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double cx = x + static_cast<double>(i / per_column) * column_width;
    const double cy = y + static_cast<double>(i % per_column) * kLegendRow;
    const std::string text =
        fit_text(rows[i].text, column_width - kSampleWidth - kSampleGap, kLegendFont);
    out.svg += fmt::format("<g transform=\"translate({} {})\">{}</g>", svg_number(cx),
                           svg_number(cy + 2), rows[i].sample);
    out.svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\">{}", svg_number(cx + 36),
                           svg_number(cy + 13), svg_number(kLegendFont), xml_escape(text));
    if (text != rows[i].text || !rows[i].title.empty())
      out.svg +=
          "<title>" + xml_escape(rows[i].title.empty() ? rows[i].text : rows[i].title) + "</title>";
    out.svg += "</text>";
  }
  out.svg += "</g>";
  out.width = std::min(static_cast<double>(columns) * column_width,
                       static_cast<double>(columns - 1) * column_width + legend_row_width(rows));
  out.height = static_cast<double>(per_column) * kLegendRow;
  return out;
}

std::vector<LegendRow> solution_legend_rows(const std::vector<bargain::Solution>& solutions,
                                            const std::vector<SolutionGroup>& groups, bool lines) {
  std::vector<LegendRow> rows;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const std::size_t i : groups[g].members) {
      std::string sample;
      if (lines) {
        const std::string dash = group_dash(g);
        sample = fmt::format(
            "<line x1=\"0\" y1=\"7\" x2=\"28\" y2=\"7\" stroke=\"{}\" stroke-width=\"2\"{}/>",
            group_colour(g), dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"");
      }
      sample += group_marker(g, 14, 7, 4.5, "#ffffff");
      rows.push_back({sample,
                      solution_key(solutions[i]) + " = " +
                          std::string(bargain::names(solutions[i].kind).label),
                      std::string()});
    }
  }
  return rows;
}

}  // namespace parley::report
