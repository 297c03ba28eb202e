// The terms of KTAB's SMP, each on a case worked out by hand in the comments, and the invariants
// of a run (docs/forecast.md, "KTAB's Spatial Model of Politics").

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "parley/forecast/smp.hpp"

namespace parley::forecast {
namespace {

using namespace smp;

TEST(SmpTerms, DistanceIsSalienceWeighted) {
  // ideal (0.2, 0.8), position (0.6, 0.5), saliences (0.3, 0.4):
  // sqrt(((0.3 · −0.4)² + (0.4 · 0.3)²) / (0.3² + 0.4²)) = sqrt(0.0288 / 0.25) = sqrt(0.1152).
  const double ideal[] = {0.2, 0.8};
  const double position[] = {0.6, 0.5};
  const double salience[] = {0.3, 0.4};
  EXPECT_NEAR(distance(ideal, position, salience, 2), std::sqrt(0.1152), 1e-15);
  // On one dimension the salience cancels: |0.2 − 0.6|.
  EXPECT_NEAR(distance(ideal, position, salience, 1), 0.4, 1e-15);
  // A dimension of salience 0 does not count: only the second, |0.8 − 0.5|.
  const double second_only[] = {0.0, 0.7};
  EXPECT_NEAR(distance(ideal, position, second_only, 2), 0.3, 1e-15);
}

TEST(SmpTerms, UtilityBendsWithRiskAttitude) {
  // (1 − d)(1 + d R) at d = 0.5: R = 0 gives 0.5, R = 1 gives 0.5 · 1.5, R = −0.5 gives 0.5 · 0.75.
  EXPECT_DOUBLE_EQ(utility(0.5, 0.0), 0.5);
  EXPECT_DOUBLE_EQ(utility(0.5, 1.0), 0.75);
  EXPECT_DOUBLE_EQ(utility(0.5, -0.5), 0.375);
  EXPECT_DOUBLE_EQ(utility(0.0, -0.5), 1.0);  // one's own position
  EXPECT_DOUBLE_EQ(utility(1.0, 1.0), 0.0);   // the far end
  // Past d = 1 (round-off in KTAB's searches): (1 − d)(1 + R), slightly below 0.
  EXPECT_NEAR(utility(1.01, 0.5), -0.015, 1e-15);
}

TEST(SmpTerms, VotesFollowTheRule) {
  // weight 2, utilities 0.7 and 0.4: Δu = 0.3.
  EXPECT_NEAR(vote(VotingRule::proportional, 2, 0.7, 0.4), 0.6, 1e-15);          // 2 · 0.3
  EXPECT_NEAR(vote(VotingRule::proportional, 2, 0.4, 0.7), -0.6, 1e-15);         // antisymmetric
  EXPECT_DOUBLE_EQ(vote(VotingRule::binary, 2, 0.7, 0.4), 2);                    // 2 · 1
  EXPECT_NEAR(vote(VotingRule::cubic, 2, 0.7, 0.4), 0.054, 1e-15);               // 2 · 0.027
  EXPECT_NEAR(vote(VotingRule::proportional_cubic, 2, 0.7, 0.4), 0.327, 1e-15);  // 2(0.15+0.0135)
  EXPECT_NEAR(vote(VotingRule::proportional_binary, 2, 0.7, 0.4), 0.88, 1e-15);  // 2(0.24 + 0.2)
  EXPECT_NEAR(vote(VotingRule::asymmetric_prospect, 2, 0.7, 0.4), 0.4, 1e-15);   // 2/3 · 0.6
  EXPECT_NEAR(vote(VotingRule::asymmetric_prospect, 2, 0.4, 0.7), -0.6, 1e-15);  // losses in full
  EXPECT_NEAR(vote(VotingRule::binary, 1, 0.5, 0.5 + 5e-9), -0.5, 1e-6);  // linear below 1e-8
}

TEST(SmpTerms, ProbabilityOfVictoryFromCoalitionStrengths) {
  EXPECT_DOUBLE_EQ(victory_probability(VictoryProbability::linear, 2, 1), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(victory_probability(VictoryProbability::square, 2, 1), 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(victory_probability(VictoryProbability::quartic, 2, 1), 16.0 / 17.0);
  EXPECT_DOUBLE_EQ(victory_probability(VictoryProbability::octic, 2, 1), 256.0 / 257.0);
  // Binary: certain (up to KTAB's 1e-6) beyond a 10% edge; 1.05 : 1 gives
  // (1.05/2.05 · 2.1 − 1) / 0.1 = 0.75610 (linear between the thresholds).
  EXPECT_NEAR(victory_probability(VictoryProbability::binary, 1.2, 1), 1 / (1 + 1e-6), 1e-15);
  EXPECT_NEAR(victory_probability(VictoryProbability::binary, 1.05, 1), 0.756097560975, 1e-11);
}

TEST(SmpTerms, ConditionalElection) {
  // p(0 > 1) = 0.6, p(0 > 2) = 0.7, p(1 > 2) = 0.5, p(i > i) = 0.5:
  // P0 ∝ 0.5·0.6·0.7 = 0.21, P1 ∝ 0.4·0.5·0.5 = 0.1, P2 ∝ 0.3·0.5·0.5 = 0.075; sum 0.385.
  const std::vector<double> victory = {0.5, 0.6, 0.7, 0.4, 0.5, 0.5, 0.3, 0.5, 0.5};
  const auto p =
      option_probabilities(ElectionModel::conditional, std::vector<double>(9, 1.0), victory, 3);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_NEAR(p[0], 0.21 / 0.385, 1e-15);
  EXPECT_NEAR(p[1], 0.1 / 0.385, 1e-15);
  EXPECT_NEAR(p[2], 0.075 / 0.385, 1e-15);
  // The Markov models also give a distribution, and favour option 0 here.
  for (const auto model : {ElectionModel::markov_uniform, ElectionModel::markov_incentive}) {
    const std::vector<double> strength = {1e-8, 0.6, 0.7, 0.4, 1e-8, 0.5, 0.3, 0.5, 1e-8};
    const auto q = option_probabilities(model, strength, victory, 3);
    EXPECT_NEAR(q[0] + q[1] + q[2], 1.0, 1e-6);
    EXPECT_GT(q[0], q[1]);
    EXPECT_GT(q[0], q[2]);
  }
}

TEST(SmpTerms, RiskAttitudesFromWinProbabilities) {
  // p = (0.5, 0.3, 0.2): pMax 0.5, pMin 0.2.
  const std::vector<double> p = {0.5, 0.3, 0.2};
  const auto mid = risk_attitudes(p, RiskRange::mid);  // (3p − 0.9) / 0.6
  EXPECT_NEAR(mid[0], 1.0, 1e-15);
  EXPECT_NEAR(mid[1], 0.0, 1e-15);
  EXPECT_NEAR(mid[2], -0.5, 1e-15);
  const auto low = risk_attitudes(p, RiskRange::min);  // (p − 0.2) / 0.3
  EXPECT_NEAR(low[1], 1.0 / 3.0, 1e-15);
  const auto high = risk_attitudes(p, RiskRange::max);  // (2p − 0.7) / 0.3
  EXPECT_NEAR(high[1], -1.0 / 3.0, 1e-15);
  EXPECT_NEAR(high[2], -1.0, 1e-15);
  // All equal (one actor, or all on one position): risk-neutral, where KTAB divides 0 by 0.
  EXPECT_EQ(risk_attitudes({0.5, 0.5}, RiskRange::mid), (std::vector<double>{0, 0}));
  // h's estimate of i: (2 R_h + R_i) / 3 by default; 0.3 and −0.3 give 0.1.
  EXPECT_NEAR(estimated_risk(RiskAdjust::one_third, 0.3, -0.3), 0.1, 1e-15);
  EXPECT_NEAR(estimated_risk(RiskAdjust::two_thirds, 0.3, -0.3), -0.1, 1e-15);
  EXPECT_DOUBLE_EQ(estimated_risk(RiskAdjust::none, 0.3, -0.3), 0.3);
  EXPECT_DOUBLE_EQ(estimated_risk(RiskAdjust::full, 0.3, -0.3), -0.3);
}

TEST(SmpTerms, BargainPositionIsWeightedBySalienceAndProbabilitySquared) {
  // t_i = 0.2, s_i = 0.5, p_i = 0.6; t_j = 0.8, s_j = 0.5, p_j = 0.4: w_i = 0.25 · 0.36 = 0.09,
  // w_j = 0.25 · 0.16 = 0.04; (0.09 · 0.2 + 0.04 · 0.8) / 0.13 = 5/13 = 0.384615 → 0.3846 (the
  // 1e-6 that KTAB adds to one side moves neither past the fourth decimal).
  const auto b = bargain(BargainWeights::s2p2, 0.2, 0.5, 0.6, 0.8, 0.5, 0.4);
  EXPECT_DOUBLE_EQ(b.initiator, 0.3846);
  EXPECT_DOUBLE_EQ(b.receiver, 0.3846);
  // s1p1: w_i = 0.3, w_j = 0.2: (0.06 + 0.16) / 0.5 = 0.44.
  const auto linear = bargain(BargainWeights::s1p1, 0.2, 0.5, 0.6, 0.8, 0.5, 0.4);
  EXPECT_DOUBLE_EQ(linear.initiator, 0.44);
  // Neither side cares (saliences 0): each keeps its position.
  const auto apart = bargain(BargainWeights::s2p2, 0.2, 0.0, 0.6, 0.8, 0.0, 0.4);
  EXPECT_DOUBLE_EQ(apart.initiator, 0.2);
  EXPECT_DOUBLE_EQ(apart.receiver, 0.8);
  // s2pmax: only the less likely side (j, short by 0.2) moves: 0.2 · 0.25 / (0.2 · 0.25 + 1e-6 +
  // 0.8 · 0.25) of the way, from 0.8 toward 0.2.
  const auto weaker = bargain(BargainWeights::s2pmax, 0.2, 0.5, 0.6, 0.8, 0.5, 0.4);
  EXPECT_DOUBLE_EQ(weaker.initiator, 0.2);
  EXPECT_NEAR(weaker.receiver, 0.8 + (0.05 / (0.25 + 1e-6)) * (0.2 - 0.8), 1e-15);
}

// Three actors on one dimension at 0, 50 and 100, salience 1 (100 in KTAB's files) and capability
// 1 each.
Model three_on_a_line() {
  Model model;
  model.dimensions = {Dimension{"x", 0, 100}};
  for (const double x : {0.0, 50.0, 100.0}) model.actors.push_back(Actor{"", "", 1.0, {x}, {1.0}});
  return model;
}

TEST(SmpTerms, RiskAttitudesOfThreeOnALine) {
  // Risk-neutral utilities 1 − |x_k − x_i|: A (1, .5, 0), B (.5, 1, .5), C (0, .5, 1).
  // Coalitions: B over A: B's 0.5 + C's 0.5 = 1; A over B: A's 0.5 → p(B > A) = 2/3; likewise
  // p(B > C) = 2/3; A against C: 1 each → 1/2. Conditional: P ∝ (1/2·1/3·1/2, 2/3·1/2·2/3,
  // 1/12) = (3, 8, 3)/14. Mid range: R = (3p − (8 + 6)/14) / (2 · 5/14) = (−0.5, 1, −0.5).
  const auto risk = smp::risk_attitudes(three_on_a_line());
  ASSERT_EQ(risk.size(), 3u);
  EXPECT_NEAR(risk[0], -0.5, 1e-6);
  EXPECT_NEAR(risk[1], 1.0, 1e-6);
  EXPECT_NEAR(risk[2], -0.5, 1e-6);
}

TEST(SmpTerms, ChallengeOfThreeOnALine) {
  // A's view (R_A = −0.5; its estimates (2 R_A + R_n)/3: A −0.5, B 0, C −0.5): utilities
  // u(A, ·) = (1, 0.375, 0), u(B, ·) = (0.5, 1, 0.5), u(C, ·) = (0, 0.375, 1).
  // A challenges B: A votes 1 − 0.375 = 0.625 for itself, B 0.5 − 1 = −0.5 against: 0.625 : 0.5.
  // C alone with them: it prefers B by 0.375, so A's side 0.625 against 0.5 + 0.375: p = 5/12.
  // C's value of joining A: 5/12 (0 + 0 + 1) + 7/12 (3 · 0.375) = 1.0729; of joining B:
  // 5/12 (0 + 0 + 0) + 7/12 (2 · 0.375 + 1) = 1.0208: C gives A 5/96.
  // p(A > B) = (0.625 + 5/96) / (0.625 + 5/96 + 0.5) = 65/113. Gain: with B's salience 1 only
  // the contest counts: 65/113 · 2 + 48/113 · 0.75 − (1 + 0.375) = 85/904.
  const auto ab = smp::challenge(three_on_a_line(), 0, 1);
  EXPECT_NEAR(ab.probability, 65.0 / 113.0, 1e-8);
  EXPECT_NEAR(ab.gain, 85.0 / 904.0, 1e-8);
  // A against C: B is indifferent, and A and C vote 1 each: even, and no gain.
  const auto ac = smp::challenge(three_on_a_line(), 0, 2);
  EXPECT_NEAR(ac.probability, 0.5, 1e-8);
  EXPECT_NEAR(ac.gain, 0.0, 1e-8);
  // B (R_B = 1) against A: u(B, ·) = (0.75, 1, 0.75), u(A, ·) = (1, 0.625, 0),
  // u(C, ·) = (0, 0.625, 1). B 0.25 for, A 0.375 against; C for B by 0.625 (little-contest
  // p = 0.875/1.25 = 0.7) values joining B 0.7 · 2.25 = 1.575 and joining A 0.7 · 1.875 + 0.3
  // = 1.6125, so gives A 0.0375: p = 0.25 / 0.6625, gain 2p + 1.5(1 − p) − 1.75 < 0.
  const auto ba = smp::challenge(three_on_a_line(), 1, 0);
  EXPECT_NEAR(ba.probability, 0.25 / 0.6625, 1e-8);
  EXPECT_NEAR(ba.gain, 0.5 * (0.25 / 0.6625) + 1.5 - 1.75, 1e-8);
}

TEST(SmpTerms, WinProbabilitiesOfThreeOnALine) {
  // With their risk attitudes, A values (1, 0.375, 0), B (0.75, 1, 0.75), C (0, 0.375, 1): B over
  // A gets B's 0.25 and C's 0.375, A over B A's 0.625 — even, as are A and C and B and C:
  // one third each (risk-neutral it would be 3/14, 8/14, 3/14).
  const SmpForecast run = run_smp(three_on_a_line());
  for (const double p : run.win_probability[0]) EXPECT_NEAR(p, 1.0 / 3.0, 1e-6);
}

// A small model with capabilities and saliences of every size (no ../shared needed).
Model five_on_a_plane() {
  Model model;
  model.dimensions = {Dimension{"tax", 0, 100}, Dimension{"spend", 0, 100}};
  model.actors = {
      Actor{"a", "", 100, {10, 80}, {0.6, 0.2}}, Actor{"b", "", 40, {35, 20}, {0.3, 0.5}},
      Actor{"c", "", 75, {60, 55}, {0.5, 0.5}}, Actor{"d", "", 20, {90, 10}, {0.1, 0.8}},
      Actor{"e", "", 55, {50, 95}, {0.45, 0.3}}};
  return model;
}

// A deterministic model of n actors on d dimensions (a 64-bit LCG).
Model many_actors(std::size_t n, std::size_t d) {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  const auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(state >> 11) / 9007199254740992.0;  // [0, 1)
  };
  Model model;
  for (std::size_t k = 0; k < d; ++k) model.dimensions.push_back(Dimension{"", 0, 100});
  for (std::size_t i = 0; i < n; ++i) {
    Actor actor{"", "", 1 + 99 * next(), {}, {}};
    for (std::size_t k = 0; k < d; ++k) {
      actor.position.push_back(std::round(1000 * next()) / 10);
      actor.salience.push_back((0.1 + 0.9 * next()) / static_cast<double>(d));
    }
    model.actors.push_back(actor);
  }
  return model;
}

TEST(SmpRun, ALoneActorStaysPut) {
  Model model;
  model.dimensions = {Dimension{"x", 0, 100}, Dimension{"y", 0, 100}};
  model.actors = {Actor{"alone", "", 3, {30, 70}, {0.5, 0.5}}};
  const SmpForecast run = run_smp(model);
  // No one to challenge: turn 1 moves nothing, and turn 2 meets the stopping rule.
  ASSERT_EQ(run.trajectory.rounds.size(), 3u);
  EXPECT_EQ(run.trajectory.stop, Stop::converged);
  for (const auto& round : run.trajectory.rounds)
    EXPECT_EQ(round.positions, (std::vector<double>{30, 70}));
  for (const auto& p : run.win_probability) EXPECT_EQ(p, (std::vector<double>{1.0}));
}

TEST(SmpRun, ScalingEveryCapabilityChangesNothing) {
  const Model model = five_on_a_plane();
  const SmpForecast base = run_smp(model);
  for (const double factor : {1000.0, 0.125}) {
    Model scaled = model;
    for (auto& actor : scaled.actors) actor.capability *= factor;
    const SmpForecast run = run_smp(scaled);
    ASSERT_EQ(run.trajectory.rounds.size(), base.trajectory.rounds.size()) << factor;
    for (std::size_t t = 0; t < base.trajectory.rounds.size(); ++t) {
      const auto& ours = run.trajectory.rounds[t].positions;
      const auto& theirs = base.trajectory.rounds[t].positions;
      for (std::size_t k = 0; k < ours.size(); ++k) EXPECT_NEAR(ours[k], theirs[k], 1e-9) << t;
      for (std::size_t i = 0; i < model.actors.size(); ++i)
        EXPECT_NEAR(run.win_probability[t][i], base.win_probability[t][i], 1e-6) << t;
    }
  }
}

TEST(SmpRun, MovesAndStopsByTheChangeRule) {
  const SmpForecast run = run_smp(five_on_a_plane());
  const std::size_t turns = run.trajectory.rounds.size() - 1;
  ASSERT_GE(turns, 2u);
  EXPECT_GT(run.change[1], 0.0);
  if (run.trajectory.stop == Stop::converged) {
    EXPECT_LT(run.change[turns] / (run.change[1] + 1e-4), 0.02);
  }
  for (std::size_t t = 2; t < turns; ++t) EXPECT_GE(run.change[t] / (run.change[1] + 1e-4), 0.02);
  // A turn limit of 1 stops after one turn.
  SmpOptions one;
  one.max_turns = 1;
  EXPECT_EQ(run_smp(five_on_a_plane(), one).trajectory.rounds.size(), 2u);
  EXPECT_EQ(run_smp(five_on_a_plane(), one).trajectory.stop, Stop::round_limit);
}

TEST(SmpRun, OtherScalesGiveTheSameRun) {
  // On 0..200 with every position doubled, the positions on 0..1 are bitwise the same.
  Model model = five_on_a_plane();
  const SmpForecast base = run_smp(model);
  for (auto& dimension : model.dimensions) dimension.high = 200;
  for (auto& actor : model.actors)
    for (auto& x : actor.position) x *= 2;
  const SmpForecast run = run_smp(model);
  ASSERT_EQ(run.trajectory.rounds.size(), base.trajectory.rounds.size());
  for (std::size_t t = 0; t < base.trajectory.rounds.size(); ++t)
    for (std::size_t k = 0; k < base.trajectory.rounds[t].positions.size(); ++k)
      EXPECT_DOUBLE_EQ(run.trajectory.rounds[t].positions[k],
                       2 * base.trajectory.rounds[t].positions[k]);
}

TEST(SmpRun, BitwiseTheSameWhateverTheThreadCount) {
  const Model model = many_actors(48, 2);
  SmpOptions one;
  one.threads = 1;
  SmpOptions four;
  four.threads = 4;
  const SmpForecast a = run_smp(model, one);
  const SmpForecast b = run_smp(model, four);
  ASSERT_EQ(a.trajectory.rounds.size(), b.trajectory.rounds.size());
  for (std::size_t t = 0; t < a.trajectory.rounds.size(); ++t) {
    EXPECT_EQ(a.trajectory.rounds[t].positions, b.trajectory.rounds[t].positions) << t;
    EXPECT_EQ(a.win_probability[t], b.win_probability[t]) << t;
  }
  EXPECT_EQ(a.change, b.change);
}

TEST(SmpRun, OptionsOtherThanKtabsDefaultsRun) {
  // Every option value runs to a trajectory on the scale, with probabilities in [0, 1].
  SmpOptions options;
  options.voting_rule = VotingRule::proportional_cubic;
  options.victory_probability = VictoryProbability::square;
  options.election_model = ElectionModel::markov_incentive;
  options.risk_range = RiskRange::max;
  options.risk_adjust = RiskAdjust::half;
  options.third_party_commit = ThirdPartyCommit::full;
  options.bargain_weights = BargainWeights::s2pmax;
  for (const auto election : {ElectionModel::markov_incentive, ElectionModel::markov_uniform}) {
    options.election_model = election;
    const SmpForecast run = run_smp(five_on_a_plane(), options);
    for (const auto& round : run.trajectory.rounds)
      for (const double x : round.positions) {
        EXPECT_GE(x, 0.0);
        EXPECT_LE(x, 100.0);
      }
    for (const auto& round : run.win_probability)
      for (const double p : round) {
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, 1.0);
      }
  }
}

TEST(SmpRun, RejectsModelsItCannotRun) {
  const auto fails = [](auto change) {
    Model model = five_on_a_plane();
    change(model);
    EXPECT_THROW(run_smp(model), std::invalid_argument);
  };
  fails([](Model& m) { m.actors.clear(); });
  fails([](Model& m) { m.dimensions.clear(); });
  fails([](Model& m) { m.actors[0].capability = 0; });
  fails([](Model& m) { m.actors[1].salience = {0, 0}; });
  fails([](Model& m) { m.actors[1].salience = {0.7, 0.7}; });
  fails([](Model& m) { m.actors[2].position = {50}; });
  fails([](Model& m) { m.actors[2].position[0] = 101; });
  fails([](Model& m) { m.dimensions[0].high = m.dimensions[0].low; });
}

}  // namespace
}  // namespace parley::forecast
