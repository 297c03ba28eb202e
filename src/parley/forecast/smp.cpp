#include "parley/forecast/smp.hpp"

#include <tbb/blocked_range.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

#include "parley/core/detail/tsan_sync.hpp"

// Each expression below is written in the order KTAB evaluates it (the file and function of
// KTAB's source are named at each term), so that the run reproduces KTAB's floating-point results
// and with them its choices between near-equal options. Where KTAB computes a term once per
// challenge, per perspective or per logging pass, it is computed here once per turn.

namespace parley::forecast {

namespace smp {

// kmodel.cpp, SMPModel::bvDiff in smp.cpp.
double distance(const double* ideal, const double* position, const double* salience,
                std::size_t dimensions) {
  double weighted = 0;
  double weights = 0;
  for (std::size_t k = 0; k < dimensions; ++k) {
    const double ds = (ideal[k] - position[k]) * salience[k];
    weighted = weighted + ds * ds;
    weights = weights + salience[k] * salience[k];
  }
  return std::sqrt(weighted / weights);
}

// SMPModel::bsUtil (smp.cpp).
double utility(double distance, double risk) {
  if (distance <= 1) return (1 - distance) * (1 + distance * risk);
  return (1 - distance) * (1 + risk);
}

// Model::vote (kmodel.cpp).
double vote(VotingRule rule, double weight, double u_i, double u_j) {
  const double du = u_i - u_j;
  double binary = du / 1e-8;
  binary = binary > 1 ? 1 : binary;
  binary = binary < -1 ? -1 : binary;
  switch (rule) {
    case VotingRule::binary:
      return weight * binary;
    case VotingRule::proportional_binary:
      return weight * ((1 - 0.2) * du + 0.2 * binary);
    case VotingRule::proportional:
      return weight * du;
    case VotingRule::proportional_cubic:
      return weight * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case VotingRule::cubic:
      return weight * (du * du * du);
    case VotingRule::asymmetric_prospect:
      if (du < 0) return weight * du;
      if (du > 0) return (2.0 * weight * du) / 3.0;
      return 0;
  }
  return 0;
}

namespace {

// Model::vProb(VPModel, double, double) (kmodel.cpp): {p(i > j), p(j > i)}.
std::pair<double, double> victory_pair(VictoryProbability model, double c_i, double c_j) {
  double x_i = c_i;
  double x_j = c_j;
  switch (model) {
    case VictoryProbability::linear:
      break;
    case VictoryProbability::square:
      x_i = c_i * c_i;
      x_j = c_j * c_j;
      break;
    case VictoryProbability::quartic:
      x_i = (c_i * c_i) * (c_i * c_i);
      x_j = (c_j * c_j) * (c_j * c_j);
      break;
    case VictoryProbability::octic: {
      const double q_i = (c_i * c_i) * (c_i * c_i);
      const double q_j = (c_j * c_j) * (c_j * c_j);
      x_i = q_i * q_i;
      x_j = q_j * q_j;
      break;
    }
    case VictoryProbability::binary: {
      constexpr double kThreshold = 1.10;
      if (c_i >= kThreshold * c_j) {
        x_i = 1.0;
        x_j = 1e-6;
      } else if (c_j >= kThreshold * c_i) {
        x_i = 1e-6;
        x_j = 1.0;
      } else {
        const double r = c_i / (c_i + c_j);
        x_i = (r * (kThreshold + 1.0) - 1.0) / (kThreshold - 1.0);
        x_j = 1 - x_i;
      }
      break;
    }
  }
  return {x_i / (x_i + x_j), x_j / (x_i + x_j)};
}

}  // namespace

double victory_probability(VictoryProbability model, double c_i, double c_j) {
  return victory_pair(model, c_i, c_j).first;
}

namespace {

// Model::condPCE (kmodel.cpp).
std::vector<double> conditional_election(const std::vector<double>& victory, std::size_t n) {
  std::vector<double> p(n);
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double product = 1.0;
    for (std::size_t j = 0; j < n; ++j) product = product * victory[i * n + j];
    p[i] = product;
  }
  for (const double x : p) total = total + x;
  for (double& x : p) x = x / total;
  return p;
}

constexpr int kMaxMarkovIterations = 1000;  // KTAB's iMax (it throws past it; parley stops)

// Model::markovIncentivePCE (kmodel.cpp).
std::vector<double> markov_incentive_election(const std::vector<double>& strength,
                                              const std::vector<double>& victory, std::size_t n) {
  std::vector<double> incentive(n * n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      incentive[i * n + j] = strength[i * n + j] * victory[i * n + j] + (i == j ? 1e-10 : 0.0);
  std::vector<double> challenge(n * n);  // challenge[i][j]: probability that i challenges j
  for (std::size_t j = 0; j < n; ++j) {
    double sum = 0.0;
    for (std::size_t k = 0; k < n; ++k) sum = sum + incentive[k * n + j];
    for (std::size_t i = 0; i < n; ++i) challenge[i * n + j] = incentive[i * n + j] / sum;
  }
  std::vector<double> p(n, 1.0 / static_cast<double>(n));
  std::vector<double> q(n);
  std::vector<double> contest(n * n);
  double change = 1.0;
  for (int iteration = 0; change > 1e-8 && iteration < kMaxMarkovIterations; ++iteration) {
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) contest[i * n + j] = p[i] * challenge[j * n + i];
    change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double qi = 0.0;
      for (std::size_t j = 0; j < n; ++j)
        qi = qi + victory[i * n + j] * (contest[i * n + j] + contest[j * n + i]);
      q[i] = qi;
      const double c = std::fabs(q[i] - p[i]);
      change = c > change ? c : change;
    }
    for (std::size_t i = 0; i < n; ++i) p[i] = (p[i] + q[i]) / 2.0;
  }
  return p;
}

// Model::markovUniformPCE (kmodel.cpp).
std::vector<double> markov_uniform_election(const std::vector<double>& victory, std::size_t n) {
  std::vector<double> p(n, 1.0 / static_cast<double>(n));
  std::vector<double> q(n);
  double change = 1.0;
  for (int iteration = 0; change > 1e-6 && iteration < kMaxMarkovIterations; ++iteration) {
    change = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double pi = 0.0;
      for (std::size_t j = 0; j < n; ++j) pi = pi + victory[i * n + j] * (p[i] + p[j]);
      q[i] = pi / static_cast<double>(n);
      const double c = std::fabs(q[i] - p[i]);
      change = c > change ? c : change;
    }
    for (std::size_t i = 0; i < n; ++i) p[i] = (p[i] + q[i]) / 2.0;
  }
  return p;
}

}  // namespace

