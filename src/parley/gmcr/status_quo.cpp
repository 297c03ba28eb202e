#include "parley/gmcr/status_quo.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/detail/sequences.hpp"

namespace parley::gmcr {

namespace {

using detail::Conflict;

constexpr std::size_t kNoNode = static_cast<std::size_t>(-1);

// A breadth-first search over (state, last actor) pairs from the status quo, where an actor (a
// decision maker or a coalition) never takes two steps in a row. `targets_of(a, x, f)` calls f(y)
// for each state actor a steps to from x. Node x * (actors + 1) + a: x reached by a step of a;
// a = actors: the status quo, before any step.
class PairSearch {
 public:
  template <typename Targets>
  PairSearch(std::size_t states, std::size_t actors, StateIndex start, Targets&& targets_of)
      : actors_(actors), parent_(states * (actors + 1), kNoNode), first_(states, kNoNode) {
    const std::size_t width = actors + 1;
    const std::size_t root = std::size_t{start} * width + actors;
    parent_[root] = root;
    first_[start] = root;
    std::vector<std::size_t> queue{root};
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::size_t node = queue[head];
      const auto x = static_cast<StateIndex>(node / width);
      const std::size_t last = node % width;
      for (std::size_t a = 0; a < actors; ++a) {
        if (a == last) continue;
        targets_of(a, x, [&](StateIndex y) {
          const std::size_t next = std::size_t{y} * width + a;
          if (parent_[next] != kNoNode) return;
          parent_[next] = node;
          if (first_[y] == kNoNode) first_[y] = next;
          queue.push_back(next);
        });
      }
    }
  }

  StateSet reached() const {
    StateSet result(first_.size());
    for (std::size_t x = 0; x < first_.size(); ++x) {
      if (first_[x] != kNoNode) result.insert(x);
    }
    return result;
  }

  // The steps (actor, from, to) of a fewest-step path to `target`, or nullopt.
  struct Hop {
    std::size_t actor;
    StateIndex from;
    StateIndex to;
  };
  std::optional<std::vector<Hop>> path_to(StateIndex target) const {
    if (first_[target] == kNoNode) return std::nullopt;
    const std::size_t width = actors_ + 1;
    std::vector<Hop> hops;
    for (std::size_t node = first_[target]; parent_[node] != node; node = parent_[node]) {
      hops.push_back({node % width, static_cast<StateIndex>(parent_[node] / width),
                      static_cast<StateIndex>(node / width)});
    }
    std::reverse(hops.begin(), hops.end());
    return hops;
  }

 private:
  std::size_t actors_;
  std::vector<std::size_t> parent_;  // per node: the node it was reached from (root: itself)
  std::vector<std::size_t> first_;   // per state: the first node reaching it
};

// The fewest unilateral moves of the coalition's members, in a legal sequence, from `from` to
// `to` ≠ `from` (a coalition improvement, so to ∈ R_H(from)).
std::vector<Move> member_moves(const Conflict& conflict, Coalition coalition, StateIndex from,
                               StateIndex to) {
  const PairSearch search(conflict.m, conflict.n, from, [&](std::size_t j, StateIndex x, auto&& f) {
    if (!is_member(coalition, j)) return;
    for (const StateIndex y : conflict.moves_of(j).from(x)) f(y);
  });
  const auto hops = search.path_to(to);
  std::vector<Move> moves;
  for (const auto& hop : hops.value()) moves.push_back({hop.actor, hop.from, hop.to, {}});
  return moves;
}

// A fewest-step path to each target found by `search` (none where it does not reach), each hop
// made a Step by `step`.
template <class Search, class MakeStep>
std::vector<std::optional<Path>> paths_to(const Search& search,
                                          const std::vector<StateIndex>& targets, MakeStep&& step) {
  std::vector<std::optional<Path>> paths;
  for (const StateIndex target : targets) {
    const auto hops = search.path_to(target);
    if (!hops) {
      paths.emplace_back();
      continue;
    }
    Path path;
    for (const auto& hop : *hops) path.push_back(step(hop));
    paths.emplace_back(std::move(path));
  }
  return paths;
}

void check_state(std::size_t state, std::size_t states, const std::string& field) {
  if (state >= states) {
    throw InputError(Diagnostic{"", 0, 0, field,
                                fmt::format("state {} does not exist ({} states)", state, states)});
  }
}

}  // namespace

