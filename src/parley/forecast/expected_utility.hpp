#pragma once
// Bueno de Mesquita's expected-utility model of group decisions, as reconstructed by Scholz,
// Calbert & Smith (2011, "Unravelling Bueno De Mesquita's group decision model", Journal of
// Theoretical Politics 23(4)); the equations, the variants and the sources are in docs/forecast.md,
// "The expected-utility model".
//
// Each dimension is an issue of its own, as in the model: per round, every actor weighs a contest
// with every actor at another position (pairwise votes → probability of success → expected
// utilities of challenging and of being challenged, with risk exponents from the actors' security
// levels), accepts the best offer it receives (conflict, then compromise, then capitulation; the
// smallest move within a kind) and moves; all moves of a round are simultaneous. The run stops when
// a round repeats an earlier one exactly (the previous one: converged; an older one: a cycle,
// reported with its start and length, never looped) or at the round limit.
//
// Cost per round for n actors holding m distinct positions: O(n·m + m² + n log k) time (k actors
// moved in the round before), with n·m exponentials for the votes (SIMD, detail/eu_power.hpp) and
// two for each position whose offers an actor weighs (the others are ruled out by bounds), and
// logarithms only for positions new in the round; O(n·m) memory. A workspace reused across runs
// allocates nothing once it has run an issue as large and as long. The powers are computed the
// same way on every machine (no libm), so a run gives the same bits everywhere.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "parley/forecast/model.hpp"

