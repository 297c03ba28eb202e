#pragma once
// Bargaining solutions over the rational frontier (frontier points with u_p >= reservation_p for
// every party). Each is a plain value: the package, every party's utility and concession.
//
//   Nash (1950):          argmax Σ_p log(u_p − d_p) over points with u_p > d_p for all p, with
//                         d = reservation, or d_p = max(reservation_p, worst acceptable utility_p).
//   Kalai–Smorodinsky (1975), ideal-scaled: argmax min_p (u_p − r_p)/(U_p − r_p), U_p = best u_p
//                         on the rational frontier (the ideal point); ties: larger Σ u_p.
//   Kalai–Smorodinsky, GENIUS: argmin Σ_{p<q} |u_p − u_q|.
//   Egalitarian (Kalai 1977): argmax min_p (u_p − r_p); ties: larger Σ u_p.
//   Utilitarian:          argmax Σ_p u_p.
// Ties (scores within kScoreTie of each other) go to the point first in the frontier's
// lexicographically ascending order, after the stated secondary criterion.
// concession_p = u_p(ideal package of p) − u_p(solution): p's ideal package is its best
// acceptable package (per issue its best acceptable level), computed in O(Σ L_i·P).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solution_kind.hpp"

namespace parley::bargain {

// Two scores (or utilities) closer than this are tied.
inline constexpr double kScoreTie = 1e-12;

// Per party: best and worst utility over the packages acceptable to every party, and the best
// package (ideal). O(Σ L_i·P). Empty vectors when no package is acceptable to every party.
struct PartyBounds {
  std::vector<double> best;
  std::vector<double> worst;
  std::vector<std::int64_t> best_units, worst_units;  // the same in grid steps (utility_grid.hpp)
  std::vector<Package> ideal;
};
PartyBounds party_bounds(const AdditiveSpace& space);

struct Solution {
  SolutionKind kind = SolutionKind::nash;  // which solution, with its names (solution_kind.hpp)
  Package package;                         // an example package of the point
  std::size_t frontier_index = 0;
  std::vector<double> utility;
  std::vector<double> disagreement;  // d used (reservation unless stated)
  std::vector<double> concession;
  double score = 0.0;  // the maximized (or, for GENIUS KS, minimized) objective
};

enum class NashDisagreement { reservation, max_reservation_worst };
enum class KsDefinition { ideal_scaled, genius_min_pairwise_gap };

// All take a frontier (full or rational) and consider only its rational points; nullopt when
// there is none (empty zone of possible agreement). O(F·P) each (GENIUS KS: O(F·P²)).
std::optional<Solution> nash(const AdditiveSpace& space, const Frontier& frontier,
                             NashDisagreement d = NashDisagreement::reservation);
std::optional<Solution> kalai_smorodinsky(const AdditiveSpace& space, const Frontier& frontier,
                                          KsDefinition definition = KsDefinition::ideal_scaled);
std::optional<Solution> egalitarian(const AdditiveSpace& space, const Frontier& frontier);
std::optional<Solution> utilitarian(const AdditiveSpace& space, const Frontier& frontier);

// The six above, in the order of kSolutionKinds, skipping those that do not exist.
std::vector<Solution> all_solutions(const AdditiveSpace& space, const Frontier& frontier);

// The solution of kind `kind` in `solutions`, or nullptr.
const Solution* find_solution(const std::vector<Solution>& solutions, SolutionKind kind);

}  // namespace parley::bargain
