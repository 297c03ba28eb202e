#pragma once
// The exact Pareto frontier of an additive bargaining space, over the packages acceptable to
// every party (levels that cross any party's red line are removed first).
//
//   brute_force_frontier: enumerates every acceptable package, keeps a running frontier.
//                         O(N·F·P) time, O(F) memory plus the frontier's packages. N <= ~10^7.
//   merge_frontier:       per-issue Pareto sets combined by Minkowski sums,
//                         F(A ⊕ B) ⊆ F(A) ⊕ F(B) (docs/bargaining.md), pruning dominated partial
//                         sums after each merge. O(Σ_merges |F(A)|·|F(B)|·(log + F·P)) time,
//                         independent of N: 10^20 packages in well under a second when the
//                         frontier is small enough.
// Both work on exact utilities (utility_grid.hpp: integer steps of each party's grid), so both
// return exactly the frontier of the definition, with the same points, package counts and
// package sets. Results are identical for any thread count: points are sorted lexicographically
// ascending.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/package_count.hpp"
#include "parley/bargain/pareto.hpp"
#include "parley/bargain/utility_grid.hpp"

namespace parley::bargain {

enum class MergeOrder : std::uint8_t {
  sequential,  // ((I0 ⊕ I1) ⊕ I2) ⊕ …: each merge multiplies the frontier by one issue's set
  balanced,    // pairs issues in a balanced tree
};

struct FrontierOptions {
  std::size_t threads = 0;     // 0: oneTBB's default; 1: serial
  bool rational_only = false;  // keep only points with u_p >= reservation_p for all p
  MergeOrder order = MergeOrder::sequential;
};

// How a frontier's points map back to packages (merge tree or explicit lists). Internal.
class FrontierProvenance {
 public:
  virtual ~FrontierProvenance() = default;
  // Appends up to `limit` packages of internal point `source` to `out`.
  virtual void packages(std::size_t source, std::size_t limit, std::vector<Package>& out) const = 0;
};

struct Frontier {
  std::size_t parties = 0;
  double tolerance = kDefaultTolerance;  // the space's tolerance τ
  std::vector<PartyGrid> grid;           // each party's utility grid
  bool rational_only = false;
  // Point k's utilities: utilities[k·P .. (k+1)·P). Points sorted lexicographically ascending.
  std::vector<double> utilities;
  // The same in exact grid steps (units[k·P + p] steps of party p's grid), and the reservations.
  std::vector<std::int64_t> units;
  std::vector<std::int64_t> reservation_units;
  std::vector<BigCount> package_counts;  // exact number of packages mapping to each point
  std::vector<Package> examples;         // one package of each point
  BigCount frontier_packages = 0;        // Σ package_counts
  BigCount space_packages = 0;           // Π L_i
  BigCount acceptable_packages = 0;      // packages acceptable to every party
  bool counts_exact = true;              // false only if a count exceeded 2^128 − 1 (saturated)

  std::size_t size() const { return package_counts.size(); }
  const double* point(std::size_t k) const { return utilities.data() + k * parties; }
  const std::int64_t* steps(std::size_t k) const { return units.data() + k * parties; }
  // u_p >= reservation_p for every party, exactly (on the grid).
  bool rational(std::size_t k) const;
  // Up to `limit` packages of point k, in a deterministic order.
  std::vector<Package> packages_of(std::size_t k, std::size_t limit) const;

  // Internal: point k's index in the provenance.
  std::vector<std::uint32_t> source;
  std::shared_ptr<const FrontierProvenance> provenance;
};

// The points of `frontier` that are rational for every party. A dominator of a rational point is
// rational (q >= p >= reservation, exactly), so the frontier of the rational packages is the full
// frontier filtered.
Frontier rational_part(const Frontier& frontier);

// Both compute utility_grid(space) first; the overloads with a grid use the one given (it must
// have been computed from a space with the same parties and issue levels).
Frontier brute_force_frontier(const AdditiveSpace& space, const FrontierOptions& options = {});
Frontier merge_frontier(const AdditiveSpace& space, const FrontierOptions& options = {});
Frontier brute_force_frontier(const AdditiveSpace& space, const UtilityGrid& grid,
                              const FrontierOptions& options = {});
Frontier merge_frontier(const AdditiveSpace& space, const UtilityGrid& grid,
                        const FrontierOptions& options = {});

}  // namespace parley::bargain
