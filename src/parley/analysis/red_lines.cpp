#include "parley/analysis/red_lines.hpp"

#include "parley/scenario/red_line.hpp"

namespace parley::analysis {

std::vector<RedLineCollision> red_line_collisions(const scenario::Scenario& scenario) {
  std::vector<RedLineCollision> out;
  for (const auto& issue : scenario.issues) {
    const double tol = scenario::scale_tolerance(issue);
    for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
      const auto* a = scenario.find_position(scenario.actors[i].id, issue.id);
      if (!a) continue;
      for (std::size_t j = i + 1; j < scenario.actors.size(); ++j) {
        const auto* b = scenario.find_position(scenario.actors[j].id, issue.id);
        if (!b) continue;
        const auto ra = scenario::acceptable_range(issue, *a);
        const auto rb = scenario::acceptable_range(issue, *b);
        if (ra.high + tol < rb.low) {
          out.push_back({issue.id, a->actor, b->actor, ra, rb, rb.low - ra.high});
        } else if (rb.high + tol < ra.low) {
          out.push_back({issue.id, b->actor, a->actor, rb, ra, ra.low - rb.high});
        }
      }
    }
  }
  return out;
}

}  // namespace parley::analysis
