#pragma once
// Private to the gmcr layer: legal sequences of moves by a set of decision makers (docs/gmcr.md)
// on an explicit Graph, shared by the stability, coalition, status quo and inverse analyses.
// A legal sequence is a non-empty sequence of moves by the movers in which no decision maker moves
// twice in a row (but may move again after another has moved); with improvements_only each move is
// a unilateral improvement for the decision maker making it. The sequences are paths in the graph
// of (state, last mover) pairs: from (x, k) every mover j ≠ k moves to (y, j) for y ∈ R_j(x).

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/state_set.hpp"

namespace parley::gmcr::detail {

// A decision maker's preference as dense ranks (0 = least preferred, equal payoffs equal ranks):
// only the order matters, and a rank leaves room for the sentinel kNoRank.
using Rank = std::int32_t;
inline constexpr Rank kNoRank = std::numeric_limits<Rank>::max();

// Dense ranks of one payoff list. O(m log m).
std::vector<Rank> ranks_of(const std::vector<std::int64_t>& payoff);

// Everything the passes read: the moves forwards and backwards, and the ranks.
struct Conflict {
  const std::vector<Moves>* moves = nullptr;  // (*moves)[j].from(x): the states j moves to from x
  std::size_t n = 0;                          // decision makers
  std::size_t m = 0;                          // states
  std::vector<Moves> reverse;                 // reverse[j].from(y): the states j moves from to y
  std::vector<std::vector<Rank>> ranks;       // [decision maker][state]

  const Moves& moves_of(std::size_t j) const { return (*moves)[j]; }
  // Whether j's move x → y may be part of a sequence: any move, or an improvement for j.
  bool usable(std::size_t j, StateIndex x, StateIndex y, bool improvements_only) const {
    return !improvements_only || ranks[j][y] > ranks[j][x];
  }
};

// Validates the graph (throws InputError) and builds the reverse moves and ranks. O(n (m + M)).
Conflict conflict_of(const Graph& graph);

// movers[j] != 0 when decision maker j may move.
using Movers = std::vector<char>;

// For each state x: the least value[z] over the states z the movers can reach from x by a legal
// sequence, or kNoRank when they cannot move from x. Pairs are taken in increasing order of value
// and searched backwards, each pair and each backward edge once: O(n (m + M)) after a sort.
std::vector<Rank> least_reachable(const Conflict& conflict, const Movers& movers,
                                  const std::vector<Rank>& value, bool improvements_only);

// For each state x: R_H(x), the states the movers reach from x by a legal sequence (x itself
// only when a sequence returns to it). The (state, last mover) graph is condensed into strongly
// connected components, whose reachable sets are bit vectors joined in reverse topological order:
// O((p + e) × m / 64) time and O(p × m / 8) bytes for p pairs and e edges. Throws LimitError when
// those bytes would pass kMaxReachBytes.
inline constexpr std::size_t kMaxReachBytes = std::size_t{1} << 30;
std::vector<StateSet> reachable_sets(const Conflict& conflict, const Movers& movers,
                                     bool improvements_only);

}  // namespace parley::gmcr::detail