std::vector<double> option_probabilities(ElectionModel model, const std::vector<double>& strength,
                                         const std::vector<double>& victory_matrix,
                                         std::size_t options) {
  switch (model) {
    case ElectionModel::conditional:
      return conditional_election(victory_matrix, options);
    case ElectionModel::markov_incentive:
      return markov_incentive_election(strength, victory_matrix, options);
    case ElectionModel::markov_uniform:
      return markov_uniform_election(victory_matrix, options);
  }
  return {};
}

// Model::bigRfromProb (kmodel.cpp).
std::vector<double> risk_attitudes(const std::vector<double>& probability, RiskRange range) {
  double low = 1.0;
  double high = 0.0;
  for (const double p : probability) {
    low = p < low ? p : low;
    high = p > high ? p : high;
  }
  std::vector<double> risk(probability.size(), 0.0);
  if (!(high > low)) return risk;  // KTAB divides by zero here
  for (std::size_t i = 0; i < probability.size(); ++i) {
    const double p = probability[i];
    switch (range) {
      case RiskRange::min:
        risk[i] = (p - low) / (high - low);
        break;
      case RiskRange::mid:
        risk[i] = (3 * p - (high + 2 * low)) / (2 * (high - low));
        break;
      case RiskRange::max:
        risk[i] = (2 * p - (high + low)) / (high - low);
        break;
    }
  }
  return risk;
}

// Model::estNRA (kmodel.cpp).
double estimated_risk(RiskAdjust adjust, double own, double other) {
  switch (adjust) {
    case RiskAdjust::none:
      return own;
    case RiskAdjust::one_third:
      return ((2.0 * own) + other) / 3.0;
    case RiskAdjust::half:
      return (own + other) / 2;
    case RiskAdjust::two_thirds:
      return (own + (2.0 * other)) / 3.0;
    case RiskAdjust::full:
      return other;
  }
  return own;
}

