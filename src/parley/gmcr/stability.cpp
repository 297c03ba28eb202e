#include "parley/gmcr/stability.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "parley/gmcr/detail/sequences.hpp"

namespace parley::gmcr {

namespace {

using detail::Conflict;
using detail::Rank;

// The states stable for `focal` under each concept. O(n × (m + M)) for the three passes.
void stable_states(const Conflict& conflict, std::size_t focal, Stability& result) {
  const std::vector<Rank>& rank = conflict.ranks[focal];
  const Moves& own = conflict.moves_of(focal);
  detail::Movers opponents(conflict.n, 1);
  opponents[focal] = 0;
  // SMR's sanction must also leave the focal decision maker no escape: the best it can reach
  // from the sanctioned state in one move of its own, or the state itself.
  std::vector<Rank> escape(conflict.m);
  for (StateIndex z = 0; z < conflict.m; ++z) {
    escape[z] = rank[z];
    for (const StateIndex w : own.from(z)) escape[z] = std::max(escape[z], rank[w]);
  }
  const std::vector<Rank> gmr_least = detail::least_reachable(conflict, opponents, rank, false);
  const std::vector<Rank> smr_least = detail::least_reachable(conflict, opponents, escape, false);
  const std::vector<Rank> seq_least = detail::least_reachable(conflict, opponents, rank, true);

  std::array<StateSet*, kSolutionConcepts.size()> sets{};
  for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
    result.stable[c].emplace_back(conflict.m);
    sets[c] = &result.stable[c].back();
  }
  for (StateIndex s = 0; s < conflict.m; ++s) {
    bool nash = true;
    bool gmr = true;
    bool smr = true;
    bool seq = true;
    for (const StateIndex improvement : own.from(s)) {
      if (rank[improvement] <= rank[s]) continue;  // not a unilateral improvement
      nash = false;
      gmr = gmr && gmr_least[improvement] <= rank[s];
      smr = smr && smr_least[improvement] <= rank[s];
      seq = seq && seq_least[improvement] <= rank[s];
    }
    const std::array stable{nash, gmr, smr, seq};
    for (std::size_t c = 0; c < stable.size(); ++c) {
      if (stable[c]) sets[c]->insert(s);
    }
  }
}

}  // namespace

void Stability::set_equilibria() {
  for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
    StateSet everyone = stable[c].front();
    for (const StateSet& set : stable[c]) everyone &= set;
    equilibria[c] = std::move(everyone);
  }
}

Stability analyse_stability(const Graph& graph) {
  const Conflict conflict = detail::conflict_of(graph);
  Stability result;
  for (std::size_t focal = 0; focal < conflict.n; ++focal) stable_states(conflict, focal, result);
  result.set_equilibria();
  return result;
}

}  // namespace parley::gmcr
