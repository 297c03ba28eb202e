#pragma once
// Pareto dominance with an explicit tolerance, and Pareto filtering of point sets.
//
// Tolerance (GENIUS's definition, see docs/bargaining.md): with tol >= 0,
//     q dominates p  ⇔  q_k >= p_k − tol for every k  and  q_k > p_k + tol for some k;
//     q duplicates p ⇔  |q_k − p_k| <= tol for every k (neither dominates the other).
// Duplicates are kept as ONE frontier point carrying several members (packages). The tolerance
// absorbs rounding noise; the filters are exact when points closer than 2·tol in every coordinate
// are duplicates of each other (no dominance chains at the scale of tol), which holds for real
// utilities and trivially for tol = 0.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::bargain {

inline constexpr double kDefaultTolerance = 1e-9;

enum class Relation : std::uint8_t { none, dominates, duplicate };

// How q relates to p: dominates, duplicate, or none (incomparable, or p dominates q).
// O(P), exits at the first coordinate where q_k < p_k − tol.
inline Relation relation(const double* q, const double* p, std::size_t parties, double tol) {
  bool strictly_better = false;
  for (std::size_t k = 0; k < parties; ++k) {
    const double d = q[k] - p[k];
    if (d < -tol) return Relation::none;
    if (d > tol) strictly_better = true;
  }
  return strictly_better ? Relation::dominates : Relation::duplicate;
}

inline bool dominates(const double* q, const double* p, std::size_t parties, double tol) {
  return relation(q, p, parties, tol) == Relation::dominates;
}

// The result of a filter: the frontier's points as groups of input indices. Group g holds
// members[begin[g] .. begin[g+1]); its first member is the representative (its coordinates are
// the point's). Groups appear in the order the filter found them (not sorted).
struct ParetoGroups {
  std::vector<std::uint32_t> members;
  std::vector<std::uint32_t> begin{0};
  std::size_t size() const { return begin.size() - 1; }
  std::uint32_t representative(std::size_t g) const { return members[begin[g]]; }
};

// The non-dominated points of `points` (n rows of `parties` doubles), duplicates grouped.
// P = 2: sort + sweep, O(n log n), exact against every input point.
// P = 3: sort + sweep with a 2D staircase (Kung et al. 1975) kept as Fenwick suffix maxima over
// the u1 ranks, O(n log n).
// P >= 4: sort by coordinate sum descending, compare each point with the kept set (last
// dominator first, early exit per comparison; blocks of points checked in parallel against the
// kept set), O(n log n + n·F·P) with F the frontier size.
// Deterministic: the result depends only on the input, never on the thread count (sorts use a
// total order; parallel checks use fixed chunks and only read shared state).
ParetoGroups pareto_filter(const double* points, std::size_t n, std::size_t parties, double tol);

}  // namespace parley::bargain
