#pragma once
// The zone of possible agreement (ZOPA): packages acceptable to every party (no red line crossed)
// and rational for every party (u_p >= reservation_p). Its size, a sample of its packages, and,
// when it is empty, the smallest relaxations that would open it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/package_count.hpp"
#include "parley/bargain/solutions.hpp"

namespace parley::bargain {

struct ZopaSize {
  bool exact = false;        // count is exact (acceptable packages <= exact_limit, enumerated)
  BigCount count = 0;        // exact ZOPA size when `exact`; otherwise on_frontier (a lower bound)
  BigCount on_frontier = 0;  // ZOPA packages on the Pareto frontier: exact, always
  // When not exact: estimate from `samples` seeded uniform draws of acceptable packages,
  // with its 95% Wilson score interval (clamped below by on_frontier).
  double estimate = 0, low = 0, high = 0;
  std::size_t samples = 0;
  std::string label;  // how the number was obtained, in words
};

struct Relaxation {
  enum class Kind : std::uint8_t { reservation, red_line };
  Kind kind = Kind::reservation;
  std::size_t party = 0;
  std::size_t issue = 0;  // red_line only
  // reservation: how far party's reservation must drop (utility units) with the others kept;
  // red_line: how far beyond the red line the closest opening level lies, on the issue scale.
  double amount = 0;
  double new_reservation = 0;     // reservation only: the reservation that opens the ZOPA
  std::size_t levels_beyond = 0;  // red_line only: in levels
  std::uint32_t level = 0;        // red_line only: the level that opens it
  std::string description;
};

// An issue on which no level is acceptable to every party: the red lines collide there.
struct RedLineGap {
  std::size_t issue = 0;
  // Per party, the first and last level it accepts (accepts_any false when none): the edges
  // of what it accepts, for saying "RUS accepts at most 125,000".
  struct Accepted {
    bool accepts_any = false;
    std::uint32_t first = 0, last = 0;
  };
  std::vector<Accepted> accepted;
  // The levels that need the least red-line crossing in total (sum over the parties of each
  // one's distance, on the issue scale, to its nearest acceptable level), in level order.
  std::vector<std::uint32_t> meeting_levels;
  double crossing = 0;  // that least total, on the issue scale
  double share = 0;     // crossing / the issue scale's width
};

// When red lines collide: the smallest joint relaxation, every colliding issue opened at once at
// its meeting levels, and what the zone would then be.
struct OpeningPlan {
  std::vector<RedLineGap> gaps;  // by issue order
  ZopaSize size;                 // the zone once every gap is closed (count 0: still closed)
  std::vector<Package> sample;
  // When closing the gaps is not enough: the single relaxations that would open it on top.
  std::vector<Relaxation> further;
  // The solutions (solutions.hpp) of the space with the gaps closed: where the parties would
  // settle once they cross their red lines there. Levels and utilities are those of the space.
  Frontier frontier;  // the full frontier of the opened space
  std::vector<Solution> solutions;
  PartyBounds bounds;  // each party's best and worst package of the opened space
  bool opens() const { return size.on_frontier > 0; }
};

struct ZopaOptions {
  std::size_t exact_limit = 10'000'000;  // enumerate when acceptable packages <= this
  std::size_t samples = 200'000;         // otherwise, seeded uniform samples
  std::uint64_t seed = 1;
  std::size_t sample_size = 20;  // packages to return (frontier points first)
  std::size_t threads = 0;
  bool brute_force = false;  // frontiers for the relaxations by enumeration instead of merging
};

struct Zopa {
  ZopaSize size;
  std::vector<Package> sample;
  std::vector<Relaxation> relaxations;  // when empty; sorted by kind, then amount, then ids
  // When empty because red lines collide on some issue: the joint relaxation that opens them all.
  std::optional<OpeningPlan> plan;
  bool empty() const { return size.on_frontier == 0; }
};

// From the full frontier of `space` (not rational_only) already built: O(N·I·P) enumeration
// when N <= exact_limit or O(samples·I·P) sampling; when empty, the relaxations: one frontier per
// issue with a red line to relax, and O(F·P) per rejected level. All comparisons exact, on the
// utility grid (utility_grid.hpp).
Zopa zone_of_possible_agreement(const AdditiveSpace& space, const Frontier& full,
                                const ZopaOptions& options = {});
// The same, building the frontier first.
Zopa zone_of_possible_agreement(const AdditiveSpace& space, const ZopaOptions& options = {});

}  // namespace parley::bargain
