#pragma once
// Exact Pareto dominance on integer utilities (grid steps, utility_grid.hpp), and Pareto
// filtering of point sets. No tolerance: with exact utilities dominance is transitive.
//     q dominates p  ⇔  q_k >= p_k for every k and q != p;   q duplicates p ⇔ q == p.
// Duplicates are kept as ONE frontier point carrying several members (packages).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::bargain {

inline constexpr double kDefaultTolerance = 1e-9;

enum class Relation : std::uint8_t { none, dominates, duplicate };

// How q relates to p: dominates, duplicate, or none (incomparable, or p dominates q). O(P).
inline Relation relation(const std::int64_t* q, const std::int64_t* p, std::size_t parties) {
  bool strictly_better = false;
  for (std::size_t k = 0; k < parties; ++k) {
    if (q[k] < p[k]) return Relation::none;
    strictly_better = strictly_better || q[k] > p[k];
  }
  return strictly_better ? Relation::dominates : Relation::duplicate;
}

inline bool dominates(const std::int64_t* q, const std::int64_t* p, std::size_t parties) {
  return relation(q, p, parties) == Relation::dominates;
}

// The result of a filter: the frontier's points as groups of input indices. Group g holds
// members[begin[g] .. begin[g+1]); its first member is the representative.
struct ParetoGroups {
  std::vector<std::uint32_t> members;
  std::vector<std::uint32_t> begin{0};
  std::size_t size() const { return begin.size() - 1; }
  std::uint32_t representative(std::size_t g) const { return members[begin[g]]; }
};

// Reusable scratch buffers: repeated filters allocate nothing after warm-up.
class ParetoWorkspace {
 public:
  std::vector<std::int64_t> values;
  std::vector<std::uint32_t> order;
  std::vector<double> keys;
};

// The non-dominated points of `points` (n rows of `parties` values), duplicates grouped.
ParetoGroups pareto_filter(const std::int64_t* points, std::size_t n, std::size_t parties,
                           ParetoWorkspace* workspace = nullptr);

// F(A ⊕ B): the non-dominated sums a + b for antichains A (na rows) and B (nb rows) without
// duplicates. Members are candidate indices a·nb + b.
ParetoGroups pareto_filter_sum(const std::int64_t* a, std::size_t na, const std::int64_t* b,
                               std::size_t nb, std::size_t parties,
                               ParetoWorkspace* workspace = nullptr);

}  // namespace parley::bargain
