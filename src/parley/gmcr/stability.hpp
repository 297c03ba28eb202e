#pragma once
// Stability of every state for every decision maker under the four basic solution concepts of the
// Graph Model for Conflict Resolution (docs/gmcr.md): Nash, general metarationality (GMR),
// symmetric metarationality (SMR) and sequential stability (SEQ), as defined by Fang, Hipel &
// Kilgour (1993) and, in logical form, by Xu, Hipel & Kilgour (2009). With three or more decision
// makers the opponents' sanctions are legal sequences of moves (no decision maker moves twice in
// a row, but may move again later), not single moves by each opponent.

#include <array>
#include <cstddef>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/state_set.hpp"

namespace parley::gmcr {

enum class SolutionConcept {
  nash,  // no unilateral improvement
  gmr,   // every unilateral improvement can be sanctioned by the opponents' legal sequences
  smr,   // GMR, with a sanction the focal decision maker cannot escape by a move of its own
  seq,   // every unilateral improvement can be sanctioned by opponents' legal sequences of
         // unilateral improvements (each move an improvement for its mover)
};
inline constexpr std::array kSolutionConcepts{SolutionConcept::nash, SolutionConcept::gmr,
                                              SolutionConcept::smr, SolutionConcept::seq};

// The states stable for each decision maker under each concept, and the equilibria (the states
// stable for every decision maker).
struct Stability {
  // stable[concept][decision maker], indexed by static_cast<std::size_t>(SolutionConcept).
  std::array<std::vector<StateSet>, kSolutionConcepts.size()> stable;
  std::array<StateSet, kSolutionConcepts.size()> equilibria;

  const StateSet& stable_for(SolutionConcept solution, std::size_t decision_maker) const {
    return stable[static_cast<std::size_t>(solution)][decision_maker];
  }
  const StateSet& equilibria_under(SolutionConcept solution) const {
    return equilibria[static_cast<std::size_t>(solution)];
  }
  // Sets `equilibria` from `stable` (the states stable for every decision maker).
  void set_equilibria();
};

// Validates the graph (throws InputError), then computes every concept for every decision maker
// and state. O(n² × (m + M) + n × m log m) time and O(n × (m + M)) memory for n decision makers,
// m states and M moves in all: for each focal decision maker, three passes over the opponents'
// (state, last mover) graph, each linear in its size.
Stability analyse_stability(const Graph& graph);

// The same for an option-form model, without listing its moves when its option patterns are
// dense enough: a decision maker controlling k options can have 2^k − 1 moves from a state, so a
// model of 2^20 states has hundreds of millions of moves. The states live in arrays over the 2^K
// patterns of the K options. Decision maker j's moves from a state reach the feasible patterns
// that differ only in j's options — its reversible options freely, its one-way options only their
// way: a cone. The opponents' legal sequences are searched as for a graph, but backwards through
// lists of the states that differ only in j's reversible options (ordered by j's rank, for SEQ),
// from which each state is popped once per mover; the focal decision maker's best move is a
// maximum over its cone, found by a sum-over-subsets sweep over its options.
// O(n² m + n m 2^r + K 2^K + n m log m) time and O(n m + 2^K + Σ_j 2^(K − r_j)) memory for n
// decision makers, m states, K options, at most r one-way options and r_j reversible options per
// decision maker. Models whose patterns are sparse (K > 24, or 2^K above both 16 m and 2^16) are
// analysed through graph_of. Validates the model first (throws InputError). The result is
// analyse_stability(graph_of(model))'s.
Stability analyse_stability(const Model& model);

}  // namespace parley::gmcr
