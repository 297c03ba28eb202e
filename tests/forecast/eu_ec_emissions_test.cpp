// The expected-utility model on its classic example, Bueno de Mesquita's EC car-emission table
// (../shared/peers/bdm/ec-emissions.csv, read in place), against the test vectors of
// ../shared/peers/bdm/README.md (public reconstructions of Scholz, Calbert & Smith 2011).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

const std::filesystem::path kEcEmissionsCsv =
    std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "bdm" / "ec-emissions.csv";

// The table as a one-dimensional model on the 4–10 scale, saliences 0–100 read as 0..1, actors in
// the file's order: Netherlands, Belgium, Luxembourg, Germany, France, Italy, UK, Ireland,
// Denmark, Greece.
Model read_ec_emissions() {
  std::ifstream in(kEcEmissionsCsv);
  std::string line;
  std::getline(in, line);  // actor,capability,position,salience
  Model model;
  model.name = "EC car-emission standards";
  model.dimensions.push_back(Dimension{"emission standards (year)", 4, 10});
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::stringstream fields(line);
    std::string name, capability, position, salience;
    std::getline(fields, name, ',');
    std::getline(fields, capability, ',');
    std::getline(fields, position, ',');
    std::getline(fields, salience, ',');
    model.actors.push_back(
        Actor{name, "", std::stod(capability), {std::stod(position)}, {std::stod(salience) / 100}});
  }
  return model;
}

class EcEmissions : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kEcEmissionsCsv)) GTEST_SKIP() << "no " << kEcEmissionsCsv;
    model_ = read_ec_emissions();
    ASSERT_EQ(model_.actors.size(), 10u);
    ASSERT_EQ(model_.actors[6].name, "UK");
  }
  ExpectedUtilityIssue run(SuccessProbability kind, std::size_t round_limit = 100) const {
    ExpectedUtilityOptions options;
    options.probability = kind;
    options.round_limit = round_limit;
    return run_expected_utility(model_, 0, options);
  }
  Model model_;
};

TEST_F(EcEmissions, RoundZeroMedianAndMean) {
  // The README: capability × salience weighted median 7.0 and mean 7.390 (worked out in
  // weighted_median_test.cpp).
  const ExpectedUtilityIssue issue = run(SuccessProbability::all_pairs);
  EXPECT_EQ(issue.rounds[0].median, 7.0);
  EXPECT_NEAR(issue.rounds[0].mean, 7.390, 5e-4);
  EXPECT_EQ(issue.trajectory.rounds[0].positions,
            (std::vector<double>{4, 7, 4, 4, 10, 10, 10, 7, 4, 7}));
}

TEST_F(EcEmissions, FirstRoundRiskExponentsPerContest) {
  // The README's table, "P normalized per contest".
  const std::vector<double> readme{1.1272, 0.7809, 0.5,    1.1272, 1.0779,
                                   1.0779, 2.0,    0.5248, 1.4717, 1.1405};
  const ExpectedUtilityIssue issue = run(SuccessProbability::per_contest);
  ASSERT_GE(issue.rounds.size(), 2u);
  ASSERT_EQ(issue.rounds[1].risk.size(), 10u);
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_NEAR(issue.rounds[1].risk[i], readme[i], 1e-3) << model_.actors[i].name;
  }
}

TEST_F(EcEmissions, FirstRoundRiskExponentsAllPairs) {
  // The README's table, "P normalized over all pairs (as in Scholz et al.'s code)".
  const std::vector<double> readme{1.4057, 0.7542, 0.5089, 1.4057, 1.0465,
                                   1.0465, 1.9649, 0.5,    2.0,    1.1121};
  const ExpectedUtilityIssue issue = run(SuccessProbability::all_pairs);
  ASSERT_GE(issue.rounds.size(), 2u);
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_NEAR(issue.rounds[1].risk[i], readme[i], 1e-3) << model_.actors[i].name;
  }
}

