#include "parley/gmcr/detail/sequences.hpp"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"

namespace parley::gmcr::detail {

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

namespace {

Moves reverse_of(const Moves& moves, std::size_t m) {
  std::vector<std::pair<StateIndex, StateIndex>> arcs;
  arcs.reserve(moves.size());
  for (StateIndex x = 0; x < m; ++x) {
    for (const StateIndex y : moves.from(x)) arcs.emplace_back(y, x);
  }
  return Moves::from_arcs(m, std::move(arcs));
}

}  // namespace

Conflict conflict_of(const Graph& graph) {
  validate(graph);
  Conflict conflict;
  conflict.moves = &graph.moves;
  conflict.n = graph.decision_maker_count();
  conflict.m = graph.state_count;
  for (std::size_t i = 0; i < conflict.n; ++i) {
    conflict.reverse.push_back(reverse_of(graph.moves[i], conflict.m));
    conflict.ranks.push_back(ranks_of(graph.payoff[i]));
  }
  return conflict;
}

std::vector<Rank> least_reachable(const Conflict& conflict, const Movers& movers,
                                  const std::vector<Rank>& value, bool improvements_only) {
  const std::size_t n = conflict.n;
  const std::size_t m = conflict.m;
  std::vector<StateIndex> order(m);
  std::iota(order.begin(), order.end(), StateIndex{0});
  std::stable_sort(order.begin(), order.end(),
                   [&value](StateIndex a, StateIndex b) { return value[a] < value[b]; });

  std::vector<Rank> least(m * n, kNoRank);  // least[y * n + j]: from the pair (y, j)
  std::vector<std::size_t> stack;
  for (const StateIndex start : order) {
    for (std::size_t j = 0; j < n; ++j) {
      if (movers[j] == 0 || least[start * n + j] != kNoRank) continue;
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
            if (movers[k] == 0 || k == mover || least[x * n + k] != kNoRank) continue;
            least[x * n + k] = value[start];
            stack.push_back(x * n + k);
          }
        }
      }
    }
  }

  std::vector<Rank> from_state(m, kNoRank);  // the first move of a sequence: any mover
  for (StateIndex x = 0; x < m; ++x) {
    for (std::size_t j = 0; j < n; ++j) {
      if (movers[j] == 0) continue;
      for (const StateIndex y : conflict.moves_of(j).from(x)) {
        if (conflict.usable(j, x, y, improvements_only)) {
          from_state[x] = std::min(from_state[x], least[y * n + j]);
        }
      }
    }
  }
  return from_state;
}

