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
// Both return the same points (within the tolerance), package counts and package sets.
// Results are identical for any thread count: points are sorted lexicographically ascending.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/package_count.hpp"
#include "parley/bargain/pareto.hpp"

namespace parley::bargain {

enum class MergeOrder : std::uint8_t {
  sequential,  // ((I0 ⊕ I1) ⊕ I2) ⊕ …: each merge multiplies the frontier by one issue's set
  balanced,    // pairs issues in a balanced tree
};

struct FrontierOptions {
  double tolerance = kDefaultTolerance;  // dominance tolerance (pareto.hpp), GENIUS: 1e-9
  std::size_t threads = 0;               // 0: oneTBB's default; 1: serial
  bool rational_only = false;            // keep only points with u_p >= reservation_p for all p
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
  double tolerance = kDefaultTolerance;
  bool rational_only = false;
  // Point k's utilities: utilities[k·P .. (k+1)·P). Points sorted lexicographically ascending.
  std::vector<double> utilities;
  std::vector<BigCount> package_counts;  // exact number of packages mapping to each point
  std::vector<Package> examples;         // one package of each point
  BigCount frontier_packages = 0;        // Σ package_counts
  BigCount space_packages = 0;           // Π L_i
  BigCount acceptable_packages = 0;      // packages acceptable to every party
  bool counts_exact = true;              // false only if a count exceeded 2^128 − 1 (saturated)

  std::size_t size() const { return package_counts.size(); }
  const double* point(std::size_t k) const { return utilities.data() + k * parties; }
  // Up to `limit` packages of point k, in a deterministic order.
  std::vector<Package> packages_of(std::size_t k, std::size_t limit) const;

  // Internal: point k's index in the provenance.
  std::vector<std::uint32_t> source;
  std::shared_ptr<const FrontierProvenance> provenance;
};

// u_p >= reservation_p for every p (exact comparison, as GENIUS).
bool is_rational(const AdditiveSpace& space, const double* u);

// The points of `frontier` that are rational for every party. A dominator of a rational point is
// rational (q >= p >= reservation), so the frontier of the rational packages is the full frontier
// filtered (up to points within tol of a reservation: docs/bargaining.md).
Frontier rational_part(const Frontier& frontier, const AdditiveSpace& space);

Frontier brute_force_frontier(const AdditiveSpace& space, const FrontierOptions& options = {});
Frontier merge_frontier(const AdditiveSpace& space, const FrontierOptions& options = {});

}  // namespace parley::bargain
