// The bargaining engine on the shipped GENIUS scenarios against reference.json, whose values an
// independent implementation of GENIUS's semantics computed (frontier over rational outcomes,
// dominance tolerance 1e-9; see ../shared/peers/genius/README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/io/genius_reader.hpp"

namespace {

namespace fs = std::filesystem;
namespace pb = parley::bargain;

const fs::path kGenius = fs::path(PARLEY_SHARED_DIR) / "peers" / "genius";
constexpr double kTol = 1e-6;

void expect_utilities(const std::optional<pb::Solution>& solution, const nlohmann::json& expected,
                      const char* what) {
  SCOPED_TRACE(what);
  ASSERT_TRUE(solution.has_value());
  ASSERT_EQ(solution->utility.size(), expected.size());
  for (std::size_t p = 0; p < expected.size(); ++p)
    EXPECT_NEAR(solution->utility[p], expected[p].get<double>(), kTol) << "party " << p;
}

// Frontier size, package count, points and the four reference solutions of one frontier.
void check_frontier(const pb::AdditiveSpace& space, const pb::Frontier& frontier,
                    const nlohmann::json& expected) {
  EXPECT_EQ(frontier.frontier_packages,
            pb::BigCount(expected["frontier_outcomes"].get<std::uint64_t>()));
  EXPECT_EQ(frontier.size(), expected["frontier_distinct_utility_vectors"].get<std::size_t>());
  std::size_t sum = 0;
  for (const auto& count : frontier.package_counts) sum += count.to_u64();
  EXPECT_EQ(sum, expected["frontier_outcomes"].get<std::size_t>());
  if (expected.contains("frontier_points")) {
    const auto& points = expected["frontier_points"];
    ASSERT_EQ(frontier.size(), points.size());
    for (std::size_t k = 0; k < points.size(); ++k)
      for (std::size_t p = 0; p < frontier.parties; ++p)
        EXPECT_NEAR(frontier.point(k)[p], points[k][p].get<double>(), kTol)
            << "point " << k << " party " << p;
  }
  expect_utilities(pb::nash(space, frontier, pb::NashDisagreement::reservation),
                   expected["nash_d_reservation"], "nash_d_reservation");
  expect_utilities(pb::nash(space, frontier, pb::NashDisagreement::max_reservation_worst),
                   expected["nash_d_max_reservation_min"], "nash_d_max_reservation_min");
  expect_utilities(
      pb::kalai_smorodinsky(space, frontier, pb::KsDefinition::genius_min_pairwise_gap),
      expected["ks_min_pairwise_gap"], "ks_min_pairwise_gap");
  expect_utilities(pb::utilitarian(space, frontier), expected["max_welfare"], "max_welfare");
}

TEST(GeniusReference, EveryScenarioMergeAndBruteForce) {
  if (!fs::exists(kGenius / "reference.json")) GTEST_SKIP() << "no shared GENIUS data";
  std::ifstream in(kGenius / "reference.json");
  const auto reference = nlohmann::json::parse(in);
  ASSERT_EQ(reference.size(), 8u);
  for (const auto& [name, expected] : reference.items()) {
    SCOPED_TRACE(name);
    const auto domain = parley::io::read_genius_dir((kGenius / name).string());
    pb::FrontierOptions options;
    options.rational_only = true;
    {
      SCOPED_TRACE("merge");
      check_frontier(domain.space, pb::merge_frontier(domain.space, options), expected);
    }
    if (expected["outcomes"].get<std::size_t>() <= 1000000) {
      SCOPED_TRACE("brute force");
      check_frontier(domain.space, pb::brute_force_frontier(domain.space, options), expected);
    }
    // The rational part of the full frontier is the same frontier.
    options.rational_only = false;
    {
      SCOPED_TRACE("rational part of the full merge frontier");
      check_frontier(domain.space, pb::rational_part(pb::merge_frontier(domain.space, options)),
                     expected);
    }
  }
}

}  // namespace
