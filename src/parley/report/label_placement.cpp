#include "parley/report/label_placement.hpp"

namespace parley::report {
namespace {

constexpr int kRings = 6;  // leader-line distances tried after the positions next to the mark

// The start of a label of length `extent` along one axis: past the mark (+1), before it (−1), or
// centred on it (0), `distance` from the mark's centre.
double label_start(double centre, int direction, double distance, double extent) {
  if (direction > 0) return centre + distance;
  if (direction < 0) return centre - distance - extent;
  return centre - extent / 2;
}

// The label box for direction (dx, dy) ∈ {−1, 0, 1}² at `distance` from the mark.
Box candidate(const LabelRequest& r, int dx, int dy, double distance) {
  const double left = label_start(r.x, dx, distance, r.width);
  const double top = label_start(r.y, dy, distance, r.height);
  return {left, top, left + r.width, top + r.height};
}

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Box& area,
                                      double mark_radius, double gap) {
  // Preference order: right, left, above-right, above-left, below-right, below-left, above, below.
  static constexpr int kDirections[8][2] = {{1, 0}, {-1, 0}, {1, -1}, {-1, -1},
                                            {1, 1}, {-1, 1}, {0, -1}, {0, 1}};
  std::vector<Box> marks;
  marks.reserve(requests.size());
  for (const auto& r : requests)
    marks.push_back({r.x - mark_radius, r.y - mark_radius, r.x + mark_radius, r.y + mark_radius});

  std::vector<PlacedLabel> placed;
  placed.reserve(requests.size());
  for (const auto& r : requests) {
    auto free = [&](const Box& b) {
      if (!b.inside(area)) return false;
      for (const Box& m : marks)
        if (b.overlaps(m)) return false;
      for (const PlacedLabel& p : placed)
        if (b.overlaps(p.box)) return false;
      return true;
    };
    PlacedLabel label;
    const auto& first = kDirections[r.first_choice % 8];
    label.box = candidate(r, first[0], first[1], mark_radius + gap);
    label.clear = false;
    for (int ring = 0; ring <= kRings && !label.clear; ++ring) {
      const double distance = mark_radius + gap + ring * (r.height + gap);
      for (std::size_t c = 0; c < 8; ++c) {
        const auto& d = kDirections[(c + r.first_choice) % 8];
        const Box b = candidate(r, d[0], d[1], distance);
        if (!free(b)) continue;
        label = {b, ring > 0, true};
        break;
      }
    }
    placed.push_back(label);
  }
  return placed;
}

}  // namespace parley::report
