#pragma once
// Exact Pareto dominance on integer utilities, and Pareto filtering of point sets.
//
// Utilities are int64 counts of grid units with |value| < 2^62, so the sum of two values never
// overflows. Dominance is exact and transitive, with no tolerance:
//     q dominates p  ⇔  q_k >= p_k for every k  and  q != p;
//     q duplicates p ⇔  q == p.
// Duplicates are kept as ONE frontier point carrying several members (packages).
// pareto.cpp describes the algorithms and why they were chosen.

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
// members[begin[g] .. begin[g+1]); its first member is the representative (all members are equal
// points). Groups and members come in a deterministic order that depends only on the input
// (pareto_filter / pareto_filter_sum say which), never on the thread count.
struct ParetoGroups {
  std::vector<std::uint32_t> members;
  std::vector<std::uint32_t> begin{0};
  std::size_t size() const { return begin.size() - 1; }
  std::uint32_t representative(std::size_t g) const { return members[begin[g]]; }
};

// Scratch buffers for the filters. Passing the same workspace to repeated calls makes them
// allocate nothing once its buffers have grown to the largest input seen (beyond the returned
// ParetoGroups). One call at a time per workspace; default-constructible and movable.
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

// The non-dominated points of `points` (n rows of `parties` int64), exact duplicates grouped.
// Exactly the O(n²) definition. Groups come in an order fixed by the points' values and indices;
// members of a group ascend by index. n < 2^32 (throws std::length_error otherwise).
// P = 1: one scan, O(n). P = 2, 3: sort + sweep, O(n log n). P >= 4: static k-d tree,
// O(n log n) to build plus one orthant query per point (output-sensitive, see pareto.cpp).
ParetoGroups pareto_filter(const std::int64_t* points, std::size_t n, std::size_t parties,
                           ParetoWorkspace* ws = nullptr);

// F(A ⊕ B): the non-dominated sums a + b of A (na rows of `parties` int64) and B (nb rows),
// exact duplicates grouped. Members are candidate indices a·nb + b; na·nb < 2^32 (throws
// std::length_error otherwise). Candidates are never materialized for P <= 3.
// Meant for A and B antichains without duplicates (Pareto sets, one representative per point),
// as the merge theorem provides; the result is exact for any A and B, in any order. A and B
// lexicographically descending (the order merge results are not in: callers should not bother)
// saves one O(n log n) sort of the longer side for P = 2, 3; no order is needed for P >= 4.
// P = 1: O(na + nb + output). P = 2, 3: k-way merge of the min(na, nb) presorted runs,
// O(na·nb·log min(na, nb)), plus the sweep. P >= 4: static k-d tree over the candidates.
ParetoGroups pareto_filter_sum(const std::int64_t* a, std::size_t na, const std::int64_t* b,
                               std::size_t nb, std::size_t parties, ParetoWorkspace* ws = nullptr);

}  // namespace parley::bargain
