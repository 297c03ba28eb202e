#include "parley/forecast/expected_utility.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/forecast/median.hpp"
#include "parley/forecast/validate.hpp"

namespace parley::forecast {

const char* to_string(SuccessProbability probability) {
  switch (probability) {
    case SuccessProbability::per_contest:
      return "per contest";
    case SuccessProbability::all_pairs:
      return "all pairs";
  }
  return "?";
}

const char* to_string(OfferKind kind) {
  switch (kind) {
    case OfferKind::conflict:
      return "conflict";
    case OfferKind::compromise:
      return "compromise";
    case OfferKind::capitulation:
      return "capitulation";
  }
  return "?";
}

namespace {

// b^r for b >= 0 (a base below 0 only from rounding counts as 0); exact for r = 1, the exponent
// of the first pass of every round.
double risk_power(double base, double risk) {
  if (risk == 1.0) return base;
  return base > 0 ? std::pow(base, risk) : 0.0;
}

// E(U) from the utilities already computed (challenge_utility without the powers).
double expected_from_utilities(double probability, double target_salience, double success,
                               double failure, double status_quo, double better, double worse,
                               double q, double t) {
  return target_salience * (probability * success + (1 - probability) * failure) +
         (1 - target_salience) * success - q * status_quo -
         (1 - q) * (t * better + (1 - t) * worse);
}

constexpr double kEuInfinity = std::numeric_limits<double>::infinity();

// The probabilities of success between the positions the actors hold, in O(n·m) for n voters and
// m positions. Voters are indexed by rank (`voter_unit` ascending, on 0..1), positions by group
// (`group_unit` ascending, `group_size` actors each); `utility` (n × m) holds each voter's
// d^r to each position. Fills `probability` (m × m):
//
// With position g below h and midpoint c = (Y_g + Y_h) / 2, the voters below c vote for g
// (v_k(g, h) > 0), those above c for h, those on c for neither; so the votes for g are
// Σ_{k below c} w_k (u_kh − u_kg), a difference of two prefix sums over the sorted voters, and the
// same for h. The voters below and above c are found by two pointers that only move up as h does.
// The all-pairs denominator Σ_k Σ_a Σ_b |v_k(a, b)| over actors a, b is the sum over all contests
// of the votes cast on them, for_g + for_h, counted for every pair of actors on g and h, both ways.
void fill_group_probabilities(std::size_t n, const double* voter_unit, const double* weight,
                              std::size_t m, const double* group_unit,
                              const std::size_t* group_size, const double* utility,
                              SuccessProbability kind, double* prefix, double* probability) {
  std::fill(prefix, prefix + m, 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    const double* row = utility + k * m;
    const double* before = prefix + k * m;
    double* after = prefix + (k + 1) * m;
    for (std::size_t g = 0; g < m; ++g) after[g] = before[g] + weight[k] * row[g];
  }
  std::fill(probability, probability + m * m, 0.0);
  const double* total = prefix + n * m;
  double all_votes = 0;
  std::size_t first = 0;  // the first voter on position g
  for (std::size_t g = 0; g < m; ++g) {
    std::size_t below = first;  // voters [0, below) lie below the midpoint
    std::size_t above = first;  // voters [above, n) lie above it
    for (std::size_t h = g + 1; h < m; ++h) {
      const double middle = 0.5 * (group_unit[g] + group_unit[h]);
      // Both stop at the voters on h at the latest, unless g and h are so close that the midpoint
      // rounds to Y_h (then the voters on h count as on the midpoint: their votes are ~1e-16).
      while (below < n && voter_unit[below] < middle) ++below;
      above = std::max(above, below);
      while (above < n && voter_unit[above] <= middle) ++above;
      const double* low_sums = prefix + below * m;
      const double* high_sums = prefix + above * m;
      const double for_g = std::max(0.0, low_sums[h] - low_sums[g]);
      const double for_h = std::max(0.0, (total[g] - high_sums[g]) - (total[h] - high_sums[h]));
      if (kind == SuccessProbability::per_contest) {
        const double cast = for_g + for_h;
        if (cast > 0) {
          probability[g * m + h] = std::max(0.0, for_g - for_h) / cast;
          probability[h * m + g] = std::max(0.0, for_h - for_g) / cast;
        }
      } else {
        probability[g * m + h] = for_g;
        probability[h * m + g] = for_h;
        all_votes += 2 * static_cast<double>(group_size[g] * group_size[h]) * (for_g + for_h);
      }
    }
    first += group_size[g];
  }
  if (kind == SuccessProbability::all_pairs) {
    const double scale = all_votes > 0 ? 1 / all_votes : 0.0;
    for (std::size_t e = 0; e < m * m; ++e) probability[e] *= scale;
  }
}

}  // namespace

namespace expected_utility {

double success_utility(double distance, double risk) {
  return 2 - 4 * risk_power(0.5 - 0.5 * distance, risk);
}

double failure_utility(double distance, double risk) {
  return 2 - 4 * risk_power(0.5 + 0.5 * distance, risk);
}

double better_utility(double distance, double median_distance, double risk) {
  return 2 - 4 * risk_power(0.5 - 0.25 * (median_distance + distance), risk);
}

double worse_utility(double distance, double median_distance, double risk) {
  return 2 - 4 * risk_power(0.5 + 0.25 * (median_distance + distance), risk);
}

double status_quo_utility(double risk) {
  return 2 - 4 * risk_power(0.5, risk);
}

double challenge_utility(double probability, double target_salience, double distance,
                         double median_distance, double risk, double q, double t) {
  const double better = q < 1 ? better_utility(distance, median_distance, risk) : 0.0;
  const double worse = q < 1 ? worse_utility(distance, median_distance, risk) : 0.0;
  return expected_from_utilities(probability, target_salience, success_utility(distance, risk),
                                 failure_utility(distance, risk), status_quo_utility(risk), better,
                                 worse, q, t);
}

double risk_exponent(double security, double least, double greatest) {
  if (!(greatest > least)) return 1.0;
  const double big_r = (2 * security - greatest - least) / (greatest - least);
  return (1 - big_r / 3) / (1 + big_r / 3);
}

double vote(double weight, double distance_to_i, double distance_to_j, double risk) {
  return weight * (risk_power(distance_to_j, risk) - risk_power(distance_to_i, risk));
}

std::vector<double> success_probabilities(std::span<const double> unit_position,
                                          std::span<const double> weight,
                                          std::span<const double> risk,
                                          SuccessProbability probability) {
  const std::size_t n = unit_position.size();
  if (weight.size() != n || risk.size() != n) {
    throw InputError(Diagnostic{"", 0, 0, "weight",
                                "one position, weight and risk exponent per actor are needed"});
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return unit_position[a] < unit_position[b] || (unit_position[a] == unit_position[b] && a < b);
  });
  std::vector<double> voter_unit(n);
  std::vector<double> sorted_weight(n);
  std::vector<std::size_t> group(n);
  std::vector<double> group_unit;
  std::vector<std::size_t> group_size;
  for (std::size_t p = 0; p < n; ++p) {
    voter_unit[p] = unit_position[order[p]];
    sorted_weight[p] = weight[order[p]];
    if (p == 0 || voter_unit[p] != voter_unit[p - 1]) {
      group_unit.push_back(voter_unit[p]);
      group_size.push_back(0);
    }
    group[p] = group_unit.size() - 1;
    ++group_size.back();
  }
  const std::size_t m = group_unit.size();
  std::vector<double> utility(n * m);
  for (std::size_t p = 0; p < n; ++p) {
    for (std::size_t g = 0; g < m; ++g) {
      utility[p * m + g] = risk_power(std::abs(voter_unit[p] - group_unit[g]), risk[order[p]]);
    }
  }
  std::vector<double> prefix((n + 1) * m);
  std::vector<double> between(m * m);
  fill_group_probabilities(n, voter_unit.data(), sorted_weight.data(), m, group_unit.data(),
                           group_size.data(), utility.data(), probability, prefix.data(),
                           between.data());
  std::vector<double> result(n * n);
  for (std::size_t p = 0; p < n; ++p) {
    for (std::size_t q = 0; q < n; ++q) {
      result[order[p] * n + order[q]] = between[group[p] * m + group[q]];
    }
  }
  return result;
}

}  // namespace expected_utility

