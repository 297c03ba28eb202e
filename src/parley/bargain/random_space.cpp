#include "parley/bargain/random_space.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace parley::bargain {

AdditiveSpace random_space(const RandomSpaceOptions& o) {
  SplitMix64 rng{o.seed * 0x2545F4914F6CDD1Dull + 12345};
  const std::size_t P = o.parties, I = o.issues;
  AdditiveSpace s;
  for (std::size_t p = 0; p < P; ++p) s.parties.push_back("party" + std::to_string(p));
  std::vector<std::vector<double>> weight(P, std::vector<double>(I, 1.0));
  if (o.grid <= 0)
    for (std::size_t p = 0; p < P; ++p) {
      double total = 0;
      for (std::size_t i = 0; i < I; ++i) total += weight[p][i] = 1.0 - rng.uniform();  // (0,1]
      for (std::size_t i = 0; i < I; ++i) weight[p][i] /= total;
    }
  const std::size_t steps = o.grid > 0 ? static_cast<std::size_t>(std::lround(1.0 / o.grid)) : 0;
  for (std::size_t i = 0; i < I; ++i) {
    const std::size_t L = o.min_levels + rng.below(o.max_levels - o.min_levels + 1);
    IssueAxis axis;
    axis.id = "issue" + std::to_string(i);
    axis.title = axis.id;
    for (std::size_t l = 0; l < L; ++l) {
      axis.level_labels.push_back("level" + std::to_string(l));
      axis.level_points.push_back(static_cast<double>(l));
    }
    s.issues.push_back(axis);
    std::vector<double> table(L * P);
    std::vector<std::uint8_t> ok(L * P, 1);
    for (std::size_t p = 0; p < P; ++p) {
      std::vector<double> v(L);
      for (auto& x : v)
        x = steps ? o.grid * static_cast<double>(rng.below(steps + 1)) : rng.uniform();
      bool ascending = p % 2 == 0;
      if (rng.uniform() < 0.25) ascending = !ascending;
      if (o.opposed) {
        if (ascending)
          std::sort(v.begin(), v.end());
        else
          std::sort(v.rbegin(), v.rend());
      }
      for (std::size_t l = 0; l < L; ++l) table[l * P + p] = weight[p][i] * v[l];
      if (L > 1 && rng.uniform() < o.red_line_probability) {
        std::vector<std::size_t> by_value(L);
        for (std::size_t l = 0; l < L; ++l) by_value[l] = l;
        std::stable_sort(by_value.begin(), by_value.end(),
                         [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
        const std::size_t rejected = 1 + rng.below(L - 1);
        for (std::size_t k = 0; k < rejected; ++k) ok[by_value[k] * P + p] = 0;
      }
    }
    s.contribution.push_back(std::move(table));
    s.acceptable.push_back(std::move(ok));
  }
  s.reservation.assign(P, 0.0);
  for (std::size_t p = 0; p < P; ++p) {
    double best = 0;
    for (std::size_t i = 0; i < I; ++i) {
      double m = -INFINITY;
      for (std::size_t l = 0; l < s.level_count(i); ++l) m = std::max(m, s.value(i, l, p));
      best += m;
    }
    const double jitter = o.reservation_jitter > 0 ? o.reservation_jitter * rng.uniform() : 0.0;
    s.reservation[p] = (o.reservation_fraction + jitter) * best;
    if (o.grid > 0) s.reservation[p] = o.grid * std::floor(s.reservation[p] / o.grid);
  }
  return s;
}

}  // namespace parley::bargain
