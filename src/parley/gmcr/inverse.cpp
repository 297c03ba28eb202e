#include "parley/gmcr/inverse.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <numeric>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/detail/sequences.hpp"

namespace parley::gmcr {

namespace {

// Sets of states as bit masks: one 64-bit word for models of up to 64 states, W words beyond
// (WideMask<W>, the same operations word by word). The search is written once over both.
template <std::size_t W>
struct WideMask {
  std::array<std::uint64_t, W> word{};
  friend WideMask operator|(WideMask a, const WideMask& b) {
    for (std::size_t k = 0; k < W; ++k) a.word[k] |= b.word[k];
    return a;
  }
  friend WideMask operator&(WideMask a, const WideMask& b) {
    for (std::size_t k = 0; k < W; ++k) a.word[k] &= b.word[k];
    return a;
  }
  friend WideMask operator~(WideMask a) {
    for (std::uint64_t& w : a.word) w = ~w;
    return a;
  }
  WideMask& operator|=(const WideMask& b) { return *this = *this | b; }
  friend auto operator<=>(const WideMask&, const WideMask&) = default;
};

template <class Mask>
Mask bit(std::size_t state) {
  if constexpr (std::is_same_v<Mask, std::uint64_t>) {
    return std::uint64_t{1} << state;
  } else {
    Mask m;
    m.word[state / 64] = std::uint64_t{1} << (state % 64);
    return m;
  }
}

bool none(std::uint64_t m) {
  return m == 0;
}
template <std::size_t W>
bool none(const WideMask<W>& m) {
  return std::all_of(m.word.begin(), m.word.end(), [](std::uint64_t w) { return w == 0; });
}

std::size_t count(std::uint64_t m) {
  return static_cast<std::size_t>(std::popcount(m));
}
template <std::size_t W>
std::size_t count(const WideMask<W>& m) {
  std::size_t c = 0;
  for (const std::uint64_t w : m.word) c += static_cast<std::size_t>(std::popcount(w));
  return c;
}

// The lowest state in a non-empty set, and the set without it.
std::size_t lowest(std::uint64_t m) {
  return static_cast<std::size_t>(std::countr_zero(m));
}
template <std::size_t W>
std::size_t lowest(const WideMask<W>& m) {
  std::size_t k = 0;
  while (m.word[k] == 0) ++k;
  return 64 * k + static_cast<std::size_t>(std::countr_zero(m.word[k]));
}
std::uint64_t without_lowest(std::uint64_t m) {
  return m & (m - 1);
}
template <std::size_t W>
WideMask<W> without_lowest(WideMask<W> m) {
  std::size_t k = 0;
  while (m.word[k] == 0) ++k;
  m.word[k] &= m.word[k] - 1;
  return m;
}

// Every state of a model of m states.
template <class Mask>
Mask all_states(std::size_t m) {
  Mask all{};
  for (std::size_t x = 0; x < m; ++x) all |= bit<Mask>(x);
  return all;
}

// A candidate preference of one decision maker, as far as stability of the state depends on it:
// the states ranked above the state, and which of its moves are improvements (rows per state).
template <class Mask>
struct Signature {
  Mask above{};
  std::vector<Mask> improves;  // improves[x]: the states y of its moves x → y ranked above x
  friend auto operator<=>(const Signature&, const Signature&) = default;
};

template <class Mask>
struct Candidate {
  Signature<Mask> signature;
  std::size_t swaps = 0;
  std::vector<StateIndex> ranking;
};

template <class Mask>
class InverseSearch {
  using Signature = parley::gmcr::Signature<Mask>;
  using Candidate = parley::gmcr::Candidate<Mask>;

