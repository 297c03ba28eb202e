#pragma once
// KTAB's Spatial Model of Politics (SMP), as KTAB's `smpc` runs it by default (docs/forecast.md,
// "KTAB's Spatial Model of Politics"): each turn every actor picks the challenge it expects most
// from, the two sides of each challenge interpolate a bargain, and each actor adopts the most
// probable of its options (the status quo or a bargain it is part of). The run stops at the turn
// limit, or once a turn moves the actors less than a fraction of what the first turn moved them.
//
// Positions are worked on each dimension's scale mapped to 0..1, as KTAB does; the trajectory is
// written back on the dimension's own scale. The run is deterministic: the same model and options
// give bitwise the same trajectory whatever the number of threads.
//
// Cost per turn O(n³ + n²·d) time and O(n² + n·d) memory for n actors on d dimensions (KTAB's own
// implementation costs O(n⁴) per turn).

#include <cstddef>
#include <vector>

#include "parley/forecast/model.hpp"

namespace parley::forecast {

// How an actor's difference in utility between two options becomes a vote (KTAB's VotingRule).
enum class VotingRule {
  binary,               // w · clamp(Δu / 1e-8, −1, 1)
  proportional_binary,  // w · (0.8 Δu + 0.2 binary)
  proportional,         // w · Δu (KTAB's default)
  proportional_cubic,   // w · (0.5 Δu + 0.5 Δu³)
  cubic,                // w · Δu³
  asymmetric_prospect,  // w · Δu when Δu < 0, 2/3 · w · Δu when Δu > 0
};

// How the strengths of two coalitions give the probability that one wins (KTAB's VPModel).
enum class VictoryProbability {
  linear,   // c1 / (c1 + c2) (KTAB's default)
  square,   // c1² / (c1² + c2²)
  quartic,  // c1⁴ / (c1⁴ + c2⁴)
  octic,    // c1⁸ / (c1⁸ + c2⁸)
  binary,   // certain beyond a 10% advantage, linear in between
};

// How pairwise victory probabilities give each option's probability (KTAB's PCEModel).
enum class ElectionModel {
  conditional,       // P_i ∝ Π_j p(i > j) (KTAB's default)
  markov_incentive,  // Markov chain, challenges in proportion to their incentive
  markov_uniform,    // Markov chain, uniform challenges
};

// Where risk attitudes R come from the win probabilities p (KTAB's BigRRange).
enum class RiskRange {
  min,  // R = (p − pMin) / (pMax − pMin), in [0, 1]
  mid,  // R = (3p − (pMax + 2 pMin)) / (2 (pMax − pMin)), in [−1/2, 1] (KTAB's default)
  max,  // R = (2p − (pMax + pMin)) / (pMax − pMin), in [−1, 1]
};

// How actor h estimates actor i's risk attitude from its own (KTAB's BigRAdjust).
enum class RiskAdjust {
  none,        // R_h
  one_third,   // (2 R_h + R_i) / 3 (KTAB's default)
  half,        // (R_h + R_i) / 2
  two_thirds,  // (R_h + 2 R_i) / 3
  full,        // R_i
};

// How a third party values joining a contest (KTAB's ThirdPartyCommit).
enum class ThirdPartyCommit { none, semi, full };  // KTAB's default: semi

// How the two sides of a bargain weigh their positions per dimension (KTAB's InterVecBrgn).
enum class BargainWeights {
  s1p1,    // salience · probability
  s2p2,    // salience² · probability² (KTAB's default)
  s2pmax,  // the weaker side moves by its deficit in probability, salience²-weighted
};

struct SmpOptions {
  VotingRule voting_rule = VotingRule::proportional;
  VictoryProbability victory_probability = VictoryProbability::linear;
  ElectionModel election_model = ElectionModel::conditional;
  RiskRange risk_range = RiskRange::mid;
  RiskAdjust risk_adjust = RiskAdjust::one_third;
  ThirdPartyCommit third_party_commit = ThirdPartyCommit::semi;
  BargainWeights bargain_weights = BargainWeights::s2p2;
  std::size_t max_turns = 100;     // stop at this turn
  std::size_t min_turns = 2;       // the change rule applies from this turn on
  double min_change_ratio = 0.02;  // stop when a turn's change is below this part of the first's
  std::size_t threads = 0;         // worker threads; 0: as many as oneTBB has
};

struct SmpForecast {
  Trajectory trajectory;  // round 0 is the input, then one round per turn
  // win_probability[round][actor]: the probability that the actor's position prevails, from the
  // actors' own utilities (KTAB's "winning probabilities"). Actors on one position (within 0.001
  // on the 0..1 scale) share its probability, so a round's values can sum to more than 1.
  std::vector<std::vector<double>> win_probability;
  // change[t] for t ≥ 1: Σ over actors of the Euclidean distance moved in turn t (0..1 scales).
  std::vector<double> change;
};

// Runs the SMP on `model`. Throws std::invalid_argument when the model is not one the SMP can run:
// no dimension or actor, a dimension with high <= low, a position off its scale, a capability
// not above 0, a salience outside [0, 1], or an actor's saliences summing to 0 or above 1.
SmpForecast run_smp(const Model& model, const SmpOptions& options = {});

// The terms of the model, for tests and for anyone checking a number by hand (docs/forecast.md).
namespace smp {

// Salience-weighted distance from `ideal` to `position` (0..1 scales):
// sqrt(Σ_k (s_k (ideal_k − x_k))² / Σ_k s_k²).
double distance(const double* ideal, const double* position, const double* salience,
                std::size_t dimensions);
// Utility of a position at distance d for risk attitude R: (1 − d)(1 + d R), or (1 − d)(1 + R)
// past d = 1.
double utility(double distance, double risk);
// An actor's vote of weight w for option i over option j, which it values u_i and u_j.
double vote(VotingRule rule, double weight, double u_i, double u_j);
// The probability that a coalition of strength c_i beats one of strength c_j.
double victory_probability(VictoryProbability model, double c_i, double c_j);
// Each option's probability, from square matrices (row-major, `options`²): the coalition
// strengths c(i, j) supporting i over j, and the victory probabilities p(i, j) made from them.
std::vector<double> option_probabilities(ElectionModel model, const std::vector<double>& strength,
                                         const std::vector<double>& victory_matrix,
                                         std::size_t options);
// Risk attitudes from win probabilities; all 0 when every probability is the same.
std::vector<double> risk_attitudes(const std::vector<double>& probability, RiskRange range);
// Actor h's estimate of the risk attitude of actor i.
double estimated_risk(RiskAdjust adjust, double own, double other);
// The bargain on one dimension between positions t_i and t_j with saliences s_i, s_j and
// probabilities p_i, p_j (of i winning, and of j winning): {b_i, b_j}, rounded to 4 decimals for
// s1p1 and s2p2.
struct DimensionBargain {
  double initiator = 0;
  double receiver = 0;
};
DimensionBargain bargain(BargainWeights weights, double t_i, double s_i, double p_i, double t_j,
                         double s_j, double p_j);

// The actors' risk attitudes at the model's positions, from the risk-neutral election among them.
std::vector<double> risk_attitudes(const Model& model, const SmpOptions& options = {});

// Actor i's estimate, at the model's positions, of the probability that it prevails over actor j
// and of its expected gain in utility from challenging j rather than keeping the status quo.
struct ChallengeEstimate {
  double probability = 0;
  double gain = 0;
};
ChallengeEstimate challenge(const Model& model, std::size_t i, std::size_t j,
                            const SmpOptions& options = {});

}  // namespace smp

}  // namespace parley::forecast
