// graph_of: the unilateral moves generated from options, one-way options, and the checks of
// validate on models and graphs.

#include <gtest/gtest.h>

#include <cstddef>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"

namespace {

using parley::gmcr::Model;
using parley::gmcr::Reversibility;
using parley::gmcr::StateIndex;

// A controls options 0 and 1, B option 2; every pattern of the three options is feasible, so
// state s has pattern s.
Model moves_three_options(Reversibility first) {
  Model model;
  model.decision_makers = {{"A", std::vector<std::int64_t>(8, 0)},
                           {"B", std::vector<std::int64_t>(8, 0)}};
  model.options = {{"a0", 0, first}, {"a1", 0, {}}, {"b", 1, {}}};
  for (parley::gmcr::Pattern p = 0; p < 8; ++p) model.states.push_back(p);
  return model;
}

std::vector<StateIndex> moves_from(const parley::gmcr::Graph& graph, std::size_t dm, StateIndex s) {
  const auto targets = graph.moves[dm].from(s);
  return {targets.begin(), targets.end()};
}

TEST(GmcrMoves, ADecisionMakerChangesAnyNonEmptySubsetOfItsOwnOptions) {
  const parley::gmcr::Graph graph = parley::gmcr::graph_of(moves_three_options({}));
  EXPECT_EQ(moves_from(graph, 0, 0), (std::vector<StateIndex>{1, 2, 3}));
  EXPECT_EQ(moves_from(graph, 0, 5), (std::vector<StateIndex>{4, 6, 7}));
  EXPECT_EQ(moves_from(graph, 1, 0), (std::vector<StateIndex>{4}));
  EXPECT_EQ(moves_from(graph, 1, 6), (std::vector<StateIndex>{2}));
  EXPECT_EQ(graph.moves[0].size(), 8U * 3U);
  EXPECT_EQ(graph.moves[1].size(), 8U);
}

TEST(GmcrMoves, OneWayOptionsBlockTheOtherWay) {
  const parley::gmcr::Graph taken =
      parley::gmcr::graph_of(moves_three_options(Reversibility::only_take));
  EXPECT_EQ(moves_from(taken, 0, 1), (std::vector<StateIndex>{3}));  // a0 stays taken
  EXPECT_EQ(moves_from(taken, 0, 2), (std::vector<StateIndex>{0, 1, 3}));
  const parley::gmcr::Graph withdrawn =
      parley::gmcr::graph_of(moves_three_options(Reversibility::only_withdraw));
  EXPECT_EQ(moves_from(withdrawn, 0, 0), (std::vector<StateIndex>{2}));  // a0 cannot be taken
  EXPECT_EQ(moves_from(withdrawn, 0, 3), (std::vector<StateIndex>{0, 1, 2}));
}

TEST(GmcrMoves, OnlyFeasibleStatesAreReached) {
  Model model = moves_three_options({});
  model.states = {0, 3, 4, 7};
  for (auto& dm : model.decision_makers) dm.payoff.assign(4, 0);
  const parley::gmcr::Graph graph = parley::gmcr::graph_of(model);
  EXPECT_EQ(moves_from(graph, 0, 0), (std::vector<StateIndex>{1}));  // pattern 0 → 3
  EXPECT_EQ(moves_from(graph, 1, 1), (std::vector<StateIndex>{3}));  // pattern 3 → 7
}

TEST(GmcrMoves, ValidateNamesEachProblem) {
  Model model = moves_three_options({});
  model.options.push_back({"ghost", 5, {}});
  model.states.push_back(3);
  try {
    parley::gmcr::validate(model);
    FAIL() << "no InputError";
  } catch (const parley::InputError& error) {
    const std::string what = error.what();
    EXPECT_NE(what.find("options[3].decision_maker"), std::string::npos) << what;
    EXPECT_NE(what.find("states[8]"), std::string::npos) << what;
    EXPECT_NE(what.find("decision_makers[0].payoff"), std::string::npos) << what;
  }
}

TEST(GmcrMoves, ArcsOutOfRangeOrToTheSameStateAreRejected) {
  EXPECT_THROW(parley::gmcr::Moves::from_arcs(3, {{0, 3}}), parley::InputError);
  EXPECT_THROW(parley::gmcr::Moves::from_arcs(3, {{1, 1}}), parley::InputError);
  const auto moves = parley::gmcr::Moves::from_arcs(3, {{2, 0}, {0, 1}, {2, 0}});
  EXPECT_EQ(moves.size(), 2U);
  EXPECT_EQ(moves.from(2).size(), 1U);
}

}  // namespace
