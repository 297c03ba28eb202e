// Opponents' sanctions as legal sequences (docs/gmcr.md): no decision maker moves twice in a row,
// but one may move again after another has moved. Small graphs worked out by hand.

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/stability.hpp"

namespace {

using parley::gmcr::Graph;
using parley::gmcr::Moves;
using parley::gmcr::SolutionConcept;
using parley::gmcr::StateIndex;

using Arcs = std::vector<std::pair<StateIndex, StateIndex>>;

// Five states; A improves from 0 to 1 (A's payoffs 0 < 1, 2, 3; state 4 the worst for A). B and C
// move as given; neither prefers anything (all payoffs equal), so no move of theirs is an
// improvement.
Graph legal_graph(Arcs b, Arcs c) {
  Graph graph;
  graph.state_count = 5;
  graph.moves = {Moves::from_arcs(5, {{0, 1}}), Moves::from_arcs(5, std::move(b)),
                 Moves::from_arcs(5, std::move(c))};
  graph.payoff = {{1, 3, 3, 3, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}};
  return graph;
}

TEST(GmcrLegalSequences, AnOpponentMovesAgainAfterAnotherHasMoved) {
  // B: 1 → 2, C: 2 → 3, B: 3 → 4 sanctions A's improvement 0 → 1.
  const auto stability = parley::gmcr::analyse_stability(legal_graph({{1, 2}, {3, 4}}, {{2, 3}}));
  EXPECT_TRUE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
  EXPECT_TRUE(stability.stable_for(SolutionConcept::smr, 0).contains(0));  // A cannot move at 4
  EXPECT_FALSE(stability.stable_for(SolutionConcept::nash, 0).contains(0));
  EXPECT_FALSE(stability.stable_for(SolutionConcept::seq, 0).contains(0));  // no improvements
}

TEST(GmcrLegalSequences, NoOpponentMovesTwiceInARow) {
  // B: 1 → 2 → 4 alone is not a legal sequence.
  const auto stability = parley::gmcr::analyse_stability(legal_graph({{1, 2}, {2, 4}}, {{0, 3}}));
  EXPECT_FALSE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
}

TEST(GmcrLegalSequences, SeqUsesOnlyImprovementsForEachMover) {
  Graph graph = legal_graph({{1, 2}, {3, 4}}, {{2, 3}});
  graph.payoff[1] = {0, 0, 1, 1, 2};  // B improves 1 → 2 and 3 → 4
  graph.payoff[2] = {0, 0, 0, 1, 0};  // C improves 2 → 3
  auto stability = parley::gmcr::analyse_stability(graph);
  EXPECT_TRUE(stability.stable_for(SolutionConcept::seq, 0).contains(0));
  graph.payoff[2] = {0, 0, 1, 1, 0};  // C indifferent between 2 and 3: no longer an improvement
  stability = parley::gmcr::analyse_stability(graph);
  EXPECT_FALSE(stability.stable_for(SolutionConcept::seq, 0).contains(0));
  EXPECT_TRUE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
}

TEST(GmcrLegalSequences, AnEqualStateIsASanctionAndAnEscapeBreaksSmr) {
  Graph graph = legal_graph({{1, 2}}, {});
  graph.payoff[0] = {1, 3, 1, 0, 0};  // B's move to 2 leaves A as well off as at 0: a sanction
  auto stability = parley::gmcr::analyse_stability(graph);
  EXPECT_TRUE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
  EXPECT_TRUE(stability.stable_for(SolutionConcept::smr, 0).contains(0));
  graph.moves[0] = Moves::from_arcs(5, {{0, 1}, {2, 3}});
  graph.payoff[0] = {1, 3, 1, 2, 0};  // at 2, A escapes to 3, which it prefers to 0
  stability = parley::gmcr::analyse_stability(graph);
  EXPECT_TRUE(stability.stable_for(SolutionConcept::gmr, 0).contains(0));
  EXPECT_FALSE(stability.stable_for(SolutionConcept::smr, 0).contains(0));
}

}  // namespace