 public:
  InverseSearch(const Graph& graph, StateIndex state, SolutionConcept solution,
                std::size_t node_budget)
      : graph_(graph),
        n_(graph.decision_maker_count()),
        m_(graph.state_count),
        s_(state),
        solution_(solution),
        budget_(node_budget) {
    const detail::Conflict conflict = detail::conflict_of(graph);
    moves_.assign(n_, std::vector<Mask>(m_, Mask{}));
    above_.assign(n_, std::vector<Mask>(m_, Mask{}));
    opponents_reach_.assign(n_, std::vector<Mask>(m_, Mask{}));
    for (std::size_t j = 0; j < n_; ++j) {
      for (std::size_t x = 0; x < m_; ++x) {
        for (const StateIndex y : graph.moves[j].from(static_cast<StateIndex>(x))) {
          moves_[j][x] |= bit<Mask>(y);
        }
        for (std::size_t y = 0; y < m_; ++y) {
          if (graph.payoff[j][y] > graph.payoff[j][x]) above_[j][x] |= bit<Mask>(y);
        }
      }
      detail::Movers opponents(n_, 1);
      opponents[j] = 0;
      const std::vector<StateSet> reach = detail::reachable_sets(conflict, opponents, false);
      for (std::size_t x = 0; x < m_; ++x) {
        reach[x].for_each([&](std::size_t y) { opponents_reach_[j][x] |= bit<Mask>(y); });
      }
    }
  }

  Inverse run() {
    Inverse result;
    result.status = InverseStatus::least;
    if (solution_ != SolutionConcept::seq) {
      for (std::size_t j = 0; j < n_; ++j) {
        const auto [above, complete] = least_above(j, solution_);
        if (!complete) result.status = InverseStatus::best_found;
        const std::vector<StateIndex> ranking = ranking_with(j, above);
        const std::size_t swaps = swaps_between(graph_.payoff[j], ranking);
        result.preferences.push_back({ranking, swaps});
        result.swaps += swaps;
        if (complete) result.lower_bound += swaps;
      }
      result.nodes = nodes_;
      return result;
    }
    return run_seq();
  }

 private:
  bool spend() {
    if (nodes_ >= budget_) return false;
    ++nodes_;
    return true;
  }

  // Whether the state is stable for j under a concept other than SEQ, given the states j ranks
  // above it (the rest, the state included, are no better than it for j).
  bool stable_with(std::size_t j, Mask above, SolutionConcept solution) const {
    const Mask improvements = moves_[j][s_] & above;
    if (solution == SolutionConcept::nash || none(improvements)) return none(improvements);
    for (Mask rest = improvements; !none(rest); rest = without_lowest(rest)) {
      const auto s1 = lowest(rest);
      const Mask sanctions = opponents_reach_[j][s1] & ~above;
      if (solution == SolutionConcept::gmr) {
        if (none(sanctions)) return false;
        continue;
      }
      bool found = false;  // SMR: a sanction from which j cannot move above the state
      for (Mask z = sanctions; !none(z) && !found; z = without_lowest(z)) {
        found = none(moves_[j][lowest(z)] & above);
      }
      if (!found) return false;
    }
    return true;
  }

  // The set of states j keeps above the state at the fewest swaps, among the states it now
  // prefers (keeping another one never helps: docs/gmcr.md), and whether the search finished.
  // Keeping state a and demoting d below the state cost one swap per demoted state and one per
  // pair with d ≻ a. States decided from j's most preferred down, so a kept state's cost is
  // known when it is decided.
  std::pair<Mask, bool> least_above(std::size_t j, SolutionConcept solution) {
    const Mask preferred = above_[j][s_];
    std::vector<std::size_t> order;
    for (Mask rest = preferred; !none(rest); rest = without_lowest(rest)) {
      order.push_back(lowest(rest));
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return graph_.payoff[j][a] > graph_.payoff[j][b];
    });
    // The least Nash answer works for every concept (Nash ⊆ SMR ⊆ GMR): the bound to beat.
    Mask best = least_nash_above(j, order);
    if (solution == SolutionConcept::nash) return {best, true};
    std::size_t best_cost = cost_of(j, best);
    bool complete = true;
    auto search = [&](auto&& self, std::size_t k, Mask kept, Mask demoted, std::size_t cost) {
      if (cost >= best_cost) return;
      if (!spend()) {
        complete = false;
        return;
      }
      if (k == order.size()) {
        if (stable_with(j, kept, solution)) {
          best = kept;
          best_cost = cost;
        }
        return;
      }
      const std::size_t e = order[k];
      self(self, k + 1, kept | bit<Mask>(e), demoted, cost + count(demoted & above_[j][e]));
      self(self, k + 1, kept, demoted | bit<Mask>(e), cost + 1);
    };
    search(search, 0, Mask{}, Mask{}, 0);
    return {best, complete};
  }

