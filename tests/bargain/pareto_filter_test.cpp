// pareto_filter and pareto_filter_sum against the O(n²) definition on seeded random integer point
// sets, 1 to 7 parties, with many exact duplicates.

#include "parley/bargain/pareto.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>
#include <vector>

namespace parley::bargain {
namespace {

using Groups = std::set<std::set<std::uint32_t>>;

Groups naive(const std::vector<std::int64_t>& pts, std::size_t n, std::size_t P) {
  Groups out;
  std::vector<bool> used(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (used[i]) continue;
    bool dominated = false;
    for (std::size_t j = 0; j < n && !dominated; ++j)
      dominated = dominates(&pts[j * P], &pts[i * P], P);
    if (dominated) continue;
    std::set<std::uint32_t> group;
    for (std::size_t j = i; j < n; ++j)
      if (relation(&pts[j * P], &pts[i * P], P) == Relation::duplicate) {
        used[j] = true;
        group.insert(static_cast<std::uint32_t>(j));
      }
    out.insert(group);
  }
  return out;
}

Groups as_sets(const ParetoGroups& g) {
  Groups out;
  for (std::size_t k = 0; k < g.size(); ++k)
    out.insert(std::set<std::uint32_t>(g.members.begin() + g.begin[k],
                                       g.members.begin() + g.begin[k + 1]));
  return out;
}

TEST(ParetoFilter, MatchesTheDefinitionOnRandomPointSets) {
  std::mt19937_64 rng(20261129);
  for (std::size_t P = 1; P <= 7; ++P)
    for (std::int64_t range : {3, 50, 1'000'000'000})
      for (std::size_t n : {1, 2, 7, 60, 400}) {
        std::uniform_int_distribution<std::int64_t> value(0, range);
        std::vector<std::int64_t> pts(n * P);
        for (auto& v : pts) v = value(rng);
        ASSERT_EQ(naive(pts, n, P), as_sets(pareto_filter(pts.data(), n, P)))
            << "P=" << P << " range=" << range << " n=" << n;
      }
}

}  // namespace
}  // namespace parley::bargain
