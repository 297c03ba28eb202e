// Properties the expected-utility model must have whatever the numbers: a lone actor stays,
// identical actors move together, only ratios of capability matter, a workspace forgets its last
// run, bad input is refused with an InputError.

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

// n actors on one dimension 0..100: random positions (some shared), capabilities and saliences.
Model random_issue_for_invariants(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  Model model;
  model.dimensions.push_back(Dimension{"issue", 0, 100});
  for (std::size_t i = 0; i < n; ++i) {
    const double position = random() % 4 == 0 ? 50.0 : 100 * unit(random);
    model.actors.push_back(Actor{"", "", 0.1 + unit(random), {position}, {unit(random)}});
  }
  return model;
}

TEST(ExpectedUtilityInvariants, LoneActorStaysPut) {
  Model model;
  model.dimensions.push_back(Dimension{"issue", 0, 10});
  model.actors.push_back(Actor{"alone", "", 1.0, {3}, {0.7}});
  const ExpectedUtilityIssue issue = run_expected_utility(model, 0);
  EXPECT_EQ(issue.trajectory.stop, Stop::converged);
  ASSERT_EQ(issue.trajectory.rounds.size(), 2u);
  EXPECT_EQ(issue.trajectory.position(1, 0, 0), 3.0);
  EXPECT_TRUE(issue.rounds[1].offers.empty());
  EXPECT_EQ(issue.rounds[1].risk, std::vector<double>{1.0});
  EXPECT_EQ(issue.rounds[1].median, 3.0);
}

TEST(ExpectedUtilityInvariants, ActorsOnOnePositionStayPut) {
  Model model;
  model.dimensions.push_back(Dimension{"issue", 0, 10});
  for (int i = 0; i < 4; ++i) model.actors.push_back(Actor{"", "", 1.0 + i, {6}, {0.5}});
  for (SuccessProbability kind : {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
    ExpectedUtilityOptions options;
    options.probability = kind;
    const ExpectedUtilityIssue issue = run_expected_utility(model, 0, options);
    EXPECT_EQ(issue.trajectory.stop, Stop::converged);
    EXPECT_EQ(issue.trajectory.rounds.size(), 2u);
    EXPECT_TRUE(issue.rounds[1].offers.empty());
  }
}

TEST(ExpectedUtilityInvariants, TwoIdenticalActorsApartStayPut) {
  // Same capability and salience at 0 and 1: the votes tie (per contest P = 0 both ways; all pairs
  // P = w / 4w = 1/4 both ways), so do the security levels (r = 1) and the expected utilities
  // E_i = E_j = 2 − 4 s (1 − P); a conflict needs E_j > E_i, so neither moves.
  Model model;
  model.dimensions.push_back(Dimension{"issue", 0, 1});
  model.actors.push_back(Actor{"A", "", 2.0, {0}, {0.3}});
  model.actors.push_back(Actor{"B", "", 2.0, {1}, {0.3}});
  for (SuccessProbability kind : {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
    ExpectedUtilityOptions options;
    options.probability = kind;
    const ExpectedUtilityIssue issue = run_expected_utility(model, 0, options);
    EXPECT_EQ(issue.trajectory.stop, Stop::converged) << to_string(kind);
    EXPECT_EQ(issue.rounds[1].risk, (std::vector<double>{1.0, 1.0}));
    EXPECT_TRUE(issue.rounds[1].offers.empty());
  }
}

TEST(ExpectedUtilityInvariants, IdenticalActorsMoveTogether) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    Model model = random_issue_for_invariants(12, seed);
    model.actors.push_back(model.actors[0]);  // copies of actors 0 and 5
    model.actors.push_back(model.actors[5]);
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      ExpectedUtilityOptions options;
      options.probability = kind;
      options.round_limit = 30;
      const ExpectedUtilityIssue issue = run_expected_utility(model, 0, options);
      for (std::size_t t = 0; t < issue.trajectory.rounds.size(); ++t) {
        ASSERT_EQ(issue.trajectory.position(t, 12, 0), issue.trajectory.position(t, 0, 0))
            << "seed " << seed << " round " << t;
        ASSERT_EQ(issue.trajectory.position(t, 13, 0), issue.trajectory.position(t, 5, 0))
            << "seed " << seed << " round " << t;
      }
    }
  }
}