namespace parley::forecast {

// The probability that i prevails over j, from the votes v_k(i, j) = w_k (d_kj^r_k − d_ki^r_k) of
// every actor k (w_k = capability × salience, d on the scale mapped to 0..1, r_k its risk
// exponent).
enum class SuccessProbability {
  // max(0, Σ_k v_k(i, j)) / Σ_k |v_k(i, j)|: the net votes for i over all votes cast on the
  // contest of i and j (the "per contest" column of ../shared/peers/bdm/README.md).
  per_contest,
  // Σ_k max(0, v_k(i, j)) / Σ_k Σ_a Σ_b |v_k(a, b)|: the votes for i over the votes cast on every
  // contest, as in Scholz et al.'s code, whose published results it reproduces (the default).
  all_pairs,
};
const char* to_string(SuccessProbability probability);  // "per contest", "all pairs"

// The offer an actor i receives from an actor j at another position, as i sees the contest:
// E_i = E^i(U_ij), i's expected utility of challenging j; E_j = E^i(U_ji), j's of challenging i.
enum class OfferKind {
  conflict,      // E_j > E_i > 0: both would challenge, i expects to lose; i moves to j
  compromise,    // E_i < 0 < E_j, |E_i| < E_j: i moves toward j by the fraction |E_i| / E_j
  capitulation,  // E_i < 0 < E_j, |E_i| >= E_j: i moves to j
};
const char* to_string(OfferKind kind);  // "conflict", "compromise", "capitulation"

struct ExpectedUtilityOptions {
  SuccessProbability probability = SuccessProbability::all_pairs;
  double q =
      1.0;  // Q in [0, 1]: the probability that j keeps its position when i does not challenge
  double t = 1.0;  // T in [0, 1]: the probability that a move of j without a challenge helps i
  std::size_t round_limit = 100;  // rounds after round 0 at most; at least 1
  // Two rounds count as the same when no position differs by more than tolerance × (high − low).
  // 0 (the default): exactly the same. A tolerance stops runs that near a cycle sooner, but it is
  // a heuristic: the moves hinge on exact ties (actors on one position do not contest), so a
  // round near an earlier one need not go on as that one did.
  double tolerance = 0.0;
};

// An offer an actor accepted in a round.
struct AcceptedOffer {
  std::size_t actor = 0;  // i, the actor that moves
  std::size_t from = 0;   // j, the actor that made the offer
  OfferKind kind = OfferKind::conflict;
  double position = 0;       // i's new position, on the dimension's scale
  double actor_utility = 0;  // E_i = E^i(U_ij)
  double from_utility = 0;   // E_j = E^i(U_ji)
};

// What a report needs of one round besides the positions.
struct ExpectedUtilityRound {
  double median = 0;                  // weighted median of the round's positions (median.hpp)
  double mean = 0;                    // weighted mean
  std::vector<double> risk;           // r_i per actor used in this round; empty in round 0
  std::vector<AcceptedOffer> offers;  // accepted in this round, by actor; empty in round 0
};

// One issue's run. trajectory.dimensions is 1 and rounds[t] goes with trajectory.rounds[t]. Every
// computed round is kept: with Stop::converged the last round equals the one before (nobody
// moved); with Stop::cycle it equals round cycle_start, and cycle_length = last − cycle_start >= 2;
// with Stop::round_limit there are round_limit + 1 rounds and none repeats an earlier one.
struct ExpectedUtilityIssue {
  std::size_t dimension = 0;
  Trajectory trajectory;
  std::vector<ExpectedUtilityRound> rounds;
};

// Runs the model on one dimension of `model` (InputError when the model fails validate(), the
// dimension does not exist or the options are out of range).
ExpectedUtilityIssue run_expected_utility(const Model& model, std::size_t dimension,
                                          const ExpectedUtilityOptions& options = {});
// Runs it on every dimension, each on its own.
std::vector<ExpectedUtilityIssue> run_expected_utility(const Model& model,
                                                       const ExpectedUtilityOptions& options = {});

// Where a run ended, for callers that need no per-round detail (Monte Carlo).
struct ExpectedUtilityOutcome {
  Stop stop = Stop::converged;
  std::size_t rounds = 0;  // rounds computed after round 0
  std::size_t cycle_start = 0;
  std::size_t cycle_length = 0;
  double median = 0;  // of the last round
  double mean = 0;    // of the last round
};

namespace detail {

// The buffers of ExpectedUtilityWorkspace: sized on each run, kept across runs. A round works on
// the actors sorted by position (arrays "by rank") and on the distinct positions they hold (arrays
// "by group": the actors on one position form a group, groups ascend along the scale). Matrices
// "groups²" are row-major with the round's number of groups as their stride.
struct ExpectedUtilityBuffers {
  std::size_t actors = 0;
  std::size_t groups = 0;
  std::size_t previous_groups = 0;  // the groups of the round before
  bool every_offer = false;         // weigh every offer, none ruled out by bounds (tests)
  double low = 0;
  double high = 1;
  std::vector<double> position;          // the current round's positions, by actor, on the scale
  std::vector<double> weight;            // capability × salience, by actor
  std::vector<double> salience;          // by actor
  std::vector<double> risk;              // r of the current round, by actor
  std::vector<double> next;              // positions after the round, by actor
  std::vector<std::size_t> order;        // the actors by rank
  std::vector<std::size_t> movers;       // scratch: the actors that moved in the last round
  std::vector<std::size_t> kept;         // scratch: the others, by rank
  std::vector<unsigned char> moving;     // scratch: by actor, 1 for a mover
  std::vector<std::size_t> group;        // by rank: its group
  std::vector<double> unit;              // by rank: positions mapped to 0..1
  std::vector<double> sorted_weight;     // by rank
  std::vector<double> sorted_salience;   // by rank
  std::vector<double> sorted_risk;       // by rank
  std::vector<double> security;          // by rank: Σ E^j(U_ji) over the others, every r = 1
  std::vector<std::size_t> group_size;   // by group: its actors
  std::vector<std::size_t> group_first;  // by group: its first rank
  std::vector<double> group_unit;        // by group: its position on 0..1
  std::vector<double> group_position;    // by group: its position on the scale
  std::vector<double> group_salience;    // by group: the largest salience of its actors
  std::vector<double> group_least_salience;  // by group: the least
  std::vector<std::size_t> group_before;     // by group: the same position's group the round before
  std::vector<double> group_level;           // by group: the security levels' terms
  std::vector<double> group_exposure;        //   A_g and C_g (S = A_g − s · C_g, fill_eu_risk)
  std::vector<double> previous_position;     // by group of the round before: its position
  std::vector<double> distance;              // groups²: d between positions
  std::vector<double> log_distance;          // groups²: ln d (−∞ on the diagonal)
  std::vector<double> log_near;              // groups²: ln(0.5 − 0.5 d), NaN until needed
  std::vector<double> log_far;               // groups²: ln(0.5 + 0.5 d), NaN until needed
  std::vector<double> previous_log_distance;  // the three of the round before
  std::vector<double> previous_log_near;
  std::vector<double> previous_log_far;
  std::vector<double> prefix;       // (ranks + 1) × groups: sums of w · d^r over the first voters
  std::vector<double> probability;  // groups²: P between positions
  std::vector<std::size_t> split;   // groups²: the voters below, above each midpoint
  std::vector<double> resist;       // groups² [g][h]: 1 − P_hg
  std::vector<double> sender_top;   // groups² [g][h]: the largest s_j (1 − P_gh) of j on h
  std::vector<double> sender_bottom;  // groups² [g][h]: the least
  std::vector<double> moves;  // by group, for the current receiver: |x_h − x_i| (NaN: not weighed)
  std::vector<std::size_t> candidates;   // the positions whose offers a receiver weighs
  std::vector<double> candidate_logs;    // for each: ln(0.5 − 0.5 d), ln(0.5 + 0.5 d)
  std::vector<double> candidate_powers;  // (0.5 − 0.5 d)^r, (0.5 + 0.5 d)^r
  std::vector<double> history;           // rounds × n positions, by actor
  std::vector<std::uint64_t> digest;     // per round, a hash of its positions
  std::vector<double> median;            // per round
  std::vector<double> mean;              // per round
  std::vector<double> risk_history;      // (rounds − 1) × n, by actor
  std::vector<AcceptedOffer> offers;     // every round's, round after round, by actor
  std::vector<std::size_t> offers_end;   // per round, the end of its offers in `offers`
  Stop stop = Stop::converged;
  std::size_t cycle_start = 0;
  std::size_t cycle_length = 0;
};

}  // namespace detail

class ExpectedUtilityWorkspace;

namespace detail {
// For tests: with `every` true, `workspace` weighs every offer each actor receives, none ruled out
// by the bounds that spare their powers; its runs must come out the same to the bit.
void weigh_every_offer(ExpectedUtilityWorkspace& workspace, bool every);
}  // namespace detail

// Runs the model again and again without allocating (Monte Carlo): one workspace per thread.
class ExpectedUtilityWorkspace {
 public:
  // Runs the model on one issue given as columns (one entry per actor): positions on [low, high],
  // capabilities > 0 and saliences in [0, 1], some salience > 0 (InputError otherwise).
  ExpectedUtilityOutcome run(std::span<const double> position, std::span<const double> capability,
                             std::span<const double> salience, double low, double high,
                             const ExpectedUtilityOptions& options = {});
  // Runs it on one dimension of `model` (InputError as run_expected_utility).
  ExpectedUtilityOutcome run(const Model& model, std::size_t dimension,
                             const ExpectedUtilityOptions& options = {});
  // The last run's record, for dimension `dimension` (allocates).
  ExpectedUtilityIssue record(std::size_t dimension = 0) const;
  // The last run's weighted median and mean per round (round 0 first).
  std::span<const double> medians() const { return buffers_.median; }
  std::span<const double> means() const { return buffers_.mean; }

