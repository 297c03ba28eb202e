#include "parley/report/red_lines_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/format.hpp"

namespace parley::report {

std::string accepts_text(const scenario::Issue& issue, const scenario::Interval& accepts) {
  const bool from_min = accepts.low <= issue.scale_min();
  const bool to_max = accepts.high >= issue.scale_max();
  const auto point = [&](double v) { return format_point(issue, v); };
  if (from_min && to_max) return "anything";
  if (accepts.low == accepts.high) return point(accepts.low);
  if (from_min) return "≤ " + point(accepts.high);
  if (to_max) return "≥ " + point(accepts.low);
  return point(accepts.low) + "–" + point(accepts.high);
}

Table red_line_table(const scenario::Scenario& scenario,
                     const std::vector<analysis::RedLineCollision>& collisions) {
  Table table({{"issue"}, {"low side"}, {"high side"}, {"gap", Align::right}},
              fmt::format("Red-line collisions ({})", collisions.size()));
  for (const auto& c : collisions) {
    const scenario::Issue* issue = scenario.find_issue(c.issue);
    if (!issue) continue;
    std::string gap;
    if (issue->kind == scenario::IssueKind::numeric) {
      gap = format_number(c.gap) + (issue->unit.empty() ? "" : " " + issue->unit);
    } else {
      const long steps = std::lround(c.gap);
      gap = fmt::format("{} step{}", steps, steps == 1 ? "" : "s");
    }
    table.add_row({issue->id, c.lower + " " + accepts_text(*issue, c.lower_accepts),
                   c.upper + " " + accepts_text(*issue, c.upper_accepts), gap});
  }
  return table;
}

std::string no_collisions_text(const scenario::Scenario& scenario) {
  const bool any = std::any_of(scenario.positions.begin(), scenario.positions.end(),
                               [](const scenario::Position& p) { return p.red_line.has_value(); });
  if (!any) return "No red lines are set, so none can collide.";
  return "No red lines collide: on every issue, each pair of actors shares acceptable ground.";
}

View red_lines_view(const scenario::Scenario& scenario,
                    const std::vector<analysis::RedLineCollision>& collisions) {
  View view{"red-lines", "Red-line collisions", {}};
  if (collisions.empty()) return view.paragraph(no_collisions_text(scenario));
  view.paragraph(
      "Pairs of actors whose acceptable ranges on an issue do not overlap: each accepts only its "
      "side of its red line, and the two sides leave a gap.");
  return view.table(red_line_table(scenario, collisions));
}

}  // namespace parley::report
