// Status quo analysis on small conflicts worked out by hand: the states reachable from a status
// quo by unilateral moves, unilateral improvements and coalition improvements, and the fewest
// steps to each target with the options each move changes.

#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/status_quo.hpp"

namespace {

using parley::gmcr::Move;
using parley::gmcr::OptionChange;
using parley::gmcr::StateIndex;
using parley::gmcr::Step;
using parley::gmcr::Transition;

// The Prisoner's Dilemma (as in coalition_test.cpp): DD, CD, DC, CC; option 0 "P1 cooperates"
// (P1), option 1 "P2 cooperates" (P2).
parley::gmcr::Model status_quo_dilemma() {
  parley::gmcr::Model model;
  model.options = {{"P1 cooperates", 0, {}}, {"P2 cooperates", 1, {}}};
  model.states = {0b00, 0b01, 0b10, 0b11};
  model.decision_makers = {{"P1", {2, 1, 4, 3}}, {"P2", {2, 4, 1, 3}}};
  return model;
}

std::vector<std::size_t> status_quo_states(const parley::gmcr::StateSet& set) {
  return set.states();
}

// From mutual defection neither improves alone; by moves anything is reachable, and mutual
// cooperation takes two steps (P1 cooperates, then P2); together, as a coalition, one step of two
// moves that both prefer.
TEST(GmcrStatusQuo, PrisonersDilemmaFromMutualDefection) {
  const auto analysis = parley::gmcr::analyse_status_quo(status_quo_dilemma(), 0, {3, 0});
  EXPECT_EQ(status_quo_states(analysis.reachable_by(Transition::unilateral_improvements)),
            std::vector<std::size_t>{0});
  EXPECT_EQ(status_quo_states(analysis.reachable_by(Transition::unilateral_moves)),
            (std::vector<std::size_t>{0, 1, 2, 3}));
  // Then from CC each defects alone (an improvement for a coalition of one), and from there the
  // other defects too: every state.
  EXPECT_EQ(status_quo_states(analysis.reachable_by(Transition::coalition_improvements)),
            (std::vector<std::size_t>{0, 1, 2, 3}));

  const auto& by_moves = analysis.path_to(Transition::unilateral_moves, 0);
  ASSERT_TRUE(by_moves.has_value());
  EXPECT_EQ(*by_moves, (std::vector<Step>{
                           {0b01, 0, 1, {Move{0, 0, 1, {OptionChange{0, true}}}}},
                           {0b10, 1, 3, {Move{1, 1, 3, {OptionChange{1, true}}}}},
                       }));
  EXPECT_FALSE(analysis.path_to(Transition::unilateral_improvements, 0).has_value());
  const auto& together = analysis.path_to(Transition::coalition_improvements, 0);
  ASSERT_TRUE(together.has_value());
  EXPECT_EQ(*together, (std::vector<Step>{{0b11,
                                           0,
                                           3,
                                           {Move{0, 0, 1, {OptionChange{0, true}}},
                                            Move{1, 1, 3, {OptionChange{1, true}}}}}}));
  // The status quo itself: no step.
  for (const Transition transition : parley::gmcr::kTransitions) {
    ASSERT_TRUE(analysis.path_to(transition, 1).has_value());
    EXPECT_TRUE(analysis.path_to(transition, 1)->empty());
  }
}

// A decision maker may not take two steps in a row: A reaches 2 from 0 only through B's move.
TEST(GmcrStatusQuo, NoDecisionMakerStepsTwiceInARow) {
  parley::gmcr::Graph graph;
  graph.state_count = 4;
  graph.moves = {parley::gmcr::Moves::from_arcs(4, {{0, 1}, {1, 2}, {3, 2}}),
                 parley::gmcr::Moves::from_arcs(4, {{1, 3}})};
  graph.payoff = {{0, 1, 2, 0}, {0, 0, 0, 1}};
  const auto analysis = parley::gmcr::analyse_status_quo(graph, 0, {2});
  const auto& path = analysis.path_to(Transition::unilateral_moves, 0);
  ASSERT_TRUE(path.has_value());
  ASSERT_EQ(path->size(), 3U);  // A 0 → 1, B 1 → 3, A 3 → 2
  EXPECT_EQ((*path)[1].from, 1U);
  EXPECT_EQ((*path)[1].to, 3U);
  EXPECT_TRUE((*path)[0].moves.front().changes.empty());  // a graph has no options
  // By improvements: A 0 → 1 (0 < 1), B 1 → 3 (0 < 1); A's 3 → 2 is an improvement too (0 < 2).
  EXPECT_EQ(status_quo_states(analysis.reachable_by(Transition::unilateral_improvements)),
            (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(GmcrStatusQuo, OptionChangesNameTakenAndWithdrawnOptions) {
  parley::gmcr::Model model = status_quo_dilemma();
  EXPECT_EQ(parley::gmcr::option_changes(model, 1, 2),
            (std::vector<OptionChange>{{0, false}, {1, true}}));
  EXPECT_THROW(parley::gmcr::option_changes(model, 0, 4), parley::InputError);
  EXPECT_THROW(parley::gmcr::analyse_status_quo(model, 4, {}), parley::InputError);
  EXPECT_THROW(parley::gmcr::analyse_status_quo(model, 0, {0, 7}), parley::InputError);
}

}  // namespace
