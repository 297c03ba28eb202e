// Coalition analysis on small conflicts worked out by hand: coalition moves and improvements, and
// CNash, CGMR, CSMR and CSEQ for each coalition (Kilgour, Hipel, Fang & Peng 2001; Inohara &
// Hipel 2008; docs/gmcr.md).

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/coalition.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

namespace {

using parley::gmcr::Coalition;
using parley::gmcr::coalition_of;
using parley::gmcr::Graph;
using parley::gmcr::Moves;
using parley::gmcr::SolutionConcept;
using parley::gmcr::StateIndex;

// The Prisoner's Dilemma: P1 controls option 0 (P1 cooperates), P2 option 1; states DD, CD, DC,
// CC (P1's action first). P1: DC 4, CC 3, DD 2, CD 1; P2: CD 4, CC 3, DD 2, DC 1.
parley::gmcr::Model coalition_dilemma() {
  parley::gmcr::Model model;
  model.options = {{"P1 cooperates", 0, {}}, {"P2 cooperates", 1, {}}};
  model.states = {0b00, 0b01, 0b10, 0b11};
  model.decision_makers = {{"P1", {2, 1, 4, 3}}, {"P2", {2, 4, 1, 3}}};
  return model;
}
constexpr StateIndex kCoalitionDD = 0;
constexpr StateIndex kCoalitionCD = 1;
constexpr StateIndex kCoalitionDC = 2;
constexpr StateIndex kCoalitionCC = 3;

std::vector<std::size_t> coalition_states(const parley::gmcr::StateSet& set) {
  return set.states();
}

TEST(GmcrCoalition, EveryCoalitionSmallerFirst) {
  EXPECT_EQ(parley::gmcr::every_coalition(3),
            (std::vector<Coalition>{0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111}));
  EXPECT_EQ(parley::gmcr::every_coalition(13 - 1).size(), 4095U);
  EXPECT_THROW(parley::gmcr::every_coalition(13), parley::LimitError);
}

// Both players together can leave mutual defection for mutual cooperation, which both prefer;
// from mutual cooperation nothing is better for both. So DD, the only Nash equilibrium, is not a
// coalition equilibrium, and CC is the only CGMR, CSMR and CSEQ equilibrium.
TEST(GmcrCoalition, PrisonersDilemmaTheGrandCoalitionCooperates) {
  const Graph graph = parley::gmcr::graph_of(coalition_dilemma());
  const Coalition both = 0b11;
  const auto moves = parley::gmcr::coalition_moves(graph, both);
  EXPECT_EQ(coalition_states(moves[kCoalitionDD]),
            (std::vector<std::size_t>{kCoalitionDD, kCoalitionCD, kCoalitionDC, kCoalitionCC}));
  const auto improvements = parley::gmcr::coalition_improvements(graph, both);
  EXPECT_EQ(improvements[kCoalitionDD], std::vector<StateIndex>{kCoalitionCC});
  EXPECT_TRUE(improvements[kCoalitionCD].empty());
  EXPECT_TRUE(improvements[kCoalitionDC].empty());
  EXPECT_TRUE(improvements[kCoalitionCC].empty());
  // A coalition of one improves as the decision maker does.
  EXPECT_EQ(parley::gmcr::coalition_improvements(graph, coalition_of(0))[kCoalitionCC],
            std::vector<StateIndex>{kCoalitionDC});

  const auto stability = parley::gmcr::analyse_coalition_stability(graph);
  ASSERT_EQ(stability.coalitions, (std::vector<Coalition>{0b01, 0b10, 0b11}));
  EXPECT_EQ(coalition_states(stability.stable_for(SolutionConcept::nash, 2)),
            (std::vector<std::size_t>{kCoalitionCD, kCoalitionDC, kCoalitionCC}));
  EXPECT_TRUE(stability.equilibria_under(SolutionConcept::nash).empty());
  for (const SolutionConcept solution :
       {SolutionConcept::gmr, SolutionConcept::smr, SolutionConcept::seq}) {
    EXPECT_EQ(coalition_states(stability.equilibria_under(solution)),
              std::vector<std::size_t>{kCoalitionCC});
    // With no one outside the grand coalition, nothing answers its improvement.
    EXPECT_EQ(stability.stable_for(solution, 2), stability.stable_for(SolutionConcept::nash, 2));
  }
  EXPECT_EQ(coalition_states(stability.stable_for_member(SolutionConcept::gmr, 0)),
            (std::vector<std::size_t>{kCoalitionDC, kCoalitionCC}));
}

// The coalitions of one are the decision makers: their stable states are analyse_stability's.
TEST(GmcrCoalition, CoalitionsOfOneAreTheDecisionMakers) {
  const Graph graph = parley::gmcr::graph_of(coalition_dilemma());
  const auto coalitions =
      parley::gmcr::analyse_coalition_stability(graph, {coalition_of(0), coalition_of(1)});
  const auto stability = parley::gmcr::analyse_stability(graph);
  for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
    EXPECT_EQ(coalitions.stable_for(solution, 0), stability.stable_for(solution, 0));
    EXPECT_EQ(coalitions.stable_for(solution, 1), stability.stable_for(solution, 1));
    EXPECT_EQ(coalitions.equilibria_under(solution), stability.equilibria_under(solution));
  }
}

