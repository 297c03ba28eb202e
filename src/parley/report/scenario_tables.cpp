#include "parley/report/scenario_tables.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "parley/core/number_format.hpp"
#include "parley/report/format.hpp"
#include "parley/report/text_width.hpp"

namespace parley::report {

namespace {

using scenario::Actor;
using scenario::Issue;
using scenario::Position;
using scenario::Scenario;

constexpr const char* kNone = "—";

std::string marked(const scenario::Estimate& estimate) {
  return format_estimate(estimate) + (estimate.assumption ? "*" : "");
}

std::string alias_summary(const Actor& actor) {
  constexpr std::size_t kShown = 2;
  std::string out;
  for (std::size_t i = 0; i < actor.aliases.size() && i < kShown; ++i) {
    out += (i ? ", " : "") + actor.aliases[i].text;
  }
  if (actor.aliases.size() > kShown) out += fmt::format(" +{} more", actor.aliases.size() - kShown);
  return out.empty() ? kNone : out;
}

std::string end_summary(const scenario::End& end) {
  std::string out = end.label.empty() ? kNone : end.label;
  if (end.favoured_by.empty()) return out;
  out += " [";
  for (std::size_t i = 0; i < end.favoured_by.size(); ++i) {
    out += (i ? " " : "") + end.favoured_by[i];
  }
  return out + "]";
}

// Saliences are judgments by nature, so the marker is kept for what is otherwise reported: the
// position as a whole, its ideal point or its red line.
bool any_assumption(const Position& p) {
  return p.assumption || p.ideal.assumption || (p.red_line && p.red_line->assumption);
}

std::string matrix_cell(const Scenario& scenario, const Actor& actor, const Issue& issue) {
  const Position* position = scenario.find_position(actor.id, issue.id);
  return position ? position_cell(issue, *position) : kNone;
}

std::string issue_heading(const Issue& issue) {
  if (issue.kind == scenario::IssueKind::numeric && !issue.unit.empty()) {
    return issue.id + " (" + issue.unit + ")";
  }
  return issue.id;
}

}  // namespace

Table actors_table(const Scenario& scenario) {
  Table table({{"id"},
               {"name", Align::left, 28},
               {"role"},
               {"capability"},
               {"reservation"},
               {"aliases", Align::left, 40}},
              fmt::format("Actors ({})", scenario.actors.size()));
  for (const Actor& a : scenario.actors) {
    table.add_row({a.id, a.name, scenario::to_string(a.role), marked(a.capability),
                   a.reservation ? marked(*a.reservation) : kNone, alias_summary(a)});
  }
  return table;
}

Table issues_table(const Scenario& scenario) {
  Table table({{"id"},
               {"kind"},
               {"scale", Align::left, 36},
               {"low end", Align::left, 32},
               {"high end", Align::left, 32}},
              fmt::format("Issues ({})", scenario.issues.size()));
  for (const Issue& i : scenario.issues) {
    table.add_row({i.id, scenario::to_string(i.kind), format_scale(i), end_summary(i.low),
                   end_summary(i.high)});
  }
  return table;
}

std::string position_cell(const Issue& issue, const Position& position) {
  constexpr std::size_t kOptionWidth = 13;
  std::string ideal = format_point(issue, position.ideal.value);
  if (issue.kind == scenario::IssueKind::options) ideal = truncate_to_width(ideal, kOptionWidth);
  return ideal + " (" + format_number(position.salience.value) + ")" +
         (position.red_line ? "!" : "") + (any_assumption(position) ? "*" : "");
}

Table positions_table(const Scenario& scenario) {
  const std::string title = fmt::format("Positions ({})", scenario.positions.size());
  const bool transposed = scenario.issues.size() > scenario.actors.size();
  std::vector<Column> columns;
  columns.push_back({transposed ? "issue" : "actor"});
  if (transposed) {
    for (const Actor& a : scenario.actors) columns.push_back({a.id, Align::automatic, 24});
  } else {
    for (const Issue& i : scenario.issues)
      columns.push_back({issue_heading(i), Align::automatic, 24});
  }
  Table table(std::move(columns), title);
  if (transposed) {
    for (const Issue& i : scenario.issues) {
      std::vector<std::string> row{issue_heading(i)};
      for (const Actor& a : scenario.actors) row.push_back(matrix_cell(scenario, a, i));
      table.add_row(std::move(row));
    }
  } else {
    for (const Actor& a : scenario.actors) {
      std::vector<std::string> row{a.id};
      for (const Issue& i : scenario.issues) row.push_back(matrix_cell(scenario, a, i));
      table.add_row(std::move(row));
    }
  }
  return table;
}

std::string evidence_attribution(const scenario::Evidence& e) {
  std::vector<std::string> parts;
  std::string who;
  switch (e.attribution) {
    case scenario::Attribution::direct:
      who = "direct";
      if (!e.by.empty()) who += ": " + e.by;
      break;
    case scenario::Attribution::reported:
      who = "reported";
      if (!e.by.empty()) who += " by " + e.by;
      break;
    case scenario::Attribution::unstated:
      who = e.by;
      break;
  }
  if (!e.date.empty()) who += (who.empty() ? "" : ", ") + e.date;
  if (!who.empty()) parts.push_back(who);
  if (e.value) {
    parts.push_back(format_number(*e.value, 6) + (e.unit.empty() ? "" : " " + e.unit));
  }
  if (e.weak) parts.push_back("weak support");
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : " · ") + part;
  return out;
}

std::string positions_legend() {
  return "cell: ideal point (salience 0–1)  ! red line set  * position, ideal or red line assumed "
         "by the analyst  — no position";
}

}  // namespace parley::report
