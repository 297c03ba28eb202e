#pragma once
// The size of a bargaining space: Π_i L_i packages, as an exact big integer (10^20 packages for
// 3 × 20 × 10 options do not fit 64 bits; 60 issues × 10 levels make 10^60).

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/big_count.hpp"

namespace parley::bargain {

// Π_i L_i: every package of the space. O(I) big-integer multiplications.
BigCount package_count(const AdditiveSpace& space);

// Π_i |{l : acceptable(i, l, p) for every p}|: packages crossing no party's red line. O(Σ L_i·P).
BigCount acceptable_package_count(const AdditiveSpace& space);

}  // namespace parley::bargain
