#pragma once
// How the report's charts mark the bargaining solutions, shared by the frontier plot and the
// parallel-coordinates view so that a solution looks the same in both: a short key ("N", "KS"),
// and per distinct utility point a colour, a marker shape and a dash pattern; and the legend that
// spells the keys out.

#include <cstddef>
#include <string>
#include <vector>

#include "parley/bargain/solutions.hpp"

namespace parley::report {

// The key a chart writes next to a solution: its kind's mark ("N", "N*", "KS", "KS-G", "E",
// "U"; bargain/solution_kind.hpp).
std::string solution_key(const bargain::Solution& solution);

// Solutions on the same utility point (all parties' utilities equal), in order of first
// appearance: one mark, one line.
struct SolutionGroup {
  std::vector<std::size_t> members;  // indices into the solutions, ascending
  std::string keys;                  // the members' keys joined by ", ": "N, KS"
  std::vector<double> utility;       // the shared point
};
std::vector<SolutionGroup> group_solutions(const std::vector<bargain::Solution>& solutions);

// The style of group `index` (repeating after six groups): colour "#rrggbb", dash pattern for
// stroke-dasharray ("" for a solid line), and marker shape.
std::string group_colour(std::size_t index);
std::string group_dash(std::size_t index);

// Group `index`'s marker centred on (x, y) with half-size `r`: circle, square, diamond,
// triangle up, triangle down, hexagon (outlined in the group's colour; `fill` inside).
std::string group_marker(std::size_t index, double x, double y, double r, const std::string& fill,
                         double stroke_width = 2);

// A legend as SVG content: rows of a sample and a text, in columns.
struct LegendRow {
  std::string sample;  // SVG drawn in a 28 × 14 box whose top-left is (0, 0): translated in place
  std::string text;
  std::string title;  // the full text as a tooltip when `text` has to be cut
};
struct Legend {
  std::string svg;
  double width = 0, height = 0;
};
// Rows laid out top to bottom in `columns` columns of width `column_width` at (x, y); each text
// is cut (fit_text) to its column. Row height 18 at font size 12.
Legend legend_svg(const std::vector<LegendRow>& rows, double x, double y, std::size_t columns,
                  double column_width);
// The widest row (sample, gap and text) of `rows`, uncut.
double legend_row_width(const std::vector<LegendRow>& rows);

// One row per solution: the group's marker (and a line sample in the group's dash pattern when
// `lines`), then "KEY = label", e.g. "N = Nash (d = reservation)".
std::vector<LegendRow> solution_legend_rows(const std::vector<bargain::Solution>& solutions,
                                            const std::vector<SolutionGroup>& groups, bool lines);

std::string svg_number(double v);  // one decimal: "12.5"

}  // namespace parley::report
