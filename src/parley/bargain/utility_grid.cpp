#include "parley/bargain/utility_grid.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace parley::bargain {
namespace {

constexpr double kTwo61 = 0x1p61;        // every |sum| of a party's steps stays below 2^61
constexpr double kMaxFraction = 0x1p40;  // values read as fractions: |v| < 2^40

// max(Σ_i max_l |value(i,l,p)|, |reservation_p|): a bound on every partial sum.
double bound_of(const AdditiveSpace& space, std::size_t p) {
  double total = 0;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    double m = 0;
    for (std::size_t l = 0; l < space.level_count(i); ++l)
      m = std::max(m, std::abs(space.value(i, l, p)));
    total += m;
  }
  return std::max(total, std::abs(space.reservation[p]));
}

// The party's values as exact fractions over one denominator, or false.
bool fraction_grid(const AdditiveSpace& space, std::size_t p, double bound, PartyGrid& grid,
                   std::vector<std::int64_t>& numerators, std::vector<std::int64_t>& denominators) {
  const double tolerance = space.tolerance;
  const std::int64_t cap =
      static_cast<std::int64_t>(std::min(kTwo61, kTwo61 / std::max(bound, 1.0)));
  std::int64_t d = 1;
  numerators.clear();
  denominators.clear();
  auto take = [&](double v) {
    std::int64_t num = 0, den = 1;
    if (!as_fraction(v, kMaxDenominator, num, den)) return false;
    const std::int64_t g = std::gcd(d, den);
    if (den / g > cap / d) return false;
    d = d / g * den;
    numerators.push_back(num);
    denominators.push_back(den);
    return true;
  };
  for (std::size_t i = 0; i < space.issue_count(); ++i)
    for (std::size_t l = 0; l < space.level_count(i); ++l)
      if (!take(space.value(i, l, p))) return false;
  if (!take(space.reservation[p])) return false;
  if (tolerance > 0 && static_cast<double>(d) * tolerance >= 1.0) return false;
  grid.kind = GridKind::fraction;
  grid.denominator = d;
  grid.step = 1.0 / static_cast<double>(d);
  return true;
}

}  // namespace

bool as_fraction(double v, std::int64_t max_den, std::int64_t& num, std::int64_t& den) {
  if (!std::isfinite(v) || std::abs(v) >= kMaxFraction || max_den < 1) return false;
  const double x = std::abs(v);
  const double tol = 0x1p-48 * x;  // 16 units in the last place: a few rounded operations
  // Convergents h/k of the continued fraction of x: h_n = a_n·h_{n−1} + h_{n−2}, same for k.
  std::int64_t h_prev = 0, h = 1, k_prev = 1, k = 0;
  double y = x;
  for (int step = 0; step < 64; ++step) {
    const double a = std::floor(y);
    if (k > 0 && a > static_cast<double>(max_den)) return false;  // next k would exceed max_den
    const auto ai = static_cast<std::int64_t>(a);
    const std::int64_t h_next = ai * h + h_prev;
    const std::int64_t k_next = ai * k + k_prev;
    if (k_next > max_den) return false;
    h_prev = h;
    h = h_next;
    k_prev = k;
    k = k_next;
    if (std::abs(x - static_cast<double>(h) / static_cast<double>(k)) <= tol) {
      num = v < 0 ? -h : h;
      den = k;
      return true;
    }
    const double rest = y - a;
    if (!(rest > 0)) return false;
    y = 1.0 / rest;
  }
  return false;
}

std::string PartyGrid::describe() const {
  switch (kind) {
    case GridKind::fraction:
      return denominator == 1 ? "exact integers"
                              : fmt::format("exact fractions over {}", denominator);
    case GridKind::tolerance:
      return fmt::format("rounded to multiples of the tolerance {:g}", step);
    case GridKind::binary:
      return fmt::format("rounded to multiples of 2^{}", static_cast<int>(std::log2(step)));
  }
  return {};
}

double PartyGrid::to_utility(std::int64_t steps) const {
  if (kind != GridKind::fraction) return static_cast<double>(steps) * step;
  const std::int64_t whole = steps / denominator, rest = steps % denominator;
  return static_cast<double>(whole) + static_cast<double>(rest) / static_cast<double>(denominator);
}

double UtilityGrid::to_utility(std::int64_t steps, std::size_t p) const {
  return party[p].to_utility(steps);
}

bool UtilityGrid::exact() const {
  return std::all_of(party.begin(), party.end(),
                     [](const PartyGrid& g) { return g.kind == GridKind::fraction; });
}

UtilityGrid utility_grid(const AdditiveSpace& space) {
  check_consistent(space);
  const std::size_t P = space.party_count(), I = space.issue_count();
  UtilityGrid grid;
  grid.parties = P;
  grid.party.resize(P);
  grid.reservation.assign(P, 0);
  grid.units.resize(I);
  for (std::size_t i = 0; i < I; ++i) grid.units[i].assign(space.level_count(i) * P, 0);
  std::vector<std::int64_t> numerators, denominators;
  for (std::size_t p = 0; p < P; ++p) {
    const double bound = bound_of(space, p);
    PartyGrid& g = grid.party[p];
    if (fraction_grid(space, p, bound, g, numerators, denominators)) {
      std::size_t k = 0;
      auto scaled = [&] {
        const std::int64_t steps = numerators[k] * (g.denominator / denominators[k]);
        ++k;
        return steps;
      };
      for (std::size_t i = 0; i < I; ++i)
        for (std::size_t l = 0; l < space.level_count(i); ++l) grid.units[i][l * P + p] = scaled();
      grid.reservation[p] = scaled();
      continue;
    }
    const double tau = space.tolerance;
    if (tau > 0 && bound / tau <= kTwo61) {
      g.kind = GridKind::tolerance;
      g.step = tau;
    } else {
      g.kind = GridKind::binary;
      const int e = bound > 0 ? std::ilogb(bound) + 1 - 61 : -61;  // bound < 2^(ilogb+1)
      g.step = std::ldexp(1.0, e);
    }
    g.denominator = 0;
    auto steps_of = [&](double v) { return std::llround(v / g.step); };
    for (std::size_t i = 0; i < I; ++i)
      for (std::size_t l = 0; l < space.level_count(i); ++l)
        grid.units[i][l * P + p] = steps_of(space.value(i, l, p));
    grid.reservation[p] = steps_of(space.reservation[p]);
  }
  return grid;
}

}  // namespace parley::bargain