// SMPActor::interpBrgnSnPm and interpBrgnS2PMax (smp.cpp).
DimensionBargain bargain(BargainWeights weights, double t_i, double s_i, double p_i, double t_j,
                         double s_j, double p_j) {
  constexpr double kMinWeight = 1e-6;
  const auto round4 = [](double x) {
    const int y = static_cast<int>(0.5 + x * 10000.0);
    return static_cast<double>(y) / 10000.0;
  };
  if (weights == BargainWeights::s2pmax) {
    const double d_i = p_j > p_i ? p_j - p_i : 0;
    const double d_j = p_i > p_j ? p_i - p_j : 0;
    const double s_i2 = s_i * s_i;
    const double s_j2 = s_j * s_j;
    const double a_i = (d_i * s_j2) / ((d_i * s_j2) + kMinWeight + ((1 - d_i) * s_i2));
    const double a_j = (d_j * s_i2) / ((d_j * s_i2) + kMinWeight + ((1 - d_j) * s_j2));
    return {t_i + a_i * (t_j - t_i), t_j + a_j * (t_i - t_j)};
  }
  const bool squared = weights == BargainWeights::s2p2;
  const double w_i = squared ? (s_i * s_i) * (p_i * p_i) : s_i * p_i;
  const double w_j = squared ? (s_j * s_j) * (p_j * p_j) : s_j * p_j;
  // With w_i = w_j = 0 each keeps its position; the asymmetric 1e-6 is KTAB's.
  return {round4(((w_i + kMinWeight) * t_i + w_j * t_j) / (w_i + kMinWeight + w_j)),
          round4((w_i * t_i + (kMinWeight + w_j) * t_j) / (w_i + kMinWeight + w_j))};
}

}  // namespace smp

namespace {

using tbb::blocked_range;

constexpr double kMinCoalition = 1e-8;  // Model::coalitions: every coalition's floor
constexpr double kMinContest = 1e-10;   // SMPState::probEduChlg: the principals' floor
constexpr double kMinGain = 1e-5;       // SMPState::bestChallenge: the least gain worth a challenge
constexpr double kSamePosition = 1e-3;  // SMPModel::posTol: positions this close are one
constexpr double kMinFirstChange = 1e-4;  // smpStopFn's minSigDelta, added to turn 1's change

// The model in KTAB's terms: actor-major rows of positions (0..1) and saliences.
struct Actors {
  std::size_t n = 0;
  std::size_t d = 0;
  std::vector<double> salience;      // n × d
  std::vector<double> capability;    // n
  std::vector<double> salience_sum;  // n: Σ_k s_ik, summed in dimension order
};

void check_model(const Model& model) {
  if (model.dimensions.empty()) throw std::invalid_argument("SMP model has no dimension");
  if (model.actors.empty()) throw std::invalid_argument("SMP model has no actor");
  for (const auto& dimension : model.dimensions)
    if (!(dimension.high > dimension.low))
      throw std::invalid_argument("SMP dimension '" + dimension.name + "' has high <= low");
  const std::size_t d = model.dimensions.size();
  for (const auto& actor : model.actors) {
    const std::string who = "SMP actor '" + actor.name + "'";
    if (actor.position.size() != d || actor.salience.size() != d)
      throw std::invalid_argument(who + " does not have one position and salience per dimension");
    if (!(actor.capability > 0) || !std::isfinite(actor.capability))
      throw std::invalid_argument(who + " has a capability not above 0");
    double sum = 0;
    for (std::size_t k = 0; k < d; ++k) {
      const auto& dimension = model.dimensions[k];
      if (!(actor.position[k] >= dimension.low && actor.position[k] <= dimension.high))
        throw std::invalid_argument(who + " has a position off the scale of '" + dimension.name +
                                    "'");
      if (!(actor.salience[k] >= 0 && actor.salience[k] <= 1))
        throw std::invalid_argument(who + " has a salience outside [0, 1]");
      sum = sum + actor.salience[k];
    }
    if (!(sum > 0) || sum > 1 + 1e-12)
      throw std::invalid_argument(who + " has saliences summing to 0 or above 1");
  }
}

// The engine's state for one run: the actors, the options, and per-turn work arrays sized once.
class Run {
 public:
  Run(const Actors& actors, const SmpOptions& options) : a_(actors), o_(options) {
    const std::size_t n = a_.n;
    distance_.resize(n * n);
    distance_t_.resize(n * n);
    risk_.resize(n);
    own_risk_.resize(n);
    own_utility_.resize(n * n);
    status_quo_value_.resize(n);
    challenge_.resize(n);
    next_.resize(n * a_.d);
  }

