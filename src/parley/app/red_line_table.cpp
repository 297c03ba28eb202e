#include "parley/app/red_line_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/format.hpp"

namespace parley::app {

std::string accepts_text(const scenario::Issue& issue, const scenario::Interval& accepts) {
  const bool from_min = accepts.low <= issue.scale_min();
  const bool to_max = accepts.high >= issue.scale_max();
  const auto point = [&](double v) { return report::format_point(issue, v); };
  if (from_min && to_max) return "anything";
  if (accepts.low == accepts.high) return point(accepts.low);
  if (from_min) return "≤ " + point(accepts.high);
  if (to_max) return "≥ " + point(accepts.low);
  return point(accepts.low) + "–" + point(accepts.high);
}

report::Table red_line_table(const scenario::Scenario& scenario,
                             const std::vector<RedLineCollision>& collisions) {
  report::Table table({{"issue"}, {"low side"}, {"high side"}, {"gap", report::Align::right}},
                      fmt::format("Red-line collisions ({})", collisions.size()));
  for (const auto& c : collisions) {
    const scenario::Issue* issue = scenario.find_issue(c.issue);
    if (!issue) continue;
    std::string gap;
    if (issue->kind == scenario::IssueKind::numeric) {
      gap = report::format_number(c.gap) + (issue->unit.empty() ? "" : " " + issue->unit);
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

}  // namespace parley::app
