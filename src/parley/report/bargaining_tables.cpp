#include "parley/report/bargaining_tables.hpp"

#include <fmt/format.h>

#include "parley/report/format.hpp"

namespace parley::report {

namespace {

using bargain::AdditiveSpace;
using bargain::Solution;

// Indices of the first solution of each distinct package, with the names sharing it.
struct PackageColumn {
  const Solution* solution = nullptr;
  std::string header;
};

std::vector<PackageColumn> package_columns(const std::vector<Solution>& solutions) {
  std::vector<PackageColumn> out;
  for (const Solution& s : solutions) {
    bool merged = false;
    for (PackageColumn& c : out) {
      if (c.solution->package != s.package) continue;
      c.header += " = " + std::string(bargain::names(s.kind).short_name);
      merged = true;
      break;
    }
    if (!merged) out.push_back({&s, std::string(bargain::names(s.kind).short_name)});
  }
  return out;
}

std::string level_label(const AdditiveSpace& space, std::size_t issue, std::uint32_t level) {
  const auto& labels = space.issues[issue].level_labels;
  return level < labels.size() ? labels[level] : std::to_string(level);
}

}  // namespace

Table solutions_table(const AdditiveSpace& space, const std::vector<Solution>& solutions) {
  std::vector<Column> columns{{"solution"}};
  for (const auto& p : space.parties) columns.push_back({p, Align::right});
  columns.push_back({"sum", Align::right});
  Table table(std::move(columns), "Solutions (utilities 0–1)");
  for (const Solution& s : solutions) {
    std::vector<std::string> row{std::string(bargain::names(s.kind).label)};
    double sum = 0;
    for (const double u : s.utility) {
      row.push_back(format_utility(u));
      sum += u;
    }
    row.push_back(format_utility(sum));
    table.add_row(std::move(row));
  }
  return table;
}

std::string settlement_text(const AdditiveSpace& space, std::size_t issue, std::uint32_t level) {
  return space.issues[issue].id + ": " + level_label(space, issue, level);
}

Table solution_packages_table(const AdditiveSpace& space, const std::vector<Solution>& solutions) {
  const std::vector<PackageColumn> cols = package_columns(solutions);
  std::vector<Column> columns{{"issue"}};
  for (const auto& c : cols) columns.push_back({c.header, Align::left, 28});
  Table table(std::move(columns), "Solution packages");
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    std::vector<std::string> row{space.issues[i].id};
    for (const auto& c : cols) row.push_back(level_label(space, i, c.solution->package[i]));
    table.add_row(std::move(row));
  }
  return table;
}

Table concessions_table(const AdditiveSpace& space, const std::vector<Solution>& solutions) {
  std::vector<Column> columns{{"solution"}};
  for (const auto& p : space.parties) columns.push_back({p, Align::right});
  Table table(std::move(columns), "Concessions (utility given up from each party's ideal)");
  for (const Solution& s : solutions) {
    std::vector<std::string> row{std::string(bargain::names(s.kind).label)};
    for (const double c : s.concession) row.push_back(format_utility(c));
    table.add_row(std::move(row));
  }
  return table;
}

std::string zopa_size_text(const bargain::Zopa& zopa) {
  return zopa_size_text_of(zopa.size);
}

std::string zopa_size_text_of(const bargain::ZopaSize& z) {
  if (z.on_frontier == 0)
    return "empty: no package is acceptable to every party and better than walking away";
  if (z.exact) return format_count(z.count) + " packages (" + z.label + ")";
  return fmt::format(
      "about {:.2e} packages ({}; 95% interval {:.2e}–{:.2e}); {} on the Pareto frontier",
      z.estimate, z.label, z.low, z.high, format_count(z.on_frontier));
}

Table zopa_sample_table(const AdditiveSpace& space, const bargain::Zopa& zopa, std::size_t limit) {
  const std::size_t n = std::min(limit, zopa.sample.size());
  return packages_table(space, zopa.sample, limit,
                        fmt::format("Sample of the zone ({} package{})", n, n == 1 ? "" : "s"));
}