namespace {

using detail::ExpectedUtilityBuffers;

void check_eu_options(const ExpectedUtilityOptions& options) {
  std::vector<Diagnostic> problems;
  if (!(options.q >= 0 && options.q <= 1)) {
    problems.push_back({"", 0, 0, "q", fmt::format("Q must lie in [0, 1] (got {})", options.q)});
  }
  if (!(options.t >= 0 && options.t <= 1)) {
    problems.push_back({"", 0, 0, "t", fmt::format("T must lie in [0, 1] (got {})", options.t)});
  }
  if (!(options.tolerance >= 0) || !std::isfinite(options.tolerance)) {
    problems.push_back(
        {"", 0, 0, "tolerance",
         fmt::format("the tolerance must be 0 or more (got {})", options.tolerance)});
  }
  if (options.round_limit == 0) {
    problems.push_back({"", 0, 0, "round_limit", "the round limit must be at least 1"});
  }
  if (!problems.empty()) throw InputError(std::move(problems));
}

// The issue's columns are fine when this holds; validate() says what is wrong otherwise.
bool eu_issue_is_valid(std::span<const double> position, std::span<const double> capability,
                       std::span<const double> salience, double low, double high) {
  if (position.empty() || capability.size() != position.size() ||
      salience.size() != position.size() || !std::isfinite(low) || !std::isfinite(high) ||
      !(high > low)) {
    return false;
  }
  bool weighted = false;
  for (std::size_t i = 0; i < position.size(); ++i) {
    if (!(capability[i] > 0) || !std::isfinite(capability[i])) return false;
    if (!(salience[i] >= 0 && salience[i] <= 1)) return false;
    if (!(position[i] >= low && position[i] <= high)) return false;
    weighted = weighted || salience[i] > 0;
  }
  return weighted;
}

// A hash of a round's positions (0 and −0 alike), to find a repeated round without comparing it
// with every earlier one.
std::uint64_t round_digest(const double* position, std::size_t n) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (std::size_t i = 0; i < n; ++i) {
    const double value = position[i] == 0 ? 0.0 : position[i];
    hash = (hash ^ std::bit_cast<std::uint64_t>(value)) * 0x100000001b3ull;
    hash ^= hash >> 29;
  }
  return hash;
}

