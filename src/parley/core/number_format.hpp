#pragma once
// How parley writes a number for people: thousands separated by commas, trailing zeros dropped.
// Stated once here, in the lowest layer, because the bargaining space names its levels with it
// ("85,000 soldiers") and the report writes every number with it.

#include <string>
#include <string_view>

namespace parley {

// "1234567" → "1,234,567"; a leading '-' is kept in front: "-1234" → "-1,234". `digits` is a
// decimal integer without separators.
std::string group_thousands(std::string_view digits);

// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped:
// 85000 → "85,000", 0.40 → "0.4", -1234.5 → "-1,234.5", 1e-12 → "0", NaN → "NaN", ∞ → "∞".
std::string format_number(double value, int decimals = 2);

}  // namespace parley
