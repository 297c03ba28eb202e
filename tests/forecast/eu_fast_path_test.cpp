// The expected-utility model's fast path (expected_utility.cpp: probabilities from prefix sums,
// powers from logarithms kept across rounds and SIMD exponentials, offers screened by bounds)
// against the model's definitions computed directly: every vote of every actor on every pair of
// actors summed in O(n³), the utilities with std::pow, every offer weighed (docs/forecast.md, "The
// equations"). Also: the exponential's accuracy and its SIMD versions against its scalar one, the
// screening against weighing every offer (to the bit), and Monte Carlo runs of the model against
// the number of threads.

#include <gtest/gtest.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "parley/forecast/detail/eu_power.hpp"
#include "parley/forecast/expected_utility.hpp"
#include "parley/forecast/monte_carlo.hpp"

namespace parley::forecast {
namespace {

// ---------------------------------------------------------------------------------------------
// The model by its definitions.

struct Issue {
  std::vector<double> position, capability, salience;
  double low = 0, high = 10;
};

// b^r with 0^r = 0 (a base below 0 only from rounding).
double power(double base, double r) {
  return base > 0 ? std::pow(base, r) : 0.0;
}

// The lower weighted median: the least position at which the weight of the positions at or below
// it reaches half of the total (docs/forecast.md, "Weighted median"), among weighted actors.
double lower_weighted_median(const std::vector<double>& x, const std::vector<double>& w) {
  double total = 0;
  for (double weight : w) total += weight;
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (!(w[i] > 0)) continue;
    double at_or_below = 0;
    for (std::size_t k = 0; k < x.size(); ++k) {
      if (x[k] <= x[i]) at_or_below += w[k];
    }
    if (at_or_below >= 0.5 * total * (1 - 1e-12)) best = std::min(best, x[i]);
  }
  return best;
}

// P_ij for every pair (row-major), every vote v_k(i, j) = w_k (d_kj^r_k − d_ki^r_k) summed
// directly: O(n³).
std::vector<double> probabilities(const std::vector<double>& y, const std::vector<double>& x,
                                  const std::vector<double>& w, const std::vector<double>& r,
                                  SuccessProbability kind) {
  const std::size_t n = y.size();
  auto vote = [&](std::size_t k, std::size_t i, std::size_t j) {
    return w[k] * (power(std::abs(y[k] - y[j]), r[k]) - power(std::abs(y[k] - y[i]), r[k]));
  };
  double every_vote = 0;
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < n; ++b) every_vote += std::abs(vote(k, a, b));
    }
  }
  std::vector<double> p(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (x[i] == x[j]) continue;  // no contest between actors on one position
      double net = 0, cast = 0, for_i = 0;
      for (std::size_t k = 0; k < n; ++k) {
        const double v = vote(k, i, j);
        net += v;
        cast += std::abs(v);
        for_i += std::max(0.0, v);
      }
      if (kind == SuccessProbability::per_contest) {
        p[i * n + j] = cast > 0 ? std::max(0.0, net) / cast : 0.0;
      } else {
        p[i * n + j] = every_vote > 0 ? for_i / every_vote : 0.0;
      }
    }
  }
  return p;
}

// Eq. 25: the expected utility of challenging an actor of salience s_j at distance d, with
// probability of success p, e the challenger's distance from the median, exponent r.
double expected(double p, double s_j, double d, double e, double r, double q, double t) {
  const double success = 2 - 4 * power(0.5 - 0.5 * d, r);
  const double failure = 2 - 4 * power(0.5 + 0.5 * d, r);
  const double better = 2 - 4 * power(0.5 - 0.25 * (e + d), r);
  const double worse = 2 - 4 * power(0.5 + 0.25 * (e + d), r);
  const double status_quo = 2 - 4 * power(0.5, r);
  return s_j * (p * success + (1 - p) * failure) + (1 - s_j) * success - q * status_quo -
         (1 - q) * (t * better + (1 - t) * worse);
}

struct ReferenceOffer {
  bool any = false;
  bool ambiguous = false;  // a test within 1e-9 of the other answer: not compared
  std::size_t from = 0;
  OfferKind kind = OfferKind::conflict;
  double position = 0, e_i = 0, e_j = 0;
};

struct ReferenceRound {
  double median = 0;
  std::vector<double> risk;
  std::vector<ReferenceOffer> offers;  // by actor
};

