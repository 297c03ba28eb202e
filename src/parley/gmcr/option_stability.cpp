// analyse_stability(const Model&): the four basic concepts on an option-form model without
// materialising its moves (docs/gmcr.md, "Large option-form models"). The states live in a dense
// array over the 2^K option patterns; a decision maker j's moves from x reach every feasible
// pattern that differs from x only in j's options, its reversible options freely, its only-take
// options only from N to Y and its only-withdraw options only from Y to N — a cone over j's
// options.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "parley/gmcr/detail/sequences.hpp"
#include "parley/gmcr/stability.hpp"

namespace parley::gmcr {

namespace {

using detail::Rank;
inline constexpr StateIndex kNone = static_cast<StateIndex>(-1);
inline constexpr Rank kLowest = -1;  // below every rank: an infeasible pattern

bool dense_enough(std::size_t options, std::size_t states) {
  if (options > 24) return false;
  const std::size_t patterns = std::size_t{1} << options;
  return patterns <= std::max<std::size_t>(16 * states, std::size_t{1} << 16);
}

// The bits of a pattern under a mask, packed to the right (x86's PEXT), by two tables of 2^13.
class Compress {
 public:
  Compress(Pattern mask, std::size_t options)
      : low_bits_(static_cast<unsigned>(std::popcount(mask & kLowMask))) {
    low_.resize(std::size_t{1} << std::min<std::size_t>(options, kHalf));
    for (std::size_t v = 0; v < low_.size(); ++v) low_[v] = extract(v, mask & kLowMask);
    high_.resize(options > kHalf ? std::size_t{1} << (options - kHalf) : 1);
    for (std::size_t v = 0; v < high_.size(); ++v) high_[v] = extract(v, mask >> kHalf);
    size_ = std::size_t{1} << std::popcount(mask & ((Pattern{1} << options) - 1));
  }
  std::uint32_t operator()(Pattern pattern) const {
    return low_[pattern & kLowMask] | (high_[pattern >> kHalf] << low_bits_);
  }
  std::size_t size() const { return size_; }  // the number of packed values

 private:
  static constexpr std::size_t kHalf = 13;
  static constexpr Pattern kLowMask = (Pattern{1} << kHalf) - 1;
  static std::uint32_t extract(Pattern value, Pattern mask) {
    std::uint32_t packed = 0;
    unsigned out = 0;
    for (; mask != 0; mask &= mask - 1, ++out) {
      if ((value & mask & (~mask + 1)) != 0) packed |= std::uint32_t{1} << out;
    }
    return packed;
  }
  unsigned low_bits_;
  std::vector<std::uint32_t> low_;
  std::vector<std::uint32_t> high_;
  std::size_t size_ = 0;
};

// One decision maker's options by the way they may change.
struct Control {
  Pattern own = 0;
  Pattern reversible = 0;
  Pattern take = 0;      // only N → Y
  Pattern withdraw = 0;  // only Y → N
};

// A sum-over-subsets sweep over `control`'s options: afterwards f[p] combines f over every pattern
// a move of that decision maker reaches from p, p included. `merge(into, from)` must combine
// aggregates of disjoint sets of patterns.
template <typename T, typename Merge>
void sweep_cone(std::vector<T>& f, const Control& control, Merge merge) {
  const std::size_t patterns = f.size();
  for (Pattern bits = control.own; bits != 0; bits &= bits - 1) {
    const Pattern bit = bits & (~bits + 1);
    const bool take = (control.take & bit) != 0;
    const bool withdraw = (control.withdraw & bit) != 0;
    for (std::size_t p = 0; p < patterns; ++p) {
      if ((p & bit) != 0) continue;
      const std::size_t q = p | bit;
      if (take) {
        merge(f[p], f[q]);  // from N the option may be taken; from Y it stays
      } else if (withdraw) {
        merge(f[q], f[p]);  // from Y the option may be withdrawn; from N it stays
      } else {
        T both = f[p];
        merge(both, f[q]);
        f[p] = both;
        f[q] = both;
      }
    }
  }
}

// The best and second-best value over a set of patterns, the best's pattern kept so that a
// maximum excluding one pattern (a move must change the state) can be read off.
struct TopTwo {
  Rank best = kLowest;
  Rank second = kLowest;
  std::uint32_t best_pattern = 0;
};

void merge_top_two(TopTwo& into, const TopTwo& from) {
  if (from.best > into.best) {
    into.second = std::max(into.best, from.second);
    into.best = from.best;
    into.best_pattern = from.best_pattern;
  } else {
    into.second = std::max(into.second, from.best);
  }
}

// A state in a mover's group lists, with what the backward search reads of it.
struct Member {
  StateIndex state;
  std::uint32_t pattern;
  Rank rank;  // the mover's
};

// A group during a pass: its states not yet popped are cursor … end − 1, and `kept` (a position,
// or kNone) the one state kept back when every other was popped.
struct Slot {
  std::uint32_t cursor;
  std::uint32_t end;
  std::uint32_t kept;
};

class OptionConflict {
 public:
  explicit OptionConflict(const Model& model)
      : model_(model),
        n_(model.decision_makers.size()),
        m_(model.states.size()),
        patterns_(std::size_t{1} << model.options.size()) {
    for (std::size_t j = 0; j < n_; ++j) {
      ranks_.push_back(detail::ranks_of(model.decision_makers[j].payoff));
      Control control;
      for (std::size_t k = 0; k < model.options.size(); ++k) {
        const Option& option = model.options[k];
        if (option.decision_maker != j) continue;
        const Pattern bit = Pattern{1} << k;
        control.own |= bit;
        switch (option.reversibility) {
          case Reversibility::reversible:
            control.reversible |= bit;
            break;
          case Reversibility::only_take:
            control.take |= bit;
            break;
          case Reversibility::only_withdraw:
            control.withdraw |= bit;
            break;
        }
      }
      controls_.push_back(control);
      build_groups(j);
    }
    slots_.resize(n_);
    rank_rows_.resize(m_ * n_);
    for (std::size_t x = 0; x < m_; ++x) {
      for (std::size_t j = 0; j < n_; ++j) rank_rows_[x * n_ + j] = ranks_[j][x];
    }
  }

