#include "parley/forecast/expected_utility.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/forecast/detail/eu_power.hpp"
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

// Row k + 1 of the prefix sums of the votes' terms: prefix[k + 1][g] = prefix[k][g] + w_k u_kg
// for every position g, from voter k's row of utilities u (n × m in all, by rank). O(n·m).
void fill_prefix_sums(std::size_t n, const double* weight, std::size_t m, const double* utility,
                      double* prefix) {
  std::fill(prefix, prefix + m, 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    detail::eu_accumulate(prefix + k * m, weight[k], utility + k * m, prefix + (k + 1) * m, m);
  }
}

// Which voters lie below and above the midpoint of each pair of positions, for
// fill_group_probabilities: with position g below h and midpoint c = (Y_g + Y_h) / 2, the voters
// [0, split[g][h]) lie below c and the voters [split[h][g], n) above it (the voters by rank, the
// positions by group: `group_unit` ascending, `group_size` voters on each). Two pointers that only
// move up as h does, by whole positions (a position's voters are on one side). O(m²).
void fill_group_splits(std::size_t m, const double* group_unit, const std::size_t* group_size,
                       std::size_t* split) {
  std::size_t first = 0;  // the first voter on position g
  for (std::size_t g = 0; g < m; ++g) {
    std::size_t below = first, below_group = g;  // voters [0, below) lie below the midpoint
    std::size_t above = first, above_group = g;  // voters [above, n) lie above it
    for (std::size_t h = g + 1; h < m; ++h) {
      const double middle = 0.5 * (group_unit[g] + group_unit[h]);
      // Both stop at the voters on h at the latest, unless g and h are so close that the midpoint
      // rounds to Y_h (then the voters on h count as on the midpoint: their votes are ~1e-16).
      // The midpoint moves up past a position or two per h at most, mostly: two steps without a
      // branch, then a loop for the rest.
      for (int step = 0; step < 2; ++step) {
        const bool past = below_group < m && group_unit[below_group] < middle;
        below += past ? group_size[below_group] : 0;
        below_group += past ? 1 : 0;
      }
      while (below_group < m && group_unit[below_group] < middle) {
        below += group_size[below_group++];
      }
      if (above_group < below_group) {
        above_group = below_group;
        above = below;
      }
      for (int step = 0; step < 2; ++step) {
        const bool past = above_group < m && group_unit[above_group] <= middle;
        above += past ? group_size[above_group] : 0;
        above_group += past ? 1 : 0;
      }
      while (above_group < m && group_unit[above_group] <= middle) {
        above += group_size[above_group++];
      }
      split[g * m + h] = below;
      split[h * m + g] = above;
    }
    first += group_size[g];
  }
}