// Four states, A, B and C. A moves 0 → 1, C 1 → 2, B 2 → 3; C is indifferent. A and B both
// prefer 1 to 0 (A: 1 < 2, B: 0 < 1), so {A, B} improves from 0 to 1. C answers with 2, which A
// does not prefer to 0: CGMR-stable for {A, B}. But from 2 B moves to 3, which both A and B
// prefer to 0, so the answer is escaped: not CSMR. C has no improvement: not CSEQ.
TEST(GmcrCoalition, AnAnswerTheCoalitionEscapesIsNotAnSmrSanction) {
  Graph graph;
  graph.state_count = 4;
  graph.moves = {Moves::from_arcs(4, {{0, 1}}), Moves::from_arcs(4, {{2, 3}}),
                 Moves::from_arcs(4, {{1, 2}})};
  graph.payoff = {{1, 2, 0, 3}, {0, 1, 1, 2}, {0, 0, 0, 0}};
  const Coalition ab = 0b011;
  EXPECT_EQ(parley::gmcr::coalition_improvements(graph, ab)[0], std::vector<StateIndex>{1});
  const auto stability = parley::gmcr::analyse_coalition_stability(graph, {ab});
  EXPECT_FALSE(stability.stable_for(SolutionConcept::nash, 0).contains(0));
  EXPECT_TRUE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
  EXPECT_FALSE(stability.stable_for(SolutionConcept::smr, 0).contains(0));
  EXPECT_FALSE(stability.stable_for(SolutionConcept::seq, 0).contains(0));
  // A alone: C's answer 2 leaves A no move, so GMR and SMR; C never improves, so not SEQ.
  const auto alone = parley::gmcr::analyse_stability(graph);
  EXPECT_TRUE(alone.stable_for(SolutionConcept::smr, 0).contains(0));
  EXPECT_FALSE(alone.stable_for(SolutionConcept::seq, 0).contains(0));
}

// A coalition's moves are legal sequences of its members' moves: B cannot move twice in a row.
TEST(GmcrCoalition, MembersMoveInLegalSequences) {
  Graph graph;
  graph.state_count = 4;
  graph.moves = {Moves::from_arcs(4, {{1, 2}}), Moves::from_arcs(4, {{0, 1}, {1, 3}, {2, 3}}),
                 Moves::from_arcs(4, {})};
  graph.payoff = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
  // B alone: 0 → 1 only (B's 1 → 3 would be a second move in a row); with A: 0 → 1 → 2 → 3.
  EXPECT_EQ(coalition_states(parley::gmcr::coalition_moves(graph, 0b010)[0]),
            std::vector<std::size_t>{1});
  EXPECT_EQ(coalition_states(parley::gmcr::coalition_moves(graph, 0b011)[0]),
            (std::vector<std::size_t>{1, 2, 3}));
}

TEST(GmcrCoalition, InvalidCoalitionsAreInputErrors) {
  const Graph graph = parley::gmcr::graph_of(coalition_dilemma());
  EXPECT_THROW(parley::gmcr::coalition_moves(graph, 0), parley::InputError);
  EXPECT_THROW(parley::gmcr::coalition_moves(graph, 0b100), parley::InputError);
  EXPECT_THROW(parley::gmcr::analyse_coalition_stability(graph, {0b01, 0b101}), parley::InputError);
}

}  // namespace