StatusQuo analyse_status_quo(const Graph& graph, StateIndex status_quo,
                             std::vector<StateIndex> targets, const StatusQuoOptions& options) {
  const Conflict conflict = detail::conflict_of(graph);
  check_state(status_quo, conflict.m, "status_quo");
  for (std::size_t t = 0; t < targets.size(); ++t) {
    check_state(targets[t], conflict.m, fmt::format("targets[{}]", t));
  }
  StatusQuo result;
  result.status_quo = status_quo;
  result.targets = std::move(targets);

  for (const bool improvements : {false, true}) {
    const auto transition =
        improvements ? Transition::unilateral_improvements : Transition::unilateral_moves;
    const PairSearch search(conflict.m, conflict.n, status_quo,
                            [&](std::size_t j, StateIndex x, auto&& f) {
                              for (const StateIndex y : conflict.moves_of(j).from(x)) {
                                if (conflict.usable(j, x, y, improvements)) f(y);
                              }
                            });
    const auto t = static_cast<std::size_t>(transition);
    result.reachable[t] = search.reached();
    result.paths[t] = paths_to(search, result.targets, [](const auto& hop) {
      return Step{
          coalition_of(hop.actor), hop.from, hop.to, {Move{hop.actor, hop.from, hop.to, {}}}};
    });
  }

  const auto t = static_cast<std::size_t>(Transition::coalition_improvements);
  if (!options.coalition_improvements) {
    result.reachable[t] = StateSet(conflict.m);
    result.paths[t].assign(result.targets.size(), std::nullopt);
    return result;
  }
  std::vector<Coalition> coalitions =
      options.coalitions.empty() ? every_coalition(conflict.n) : options.coalitions;
  std::vector<std::vector<std::vector<StateIndex>>> improvements;
  for (std::size_t c = 0; c < coalitions.size(); ++c) {
    if (coalitions[c] == 0 ||
        (conflict.n < kMaxCoalitionMembers && (coalitions[c] >> conflict.n) != 0)) {
      throw InputError(Diagnostic{"", 0, 0, fmt::format("coalitions[{}]", c),
                                  "an empty coalition or one with a member that does not exist"});
    }
    improvements.push_back(coalition_improvements(graph, coalitions[c]));
  }
  const PairSearch search(conflict.m, coalitions.size(), status_quo,
                          [&](std::size_t c, StateIndex x, auto&& f) {
                            for (const StateIndex y : improvements[c][x]) f(y);
                          });
  result.reachable[t] = search.reached();
  result.paths[t] = paths_to(search, result.targets, [&](const auto& hop) {
    return Step{coalitions[hop.actor], hop.from, hop.to,
                member_moves(conflict, coalitions[hop.actor], hop.from, hop.to)};
  });
  return result;
}

std::vector<OptionChange> option_changes(const Model& model, StateIndex from, StateIndex to) {
  check_state(from, model.states.size(), "from");
  check_state(to, model.states.size(), "to");
  std::vector<OptionChange> changes;
  for (Pattern changed = model.states[from] ^ model.states[to]; changed != 0;
       changed &= changed - 1) {
    const auto option = static_cast<std::size_t>(std::countr_zero(changed));
    changes.push_back({option, ((model.states[to] >> option) & 1U) != 0});
  }
  return changes;
}

StatusQuo analyse_status_quo(const Model& model, StateIndex status_quo,
                             std::vector<StateIndex> targets, const StatusQuoOptions& options) {
  StatusQuo result = analyse_status_quo(graph_of(model), status_quo, std::move(targets), options);
  for (auto& paths : result.paths) {
    for (auto& path : paths) {
      if (!path) continue;
      for (Step& step : *path) {
        for (Move& move : step.moves) move.changes = option_changes(model, move.from, move.to);
      }
    }
  }
  return result;
}

}  // namespace parley::gmcr
