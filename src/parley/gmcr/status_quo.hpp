#pragma once
// Status quo analysis (docs/gmcr.md; Li, Kilgour & Hipel 2005, "Status quo analysis in the graph
// model for conflict resolution", Journal of the Operational Research Society 56(6), 699–707; Xu,
// Li, Kilgour & Hipel 2009, "A matrix-based approach to searching colored paths in a weighted
// colored multidigraph", Applied Mathematics and Computation 215(1), 353–366): which states the
// conflict can reach from its status quo, and how — the fewest steps from the status quo to each
// chosen state (an equilibrium), each step a decision maker's or a coalition's move with the
// options it changes, so that a report can tell it ("A withdraws x, then B takes y").
//
// Three kinds of transitions, each in legal sequences (no decision maker, or coalition, makes two
// steps in a row; it may move again after another has):
// - unilateral moves (UMs): any move of any decision maker;
// - unilateral improvements (UIs): each move an improvement for the decision maker making it;
// - coalition improvements (CIs): each step a coalition improvement (coalition.hpp) of one of the
//   given coalitions; a coalition of one makes a unilateral improvement, so with every coalition
//   the states reachable by UIs are reachable by CIs. A coalition's step is listed with the
//   members' moves that make it, the fewest there are.

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "parley/gmcr/coalition.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/state_set.hpp"

namespace parley::gmcr {

enum class Transition {
  unilateral_moves,
  unilateral_improvements,
  coalition_improvements,
};
inline constexpr std::array kTransitions{Transition::unilateral_moves,
                                         Transition::unilateral_improvements,
                                         Transition::coalition_improvements};

// An option a move changes: taken (N → Y) or withdrawn (Y → N).
struct OptionChange {
  std::size_t option = 0;  // index into Model::options
  bool taken = false;

  friend bool operator==(const OptionChange&, const OptionChange&) = default;
};

// One decision maker's unilateral move; `changes` in increasing order of option, empty when the
// analysis had no option form (a Graph).
struct Move {
  std::size_t decision_maker = 0;
  StateIndex from = 0;
  StateIndex to = 0;
  std::vector<OptionChange> changes;

  friend bool operator==(const Move&, const Move&) = default;
};

// One step of a path: a coalition (one member for a unilateral move or improvement) moving from a
// state to another, by the members' moves listed (one for a unilateral step).
struct Step {
  Coalition coalition = 0;
  StateIndex from = 0;
  StateIndex to = 0;
  std::vector<Move> moves;

  friend bool operator==(const Step&, const Step&) = default;
};

using Path = std::vector<Step>;

struct StatusQuoOptions {
  // The coalitions whose improvements count for Transition::coalition_improvements; every
  // coalition (every_coalition) when empty.
  std::vector<Coalition> coalitions;
  // Whether to analyse coalition improvements at all (they cost coalition_moves per coalition).
  bool coalition_improvements = true;
};

struct StatusQuo {
  StateIndex status_quo = 0;
  // reachable[transition]: the states reachable from the status quo, the status quo included.
  std::array<StateSet, kTransitions.size()> reachable;
  std::vector<StateIndex> targets;  // as given
  // paths[transition][t]: a path with the fewest steps from the status quo to targets[t] (empty
  // for the status quo itself), or nullopt when the target cannot be reached that way.
  std::array<std::vector<std::optional<Path>>, kTransitions.size()> paths;

  const StateSet& reachable_by(Transition transition) const {
    return reachable[static_cast<std::size_t>(transition)];
  }
  const std::optional<Path>& path_to(Transition transition, std::size_t target) const {
    return paths[static_cast<std::size_t>(transition)][target];
  }
};

// The status quo analysis of a graph: reachable states and fewest-step paths to each target (for
// example the equilibria of analyse_stability) under each transition. Throws InputError for an
// invalid graph, a status quo or target out of range, or an invalid coalition; LimitError as
// coalition_moves does, and as every_coalition does when no coalition is named (more than 12
// decision makers: name the coalitions, or set coalition_improvements to false). UMs and UIs: a
// breadth-first search over (state, last mover) pairs, O(n (m + M)); CIs: coalition_improvements
// for each coalition, then the same search over (state, last coalition) pairs, O(c (m + I)) for c
// coalitions and I coalition improvements in all.
StatusQuo analyse_status_quo(const Graph& graph, StateIndex status_quo,
                             std::vector<StateIndex> targets, const StatusQuoOptions& options = {});

// The same for an option-form model (through graph_of), each move with the options it changes.
StatusQuo analyse_status_quo(const Model& model, StateIndex status_quo,
                             std::vector<StateIndex> targets, const StatusQuoOptions& options = {});

// The options that differ between two states of a model, in increasing order of option.
std::vector<OptionChange> option_changes(const Model& model, StateIndex from, StateIndex to);

}  // namespace parley::gmcr
