#include "parley/report/summary_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/report/bargaining_tables.hpp"
#include "parley/report/format.hpp"

namespace parley::report {

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

std::string role_heading(scenario::Role role) {
  switch (role) {
    case scenario::Role::party:
      return "Parties";
    case scenario::Role::mediator:
      return "Mediators";
    case scenario::Role::guarantor:
      return "Guarantors";
    case scenario::Role::observer:
      return "Observers";
    case scenario::Role::supporter:
      return "Supporters";
  }
  return "Others";
}

}  // namespace

std::string counts_line(const scenario::Scenario& s) {
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string out = plural(s.actors.size(), "actor") + " · " + plural(s.issues.size(), "issue") +
                    " · " + plural(s.positions.size(), "position");
  const auto inferred = std::count_if(s.positions.begin(), s.positions.end(),
                                      [](const scenario::Position& p) { return p.assumption; });
  if (inferred > 0) out += fmt::format(" ({} inferred)", inferred);
  return out;
}

View actors_at_the_table_view(const scenario::Scenario& s) {
  View view{"summary", s.meta.title, {}};
  view.heading(s.meta.title);
  view.paragraph("as of " + s.meta.as_of + " · " + counts_line(s));
  Table roles({{"", Align::left}, {"", Align::left}});
  for (const scenario::Role role :
       {scenario::Role::party, scenario::Role::mediator, scenario::Role::guarantor,
        scenario::Role::supporter, scenario::Role::observer}) {
    std::string names;
    for (const auto& a : s.actors) {
      if (a.role != role) continue;
      names += (names.empty() ? "" : " · ") + a.id;
      if (a.name != a.id) names += " " + a.name;
    }
    if (!names.empty()) roles.add_row({role_heading(role), names});
  }
  return view.table(std::move(roles));
}

View where_they_meet_view(const analysis::Bargaining& b) {
  View view{"where-they-meet", "Where they could meet", {}};
  view.heading("Where they could meet");
  view.paragraph(fmt::format(
      "{} packages · Pareto frontier {} points · zone of possible agreement: {}",
      format_count(b.frontier.space_packages), b.frontier.size(), zopa_size_text(b.zopa)));
  if (b.zopa.plan) {
    const auto& plan = *b.zopa.plan;
    std::vector<std::string> ids;
    for (const auto& gap : plan.gaps) ids.push_back(b.space.issues[gap.issue].id);
    view.paragraph(fmt::format(
        "Red lines collide on {} issue{} ({}): a zone opens only if the parties cross them on {} "
        "at once; {}.",
        ids.size(), ids.size() == 1 ? "" : "s", issue_list(ids),
        ids.size() == 1 ? "it" : "all of these",
        plan.opens() ? "then it holds " + zopa_size_text_of(plan.size)
                     : "even then no package beats walking away for every party"));
  }
  const bargain::Solution* nash = analysis::find_solution(b, bargain::SolutionKind::nash);
  const bargain::PartyBounds* bounds = &b.bounds;
  std::string heading =
      std::string(bargain::names(bargain::SolutionKind::nash).label) + " package:";
  if (!nash && b.zopa.plan) {
    nash = bargain::find_solution(b.zopa.plan->solutions, bargain::SolutionKind::nash);
    bounds = &b.zopa.plan->bounds;
    heading = std::string(bargain::names(bargain::SolutionKind::nash).label) +
              " package once they cross their red lines there:";
  }
  if (!nash)
    return view.paragraph(
        "No solution: no frontier point is better than walking away for every party.");
  std::vector<std::string> items;
  for (std::size_t p = 0; p < b.space.party_count(); ++p) {
    const auto gives = bounds->ideal.empty()
                           ? std::vector<std::string>{}
                           : departures(b.space, nash->package, p, bounds->ideal[p]);
    items.push_back(fmt::format(
        "{} gives ground on {} · concession {} (utility {})", b.space.parties[p], issue_list(gives),
        format_utility(nash->concession[p]), format_utility(nash->utility[p])));
  }
  return view.list(heading, std::move(items));
}

Table furthest_apart_table(const scenario::Scenario& s, std::size_t top) {
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
         {issue.id, format_point_with_unit(issue, pa->ideal.value),
          format_point_with_unit(issue, pb->ideal.value), fmt::format("{:.0f}%", gap * 100),
          format_number(pa->salience.value), format_number(pb->salience.value)}});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& x, const Row& y) { return x.gap > y.gap; });
  Table table({{"issue"},
               {a + " ideal", Align::left, 30},
               {b + " ideal", Align::left, 30},
               {"gap", Align::right},
               {a + " salience", Align::right},
               {b + " salience", Align::right}},
              fmt::format("Furthest apart ({} vs {}, gap as a share of the scale)", a, b));
  for (std::size_t i = 0; i < rows.size() && i < top; ++i) table.add_row(rows[i].cells);
  return table;
}

}  // namespace parley::report