  // Sets distances, risk attitudes and the value of the status quo for positions `x`.
  void assess(const std::vector<double>& x) {
    const std::size_t n = a_.n;
    const std::size_t d = a_.d;
    parallel(n, [&](std::size_t i) {
      for (std::size_t j = 0; j < n; ++j) {
        const double dij = smp::distance(&x[i * d], &x[j * d], &a_.salience[i * d], d);
        distance_[i * n + j] = dij;
        distance_t_[j * n + i] = dij;
      }
    });
    set_risk();
    parallel(n, [&](std::size_t a) {
      // brgnUtil in smpbcn.cpp: the mean of a's utility of every position, summed in actor order.
      double sum = 0.0;
      for (std::size_t m = 0; m < n; ++m) {
        const double u = smp::utility(distance_[a * n + m], own_risk_[a]);
        own_utility_[a * n + m] = u;
        sum = sum + u;
      }
      status_quo_value_[a] = sum / static_cast<double>(n);
    });
  }

  // The win probability of each actor's position (SMPModel::showVPHistory via SMPState::pDist
  // and State::posProb): a Proportional election among the unique positions, each actor valuing
  // them with its own risk attitude.
  std::vector<double> win_probability(const std::vector<double>& x) const {
    const std::size_t n = a_.n;
    const std::vector<std::size_t> unique = unique_positions(x);
    const std::size_t m = unique.size();
    std::vector<double> u(m * n);  // option-major
    for (std::size_t k = 0; k < m; ++k)
      for (std::size_t i = 0; i < n; ++i) u[k * n + i] = own_utility_[i * n + unique[k]];
    const std::vector<double> p = election(u, m, VotingRule::proportional);
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t which = 0;
      for (std::size_t k = 0; k < m; ++k)
        if (same_position(x, i, unique[k])) which = k;  // the last match, as posProb takes
      out[i] = p[which];
    }
    return out;
  }

  // One turn from positions `x` (assessed): returns the next positions.
  const std::vector<double>& turn(const std::vector<double>& x) {
    choose_challenges(x);
    resolve(x);
    return next_;
  }

  const std::vector<double>& risk() const { return risk_; }

  // Actor i's estimate of challenging j (smp::challenge).
  smp::ChallengeEstimate estimate(std::size_t i, std::size_t j) const {
    std::vector<double> risk(a_.n);
    std::vector<double> u_ni(a_.n);
    std::vector<double> u_nn(a_.n);
    perspective(i, risk, u_ni, u_nn);
    const auto [p, gain] = challenge_value(i, j, risk, u_ni, u_nn);
    return {p, gain};
  }

 private:
  struct Challenge {
    bool made = false;
    std::size_t target = 0;
    std::vector<double> initiator;  // the bargain's position for the initiator (d)
    std::vector<double> receiver;   // and for the target (d)
  };

  template <class F>
  void parallel(std::size_t count, const F& body) const {
    const auto run = [&](const blocked_range<std::size_t>& range) {
      for (std::size_t i = range.begin(); i != range.end(); ++i) body(i);
    };
    parley::detail::parallel_for_synced(blocked_range<std::size_t>(0, count, 1), run);
  }

  bool same_position(const std::vector<double>& x, std::size_t i, std::size_t j) const {
    double s = 0.0;
    for (std::size_t k = 0; k < a_.d; ++k) {
      const double diff = x[i * a_.d + k] - x[j * a_.d + k];
      s = s + diff * diff;
    }
    return std::sqrt(s) < kSamePosition;
  }

  // KBase::ueIndices (kutils.h): the first actor of each group of equivalent positions.
  std::vector<std::size_t> unique_positions(const std::vector<double>& x) const {
    std::vector<std::size_t> unique;
    for (std::size_t i = 0; i < a_.n; ++i) {
      bool found = false;
      for (std::size_t k = 0; !found && k < unique.size(); ++k)
        found = same_position(x, i, unique[k]);
      if (!found) unique.push_back(i);
    }
    return unique;
  }

