#include "parley/app/bargaining_text.hpp"

#include <fmt/format.h>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"
#include "parley/report/table.hpp"

namespace parley::app {

namespace {

using report::Align;
using report::Table;

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

std::string time_text(double seconds) {
  if (seconds < 1e-3) return fmt::format("{:.0f} µs", seconds * 1e6);
  if (seconds < 1) return fmt::format("{:.1f} ms", seconds * 1000);
  return fmt::format("{:.2f} s", seconds);
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

Table header_table(const Bargaining& b, const std::string& title) {
  const auto& f = b.frontier;
  Table table({{"", Align::left}, {"", Align::left, 100}}, title);
  std::vector<std::string> reservations;
  for (std::size_t p = 0; p < b.space.party_count(); ++p)
    reservations.push_back(
        fmt::format("{} {}", b.space.parties[p], report::format_utility(b.space.reservation[p])));
  table.add_row({"parties", joined(b.space.parties, " · ")});
  table.add_row({"reservations", joined(reservations, " · ")});
  table.add_row({"issues", std::to_string(b.space.issue_count())});
  table.add_row({"levels per issue", levels_text(b.space)});
  table.add_row({"utilities", grid_text(b)});
  table.add_row({"packages", report::format_count(f.space_packages)});
  table.add_row({"acceptable to all", report::format_count(f.acceptable_packages)});
  table.add_row(
      {"Pareto frontier", fmt::format("{} points · {} packages",
                                      report::format_number(static_cast<double>(f.size()), 0),
                                      report::format_count(f.frontier_packages))});
  table.add_row({"rational frontier",
                 fmt::format("{} points · {} packages",
                             report::format_number(static_cast<double>(b.rational_points), 0),
                             report::format_count(b.rational_packages))});
  table.add_row(
      {"time", fmt::format("{} frontier ({}) · {} in all, with solutions and ZOPA",
                           time_text(b.frontier_seconds), b.method, time_text(b.seconds))});
  return table;
}

std::string zopa_text(const Bargaining& b) {
  std::string out = "Zone of possible agreement: " + report::zopa_size_text(b.zopa) + "\n";
  if (!b.zopa.empty()) return out + "\n" + report::zopa_sample_table(b.space, b.zopa).render();
  if (b.zopa.relaxations.empty()) return out + "No single relaxation opens it.\n";
  out += "\nWhat would open it (smallest first):\n";
  for (const auto& r : b.zopa.relaxations)
    out += "  · " + report::relaxation_text(b.space, r) + "\n";
  return out;
}

}  // namespace

std::string render_bargaining(const Bargaining& b, const std::string& title) {
  std::string out = header_table(b, title).render();
  if (b.solutions.empty())
    return out + "\nNo solution: the rational frontier is empty.\n\n" + zopa_text(b);
  out += "\n" + report::solutions_table(b.space, b.solutions).render();
  out += "\n" + report::solution_packages_table(b.space, b.solutions).render();
  out += "\n" + report::concessions_table(b.space, b.solutions).render();
  return out + "\n" + zopa_text(b);
}

}  // namespace parley::app