// One round from positions x, by the definitions.
ReferenceRound reference_round(const Issue& issue, const std::vector<double>& x,
                               SuccessProbability kind, double q, double t) {
  const std::size_t n = x.size();
  const double range = issue.high - issue.low;
  std::vector<double> y(n), w(n);
  for (std::size_t i = 0; i < n; ++i) {
    y[i] = (x[i] - issue.low) / range;
    w[i] = issue.capability[i] * issue.salience[i];
  }
  ReferenceRound round;
  round.median = lower_weighted_median(x, w);
  const double mu = (round.median - issue.low) / range;
  // First pass, every r = 1: security levels S_i = Σ_{j ≠ i} E(U_ji), then R and r.
  const std::vector<double> ones(n, 1.0);
  const std::vector<double> p1 = probabilities(y, x, w, ones, kind);
  std::vector<double> security(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      security[i] += expected(p1[j * n + i], issue.salience[i], std::abs(y[i] - y[j]),
                              std::abs(y[j] - mu), 1, q, t);
    }
  }
  const double least = *std::min_element(security.begin(), security.end());
  const double greatest = *std::max_element(security.begin(), security.end());
  round.risk.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double big_r =
        greatest > least ? (2 * security[i] - greatest - least) / (greatest - least) : 0.0;
    round.risk[i] = (1 - big_r / 3) / (1 + big_r / 3);
  }
  // Second pass: each voter's own r; each receiver's view with its r.
  const std::vector<double> p2 = probabilities(y, x, w, round.risk, kind);
  const double tie = 1e-9;
  round.offers.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    ReferenceOffer& best = round.offers[i];
    double best_move = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (x[j] == x[i]) continue;
      const double d = std::abs(y[i] - y[j]);
      const double r = round.risk[i];
      const double e_i =
          expected(p2[i * n + j], issue.salience[j], d, std::abs(y[i] - mu), r, q, t);
      const double e_j =
          expected(p2[j * n + i], issue.salience[i], d, std::abs(y[j] - mu), r, q, t);
      if (std::abs(e_j) < tie || std::abs(e_i) < tie || (e_i > 0 && std::abs(e_i - e_j) < tie) ||
          (e_i < 0 && e_j > 0 && std::abs(-e_i - e_j) < tie)) {
        best.ambiguous = true;
      }
      OfferKind offer;
      double to;
      if (e_j > e_i && e_i > 0) {
        offer = OfferKind::conflict;
        to = x[j];
      } else if (e_i < 0 && e_j > 0 && -e_i < e_j) {
        offer = OfferKind::compromise;
        to = x[i] + (x[j] - x[i]) * (-e_i / e_j);
      } else if (e_i < 0 && e_j > 0) {
        offer = OfferKind::capitulation;
        to = x[j];
      } else {
        continue;
      }
      const double move = std::abs(to - x[i]);
      if (best.any && offer == best.kind && std::abs(move - best_move) < tie * range &&
          x[j] != best.position) {
        best.ambiguous = true;  // two moves within rounding of each other
      }
      if (!best.any || offer < best.kind ||
          (offer == best.kind && (move < best_move || (move == best_move && j < best.from)))) {
        best.any = true;
        best.from = j;
        best.kind = offer;
        best.position = to;
        best.e_i = e_i;
        best.e_j = e_j;
        best_move = move;
      }
    }
  }
  return round;
}

// n actors on 0..10: positions on a grid of 6 (ties, and voters on midpoints) or anywhere, some
// saliences 0, capabilities from 0.05 to 1.05.
Issue random_issue(std::size_t n, std::mt19937_64& random) {
  std::uniform_real_distribution<double> unit(0, 1);
  Issue issue;
  const bool grid = random() % 2 == 0;
  for (std::size_t i = 0; i < n; ++i) {
    issue.position.push_back(grid || random() % 4 == 0 ? 2.0 * static_cast<double>(random() % 6)
                                                       : 10 * unit(random));
    issue.capability.push_back(0.05 + unit(random));
    issue.salience.push_back(random() % 5 == 0 ? 0.0 : unit(random));
  }
  issue.salience[random() % n] = 0.05 + 0.95 * unit(random);  // some weight
  return issue;
}

