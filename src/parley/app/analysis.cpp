#include "parley/app/analysis.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parley/app/bargaining_json.hpp"
#include "parley/app/red_line_table.hpp"
#include "parley/app/where_they_meet.hpp"
#include "parley/bargain/space_from_scenario.hpp"
#include "parley/io/scenario_json.hpp"
#include "parley/report/bargaining_section.hpp"
#include "parley/report/format.hpp"
#include "parley/report/html_table.hpp"
#include "parley/report/scenario_section.hpp"
#include "parley/report/xml.hpp"

namespace parley::app {

namespace {

using scenario::Role;
using scenario::Scenario;

std::size_t inferred_positions(const Scenario& s) {
  return static_cast<std::size_t>(
      std::count_if(s.positions.begin(), s.positions.end(),
                    [](const scenario::Position& p) { return p.assumption; }));
}

// "7 actors · 19 issues · 63 positions (21 inferred)": inferred positions are marked as the
// analyst's assumption as a whole.
std::string counts_line(const Scenario& s) {
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string out = plural(s.actors.size(), "actor") + " · " + plural(s.issues.size(), "issue") +
                    " · " + plural(s.positions.size(), "position");
  if (const std::size_t inferred = inferred_positions(s); inferred > 0) {
    out += fmt::format(" ({} inferred)", inferred);
  }
  return out;
}

std::string role_heading(Role role) {
  switch (role) {
    case Role::party:
      return "Parties";
    case Role::mediator:
      return "Mediators";
    case Role::guarantor:
      return "Guarantors";
    case Role::observer:
      return "Observers";
    case Role::supporter:
      return "Supporters";
  }
  return "Others";
}

// One line per role that has actors: "Parties     RUS Russia · UKR Ukraine".
std::string roles_block(const Scenario& s) {
  std::string out;
  for (const Role role :
       {Role::party, Role::mediator, Role::guarantor, Role::supporter, Role::observer}) {
    std::string names;
    for (const auto& a : s.actors) {
      if (a.role != role) continue;
      names += (names.empty() ? "" : " · ") + a.id;
      if (a.name != a.id) names += " " + a.name;
    }
    if (!names.empty()) out += fmt::format("{:<12}{}\n", role_heading(role), names);
  }
  return out;
}

nlohmann::ordered_json point_json(const scenario::Issue& issue, double point) {
  if (issue.kind == scenario::IssueKind::numeric) return point;
  return report::format_point(issue, point);
}

nlohmann::ordered_json collision_json(const Scenario& s, const RedLineCollision& c) {
  nlohmann::ordered_json out = {{"issue", c.issue}};
  const scenario::Issue* issue = s.find_issue(c.issue);
  if (!issue) return out;
  const auto side = [&](const std::string& actor, const scenario::Interval& accepts) {
    return nlohmann::ordered_json{
        {"actor", actor},
        {"accepts",
         {{"low", point_json(*issue, accepts.low)}, {"high", point_json(*issue, accepts.high)}}}};
  };
  out["lower"] = side(c.lower, c.lower_accepts);
  out["upper"] = side(c.upper, c.upper_accepts);
  out["gap"] = c.gap;
  return out;
}

std::string collisions_html(const Analysis& a) {
  if (a.collisions.empty()) {
    return "<p>" + report::xml_escape(no_collisions_text(a.scenario)) + "</p>";
  }
  return "<p>Pairs of actors whose acceptable ranges on an issue do not overlap: each accepts "
         "only its side of its red line, and the two sides leave a gap.</p>" +
         report::html_table(red_line_table(a.scenario, a.collisions));
}

}  // namespace

Analysis analyse(const Scenario& scenario, const AnalysisOptions& /*options*/) {
  Analysis out;
  out.scenario = scenario;
  out.collisions = red_line_collisions(scenario);
  const auto parties = std::count_if(scenario.actors.begin(), scenario.actors.end(),
                                     [](const auto& a) { return a.role == Role::party; });
  if (parties >= 2) out.bargaining = analyse_bargaining(bargain::space_from_scenario(scenario));
  return out;
}

std::string render_summary(const Analysis& a) {
  const Scenario& s = a.scenario;
  std::string out = s.meta.title + "\n";
  out += "as of " + s.meta.as_of + " · " + counts_line(s) + "\n\n";
  out += roles_block(s);
  out += "\n";
  out += a.collisions.empty() ? no_collisions_text(s) + "\n"
                              : red_line_table(s, a.collisions).render();
  if (a.bargaining) out += "\n" + where_they_meet_text(*a.bargaining);
  const report::Table apart = furthest_apart_table(s);
  if (!apart.rows().empty()) out += "\n" + apart.render();
  return out;
}

nlohmann::ordered_json to_json(const Analysis& a) {
  nlohmann::ordered_json collisions = nlohmann::ordered_json::array();
  for (const auto& c : a.collisions) collisions.push_back(collision_json(a.scenario, c));
  nlohmann::ordered_json out = {{"parley", PARLEY_VERSION},
                                {"scenario", io::to_json(a.scenario)},
                                {"counts",
                                 {{"actors", a.scenario.actors.size()},
                                  {"issues", a.scenario.issues.size()},
                                  {"positions", a.scenario.positions.size()}}},
                                {"red_line_collisions", collisions}};
  out["bargaining"] = a.bargaining ? to_json(*a.bargaining) : nlohmann::ordered_json();
  return out;
}

report::HtmlReport render_report(const Analysis& a) {
  report::HtmlReport out;
  out.title = a.scenario.meta.title;
  out.meta = "as of " + a.scenario.meta.as_of + " · " + counts_line(a.scenario);
  out.sections.push_back({"red-lines", "Red-line collisions", collisions_html(a)});
  if (a.bargaining) {
    const Bargaining& b = *a.bargaining;
    out.sections.push_back(report::bargaining_section(b.space, b.frontier, b.solutions, b.zopa));
  }
  out.sections.push_back(report::scenario_section(a.scenario));
  return out;
}

}  // namespace parley::app