  void stable_states(std::size_t focal, Stability& result) {
    const std::vector<Rank>& rank = ranks_[focal];
    const Control& control = controls_[focal];
    // SMR's escape: the best the focal decision maker reaches from a state in one move, or the
    // state itself (a maximum over its cone, the state included).
    std::vector<Rank> cone(patterns_, kLowest);
    for (std::size_t s = 0; s < m_; ++s) cone[model_.states[s]] = rank[s];
    sweep_cone(cone, control, [](Rank& into, Rank from) { into = std::max(into, from); });
    std::vector<Rank> escape(m_);
    for (std::size_t s = 0; s < m_; ++s) escape[s] = cone[model_.states[s]];
    cone = {};

    const std::vector<Rank> gmr = least_reachable(focal, rank, false);
    const std::vector<Rank> smr = least_reachable(focal, escape, false);
    const std::vector<Rank> seq = least_reachable(focal, rank, true);
    // s is unstable under a concept when a move reaches y ≠ s with h(y) > rank(s): for Nash
    // h = rank (an improvement), for the others h = min(rank, least value the opponents can reach
    // from y) (an improvement without a sanction); that least value includes y itself.
    const std::array<const std::vector<Rank>*, 4> least{nullptr, &gmr, &smr, &seq};
    std::vector<TopTwo> top(patterns_);
    for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
      std::fill(top.begin(), top.end(), TopTwo{});
      for (std::size_t s = 0; s < m_; ++s) {
        const Rank h = least[c] == nullptr ? rank[s] : std::min(rank[s], (*least[c])[s]);
        top[model_.states[s]] = {h, kLowest, static_cast<std::uint32_t>(model_.states[s])};
      }
      sweep_cone(top, control, merge_top_two);
      StateSet& stable = result.stable[c].emplace_back(m_);
      for (std::size_t s = 0; s < m_; ++s) {
        const TopTwo& t = top[model_.states[s]];
        const Rank best_move = t.best_pattern == model_.states[s] ? t.second : t.best;
        if (best_move <= rank[s]) stable.insert(s);
      }
    }
  }