// Runs `trials` random issues (seeded) for five rounds under both probabilities and compares every
// round with reference_round.
void check_rounds_against_the_definitions(int trials, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::size_t receivers = 0, compared = 0, offers = 0, compromises = 0;
  for (int trial = 0; trial < trials; ++trial) {
    const std::size_t n = 1 + random() % 16;
    const Issue issue = random_issue(n, random);
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      ExpectedUtilityOptions options;
      options.probability = kind;
      options.q = trial % 3 == 0 ? 0.6 : 1.0;
      options.t = trial % 2 == 0 ? 0.3 : 1.0;
      options.round_limit = 5;
      ExpectedUtilityWorkspace workspace;
      workspace.run(issue.position, issue.capability, issue.salience, issue.low, issue.high,
                    options);
      const ExpectedUtilityIssue run = workspace.record();
      for (std::size_t t = 1; t < run.rounds.size(); ++t) {
        const std::vector<double>& x = run.trajectory.rounds[t - 1].positions;
        const ReferenceRound want = reference_round(issue, x, kind, options.q, options.t);
        const std::string where = "seed " + std::to_string(seed) + " trial " +
                                  std::to_string(trial) + " " + to_string(kind) + " round " +
                                  std::to_string(t);
        EXPECT_EQ(run.rounds[t - 1].median, want.median) << where;
        ASSERT_EQ(run.rounds[t].risk.size(), n) << where;
        for (std::size_t i = 0; i < n; ++i) {
          ASSERT_NEAR(run.rounds[t].risk[i], want.risk[i], 1e-9) << where << " actor " << i;
        }
        std::vector<const AcceptedOffer*> got(n, nullptr);
        for (const AcceptedOffer& offer : run.rounds[t].offers) got[offer.actor] = &offer;
        for (std::size_t i = 0; i < n; ++i) {
          ++receivers;
          const ReferenceOffer& offer = want.offers[i];
          if (offer.ambiguous) continue;
          ++compared;
          ASSERT_EQ(got[i] != nullptr, offer.any) << where << " actor " << i;
          if (!offer.any) {
            EXPECT_EQ(run.trajectory.rounds[t].positions[i], x[i]) << where << " actor " << i;
            continue;
          }
          ++offers;
          compromises += offer.kind == OfferKind::compromise;
          EXPECT_EQ(got[i]->from, offer.from) << where << " actor " << i;
          EXPECT_EQ(got[i]->kind, offer.kind) << where << " actor " << i;
          EXPECT_NEAR(got[i]->position, offer.position, 1e-9) << where << " actor " << i;
          EXPECT_NEAR(got[i]->actor_utility, offer.e_i, 1e-9) << where << " actor " << i;
          EXPECT_NEAR(got[i]->from_utility, offer.e_j, 1e-9) << where << " actor " << i;
          EXPECT_EQ(run.trajectory.rounds[t].positions[i], got[i]->position);
        }
      }
    }
  }
  // The comparison covers most receivers, and every kind of answer.
  EXPECT_GT(compared, 9 * receivers / 10);
  EXPECT_GT(offers, static_cast<std::size_t>(4 * trials));
  EXPECT_GT(compromises, static_cast<std::size_t>(trials / 10));
}

TEST(ExpectedUtilityFastPath, RoundsMatchTheDefinitionsComputedDirectly) {
  check_rounds_against_the_definitions(60, 20261130);
}

// More issues (about 0.5 s in Release; label `slow`, left out of the sanitizer run).
TEST(ExpectedUtilityFastPathSlow, RoundsMatchTheDefinitionsOnMoreIssues) {
  check_rounds_against_the_definitions(400, 7);
}

// ---------------------------------------------------------------------------------------------
// The exponential.

TEST(ExpectedUtilityFastPath, ExponentialIsWithinAnUlpOrTwo) {
  double worst = 0;
  for (int k = 0; k <= 200000; ++k) {
    const double x = -708.0 * k / 200000 + 1e-9 * (k % 13);  // the powers' range: x <= 0
    const double want = std::exp(x);
    worst = std::max(worst, std::abs(detail::eu_exp(x) - want) / want);
  }
  EXPECT_LT(worst, 3e-16);
  EXPECT_EQ(detail::eu_exp(0.0), 1.0);                                       // b^r at b = 1
  EXPECT_EQ(detail::eu_exp(-std::numeric_limits<double>::infinity()), 0.0);  // at b = 0
  EXPECT_EQ(detail::eu_exp(-708.5), 0.0);  // below the normal numbers
  EXPECT_GT(detail::eu_exp(-707.9), 0.0);
}

