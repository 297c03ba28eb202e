#include "parley/report/html/gmcr_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "parley/report/gmcr_view.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

// (Named, not anonymous: the report layer is a unity build.)
namespace gmcr_chart_detail {

constexpr double kGmcrBoxWidth = 210;
constexpr double kGmcrBoxHeight = 46;
constexpr double kGmcrColumnGap = 70;
constexpr double kGmcrRowGap = 18;
constexpr double kGmcrTop = 34;
constexpr double kGmcrLeft = 10;
constexpr std::size_t kGmcrMaxTargets = 8;
constexpr std::size_t kGmcrMaxLabel = 34;

std::string gmcr_n1(double v) {
  return fmt::format("{:.1f}", v);
}

std::string gmcr_cut(const std::string& s) {
  return s.size() <= kGmcrMaxLabel ? s : s.substr(0, kGmcrMaxLabel - 1) + "…";
}

struct GmcrEdge {
  std::size_t from = 0;
  std::size_t to = 0;
  std::string label;
  bool improvement = true;
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

std::string chart_taken_ids(const analysis::Gmcr& g, std::size_t s) {
  std::string out;
  for (std::size_t k = 0; k < g.model.options.size(); ++k) {
    if ((g.model.states[s] >> k) & 1U) out += (out.empty() ? "" : ", ") + g.model.options[k].name;
  }
  return out.empty() ? "no option taken" : out;
}

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
      if (!seen) edges.push_back({step.from, step.to, movers, improvement});
    }
  }
  // Columns by depth, rows in state order.
  std::map<std::size_t, std::vector<std::size_t>> columns;
  for (const auto& [state, d] : depth) columns[d].push_back(state);
  std::size_t rows = 0;
  for (const auto& [d, states] : columns) rows = std::max(rows, states.size());
  std::map<std::size_t, std::pair<double, double>> at;  // top-left corner of each box
  for (const auto& [d, states] : columns) {
    for (std::size_t r = 0; r < states.size(); ++r) {
      at[states[r]] = std::pair<double, double>{
          kGmcrLeft + static_cast<double>(d) * (kGmcrBoxWidth + kGmcrColumnGap),
          kGmcrTop + static_cast<double>(r) * (kGmcrBoxHeight + kGmcrRowGap)};
    }
  }
  const double width = std::max(760.0, kGmcrLeft * 2 + static_cast<double>(columns.size()) *
                                                           (kGmcrBoxWidth + kGmcrColumnGap));
  const double height = kGmcrTop + static_cast<double>(rows) * (kGmcrBoxHeight + kGmcrRowGap) + 30;
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
  for (const GmcrEdge& e : edges) {
    const auto [x1, y1] = at[e.from];
    const auto [x2, y2] = at[e.to];
    const double ax = x1 + kGmcrBoxWidth, ay = y1 + kGmcrBoxHeight / 2, bx = x2,
                 by = y2 + kGmcrBoxHeight / 2;
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#444444\" stroke-width=\"1.4\"{} "
        "marker-end=\"url(#gmcr-arrow)\"/>",
        gmcr_n1(ax), gmcr_n1(ay), gmcr_n1(bx), gmcr_n1(by),
        e.improvement ? "" : " stroke-dasharray=\"5 4\"");
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222222\">{}"
        "</text>",
        gmcr_n1(ax + (bx - ax) * 0.3), gmcr_n1(ay + (by - ay) * 0.3 - 4), xml_escape(e.label));
  }
  for (const auto& [state, corner] : at) {
    const bool is_sq = state == sq.status_quo;
    const std::string concepts = chart_concepts_of(g, state);
    std::string title = fmt::format("state {}", state + 1);
    if (is_sq) title += " · status quo";
    if (!concepts.empty()) title += " · " + concepts;
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{}\" stroke=\"{}\" "
        "stroke-width=\"{}\"/>",
        gmcr_n1(corner.first), gmcr_n1(corner.second), gmcr_n1(kGmcrBoxWidth),
        gmcr_n1(kGmcrBoxHeight), concepts.empty() ? "#f4f4f4" : "#e3eef9",
        is_sq ? "#b35806" : "#4a6f94", is_sq ? "2.2" : "1.2");
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"11\" font-weight=\"bold\">{}</text>"
        "<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text>",
        gmcr_n1(corner.first + 8), gmcr_n1(corner.second + 18), xml_escape(gmcr_cut(title)),
        gmcr_n1(corner.first + 8), gmcr_n1(corner.second + 35),
        xml_escape(gmcr_cut(chart_taken_ids(g, state))));
  }
  out += fmt::format(
      "<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#555555\">solid arrow: a unilateral "
      "improvement of the decision maker named · dashed: the shortest way by any moves, when "
      "improvements do not get there · box text: the options taken</text>",
      gmcr_n1(kGmcrLeft), gmcr_n1(height - 8));
  return out + "</svg>";
}

}  // namespace parley::report