  // Nash stability for j: none of j's moves from the state is kept above it. Keeping a state costs
  // one swap per demoted state j strictly prefers to it, demoting one costs one swap, so with j's
  // preferred states in tie groups from the most preferred down, only how many of a group are
  // demoted matters (at least the group's moves), and the cost of keeping depends on how many were
  // demoted before: a dynamic programme over (group, states demoted so far), O(u²) for u states
  // above the state. Within a group its moves are demoted first, then its last states.
  Mask least_nash_above(std::size_t j, const std::vector<std::size_t>& order) const {
    const std::size_t u = order.size();
    std::vector<std::size_t> group_start;  // the groups of equal payoff, as ranges of `order`
    for (std::size_t k = 0; k < u; ++k) {
      if (k == 0 || graph_.payoff[j][order[k]] != graph_.payoff[j][order[k - 1]]) {
        group_start.push_back(k);
      }
    }
    group_start.push_back(u);
    const std::size_t groups = group_start.size() - 1;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    // cost[c]: the least cost so far with c states demoted; choice[g][c]: how many of group g were
    // demoted on the way to c.
    std::vector<std::size_t> cost(u + 1, kNone), next(u + 1, kNone);
    std::vector<std::vector<std::size_t>> choice(groups, std::vector<std::size_t>(u + 1, kNone));
    cost[0] = 0;
    for (std::size_t g = 0; g < groups; ++g) {
      const std::size_t size = group_start[g + 1] - group_start[g];
      std::size_t forced = 0;
      for (std::size_t k = group_start[g]; k < group_start[g + 1]; ++k) {
        forced += none(moves_[j][s_] & bit<Mask>(order[k])) ? 0 : 1;
      }
      std::fill(next.begin(), next.end(), kNone);
      for (std::size_t c = 0; c <= group_start[g]; ++c) {
        if (cost[c] == kNone) continue;
        for (std::size_t x = forced; x <= size; ++x) {  // x of the group demoted
          const std::size_t total = cost[c] + x + (size - x) * c;
          if (total < next[c + x]) {
            next[c + x] = total;
            choice[g][c + x] = x;
          }
        }
      }
      std::swap(cost, next);
    }
    std::size_t c =
        static_cast<std::size_t>(std::min_element(cost.begin(), cost.end()) - cost.begin());
    Mask kept{};
    for (std::size_t g = groups; g-- > 0;) {
      const std::size_t x = choice[g][c];
      std::size_t demote = x;
      std::vector<bool> demoted(group_start[g + 1] - group_start[g], false);
      for (std::size_t k = group_start[g]; k < group_start[g + 1]; ++k) {  // the moves first
        if (!none(moves_[j][s_] & bit<Mask>(order[k]))) {
          demoted[k - group_start[g]] = true;
          --demote;
        }
      }
      for (std::size_t k = group_start[g + 1]; demote > 0 && k-- > group_start[g];) {
        if (!demoted[k - group_start[g]]) {
          demoted[k - group_start[g]] = true;
          --demote;
        }
      }
      for (std::size_t k = group_start[g]; k < group_start[g + 1]; ++k) {
        if (!demoted[k - group_start[g]]) kept |= bit<Mask>(order[k]);
      }
      c -= x;
    }
    return kept;
  }

