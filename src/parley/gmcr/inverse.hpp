#pragma once
// What would make a state stable — the inverse problem of the Graph Model for Conflict Resolution
// (docs/gmcr.md; Kinsara, Kilgour & Hipel 2015, "Inverse approach to the graph model for conflict
// resolution", IEEE Transactions on Systems, Man, and Cybernetics: Systems 45(5), 734–742): the
// smallest changes to the decision makers' preferences that make a chosen state an equilibrium
// under a chosen concept.
//
// A change is counted in swaps: the new preferences are strict rankings, and the cost of a ranking
// is the number of pairs of states the decision maker strictly ordered one way and the ranking
// orders the other way — for a strict preference, the Kendall tau distance, the fewest swaps of
// adjacent states that turn one ranking into the other. A tie may be broken either way at no
// cost (every ranking breaks it one way). Moving the state to the top of every ranking always
// works (no one can improve on it), so an answer exists; the search proves it is the least.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/stability.hpp"

namespace parley::gmcr {

// The inverse search works on bit masks of states (one word up to 64 states, up to 16 beyond): it
// is not attempted beyond this many states.
inline constexpr std::size_t kInverseMaxStates = 1024;

enum class InverseStatus {
  least,       // the preferences returned take the fewest swaps there are
  best_found,  // the node budget ran out: the preferences returned work, fewer swaps may too
  too_large,   // not searched: more than kInverseMaxStates states; nothing returned
};

struct InverseOptions {
  // Nodes of the search (a decision about one state, one placed state of a candidate ranking, one
  // combination tried) before it stops with the best answer found so far.
  std::size_t node_budget = 4'000'000;
};

// A decision maker's new preference: a strict ranking of every state, most preferred first.
struct PreferenceChange {
  std::vector<StateIndex> ranking;
  std::size_t swaps = 0;  // swaps_between(the decision maker's payoffs, ranking)
};

struct Inverse {
  InverseStatus status = InverseStatus::too_large;
  std::size_t swaps = 0;        // in all, the sum over the decision makers
  std::size_t lower_bound = 0;  // no preferences with fewer swaps make the state an equilibrium
  std::vector<PreferenceChange> preferences;  // one per decision maker (empty when too_large)
  std::size_t nodes = 0;                      // search nodes used
};

// The fewest swaps that make `state` an equilibrium under `solution`, with the rankings that do.
// Nash, GMR and SMR stability of a state for a decision maker depend on its own preference only
// (on which states it ranks above the state), so each decision maker is searched on its own: Nash
// exactly by a dynamic programme over its preferred states in groups of equal payoff (O(u²) for
// u states it prefers to the state), GMR and SMR by a branch and bound over which of those stay
// above, from the Nash answer down, at most 2^u nodes. SEQ also depends on the opponents'
// improvements: the totals from the sum of the decision makers' GMR answers (a lower bound, since
// SEQ ⊆ GMR and GMR stability for j depends on j's ranking only) up to the sum of their Nash
// answers (which always works) are tried in turn, each by enumerating every ranking of each
// decision maker within its share of the total, keeping one per distinct effect (the states above
// the state, which of its moves are improvements), and combining them by a branch and bound; the
// first total that works is the least. Throws InputError for an invalid graph or a state out of
// range.
Inverse make_equilibrium(const Graph& graph, StateIndex state, SolutionConcept solution,
                         const InverseOptions& options = {});

// The pairs of states ordered strictly one way by `payoff` (higher is better) and the other way by
// `ranking` (most preferred first, every state once). O(m²).
std::size_t swaps_between(const std::vector<std::int64_t>& payoff,
                          const std::vector<StateIndex>& ranking);

// Payoffs for a ranking, most preferred first: m − 1 for the first state, down to 0.
std::vector<std::int64_t> payoff_of_ranking(const std::vector<StateIndex>& ranking);

}  // namespace parley::gmcr