// Sorts the actors by position and records the round's positions, median and mean.
// O(n log n).
void record_eu_round(ExpectedUtilityBuffers& b) {
  const std::size_t n = b.actors;
  std::iota(b.order.begin(), b.order.end(), std::size_t{0});
  std::sort(b.order.begin(), b.order.end(), [&](std::size_t x, std::size_t y) {
    return b.position[x] < b.position[y] || (b.position[x] == b.position[y] && x < y);
  });
  b.history.insert(b.history.end(), b.position.begin(), b.position.end());
  b.digest.push_back(round_digest(b.position.data(), n));
  b.median.push_back(weighted_median_sorted(b.position, b.weight, b.order));
  b.mean.push_back(weighted_mean(b.position, b.weight));
  b.offers_end.push_back(b.offers.size());
}

// The latest earlier round the last one repeats (within `tolerance` on the scale), or the last
// round's index when none. O(rounds) with a tolerance of 0 (the hashes differ), O(rounds · n) at
// worst otherwise.
std::size_t repeated_eu_round(const ExpectedUtilityBuffers& b, double tolerance) {
  const std::size_t n = b.actors;
  const std::size_t last = b.digest.size() - 1;
  const double* now = b.history.data() + last * n;
  for (std::size_t round = last; round-- > 0;) {
    const double* then = b.history.data() + round * n;
    if (tolerance == 0) {
      if (b.digest[round] == b.digest[last] && std::equal(now, now + n, then)) return round;
    } else if (std::equal(now, now + n, then, [tolerance](double x, double y) {
                 return std::abs(x - y) <= tolerance;
               })) {
      return round;
    }
  }
  return last;
}

