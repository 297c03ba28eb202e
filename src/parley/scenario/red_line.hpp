#pragma once
// Which end of an issue an actor favours, and which side of its red line it accepts. Stated once
// here; the reader's checks, the bargaining space, the charts and the red-line collisions all
// use it (docs/utility.md, "Red lines").

#include <string>

#include "parley/scenario/scenario.hpp"

namespace parley::scenario {

// Two points of an issue's scale closer than this share of the scale's range are the same point
// (a red line "touches" a point that is within it).
inline constexpr double kScaleTolerance = 1e-9;

// kScaleTolerance × the issue's range (× 1 for a scale of no width).
double scale_tolerance(const Issue& issue);

// The end of the scale an actor is known to favour (listed in End::favoured_by; the high end
// when, contradictorily, both list it).
enum class FavouredEnd { none, low, high };
FavouredEnd favoured_end(const Issue& issue, const std::string& actor);

// The side of its red line an actor accepts: the red line and everything on its ideal point's
// side of it. A red line on the ideal opens toward the end the actor favours (away from it the
// actor will not go); an actor that favours neither end accepts only the red line itself.
enum class AcceptedSide { whole_scale, at_or_above, at_or_below, only_the_line };
AcceptedSide accepted_side(const Issue& issue, const Position& position);

// The accepted side as an interval of the scale: the whole scale without a red line.
Interval acceptable_range(const Issue& issue, const Position& position);

// Whether the actor accepts point `x`: inside acceptable_range, or within scale_tolerance of it.
bool accepts(const Issue& issue, const Position& position, double x);

}  // namespace parley::scenario
