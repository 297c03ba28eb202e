// pareto_filter against the O(n²) definition on seeded random point sets, 1 to 7 parties: grid
// values (many ties and exact duplicates) and continuous values, each with tol = 0 and 1e-9; and
// sets large enough to reach the parallel sort (n >= 2^15) and several filter blocks.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <set>
#include <vector>

#include "parley/bargain/pareto.hpp"

namespace parley::bargain {
namespace {

using Groups = std::set<std::set<std::uint32_t>>;

// The definition: p is kept iff no point dominates it; kept points that duplicate each other form
// one group.
Groups naive(const std::vector<double>& pts, std::size_t n, std::size_t P, double tol) {
  std::vector<std::uint32_t> kept;
  for (std::size_t i = 0; i < n; ++i) {
    bool dominated = false;
    for (std::size_t j = 0; j < n && !dominated; ++j)
      dominated = dominates(&pts[j * P], &pts[i * P], P, tol);
    if (!dominated) kept.push_back(static_cast<std::uint32_t>(i));
  }
  Groups out;
  std::vector<bool> used(kept.size(), false);
  for (std::size_t a = 0; a < kept.size(); ++a) {
    if (used[a]) continue;
    std::set<std::uint32_t> group{kept[a]};
    for (std::size_t b = a + 1; b < kept.size(); ++b)
      if (!used[b] &&
          relation(&pts[kept[b] * P], &pts[kept[a] * P], P, tol) == Relation::duplicate) {
        used[b] = true;
        group.insert(kept[b]);
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

// Points on a simplex-like surface (sum near 1) have large frontiers; a grid makes ties.
std::vector<double> draw(std::mt19937_64& rng, std::size_t n, std::size_t P, double grid) {
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  std::vector<double> pts(n * P);
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (std::size_t k = 0; k < P; ++k) sum += pts[i * P + k] = uniform(rng);
    for (std::size_t k = 0; k < P; ++k) {
      double& x = pts[i * P + k];
      x = x / sum + 0.05 * uniform(rng);
      if (grid > 0) x = grid * std::round(x / grid);
    }
  }
  return pts;
}

TEST(ParetoFilter, MatchesTheDefinitionOnRandomPointSets) {
  std::mt19937_64 rng(20261123);
  int cases = 0;
  for (std::size_t P = 1; P <= 7; ++P)
    for (double grid : {0.0, 0.25, 0.05})
      for (double tol : {0.0, 1e-9})
        for (std::size_t n : {1, 2, 7, 60, 400}) {
          const auto pts = draw(rng, n, P, grid);
          ASSERT_EQ(naive(pts, n, P, tol), as_sets(pareto_filter(pts.data(), n, P, tol)))
              << "P=" << P << " grid=" << grid << " tol=" << tol << " n=" << n;
          ++cases;
        }
  EXPECT_EQ(cases, 7 * 3 * 2 * 5);
}

// Sizes past the parallel-sort threshold; the definition is checked on a kept subset (every kept
// point undominated, every dropped point dominated by a kept one) since O(n²) on 40,000 points is
// too slow for a unit test.
TEST(ParetoFilter, LargeSetsKeepExactlyTheUndominated) {
  std::mt19937_64 rng(7);
  for (std::size_t P = 2; P <= 4; ++P) {
    const std::size_t n = 40000;
    const auto pts = draw(rng, n, P, 0.01);
    const ParetoGroups g = pareto_filter(pts.data(), n, P, 1e-9);
    std::vector<bool> kept(n, false);
    for (std::uint32_t m : g.members) kept[m] = true;
    std::vector<std::uint32_t> reps;
    for (std::size_t k = 0; k < g.size(); ++k) reps.push_back(g.representative(k));
    for (std::size_t i = 0; i < n; i += 37) {
      bool dominated_by_rep = false;
      for (std::uint32_t r : reps)
        dominated_by_rep = dominated_by_rep || dominates(&pts[r * P], &pts[i * P], P, 1e-9);
      EXPECT_EQ(kept[i], !dominated_by_rep) << "P=" << P << " point " << i;
    }
  }
}

}  // namespace
}  // namespace parley::bargain
