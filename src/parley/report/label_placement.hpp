#pragma once
// Placing text labels next to marked points in a chart so that they overlap neither each other
// nor the other marks: greedy, in the order given, over the eight classic candidate positions
// around each mark (Imhof 1975: right, left, above/below-right, above/below-left, above, below),
// then the same directions further out with a leader line back to the mark.

#include <cstddef>
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
// O(n²·c) for n labels and c = 8·(1 + rings) candidates.
std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Box& area,
                                      double mark_radius, double gap);

}  // namespace parley::report
