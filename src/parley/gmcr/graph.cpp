#include "parley/gmcr/graph.hpp"

#include <algorithm>
#include <bit>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"

namespace parley::gmcr {

Moves Moves::from_arcs(std::size_t state_count,
                       std::vector<std::pair<StateIndex, StateIndex>> arcs) {
  for (std::size_t a = 0; a < arcs.size(); ++a) {
    const auto [from, to] = arcs[a];
    if (from >= state_count || to >= state_count || from == to) {
      throw InputError(Diagnostic{
          "", 0, 0, fmt::format("arcs[{}]", a),
          fmt::format("a move from state {} to state {} ({} states; a move changes the state)",
                      from, to, state_count)});
    }
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  Moves moves;
  moves.offsets_.assign(state_count + 1, 0);
  for (const auto& arc : arcs) ++moves.offsets_[arc.first + 1];
  for (std::size_t s = 0; s < state_count; ++s) moves.offsets_[s + 1] += moves.offsets_[s];
  moves.targets_.reserve(arcs.size());
  for (const auto& arc : arcs) moves.targets_.push_back(arc.second);  // sorted by (from, to)
  return moves;
}

namespace {

// Whether every option that differs between `from` and `to` may change that way.
bool move_allowed(const Model& model, Pattern from, Pattern to) {
  Pattern changed = from ^ to;
  while (changed != 0) {
    const int k = std::countr_zero(changed);
    changed &= changed - 1;
    const Pattern bit = Pattern{1} << k;
    if (!may_change(model.options[static_cast<std::size_t>(k)], (from & bit) != 0,
                    (to & bit) != 0)) {
      return false;
    }
  }
  return true;
}

// One decision maker's moves: states grouped by the options it does not control (sorting by
// that part of the pattern), every ordered pair within a group a candidate.
Moves moves_of(const Model& model, std::size_t decision_maker) {
  const Pattern own = options_of(model, decision_maker);
  std::vector<std::pair<Pattern, StateIndex>> by_others;
  by_others.reserve(model.states.size());
  for (std::size_t s = 0; s < model.states.size(); ++s) {
    by_others.emplace_back(model.states[s] & ~own, static_cast<StateIndex>(s));
  }
  std::sort(by_others.begin(), by_others.end());
  std::vector<std::pair<StateIndex, StateIndex>> arcs;
  for (std::size_t begin = 0; begin < by_others.size();) {
    std::size_t end = begin + 1;
    while (end < by_others.size() && by_others[end].first == by_others[begin].first) ++end;
    for (std::size_t a = begin; a < end; ++a) {
      for (std::size_t b = begin; b < end; ++b) {
        const StateIndex from = by_others[a].second;
        const StateIndex to = by_others[b].second;
        if (a != b && move_allowed(model, model.states[from], model.states[to])) {
          arcs.emplace_back(from, to);
        }
      }
    }
    begin = end;
  }
  return Moves::from_arcs(model.states.size(), std::move(arcs));
}

}  // namespace

Graph graph_of(const Model& model) {
  validate(model);
  Graph graph;
  graph.state_count = model.states.size();
  for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
    graph.moves.push_back(moves_of(model, i));
    graph.payoff.push_back(model.decision_makers[i].payoff);
  }
  return graph;
}

void validate(const Graph& graph) {
  std::vector<Diagnostic> problems;
  auto problem = [&problems](std::string field, std::string message) {
    problems.push_back(Diagnostic{"", 0, 0, std::move(field), std::move(message)});
  };
  if (graph.moves.size() < 2) problem("moves", "a conflict needs at least two decision makers");
  if (graph.payoff.size() != graph.moves.size()) {
    problem("payoff", fmt::format("{} payoff lists for {} decision makers", graph.payoff.size(),
                                  graph.moves.size()));
  }
  for (std::size_t i = 0; i < graph.moves.size(); ++i) {
    if (graph.moves[i].state_count() != graph.state_count) {
      problem(fmt::format("moves[{}]", i),
              fmt::format("moves over {} states in a graph of {}", graph.moves[i].state_count(),
                          graph.state_count));
    }
  }
  for (std::size_t i = 0; i < graph.payoff.size(); ++i) {
    if (graph.payoff[i].size() != graph.state_count) {
      problem(fmt::format("payoff[{}]", i),
              fmt::format("{} payoffs for {} states", graph.payoff[i].size(), graph.state_count));
    }
  }
  if (!problems.empty()) throw InputError(std::move(problems));
}

}  // namespace parley::gmcr
