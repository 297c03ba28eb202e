#include "parley/bargain/space_from_scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "parley/core/diagnostic.hpp"
#include "parley/core/number_format.hpp"
#include "parley/scenario/red_line.hpp"

namespace parley::bargain {

namespace {

using scenario::Issue;
using scenario::Position;
using scenario::Scenario;

double piecewise_value(const std::vector<scenario::ValuePoint>& points, double x) {
  if (x <= points.front().at) return points.front().value;
  if (x >= points.back().at) return points.back().value;
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    const auto& a = points[k];
    const auto& b = points[k + 1];
    if (x <= b.at) {
      if (b.at <= a.at) return b.value;
      return a.value + (b.value - a.value) * (x - a.at) / (b.at - a.at);
    }
  }
  return points.back().value;
}

struct Party {
  const scenario::Actor* actor = nullptr;
  double salience_sum = 0;  // over the actor's positions on the scenario's issues
};

std::vector<Party> resolve_parties(const Scenario& s, const std::vector<std::string>& ids) {
  if (ids.empty()) throw InputError(Diagnostic{"", 0, 0, "parties", "no parties were given"});
  std::vector<Party> parties;
  std::set<std::string> seen;
  for (const auto& id : ids) {
    const scenario::Actor* actor = s.find_actor(id);
    if (actor == nullptr)
      throw InputError(Diagnostic{"", 0, 0, "parties", "unknown actor '" + id + "'"});
    if (!seen.insert(id).second)
      throw InputError(Diagnostic{"", 0, 0, "parties", "actor '" + id + "' is listed twice"});
    Party party{actor, 0.0};
    for (const auto& position : s.positions)
      if (position.actor == id && s.find_issue(position.issue) != nullptr)
        party.salience_sum += position.salience.value;
    parties.push_back(party);
  }
  return parties;
}

IssueAxis make_axis(const Scenario& s, const Issue& issue, const std::vector<Party>& parties) {
  IssueAxis axis;
  axis.id = issue.id;
  axis.title = issue.title;
  if (issue.kind == scenario::IssueKind::options) {
    for (std::size_t o = 0; o < issue.options.size(); ++o) {
      axis.level_labels.push_back(issue.options[o].label);
      axis.level_points.push_back(static_cast<double>(o));
    }
    return axis;
  }
  std::vector<double> extra;
  for (const auto& party : parties)
    if (const Position* position = s.find_position(party.actor->id, issue.id)) {
      extra.push_back(position->ideal.value);
      if (position->red_line) extra.push_back(position->red_line->value);
    }
  axis.level_points = numeric_levels(issue, issue.levels.value_or(s.bargaining.levels), extra);
  for (const double x : axis.level_points)
    axis.level_labels.push_back(numeric_label(x, issue.unit));
  return axis;
}

}  // namespace

double position_value(const Issue& issue, const Position& position, double x) {
  if (issue.kind == scenario::IssueKind::options && !position.option_values.empty()) {
    const auto last = static_cast<long long>(position.option_values.size()) - 1;
    const auto index = std::clamp(std::llround(x), 0LL, last);
    return position.option_values[static_cast<std::size_t>(index)];
  }
  if (position.shape == scenario::Shape::piecewise && !position.points.empty())
    return piecewise_value(position.points, x);
  const double ideal = position.ideal.value;
  double d = 0;  // distance from the ideal as a fraction of the distance to the far end
  if (x > ideal) {
    if (scenario::favoured_end(issue, position.actor) == scenario::FavouredEnd::high) return 1.0;
    const double far = issue.scale_max() - ideal;
    d = far > 0 ? (x - ideal) / far : 0.0;
  } else if (x < ideal) {
    if (scenario::favoured_end(issue, position.actor) == scenario::FavouredEnd::low) return 1.0;
    const double far = ideal - issue.scale_min();
    d = far > 0 ? (ideal - x) / far : 0.0;
  }
  d = std::clamp(d, 0.0, 1.0);
  return position.shape == scenario::Shape::quadratic ? 1.0 - d * d : 1.0 - d;
}

std::vector<double> numeric_levels(const Issue& issue, int levels,
                                   const std::vector<double>& extra_points) {
  const double lo = issue.min;
  const double hi = issue.max;
  std::vector<std::pair<double, bool>> points;  // (point, is an extra point)
  const int n = std::max(levels, 2);
  for (int k = 0; k < n; ++k)
    points.emplace_back(k == n - 1 ? hi : lo + (hi - lo) * k / (n - 1), false);
  for (const double x : extra_points)
    if (std::isfinite(x) && x >= lo && x <= hi) points.emplace_back(x, true);
  std::sort(points.begin(), points.end());
  const double tol = scenario::kScaleTolerance * (hi - lo);
  std::vector<std::pair<double, bool>> kept;
  for (const auto& point : points) {
    if (!kept.empty() && point.first - kept.back().first <= tol) {
      if (point.second && !kept.back().second) kept.back() = point;
      continue;
    }
    kept.push_back(point);
  }
  std::vector<double> out;
  for (const auto& point : kept) out.push_back(point.first);
  return out;
}

std::string numeric_label(double value, const std::string& unit) {
  return format_number(value, 6) + (unit.empty() ? "" : " " + unit);
}

AdditiveSpace space_from_scenario(const Scenario& s) {
  std::vector<std::string> ids;
  for (const auto& actor : s.actors)
    if (actor.role == scenario::Role::party) ids.push_back(actor.id);
  if (ids.empty())
    throw InputError(Diagnostic{"", 0, 0, "actors",
                                "no actor has role party; a bargaining "
                                "space needs at least one party"});
  return space_from_scenario(s, ids);
}

AdditiveSpace space_from_scenario(const Scenario& s, const std::vector<std::string>& party_ids) {
  const std::vector<Party> parties = resolve_parties(s, party_ids);
  const std::size_t count = parties.size();
  AdditiveSpace space;
  space.tolerance = s.bargaining.tolerance;
  for (const auto& party : parties) {
    space.parties.push_back(party.actor->id);
    space.reservation.push_back(party.actor->reservation ? party.actor->reservation->value : 0.0);
  }
  for (const auto& issue : s.issues) {
    IssueAxis axis = make_axis(s, issue, parties);
    const std::size_t levels = axis.level_points.size();
    std::vector<double> contribution(levels * count, 0.0);
    std::vector<std::uint8_t> ok(levels * count, 1);
    for (std::size_t p = 0; p < count; ++p) {
      const Position* position = s.find_position(parties[p].actor->id, issue.id);
      if (position == nullptr) continue;  // no position: weight 0, every level acceptable
      const double salience = position->salience.value;
      const double weight = !s.bargaining.normalize_weights ? salience
                            : parties[p].salience_sum > 0   ? salience / parties[p].salience_sum
                                                            : 0.0;
      for (std::size_t l = 0; l < levels; ++l) {
        const double x = axis.level_points[l];
        contribution[l * count + p] = weight * position_value(issue, *position, x);
        ok[l * count + p] = scenario::accepts(issue, *position, x) ? 1 : 0;
      }
    }
    space.issues.push_back(std::move(axis));
    space.contribution.push_back(std::move(contribution));
    space.acceptable.push_back(std::move(ok));
  }
  return space;
}

}  // namespace parley::bargain
