#include "parley/report/html/gmcr_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "parley/report/gmcr_view.hpp"
#include "parley/report/html/label_placement.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

// (Named, not anonymous: the report layer is a unity build.)
namespace gmcr_chart_detail {

constexpr double kGmcrBoxWidth = 250;
constexpr double kGmcrLineHeight = 14;
constexpr double kGmcrPad = 8;  // the box's inner margin
constexpr double kGmcrColumnGap = 96;
constexpr double kGmcrRowGap = 20;
constexpr double kGmcrTop = 34;
constexpr double kGmcrLeft = 10;
constexpr double kGmcrFont = 11;
constexpr double kGmcrLabelFont = 10;
constexpr std::size_t kGmcrMaxTargets = 8;
constexpr std::size_t kGmcrOptionLines = 2;  // the options taken wrap over two lines at most

std::string gmcr_n1(double v) {
  return fmt::format("{:.1f}", v);
}

struct GmcrEdge {
  std::size_t from = 0;
  std::size_t to = 0;
  std::string label;
  bool improvement = true;
  double from_y = 0, to_y = 0;  // the ports on the two boxes' edges
};

// The concepts s is an equilibrium under, as "Nash, SEQ".
std::string chart_concepts_of(const analysis::Gmcr& g, std::size_t s) {
  std::string out;
  for (const gmcr::SolutionConcept c : g.concepts) {
    if (g.stability.equilibria_under(c).contains(s)) {
      out += (out.empty() ? "" : ", ") + std::string(concept_label(c));
    }
  }
  return out;
}

// The options taken at s, by id, over at most kGmcrOptionLines lines of `width` (the last cut
// with "…" when they do not fit).
std::vector<std::string> chart_taken_lines(const analysis::Gmcr& g, std::size_t s, double width) {
  std::vector<std::string> ids;
  for (std::size_t k = 0; k < g.model.options.size(); ++k) {
    if ((g.model.states[s] >> k) & 1U) ids.push_back(g.model.options[k].name);
  }
  if (ids.empty()) return {"no option taken"};
  std::vector<std::string> lines{""};
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const std::string piece = ids[k] + (k + 1 < ids.size() ? "," : "");
    const std::string joined = lines.back().empty() ? piece : lines.back() + " " + piece;
    if (lines.back().empty() || text_box_width(joined, kGmcrFont) <= width) {
      lines.back() = joined;
    } else if (lines.size() < kGmcrOptionLines) {
      lines.push_back(piece);
    } else {
      lines.back() = joined;  // cut below
    }
  }
  for (std::string& line : lines) line = fit_text(line, width, kGmcrFont);
  return lines;
}

// One box's lines: the title (bold), the concepts (when any) and the options taken.
struct GmcrBoxText {
  std::string title;
  std::string concepts;
  std::vector<std::string> taken;
  std::size_t lines() const { return 1 + (concepts.empty() ? 0 : 1) + taken.size(); }
};

}  // namespace gmcr_chart_detail

