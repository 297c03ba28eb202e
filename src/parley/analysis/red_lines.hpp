#pragma once
// Red-line collisions: issues on which two actors have no acceptable point in common. What each
// accepts is scenario::acceptable_range (scenario/red_line.hpp).

#include <string>
#include <vector>

#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// Two actors whose acceptable ranges on an issue do not overlap: `lower` accepts only points
// below everything `upper` accepts. `gap` is the distance between the two ranges (more than
// scenario::scale_tolerance).
struct RedLineCollision {
  std::string issue;
  std::string lower;  // actor id
  std::string upper;  // actor id
  scenario::Interval lower_accepts;
  scenario::Interval upper_accepts;
  double gap = 0;
  bool operator==(const RedLineCollision&) const = default;
};

// Every colliding pair, by issue in scenario order, then by the actors' order in the scenario.
std::vector<RedLineCollision> red_line_collisions(const scenario::Scenario& scenario);

}  // namespace parley::analysis