// The probabilities of success between the positions the actors hold, in O(m²) for n voters and
// m positions, from `prefix` ((n + 1) × m, the voters by rank), the prefix sums over the voters of
// w_k u_kg, u_kg the voter's d^r to position g, and the voters on each side of each pair's
// midpoint (`split`, fill_group_splits). Fills `votes` (m × m) and returns a scale such that
// P_gh = votes[g][h] · scale (the matrix is not scaled here: its users multiply as they read it).
//
// With position g below h and midpoint c = (Y_g + Y_h) / 2, the voters below c vote for g
// (v_k(g, h) > 0), those above c for h, those on c for neither; so the votes for g are
// Σ_{k below c} w_k (u_kh − u_kg), a difference of two prefix sums over the sorted voters, and the
// same for h. Per contest, P_gh = max(0, for_g − for_h) / (for_g + for_h) (scale 1). All pairs,
// P_gh = for_g / Σ_k Σ_a Σ_b |v_k(a, b)| over actors a, b, the sum over all contests of the votes
// cast on them, for_g + for_h, counted for every pair of actors on g and h, both ways.
double fill_group_probabilities(std::size_t n, std::size_t m, const std::size_t* group_size,
                                const std::size_t* split, const double* prefix,
                                SuccessProbability kind, double* votes, double* transposed) {
  const double* total = prefix + n * m;
  double all_votes = 0;
  for (std::size_t g = 0; g < m; ++g) {
    votes[g * m + g] = 0;
    const double actors_g = static_cast<double>(group_size[g]);
    for (std::size_t h = g + 1; h < m; ++h) {
      const double* low_sums = prefix + split[g * m + h] * m;
      const double* high_sums = prefix + split[h * m + g] * m;
      const double for_g = std::max(0.0, low_sums[h] - low_sums[g]);
      const double for_h = std::max(0.0, (total[g] - high_sums[g]) - (total[h] - high_sums[h]));
      double to_g = for_g, to_h = for_h;
      if (kind == SuccessProbability::per_contest) {
        const double cast = for_g + for_h;
        to_g = cast > 0 ? std::max(0.0, for_g - for_h) / cast : 0.0;
        to_h = cast > 0 ? std::max(0.0, for_h - for_g) / cast : 0.0;
      } else {
        all_votes += 2 * (actors_g * static_cast<double>(group_size[h])) * (for_g + for_h);
      }
      votes[g * m + h] = to_g;
      votes[h * m + g] = to_h;
      if (transposed != nullptr) {
        transposed[g * m + h] = to_h;
        transposed[h * m + g] = to_g;
      }
    }
  }
  if (transposed != nullptr) {
    for (std::size_t g = 0; g < m; ++g) transposed[g * m + g] = 0;
  }
  if (kind == SuccessProbability::per_contest) return 1.0;
  return all_votes > 0 ? 1 / all_votes : 0.0;
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
  std::vector<std::size_t> split(m * m);
  fill_prefix_sums(n, sorted_weight.data(), m, utility.data(), prefix.data());
  fill_group_splits(m, group_unit.data(), group_size.data(), split.data());
  const double scale = fill_group_probabilities(
      n, m, group_size.data(), split.data(), prefix.data(), probability, between.data(), nullptr);
  for (double& value : between) value *= scale;
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

// A round's actors by rank: sorted by position, then by index. O(n log n).
void sort_eu_actors(ExpectedUtilityBuffers& b) {
  std::iota(b.order.begin(), b.order.end(), std::size_t{0});
  std::sort(b.order.begin(), b.order.end(), [&](std::size_t x, std::size_t y) {
    return b.position[x] < b.position[y] || (b.position[x] == b.position[y] && x < y);
  });
}

// The order again after a round in which the actors of b.offers[first_offer..] moved (the others
// stay where they were, and so in order): the movers sorted among themselves, then merged with the
// others. O(n + k log k) for k movers.
void reorder_eu_actors(ExpectedUtilityBuffers& b, std::size_t first_offer) {
  const auto before = [&](std::size_t x, std::size_t y) {
    return b.position[x] < b.position[y] || (b.position[x] == b.position[y] && x < y);
  };
  b.movers.clear();
  for (std::size_t e = first_offer; e < b.offers.size(); ++e) {
    b.movers.push_back(b.offers[e].actor);
    b.moving[b.offers[e].actor] = 1;
  }
  if (b.movers.empty()) return;
  b.kept.clear();
  for (const std::size_t i : b.order) {
    if (b.moving[i] == 0) b.kept.push_back(i);
  }
  for (const std::size_t i : b.movers) b.moving[i] = 0;
  std::sort(b.movers.begin(), b.movers.end(), before);
  std::merge(b.kept.begin(), b.kept.end(), b.movers.begin(), b.movers.end(), b.order.begin(),
             before);
}

// Records the round's positions (b.order sorted), median and mean. O(n).
void record_eu_round(ExpectedUtilityBuffers& b) {
  const std::size_t n = b.actors;
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

constexpr std::size_t kNoGroup = std::numeric_limits<std::size_t>::max();
const double kNotYet = std::numeric_limits<double>::quiet_NaN();  // a logarithm not yet needed

// The round's columns by rank, its groups (the distinct positions), the distances between them
// and their logarithms ln d, which the powers d^r of the second pass share. A position held in
// the round before keeps its logarithms: only those between a new position (one reached by a
// compromise) and the others are computed, so a round costs O(n + m²) time and m·k logarithms for
// k new positions (m²/2 in a run's first round). ln(0.5 ∓ 0.5 d) are computed when an offer needs
// them (make_eu_offers) and kept as long as both positions are held.
void group_eu_round(ExpectedUtilityBuffers& b) {
  const std::size_t n = b.actors;
  const double range = b.high - b.low;
  std::swap(b.log_distance, b.previous_log_distance);
  std::swap(b.log_near, b.previous_log_near);
  std::swap(b.log_far, b.previous_log_far);
  std::swap(b.group_position, b.previous_position);
  b.previous_groups = b.groups;
  std::size_t m = 0;
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t i = b.order[p];
    b.unit[p] = (b.position[i] - b.low) / range;
    b.sorted_weight[p] = b.weight[i];
    b.sorted_salience[p] = b.salience[i];
    if (p == 0 || b.position[i] != b.position[b.order[p - 1]]) {
      b.group_unit[m] = b.unit[p];
      b.group_position[m] = b.position[i];
      b.group_size[m] = 0;
      b.group_first[m] = p;
      b.group_salience[m] = b.group_least_salience[m] = b.salience[i];
      ++m;
    }
    b.group[p] = m - 1;
    ++b.group_size[m - 1];
    b.group_salience[m - 1] = std::max(b.group_salience[m - 1], b.salience[i]);
    b.group_least_salience[m - 1] = std::min(b.group_least_salience[m - 1], b.salience[i]);
  }
  b.groups = m;
  // Both rounds' positions ascend: one pass finds those held before.
  const std::size_t was = b.previous_groups;
  for (std::size_t g = 0, q = 0; g < m; ++g) {
    while (q < was && b.previous_position[q] < b.group_position[g]) ++q;
    b.group_before[g] = q < was && b.previous_position[q] == b.group_position[g] ? q : kNoGroup;
  }
  for (std::size_t g = 0; g < m; ++g) {
    b.distance[g * m + g] = 0;
    b.log_distance[g * m + g] = -kEuInfinity;
    b.log_near[g * m + g] = b.log_far[g * m + g] = kNotYet;
    const std::size_t old_g = b.group_before[g];
    for (std::size_t h = g + 1; h < m; ++h) {
      const double d = b.group_unit[h] - b.group_unit[g];
      const std::size_t old_h = b.group_before[h];
      double ln_d, ln_near, ln_far;
      if (old_g != kNoGroup && old_h != kNoGroup) {
        ln_d = b.previous_log_distance[old_g * was + old_h];
        ln_near = b.previous_log_near[old_g * was + old_h];
        ln_far = b.previous_log_far[old_g * was + old_h];
      } else {
        ln_d = std::log(d);
        ln_near = ln_far = kNotYet;
      }
      b.distance[g * m + h] = b.distance[h * m + g] = d;
      b.log_distance[g * m + h] = b.log_distance[h * m + g] = ln_d;
      b.log_near[g * m + h] = b.log_near[h * m + g] = ln_near;
      b.log_far[g * m + h] = b.log_far[h * m + g] = ln_far;
    }
  }
  fill_group_splits(m, b.group_unit.data(), b.group_size.data(), b.split.data());
}

// The risk exponents of the round (first pass, every r = 1): the probabilities of success, each
// actor's security level (the sum of the others' expected utilities of challenging it) and r from
// where that level lies among all actors'. With r = 1 the utilities are linear in the distance d
// (U_s = 2d, U_f = −2d, U_sq = 0, U_b = e + d, U_w = −(e + d)), so
// E(U_ji) = 2d (1 − 2 s_i (1 − P_ji)) − (1 − Q)(2T − 1)(e_j + d), the same for every j on one
// position. O(n·m) (the prefix sums of the votes), no powers.
void fill_eu_risk(ExpectedUtilityBuffers& b, const ExpectedUtilityOptions& options, double median) {
  const std::size_t n = b.actors;
  const std::size_t m = b.groups;
  const std::size_t* group_size = b.group_size.data();
  // The voters' utilities are their distances (a voter's row: its position's row of distances).
  double* prefix = b.prefix.data();
  std::fill(prefix, prefix + m, 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    detail::eu_accumulate(prefix + k * m, b.sorted_weight[k], b.distance.data() + b.group[k] * m,
                          prefix + (k + 1) * m, m);
  }
  const double scale = fill_group_probabilities(n, m, group_size, b.split.data(), prefix,
                                                options.probability, b.probability.data(), nullptr);
  // S_i = Σ_{j ≠ i} E(U_ji) = A_g − s_i C_g for i on position g, with
  // A_g = Σ_{h ≠ g} n_h (2 d − (1 − Q)(2T − 1)(e_h + d)) − (1 − Q)(2T − 1)(n_g − 1) e_g and
  // C_g = Σ_{h ≠ g} n_h · 4 d (1 − P_hg), n_h the actors on h: O(m²) sums, then O(1) per actor.
  const double drift = (1 - options.q) * (2 * options.t - 1);  // 0 by default (Q = 1)
  if (drift == 0) {
    // The same sums without the terms that vanish, row by row (h) so that each row is read
    // contiguously; each sum still runs over h in order, and the diagonal adds +0.
    std::fill(b.group_level.begin(), b.group_level.begin() + static_cast<std::ptrdiff_t>(m), 0.0);
    std::fill(b.group_exposure.begin(), b.group_exposure.begin() + static_cast<std::ptrdiff_t>(m),
              0.0);
    double* level = b.group_level.data();
    double* exposure = b.group_exposure.data();
    for (std::size_t h = 0; h < m; ++h) {
      const double others = static_cast<double>(group_size[h]);
      const double* distance = b.distance.data() + h * m;
      const double* votes = b.probability.data() + h * m;
      for (std::size_t g = 0; g < m; ++g) {
        level[g] += others * (2 * distance[g]);
        exposure[g] += others * (4 * distance[g] * (1 - votes[g] * scale));
      }
    }
  } else {
    for (std::size_t g = 0; g < m; ++g) {
      const double* distance = b.distance.data() + g * m;
      // The others on g's own position: d = 0, e_j = e_i.
      double level =
          -drift * static_cast<double>(group_size[g] - 1) * std::abs(b.group_unit[g] - median);
      double exposure = 0;
      for (std::size_t h = 0; h < m; ++h) {
        if (h == g) continue;
        const double d = distance[h];
        const double others = static_cast<double>(group_size[h]);
        level += others * (2 * d - drift * (std::abs(b.group_unit[h] - median) + d));
        exposure += others * (4 * d * (1 - b.probability[h * m + g] * scale));
      }
      b.group_level[g] = level;
      b.group_exposure[g] = exposure;
    }
  }
  for (std::size_t p = 0; p < n; ++p) {
    b.security[p] = b.group_level[b.group[p]] - b.sorted_salience[p] * b.group_exposure[b.group[p]];
  }
  const auto [least, greatest] =
      std::minmax_element(b.security.begin(), b.security.begin() + static_cast<std::ptrdiff_t>(n));
  const double low = *least;
  const double high = *greatest;
  for (std::size_t p = 0; p < n; ++p) {
    b.sorted_risk[p] = expected_utility::risk_exponent(b.security[p], low, high);
    b.risk[b.order[p]] = b.sorted_risk[p];
  }
}

// A logarithm of the groups² matrix `logs` (stride m), computed the first time it is needed.
double cached_log(std::vector<double>& logs, std::size_t m, std::size_t g, std::size_t h,
                  double base) {
  double& value = logs[g * m + h];
  if (std::isnan(value)) value = logs[h * m + g] = std::log(base);
  return value;
}

// Where an offer ruled out by bounds would need a larger error to be accepted (make_eu_offers).
constexpr double kOfferMargin = 1e-12;

// The second pass, with the round's risk exponents: the probabilities again, then every actor's
// best offer; fills b.next and appends the accepted offers by actor.
//
// The probabilities take the powers d^r of every voter to every position: n·m exponentials (the
// SIMD ones of eu_power.hpp), on logarithms shared by the whole round (group_eu_round).
//
// The offers i receives from the senders on a position h need i's utilities there,
// U_s = 2 − 4 a^r and U_f = 2 − 4 b^r with a = 0.5 − 0.5 d and b = 0.5 + 0.5 d, U_sq = 2 − 4·0.5^r
// (r = r_i). With Q = 1 (the default), writing σ_i = s_i (1 − P_hi) and σ_j = s_j (1 − P_ih),
// E_j = B − σ_i D and E_i = B − σ_j D, with B = U_s − U_sq = 4 (0.5^r − a^r) and
// D = U_s − U_f = 4 (b^r − a^r) > 0. So with f = B / D:
//  - E_i − E_j = D (σ_i − σ_j): where σ_i > σ_j for every sender j on h, E_i > E_j and no offer
//    from h is accepted (E_i > 0: no conflict; E_i <= 0: then E_j < 0, no offer is made);
//  - E_j = D (f − σ_i) < 0 where σ_i > f: no offer is made from h;
//  - f = (1 − (1 − d)^r) / ((1 + d)^r − (1 − d)^r) lies between 1/2 and 0.5^r. Proof: for r >= 1,
//    x^r is convex, (1 − d)^r + (1 + d)^r >= 2 and f <= 1/2; φ(d) = 2^r − (2 − 2d)^r − (1 + d)^r +
//    (1 − d)^r is 0 at d = 0 and d = 1 and φ'' = r (r − 1) [(1 − 2^r)(1 − d)^(r−2) −
//    (1 + d)^(r−2)] <= 0, so φ >= 0 in between, which is f >= 0.5^r. For r <= 1 both reverse.
//  - and D >= 1.4 d for r in [0.5, 2] (the tangent, or secant, of x^r at 0.5).
// Those bounds rule a position out without its two powers when they hold by a margin of
// kOfferMargin / d, where the rounding of the computed E (about 1e-14 at most) could not reverse
// them (detail::eu_screen, SIMD). They also show where the sender of largest, or least, salience on
// a position surely makes i an offer of conflict (σ_i < σ_j < f_low): a conflict goes before a
// compromise or a capitulation and moves i to the sender's position, so no position farther than
// the nearest such one needs weighing either. The rest are weighed exactly as every offer would
// be (b.every_offer, or Q < 1, weighs them all), so the offers, and the runs, are the same to the
// bit (tests/forecast/eu_fast_path_test.cpp checks it).
//
// O(n·m) time: n·m exponentials for the probabilities and two for each position weighed (6.8 of
// 27 per receiver in random 50-actor issues, all pairs); Q < 1 weighs all n·m (and 4·n·m powers
// more for U_b and U_w).
void make_eu_offers(ExpectedUtilityBuffers& b, const ExpectedUtilityOptions& options,
                    double median) {
  using expected_utility::better_utility;
  using expected_utility::worse_utility;
  const std::size_t n = b.actors;
  const std::size_t m = b.groups;
  const std::size_t* group_size = b.group_size.data();
  const double q = options.q;
  const double t = options.t;
  double* prefix = b.prefix.data();
  std::fill(prefix, prefix + m, 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    const double r = b.sorted_risk[k];
    const double w = b.sorted_weight[k];
    const std::size_t own = b.group[k];
    const double* before = prefix + k * m;
    double* after = prefix + (k + 1) * m;
    if (w == 0) {
      std::copy(before, before + m, after);  // + 0 · u
    } else if (r == 1.0) {
      detail::eu_accumulate(before, w, b.distance.data() + own * m, after, m);
    } else {
      detail::eu_accumulate_powers(before, w, r, b.log_distance.data() + own * m, after, m);
    }
  }
  const double scale =
      fill_group_probabilities(n, m, group_size, b.split.data(), prefix, options.probability,
                               b.probability.data(), b.resist.data());
  const double* votes = b.probability.data();
  const bool bounded = q == 1 && !b.every_offer;
  // [g][h]: 1 − P_hg (b.resist holds the votes transposed), and the largest and the least
  // s_j (1 − P_gh) of the senders j on h.
  for (std::size_t g = 0; g < m; ++g) {
    double* resist = b.resist.data() + g * m;
    double* sender_top = b.sender_top.data() + g * m;
    double* sender_bottom = b.sender_bottom.data() + g * m;
    const double* row = votes + g * m;
    for (std::size_t h = 0; h < m; ++h) {
      resist[h] = 1 - resist[h] * scale;
      const double keep = 1 - row[h] * scale;  // 1 − P_gh
      sender_top[h] = b.group_salience[h] * keep;
      sender_bottom[h] = b.group_least_salience[h] * keep;
    }
  }
  const std::size_t first_offer = b.offers.size();
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t i = b.order[p];
    const std::size_t g = b.group[p];
    const double x_i = b.position[i];
    const double r = b.sorted_risk[p];
    const double s_i = b.sorted_salience[p];
    const double half_power = r == 1.0 ? 0.5 : std::exp2(-r);  // 0.5^r
    const double status_quo = q * (2 - 4 * half_power);        // Q U_sq
    const double from_median_i = std::abs(b.group_unit[g] - median);
    // The positions to weigh: all but g's own, or those the bounds leave.
    std::size_t weighed = 0;
    if (!bounded) {
      for (std::size_t h = 0; h < m; ++h) {
        if (h != g) b.candidates[weighed++] = h;
      }
    } else {
      // f = B / D lies in [f_low, f_high]. A position is weighed unless the bounds rule its
      // offers out; and where they show that the sender of largest, or of least, salience on a
      // position makes i an offer of conflict (E_j > 0, E_i < E_j and E_i > 0), no position
      // farther than that one needs weighing.
      detail::EuScreen screen;
      screen.distance = b.distance.data() + g * m;
      screen.resist = b.resist.data() + g * m;
      screen.sender_top = b.sender_top.data() + g * m;
      screen.sender_bottom = b.sender_bottom.data() + g * m;
      screen.position = b.group_position.data();
      screen.own = g;
      screen.salience = s_i;
      screen.f_low = std::min(0.5, half_power);
      screen.f_high = std::max(0.5, half_power);
      screen.x = x_i;
      screen.margin = kOfferMargin;
      const detail::EuReach screened = detail::eu_screen(screen, b.moves.data(), m);
      if (screened.weighed > 0) {
        for (std::size_t h = 0; h < m; ++h) {  // NaN where not weighed: never <= reach
          b.candidates[weighed] = h;
          weighed += static_cast<std::size_t>(b.moves[h] <= screened.reach);
        }
      }
    }
    // a^r and b^r of each, side by side: SIMD exponentials on logarithms kept across rounds.
    double* powers = b.candidate_powers.data();
    if (r == 1.0) {
      for (std::size_t c = 0; c < weighed; ++c) {
        const double d = b.distance[g * m + b.candidates[c]];
        powers[2 * c] = 0.5 - 0.5 * d;
        powers[2 * c + 1] = 0.5 + 0.5 * d;
      }
    } else {
      double* logs = b.candidate_logs.data();
      for (std::size_t c = 0; c < weighed; ++c) {
        const std::size_t h = b.candidates[c];
        const double d = b.distance[g * m + h];
        logs[2 * c] = cached_log(b.log_near, m, g, h, 0.5 - 0.5 * d);
        logs[2 * c + 1] = cached_log(b.log_far, m, g, h, 0.5 + 0.5 * d);
      }
      detail::eu_powers(r, logs, powers, 2 * weighed);
    }
    bool found = false;
    AcceptedOffer best;
    double best_move = 0;
    for (std::size_t c = 0; c < weighed; ++c) {
      const std::size_t h = b.candidates[c];
      // The offers from the senders on position h. E_i = s_j (P_ij U_s + (1 − P_ij) U_f) +
      // (1 − s_j) U_s − Q U_sq − (1 − Q)(T U_b + (1 − T) U_w) = base_i − s_j · spread_i, linear in
      // the sender's salience; E_j = threat likewise with i's salience, the same for every sender
      // on h (when it is not above 0, nobody on h makes i an offer). Both are written the same way
      // so that a symmetric contest gives E_i = E_j exactly.
      const double d = b.distance[g * m + h];
      const double success = 2 - 4 * powers[2 * c];
      const double failure = 2 - 4 * powers[2 * c + 1];
      double drift_i = 0, drift_j = 0;
      if (q < 1) {
        const double from_median_j = std::abs(b.group_unit[h] - median);
        drift_i = (1 - q) * (t * better_utility(d, from_median_i, r) +
                             (1 - t) * worse_utility(d, from_median_i, r));
        drift_j = (1 - q) * (t * better_utility(d, from_median_j, r) +
                             (1 - t) * worse_utility(d, from_median_j, r));
      }
      const double base_i = success - status_quo - drift_i;
      const double spread_i = (1 - votes[g * m + h] * scale) * (success - failure);
      const double base_j = success - status_quo - drift_j;
      const double spread_j = b.resist[g * m + h] * (success - failure);
      const double e_j = base_j - s_i * spread_j;  // j challenges i: the same for every j on h
      if (!(e_j > 0)) continue;                    // no offer from h
      const std::size_t first = b.group_first[h];
      for (std::size_t s = first; s < first + group_size[h]; ++s) {
        const double e_i = base_i - b.sorted_salience[s] * spread_i;  // i challenges j
        if (e_i == 0 || (e_i > 0 && e_i >= e_j)) continue;            // no offer i accepts
        const std::size_t j = b.order[s];
        OfferKind kind;
        double position;
        if (e_i > 0) {
          kind = OfferKind::conflict;  // 0 < E_i < E_j
          position = b.position[j];
        } else if (-e_i < e_j) {
          kind = OfferKind::compromise;
          position = x_i + (b.position[j] - x_i) * (-e_i / e_j);
        } else {
          kind = OfferKind::capitulation;
          position = b.position[j];
        }
        // The first kind, then the smallest move, then the sender listed first in the model.
        const double move = std::abs(position - x_i);
        if (!found || kind < best.kind ||
            (kind == best.kind && (move < best_move || (move == best_move && j < best.from)))) {
          found = true;
          best = AcceptedOffer{i, j, kind, position, e_i, e_j};
          best_move = move;
        }
      }
    }
    b.next[i] = found ? best.position : x_i;
    if (found) b.offers.push_back(best);
  }
  std::sort(b.offers.begin() + static_cast<std::ptrdiff_t>(first_offer), b.offers.end(),
            [](const AcceptedOffer& x, const AcceptedOffer& y) { return x.actor < y.actor; });
}