TEST_F(EcEmissions, FirstRoundOffersAndMovesAllPairs) {
  // The README: Belgium compromises with France (expected utilities −0.1148 vs 0.2433) and moves
  // to 7 + 3 · 0.1148/0.2433 = 8.416; Luxembourg loses a confrontation with Belgium and moves to
  // 7.0; Ireland loses one with Luxembourg and moves to 4.0; nobody else moves.
  // Then at 4: 24.8 − 0.6 + 0.5 = 24.7, at 7: 5.6 + 0.6 = 6.2, at 8.416: 3.2, at 10: 33.6 →
  // cumulative 24.7, 30.9, 34.1 > 33.85: median 8.416; mean (24.7·4 + 6.2·7 + 3.2·8.416 +
  // 33.6·10) / 67.7 = 7.4613.
  const ExpectedUtilityIssue issue = run(SuccessProbability::all_pairs);
  ASSERT_GE(issue.rounds.size(), 2u);
  const std::vector<AcceptedOffer>& offers = issue.rounds[1].offers;
  ASSERT_EQ(offers.size(), 3u);
  const std::size_t belgium = 1, luxembourg = 2, france = 4, ireland = 7;
  EXPECT_EQ(offers[0].actor, belgium);
  EXPECT_EQ(offers[0].from, france);
  EXPECT_EQ(offers[0].kind, OfferKind::compromise);
  EXPECT_NEAR(offers[0].actor_utility, -0.1148, 1e-4);
  EXPECT_NEAR(offers[0].from_utility, 0.2433, 1e-4);
  EXPECT_NEAR(offers[0].position, 8.416, 1e-3);
  EXPECT_EQ(offers[1].actor, luxembourg);
  EXPECT_EQ(offers[1].from, belgium);
  EXPECT_EQ(offers[1].kind, OfferKind::conflict);
  EXPECT_EQ(offers[1].position, 7.0);
  EXPECT_EQ(offers[2].actor, ireland);
  EXPECT_EQ(offers[2].from, luxembourg);
  EXPECT_EQ(offers[2].kind, OfferKind::conflict);
  EXPECT_EQ(offers[2].position, 4.0);
  const std::vector<double>& round_one = issue.trajectory.rounds[1].positions;
  EXPECT_NEAR(round_one[belgium], 8.416, 1e-3);
  EXPECT_EQ(round_one[luxembourg], 7.0);
  EXPECT_EQ(round_one[ireland], 4.0);
  for (std::size_t i : {0, 3, 4, 5, 6, 8, 9}) {
    EXPECT_EQ(round_one[i], issue.trajectory.rounds[0].positions[i]) << model_.actors[i].name;
  }
  EXPECT_NEAR(issue.rounds[1].median, 8.416, 1e-3);
  EXPECT_NEAR(issue.rounds[1].mean, 7.4613, 1e-4);
}

TEST_F(EcEmissions, AllPairsRunIsReportedAsACycle) {
  // The README: the reconstructions do not converge; the median swings between about 7 and 10.
  // The run must stop on a repeated round and say so, not loop and not stop at the limit.
  const ExpectedUtilityIssue issue = run(SuccessProbability::all_pairs, 1000);
  const Trajectory& trajectory = issue.trajectory;
  ASSERT_EQ(trajectory.stop, Stop::cycle);
  EXPECT_GE(trajectory.cycle_length, 2u);
  ASSERT_EQ(trajectory.rounds.size(), trajectory.cycle_start + trajectory.cycle_length + 1);
  EXPECT_EQ(trajectory.rounds.back().positions,
            trajectory.rounds[trajectory.cycle_start].positions);
  double lowest = 10, highest = 4;
  for (std::size_t t = trajectory.cycle_start; t < trajectory.rounds.size(); ++t) {
    lowest = std::min(lowest, issue.rounds[t].median);
    highest = std::max(highest, issue.rounds[t].median);
  }
  EXPECT_LE(lowest, 7.5);
  EXPECT_GE(highest, 9.5);
}

}  // namespace
}  // namespace parley::forecast
