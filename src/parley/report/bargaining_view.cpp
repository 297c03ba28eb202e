#include "parley/report/bargaining_view.hpp"

#include <fmt/format.h>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/html/frontier_chart.hpp"
#include "parley/report/html/parallel_chart.hpp"

namespace parley::report {

namespace {

using analysis::Bargaining;

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

std::string levels_text(const bargain::AdditiveSpace& space) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < space.issue_count(); ++i)
    parts.push_back(fmt::format("{} {}", space.issues[i].id, space.level_count(i)));
  return joined(parts, " · ");
}

// How utilities are represented (utility_grid.hpp): one phrase when every party's grid is of the
// same kind, else one per party.
std::string grid_text(const Bargaining& b) {
  const auto& grid = b.frontier.grid;
  if (grid.empty()) return "—";
  bool same = true;
  for (const auto& g : grid) same = same && g.kind == grid.front().kind;
  if (same && grid.front().kind == bargain::GridKind::fraction)
    return "exact fractions for every party (differences below 1/denominator do not exist)";
  if (same) return grid.front().describe() + " (every party)";
  std::vector<std::string> parts;
  for (std::size_t p = 0; p < grid.size(); ++p)
    parts.push_back(b.space.parties[p] + " " + grid[p].describe());
  return joined(parts, " · ");
}

std::string points_and_packages(std::size_t points, const bargain::BigCount& packages) {
  return fmt::format("{} points · {} packages", format_number(static_cast<double>(points), 0),
                     format_count(packages));
}

Table space_table(const Bargaining& b, const std::string& title) {
  const auto& f = b.frontier;
  Table table({{"", Align::left}, {"", Align::left, 100}}, title);
  std::vector<std::string> reservations;
  for (std::size_t p = 0; p < b.space.party_count(); ++p)
    reservations.push_back(
        fmt::format("{} {}", b.space.parties[p], format_utility(b.space.reservation[p])));
  table.add_row({"parties", joined(b.space.parties, " · ")});
  table.add_row({"reservations", joined(reservations, " · ")});
  table.add_row({"issues", std::to_string(b.space.issue_count())});
  table.add_row({"levels per issue", levels_text(b.space)});
  table.add_row({"utilities", grid_text(b)});
  table.add_row({"packages", format_count(f.space_packages)});
  table.add_row({"acceptable to all", format_count(f.acceptable_packages)});
  table.add_row({"Pareto frontier", points_and_packages(f.size(), f.frontier_packages)});
  table.add_row({"rational frontier", points_and_packages(b.rational_points, b.rational_packages)});
  return table;
}

// The joint relaxation when red lines collide: the gaps, then what closing them all yields.
void add_opening_plan(View& view, const bargain::AdditiveSpace& space,
                      const bargain::OpeningPlan& plan) {
  const std::size_t n = plan.gaps.size();
  view.paragraph(fmt::format(
      "Red lines collide on {} issue{}: no package is acceptable to every party until {} "
      "opened. The table gives, per issue, the levels where the parties would meet with the "
      "least crossing of their red lines, and that crossing as a share of the issue's scale.",
      n, n == 1 ? "" : "s", n == 1 ? "it is" : "all of them are"));
  view.table(red_line_gaps_table(space, plan));
  if (plan.opens()) {
    view.paragraph(fmt::format("With {} opened there, the zone holds {}.",
                               n == 1 ? "that issue" : "all " + std::to_string(n) + " issues",
                               zopa_size_text_of(plan.size)));
    view.table(packages_table(space, plan.sample, 3, "Sample of the zone once they meet"));
    if (!plan.solutions.empty()) {
      view.paragraph(
          "Where they would settle once they cross their red lines there (the solutions of the "
          "opened space):");
      view.table(solutions_table(space, plan.solutions));
      view.table(solution_packages_table(space, plan.solutions));
    }
  } else if (plan.further.empty()) {
    view.paragraph(
        "Even with every collision opened, no package is better than walking away for every "
        "party, and no single further relaxation changes that.");
  } else {
    std::vector<std::string> items;
    for (const auto& r : plan.further) items.push_back(relaxation_text(space, r));
    view.list(
        "Even with every collision opened, no package is better than walking away for every "
        "party; one of these would also be needed, smallest first:",
        std::move(items), "relaxations");
  }
}

void add_zopa(View& view, const Bargaining& b) {
  view.heading("Zone of possible agreement");
  view.paragraph("Packages acceptable to every party and better for each than its reservation: " +
                 zopa_size_text(b.zopa) + ".");
  if (!b.zopa.empty()) {
    view.table(zopa_sample_table(b.space, b.zopa));
  } else if (b.zopa.relaxations.empty()) {
    view.paragraph("No single relaxation opens it.");
  } else {
    std::vector<std::string> items;
    for (const auto& r : b.zopa.relaxations) items.push_back(relaxation_text(b.space, r));
    view.list("What would open it, smallest first:", std::move(items), "relaxations");
  }
  if (b.zopa.plan) add_opening_plan(view, b.space, *b.zopa.plan);
}

}  // namespace

View bargaining_view(const Bargaining& b, const std::string& title) {
  View view{"bargaining", "Where they could meet", {}};
  view.table(space_table(b, title));
  view.paragraph(
      fmt::format("Computed in {} (frontier, {}); {} in all, with solutions and ZOPA.",
                  format_duration(b.frontier_seconds), b.method, format_duration(b.seconds)),
      Media::text);
  // With red lines colliding nothing is acceptable: the charts show the opened space instead.
  const bool opened = b.frontier.size() == 0 && b.zopa.plan && b.zopa.plan->frontier.size() > 0;
  const bargain::Frontier& frontier = opened ? b.zopa.plan->frontier : b.frontier;
  const auto& solutions = opened ? b.zopa.plan->solutions : b.solutions;
  if (opened) {
    view.paragraph(
        "The charts show the frontier once the colliding red lines are opened (see the zone of "
        "possible agreement below): as the red lines stand, no package is acceptable to every "
        "party.",
        Media::html);
  }
  // Pointers into `b`, which outlives the view (figures are drawn when rendered).
  const bargain::Frontier* f = &frontier;
  const std::vector<bargain::Solution>* sol = &solutions;
  view.figure([&b, f, sol] { return frontier_chart(b.space, *f, *sol); });
  view.figure([&b, f, sol] { return solutions_parallel_chart(b.space, *f, *sol); });
  if (b.solutions.empty() && b.zopa.plan) {
    view.paragraph(
        "No solution while red lines collide: no package is acceptable to every party. The zone "
        "of possible agreement below says where they would meet if they crossed them.");
  } else if (b.solutions.empty()) {
    view.paragraph("No solution: no frontier point is better than walking away for every party.");
  } else {
    view.table(solutions_table(b.space, b.solutions));
    view.table(solution_packages_table(b.space, b.solutions));
    view.table(concessions_table(b.space, b.solutions));
  }
  add_zopa(view, b);
  return view;
}

}  // namespace parley::report
