#pragma once
// Red-line collisions: issues on which two actors have no acceptable point in common.

#include <string>
#include <vector>

#include "parley/scenario/scenario.hpp"

namespace parley::app {

// The part of the issue's scale the actor accepts: everything on its ideal point's side of its
// red line (the red line included); the whole scale when it has no red line. A red line on the
// ideal point opens toward the end the actor favours, or is the single point otherwise. The same
// rule as the bargaining space's (docs/utility.md, "Red lines").
scenario::Interval acceptable_range(const scenario::Issue& issue,
                                    const scenario::Position& position);

// Two actors whose acceptable ranges on an issue do not overlap: `lower` accepts only points
// below everything `upper` accepts. `gap` is the distance between the two ranges (> 0).
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

}  // namespace parley::app
