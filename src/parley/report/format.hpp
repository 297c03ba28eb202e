#pragma once
// How parley writes numbers, estimates and points on an issue's scale for people to read.

#include <string>

#include "parley/bargain/package_count.hpp"
#include "parley/core/number_format.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// Relative slack when snapping a value to a round number (axis ticks, symmetric ranges): a value
// within kRoundOff of one, relative to its size, is taken to be on it.
inline constexpr double kRoundOff = 1e-9;

// Numbers: "85,000", "0.4" (core/number_format.hpp).
using parley::format_number;
using parley::group_thousands;

// A utility as people read it: three decimals ("0.815").
std::string format_utility(double u);

// "1,584 (1.58e+3)": an exact count with separators, and the scientific form when it is large.
std::string format_count(const bargain::BigCount& n);

// A wall-clock time: "850 µs", "12.3 ms", "1.25 s".
std::string format_duration(double seconds);

// An estimate: "0.4", "0.4 ± 0.1" (symmetric range) or "0.4 (0.3–0.6)"; no assumption marker.
std::string format_estimate(const scenario::Estimate& estimate);

// A point of an issue's scale: the number for numeric issues ("85,000"), the option id for
// option issues (the nearest option; points are option indices).
std::string format_point(const scenario::Issue& issue, double point);

// Like format_point, with the unit of a numeric issue: "85,000 soldiers".
std::string format_point_with_unit(const scenario::Issue& issue, double point);

// The issue's scale: "0–300,000 soldiers", "2 options: no, yes", "5 options: a … e".
std::string format_scale(const scenario::Issue& issue);

}  // namespace parley::report
