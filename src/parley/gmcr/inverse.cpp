#include "parley/gmcr/inverse.hpp"

#include <algorithm>
#include <bit>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/detail/sequences.hpp"

namespace parley::gmcr {

namespace {

using Mask = std::uint64_t;

Mask bit(std::size_t state) {
  return Mask{1} << state;
}

// A candidate preference of one decision maker, as far as stability of the state depends on it:
// the states ranked above the state, and which of its moves are improvements (rows per state).
struct Signature {
  Mask above = 0;
  std::vector<Mask> improves;  // improves[x]: the states y of its moves x → y ranked above x
  friend auto operator<=>(const Signature&, const Signature&) = default;
};

struct Candidate {
  Signature signature;
  std::size_t swaps = 0;
  std::vector<StateIndex> ranking;
};

class InverseSearch {
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
    moves_.assign(n_, std::vector<Mask>(m_, 0));
    above_.assign(n_, std::vector<Mask>(m_, 0));
    opponents_reach_.assign(n_, std::vector<Mask>(m_, 0));
    for (std::size_t j = 0; j < n_; ++j) {
      for (std::size_t x = 0; x < m_; ++x) {
        for (const StateIndex y : graph.moves[j].from(static_cast<StateIndex>(x))) {
          moves_[j][x] |= bit(y);
        }
        for (std::size_t y = 0; y < m_; ++y) {
          if (graph.payoff[j][y] > graph.payoff[j][x]) above_[j][x] |= bit(y);
        }
      }
      detail::Movers opponents(n_, 1);
      opponents[j] = 0;
      const std::vector<StateSet> reach = detail::reachable_sets(conflict, opponents, false);
      for (std::size_t x = 0; x < m_; ++x) {
        reach[x].for_each([&](std::size_t y) { opponents_reach_[j][x] |= bit(y); });
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
    if (solution == SolutionConcept::nash || improvements == 0) return improvements == 0;
    for (Mask rest = improvements; rest != 0; rest &= rest - 1) {
      const auto s1 = static_cast<std::size_t>(std::countr_zero(rest));
      const Mask sanctions = opponents_reach_[j][s1] & ~above;
      if (solution == SolutionConcept::gmr) {
        if (sanctions == 0) return false;
        continue;
      }
      bool found = false;  // SMR: a sanction from which j cannot move above the state
      for (Mask z = sanctions; z != 0 && !found; z &= z - 1) {
        found = (moves_[j][static_cast<std::size_t>(std::countr_zero(z))] & above) == 0;
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
    for (Mask rest = preferred; rest != 0; rest &= rest - 1) {
      order.push_back(static_cast<std::size_t>(std::countr_zero(rest)));
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return graph_.payoff[j][a] > graph_.payoff[j][b];
    });
    // Demoting every state j can move to from the state works for every concept (Nash).
    Mask best = preferred & ~moves_[j][s_];
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
      if (solution != SolutionConcept::nash || (moves_[j][s_] & bit(e)) == 0) {
        const auto added = static_cast<std::size_t>(std::popcount(demoted & above_[j][e]));
        self(self, k + 1, kept | bit(e), demoted, cost + added);
      }
      self(self, k + 1, kept, demoted | bit(e), cost + 1);
    };
    search(search, 0, 0, 0, 0);
    return {best, complete};
  }

  std::size_t cost_of(std::size_t j, Mask kept) const {
    const Mask demoted = above_[j][s_] & ~kept;
    std::size_t cost = static_cast<std::size_t>(std::popcount(demoted));
    for (Mask rest = kept; rest != 0; rest &= rest - 1) {
      const auto a = static_cast<std::size_t>(std::countr_zero(rest));
      cost += static_cast<std::size_t>(std::popcount(demoted & above_[j][a]));
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
      ((kept & bit(x)) != 0 ? top : bottom).push_back(static_cast<StateIndex>(x));
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
    signature.improves.assign(m_, 0);
    for (std::size_t x = 0; x < m_; ++x) {
      if (position[x] < position[s_]) signature.above |= bit(x);
      for (Mask rest = moves_[j][x]; rest != 0; rest &= rest - 1) {
        const auto y = static_cast<std::size_t>(std::countr_zero(rest));
        if (position[y] < position[x]) signature.improves[x] |= bit(y);
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
      for (Mask rest = moves_[i][s_] & above; rest != 0; rest &= rest - 1) {
        const auto s1 = static_cast<std::size_t>(std::countr_zero(rest));
        if ((improvement_reach(i, s1, signatures) & ~above) == 0) return false;
      }
    }
    return true;
  }

  // The states the opponents of i reach from `from` by legal sequences of their improvements.
  Mask improvement_reach(std::size_t i, std::size_t from,
                         const std::vector<const Signature*>& signatures) const {
    // seen[k]: states reached with k as the last mover (k = n: none yet).
    std::vector<Mask> seen(n_ + 1, 0);
    seen[n_] = bit(from);
    Mask reached = 0;
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t last = 0; last <= n_; ++last) {
        for (Mask rest = seen[last]; rest != 0; rest &= rest - 1) {
          const auto x = static_cast<std::size_t>(std::countr_zero(rest));
          for (std::size_t j = 0; j < n_; ++j) {
            if (j == i || j == last) continue;
            const Mask next = signatures[j]->improves[x] & ~seen[j];
            if (next != 0) {
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
      if (remaining == 0) {
        Signature signature = signature_of(j, ranking);
        if (!stable_with(j, signature.above, SolutionConcept::gmr)) return;
        auto [it, inserted] = found.try_emplace(std::move(signature));
        if (inserted || cost < it->second.swaps) {
          it->second.swaps = cost;
          it->second.ranking = ranking;
        }
        return;
      }
      for (Mask rest = remaining; rest != 0; rest &= rest - 1) {
        const auto x = static_cast<std::size_t>(std::countr_zero(rest));
        const auto added =
            static_cast<std::size_t>(std::popcount(remaining & above_[j][x] & ~bit(x)));
        if (cost + added > cap) continue;
        if (!spend()) {
          complete = false;
          return;
        }
        ranking.push_back(static_cast<StateIndex>(x));
        self(self, remaining & ~bit(x), cost + added);
        ranking.pop_back();
      }
    };
    const Mask all = m_ == 64 ? ~Mask{0} : (Mask{1} << m_) - 1;
    place(place, all, 0);
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
  if (graph.state_count > kInverseMaxStates) return Inverse{};
  return InverseSearch(graph, state, solution, options.node_budget).run();
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
