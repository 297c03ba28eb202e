#pragma once
// Reading an SVG chart back for the tests: its viewBox, and where each <text> lies, estimated as
// the charts estimate it (text_box_width in label_placement.hpp: the box from the ascent, 0.8 em
// above the baseline, to the descent, 0.25 em below).

#include <pugixml.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "parley/report/html/label_placement.hpp"

namespace parley::test {

struct SvgText {
  report::Box box;
  std::string text;
  std::string cls;  // the class attribute
};

// The viewBox "0 0 W H" of an <svg> element.
inline report::Box view_box(const pugi::xml_node& svg) {
  double x = 0, y = 0, w = 0, h = 0;
  std::sscanf(svg.attribute("viewBox").value(), "%lf %lf %lf %lf", &x, &y, &w, &h);
  return {x, y, x + w, y + h};
}

// The font size of `node`: its own font-size attribute or its nearest ancestor's.
inline double font_size(pugi::xml_node node) {
  for (; node; node = node.parent())
    if (const auto a = node.attribute("font-size")) return a.as_double();
  return 16;  // the browser's default
}

// Every <text> under `svg`, with its box. Handles text-anchor, a rotate(-90 cx cy) transform on
// the text and translate(tx ty) transforms on enclosing groups.
inline std::vector<SvgText> texts(const pugi::xml_node& svg) {
  std::vector<SvgText> out;
  for (const auto& sel : svg.select_nodes(".//text")) {
    const pugi::xml_node t = sel.node();
    const std::string anchor = t.attribute("text-anchor").value();
    const int a = anchor == "middle" ? 0 : (anchor == "end" ? 1 : -1);
    double x = t.attribute("x").as_double(), y = t.attribute("y").as_double();
    for (pugi::xml_node g = t.parent(); g && g != svg; g = g.parent()) {
      double tx = 0, ty = 0;
      if (std::sscanf(g.attribute("transform").value(), "translate(%lf %lf)", &tx, &ty) == 2) {
        x += tx;
        y += ty;
      }
    }
    const double size = font_size(t);
    report::Box b = report::text_box(t.child_value(), x, y, size, a);
    double rx = 0, ry = 0;
    if (std::sscanf(t.attribute("transform").value(), "rotate(-90 %lf %lf)", &rx, &ry) == 2) {
      // Turned a quarter counter-clockwise about (rx, ry): (dx, dy) → (dy, −dx).
      b = {rx + (b.top - ry), ry - (b.right - rx), rx + (b.bottom - ry), ry - (b.left - rx)};
    }
    out.push_back({b, t.child_value(), t.attribute("class").value()});
  }
  return out;
}

}  // namespace parley::test