Table packages_table(const AdditiveSpace& space, const std::vector<bargain::Package>& packages,
                     std::size_t limit, const std::string& title) {
  const std::size_t n = std::min(limit, packages.size());
  std::vector<Column> columns{{"issue"}};
  for (std::size_t k = 0; k < n; ++k)
    columns.push_back({fmt::format("#{}", k + 1), Align::left, 28});
  Table table(std::move(columns), title);
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    std::vector<std::string> row{space.issues[i].id};
    for (std::size_t k = 0; k < n; ++k) row.push_back(level_label(space, i, packages[k][i]));
    table.add_row(std::move(row));
  }
  std::vector<double> u(space.party_count());
  std::vector<std::vector<std::string>> utility_rows(space.party_count());
  for (std::size_t p = 0; p < space.party_count(); ++p)
    utility_rows[p].push_back("u(" + space.parties[p] + ")");
  for (std::size_t k = 0; k < n; ++k) {
    bargain::utilities(space, packages[k], u.data());
    for (std::size_t p = 0; p < space.party_count(); ++p)
      utility_rows[p].push_back(format_utility(u[p]));
  }
  for (auto& row : utility_rows) table.add_row(std::move(row));
  return table;
}

namespace {

// "at most 125,000 soldiers", "at least 200,000 soldiers", "freeze_line to cede_occupied",
// "only freeze_line", "every level", "none".
std::string accepted_text(const AdditiveSpace& space, std::size_t issue,
                          const bargain::RedLineGap::Accepted& a) {
  if (!a.accepts_any) return "none";
  const std::size_t last = space.level_count(issue) - 1;
  const std::string first_label = level_label(space, issue, a.first);
  const std::string last_label = level_label(space, issue, a.last);
  if (a.first == 0 && a.last == last) return "every level";
  if (a.first == a.last) return "only " + first_label;
  if (a.first == 0) return "at most " + last_label;
  if (a.last == last) return "at least " + first_label;
  return first_label + " to " + last_label;
}

}  // namespace

Table red_line_gaps_table(const AdditiveSpace& space, const bargain::OpeningPlan& plan) {
  std::vector<Column> columns{{"issue"}};
  for (const auto& party : space.parties) columns.push_back({party + " accepts", Align::left, 34});
  columns.push_back({"they could meet at", Align::left, 40});
  columns.push_back({"crossing", Align::right});
  Table table(std::move(columns), "Where red lines collide");
  for (const auto& gap : plan.gaps) {
    std::vector<std::string> row{space.issues[gap.issue].id};
    for (const auto& a : gap.accepted) row.push_back(accepted_text(space, gap.issue, a));
    const auto& m = gap.meeting_levels;
    const std::string first = level_label(space, gap.issue, m.front());
    const std::string last = level_label(space, gap.issue, m.back());
    row.push_back(m.size() == 1 ? first : first + " to " + last);
    row.push_back(format_number(100.0 * gap.share, 0) + "% of the scale");
    table.add_row(std::move(row));
  }
  return table;
}

std::string relaxation_text(const AdditiveSpace& space, const bargain::Relaxation& r) {
  const std::string& party = space.parties[r.party];
  if (r.kind == bargain::Relaxation::Kind::reservation) {
    return fmt::format("{} would have to accept a reservation of {} instead of {}", party,
                       fmt::format("{:.2f}", r.new_reservation),
                       fmt::format("{:.2f}", space.reservation[r.party]));
  }
  const auto& issue = space.issues[r.issue];
  return fmt::format(
      "dropping {}'s red line on {} by {} level{} (to {}, {} beyond it) opens the zone", party,
      issue.id, r.levels_beyond, r.levels_beyond == 1 ? "" : "s",
      level_label(space, r.issue, r.level), format_number(r.amount, 3));
}

std::vector<std::string> departures(const AdditiveSpace& space, const bargain::Package& package,
                                    std::size_t party, const bargain::Package& ideal) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < space.issue_count() && i < package.size() && i < ideal.size(); ++i) {
    if (space.value(i, package[i], party) < space.value(i, ideal[i], party) - bargain::kScoreTie)
      out.push_back(space.issues[i].id);
  }
  return out;
}

}  // namespace parley::report