std::string gmcr_transition_chart(const analysis::Gmcr& g) {
  using namespace gmcr_chart_detail;
  if (!g.status_quo) return "";
  const gmcr::StatusQuo& sq = *g.status_quo;
  // The targets drawn: Nash equilibria first, then the others, in state order.
  std::vector<std::size_t> order;
  for (std::size_t t = 0; t < sq.targets.size(); ++t) {
    if (g.stability.equilibria_under(gmcr::SolutionConcept::nash).contains(sq.targets[t])) {
      order.push_back(t);
    }
  }
  for (const gmcr::SolutionConcept c :
       {gmcr::SolutionConcept::seq, gmcr::SolutionConcept::smr, gmcr::SolutionConcept::gmr}) {
    for (std::size_t t = 0; t < sq.targets.size(); ++t) {
      if (g.stability.equilibria_under(c).contains(sq.targets[t]) &&
          std::find(order.begin(), order.end(), t) == order.end()) {
        order.push_back(t);
      }
    }
  }
  for (std::size_t t = 0; t < sq.targets.size(); ++t) {
    if (std::find(order.begin(), order.end(), t) == order.end()) order.push_back(t);
  }
  if (order.size() > kGmcrMaxTargets) order.resize(kGmcrMaxTargets);

  std::map<std::size_t, std::size_t> depth{{sq.status_quo, 0}};
  std::vector<GmcrEdge> edges;
  for (const std::size_t t : order) {
    bool improvement = true;
    const std::optional<gmcr::Path>* path =
        &sq.path_to(gmcr::Transition::unilateral_improvements, t);
    if (!*path) {
      path = &sq.path_to(gmcr::Transition::unilateral_moves, t);
      improvement = false;
    }
    if (!*path) {
      depth.emplace(sq.targets[t], 1);
      continue;
    }
    for (std::size_t k = 0; k < (*path)->size(); ++k) {
      const gmcr::Step& step = (**path)[k];
      auto [it, fresh] = depth.emplace(step.to, k + 1);
      if (!fresh) it->second = std::min(it->second, k + 1);
      std::string movers;
      for (std::size_t i = 0; i < g.model.decision_makers.size(); ++i) {
        if (gmcr::is_member(step.coalition, i)) {
          movers += (movers.empty() ? "" : "+") + g.model.decision_makers[i].name;
        }
      }
      const bool seen = std::any_of(edges.begin(), edges.end(), [&](const GmcrEdge& e) {
        return e.from == step.from && e.to == step.to;
      });
      if (!seen) edges.push_back({step.from, step.to, movers, improvement, 0, 0});
    }
  }

  // The boxes' text, and one height for all: the most lines any box needs.
  const double text_width = kGmcrBoxWidth - 2 * kGmcrPad;
  std::map<std::size_t, GmcrBoxText> text;
  std::size_t lines = 1;
  for (const auto& [state, d] : depth) {
    GmcrBoxText& t = text[state];
    t.title = fmt::format("state {}", state + 1);
    if (state == sq.status_quo) t.title += " · status quo";
    t.title = fit_text(t.title, text_width, kGmcrFont);
    t.concepts = fit_text(chart_concepts_of(g, state), text_width, kGmcrFont);
    t.taken = chart_taken_lines(g, state, text_width);
    lines = std::max(lines, t.lines());
  }
  const double box_height = 2 * kGmcrPad + static_cast<double>(lines) * kGmcrLineHeight - 2;

  // Columns by depth; in each, the states in the order of the mean row of the states their arrows
  // come from in earlier columns (the barycentre heuristic of layered drawings, Sugiyama et al.
  // 1981: fewer crossings), then by number.
  std::map<std::size_t, std::vector<std::size_t>> columns;
  for (const auto& [state, d] : depth) columns[d].push_back(state);
  std::map<std::size_t, double> row_of;
  for (auto& [d, states] : columns) {
    std::map<std::size_t, double> key;
    for (const std::size_t s : states) {
      double sum = 0, count = 0;
      for (const GmcrEdge& e : edges) {
        if (e.to == s && depth[e.from] < d) {
          sum += row_of[e.from];
          ++count;
        }
      }
      key[s] = count > 0 ? sum / count : static_cast<double>(states.size());
    }
    std::stable_sort(states.begin(), states.end(),
                     [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
    for (std::size_t r = 0; r < states.size(); ++r) row_of[states[r]] = static_cast<double>(r);
  }
  std::size_t rows = 0;
  for (const auto& [d, states] : columns) rows = std::max(rows, states.size());
  std::map<std::size_t, Box> at;  // each state's box
  for (const auto& [d, states] : columns) {
    for (std::size_t r = 0; r < states.size(); ++r) {
      const double left = kGmcrLeft + static_cast<double>(d) * (kGmcrBoxWidth + kGmcrColumnGap);
      const double top = kGmcrTop + static_cast<double>(r) * (box_height + kGmcrRowGap);
      at[states[r]] = Box{left, top, left + kGmcrBoxWidth, top + box_height};
    }
  }
  // Ports: the arrows leaving a box spread over its right edge, those entering one over its left
  // edge, each side in the order of the boxes at their other ends (so that they do not cross).
  const auto centre = [&](std::size_t s) { return (at[s].top + at[s].bottom) / 2; };
  std::map<std::size_t, std::vector<std::size_t>> leaving, entering;
  for (std::size_t e = 0; e < edges.size(); ++e) {
    leaving[edges[e].from].push_back(e);
    entering[edges[e].to].push_back(e);
  }
  for (auto* side : {&leaving, &entering}) {
    const bool out_side = side == &leaving;
    for (auto& [state, list] : *side) {
      std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
        return centre(out_side ? edges[a].to : edges[a].from) <
               centre(out_side ? edges[b].to : edges[b].from);
      });
      const Box& box = at[state];
      for (std::size_t k = 0; k < list.size(); ++k) {
        const double y = box.top + (box.bottom - box.top) * static_cast<double>(k + 1) /
                                       static_cast<double>(list.size() + 1);
        (out_side ? edges[list[k]].from_y : edges[list[k]].to_y) = y;
      }
    }
  }

  const std::string legend =
      "solid arrow: a unilateral improvement of the decision makers named · dashed: the shortest "
      "way by any moves, when improvements do not get there · box: the concepts it is an "
      "equilibrium under, the options taken";
  const double width = std::max(
      {kGmcrLeft * 2 + text_box_width(legend, 10),
       kGmcrLeft * 2 + static_cast<double>(columns.size()) * (kGmcrBoxWidth + kGmcrColumnGap) -
           kGmcrColumnGap});
  const double height = kGmcrTop + static_cast<double>(rows) * (box_height + kGmcrRowGap) + 40;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"From the status quo to the "
      "equilibria\"><defs><marker id=\"gmcr-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
      "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 "
      "L 0 10 z\" fill=\"#444444\"/></marker></defs>",
      gmcr_n1(width), gmcr_n1(height));
  out += fmt::format(
      "<text x=\"{}\" y=\"16\" class=\"chart-title\">From the status quo to the equilibria</text>",
      gmcr_n1(kGmcrLeft));

  // The arrows: a straight line from a box to one in a later column; a curve below the boxes
  // otherwise (a step back to an earlier or the same column). Each label goes on its arrow where
  // it overlaps no box and no other label (with a white halo over the line), trying the middle
  // first, then points nearer either end.
  std::vector<Box> taken;
  for (const auto& [state, box] : at) taken.push_back(box);
  std::string arrows, labels;
  for (const GmcrEdge& e : edges) {
    const Box& a = at[e.from];
    const Box& b = at[e.to];
    const char* dash = e.improvement ? "" : " stroke-dasharray=\"5 4\"";
    std::vector<std::pair<double, double>> spots;  // where the label may be centred
    if (b.left > a.right) {
      const double ax = a.right, ay = e.from_y, bx = b.left, by = e.to_y;
      arrows += fmt::format(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#444444\" stroke-width=\"1.4\"{} "
          "marker-end=\"url(#gmcr-arrow)\"/>",
          gmcr_n1(ax), gmcr_n1(ay), gmcr_n1(bx), gmcr_n1(by), dash);
      for (const double f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
        spots.emplace_back(ax + (bx - ax) * f, ay + (by - ay) * f);
      }
    } else {
      const double ax = (a.left + a.right) / 2, ay = a.bottom, bx = (b.left + b.right) / 2,
                   by = b.bottom, low = std::max(ay, by) + kGmcrRowGap * 0.9;
      arrows += fmt::format(
          "<path d=\"M {} {} C {} {} {} {} {} {}\" fill=\"none\" stroke=\"#444444\" "
          "stroke-width=\"1.4\"{} marker-end=\"url(#gmcr-arrow)\"/>",
          gmcr_n1(ax), gmcr_n1(ay), gmcr_n1(ax), gmcr_n1(low), gmcr_n1(bx), gmcr_n1(low),
          gmcr_n1(bx), gmcr_n1(by), dash);
      spots.emplace_back((ax + bx) / 2, 0.25 * ay + 0.75 * low);
    }
    const double label_width = text_box_width(e.label, kGmcrLabelFont);
    Box chosen{};
    bool placed = false;
    for (const auto& [x, y] : spots) {
      const Box box = text_box(e.label, x, y + 0.3 * kGmcrLabelFont, kGmcrLabelFont, 0);
      if (std::none_of(taken.begin(), taken.end(), [&](const Box& o) { return box.overlaps(o); })) {
        chosen = box;
        placed = true;
        break;
      }
    }
    if (!placed) {  // every spot is taken: the middle, over whatever is there
      chosen = text_box(e.label, spots.front().first, spots.front().second + 0.3 * kGmcrLabelFont,
                        kGmcrLabelFont, 0);
    }
    taken.push_back(chosen);
    labels += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\" fill=\"#222222\" "
        "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
        gmcr_n1(chosen.left + label_width / 2), gmcr_n1(chosen.bottom - 0.25 * kGmcrLabelFont),
        gmcr_n1(kGmcrLabelFont), xml_escape(e.label));
  }
  out += arrows;
  for (const auto& [state, box] : at) {
    const bool is_sq = state == sq.status_quo;
    const GmcrBoxText& t = text[state];
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{}\" stroke=\"{}\" "
        "stroke-width=\"{}\"/>",
        gmcr_n1(box.left), gmcr_n1(box.top), gmcr_n1(box.right - box.left),
        gmcr_n1(box.bottom - box.top), t.concepts.empty() ? "#f4f4f4" : "#e3eef9",
        is_sq ? "#b35806" : "#4a6f94", is_sq ? "2.2" : "1.2");
    double y = box.top + kGmcrPad + kGmcrFont;
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\">{}</text>",
                       gmcr_n1(box.left + kGmcrPad), gmcr_n1(y), gmcr_n1(kGmcrFont),
                       xml_escape(t.title));
    if (!t.concepts.empty()) {
      y += kGmcrLineHeight;
      out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#2b4c6f\">{}</text>",
                         gmcr_n1(box.left + kGmcrPad), gmcr_n1(y), gmcr_n1(kGmcrFont),
                         xml_escape(t.concepts));
    }
    for (const std::string& line : t.taken) {
      y += kGmcrLineHeight;
      out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#333333\">{}</text>",
                         gmcr_n1(box.left + kGmcrPad), gmcr_n1(y), gmcr_n1(kGmcrFont),
                         xml_escape(line));
    }
  }
  out += labels;
  out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#555555\">{}</text>",
                     gmcr_n1(kGmcrLeft), gmcr_n1(height - 10), xml_escape(legend));
  return out + "</svg>";
}

}  // namespace parley::report