 private:
  friend void detail::weigh_every_offer(ExpectedUtilityWorkspace& workspace, bool every);
  detail::ExpectedUtilityBuffers buffers_;
};

// The model's terms, for tests and for checking a number by hand. Distances are on the scale mapped
// to 0..1; `risk` is the risk exponent r of the actor whose view is taken.
namespace expected_utility {

double success_utility(double distance, double risk);  // U_s = 2 − 4 (0.5 − 0.5 d)^r
double failure_utility(double distance, double risk);  // U_f = 2 − 4 (0.5 + 0.5 d)^r
// U_b = 2 − 4 (0.5 − 0.25 (e + d))^r, e the challenger's distance from the median.
double better_utility(double distance, double median_distance, double risk);
// U_w = 2 − 4 (0.5 + 0.25 (e + d))^r.
double worse_utility(double distance, double median_distance, double risk);
double status_quo_utility(double risk);  // U_sq = 2 − 4 · 0.5^r
// E(U_ij) = s_j (P U_s + (1 − P) U_f) + (1 − s_j) U_s − Q U_sq − (1 − Q)(T U_b + (1 − T) U_w):
// the expected utility of challenging an actor of salience s_j at distance d, with probability of
// success P, e the challenger's distance from the median.
double challenge_utility(double probability, double target_salience, double distance,
                         double median_distance, double risk, double q, double t);
// r = (1 − R/3) / (1 + R/3) with R = (2 S − S_max − S_min) / (S_max − S_min) for a security level
// S (the sum of the others' expected utilities of challenging the actor, all r = 1) among levels
// from S_min to S_max; r = 1 when S_max = S_min. In [0.5, 2].
double risk_exponent(double security, double least, double greatest);
// v_k(i, j) = w_k (d_kj^r_k − d_ki^r_k): the votes of actor k for i over j.
double vote(double weight, double distance_to_i, double distance_to_j, double risk);
// P_ij for every pair, row-major n × n (0 on the diagonal and between actors on one position),
// from positions on 0..1, weights w and risk exponents r. O(n²) time (n log n for the sort).
std::vector<double> success_probabilities(std::span<const double> unit_position,
                                          std::span<const double> weight,
                                          std::span<const double> risk,
                                          SuccessProbability probability);

}  // namespace expected_utility

}  // namespace parley::forecast
