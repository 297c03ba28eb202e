#include "parley/gmcr/stability.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace parley::gmcr {

namespace {

// A decision maker's preference as dense ranks (0 = least preferred, equal payoffs equal ranks):
// only the order matters, and a rank leaves room for the sentinel kNoSanction.
using Rank = std::int32_t;
inline constexpr Rank kNoSanction = std::numeric_limits<Rank>::max();

std::vector<Rank> ranks_of(const std::vector<std::int64_t>& payoff) {
  std::vector<std::int64_t> levels = payoff;
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  std::vector<Rank> ranks(payoff.size());
  for (std::size_t s = 0; s < payoff.size(); ++s) {
    ranks[s] = static_cast<Rank>(std::lower_bound(levels.begin(), levels.end(), payoff[s]) -
                                 levels.begin());
  }
  return ranks;
}

// Everything the passes read: the moves forwards and backwards, and the ranks.
struct Conflict {
  const std::vector<Moves>& moves;       // moves[j].from(x): the states j moves to from x
  std::size_t n = 0;                     // decision makers
  std::size_t m = 0;                     // states
  std::vector<Moves> reverse;            // reverse[j].from(y): the states j moves from to y
  std::vector<std::vector<Rank>> ranks;  // [decision maker][state]

  // Whether j's move x → y may be part of the sequence: any move, or an improvement for j.
  bool usable(std::size_t j, StateIndex x, StateIndex y, bool improvements_only) const {
    return !improvements_only || ranks[j][y] > ranks[j][x];
  }
};

Moves reverse_of(const Moves& moves, std::size_t m) {
  std::vector<std::pair<StateIndex, StateIndex>> arcs;
  arcs.reserve(moves.size());
  for (StateIndex x = 0; x < m; ++x) {
    for (const StateIndex y : moves.from(x)) arcs.emplace_back(y, x);
  }
  return Moves::from_arcs(m, std::move(arcs));
}

// For each state x: the least value[z] over the states z the opponents of `focal` can reach from
// x by a non-empty legal sequence (no decision maker moves twice in a row; with improvements_only,
// each move an improvement for its mover), or kNoSanction when they cannot move from x.
//
// The sequences are paths in the graph of (state, last mover) pairs: from (x, k) every opponent
// j ≠ k moves to (y, j). The least value reachable from each pair, itself included, is found by
// taking the pairs in increasing order of value and searching backwards from each pair not yet
// reached: a pair is reached first from the least value it can reach, and each pair and each
// backward edge is visited once. O(n × (m + M_opponents)) after an O(m log m) sort, for n decision
// makers, m states and M_opponents opponents' moves.
std::vector<Rank> least_reachable(const Conflict& conflict, std::size_t focal,
                                  const std::vector<Rank>& value, bool improvements_only) {
  const std::size_t n = conflict.n;
  const std::size_t m = conflict.m;
  std::vector<StateIndex> order(m);
  std::iota(order.begin(), order.end(), StateIndex{0});
  std::stable_sort(order.begin(), order.end(),
                   [&value](StateIndex a, StateIndex b) { return value[a] < value[b]; });

  std::vector<Rank> least(m * n, kNoSanction);  // least[y * n + j]: from the pair (y, j)
  std::vector<std::size_t> stack;
  for (const StateIndex start : order) {
    for (std::size_t j = 0; j < n; ++j) {
      if (j == focal || least[start * n + j] != kNoSanction) continue;
      least[start * n + j] = value[start];
      stack.push_back(start * n + j);
      while (!stack.empty()) {
        const std::size_t pair = stack.back();
        stack.pop_back();
        const auto y = static_cast<StateIndex>(pair / n);
        const std::size_t mover = pair % n;
        for (const StateIndex x : conflict.reverse[mover].from(y)) {
          if (!conflict.usable(mover, x, y, improvements_only)) continue;
          for (std::size_t k = 0; k < n; ++k) {  // (x, k) → (y, mover) when k ≠ mover
            if (k == focal || k == mover || least[x * n + k] != kNoSanction) continue;
            least[x * n + k] = value[start];
            stack.push_back(x * n + k);
          }
        }
      }
    }
  }

  std::vector<Rank> from_state(m, kNoSanction);  // the first move of a sequence: any opponent
  for (StateIndex x = 0; x < m; ++x) {
    for (std::size_t j = 0; j < n; ++j) {
      if (j == focal) continue;
      for (const StateIndex y : conflict.moves[j].from(x)) {
        if (conflict.usable(j, x, y, improvements_only)) {
          from_state[x] = std::min(from_state[x], least[y * n + j]);
        }
      }
    }
  }
  return from_state;
}

// The states stable for `focal` under each concept. O(n × (m + M)) for the three passes.
void stable_states(const Conflict& conflict, std::size_t focal, Stability& result) {
  const std::vector<Rank>& rank = conflict.ranks[focal];
  const Moves& own = conflict.moves[focal];
  // SMR's sanction must also leave the focal decision maker no escape: the best it can reach
  // from the sanctioned state in one move of its own, or the state itself.
  std::vector<Rank> escape(conflict.m);
  for (StateIndex z = 0; z < conflict.m; ++z) {
    escape[z] = rank[z];
    for (const StateIndex w : own.from(z)) escape[z] = std::max(escape[z], rank[w]);
  }
  const std::vector<Rank> gmr_least = least_reachable(conflict, focal, rank, false);
  const std::vector<Rank> smr_least = least_reachable(conflict, focal, escape, false);
  const std::vector<Rank> seq_least = least_reachable(conflict, focal, rank, true);

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

Stability analyse_stability(const Graph& graph) {
  validate(graph);
  Conflict conflict{graph.moves, graph.decision_maker_count(), graph.state_count, {}, {}};
  for (std::size_t i = 0; i < conflict.n; ++i) {
    conflict.reverse.push_back(reverse_of(graph.moves[i], conflict.m));
    conflict.ranks.push_back(ranks_of(graph.payoff[i]));
  }

  Stability result;
  for (std::size_t focal = 0; focal < conflict.n; ++focal) stable_states(conflict, focal, result);
  for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
    StateSet equilibria = result.stable[c].front();
    for (const StateSet& stable : result.stable[c]) equilibria &= stable;
    result.equilibria[c] = std::move(equilibria);
  }
  return result;
}

}  // namespace parley::gmcr
