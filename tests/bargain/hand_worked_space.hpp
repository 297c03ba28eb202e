#pragma once
// The small space worked out on paper in hand_worked_test.cpp (values are multiples of 1/8,
// exact in binary). Parties A, B. Issue X (levels 0,1,2), issue Y (levels 0,1); contributions
// (A, B):
//   X: 0 → (0.625, 0)   1 → (0.5, 0.25)   2 → (0, 0.5)
//   Y: 0 → (0.375, 0.25)                  1 → (0, 0.5)
// Packages: (0,0)=(1, .25) (0,1)=(.625,.5) (1,0)=(.875,.5) (1,1)=(.5,.75) (2,0)=(.375,.75)
//           (2,1)=(0, 1). No red lines, reservations 0.

#include "parley/bargain/additive_space.hpp"

namespace parley::bargain::test {

inline AdditiveSpace two_by_two() {
  AdditiveSpace s;
  s.parties = {"A", "B"};
  s.issues = {{"X", "X", {"x0", "x1", "x2"}, {0, 1, 2}}, {"Y", "Y", {"y0", "y1"}, {0, 1}}};
  s.contribution = {{0.625, 0, 0.5, 0.25, 0, 0.5}, {0.375, 0.25, 0, 0.5}};
  s.acceptable = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1}};
  s.reservation = {0, 0};
  return s;
}

}  // namespace parley::bargain::test
