#pragma once
// The size of a bargaining space: Π_i L_i packages, as an exact big integer (10^20 packages for
// 3 × 20 × 10 options do not fit 64 bits; 60 issues × 10 levels make 10^60).

#include <boost/multiprecision/cpp_int.hpp>
#include <string>

#include "parley/bargain/additive_space.hpp"

namespace parley::bargain {

using BigCount = boost::multiprecision::cpp_int;

// Π_i L_i: every package of the space. O(I) big-integer multiplications.
BigCount package_count(const AdditiveSpace& space);

// Π_i |{l : acceptable(i, l, p) for every p}|: packages crossing no party's red line. O(Σ L_i·P).
BigCount acceptable_package_count(const AdditiveSpace& space);

// "100,000,000,000,000,000,000": decimal digits grouped by three with commas.
std::string with_thousands_separators(const BigCount& n);

// "1.00e+20": scientific form with `digits` digits after the point (rounded half up);
// numbers below 1000 are printed as plain integers.
std::string scientific(const BigCount& n, int digits = 2);

}  // namespace parley::bargain