// The round's columns by rank, its groups (the distinct positions), and the logarithms of the
// distances between positions that the powers d^r and (0.5 ∓ 0.5 d)^r of the second pass share.
// O(n + m²) time, 1.5·m² logarithms.
void group_eu_round(ExpectedUtilityBuffers& b) {
  const std::size_t n = b.actors;
  const double range = b.high - b.low;
  std::size_t m = 0;
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t i = b.order[p];
    b.unit[p] = (b.position[i] - b.low) / range;
    b.sorted_weight[p] = b.weight[i];
    b.sorted_salience[p] = b.salience[i];
    if (p == 0 || b.position[i] != b.position[b.order[p - 1]]) {
      b.group_unit[m] = b.unit[p];
      b.group_size[m] = 0;
      ++m;
    }
    b.group[p] = m - 1;
    ++b.group_size[m - 1];
  }
  b.groups = m;
  for (std::size_t g = 0; g < m; ++g) {
    b.log_distance[g * m + g] = -kEuInfinity;
    b.log_near[g * m + g] = b.log_far[g * m + g] = std::log(0.5);
    for (std::size_t h = g + 1; h < m; ++h) {
      const double d = b.group_unit[h] - b.group_unit[g];
      const double ln_d = std::log(d);
      const double ln_near = std::log(0.5 - 0.5 * d);  // −∞ for d = 1
      const double ln_far = std::log(0.5 + 0.5 * d);
      b.log_distance[g * m + h] = b.log_distance[h * m + g] = ln_d;
      b.log_near[g * m + h] = b.log_near[h * m + g] = ln_near;
      b.log_far[g * m + h] = b.log_far[h * m + g] = ln_far;
    }
  }
}

// The risk exponents of the round (first pass, every r = 1): the probabilities of success, each
// actor's security level (the sum of the others' expected utilities of challenging it) and r from
// where that level lies among all actors'. With r = 1 the utilities are linear in the distance d
// (U_s = 2d, U_f = −2d, U_sq = 0, U_b = e + d, U_w = −(e + d)), so
// E(U_ji) = 2d (1 − 2 s_i (1 − P_ji)) − (1 − Q)(2T − 1)(e_j + d), the same for every j on one
// position. O(n·m), no powers.
void fill_eu_risk(ExpectedUtilityBuffers& b, const ExpectedUtilityOptions& options, double median) {
  const std::size_t n = b.actors;
  const std::size_t m = b.groups;
  const std::size_t* group_size = b.group_size.data();
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t g = 0; g < m; ++g) {
      b.utility[k * m + g] = std::abs(b.unit[k] - b.group_unit[g]);
    }
  }
  fill_group_probabilities(n, b.unit.data(), b.sorted_weight.data(), m, b.group_unit.data(),
                           group_size, b.utility.data(), options.probability, b.prefix.data(),
                           b.probability.data());
  const double drift = (1 - options.q) * (2 * options.t - 1);
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t g = b.group[p];
    const double s = b.sorted_salience[p];
    // The others on p's own position: d = 0, e_j = e_i.
    double security =
        -drift * static_cast<double>(group_size[g] - 1) * std::abs(b.group_unit[g] - median);
    for (std::size_t h = 0; h < m; ++h) {
      if (h == g) continue;
      const double d = std::abs(b.group_unit[g] - b.group_unit[h]);
      security += static_cast<double>(group_size[h]) *
                  (2 * d * (1 - 2 * s * (1 - b.probability[h * m + g])) -
                   drift * (std::abs(b.group_unit[h] - median) + d));
    }
    b.security[p] = security;
  }
  const auto [least, greatest] = std::minmax_element(b.security.begin(), b.security.end());
  const double low = *least;
  const double high = *greatest;
  for (std::size_t p = 0; p < n; ++p) {
    b.sorted_risk[p] = expected_utility::risk_exponent(b.security[p], low, high);
    b.risk[b.order[p]] = b.sorted_risk[p];
  }
}

// b^r from ln b (−∞ for b = 0), exact for r = 1.
double power_from_log(double base, double log_base, double risk) {
  return risk == 1.0 ? base : std::exp(risk * log_base);
}