  // Model::scalarPCE (kmodel.cpp): each option's probability when the actors, weighted by
  // capability, vote over `m` options they value u[option * n + actor].
  std::vector<double> election(const std::vector<double>& u, std::size_t m, VotingRule rule) const {
    const std::size_t n = a_.n;
    std::vector<double> strength(m * m, kMinCoalition);
    std::vector<double> victory(m * m, 0.5);
    for (std::size_t i = 0; i < m; ++i) {
      const double* ui = &u[i * n];
      for (std::size_t j = 0; j < i; ++j) {
        const double* uj = &u[j * n];
        double cij = kMinCoalition;
        double cji = kMinCoalition;
        for (std::size_t k = 0; k < n; ++k) {
          const double v = smp::vote(rule, a_.capability[k], ui[k], uj[k]);
          if (v > 0) cij = cij + v;
          if (v < 0) cji = cji - v;
        }
        strength[i * m + j] = cij;
        strength[j * m + i] = cji;
        std::tie(victory[i * m + j], victory[j * m + i]) =
            smp::victory_pair(o_.victory_probability, cij, cji);
      }
    }
    return smp::option_probabilities(o_.election_model, strength, victory, m);
  }

  // SMPState::setAllAUtil (smp.cpp): the risk-neutral election among all actors' positions
  // (Model::coalitions, Model::probCE2) gives each position's probability, and from those the
  // risk attitudes (Model::bigRfromProb).
  void set_risk() {
    const std::size_t n = a_.n;
    std::vector<double> strength(n * n, kMinCoalition);
    std::vector<double> victory(n * n, 0.5);
    // neutral[i * n + k]: actor k's risk-neutral utility of i's position
    std::vector<double> neutral(n * n);
    for (std::size_t i = 0; i < n * n; ++i) neutral[i] = smp::utility(distance_t_[i], 0.0);
    parallel(n, [&](std::size_t i) {
      const double* ui = &neutral[i * n];
      for (std::size_t j = 0; j < i; ++j) {
        const double* uj = &neutral[j * n];
        double cij = kMinCoalition;
        double cji = kMinCoalition;
        for (std::size_t k = 0; k < n; ++k) {
          const double v = smp::vote(o_.voting_rule, a_.capability[k], ui[k], uj[k]);
          if (v > 0) cij = cij + v;
          if (v < 0) cji = cji - v;
        }
        strength[i * n + j] = cij;
        strength[j * n + i] = cji;
        std::tie(victory[i * n + j], victory[j * n + i]) =
            smp::victory_pair(o_.victory_probability, cij, cji);
      }
    });
    const std::vector<double> p =
        smp::option_probabilities(o_.election_model, strength, victory, n);
    risk_ = smp::risk_attitudes(p, o_.risk_range);
    for (std::size_t i = 0; i < n; ++i)
      own_risk_[i] = smp::estimated_risk(o_.risk_adjust, risk_[i], risk_[i]);
  }

  // SMPState::doBCN's first loop with probEduChlg and bestChallenge (smpbcn.cpp): each actor i
  // estimates, with its own view of everyone's risk attitude, the gain of challenging each j, and
  // takes the first j of greatest gain above 1e-5; the bargain is interpolated from i's view.
  void choose_challenges(const std::vector<double>& x) {
    const std::size_t n = a_.n;
    const std::size_t d = a_.d;
    const auto chunk = [&](const blocked_range<std::size_t>& range) {
      std::vector<double> risk(n);  // i's estimate of each actor's risk attitude
      std::vector<double> u_ni(n);  // i's estimate of n's utility of i's position
      std::vector<double> u_nn(n);  // and of n's own position
      for (std::size_t i = range.begin(); i != range.end(); ++i) {
        perspective(i, risk, u_ni, u_nn);
        Challenge& best = challenge_[i];
        best.made = false;
        double best_gain = -1.00;
        double best_probability = 0;
        for (std::size_t j = 0; j < n; ++j) {
          if (j == i) continue;
          const auto [p, gain] = challenge_value(i, j, risk, u_ni, u_nn);
          if (kMinGain < gain && best_gain < gain) {
            best.made = true;
            best.target = j;
            best_gain = gain;
            best_probability = p;
          }
        }
        if (!best.made) continue;
        const std::size_t j = best.target;
        best.initiator.resize(d);
        best.receiver.resize(d);
        for (std::size_t k = 0; k < d; ++k) {
          const auto b = smp::bargain(o_.bargain_weights, x[i * d + k], a_.salience[i * d + k],
                                      best_probability, x[j * d + k], a_.salience[j * d + k],
                                      1 - best_probability);
          best.initiator[k] = b.initiator;
          best.receiver[k] = b.receiver;
        }
      }
    };
    parley::detail::parallel_for_synced(blocked_range<std::size_t>(0, n, 1), chunk);
  }