  std::size_t cost_of(std::size_t j, Mask kept) const {
    const Mask demoted = above_[j][s_] & ~kept;
    std::size_t cost = count(demoted);
    for (Mask rest = kept; !none(rest); rest = without_lowest(rest)) {
      const auto a = lowest(rest);
      cost += count(demoted & above_[j][a]);
    }
    return cost;
  }

  // A ranking with exactly `kept` above the state and as few swaps as that allows: the kept
  // states in j's order, the state, then the others in j's order (ties by state number).
  std::vector<StateIndex> ranking_with(std::size_t j, Mask kept) const {
    std::vector<StateIndex> top;
    std::vector<StateIndex> bottom;
    for (std::size_t x = 0; x < m_; ++x) {
      if (x == s_) continue;
      (!none(kept & bit<Mask>(x)) ? top : bottom).push_back(static_cast<StateIndex>(x));
    }
    auto by_preference = [&](StateIndex a, StateIndex b) {
      return graph_.payoff[j][a] > graph_.payoff[j][b];
    };
    std::stable_sort(top.begin(), top.end(), by_preference);
    std::stable_sort(bottom.begin(), bottom.end(), by_preference);
    top.push_back(s_);
    top.insert(top.end(), bottom.begin(), bottom.end());
    return top;
  }

  Signature signature_of(std::size_t j, const std::vector<StateIndex>& ranking) const {
    std::vector<std::size_t> position(m_);
    for (std::size_t p = 0; p < m_; ++p) position[ranking[p]] = p;
    Signature signature;
    signature.improves.assign(m_, Mask{});
    for (std::size_t x = 0; x < m_; ++x) {
      if (position[x] < position[s_]) signature.above |= bit<Mask>(x);
      for (Mask rest = moves_[j][x]; !none(rest); rest = without_lowest(rest)) {
        const auto y = lowest(rest);
        if (position[y] < position[x]) signature.improves[x] |= bit<Mask>(y);
      }
    }
    return signature;
  }

  // Whether the state is a SEQ equilibrium when each decision maker j has signatures[j]: every
  // improvement s1 of i from the state has a legal sequence of the opponents' improvements to a
  // state i does not rank above it.
  bool seq_equilibrium(const std::vector<const Signature*>& signatures) const {
    for (std::size_t i = 0; i < n_; ++i) {
      const Mask above = signatures[i]->above;
      for (Mask rest = moves_[i][s_] & above; !none(rest); rest = without_lowest(rest)) {
        const auto s1 = lowest(rest);
        if (none(improvement_reach(i, s1, signatures) & ~above)) return false;
      }
    }
    return true;
  }

