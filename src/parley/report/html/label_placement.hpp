#pragma once
// Placing text labels next to marked points in a chart so that they overlap neither each other
// nor the other marks: greedy, in the order given, over the eight classic candidate positions
// around each mark (Imhof 1975: right, left, above/below-right, above/below-left, above, below),
// then the same directions further out with a leader line back to the mark. Optional obstacles
// (a scatter's dots, reference lines) are avoided where some position allows it.
//
// Also how wide a chart's text is: every chart sizes its margins, places its labels and keeps its
// text inside its viewBox with text_box_width.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::report {

struct Box {
  double left = 0, top = 0, right = 0, bottom = 0;  // screen coordinates, y grows downwards
  bool overlaps(const Box& other) const {
    return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
  }
  bool inside(const Box& area) const {
    return left >= area.left && right <= area.right && top >= area.top && bottom <= area.bottom;
  }
};

struct LabelRequest {
  double x = 0, y = 0;           // the mark's centre
  double width = 0, height = 0;  // the label's text box
  std::size_t first_choice = 0;  // the candidate direction tried first (order in the .cpp)
};

struct PlacedLabel {
  Box box;              // where the text goes
  bool leader = false;  // placed away from its mark: draw a line from the mark to the box
  bool clear = true;    // false when no free position existed (it may overlap something)
};

// One position per request. `mark_radius`: each mark's half-size, an obstacle for every label;
// `gap`: the space between a mark and its label; `area`: labels stay inside it when they can.
// Marks, the area and labels already placed are hard limits; `obstacles` are soft: among the
// free positions the one with the least cost wins, cost = min(obstacles it overlaps, 6) + 8 ×
// ring (ring 0 next to the mark, 1, 2, … further out with a leader line) + 16 per leader line
// crossing a mark or label box (its own leader across another mark or an earlier label, or an
// earlier leader across it), ties in the preference order. So a label stays next to its mark,
// on the side with the fewest obstacles, unless marks, labels or leaders block every side there
// (text over a few dots reads well with a halo, long leaders across a cloud do not). Without
// obstacles and crossings that is the first free position. O(n·c·(n + m)) for n labels, m
// obstacles and c = 8·(1 + rings) candidates.
std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Box& area,
                                      double mark_radius, double gap,
                                      const std::vector<Box>& obstacles = {});

// The estimated advance width of `utf8` set in a proportional sans-serif face at `font_size`, in
// the same units. It errs wide: 1.0–1.1 times DejaVu Sans (Linux's usual system-ui face, among
// the widest), more than Arial, Helvetica or Segoe UI: capitals 0.74 em (M, W 0.95; I 0.34),
// lower case 0.62 em (m, w 0.92; i, j, l, f, t, r 0.40), digits 0.64 em, space 0.32 em, narrow
// punctuation 0.36 em, brackets and hyphen 0.42 em, = + < > # ~ ^ 0.84 em, % @ 1 em, other
// ASCII 0.7 em, "…" 1 em, other characters 0.84 em per terminal column (display_width).
double text_box_width(std::string_view utf8, double font_size);

// `utf8` cut at a character boundary, ending in "…", so that text_box_width(…) <= max_width;
// unchanged when it fits, "" when not even "…" fits.
std::string fit_text(std::string_view utf8, double max_width, double font_size);

// Text drawn with baseline at `y`: its box from the ascent (0.8 em above) to the descent
// (0.25 em below), and from `x` by the anchor: start (−1) left-aligned, middle (0), end (+1).
Box text_box(std::string_view utf8, double x, double y, double font_size, int anchor = -1);

}  // namespace parley::report