  // Actor i's view: its estimate of each actor m's risk attitude, and of m's utility of i's
  // position and of its own.
  void perspective(std::size_t i, std::vector<double>& risk, std::vector<double>& u_ni,
                   std::vector<double>& u_nn) const {
    const std::size_t n = a_.n;
    for (std::size_t m = 0; m < n; ++m) {
      risk[m] = smp::estimated_risk(o_.risk_adjust, risk_[i], risk_[m]);
      u_ni[m] = smp::utility(distance_t_[i * n + m], risk[m]);
      u_nn[m] = smp::utility(distance_[m * n + m], risk[m]);
    }
  }

  // SMPState::probEduChlg(h = i, k = i, i, j) (smpbcn.cpp): i's estimate of the probability that
  // it prevails over j, and of its expected gain from challenging j rather than keeping the status
  // quo. risk[m], u_ni[m], u_nn[m]: i's estimates of m's risk attitude and utility of i's and m's
  // positions.
  std::pair<double, double> challenge_value(std::size_t i, std::size_t j,
                                            const std::vector<double>& risk,
                                            const std::vector<double>& u_ni,
                                            const std::vector<double>& u_nn) const {
    const std::size_t n = a_.n;
    const double* dj = &distance_t_[j * n];  // dj[m]: distance from m's ideal to j's position
    const VotingRule rule = o_.voting_rule;
    const double uii = u_ni[i];
    const double uij = smp::utility(dj[i], risk[i]);
    const double uji = u_ni[j];
    const double ujj = u_nn[j];
    const double status_quo = uii + uij;
    const double u_win = uii + uii;
    const double u_lose = uij + uij;

    const double wi = a_.salience_sum[i] * a_.capability[i];
    const double sj = a_.salience_sum[j];
    const double wj = sj * a_.capability[j];
    const double vi = smp::vote(rule, wi, uii, uij);
    const double vj = smp::vote(rule, wj, uji, ujj);
    double cij = kMinContest;
    double cji = kMinContest;
    if (vi > 0.0) cij = cij + vi;
    if (vi < 0.0) cji = cji - vi;
    if (vj > 0.0) cij = cij + vj;
    if (vj < 0.0) cji = cji - vj;
    const double principals_i = cij;
    const double principals_j = cji;

    for (std::size_t m = 0; m < n; ++m) {
      if (m == i || m == j) continue;
      const double wm = a_.salience_sum[m] * a_.capability[m];
      const double umi = u_ni[m];
      const double umj = smp::utility(dj[m], risk[m]);
      const double umm = u_nn[m];
      // Actor::vProbLittle (kmodel.cpp): the little contest of i and j with m alone joining.
      const double vm = smp::vote(rule, wm, umi, umj);
      const double li = vm > 0 ? principals_i + vm : principals_i;
      const double lj = vm < 0 ? principals_j - vm : principals_j;
      const double pi = li / (li + lj);
      const double pj = 1.0 - pi;
      // Actor::thirdPartyVoteSU (kmodel.cpp): m's utility of joining i against j, or j against
      // i, summed over the three positions of i, j and m.
      double u_im_beats_j = 0;  // m joins i, and i wins
      double u_j_beats_im = 0;
      double u_i_beats_jm = 0;
      double u_jm_beats_i = 0;
      switch (o_.third_party_commit) {
        case ThirdPartyCommit::full:
          u_im_beats_j = umi + umi + umi;
          u_j_beats_im = umj + umj + umj;
          u_i_beats_jm = umi + umi + umi;
          u_jm_beats_i = umj + umj + umj;
          break;
        case ThirdPartyCommit::semi:
          u_im_beats_j = umi + umi + umm;
          u_j_beats_im = umj + umj + umj;
          u_i_beats_jm = umi + umi + umi;
          u_jm_beats_i = umj + umj + umm;
          break;
        case ThirdPartyCommit::none:
          u_im_beats_j = umi + umi + umm;
          u_j_beats_im = umj + umj + umm;
          u_i_beats_jm = umi + umi + umm;
          u_jm_beats_i = umj + umj + umm;
          break;
      }
      const double u_with_i = (pi * u_im_beats_j) + (pj * u_j_beats_im);
      const double u_with_j = (pi * u_i_beats_jm) + (pj * u_jm_beats_i);
      const double v = smp::vote(rule, wm, u_with_i, u_with_j);
      cij = v > 0 ? cij + v : cij;
      cji = v < 0 ? cji - v : cji;
    }
    const double p_ij = cij / (cij + cji);
    const double p_ji = cji / (cij + cji);
    const double u_contest = p_ij * u_win + p_ji * u_lose;
    const double u_challenge = (1 - sj) * u_win + sj * u_contest;
    return {p_ij, u_challenge - status_quo};
  }