// The second pass, with the round's risk exponents: the probabilities again, then every actor's
// best offer; fills b.next and appends the accepted offers by actor. O(n²) time with 3·n·m
// exponentials (and 4·n·m powers more when Q < 1).
void make_eu_offers(ExpectedUtilityBuffers& b, const ExpectedUtilityOptions& options,
                    double median) {
  using expected_utility::better_utility;
  using expected_utility::status_quo_utility;
  using expected_utility::worse_utility;
  const std::size_t n = b.actors;
  const std::size_t m = b.groups;
  const std::size_t* group_size = b.group_size.data();
  const double q = options.q;
  const double t = options.t;
  for (std::size_t k = 0; k < n; ++k) {
    const double r = b.sorted_risk[k];
    const std::size_t own = b.group[k];
    for (std::size_t g = 0; g < m; ++g) {
      b.utility[k * m + g] = g == own ? 0.0
                                      : power_from_log(std::abs(b.unit[k] - b.group_unit[g]),
                                                       b.log_distance[own * m + g], r);
    }
  }
  fill_group_probabilities(n, b.unit.data(), b.sorted_weight.data(), m, b.group_unit.data(),
                           group_size, b.utility.data(), options.probability, b.prefix.data(),
                           b.probability.data());
  const std::size_t first_offer = b.offers.size();
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t i = b.order[p];
    const std::size_t g = b.group[p];
    const double r = b.sorted_risk[p];
    const double s_i = b.sorted_salience[p];
    const double status_quo = q * status_quo_utility(r);
    const double from_median_i = std::abs(b.group_unit[g] - median);
    // Per sender position h, E_i = s_j (P_ij U_s + (1 − P_ij) U_f) + (1 − s_j) U_s − Q U_sq −
    // (1 − Q)(T U_b + (1 − T) U_w) = base_i[h] − s_j · spread_i[h], linear in the sender's
    // salience; E_j = threat[h] likewise with i's salience, the same for every sender on h (when
    // it is not above 0, nobody on h makes i an offer). Both are written the same way so that a
    // symmetric contest gives E_i = E_j exactly.
    for (std::size_t h = 0; h < m; ++h) {
      const double d = std::abs(b.group_unit[g] - b.group_unit[h]);
      const double success = 2 - 4 * power_from_log(0.5 - 0.5 * d, b.log_near[g * m + h], r);
      const double failure = 2 - 4 * power_from_log(0.5 + 0.5 * d, b.log_far[g * m + h], r);
      double drift_i = 0, drift_j = 0;
      if (q < 1) {
        const double from_median_j = std::abs(b.group_unit[h] - median);
        drift_i = (1 - q) * (t * better_utility(d, from_median_i, r) +
                             (1 - t) * worse_utility(d, from_median_i, r));
        drift_j = (1 - q) * (t * better_utility(d, from_median_j, r) +
                             (1 - t) * worse_utility(d, from_median_j, r));
      }
      b.base_i[h] = success - status_quo - drift_i;
      b.spread_i[h] = (1 - b.probability[g * m + h]) * (success - failure);
      const double base_j = success - status_quo - drift_j;
      const double spread_j = (1 - b.probability[h * m + g]) * (success - failure);
      b.threat[h] = base_j - s_i * spread_j;
    }
    bool found = false;
    AcceptedOffer best;
    double best_move = 0;
    std::size_t first = 0;  // the first rank on position h
    for (std::size_t h = 0; h < m; first += group_size[h], ++h) {
      const double e_j = b.threat[h];      // j challenges i: the same for every j on h
      if (h == g || !(e_j > 0)) continue;  // no offer from h
      for (std::size_t s = first; s < first + group_size[h]; ++s) {
        const double e_i = b.base_i[h] - b.sorted_salience[s] * b.spread_i[h];  // i challenges j
        if (e_i == 0 || (e_i > 0 && e_i >= e_j)) continue;  // no offer i accepts
        const std::size_t j = b.order[s];
        OfferKind kind;
        double position;
        if (e_i > 0) {
          kind = OfferKind::conflict;  // 0 < E_i < E_j
          position = b.position[j];
        } else if (-e_i < e_j) {
          kind = OfferKind::compromise;
          position = b.position[i] + (b.position[j] - b.position[i]) * (-e_i / e_j);
        } else {
          kind = OfferKind::capitulation;
          position = b.position[j];
        }
        // The first kind, then the smallest move, then the sender listed first in the model.
        const double move = std::abs(position - b.position[i]);
        if (!found || kind < best.kind ||
            (kind == best.kind && (move < best_move || (move == best_move && j < best.from)))) {
          found = true;
          best = AcceptedOffer{i, j, kind, position, e_i, e_j};
          best_move = move;
        }
      }
    }
    b.next[i] = found ? best.position : b.position[i];
    if (found) b.offers.push_back(best);
  }
  std::sort(b.offers.begin() + static_cast<std::ptrdiff_t>(first_offer), b.offers.end(),
            [](const AcceptedOffer& x, const AcceptedOffer& y) { return x.actor < y.actor; });
}