TEST(ExpectedUtilityInvariants, OnlyRatiosOfCapabilityMatter) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const Model model = random_issue_for_invariants(15, seed);
    Model doubled_thrice = model;  // × 8: every weight and sum scales exactly
    Model tripled = model;         // × 3: the same up to rounding
    for (Actor& actor : doubled_thrice.actors) actor.capability *= 8;
    for (Actor& actor : tripled.actors) actor.capability *= 3;
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      ExpectedUtilityOptions options;
      options.probability = kind;
      options.round_limit = 40;
      const ExpectedUtilityIssue base = run_expected_utility(model, 0, options);
      const ExpectedUtilityIssue exact = run_expected_utility(doubled_thrice, 0, options);
      ASSERT_EQ(exact.trajectory.rounds.size(), base.trajectory.rounds.size()) << seed;
      for (std::size_t t = 0; t < base.trajectory.rounds.size(); ++t) {
        ASSERT_EQ(exact.trajectory.rounds[t].positions, base.trajectory.rounds[t].positions);
      }
      EXPECT_EQ(exact.trajectory.stop, base.trajectory.stop);
      const ExpectedUtilityIssue close = run_expected_utility(tripled, 0, options);
      for (std::size_t t = 0; t < 4 && t < base.trajectory.rounds.size(); ++t) {
        for (std::size_t i = 0; i < model.actors.size(); ++i) {
          ASSERT_NEAR(close.trajectory.position(t, i, 0), base.trajectory.position(t, i, 0), 1e-9)
              << "seed " << seed << " round " << t << " actor " << i;
        }
      }
    }
  }
}

TEST(ExpectedUtilityInvariants, AWorkspaceForgetsItsLastRun) {
  const Model first = random_issue_for_invariants(20, 3);
  const Model second = random_issue_for_invariants(7, 4);
  ExpectedUtilityOptions options;
  options.round_limit = 25;
  ExpectedUtilityWorkspace workspace;
  workspace.run(first, 0, options);
  const ExpectedUtilityIssue once = workspace.record();
  workspace.run(second, 0, options);
  EXPECT_EQ(workspace.record().trajectory.rounds[0].positions.size(), 7u);
  const ExpectedUtilityOutcome outcome = workspace.run(first, 0, options);
  const ExpectedUtilityIssue again = workspace.record();
  ASSERT_EQ(again.trajectory.rounds.size(), once.trajectory.rounds.size());
  for (std::size_t t = 0; t < once.trajectory.rounds.size(); ++t) {
    EXPECT_EQ(again.trajectory.rounds[t].positions, once.trajectory.rounds[t].positions);
  }
  EXPECT_EQ(outcome.rounds + 1, once.trajectory.rounds.size());
  EXPECT_EQ(outcome.median, once.rounds.back().median);
  EXPECT_EQ(workspace.medians().size(), once.rounds.size());
}

TEST(ExpectedUtilityInvariants, RoundLimitStopsTheRun) {
  const Model model = random_issue_for_invariants(30, 11);
  ExpectedUtilityOptions options;
  options.round_limit = 2;
  const ExpectedUtilityIssue issue = run_expected_utility(model, 0, options);
  if (issue.trajectory.stop == Stop::round_limit) {
    EXPECT_EQ(issue.trajectory.rounds.size(), 3u);
  } else {
    EXPECT_LE(issue.trajectory.rounds.size(), 3u);
  }
}

TEST(ExpectedUtilityInvariants, RefusesBadInput) {
  Model model;
  model.dimensions.push_back(Dimension{"issue", 0, 10});
  EXPECT_THROW(run_expected_utility(model, 0), InputError);  // no actors
  model.actors.push_back(Actor{"A", "", 1.0, {3}, {0.5}});
  model.actors.push_back(Actor{"B", "", 1.0, {7}, {0.5}});
  EXPECT_NO_THROW(run_expected_utility(model, 0));
  EXPECT_THROW(run_expected_utility(model, 1), InputError);  // no such dimension
  Model weak = model;
  weak.actors[1].capability = 0;
  EXPECT_THROW(run_expected_utility(weak, 0), InputError);
  Model keen = model;
  keen.actors[0].salience[0] = 1.2;
  EXPECT_THROW(run_expected_utility(keen, 0), InputError);
  Model astray = model;
  astray.actors[0].position[0] = -1;
  EXPECT_THROW(run_expected_utility(astray, 0), InputError);
  ExpectedUtilityOptions options;
  options.q = 1.5;
  EXPECT_THROW(run_expected_utility(model, 0, options), InputError);
  options = {};
  options.round_limit = 0;
  EXPECT_THROW(run_expected_utility(model, 0, options), InputError);
  ExpectedUtilityWorkspace workspace;
  const std::vector<double> two{1, 2};
  EXPECT_THROW(workspace.run(two, std::vector<double>{1}, two, 0, 10), InputError);
  EXPECT_THROW(workspace.run(two, two, std::vector<double>{0, 0}, 0, 10), InputError);
  try {
    workspace.run(two, std::vector<double>{1, -1}, std::vector<double>{0.5, 0.5}, 0, 10);
    FAIL() << "a negative capability was accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostics().at(0).field, "actors[1].capability");
  }
}

}  // namespace
}  // namespace parley::forecast
