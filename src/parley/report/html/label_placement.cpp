#include "parley/report/html/label_placement.hpp"

#include <algorithm>
#include <limits>

#include "parley/report/text_width.hpp"

namespace parley::report {
namespace {

constexpr int kRings = 6;        // leader-line distances tried after the positions next to the mark
constexpr double kRingCost = 8;  // moving a label one ring further out, in obstacles overlapped
constexpr double kCrossing = 16;  // a leader line across a mark or another label
constexpr double kCoverCap = 6;   // covering many obstacles costs no more than covering six

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

// A leader line: from a mark's centre to the nearest point of its label's box.
struct Segment {
  double x0, y0, x1, y1;
};

Segment leader(const LabelRequest& r, const Box& b) {
  return {r.x, r.y, std::clamp(r.x, b.left, b.right), std::clamp(r.y, b.top, b.bottom)};
}

// Whether the segment passes through the box's interior (Liang–Barsky clipping).
bool crosses(const Segment& s, const Box& b) {
  double t0 = 0, t1 = 1;
  const double dx = s.x1 - s.x0, dy = s.y1 - s.y0;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {s.x0 - b.left, b.right - s.x0, s.y0 - b.top, b.bottom - s.y0};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] <= 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 >= t1) return false;
  }
  return true;
}

// Width of one ASCII character in em (text_box_width in the header).
double ascii_em(char c) {
  switch (c) {
    case 'M':
    case 'W':
    case 'm':
    case 'w':
      return c <= 'Z' ? 0.95 : 0.92;
    case 'I':
      return 0.34;
    case 'i':
    case 'j':
    case 'l':
    case 'f':
    case 't':
    case 'r':
      return 0.40;
    case ' ':
      return 0.32;
    case '.':
    case ',':
    case ':':
    case ';':
    case '!':
    case '\'':
    case '|':
      return 0.36;
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '-':
      return 0.42;
    case '=':
    case '+':
    case '<':
    case '>':
    case '#':
    case '~':
    case '^':
      return 0.84;
    case '%':
    case '@':
      return 1.0;
    default:
      break;
  }
  if (c >= 'A' && c <= 'Z') return 0.74;
  if (c >= 'a' && c <= 'z') return 0.62;
  if (c >= '0' && c <= '9') return 0.64;
  return 0.7;
}

// The byte length of the UTF-8 sequence that starts with `lead` (1 for an invalid lead byte).
std::size_t sequence_length(unsigned char lead) {
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

std::vector<PlacedLabel> place_labels(const std::vector<LabelRequest>& requests, const Box& area,
                                      double mark_radius, double gap,
                                      const std::vector<Box>& obstacles) {
  // Preference order: right, left, above-right, above-left, below-right, below-left, above, below.
  static constexpr int kDirections[8][2] = {{1, 0}, {-1, 0}, {1, -1}, {-1, -1},
                                            {1, 1}, {-1, 1}, {0, -1}, {0, 1}};
  std::vector<Box> marks;
  marks.reserve(requests.size());
  for (const auto& r : requests)
    marks.push_back({r.x - mark_radius, r.y - mark_radius, r.x + mark_radius, r.y + mark_radius});

  std::vector<PlacedLabel> placed;
  std::vector<Segment> leaders;  // of the labels placed so far
  placed.reserve(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const LabelRequest& r = requests[i];
    auto free = [&](const Box& b) {
      if (!b.inside(area)) return false;
      for (const Box& m : marks)
        if (b.overlaps(m)) return false;
      for (const PlacedLabel& p : placed)
        if (b.overlaps(p.box)) return false;
      return true;
    };
    auto cost = [&](const Box& b, int ring) {
      double covered = 0;
      for (const Box& o : obstacles)
        if (b.overlaps(o)) covered += 1;
      double c = kRingCost * ring + std::min(covered, kCoverCap);
      for (const Segment& l : leaders)
        if (crosses(l, b)) c += kCrossing;
      if (ring > 0) {  // its own leader across another mark or label
        const Segment own = leader(r, b);
        for (std::size_t j = 0; j < marks.size(); ++j)
          if (j != i && crosses(own, marks[j])) c += kCrossing;
        for (const PlacedLabel& p : placed)
          if (crosses(own, p.box)) c += kCrossing;
      }
      return c;
    };
    PlacedLabel label;
    const auto& first = kDirections[r.first_choice % 8];
    label.box = candidate(r, first[0], first[1], mark_radius + gap);
    label.clear = false;
    double best = std::numeric_limits<double>::infinity();
    // A candidate on ring k costs at least kRingCost·k: stop once the best so far cannot be beaten.
    for (int ring = 0; ring <= kRings && best > kRingCost * ring; ++ring) {
      const double distance = mark_radius + gap + ring * (r.height + gap);
      for (std::size_t c = 0; c < 8; ++c) {
        const auto& d = kDirections[(c + r.first_choice) % 8];
        const Box b = candidate(r, d[0], d[1], distance);
        if (!free(b)) continue;
        const double k = cost(b, ring);
        if (k >= best) continue;
        best = k;
        label = {b, ring > 0, true};
      }
    }
    if (label.leader) leaders.push_back(leader(r, label.box));
    placed.push_back(label);
  }
  return placed;
}

double text_box_width(std::string_view utf8, double font_size) {
  double em = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      em += ascii_em(static_cast<char>(lead));
      ++i;
      continue;
    }
    const std::size_t n = std::min(sequence_length(lead), utf8.size() - i);
    const std::string_view c = utf8.substr(i, n);
    em += c == "…" ? 1.0 : 0.84 * static_cast<double>(display_width(c));
    i += n;
  }
  return em * font_size;
}

std::string fit_text(std::string_view utf8, double max_width, double font_size) {
  if (text_box_width(utf8, font_size) <= max_width) return std::string(utf8);
  const std::string_view ellipsis = "…";
  if (text_box_width(ellipsis, font_size) > max_width) return {};
  // The longest prefix (whole characters) that fits with the ellipsis.
  std::size_t end = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t next = i + std::min(sequence_length(lead), utf8.size() - i);
    std::string trial(utf8.substr(0, next));
    trial += ellipsis;
    if (text_box_width(trial, font_size) > max_width) break;
    end = next;
    i = next;
  }
  std::string out(utf8.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(ellipsis);
}

Box text_box(std::string_view utf8, double x, double y, double font_size, int anchor) {
  const double w = text_box_width(utf8, font_size);
  const double left = anchor < 0 ? x : (anchor == 0 ? x - w / 2 : x - w);
  return {left, y - 0.8 * font_size, left + w, y + 0.25 * font_size};
}

}  // namespace parley::report
