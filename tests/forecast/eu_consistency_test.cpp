// The engine's rounds against the model's terms: on random issues (and Q, T below 1), every round's
// risk exponents and every accepted offer are recomputed from the public terms of
// expected_utility.hpp (utilities, expected utilities, success probabilities, risk exponents), and
// every actor that did not move is checked to have had no offer it would accept.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "parley/forecast/expected_utility.hpp"

namespace parley::forecast {
namespace {

using namespace expected_utility;

struct ConsistencyCase {
  std::vector<double> position, capability, salience;
};

ConsistencyCase random_consistency_case(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  ConsistencyCase c;
  for (std::size_t i = 0; i < n; ++i) {
    c.position.push_back(random() % 3 == 0 ? 2.0 * static_cast<double>(random() % 6)
                                           : 10 * unit(random));
    c.capability.push_back(0.05 + unit(random));
    c.salience.push_back(random() % 7 == 0 ? 0.0 : unit(random));
  }
  c.salience[0] = 0.5;  // some weight
  return c;
}

// The kind and position of the offer from j that i accepts, by the rules of OfferKind; false when
// i accepts none.
bool offer_by_rules(double e_i, double e_j, double x_i, double x_j, OfferKind& kind,
                    double& position) {
  if (e_j > e_i && e_i > 0) {
    kind = OfferKind::conflict;
    position = x_j;
  } else if (e_i < 0 && e_j > 0 && -e_i < e_j) {
    kind = OfferKind::compromise;
    position = x_i + (x_j - x_i) * (-e_i / e_j);
  } else if (e_i < 0 && e_j > 0) {
    kind = OfferKind::capitulation;
    position = x_j;
  } else {
    return false;
  }
  return true;
}

TEST(ExpectedUtilityConsistency, RoundsFollowTheTerms) {
  const double low = 0, high = 10;
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    const ConsistencyCase c = random_consistency_case(3 + seed % 9, seed);
    const std::size_t n = c.position.size();
    std::vector<double> weight(n);
    for (std::size_t i = 0; i < n; ++i) weight[i] = c.capability[i] * c.salience[i];
    for (SuccessProbability kind :
         {SuccessProbability::per_contest, SuccessProbability::all_pairs}) {
      ExpectedUtilityOptions options;
      options.probability = kind;
      options.q = seed % 2 == 0 ? 1.0 : 0.7;
      options.t = seed % 3 == 0 ? 1.0 : 0.4;
      options.round_limit = 6;
      ExpectedUtilityWorkspace workspace;
      workspace.run(c.position, c.capability, c.salience, low, high, options);
      const ExpectedUtilityIssue issue = workspace.record();
      for (std::size_t t = 1; t < issue.rounds.size(); ++t) {
        const std::vector<double>& x = issue.trajectory.rounds[t - 1].positions;
        std::vector<double> y(n);
        for (std::size_t i = 0; i < n; ++i) y[i] = (x[i] - low) / (high - low);
        const double median = (issue.rounds[t - 1].median - low) / (high - low);
        // First pass: every r = 1.
        const std::vector<double> ones(n, 1.0);
        const auto p1 = success_probabilities(y, weight, ones, kind);
        std::vector<double> security(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
          for (std::size_t j = 0; j < n; ++j) {
            if (j == i) continue;
            security[i] += challenge_utility(p1[j * n + i], c.salience[i], std::abs(y[i] - y[j]),
                                             std::abs(y[j] - median), 1, options.q, options.t);
          }
        }
        const auto [least, greatest] = std::minmax_element(security.begin(), security.end());
        const std::vector<double>& risk = issue.rounds[t].risk;
        for (std::size_t i = 0; i < n; ++i) {
          ASSERT_NEAR(risk[i], risk_exponent(security[i], *least, *greatest), 1e-9)
              << "seed " << seed << " round " << t << " actor " << i;
        }
        // Second pass: the offers.
        const auto p2 = success_probabilities(y, weight, risk, kind);
        std::vector<const AcceptedOffer*> accepted(n, nullptr);
        for (const AcceptedOffer& offer : issue.rounds[t].offers) accepted[offer.actor] = &offer;
        for (std::size_t i = 0; i < n; ++i) {
          bool any = false;
          OfferKind best_kind = OfferKind::capitulation;
          double best_move = 0;
          for (std::size_t j = 0; j < n; ++j) {
            if (x[j] == x[i]) continue;
            const double d = std::abs(y[i] - y[j]);
            const double e_i =
                challenge_utility(p2[i * n + j], c.salience[j], d, std::abs(y[i] - median), risk[i],
                                  options.q, options.t);
            const double e_j =
                challenge_utility(p2[j * n + i], c.salience[i], d, std::abs(y[j] - median), risk[i],
                                  options.q, options.t);
            OfferKind offer_kind;
            double position;
            if (!offer_by_rules(e_i, e_j, x[i], x[j], offer_kind, position)) continue;
            const double move = std::abs(position - x[i]);
            if (!any || offer_kind < best_kind || (offer_kind == best_kind && move < best_move)) {
              any = true;
              best_kind = offer_kind;
              best_move = move;
            }
            if (accepted[i] != nullptr && accepted[i]->from == j) {
              EXPECT_NEAR(accepted[i]->actor_utility, e_i, 1e-9);
              EXPECT_NEAR(accepted[i]->from_utility, e_j, 1e-9);
              EXPECT_EQ(accepted[i]->kind, offer_kind);
              EXPECT_NEAR(accepted[i]->position, position, 1e-9);
            }
          }
          ASSERT_EQ(accepted[i] != nullptr, any) << "seed " << seed << " round " << t;
          if (any) {
            EXPECT_EQ(accepted[i]->kind, best_kind);
            EXPECT_NEAR(std::abs(accepted[i]->position - x[i]), best_move, 1e-9);
            EXPECT_EQ(issue.trajectory.rounds[t].positions[i], accepted[i]->position);
          } else {
            EXPECT_EQ(issue.trajectory.rounds[t].positions[i], x[i]);
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace parley::forecast