std::vector<StateSet> reachable_sets(const Conflict& conflict, const Movers& movers,
                                     bool improvements_only) {
  const std::size_t n = conflict.n;
  const std::size_t m = conflict.m;
  const std::size_t pairs = m * n;
  const std::size_t set_bytes = ((m + 63) / 64) * 8;
  std::size_t mover_count = 0;
  for (const char mover : movers) mover_count += mover != 0 ? 1 : 0;
  if (mover_count * m * set_bytes + m * set_bytes > kMaxReachBytes) {
    throw LimitError(fmt::format(
        "the states reachable by legal sequences of {} decision makers over {} states need {} MiB "
        "of bit vectors, more than the {} MiB allowed: analyse fewer states or smaller coalitions",
        mover_count, m, (mover_count + 1) * m * set_bytes >> 20, kMaxReachBytes >> 20));
  }

  // Tarjan's strongly connected components over the pairs (x, j), j a mover, without recursion;
  // a component is complete only after every component it reaches, so its reachable set (the
  // states of its own pairs and of every component it reaches) can be joined there.
  constexpr std::size_t kUnvisited = static_cast<std::size_t>(-1);
  std::vector<std::size_t> index(pairs, kUnvisited);
  std::vector<std::size_t> low(pairs, 0);
  std::vector<std::size_t> component(pairs, kUnvisited);
  std::vector<char> on_stack(pairs, 0);
  std::vector<std::size_t> tarjan_stack;
  std::vector<StateSet> reach;  // per component
  struct Frame {
    std::size_t pair;
    std::size_t mover;  // the next mover whose moves from this pair's state are looked at
    std::size_t next;   // the next of its moves
  };
  std::vector<Frame> frames;
  std::size_t counter = 0;

  // The successors of a pair: (y, j) for every mover j ≠ the pair's last mover, y ∈ R_j(x).
  auto for_each_successor = [&](std::size_t pair, auto&& f) {
    const auto x = static_cast<StateIndex>(pair / n);
    const std::size_t last = pair % n;
    for (std::size_t j = 0; j < n; ++j) {
      if (movers[j] == 0 || j == last) continue;
      for (const StateIndex y : conflict.moves_of(j).from(x)) {
        if (conflict.usable(j, x, y, improvements_only)) f(std::size_t{y} * n + j);
      }
    }
  };

  for (std::size_t root = 0; root < pairs; ++root) {
    if (movers[root % n] == 0 || index[root] != kUnvisited) continue;
    frames.push_back({root, 0, 0});
    index[root] = low[root] = counter++;
    tarjan_stack.push_back(root);
    on_stack[root] = 1;
    while (!frames.empty()) {
      Frame& frame = frames.back();
      const auto x = static_cast<StateIndex>(frame.pair / n);
      const std::size_t last = frame.pair % n;
      bool descended = false;
      while (!descended && frame.mover < n) {  // frame dangles once a child is pushed
        const std::size_t j = frame.mover;
        if (movers[j] == 0 || j == last) {
          ++frame.mover;
          frame.next = 0;
          continue;
        }
        const auto targets = conflict.moves_of(j).from(x);
        while (frame.next < targets.size()) {
          const StateIndex y = targets[frame.next++];
          if (!conflict.usable(j, x, y, improvements_only)) continue;
          const std::size_t successor = std::size_t{y} * n + j;
          if (index[successor] == kUnvisited) {
            index[successor] = low[successor] = counter++;
            tarjan_stack.push_back(successor);
            on_stack[successor] = 1;
            frames.push_back({successor, 0, 0});
            descended = true;
            break;
          }
          if (on_stack[successor] != 0)
            low[frame.pair] = std::min(low[frame.pair], index[successor]);
        }
        if (!descended) {
          ++frame.mover;
          frame.next = 0;
        }
      }
      if (descended) continue;
      const std::size_t pair = frame.pair;
      frames.pop_back();
      if (!frames.empty()) {
        const std::size_t parent = frames.back().pair;
        low[parent] = std::min(low[parent], low[pair]);
      }
      if (low[pair] != index[pair]) continue;
      // The pair roots a component: pop it, then join the states of its pairs and what its
      // successors in other (complete) components reach.
      const std::size_t id = reach.size();
      reach.emplace_back(m);
      std::vector<std::size_t> members;
      for (;;) {
        const std::size_t member = tarjan_stack.back();
        tarjan_stack.pop_back();
        on_stack[member] = 0;
        component[member] = id;
        members.push_back(member);
        if (member == pair) break;
      }
      StateSet joined(m);
      for (const std::size_t member : members) {
        joined.insert(member / n);
        for_each_successor(member, [&](std::size_t successor) {
          if (component[successor] != id) joined |= reach[component[successor]];
        });
      }
      reach[id] = std::move(joined);
    }
  }

  std::vector<StateSet> result(m, StateSet(m));
  for (StateIndex x = 0; x < m; ++x) {
    for (std::size_t j = 0; j < n; ++j) {
      if (movers[j] == 0) continue;
      for (const StateIndex y : conflict.moves_of(j).from(x)) {
        if (conflict.usable(j, x, y, improvements_only)) result[x] |= reach[component[y * n + j]];
      }
    }
  }
  return result;
}

}  // namespace parley::gmcr::detail
