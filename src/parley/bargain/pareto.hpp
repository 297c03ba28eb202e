#pragma once
// Exact Pareto dominance on integer utilities, and Pareto filtering of point sets.
//
// Utilities are int64 counts of grid units with |value| < 2^62, so the sum of two values never
// overflows. Dominance is exact and transitive, with no tolerance:
//     q dominates p  ⇔  q_k >= p_k for every k  and  q != p;
//     q duplicates p ⇔  q == p.
// A frontier point carries all its duplicates as one group of members (packages).
// pareto.cpp describes the algorithms, why they were chosen, and what they cost.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace parley::bargain {

enum class Relation : std::uint8_t { none, dominates, duplicate };

// How q relates to p: dominates, duplicate, or none (incomparable, or p dominates q).
// O(P), exits at the first coordinate where q_k < p_k.
inline Relation relation(const std::int64_t* q, const std::int64_t* p, std::size_t parties) {
  bool strictly_better = false;
  for (std::size_t k = 0; k < parties; ++k) {
    if (q[k] < p[k]) return Relation::none;
    strictly_better = strictly_better || q[k] > p[k];
  }
  return strictly_better ? Relation::dominates : Relation::duplicate;
}

// q dominates p: q_k >= p_k for every k and q != p. O(P).
inline bool dominates(const std::int64_t* q, const std::int64_t* p, std::size_t parties) {
  return relation(q, p, parties) == Relation::dominates;
}

// The result of a filter: the frontier's points as groups of input indices. Group g holds
// members[begin[g] .. begin[g+1]), all equal points, ascending by index; the first member is the
// representative. Groups come in a deterministic order that depends only on the input, never on
// the thread count: lexicographically descending by point for P = 2, 3, ascending by first
// member otherwise (callers sort as they need).
struct ParetoGroups {
  std::vector<std::uint32_t> members;
  std::vector<std::uint32_t> begin{0};
  std::size_t size() const { return begin.size() - 1; }
  std::uint32_t representative(std::size_t g) const { return members[begin[g]]; }
};

// Scratch buffers for the filters. Calls given the same workspace allocate nothing but their
// returned ParetoGroups once its buffers have grown to the largest input seen (P <= 16). One call
// at a time per workspace. Default construction allocates nothing; movable.
class ParetoWorkspace {
 public:
  ParetoWorkspace();
  ~ParetoWorkspace();
  ParetoWorkspace(ParetoWorkspace&&) noexcept;
  ParetoWorkspace& operator=(ParetoWorkspace&&) noexcept;

  struct Impl;
  Impl& impl();  // internal (pareto.cpp)

 private:
  std::unique_ptr<Impl> impl_;
};

// The non-dominated points of `points` (n rows of `parties` int64), exact duplicates grouped:
// exactly the O(n²) definition. n < 2^32 (std::length_error otherwise).
//   P = 1:     the maximum, O(n).
//   P = 2, 3:  sort + sweep against the kept points, O(n log n); large n in parallel chunks.
//   P = 4..16: static k-d tree with upper-corner pruning, O(n log n) to build, then one orthant
//              query per point: tens of node tests on frontier-like data, O(n^(1-1/P)) at worst.
//   P > 16:    sort by coordinate sum + compare with the kept points, O(n log n + n·F·P).
// Memory O(n·P).
ParetoGroups pareto_filter(const std::int64_t* points, std::size_t n, std::size_t parties,
                           ParetoWorkspace* ws = nullptr);

// F(A ⊕ B): the non-dominated sums a + b of A (na rows of `parties` int64) and B (nb rows),
// exact duplicates grouped. Members are candidate indices a·nb + b; na·nb < 2^32
// (std::length_error otherwise). Exact for any A and B in any order; meant for A and B
// antichains without duplicates (Pareto sets with one representative per point, as the merge
// theorem provides), which is what the costs below assume. With n = na·nb:
//   P = 1:     O(na + nb + output).
//   P = 2, 3:  no candidate is materialized. The longer side, lexicographically descending
//              (sorted here in O(m log m) unless already: pass it in that order, as
//              pareto_filter and pareto_filter_sum return points for P = 2, 3), gives one
//              presorted run per point of the shorter side; a loser tree merges the k =
//              min(na, nb) runs into the sweep: O(n log k) time, O(na + nb + F) memory; large n
//              in parallel chunks.
//   P >= 4:    as pareto_filter on the n candidates (built here: O(n·P) memory).
ParetoGroups pareto_filter_sum(const std::int64_t* a, std::size_t na, const std::int64_t* b,
                               std::size_t nb, std::size_t parties, ParetoWorkspace* ws = nullptr);

}  // namespace parley::bargain
