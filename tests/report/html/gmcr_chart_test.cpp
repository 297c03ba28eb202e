// The state-transition chart of a GMCR analysis: its boxes hold their text, its arrows run from box
// edge to box edge, and no label covers a box or another label. On the peace-talks model the rows
// are ordered so that no two arrows cross (worked out below).

#include "parley/report/html/gmcr_chart.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "parley/analysis/gmcr.hpp"
#include "report/html/svg_geometry.hpp"

namespace parley::report {
namespace {

struct Drawn {
  std::vector<Box> boxes;
  std::vector<std::array<double, 4>> lines;  // x1, y1, x2, y2
  std::vector<test::SvgText> texts;
  Box view;
};

Drawn draw(const analysis::Gmcr& g) {
  const std::string svg = gmcr_transition_chart(g);
  pugi::xml_document doc;
  const auto parsed = doc.load_string(svg.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << "\n" << svg;
  const pugi::xml_node root = doc.child("svg");
  Drawn d;
  d.view = test::view_box(root);
  for (const auto& r : root.select_nodes("rect")) {
    const pugi::xml_node n = r.node();
    const double x = n.attribute("x").as_double(), y = n.attribute("y").as_double();
    d.boxes.push_back(
        {x, y, x + n.attribute("width").as_double(), y + n.attribute("height").as_double()});
  }
  for (const auto& l : root.select_nodes("line")) {
    const pugi::xml_node n = l.node();
    d.lines.push_back({n.attribute("x1").as_double(), n.attribute("y1").as_double(),
                       n.attribute("x2").as_double(), n.attribute("y2").as_double()});
  }
  d.texts = test::texts(root);
  return d;
}

// Whether the segments p1–p2 and q1–q2 cross at a point inside both (touching ends do not count).
bool cross(const std::array<double, 4>& p, const std::array<double, 4>& q) {
  const auto side = [](double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  };
  const double d1 = side(p[0], p[1], p[2], p[3], q[0], q[1]);
  const double d2 = side(p[0], p[1], p[2], p[3], q[2], q[3]);
  const double d3 = side(q[0], q[1], q[2], q[3], p[0], p[1]);
  const double d4 = side(q[0], q[1], q[2], q[3], p[2], p[3]);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

void expect_readable(const Drawn& d) {
  for (const test::SvgText& t : d.texts) {
    EXPECT_TRUE(t.box.inside(d.view)) << t.text;
    // A text inside a box stays inside it; any other overlaps no box.
    std::size_t holders = 0;
    for (const Box& b : d.boxes) {
      if (t.box.inside(b)) {
        ++holders;
      } else {
        EXPECT_FALSE(t.box.overlaps(b)) << "'" << t.text << "' runs over a box";
      }
    }
    EXPECT_LE(holders, 1u);
  }
  for (std::size_t i = 0; i < d.texts.size(); ++i) {
    for (std::size_t j = i + 1; j < d.texts.size(); ++j) {
      EXPECT_FALSE(d.texts[i].box.overlaps(d.texts[j].box))
          << "'" << d.texts[i].text << "' and '" << d.texts[j].text << "' overlap";
    }
  }
  // Each arrow leaves a box's right edge and enters another's left edge.
  for (const auto& l : d.lines) {
    const auto on_edge = [&](double x, double y, bool right) {
      for (const Box& b : d.boxes) {
        if (std::abs((right ? b.right : b.left) - x) < 0.06 && y > b.top && y < b.bottom) {
          return true;
        }
      }
      return false;
    };
    EXPECT_TRUE(on_edge(l[0], l[1], true)) << l[0] << "," << l[1];
    EXPECT_TRUE(on_edge(l[2], l[3], false)) << l[2] << "," << l[3];
  }
}

TEST(GmcrTransitionChart, PeaceTalksBoxesArrowsAndLabelsDoNotCollide) {
  const analysis::Gmcr g = analysis::analyse_gmcr(analysis::load_gmcr_input(
      std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/peace-talks.yaml"));
  ASSERT_TRUE(g.status_quo);
  const Drawn d = draw(g);
  // The eight targets drawn: the Nash equilibrium (the status quo, 33), then the first seven SEQ
  // equilibria in state order (38, 45, 46, 50, 54, 58, 62). Unilateral improvements reach none
  // of them, so each is joined by a fewest-moves path: 33 → 34 → 38 → {46, 54, 62},
  // 33 → 34 → {50, 58} and 33 → 37 → 45. Ten boxes, nine distinct arrows.
  EXPECT_EQ(d.boxes.size(), 10u);
  EXPECT_EQ(d.lines.size(), 9u);
  expect_readable(d);
  // Three of the arrows into the third column come from state 34, one from state 37: with the
  // rows of that column ordered by where their arrows come from, state 37's arrow goes to the
  // bottom row and no two arrows cross (in state order, 45 would sit second and cross two).
  for (std::size_t i = 0; i < d.lines.size(); ++i) {
    for (std::size_t j = i + 1; j < d.lines.size(); ++j) {
      EXPECT_FALSE(cross(d.lines[i], d.lines[j])) << i << " and " << j;
    }
  }
}

TEST(GmcrTransitionChart, StatusQuoTitleAndConceptsAreWrittenOut) {
  const analysis::Gmcr g = analysis::analyse_gmcr(analysis::load_gmcr_input(
      std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/peace-talks.yaml"));
  const Drawn d = draw(g);
  const auto has = [&](const std::string& text) {
    for (const test::SvgText& t : d.texts) {
      if (t.text == text) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("state 33 · status quo"));
  EXPECT_TRUE(has("Nash, GMR, SMR, SEQ"));  // the status quo: an equilibrium under every concept
  EXPECT_TRUE(has("ceasefire, neutral, guarantee, relief, aid"));  // state 62, in full
}

TEST(GmcrTransitionChart, NothingWithoutAStatusQuo) {
  const analysis::Gmcr g = analysis::analyse_gmcr(
      analysis::load_gmcr_input(std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml"));
  EXPECT_FALSE(g.status_quo);
  EXPECT_EQ(gmcr_transition_chart(g), "");
}

}  // namespace
}  // namespace parley::report