// Sizes the buffers for n actors and a run of up to `rounds` rounds (no allocation when they
// already hold as much).
void prepare_eu_buffers(ExpectedUtilityBuffers& b, std::size_t n, std::size_t rounds) {
  b.actors = n;
  for (auto* column :
       {&b.risk, &b.next, &b.unit, &b.group_unit, &b.sorted_weight, &b.sorted_salience,
        &b.sorted_risk, &b.security, &b.base_i, &b.spread_i, &b.threat}) {
    column->resize(n);
  }
  b.order.resize(n);
  b.group.resize(n);
  b.group_size.resize(n);
  for (auto* matrix : {&b.log_distance, &b.log_near, &b.log_far, &b.utility, &b.probability}) {
    matrix->resize(n * n);
  }
  b.prefix.resize((n + 1) * n);
  const std::size_t reserved = std::min<std::size_t>(rounds, 256) + 1;
  b.history.clear();
  b.history.reserve(reserved * n);
  b.risk_history.clear();
  b.risk_history.reserve(reserved * n);
  b.offers.clear();
  b.offers.reserve(reserved * n);
  for (auto* series : {&b.median, &b.mean}) {
    series->clear();
    series->reserve(reserved);
  }
  b.digest.clear();
  b.digest.reserve(reserved);
  b.offers_end.clear();
  b.offers_end.reserve(reserved);
}

// Runs the rounds on the issue in b.position, b.weight, b.salience, b.low, b.high.
ExpectedUtilityOutcome run_eu_rounds(ExpectedUtilityBuffers& b,
                                     const ExpectedUtilityOptions& options) {
  const double range = b.high - b.low;
  b.stop = Stop::round_limit;
  b.cycle_start = b.cycle_length = 0;
  record_eu_round(b);
  std::size_t round = 0;
  while (round < options.round_limit) {
    ++round;
    const double median = (b.median.back() - b.low) / range;
    group_eu_round(b);
    fill_eu_risk(b, options, median);
    make_eu_offers(b, options, median);
    b.risk_history.insert(b.risk_history.end(), b.risk.begin(), b.risk.end());
    std::copy(b.next.begin(), b.next.end(), b.position.begin());
    record_eu_round(b);
    const std::size_t earlier = repeated_eu_round(b, options.tolerance * range);
    if (earlier == round - 1) {
      b.stop = Stop::converged;
      break;
    }
    if (earlier < round) {
      b.stop = Stop::cycle;
      b.cycle_start = earlier;
      b.cycle_length = round - earlier;
      break;
    }
  }
  return ExpectedUtilityOutcome{b.stop,         round,           b.cycle_start,
                                b.cycle_length, b.median.back(), b.mean.back()};
}

}  // namespace

ExpectedUtilityOutcome ExpectedUtilityWorkspace::run(std::span<const double> position,
                                                     std::span<const double> capability,
                                                     std::span<const double> salience, double low,
                                                     double high,
                                                     const ExpectedUtilityOptions& options) {
  check_eu_options(options);
  if (capability.size() != position.size() || salience.size() != position.size()) {
    throw InputError(Diagnostic{
        "", 0, 0, "capability",
        fmt::format("one position, capability and salience per actor are needed (got {}, {} and "
                    "{})",
                    position.size(), capability.size(), salience.size())});
  }
  if (!eu_issue_is_valid(position, capability, salience, low, high)) {
    // Let validate() word every problem: the columns as a one-dimensional model.
    Model model;
    model.dimensions.push_back(Dimension{"issue", low, high});
    for (std::size_t i = 0; i < position.size(); ++i) {
      model.actors.push_back(
          Actor{fmt::format("actor {}", i), "", capability[i], {position[i]}, {salience[i]}});
    }
    validate(model);  // throws
    throw InputError(Diagnostic{"", 0, 0, "position", "the issue cannot be run"});
  }
  ExpectedUtilityBuffers& b = buffers_;
  const std::size_t n = position.size();
  prepare_eu_buffers(b, n, options.round_limit);
  b.low = low;
  b.high = high;
  b.position.assign(position.begin(), position.end());
  b.salience.assign(salience.begin(), salience.end());
  b.weight.resize(n);
  for (std::size_t i = 0; i < n; ++i) b.weight[i] = capability[i] * salience[i];
  return run_eu_rounds(b, options);
}