TEST(ExpectedUtilityFastPath, SimdPowersAreTheScalarOnes) {
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> unit(0, 1);
  for (std::size_t count : {0, 1, 3, 7, 8, 9, 27, 50}) {
    std::vector<double> logs(count + detail::kEuPadding), before(count + detail::kEuPadding);
    for (std::size_t h = 0; h < count; ++h) {
      logs[h] = h % 5 == 0 ? -std::numeric_limits<double>::infinity() : std::log(unit(random));
      before[h] = unit(random);
    }
    const double exponent = 0.5 + 1.5 * unit(random), weight = unit(random);
    std::vector<double> powers(count + detail::kEuPadding, -1.0), sums(powers);
    detail::eu_powers(exponent, logs.data(), powers.data(), count);
    detail::eu_accumulate_powers(before.data(), weight, exponent, logs.data(), sums.data(), count);
    for (std::size_t h = 0; h < count; ++h) {
      const double scalar = detail::eu_exp(logs[h] * exponent);
      EXPECT_EQ(powers[h], scalar) << count << " " << h;
      EXPECT_EQ(sums[h], before[h] + scalar * weight) << count << " " << h;
    }
    EXPECT_EQ(powers[count], -1.0);  // nothing written past the end
    EXPECT_EQ(sums[count], -1.0);
  }
}

// ---------------------------------------------------------------------------------------------
// The screening of offers, and the runs.

TEST(ExpectedUtilityFastPath, ScreeningChangesNoRun) {
  // Large issues (the Monte Carlo's size) and small ones with ties and saliences of 0: weighing
  // every offer gives the same runs, to the bit, as weighing those the bounds leave.
  std::mt19937_64 random(5);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int trial = 0; trial < 60; ++trial) {
    Issue issue;
    if (trial % 2 == 0) {
      issue = random_issue(2 + random() % 20, random);
    } else {
      issue.high = 100;
      for (int i = 0; i < 50; ++i) {
        issue.position.push_back(100 * unit(random));
        issue.capability.push_back(0.1 + 0.9 * unit(random));
        issue.salience.push_back(0.05 + 0.95 * unit(random));
      }
    }
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      ExpectedUtilityOptions options;
      options.probability = kind;
      ExpectedUtilityWorkspace screened, every;
      detail::weigh_every_offer(every, true);
      const ExpectedUtilityOutcome a = screened.run(issue.position, issue.capability,
                                                    issue.salience, issue.low, issue.high, options);
      const ExpectedUtilityOutcome b = every.run(issue.position, issue.capability, issue.salience,
                                                 issue.low, issue.high, options);
      ASSERT_EQ(a.rounds, b.rounds) << trial;
      EXPECT_EQ(a.stop, b.stop) << trial;
      const ExpectedUtilityIssue x = screened.record(), y = every.record();
      for (std::size_t t = 0; t < x.rounds.size(); ++t) {
        ASSERT_EQ(x.trajectory.rounds[t].positions, y.trajectory.rounds[t].positions) << trial;
        ASSERT_EQ(x.rounds[t].risk, y.rounds[t].risk) << trial;
        ASSERT_EQ(x.rounds[t].offers.size(), y.rounds[t].offers.size()) << trial;
        for (std::size_t o = 0; o < x.rounds[t].offers.size(); ++o) {
          EXPECT_EQ(x.rounds[t].offers[o].from, y.rounds[t].offers[o].from);
          EXPECT_EQ(x.rounds[t].offers[o].actor_utility, y.rounds[t].offers[o].actor_utility);
          EXPECT_EQ(x.rounds[t].offers[o].from_utility, y.rounds[t].offers[o].from_utility);
        }
      }
    }
  }
}

TEST(ExpectedUtilityFastPath, MonteCarloRunsDoNotDependOnTheThreads) {
  Model model;
  model.dimensions = {{"a", 0, 100}, {"b", 0, 1}};
  std::mt19937_64 random(3);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<UncertainInput> inputs;
  for (std::size_t i = 0; i < 30; ++i) {
    model.actors.push_back(Actor{"",
                                 "",
                                 0.2 + unit(random),
                                 {100 * unit(random), unit(random)},
                                 {unit(random), unit(random)}});
    inputs.push_back({UncertainInput::Kind::position, i, 0, 0, 100, true});
    inputs.push_back({UncertainInput::Kind::salience, i, 1, 0, 1, true});
  }
  tbb::enumerable_thread_specific<ExpectedUtilityWorkspace> workspaces;
  const Forecaster bdm = [&](const Model& m, std::span<double> out) {
    ExpectedUtilityWorkspace& workspace = workspaces.local();
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = workspace.run(m, k).median;
  };
  std::vector<double> one_thread;
  {
    tbb::global_control one(tbb::global_control::max_allowed_parallelism, 1);
    one_thread = simulate(model, inputs, bdm, 17, 0, 40);
  }
  const std::vector<double> many = simulate(model, inputs, bdm, 17, 0, 40);
  ASSERT_EQ(one_thread.size(), many.size());
  for (std::size_t e = 0; e < many.size(); ++e) EXPECT_EQ(one_thread[e], many[e]) << e;
}

}  // namespace
}  // namespace parley::forecast
