#include "parley/app/where_they_meet.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"

namespace parley::app {

namespace {

constexpr std::size_t kIssuesNamed = 5;

std::string issue_list(const std::vector<std::string>& ids) {
  if (ids.empty()) return "no issue";
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < kIssuesNamed; ++i)
    out += (i == 0 ? "" : ", ") + ids[i];
  if (ids.size() > kIssuesNamed) out += fmt::format(" and {} more", ids.size() - kIssuesNamed);
  return out;
}

std::vector<const scenario::Actor*> main_parties(const scenario::Scenario& s) {
  std::vector<const scenario::Actor*> out;
  for (const auto& a : s.actors)
    if (a.role == scenario::Role::party) out.push_back(&a);
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
    return a->capability.value > b->capability.value;
  });
  if (out.size() > 2) out.resize(2);
  return out;
}

}  // namespace

std::string where_they_meet_text(const Bargaining& b) {
  std::string out = "Where they could meet\n";
  out += fmt::format("{} packages · Pareto frontier {} points · zone of possible agreement: {}\n",
                     report::format_count(b.frontier.space_packages), b.frontier.size(),
                     report::zopa_size_text(b.zopa));
  const bargain::Solution* nash = find_solution(b, "nash");
  if (!nash) return out + "No Nash solution: no package is better than walking away for all.\n";
  out += "Nash package (d = reservation):\n";
  for (std::size_t p = 0; p < b.space.party_count(); ++p) {
    const auto gives = b.bounds.ideal.empty()
                           ? std::vector<std::string>{}
                           : report::departures(b.space, nash->package, p, b.bounds.ideal[p]);
    out += fmt::format("  {} gives ground on {} · concession {} (utility {})\n", b.space.parties[p],
                       issue_list(gives), report::format_utility(nash->concession[p]),
                       report::format_utility(nash->utility[p]));
  }
  return out;
}

report::Table furthest_apart_table(const scenario::Scenario& s, std::size_t top) {
  const auto parties = main_parties(s);
  if (parties.size() < 2) return {};
  const std::string a = parties[0]->id;
  const std::string b = parties[1]->id;
  struct Row {
    double gap;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
  for (const auto& issue : s.issues) {
    const auto* pa = s.find_position(a, issue.id);
    const auto* pb = s.find_position(b, issue.id);
    const double span = issue.scale_max() - issue.scale_min();
    if (!pa || !pb || span <= 0) continue;
    const double gap = std::fabs(pa->ideal.value - pb->ideal.value) / span;
    rows.push_back(
        {gap,
         {issue.id, report::format_point_with_unit(issue, pa->ideal.value),
          report::format_point_with_unit(issue, pb->ideal.value), fmt::format("{:.0f}%", gap * 100),
          report::format_number(pa->salience.value), report::format_number(pb->salience.value)}});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& x, const Row& y) { return x.gap > y.gap; });
  report::Table table({{"issue"},
                       {a + " ideal", report::Align::left, 30},
                       {b + " ideal", report::Align::left, 30},
                       {"gap", report::Align::right},
                       {a + " salience", report::Align::right},
                       {b + " salience", report::Align::right}},
                      fmt::format("Furthest apart ({} vs {}, gap as a share of the scale)", a, b));
  for (std::size_t i = 0; i < rows.size() && i < top; ++i) table.add_row(rows[i].cells);
  return table;
}

}  // namespace parley::app
