#pragma once
// How parley writes numbers, estimates and points on an issue's scale for people to read.

#include <string>

#include "parley/scenario/scenario.hpp"

namespace parley::report {

// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped:
// 85000 → "85,000", 0.40 → "0.4", -1234.5 → "-1,234.5", 1e-12 → "0".
std::string format_number(double value, int decimals = 2);

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