 private:
  // States grouped, for mover j, by their pattern without j's reversible options: a group's
  // states are reachable from one another by j's moves; j's one-way options link groups.
  // Within a group, states in increasing order of j's rank.
  void build_groups(std::size_t j) {
    const std::vector<Rank>& rank = ranks_[j];
    std::vector<std::uint32_t> by_rank(m_ + 1, 0);  // counting sort by rank, then by group
    for (std::size_t s = 0; s < m_; ++s) ++by_rank[static_cast<std::size_t>(rank[s]) + 1];
    for (std::size_t r = 0; r < m_; ++r) by_rank[r + 1] += by_rank[r];
    std::vector<StateIndex> ordered(m_);
    for (std::size_t s = 0; s < m_; ++s) {
      ordered[by_rank[static_cast<std::size_t>(rank[s])]++] = static_cast<StateIndex>(s);
    }
    const Compress& key = keys_.emplace_back(~controls_[j].reversible, model_.options.size());
    std::vector<std::uint32_t> start(key.size() + 1, 0);
    for (std::size_t s = 0; s < m_; ++s) ++start[key(model_.states[s]) + 1];
    for (std::size_t g = 0; g < key.size(); ++g) start[g + 1] += start[g];
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    std::vector<StateIndex> members(m_);
    for (const StateIndex s : ordered) members[fill[key(model_.states[s])]++] = s;
    std::vector<Member> listed(m_);
    for (std::size_t c = 0; c < m_; ++c) {
      listed[c] = {members[c], static_cast<std::uint32_t>(model_.states[members[c]]),
                   rank[members[c]]};
    }
    group_start_.push_back(std::move(start));
    members_.push_back(std::move(listed));
  }

  // For each state x: the least value over x itself and the states the opponents of `focal`
  // reach from x by a legal sequence (improvements only for SEQ) — detail::least_reachable with
  // the focal decision maker as a last mover whose pair (x, focal) is where sequences start. The
  // pairs are taken in increasing order of value; the backward search from a pair (y, j) pops the
  // states x from which j moves to y out of j's groups, so each state leaves each mover's lists
  // once and all its pairs (x, k), k ≠ j, are reached then. Only the pairs (x, focal) keep a
  // value; the others need one bit each (reached or not), a word per state.
  std::vector<Rank> least_reachable(std::size_t focal, const std::vector<Rank>& value,
                                    bool improvements_only) {
    if (n_ <= 8) return least_reachable_with<std::uint8_t>(focal, value, improvements_only);
    if (n_ <= 32) return least_reachable_with<std::uint32_t>(focal, value, improvements_only);
    return least_reachable_with<std::uint64_t>(focal, value, improvements_only);
  }

  template <typename Bits>
  std::vector<Rank> least_reachable_with(std::size_t focal, const std::vector<Rank>& value,
                                         bool improvements_only) {
    std::vector<StateIndex> order(m_);
    {
      std::vector<std::uint32_t> count(m_ + 2, 0);
      for (std::size_t s = 0; s < m_; ++s) ++count[static_cast<std::size_t>(value[s]) + 1];
      for (std::size_t r = 0; r + 1 < count.size(); ++r) count[r + 1] += count[r];
      for (std::size_t s = 0; s < m_; ++s) {
        order[count[static_cast<std::size_t>(value[s])]++] = static_cast<StateIndex>(s);
      }
    }
    const Bits everyone =
        static_cast<Bits>(n_ == sizeof(Bits) * 8 ? ~Bits{0} : (Bits{1} << n_) - 1);
    const auto focal_bit = static_cast<Bits>(Bits{1} << focal);
    std::vector<Bits> reached(m_, 0);  // bit k of reached[x]: the pair (x, k) is reached
    std::vector<Rank> result(m_, detail::kNoRank);
    for (std::size_t j = 0; j < n_; ++j) {
      if (j == focal) continue;
      const std::vector<std::uint32_t>& start = group_start_[j];
      slots_[j].resize(start.size() - 1);
      for (std::size_t g = 0; g + 1 < start.size(); ++g)
        slots_[j][g] = {start[g], start[g + 1], kNone};
    }
    // A pair (x, k) to search from, with what the search needs of x at hand: its pattern and
    // k's rank of it (read once when x is reached, not once per pair).
    struct Pending {
      StateIndex state;
      std::uint32_t mover;
      std::uint32_t pattern;
      Rank rank;
    };
    std::vector<Pending> stack;
    Rank current = 0;
    auto reach = [&](StateIndex x, std::uint32_t pattern, std::size_t except) {
      Bits fresh = static_cast<Bits>(everyone & ~reached[x] & ~(Bits{1} << except));
      if (fresh == 0) return;
      reached[x] = static_cast<Bits>(reached[x] | fresh);
      if ((fresh & focal_bit) != 0) {
        result[x] = current;
        fresh = static_cast<Bits>(fresh & ~focal_bit);
      }
      const Rank* row = &rank_rows_[std::size_t{x} * n_];
      for (; fresh != 0; fresh = static_cast<Bits>(fresh & (fresh - 1))) {
        const auto k = static_cast<std::uint32_t>(std::countr_zero(fresh));
        stack.push_back({x, k, pattern, row[k]});
      }
    };
    for (const StateIndex start : order) {
      current = value[start];
      if ((reached[start] & focal_bit) == 0) {
        reached[start] = static_cast<Bits>(reached[start] | focal_bit);
        result[start] = current;
      }
      for (std::size_t j = 0; j < n_; ++j) {
        const auto bit = static_cast<Bits>(Bits{1} << j);
        if (j == focal || (reached[start] & bit) != 0) continue;
        reached[start] = static_cast<Bits>(reached[start] | bit);
        stack.push_back({start, static_cast<std::uint32_t>(j),
                         static_cast<std::uint32_t>(model_.states[start]),
                         rank_rows_[std::size_t{start} * n_ + j]});
        while (!stack.empty()) {
          const Pending pair = stack.back();
          stack.pop_back();
          pop_predecessors(pair.mover, pair.state, pair.pattern, pair.rank, improvements_only,
                           slots_[pair.mover], [&](StateIndex x, std::uint32_t pattern) {
                             reach(x, pattern, pair.mover);
                           });
        }
      }
    }
    return result;
  }

