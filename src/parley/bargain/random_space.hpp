#pragma once
// Seeded random additive spaces for tests and benchmarks. The same seed gives the same space on
// every platform (own splitmix64 stream; no <random> distributions, whose output is
// implementation-defined).
//
// Distribution (docs/bargaining.md):
//  - L_i uniform in [min_levels, max_levels].
//  - Continuous (grid == 0): party p's weight of issue i is uniform(0,1], normalized over the
//    issues; level values uniform in [0,1]; contribution = weight · value.
//    Grid (grid > 0): contribution = grid · k with k uniform in {0, …, round(1/grid)}: sums are
//    exact in binary for grid = 2^-m, so ties and duplicate points are frequent.
//  - Conflict (opposed = true): each issue's values are sorted ascending for party p when the
//    party's direction bit for that issue is 1, descending otherwise; direction bits alternate
//    by party (p even: ascending; odd: descending) and are flipped at random with
//    probability 0.25. Opposed preferences give large frontiers; independent values give
//    tiny ones.
//  - Red lines: with probability red_line_probability per (party, issue), the party rejects
//    its 1 .. L_i − 1 worst levels (never all of them).
//  - Reservation of p: reservation_fraction · (p's best utility), plus uniform jitter in
//    [0, reservation_jitter) times the same best utility.

#include <cstddef>
#include <cstdint>

#include "parley/bargain/additive_space.hpp"

namespace parley::bargain {

// SplitMix64 (Steele, Lea & Flood 2014): the seeded stream behind every generated space and sample.
struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

struct RandomSpaceOptions {
  std::size_t parties = 2;
  std::size_t issues = 3;
  std::size_t min_levels = 2;
  std::size_t max_levels = 5;
  double grid = 0.0;
  bool opposed = true;
  double red_line_probability = 0.0;
  double reservation_fraction = 0.0;
  double reservation_jitter = 0.0;
  std::uint64_t seed = 1;
};

AdditiveSpace random_space(const RandomSpaceOptions& options);

}  // namespace parley::bargain