  // The states the opponents of i reach from `from` by legal sequences of their improvements.
  Mask improvement_reach(std::size_t i, std::size_t from,
                         const std::vector<const Signature*>& signatures) const {
    // seen[k]: states reached with k as the last mover (k = n: none yet).
    std::vector<Mask> seen(n_ + 1, Mask{});
    seen[n_] = bit<Mask>(from);
    Mask reached{};
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t last = 0; last <= n_; ++last) {
        for (Mask rest = seen[last]; !none(rest); rest = without_lowest(rest)) {
          const auto x = lowest(rest);
          for (std::size_t j = 0; j < n_; ++j) {
            if (j == i || j == last) continue;
            const Mask next = signatures[j]->improves[x] & ~seen[j];
            if (!none(next)) {
              seen[j] |= next;
              reached |= next;
              changed = true;
            }
          }
        }
      }
    }
    return reached;
  }

  // Every ranking of j within `cap` swaps, reduced to distinct signatures whose states above the
  // state pass j's GMR test (needed for SEQ), each with its fewest swaps; false when the budget
  // ran out.
  bool candidates_of(std::size_t j, std::size_t cap, std::vector<Candidate>& out) {
    std::map<Signature, Candidate> found;
    std::vector<StateIndex> ranking;
    bool complete = true;
    auto place = [&](auto&& self, Mask remaining, std::size_t cost) -> void {
      if (!complete) return;
      if (none(remaining)) {
        Signature signature = signature_of(j, ranking);
        if (!stable_with(j, signature.above, SolutionConcept::gmr)) return;
        auto [it, inserted] = found.try_emplace(std::move(signature));
        if (inserted || cost < it->second.swaps) {
          it->second.swaps = cost;
          it->second.ranking = ranking;
        }
        return;
      }
      for (Mask rest = remaining; !none(rest); rest = without_lowest(rest)) {
        const auto x = lowest(rest);
        const auto added = count(remaining & above_[j][x] & ~bit<Mask>(x));
        if (cost + added > cap) continue;
        if (!spend()) {
          complete = false;
          return;
        }
        ranking.push_back(static_cast<StateIndex>(x));
        self(self, remaining & ~bit<Mask>(x), cost + added);
        ranking.pop_back();
      }
    };
    place(place, all_states<Mask>(m_), 0);
    for (auto& [signature, candidate] : found) {
      candidate.signature = signature;
      out.push_back(std::move(candidate));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate& a, const Candidate& b) { return a.swaps < b.swaps; });
    return complete;
  }

  Inverse run_seq() {
    Inverse result;
    // Bounds: each decision maker's GMR answer is a lower bound (SEQ ⊆ GMR, and GMR stability
    // for j depends on j's ranking only); the Nash answers make a SEQ equilibrium.
    std::vector<std::size_t> lower(n_);
    std::vector<Candidate> nash(n_);
    std::vector<Candidate> gmr(n_);
    bool bounds_complete = true;
    for (std::size_t j = 0; j < n_; ++j) {
      const auto [gmr_above, gmr_complete] = least_above(j, SolutionConcept::gmr);
      gmr[j].ranking = ranking_with(j, gmr_above);
      gmr[j].swaps = swaps_between(graph_.payoff[j], gmr[j].ranking);
      gmr[j].signature = signature_of(j, gmr[j].ranking);
      lower[j] = gmr_complete ? gmr[j].swaps : 0;
      bounds_complete = bounds_complete && gmr_complete;
      const auto [nash_above, nash_complete] = least_above(j, SolutionConcept::nash);
      (void)nash_complete;
      nash[j].ranking = ranking_with(j, nash_above);
      nash[j].swaps = swaps_between(graph_.payoff[j], nash[j].ranking);
      nash[j].signature = signature_of(j, nash[j].ranking);
    }
    const std::size_t lower_total = std::accumulate(lower.begin(), lower.end(), std::size_t{0});
    auto total = [](const std::vector<Candidate>& profile) {
      std::size_t sum = 0;
      for (const Candidate& c : profile) sum += c.swaps;
      return sum;
    };
    auto signatures = [](const std::vector<Candidate>& profile) {
      std::vector<const Signature*> pointers;
      for (const Candidate& c : profile) pointers.push_back(&c.signature);
      return pointers;
    };
    std::vector<Candidate> best = nash;
    std::size_t best_swaps = total(nash);
    if (seq_equilibrium(signatures(gmr)) && total(gmr) < best_swaps) {
      best = gmr;
      best_swaps = total(gmr);
    }
    // Deepening: try totals lower_total, lower_total + 1, … below the best known; at each, the
    // candidate rankings of j within the total less the others' lower bounds. The first total
    // with an equilibrium is the least (every smaller one was searched in full).
    bool complete = bounds_complete;
    std::size_t proven = lower_total;  // no profile below this many swaps works
    for (std::size_t limit = lower_total; complete && limit < best_swaps; ++limit) {
      std::vector<std::vector<Candidate>> candidates(n_);
      for (std::size_t j = 0; j < n_ && complete; ++j) {
        complete = candidates_of(j, limit - (lower_total - lower[j]), candidates[j]);
      }
      std::vector<const Signature*> chosen(n_, nullptr);
      std::vector<std::size_t> picked(n_, 0);
      bool found = false;
      auto combine = [&](auto&& self, std::size_t j, std::size_t cost) -> void {
        if (!complete || found) return;
        if (j == n_) {
          if (!spend()) {
            complete = false;
            return;
          }
          if (seq_equilibrium(chosen)) {
            found = true;
            best_swaps = cost;
            for (std::size_t k = 0; k < n_; ++k) best[k] = candidates[k][picked[k]];
          }
          return;
        }
        std::size_t rest_lower = 0;
        for (std::size_t k = j + 1; k < n_; ++k) rest_lower += lower[k];
        for (std::size_t c = 0; c < candidates[j].size() && !found; ++c) {
          if (cost + candidates[j][c].swaps + rest_lower > limit) break;
          chosen[j] = &candidates[j][c].signature;
          picked[j] = c;
          self(self, j + 1, cost + candidates[j][c].swaps);
        }
      };
      if (complete) combine(combine, 0, 0);
      if (complete && !found) proven = limit + 1;
    }
    if (complete) proven = best_swaps;
    result.status = complete ? InverseStatus::least : InverseStatus::best_found;
    result.swaps = best_swaps;
    result.lower_bound = proven;
    for (const Candidate& c : best) result.preferences.push_back({c.ranking, c.swaps});
    result.nodes = nodes_;
    return result;
  }

  const Graph& graph_;
  std::size_t n_;
  std::size_t m_;
  std::size_t s_;
  SolutionConcept solution_;
  std::size_t budget_;
  std::size_t nodes_ = 0;
  std::vector<std::vector<Mask>> moves_;            // [j][x]: R_j(x)
  std::vector<std::vector<Mask>> above_;            // [j][x]: the states j strictly prefers to x
  std::vector<std::vector<Mask>> opponents_reach_;  // [j][x]: R_{N−j}(x), any legal sequence
};

}  // namespace

