// What would make a state an equilibrium (make_equilibrium): the fewest swaps of adjacent states
// in the decision makers' rankings, on conflicts worked out by hand.

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/inverse.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

namespace {

using parley::gmcr::Graph;
using parley::gmcr::InverseStatus;
using parley::gmcr::Moves;
using parley::gmcr::SolutionConcept;
using parley::gmcr::StateIndex;

// The Prisoner's Dilemma: DD, CD, DC, CC (P1's action first); P1 ranks DC, CC, DD, CD and P2
// CD, CC, DD, DC.
Graph inverse_dilemma() {
  parley::gmcr::Model model;
  model.options = {{"P1 cooperates", 0, {}}, {"P2 cooperates", 1, {}}};
  model.states = {0b00, 0b01, 0b10, 0b11};
  model.decision_makers = {{"P1", {2, 1, 4, 3}}, {"P2", {2, 4, 1, 3}}};
  return parley::gmcr::graph_of(model);
}
constexpr StateIndex kInverseDD = 0;
constexpr StateIndex kInverseCD = 1;
constexpr StateIndex kInverseDC = 2;
constexpr StateIndex kInverseCC = 3;

// Whether the rankings returned make the state an equilibrium, and cost what they say.
void inverse_expect_works(const Graph& graph, StateIndex state, SolutionConcept solution,
                          const parley::gmcr::Inverse& inverse) {
  Graph changed = graph;
  std::size_t total = 0;
  ASSERT_EQ(inverse.preferences.size(), graph.decision_maker_count());
  for (std::size_t i = 0; i < graph.decision_maker_count(); ++i) {
    const auto& preference = inverse.preferences[i];
    EXPECT_EQ(preference.swaps, parley::gmcr::swaps_between(graph.payoff[i], preference.ranking));
    changed.payoff[i] = parley::gmcr::payoff_of_ranking(preference.ranking);
    total += preference.swaps;
  }
  EXPECT_EQ(total, inverse.swaps);
  EXPECT_TRUE(parley::gmcr::analyse_stability(changed).equilibria_under(solution).contains(state));
}

// Mutual cooperation is not Nash: each would defect. Each must rank CC above its own defection,
// one swap each (P1: DC, CC → CC, DC; P2: CD, CC → CC, CD).
TEST(GmcrInverse, MutualCooperationBecomesNashWithOneSwapEach) {
  const Graph graph = inverse_dilemma();
  const auto inverse = parley::gmcr::make_equilibrium(graph, kInverseCC, SolutionConcept::nash);
  EXPECT_EQ(inverse.status, InverseStatus::least);
  EXPECT_EQ(inverse.swaps, 2U);
  EXPECT_EQ(inverse.lower_bound, 2U);
  EXPECT_EQ(inverse.preferences[0].ranking,
            (std::vector<StateIndex>{kInverseCC, kInverseDC, kInverseDD, kInverseCD}));
  EXPECT_EQ(inverse.preferences[1].ranking,
            (std::vector<StateIndex>{kInverseCC, kInverseCD, kInverseDD, kInverseDC}));
  inverse_expect_works(graph, kInverseCC, SolutionConcept::nash, inverse);
}

// Already an equilibrium: nothing to change, the rankings as they are.
TEST(GmcrInverse, AnEquilibriumNeedsNoSwap) {
  const Graph graph = inverse_dilemma();
  for (const SolutionConcept solution :
       {SolutionConcept::gmr, SolutionConcept::smr, SolutionConcept::seq}) {
    const auto inverse = parley::gmcr::make_equilibrium(graph, kInverseCC, solution);
    EXPECT_EQ(inverse.status, InverseStatus::least);
    EXPECT_EQ(inverse.swaps, 0U);
    EXPECT_EQ(inverse.preferences[0].ranking,
              (std::vector<StateIndex>{kInverseDC, kInverseCC, kInverseDD, kInverseCD}));
  }
  EXPECT_EQ(parley::gmcr::make_equilibrium(graph, kInverseDD, SolutionConcept::nash).swaps, 0U);
}

// P1 cooperating alone: P1 would defect (DD ≻ CD for P1, adjacent in its ranking), P2 is at its
// best. One swap.
TEST(GmcrInverse, TheSuckersPayoffNeedsOneSwap) {
  const Graph graph = inverse_dilemma();
  const auto inverse = parley::gmcr::make_equilibrium(graph, kInverseCD, SolutionConcept::nash);
  EXPECT_EQ(inverse.swaps, 1U);
  EXPECT_EQ(inverse.preferences[0].ranking,
            (std::vector<StateIndex>{kInverseDC, kInverseCC, kInverseCD, kInverseDD}));
  EXPECT_EQ(inverse.preferences[1].swaps, 0U);
  inverse_expect_works(graph, kInverseCD, SolutionConcept::nash, inverse);
}

// SEQ needs the opponent's sanction to be an improvement for it: A improves from 0 to 1 (A ranks
// 1, 3, 4, 0, 2: three swaps to put 0 above 1), and B's move 1 → 2 would sanction it (A ranks 2
// below 0) but B ranks 1 just above 2. The cheapest fix is B's: one swap, A untouched.
TEST(GmcrInverse, SeqCanBeCheaperToFixInTheOpponentsRanking) {
  Graph graph;
  graph.state_count = 5;
  graph.moves = {Moves::from_arcs(5, {{0, 1}}), Moves::from_arcs(5, {{1, 2}})};
  graph.payoff = {{1, 4, 0, 3, 2}, {4, 1, 0, 3, 2}};
  EXPECT_TRUE(
      parley::gmcr::analyse_stability(graph).equilibria_under(SolutionConcept::gmr).contains(0));
  const auto inverse = parley::gmcr::make_equilibrium(graph, 0, SolutionConcept::seq);
  EXPECT_EQ(inverse.status, InverseStatus::least);
  EXPECT_EQ(inverse.swaps, 1U);
  EXPECT_EQ(inverse.preferences[0].swaps, 0U);
  EXPECT_EQ(inverse.preferences[1].ranking, (std::vector<StateIndex>{0, 3, 4, 2, 1}));
  inverse_expect_works(graph, 0, SolutionConcept::seq, inverse);
  EXPECT_EQ(parley::gmcr::make_equilibrium(graph, 0, SolutionConcept::nash).swaps, 3U);
}

// A tie may be broken either way for free: A is indifferent between 0 and its move to 1.
TEST(GmcrInverse, TiesAreBrokenForFree) {
  Graph graph;
  graph.state_count = 3;
  graph.moves = {Moves::from_arcs(3, {{0, 1}}), Moves::from_arcs(3, {{0, 2}})};
  graph.payoff = {{5, 5, 0}, {1, 1, 0}};
  const auto inverse = parley::gmcr::make_equilibrium(graph, 0, SolutionConcept::nash);
  EXPECT_EQ(inverse.swaps, 0U);
  inverse_expect_works(graph, 0, SolutionConcept::nash, inverse);
  EXPECT_EQ(parley::gmcr::swaps_between({5, 5, 0}, {1, 0, 2}), 0U);
  EXPECT_EQ(parley::gmcr::swaps_between({0, 1, 2}, {0, 1, 2}), 3U);
}

TEST(GmcrInverse, LargeGraphsAreNotSearched) {
  constexpr std::size_t m = parley::gmcr::kInverseMaxStates + 1;
  Graph graph;
  graph.state_count = m;
  graph.moves = {Moves::from_arcs(m, {{0, 1}}), Moves::from_arcs(m, {{1, 0}})};
  graph.payoff = {std::vector<std::int64_t>(m, 0), std::vector<std::int64_t>(m, 0)};
  const auto inverse = parley::gmcr::make_equilibrium(graph, 0, SolutionConcept::gmr);
  EXPECT_EQ(inverse.status, InverseStatus::too_large);
  EXPECT_TRUE(inverse.preferences.empty());
  EXPECT_THROW(parley::gmcr::make_equilibrium(graph, m, SolutionConcept::gmr), parley::InputError);
}

// Beyond one word of states (65 to 1024 states: the masks of several words). A chain of 200
// states, 0 → 1 → … → 199 for the first decision maker, who ranks them in order (199 best) and
// the second, who cannot move and ranks them the other way. State 100 becomes Nash for the first
// by demoting its only move, 101, below 100: one swap (101 and 100 change places), since the other
// states it keeps above 100 (102..199) it prefers to 101 anyway; no answer is cheaper, as 101
// must leave the states above 100.
TEST(GmcrInverse, ModelsBeyondSixtyFourStates) {
  constexpr std::size_t m = 200;
  Graph graph;
  graph.state_count = m;
  std::vector<std::pair<StateIndex, StateIndex>> chain;
  for (std::size_t x = 0; x + 1 < m; ++x) {
    chain.emplace_back(static_cast<StateIndex>(x), static_cast<StateIndex>(x + 1));
  }
  graph.moves = {Moves::from_arcs(m, chain), Moves::from_arcs(m, {})};
  std::vector<std::int64_t> up(m), down(m);
  for (std::size_t x = 0; x < m; ++x) {
    up[x] = static_cast<std::int64_t>(x);
    down[x] = static_cast<std::int64_t>(m - x);
  }
  graph.payoff = {up, down};
  const auto inverse = parley::gmcr::make_equilibrium(graph, 100, SolutionConcept::nash);
  EXPECT_EQ(inverse.status, InverseStatus::least);
  EXPECT_EQ(inverse.swaps, 1U);
  EXPECT_EQ(inverse.lower_bound, 1U);
  inverse_expect_works(graph, 100, SolutionConcept::nash, inverse);
  // GMR: the second decision maker has no move to sanction with, so the same swap.
  const auto gmr = parley::gmcr::make_equilibrium(graph, 100, SolutionConcept::gmr);
  EXPECT_EQ(gmr.swaps, 1U);
  inverse_expect_works(graph, 100, SolutionConcept::gmr, gmr);
}

// A budget too small to finish still returns rankings that work. CD is not GMR-stable for P1
// (its move to DD is an improvement that P2 cannot sanction), so a search is needed, and a budget
// of 0 stops it at once with the least Nash answer, which always works.
TEST(GmcrInverse, ABudgetThatRunsOutStillReturnsAnAnswer) {
  const Graph graph = inverse_dilemma();
  const auto inverse =
      parley::gmcr::make_equilibrium(graph, kInverseCD, SolutionConcept::gmr, {.node_budget = 0});
  EXPECT_EQ(inverse.status, InverseStatus::best_found);
  EXPECT_EQ(inverse.lower_bound, 0U);
  inverse_expect_works(graph, kInverseCD, SolutionConcept::gmr, inverse);
}

}  // namespace
