#include "parley/app/red_lines.hpp"

#include <algorithm>

namespace parley::app {

namespace {

bool favours(const scenario::End& end, const std::string& actor) {
  return std::find(end.favoured_by.begin(), end.favoured_by.end(), actor) != end.favoured_by.end();
}

// Points closer than this (relative to the scale) count as touching, not as a gap.
double tolerance(const scenario::Issue& issue) {
  return 1e-9 * std::max(1.0, issue.scale_max() - issue.scale_min());
}

}  // namespace

scenario::Interval acceptable_range(const scenario::Issue& issue,
                                    const scenario::Position& position) {
  const double low = issue.scale_min();
  const double high = issue.scale_max();
  if (!position.red_line) return {low, high};
  const double red = position.red_line->value;
  const double ideal = position.ideal.value;
  if (red < ideal) return {red, high};
  if (red > ideal) return {low, red};
  if (favours(issue.high, position.actor)) return {red, high};
  if (favours(issue.low, position.actor)) return {low, red};
  return {red, red};
}

std::vector<RedLineCollision> red_line_collisions(const scenario::Scenario& scenario) {
  std::vector<RedLineCollision> out;
  for (const auto& issue : scenario.issues) {
    const double eps = tolerance(issue);
    for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
      const auto* a = scenario.find_position(scenario.actors[i].id, issue.id);
      if (!a) continue;
      for (std::size_t j = i + 1; j < scenario.actors.size(); ++j) {
        const auto* b = scenario.find_position(scenario.actors[j].id, issue.id);
        if (!b) continue;
        const auto ra = acceptable_range(issue, *a);
        const auto rb = acceptable_range(issue, *b);
        if (ra.high + eps < rb.low) {
          out.push_back({issue.id, a->actor, b->actor, ra, rb, rb.low - ra.high});
        } else if (rb.high + eps < ra.low) {
          out.push_back({issue.id, b->actor, a->actor, rb, ra, ra.low - rb.high});
        }
      }
    }
  }
  return out;
}

}  // namespace parley::app