Inverse make_equilibrium(const Graph& graph, StateIndex state, SolutionConcept solution,
                         const InverseOptions& options) {
  validate(graph);
  if (state >= graph.state_count) {
    throw InputError(
        Diagnostic{"", 0, 0, "state",
                   fmt::format("state {} does not exist ({} states)", state, graph.state_count)});
  }
  const std::size_t m = graph.state_count;
  const std::size_t budget = options.node_budget;
  if (m <= 64) return InverseSearch<std::uint64_t>(graph, state, solution, budget).run();
  if (m <= 128) return InverseSearch<WideMask<2>>(graph, state, solution, budget).run();
  if (m <= 256) return InverseSearch<WideMask<4>>(graph, state, solution, budget).run();
  if (m <= kInverseMaxStates) {
    return InverseSearch<WideMask<kInverseMaxStates / 64>>(graph, state, solution, budget).run();
  }
  return Inverse{};
}

std::size_t swaps_between(const std::vector<std::int64_t>& payoff,
                          const std::vector<StateIndex>& ranking) {
  std::size_t swaps = 0;
  for (std::size_t a = 0; a < ranking.size(); ++a) {
    for (std::size_t b = a + 1; b < ranking.size(); ++b) {
      if (payoff[ranking[b]] > payoff[ranking[a]]) ++swaps;
    }
  }
  return swaps;
}

std::vector<std::int64_t> payoff_of_ranking(const std::vector<StateIndex>& ranking) {
  std::vector<std::int64_t> payoff(ranking.size());
  for (std::size_t p = 0; p < ranking.size(); ++p) {
    payoff[ranking[p]] = static_cast<std::int64_t>(ranking.size() - 1 - p);
  }
  return payoff;
}

}  // namespace parley::gmcr