  // Calls f(x, x's pattern) for every state x not yet popped from j's lists from which j moves
  // to y (an improvement for j when improvements_only; y_rank is j's rank of y), and pops it.
  template <typename F>
  void pop_predecessors(std::size_t j, StateIndex y, Pattern pattern, Rank y_rank,
                        bool improvements_only, std::vector<Slot>& slots, F&& f) {
    const Control& control = controls_[j];
    const Pattern base = pattern & ~control.reversible & ~control.take;
    const Pattern taken = pattern & control.take;      // a predecessor has a subset of these
    const Pattern free = control.withdraw & ~pattern;  // and may have any of these as well
    const std::vector<Member>& members = members_[j];
    Pattern sub = taken;
    for (;;) {
      Pattern extra = free;
      for (;;) {
        Slot& slot = slots[keys_[j](base | sub | extra)];
        std::uint32_t c = slot.cursor;
        if (improvements_only) {
          for (; c < slot.end && members[c].rank < y_rank; ++c) {
            f(members[c].state, members[c].pattern);
          }
        } else {
          for (; c < slot.end; ++c) {
            if (members[c].state == y) {
              slot.kept = c;  // y stays: a move goes to another state
            } else {
              f(members[c].state, members[c].pattern);
            }
          }
          if (slot.kept != kNone && members[slot.kept].state != y) {
            const std::uint32_t k = slot.kept;
            slot.kept = kNone;
            f(members[k].state, members[k].pattern);
          }
        }
        slot.cursor = c;
        if (extra == 0) break;
        extra = (extra - 1) & free;
      }
      if (sub == 0) break;
      sub = (sub - 1) & taken;
    }
  }

  const Model& model_;
  std::size_t n_;
  std::size_t m_;
  std::size_t patterns_;
  std::vector<std::vector<Rank>> ranks_;
  std::vector<Control> controls_;
  std::vector<Compress> keys_;  // [j]: a group's key, the pattern without j's reversible options
  std::vector<std::vector<std::uint32_t>> group_start_;  // [j][key]: where key's group starts
  std::vector<std::vector<Member>> members_;             // [j]: states by group, then by j's rank
  std::vector<Rank> rank_rows_;  // [x * n + j]: j's rank of x, every decision maker's together
  std::vector<std::vector<Slot>> slots_;  // [j][key]: a group's state during a pass
};

}  // namespace

Stability analyse_stability(const Model& model) {
  validate(model);
  if (!dense_enough(model.options.size(), model.states.size())) {
    return analyse_stability(graph_of(model));
  }
  OptionConflict conflict(model);
  Stability result;
  for (std::size_t focal = 0; focal < model.decision_makers.size(); ++focal) {
    conflict.stable_states(focal, result);
  }
  result.set_equilibria();
  return result;
}

}  // namespace parley::gmcr