  // brgnUtil in SMPState::doBCN (smpbcn.cpp): actor a's mean utility over all actors' positions
  // once challenge c's bargain is in force (the two principals at their bargain positions).
  double bargain_value(std::size_t a, std::size_t initiator, const Challenge& c) const {
    const std::size_t n = a_.n;
    const std::size_t d = a_.d;
    const std::size_t receiver = c.target;
    const double* xa = &current_[a * d];
    const double* sa = &a_.salience[a * d];
    double sum = 0.0;
    sum = sum + smp::utility(smp::distance(xa, c.initiator.data(), sa, d), risk_[a]);
    sum = sum + smp::utility(smp::distance(xa, c.receiver.data(), sa, d), risk_[a]);
    const double* own = &own_utility_[a * n];
    for (std::size_t m = 0; m < n; ++m)
      if (m != initiator && m != receiver) sum = sum + own[m];
    return sum / static_cast<double>(n);
  }

  // The rest of SMPState::doBCN: each actor's options are the status quo and the bargains it is
  // part of, listed as KTAB lists them (for each initiator in turn: its status quo, then its
  // bargain, which also joins the target's list); the actors vote over each list, and the actor
  // adopts the most probable option (the first of equal ones, KBase::ndxMaxAbs).
  void resolve(const std::vector<double>& x) {
    const std::size_t n = a_.n;
    const std::size_t d = a_.d;
    current_ = x;
    // option lists: SIZE_MAX for the status quo, else the initiator of the bargain
    constexpr std::size_t kStatusQuo = static_cast<std::size_t>(-1);
    std::vector<std::vector<std::size_t>> options(n);
    for (std::size_t i = 0; i < n; ++i) {
      options[i].push_back(kStatusQuo);
      if (challenge_[i].made) {
        options[i].push_back(i);
        options[challenge_[i].target].push_back(i);
      }
    }
    // value[b * n + a]: actor a's value of initiator b's bargain
    std::vector<double> value(n * n);
    parallel(n, [&](std::size_t b) {
      if (!challenge_[b].made) return;
      for (std::size_t a = 0; a < n; ++a) value[b * n + a] = bargain_value(a, b, challenge_[b]);
    });
    next_ = x;
    parallel(n, [&](std::size_t k) {
      const std::vector<std::size_t>& list = options[k];
      const std::size_t m = list.size();
      if (m == 1) return;  // the status quo alone
      std::vector<double> u(m * n);
      for (std::size_t o = 0; o < m; ++o) {
        const double* from = list[o] == kStatusQuo ? status_quo_value_.data() : &value[list[o] * n];
        std::copy(from, from + n, &u[o * n]);
      }
      const std::vector<double> p = election(u, m, o_.voting_rule);
      std::size_t chosen = 0;
      double most = -1.0;
      for (std::size_t o = 0; o < m; ++o)
        if (most < std::fabs(p[o])) {
          most = std::fabs(p[o]);
          chosen = o;
        }
      if (list[chosen] == kStatusQuo) return;
      const Challenge& c = challenge_[list[chosen]];
      const std::vector<double>& to = list[chosen] == k ? c.initiator : c.receiver;
      std::copy(to.begin(), to.end(), &next_[k * d]);
    });
  }

  const Actors& a_;
  const SmpOptions& o_;
  std::vector<double> distance_;     // n × n: from i's ideal (its position) to j's position
  std::vector<double> distance_t_;   // its transpose
  std::vector<double> risk_;         // each actor's risk attitude
  std::vector<double> own_risk_;     // each actor's estimate of its own (R_i adjusted by R_i)
  std::vector<double> own_utility_;  // n × n: i's utility of j's position, with own_risk_[i]
  std::vector<double> status_quo_value_;
  std::vector<Challenge> challenge_;
  std::vector<double> current_;
  std::vector<double> next_;
};