ExpectedUtilityOutcome ExpectedUtilityWorkspace::run(const Model& model, std::size_t dimension,
                                                     const ExpectedUtilityOptions& options) {
  check_eu_options(options);
  if (dimension >= model.dimensions.size()) {
    throw InputError(Diagnostic{
        "", 0, 0, "dimension",
        fmt::format("no dimension {} (the model has {})", dimension, model.dimensions.size())});
  }
  const Dimension& scale = model.dimensions[dimension];
  const std::size_t n = model.actors.size();
  ExpectedUtilityBuffers& b = buffers_;
  b.position.resize(n);
  b.salience.resize(n);
  b.weight.resize(n);
  bool valid =
      n > 0 && std::isfinite(scale.low) && std::isfinite(scale.high) && scale.high > scale.low;
  bool weighted = false;
  for (std::size_t i = 0; i < n && valid; ++i) {
    const Actor& actor = model.actors[i];
    valid = actor.position.size() == model.dimensions.size() &&
            actor.salience.size() == model.dimensions.size() && actor.capability > 0 &&
            std::isfinite(actor.capability);
    if (!valid) break;
    const double x = actor.position[dimension];
    const double s = actor.salience[dimension];
    valid = x >= scale.low && x <= scale.high && s >= 0 && s <= 1;
    b.position[i] = x;
    b.salience[i] = s;
    b.weight[i] = actor.capability * s;
    weighted = weighted || s > 0;
  }
  if (!valid || !weighted) {
    validate(model);  // throws, naming each problem
    throw InputError(Diagnostic{"", 0, 0, "dimensions", "the issue cannot be run"});
  }
  prepare_eu_buffers(b, n, options.round_limit);
  b.low = scale.low;
  b.high = scale.high;
  return run_eu_rounds(b, options);
}

ExpectedUtilityIssue ExpectedUtilityWorkspace::record(std::size_t dimension) const {
  const ExpectedUtilityBuffers& b = buffers_;
  const std::size_t n = b.actors;
  const std::size_t rounds = b.median.size();
  ExpectedUtilityIssue issue;
  issue.dimension = dimension;
  issue.trajectory.dimensions = 1;
  issue.trajectory.stop = b.stop;
  issue.trajectory.cycle_start = b.cycle_start;
  issue.trajectory.cycle_length = b.cycle_length;
  issue.trajectory.rounds.reserve(rounds);
  issue.rounds.reserve(rounds);
  for (std::size_t t = 0; t < rounds; ++t) {
    const auto first = b.history.begin() + static_cast<std::ptrdiff_t>(t * n);
    issue.trajectory.rounds.push_back(Round{std::vector<double>(first, first + n)});
    ExpectedUtilityRound round;
    round.median = b.median[t];
    round.mean = b.mean[t];
    if (t > 0) {
      const auto risk = b.risk_history.begin() + static_cast<std::ptrdiff_t>((t - 1) * n);
      round.risk.assign(risk, risk + n);
      round.offers.assign(b.offers.begin() + static_cast<std::ptrdiff_t>(b.offers_end[t - 1]),
                          b.offers.begin() + static_cast<std::ptrdiff_t>(b.offers_end[t]));
    }
    issue.rounds.push_back(std::move(round));
  }
  return issue;
}

ExpectedUtilityIssue run_expected_utility(const Model& model, std::size_t dimension,
                                          const ExpectedUtilityOptions& options) {
  ExpectedUtilityWorkspace workspace;
  workspace.run(model, dimension, options);
  return workspace.record(dimension);
}

std::vector<ExpectedUtilityIssue> run_expected_utility(const Model& model,
                                                       const ExpectedUtilityOptions& options) {
  validate(model);
  check_eu_options(options);
  ExpectedUtilityWorkspace workspace;
  std::vector<ExpectedUtilityIssue> issues;
  for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
    workspace.run(model, d, options);
    issues.push_back(workspace.record(d));
  }
  return issues;
}

}  // namespace parley::forecast
