#include "parley/report/json/analysis_json.hpp"

#include "parley/report/json/news_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/io/scenario_json.hpp"
#include "parley/report/format.hpp"
#include "parley/report/json/bargaining_json.hpp"
#include "parley/report/json/forecast_json.hpp"
#include "parley/report/json/gmcr_json.hpp"

namespace parley::report {

namespace {

using nlohmann::ordered_json;

ordered_json point_json(const scenario::Issue& issue, double point) {
  if (issue.kind == scenario::IssueKind::numeric) return point;
  return format_point(issue, point);
}

ordered_json collision_json(const scenario::Scenario& s, const analysis::RedLineCollision& c) {
  ordered_json out = {{"issue", c.issue}};
  const scenario::Issue* issue = s.find_issue(c.issue);
  if (!issue) return out;
  const auto side = [&](const std::string& actor, const scenario::Interval& accepts) {
    return ordered_json{
        {"actor", actor},
        {"accepts",
         {{"low", point_json(*issue, accepts.low)}, {"high", point_json(*issue, accepts.high)}}}};
  };
  out["lower"] = side(c.lower, c.lower_accepts);
  out["upper"] = side(c.upper, c.upper_accepts);
  out["gap"] = c.gap;
  return out;
}

}  // namespace

ordered_json to_json(const analysis::Analysis& a) {
  ordered_json collisions = ordered_json::array();
  for (const auto& c : a.collisions) collisions.push_back(collision_json(a.scenario, c));
  ordered_json out = {{"parley", PARLEY_VERSION},
                      {"scenario", to_json(a.scenario)},
                      {"counts",
                       {{"actors", a.scenario.actors.size()},
                        {"issues", a.scenario.issues.size()},
                        {"positions", a.scenario.positions.size()}}},
                      {"red_line_collisions", collisions}};
  out["bargaining"] = a.bargaining ? to_json(*a.bargaining) : ordered_json();
  if (a.forecast) out["forecast"] = to_json(*a.forecast);
  if (a.news) out["news"] = to_json(*a.news, &a.scenario);
  if (a.gmcr) out["gmcr"] = to_json(*a.gmcr);
  return out;
}

ordered_json to_json(const scenario::Scenario& scenario) {
  return io::to_json(scenario);
}

ordered_json to_json(const InputError& error) {
  ordered_json out = ordered_json::array();
  for (const Diagnostic& d : error.diagnostics()) {
    out.push_back({{"file", d.file},
                   {"line", d.line},
                   {"column", d.column},
                   {"field", d.field},
                   {"message", d.message}});
  }
  return out;
}

}  // namespace parley::report