// SMPModel::stateDist (smp.cpp): Σ_i |x_i − y_i|.
double change_between(const std::vector<double>& x, const std::vector<double>& y, std::size_t n,
                      std::size_t d) {
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0.0;
    for (std::size_t k = 0; k < d; ++k) {
      const double diff = x[i * d + k] - y[i * d + k];
      s = s + diff * diff;
    }
    total = total + std::sqrt(s);
  }
  return total;
}

// The model in KTAB's terms, and its positions on 0..1 scales (actor-major).
std::pair<Actors, std::vector<double>> prepare(const Model& model) {
  check_model(model);
  Actors actors;
  actors.n = model.actors.size();
  actors.d = model.dimensions.size();
  const std::size_t n = actors.n;
  const std::size_t d = actors.d;
  std::vector<double> x(n * d);
  actors.salience.resize(n * d);
  for (std::size_t i = 0; i < n; ++i) {
    const Actor& actor = model.actors[i];
    actors.capability.push_back(actor.capability);
    double sum = 0.0;
    for (std::size_t k = 0; k < d; ++k) {
      const Dimension& dimension = model.dimensions[k];
      x[i * d + k] = (actor.position[k] - dimension.low) / (dimension.high - dimension.low);
      actors.salience[i * d + k] = actor.salience[k];
      sum = sum + actor.salience[k];
    }
    actors.salience_sum.push_back(sum);
  }
  return {std::move(actors), std::move(x)};
}

}  // namespace

namespace smp {

std::vector<double> risk_attitudes(const Model& model, const SmpOptions& options) {
  const auto [actors, x] = prepare(model);
  Run run(actors, options);
  run.assess(x);
  return run.risk();
}

ChallengeEstimate challenge(const Model& model, std::size_t i, std::size_t j,
                            const SmpOptions& options) {
  const auto [actors, x] = prepare(model);
  if (i >= actors.n || j >= actors.n || i == j)
    throw std::invalid_argument("SMP challenge between actors that are not two of the model's");
  Run run(actors, options);
  run.assess(x);
  return run.estimate(i, j);
}

}  // namespace smp

SmpForecast run_smp(const Model& model, const SmpOptions& options) {
  // Not a structured binding: lambdas below capture both (clang 14 cannot capture bindings).
  std::pair<Actors, std::vector<double>> prepared = prepare(model);
  Actors& actors = prepared.first;
  std::vector<double>& x = prepared.second;
  const std::size_t n = actors.n;
  const std::size_t d = actors.d;
  const auto on_scale = [&](const std::vector<double>& unit) {
    Round round;
    round.positions.resize(n * d);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t k = 0; k < d; ++k) {
        const Dimension& dimension = model.dimensions[k];
        round.positions[i * d + k] =
            dimension.low + unit[i * d + k] * (dimension.high - dimension.low);
      }
    return round;
  };

  SmpForecast out;
  out.trajectory.dimensions = d;
  out.trajectory.stop = Stop::round_limit;
  out.trajectory.rounds.push_back(on_scale(x));
  out.change.push_back(0.0);
  const int threads =
      options.threads == 0 ? tbb::task_arena::automatic : static_cast<int>(options.threads);
  tbb::task_arena arena(threads);
  parley::detail::execute_synced(arena, [&] {
    Run run(actors, options);
    run.assess(x);
    out.win_probability.push_back(run.win_probability(x));
    double first_change = 0;
    // Model::run (kmodel.cpp) with smpStopFn (smp.cpp).
    for (std::size_t turn = 1; turn <= options.max_turns; ++turn) {
      std::vector<double> next = run.turn(x);
      const double change = change_between(next, x, n, d);
      x.swap(next);
      run.assess(x);
      out.trajectory.rounds.push_back(on_scale(x));
      out.win_probability.push_back(run.win_probability(x));
      out.change.push_back(change);
      if (turn == 1) first_change = change + kMinFirstChange;
      if (turn >= options.min_turns && change / first_change < options.min_change_ratio) {
        out.trajectory.stop = Stop::converged;
        break;
      }
    }
  });
  return out;
}

}  // namespace parley::forecast
