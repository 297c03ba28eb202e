#pragma once
// The Graph Model for Conflict Resolution in graph form (docs/gmcr.md): for each decision maker,
// the unilateral moves it can make from each state (a directed graph over the states) and its
// payoff per state. Moves are kept as adjacency lists, O(states + moves) per decision maker, never
// as states × states matrices. graph_of generates them from an option-form Model; a model given
// directly as a graph (arcs per decision maker) uses Moves::from_arcs.

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "parley/gmcr/model.hpp"

namespace parley::gmcr {

using StateIndex = std::uint32_t;

// One decision maker's unilateral moves: the states reachable in one move from each state, in
// increasing order, without the state itself.
class Moves {
 public:
  Moves() = default;
  // The moves of `arcs` (from, to) over states 0 … state_count − 1; repeated arcs count once.
  // Throws InputError for an arc out of range or from a state to itself. O(arcs log arcs).
  static Moves from_arcs(std::size_t state_count,
                         std::vector<std::pair<StateIndex, StateIndex>> arcs);

  std::size_t state_count() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::size_t size() const { return targets_.size(); }  // the number of moves
  std::span<const StateIndex> from(StateIndex state) const {
    return {targets_.data() + offsets_[state], targets_.data() + offsets_[state + 1]};
  }

 private:
  std::vector<std::size_t> offsets_;  // state_count + 1 entries into targets_
  std::vector<StateIndex> targets_;
};

struct Graph {
  std::size_t state_count = 0;
  std::vector<Moves> moves;                       // one per decision maker
  std::vector<std::vector<std::int64_t>> payoff;  // [decision maker][state], higher is better

  std::size_t decision_maker_count() const { return moves.size(); }
};

// The graph of an option-form model: decision maker i moves from s to t (t ≠ s) when t's pattern
// differs from s's only in options i controls (any non-empty subset of them at once) and every
// changed option may change that way (Reversibility). Validates the model first (throws
// InputError). O(n × (m log m + moves)) for n decision makers and m states: states are grouped by
// the options the mover does not control, and each pair within a group is one candidate move.
Graph graph_of(const Model& model);

// Throws InputError when the graph has fewer than two decision makers, a Moves over another
// number of states, or a payoff list of the wrong length. O(n × m).
void validate(const Graph& graph);

}  // namespace parley::gmcr
