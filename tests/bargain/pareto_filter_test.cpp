// pareto_filter and pareto_filter_sum against the O(n²) definition of exact dominance, on seeded
// random int64 point sets of 1 to 9 parties (and 17, the wide fallback): coarse grids (many ties
// and exact duplicates), large continuous-like values, and antichain-like surfaces with large
// frontiers; sums of antichains built by filtering random sets. Large sets (past the parallel
// sort, parallel build and query-chunk thresholds) are checked on a sample; results are identical
// with 1 and 2 threads and with or without a reused workspace.

#include <gtest/gtest.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

#include "parley/bargain/pareto.hpp"
#include "parley/core/diagnostic.hpp"

namespace parley::bargain {
namespace {

using Points = std::vector<std::int64_t>;
using Groups = std::vector<std::vector<std::uint32_t>>;  // canonical: sorted groups of sorted

// The definition: p is kept iff no point dominates it; kept points equal to each other form one
// group. O(n²·P).
Groups naive(const Points& pts, std::size_t n, std::size_t P) {
  std::vector<std::uint32_t> kept;
  for (std::size_t i = 0; i < n; ++i) {
    bool dominated = false;
    for (std::size_t j = 0; j < n && !dominated; ++j)
      dominated = dominates(&pts[j * P], &pts[i * P], P);
    if (!dominated) kept.push_back(static_cast<std::uint32_t>(i));
  }
  Groups out;
  std::vector<bool> used(kept.size(), false);
  for (std::size_t a = 0; a < kept.size(); ++a) {
    if (used[a]) continue;
    std::vector<std::uint32_t> group{kept[a]};
    for (std::size_t b = a + 1; b < kept.size(); ++b)
      if (!used[b] && relation(&pts[kept[b] * P], &pts[kept[a] * P], P) == Relation::duplicate) {
        used[b] = true;
        group.push_back(kept[b]);
      }
    out.push_back(group);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Groups canonical(const ParetoGroups& g) {
  Groups out;
  for (std::size_t k = 0; k < g.size(); ++k) {
    std::vector<std::uint32_t> group(g.members.begin() + g.begin[k],
                                     g.members.begin() + g.begin[k + 1]);
    std::sort(group.begin(), group.end());
    out.push_back(group);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool identical(const ParetoGroups& x, const ParetoGroups& y) {
  return x.members == y.members && x.begin == y.begin;
}

enum class Shape { grid, wide, surface, aligned };

// grid: coordinates in {0, step, …, 4·step}: ties and exact duplicates everywhere.
// wide: uniform in ±2^61 (sums of two stay below 2^62 in magnitude).
// surface: near the simplex Σ u_k = 2^40 with a little noise: most points incomparable.
// aligned: parties 0 and 1 want the same (u_k = ∓t + noise, the others opposed), so the P = 3
// sweep's staircase grows as large as the frontier, at its front; 5% of the points are worse for
// party 0 and a little better for the others: they cover stretches of the staircase.
Points draw(std::mt19937_64& rng, std::size_t n, std::size_t P, Shape shape) {
  Points pts(n * P);
  const std::int64_t big = std::int64_t{1} << 61;
  std::uniform_int_distribution<std::int64_t> wide(-big, big);
  std::uniform_int_distribution<std::int64_t> level(0, 4);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  const std::int64_t step = std::int64_t{1} << 37;
  for (std::size_t i = 0; i < n; ++i) {
    if (shape == Shape::aligned) {
      const double t = unit(rng);
      const bool spike = unit(rng) < 0.05;
      for (std::size_t k = 0; k < P; ++k) {
        double x = (k == 0 || k % 2 == 1 ? 1.0 - t : t) + 0.0001 * unit(rng);
        if (spike) x += k == 0 ? -0.5 * unit(rng) : 0.02 * unit(rng);
        pts[i * P + k] = static_cast<std::int64_t>(x * 0x1p40);
      }
      continue;
    }
    if (shape == Shape::surface) {
      std::vector<double> w(P);
      double total = 0;
      for (double& x : w) total += x = unit(rng);
      for (std::size_t k = 0; k < P; ++k)
        pts[i * P + k] = static_cast<std::int64_t>((w[k] / total + 0.02 * unit(rng)) * 0x1p40);
      continue;
    }
    for (std::size_t k = 0; k < P; ++k)
      pts[i * P + k] = shape == Shape::grid ? level(rng) * step - 2 * step : wide(rng);
  }
  return pts;
}

// The representatives of F(pts): an antichain without duplicates.
Points frontier_points(const Points& pts, std::size_t n, std::size_t P) {
  const ParetoGroups g = pareto_filter(pts.data(), n, P);
  Points out;
  for (std::size_t k = 0; k < g.size(); ++k) {
    const std::int64_t* u = &pts[std::size_t{g.representative(k)} * P];
    out.insert(out.end(), u, u + P);
  }
  return out;
}

Points all_sums(const Points& a, std::size_t na, const Points& b, std::size_t nb, std::size_t P) {
  Points c(na * nb * P);
  for (std::size_t i = 0; i < na; ++i)
    for (std::size_t j = 0; j < nb; ++j)
      for (std::size_t k = 0; k < P; ++k) c[(i * nb + j) * P + k] = a[i * P + k] + b[j * P + k];
  return c;
}

// Every member of a group equals its representative, members ascend by index, and groups come
// in the documented order: lexicographically descending points for P = 2, 3, ascending
// representatives otherwise.
void expect_well_formed(const ParetoGroups& g, const Points& pts, std::size_t P) {
  ASSERT_EQ(g.begin.front(), 0u);
  ASSERT_EQ(g.begin.back(), g.members.size());
  for (std::size_t k = 0; k < g.size(); ++k) {
    ASSERT_LT(g.begin[k], g.begin[k + 1]);
    const std::int64_t* rep = &pts[std::size_t{g.representative(k)} * P];
    for (std::uint32_t m = g.begin[k] + 1; m < g.begin[k + 1]; ++m) {
      ASSERT_EQ(relation(&pts[std::size_t{g.members[m]} * P], rep, P), Relation::duplicate);
      ASSERT_LT(g.members[m - 1], g.members[m]);
    }
    if (k == 0) continue;
    const std::int64_t* before = &pts[std::size_t{g.representative(k - 1)} * P];
    if (P == 2 || P == 3)
      ASSERT_TRUE(std::lexicographical_compare(rep, rep + P, before, before + P));
    else
      ASSERT_LT(g.representative(k - 1), g.representative(k));
  }
}

constexpr std::size_t kParties[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 17};

TEST(Relation, ExactDominanceAndDuplicates) {
  const std::int64_t p[] = {3, -5, 7}, q[] = {3, -4, 7}, r[] = {4, -6, 9};
  EXPECT_EQ(relation(q, p, 3), Relation::dominates);
  EXPECT_EQ(relation(p, q, 3), Relation::none);
  EXPECT_EQ(relation(p, p, 3), Relation::duplicate);
  EXPECT_EQ(relation(r, p, 3), Relation::none);
  EXPECT_TRUE(dominates(q, p, 3));
  EXPECT_FALSE(dominates(p, p, 3));
  const std::int64_t big = (std::int64_t{1} << 62) - 1;
  const std::int64_t x[] = {big, -big}, y[] = {big - 1, -big};
  EXPECT_TRUE(dominates(x, y, 2));  // one grid unit apart, far from zero: still exact
}

TEST(ParetoFilter, MatchesTheDefinitionOnRandomPointSets) {
  std::mt19937_64 rng(20261123);
  int cases = 0;
  for (std::size_t P : kParties)
    for (Shape shape : {Shape::grid, Shape::wide, Shape::surface, Shape::aligned})
      for (std::size_t n : {1, 2, 3, 7, 60, 400, 1500}) {
        const Points pts = draw(rng, n, P, shape);
        const ParetoGroups g = pareto_filter(pts.data(), n, P);
        ASSERT_EQ(naive(pts, n, P), canonical(g))
            << "P=" << P << " shape=" << static_cast<int>(shape) << " n=" << n;
        expect_well_formed(g, pts, P);
        ++cases;
      }
  EXPECT_EQ(cases, 10 * 4 * 7);
}

TEST(ParetoFilter, EmptyInputAndAllEqualPoints) {
  const std::int64_t none[1] = {0};
  EXPECT_EQ(canonical(pareto_filter(none, 4, 0)), (Groups{{0, 1, 2, 3}}));  // P = 0: all equal
  EXPECT_EQ(canonical(pareto_filter_sum(none, 2, none, 3, 0)), (Groups{{0, 1, 2, 3, 4, 5}}));
  for (std::size_t P : kParties) {
    EXPECT_EQ(pareto_filter(nullptr, 0, P).size(), 0u);
    const Points same(50 * P, 42);
    const ParetoGroups g = pareto_filter(same.data(), 50, P);
    ASSERT_EQ(g.size(), 1u) << "P=" << P;
    EXPECT_EQ(g.members.size(), 50u);
    EXPECT_EQ(g.representative(0), 0u);
  }
}

TEST(ParetoFilterSum, MatchesTheDefinitionOnSumsOfAntichains) {
  std::mt19937_64 rng(42);
  int cases = 0;
  for (std::size_t P : kParties)
    for (Shape shape : {Shape::grid, Shape::wide, Shape::surface, Shape::aligned})
      for (auto [ma, mb] : {std::pair<std::size_t, std::size_t>{1, 1},
                            {5, 1},
                            {1, 9},
                            {40, 8},
                            {9, 60},
                            {150, 12},
                            {45, 45}}) {
        const Points a = frontier_points(draw(rng, ma, P, shape), ma, P);
        const Points b = frontier_points(draw(rng, mb, P, shape), mb, P);
        const std::size_t na = a.size() / P, nb = b.size() / P;
        const Points sums = all_sums(a, na, b, nb, P);
        const ParetoGroups g = pareto_filter_sum(a.data(), na, b.data(), nb, P);
        ASSERT_EQ(naive(sums, na * nb, P), canonical(g))
            << "P=" << P << " shape=" << static_cast<int>(shape) << " na=" << na << " nb=" << nb;
        expect_well_formed(g, sums, P);
        ++cases;
      }
  EXPECT_EQ(cases, 10 * 4 * 7);
}

// Exact for any input, not only antichains in a particular order: raw random sets, with
// duplicates and dominated points on both sides, either side longer.
TEST(ParetoFilterSum, ExactOnArbitraryInputs) {
  std::mt19937_64 rng(7);
  for (std::size_t P : kParties)
    for (Shape shape : {Shape::grid, Shape::wide, Shape::surface})
      for (auto [na, nb] : {std::pair<std::size_t, std::size_t>{30, 7}, {7, 30}, {25, 25}}) {
        const Points a = draw(rng, na, P, shape), b = draw(rng, nb, P, shape);
        const Points sums = all_sums(a, na, b, nb, P);
        const ParetoGroups g = pareto_filter_sum(a.data(), na, b.data(), nb, P);
        ASSERT_EQ(naive(sums, na * nb, P), canonical(g))
            << "P=" << P << " shape=" << static_cast<int>(shape) << " na=" << na << " nb=" << nb;
      }
}

TEST(ParetoFilterSum, RejectsMoreThan2To32Candidates) {
  const std::int64_t x[2] = {0, 0};
  EXPECT_THROW(pareto_filter_sum(x, std::size_t{1} << 16, x, (std::size_t{1} << 16) + 1, 2),
               std::length_error);
}

// Sets past every threshold (parallel sort 2^15, parallel k-d build 2^14, query chunks, sweep
// chunks 2^17), checked on a sample (~2·10^7 comparisons): a sampled point is kept iff no
// representative dominates it, and kept points are in the group of the representative they equal.
void expect_sampled(const Points& pts, std::size_t n, std::size_t P, const ParetoGroups& g) {
  std::vector<std::int64_t> group_of(n, -1);
  for (std::size_t k = 0; k < g.size(); ++k)
    for (std::uint32_t m = g.begin[k]; m < g.begin[k + 1]; ++m) group_of[g.members[m]] = k;
  const std::size_t stride = std::max<std::size_t>(97, n * g.size() / 20000000 + 1);
  for (std::size_t i = 0; i < n; i += stride) {
    const std::int64_t* p = &pts[i * P];
    bool dominated = false;
    std::int64_t equal = -1;
    for (std::size_t k = 0; k < g.size(); ++k) {
      const Relation r = relation(&pts[std::size_t{g.representative(k)} * P], p, P);
      dominated = dominated || r == Relation::dominates;
      if (r == Relation::duplicate) equal = static_cast<std::int64_t>(k);
    }
    ASSERT_EQ(group_of[i], dominated ? -1 : equal) << "P=" << P << " point " << i;
  }
}

TEST(ParetoFilter, LargeSetsSampledAgainstTheDefinition) {
  std::mt19937_64 rng(11);
  for (std::size_t P : {2, 3, 4, 6})
    for (Shape shape : {Shape::grid, Shape::surface, Shape::aligned}) {
      const std::size_t n = 60000;
      const Points pts = draw(rng, n, P, shape);
      const ParetoGroups g = pareto_filter(pts.data(), n, P);
      expect_well_formed(g, pts, P);
      expect_sampled(pts, n, P, g);
    }
}

// The P = 3 staircase at its largest: thousands of steps (many blocks, splits, removals across
// blocks), against the definition.
TEST(ParetoFilter, LargeStaircasesMatchTheDefinition) {
  std::mt19937_64 rng(13);
  for (std::size_t n : {3000, 6000}) {
    const Points pts = draw(rng, n, 3, Shape::aligned);
    const ParetoGroups g = pareto_filter(pts.data(), n, 3);
    EXPECT_GT(g.size(), n / 2);
    ASSERT_EQ(naive(pts, n, 3), canonical(g)) << "n=" << n;
    const Points a = frontier_points(pts, n, 3),
                 b = frontier_points(draw(rng, 8, 3, Shape::aligned), 8, 3);
    const std::size_t na = a.size() / 3, nb = b.size() / 3;
    const Points sums = all_sums(a, na, b, nb, 3);
    ASSERT_EQ(canonical(pareto_filter(sums.data(), na * nb, 3)),
              canonical(pareto_filter_sum(a.data(), na, b.data(), nb, 3)));
  }
}

TEST(ParetoFilterSum, LargeSumsSampledAgainstTheDefinition) {
  std::mt19937_64 rng(12);
  for (std::size_t P : {2, 3, 4, 5}) {
    const Points a = frontier_points(draw(rng, 8000, P, Shape::surface), 8000, P);
    const Points b = frontier_points(draw(rng, 12, P, Shape::surface), 12, P);
    const std::size_t na = a.size() / P, nb = b.size() / P;
    const Points sums = all_sums(a, na, b, nb, P);
    const ParetoGroups g = pareto_filter_sum(a.data(), na, b.data(), nb, P);
    expect_well_formed(g, sums, P);
    expect_sampled(sums, na * nb, P, g);
    // Same frontier as filtering the explicit sums.
    EXPECT_EQ(canonical(g), canonical(pareto_filter(sums.data(), na * nb, P))) << "P=" << P;
  }
}

// Points on the hyperplane Σ u_k = 2^41: an antichain (equal sums, so q >= p means q == p).
Points plane(std::mt19937_64& rng, std::size_t n, std::size_t P) {
  std::uniform_int_distribution<std::int64_t> coordinate(0, std::int64_t{1} << 40);
  Points pts(n * P);
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t rest = std::int64_t{1} << 41;
    for (std::size_t k = 0; k + 1 < P; ++k) rest -= pts[i * P + k] = coordinate(rng);
    pts[i * P + P - 1] = rest;
  }
  return pts;
}

// P = 2, 3 sweep large inputs in chunks when several threads are available (one chunk with one
// thread): same groups, same order, and the definition holds on a sample.
TEST(ParetoFilter, ChunkedSweepsMatchOneChunk) {
  std::mt19937_64 rng(21);
  for (std::size_t P : {2, 3})
    for (Shape shape : {Shape::grid, Shape::surface, Shape::aligned}) {
      const std::size_t n = 140000;  // two chunks of 2^16 with two threads
      const Points pts = draw(rng, n, P, shape);
      ParetoGroups one, two;
      tbb::task_arena(1).execute([&] { one = pareto_filter(pts.data(), n, P); });
      tbb::task_arena(2).execute([&] { two = pareto_filter(pts.data(), n, P); });
      ASSERT_TRUE(identical(one, two)) << "P=" << P;
      expect_well_formed(two, pts, P);
      expect_sampled(pts, n, P, two);

      const Points b = frontier_points(draw(rng, 40, P, shape), 40, P);
      const std::size_t ma = 140000 / (b.size() / P) + 1;
      const Points a = frontier_points(plane(rng, ma, P), ma, P);
      const std::size_t na = a.size() / P, nb = b.size() / P;
      tbb::task_arena(1).execute([&] { one = pareto_filter_sum(a.data(), na, b.data(), nb, P); });
      tbb::task_arena(2).execute([&] { two = pareto_filter_sum(a.data(), na, b.data(), nb, P); });
      ASSERT_TRUE(identical(one, two)) << "P=" << P;
      const Points sums = all_sums(a, na, b, nb, P);
      expect_well_formed(two, sums, P);
      expect_sampled(sums, na * nb, P, two);
      EXPECT_EQ(canonical(two), canonical(pareto_filter(sums.data(), na * nb, P)));
    }
}

TEST(ParetoFilter, SameResultForOneAndTwoThreadsAndWithAWorkspace) {
  std::mt19937_64 rng(5);
  ParetoWorkspace ws;
  for (std::size_t P : {2, 3, 4, 5, 7, 9})
    for (Shape shape : {Shape::grid, Shape::surface}) {
      const std::size_t n = 50000;
      const Points pts = draw(rng, n, P, shape);
      ParetoGroups one, two;
      tbb::task_arena(1).execute([&] { one = pareto_filter(pts.data(), n, P); });
      tbb::task_arena(2).execute([&] { two = pareto_filter(pts.data(), n, P, &ws); });
      EXPECT_TRUE(identical(one, two)) << "P=" << P;
      const Points a = frontier_points(pts, 3000, P), b = frontier_points(pts, 20, P);
      const std::size_t na = a.size() / P, nb = b.size() / P;
      tbb::task_arena(1).execute([&] { one = pareto_filter_sum(a.data(), na, b.data(), nb, P); });
      tbb::task_arena(2).execute(
          [&] { two = pareto_filter_sum(a.data(), na, b.data(), nb, P, &ws); });
      EXPECT_TRUE(identical(one, two)) << "P=" << P;
    }
}

TEST(ParetoWorkspace, ReusedAcrossShapesAndMoved) {
  std::mt19937_64 rng(9);
  ParetoWorkspace ws;
  for (int round = 0; round < 3; ++round)
    for (std::size_t P : kParties) {
      const std::size_t n = 300 + 200 * static_cast<std::size_t>(round);
      const Points pts = draw(rng, n, P, Shape::grid);
      EXPECT_TRUE(identical(pareto_filter(pts.data(), n, P), pareto_filter(pts.data(), n, P, &ws)));
      const Points a = frontier_points(pts, n, P), b = frontier_points(pts, 9, P);
      const std::size_t na = a.size() / P, nb = b.size() / P;
      EXPECT_TRUE(identical(pareto_filter_sum(a.data(), na, b.data(), nb, P),
                            pareto_filter_sum(a.data(), na, b.data(), nb, P, &ws)));
    }
  ParetoWorkspace moved(std::move(ws));
  ws = ParetoWorkspace();
  const Points pts = draw(rng, 100, 4, Shape::wide);
  EXPECT_TRUE(
      identical(pareto_filter(pts.data(), 100, 4, &moved), pareto_filter(pts.data(), 100, 4, &ws)));
}

// A merge past 2^32 - 1 candidates is refused before anything is read or allocated, with an error
// the CLI turns into exit status 2 and a message naming the limit.
TEST(ParetoFilterSum, MoreThanTwoToThe32CandidatesIsALimitError) {
  const std::int64_t one[2] = {0, 0};
  EXPECT_THROW(pareto_filter_sum(one, std::size_t{1} << 17, one, std::size_t{1} << 16, 2, nullptr),
               LimitError);
  EXPECT_NO_THROW(pareto_filter_sum(one, 1, one, 1, 2, nullptr));
}

}  // namespace
}  // namespace parley::bargain