// Sizes the buffers for n actors and a run of up to `rounds` rounds (no allocation when they
// already hold as much); those the SIMD functions read are padded (detail::kEuPadding).
void prepare_eu_buffers(ExpectedUtilityBuffers& b, std::size_t n, std::size_t rounds) {
  b.actors = n;
  b.groups = b.previous_groups = 0;
  for (auto* column :
       {&b.risk, &b.next, &b.unit, &b.sorted_weight, &b.sorted_salience, &b.sorted_risk,
        &b.security, &b.group_unit, &b.group_position, &b.group_salience, &b.group_least_salience,
        &b.group_level, &b.group_exposure, &b.previous_position, &b.moves}) {
    column->resize(n + detail::kEuPadding);
  }
  for (auto* column :
       {&b.order, &b.group, &b.group_size, &b.group_first, &b.group_before, &b.candidates}) {
    column->resize(n);
  }
  b.split.resize(n * n);
  b.moving.assign(n, 0);
  b.candidate_logs.resize(2 * n + detail::kEuPadding);
  b.candidate_powers.resize(2 * n + detail::kEuPadding);
  b.movers.reserve(n);
  b.kept.reserve(n);
  for (auto* matrix : {&b.distance, &b.log_distance, &b.log_near, &b.log_far,
                       &b.previous_log_distance, &b.previous_log_near, &b.previous_log_far,
                       &b.probability, &b.resist, &b.sender_top, &b.sender_bottom}) {
    matrix->resize(n * n + detail::kEuPadding);
  }
  b.prefix.resize((n + 1) * n + detail::kEuPadding);
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
  sort_eu_actors(b);
  record_eu_round(b);
  std::size_t round = 0;
  while (round < options.round_limit) {
    ++round;
    const double median = (b.median.back() - b.low) / range;
    const std::size_t first_offer = b.offers.size();
    group_eu_round(b);
    fill_eu_risk(b, options, median);
    make_eu_offers(b, options, median);
    const auto actors = static_cast<std::ptrdiff_t>(b.actors);
    b.risk_history.insert(b.risk_history.end(), b.risk.begin(), b.risk.begin() + actors);
    std::copy(b.next.begin(), b.next.begin() + actors, b.position.begin());
    reorder_eu_actors(b, first_offer);
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

void detail::weigh_every_offer(ExpectedUtilityWorkspace& workspace, bool every) {
  workspace.buffers_.every_offer = every;
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
