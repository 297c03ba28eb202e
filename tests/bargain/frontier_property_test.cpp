// Property test: merge_frontier against the brute-force reference on thousands of seeded random
// small spaces (2–6 parties, 1–6 issues, 1–5 levels; grid values so that ties and duplicate
// points happen; red lines; reservations), and merge results identical for 1 and 2 threads.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "parley/bargain/frontier.hpp"
#include "parley/bargain/random_space.hpp"

namespace parley::bargain {
namespace {

std::vector<Package> sorted_packages(const Frontier& f, std::size_t k) {
  auto list = f.packages_of(k, SIZE_MAX);
  std::sort(list.begin(), list.end());
  return list;
}

void expect_same(const AdditiveSpace& space, const Frontier& expected, const Frontier& actual,
                 const std::string& what) {
  ASSERT_EQ(expected.size(), actual.size()) << what;
  EXPECT_EQ(expected.frontier_packages, actual.frontier_packages) << what;
  EXPECT_EQ(expected.acceptable_packages, actual.acceptable_packages) << what;
  const std::size_t P = expected.parties;
  std::vector<double> u(P);
  for (std::size_t k = 0; k < expected.size(); ++k) {
    for (std::size_t p = 0; p < P; ++p)
      ASSERT_EQ(expected.steps(k)[p], actual.steps(k)[p]) << what << " point " << k;
    ASSERT_EQ(expected.package_counts[k], actual.package_counts[k]) << what << " point " << k;
    const auto a = sorted_packages(expected, k);
    const auto b = sorted_packages(actual, k);
    ASSERT_EQ(a, b) << what << " point " << k;
    ASSERT_EQ(BigCount(b.size()), actual.package_counts[k]) << what;
    // The example's utility summed in doubles: within the grid's rounding, at most τ/2 per issue
    // (docs/bargaining.md, "Exact utilities").
    utilities(space, actual.examples[k], u.data());
    const double rounding = 0.5 * space.tolerance * static_cast<double>(space.issue_count());
    for (std::size_t p = 0; p < P; ++p)
      ASSERT_NEAR(u[p], actual.point(k)[p], rounding + 1e-12) << what;
  }
}

void expect_identical(const Frontier& a, const Frontier& b, const std::string& what) {
  ASSERT_EQ(a.utilities, b.utilities) << what;  // bitwise equal, not within a tolerance
  ASSERT_EQ(a.package_counts, b.package_counts) << what;
  ASSERT_EQ(a.examples, b.examples) << what;
  for (std::size_t k = 0; k < a.size(); ++k)
    ASSERT_EQ(a.packages_of(k, 50), b.packages_of(k, 50)) << what;
}

RandomSpaceOptions draw(std::uint64_t seed) {
  // The shape of space `seed`, itself seeded: small enough for the brute force in Debug.
  std::uint64_t h = seed * 0x9E3779B97F4A7C15ull + 7;
  auto pick = [&](std::uint64_t n) {
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h % n;
  };
  RandomSpaceOptions o;
  o.seed = seed;
  o.parties = 2 + pick(5);
  o.issues = 1 + pick(6);
  o.min_levels = 1;
  o.max_levels = 2 + pick(4);
  if (o.parties >= 4 && o.issues > 4) o.max_levels = std::min<std::size_t>(o.max_levels, 3);
  const auto kind = pick(4);
  o.grid = kind == 0 ? 0.0 : (kind == 1 ? 0.125 : 0.5);  // 3 in 4 on a grid: ties
  o.opposed = pick(3) != 0;
  o.red_line_probability = pick(2) ? 0.3 : 0.0;
  return o;
}

TEST(FrontierProperty, MergeEqualsBruteForceOnRandomSpaces) {
  constexpr std::uint64_t kSpaces = 4000;
  std::size_t with_duplicates = 0, with_red_lines = 0, nonempty = 0, multi_point = 0;
  for (std::uint64_t seed = 1; seed <= kSpaces; ++seed) {
    const auto options = draw(seed);
    const AdditiveSpace space = random_space(options);
    const std::string what = "seed " + std::to_string(seed);
    const Frontier brute = brute_force_frontier(space);
    FrontierOptions serial;
    serial.threads = 1;
    const Frontier merged = merge_frontier(space, serial);
    expect_same(space, brute, merged, what);
    if (::testing::Test::HasFatalFailure()) return;
    FrontierOptions balanced = serial;
    balanced.order = MergeOrder::balanced;
    expect_same(space, brute, merge_frontier(space, balanced), what + " balanced");
    if (::testing::Test::HasFatalFailure()) return;
    with_duplicates += brute.frontier_packages > BigCount(brute.size()) ? 1 : 0;
    with_red_lines += brute.acceptable_packages < brute.space_packages ? 1 : 0;
    nonempty += brute.size() > 0 ? 1 : 0;
    multi_point += brute.size() > 2 ? 1 : 0;
  }
  // The generator must exercise what the test claims to test.
  EXPECT_GT(with_duplicates, kSpaces / 20);
  EXPECT_GT(with_red_lines, kSpaces / 10);
  EXPECT_GT(nonempty, kSpaces / 2);
  EXPECT_GT(multi_point, kSpaces / 4);
  std::printf("%zu spaces: %zu with duplicate points, %zu with red lines, %zu with > 2 points\n",
              static_cast<std::size_t>(kSpaces), with_duplicates, with_red_lines, multi_point);
}

TEST(FrontierProperty, RationalFrontierEqualsBruteForceOverRationalPackages) {
  for (std::uint64_t seed = 5001; seed <= 5600; ++seed) {
    auto options = draw(seed);
    options.reservation_fraction = 0.3;
    options.reservation_jitter = 0.4;
    const AdditiveSpace space = random_space(options);
    FrontierOptions rational;
    rational.rational_only = true;
    rational.threads = 1;
    const std::string what = "seed " + std::to_string(seed);
    const Frontier brute = brute_force_frontier(space, rational);
    expect_same(space, brute, merge_frontier(space, rational), what);
    if (::testing::Test::HasFatalFailure()) return;
    // Filtering the full frontier gives the same points.
    FrontierOptions full;
    full.threads = 1;
    expect_same(space, brute, rational_part(merge_frontier(space, full)), what + " part");
    if (::testing::Test::HasFatalFailure()) return;
  }
}

TEST(FrontierProperty, IdenticalForOneAndTwoThreads) {
  for (std::uint64_t seed = 9001; seed <= 9040; ++seed) {
    RandomSpaceOptions o;
    o.seed = seed;
    o.parties = 2 + seed % 3;
    o.issues = 8;
    o.min_levels = 3;
    o.max_levels = 6;
    o.grid = seed % 2 ? 0.0 : 0.125;
    FrontierOptions one, two;
    one.threads = 1;
    two.threads = 2;
    const AdditiveSpace space = random_space(o);
    expect_identical(merge_frontier(space, one), merge_frontier(space, two),
                     "seed " + std::to_string(seed));
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace parley::bargain
