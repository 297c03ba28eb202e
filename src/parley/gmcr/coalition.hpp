#pragma once
// Coalition analysis in the Graph Model for Conflict Resolution (docs/gmcr.md): what a group of
// decision makers can do together from a state, and whether a state is stable when decision
// makers may act jointly. Follows Kilgour, Hipel, Fang & Peng (2001), "Coalition analysis in
// group decision support", Group Decision and Negotiation 10(2), 159–175, and Inohara & Hipel
// (2008), "Coalition analysis in the graph model for conflict resolution", Systems Engineering
// 11(4), 343–359:
//
// - R_H(s), the coalition's moves: the states H's members reach from s by a legal sequence of
//   their unilateral moves (no member moves twice in a row, one may move again later);
// - a coalition improvement of H from s: t ∈ R_H(s) that every member of H strictly prefers to s;
// - s is stable for H under coalition Nash (CNash) when H has no coalition improvement from s;
//   under CGMR when every coalition improvement s1 can be answered by the other decision makers
//   N − H, by a legal sequence of their moves from s1, with a state s2 that some member of H does
//   not prefer to s (that member gains nothing by joining, so the coalition does not form); under
//   CSMR when, moreover, H has no coalition move from s2 to a state every member prefers to s;
//   under CSEQ when the answer is a legal sequence of unilateral improvements of N − H.
//
// For a coalition of one these are Nash, GMR, SMR and SEQ; the grand coalition N has no one to
// answer it, so for N the four coincide (no state reachable from s that everyone prefers).

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/gmcr/state_set.hpp"

namespace parley::gmcr {

// A set of decision makers: bit i set when decision maker i is a member (so at most 64).
using Coalition = std::uint64_t;
inline constexpr std::size_t kMaxCoalitionMembers = 64;

inline constexpr Coalition coalition_of(std::size_t decision_maker) {
  return Coalition{1} << decision_maker;
}
inline constexpr bool is_member(Coalition coalition, std::size_t decision_maker) {
  return ((coalition >> decision_maker) & 1U) != 0;
}
inline constexpr std::size_t member_count(Coalition coalition) {
  return static_cast<std::size_t>(std::popcount(coalition));
}

// every_coalition lists 2^n − 1 coalitions; beyond this many decision makers it throws LimitError.
inline constexpr std::size_t kMaxEveryCoalition = 12;

// Every non-empty coalition of `decision_makers`: fewer members first, then in increasing order of
// the bits (for A, B, C: A, B, C, AB, AC, BC, ABC). Throws LimitError above kMaxEveryCoalition.
std::vector<Coalition> every_coalition(std::size_t decision_makers);

// R_H(s) for every state s: the states the coalition's members reach from s by a legal sequence of
// their moves (s itself only when a sequence returns to it). Throws InputError for an empty
// coalition or a member that is not a decision maker, LimitError when the bit vectors would pass
// 1 GiB. O(h (m + M_H) × m / 64) time and O(h m × m / 8) bytes for h members, m states and M_H
// moves of the members.
std::vector<StateSet> coalition_moves(const Graph& graph, Coalition coalition);

// The coalition improvements of H from every state s, in increasing order: the states of R_H(s)
// every member strictly prefers to s. For a coalition of one, the unilateral improvements.
// Same cost and errors as coalition_moves, plus O(h × Σ|R_H(s)|).
std::vector<std::vector<StateIndex>> coalition_improvements(const Graph& graph,
                                                            Coalition coalition);

// The states stable for each analysed coalition under CNash, CGMR, CSMR and CSEQ (indexed by
// SolutionConcept: nash → CNash, …), and the coalition equilibria: the states stable for every
// analysed coalition (with every coalition analysed, a subset of the equilibria of
// analyse_stability, since the coalitions of one are among them).
struct CoalitionStability {
  std::vector<Coalition> coalitions;  // the coalitions analysed, in the order given
  // stable[concept][c]: the states stable for coalitions[c].
  std::array<std::vector<StateSet>, kSolutionConcepts.size()> stable;
  std::array<StateSet, kSolutionConcepts.size()> equilibria;

  const StateSet& stable_for(SolutionConcept solution, std::size_t coalition_index) const {
    return stable[static_cast<std::size_t>(solution)][coalition_index];
  }
  const StateSet& equilibria_under(SolutionConcept solution) const {
    return equilibria[static_cast<std::size_t>(solution)];
  }
  // The states stable for every analysed coalition that has `decision_maker` as a member: those
  // it has no reason to leave, alone or by joining any of them.
  StateSet stable_for_member(SolutionConcept solution, std::size_t decision_maker) const;
};

// Coalition stability of every state for each coalition of `coalitions` (every coalition, by
// every_coalition, when empty). Throws InputError for an invalid graph or coalition, LimitError
// as coalition_moves and every_coalition do. Per coalition H with h members: R_H by
// coalition_moves, 2h passes of the other decision makers' legal sequences
// (O(n (m + M)) each), and for CSMR the other decision makers' R_{N−H} and, per state, one bit
// vector test per state those reach: O(m³ / 64) at worst.
CoalitionStability analyse_coalition_stability(const Graph& graph,
                                               std::vector<Coalition> coalitions = {});

}  // namespace parley::gmcr
