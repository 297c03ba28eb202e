#include "parley/bargain/pareto.hpp"

#include <algorithm>
#include <numeric>

namespace parley::bargain {

// Interim: sort by coordinate sum descending (a dominator has a larger sum; fl-sums are monotone,
// ties broken lexicographically), then compare with the kept points. O(n log n + n·F·P).
ParetoGroups pareto_filter(const std::int64_t* pts, std::size_t n, std::size_t P,
                           ParetoWorkspace*) {
  std::vector<double> key(n);
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0;
    for (std::size_t k = 0; k < P; ++k) s += static_cast<double>(pts[i * P + k]);
    key[i] = s;
  }
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (key[a] != key[b]) return key[a] > key[b];
    for (std::size_t k = 0; k < P; ++k)
      if (pts[a * P + k] != pts[b * P + k]) return pts[a * P + k] > pts[b * P + k];
    return a < b;
  });
  std::vector<std::uint32_t> kept;
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t i : order) {
    bool dominated = false;
    std::size_t dup = SIZE_MAX;
    for (std::size_t g = 0; g < kept.size(); ++g) {
      const Relation r = relation(pts + std::size_t{kept[g]} * P, pts + std::size_t{i} * P, P);
      if (r == Relation::dominates) {
        dominated = true;
        break;
      }
      if (r == Relation::duplicate) {
        dup = g;
        break;
      }
    }
    if (dominated) continue;
    if (dup != SIZE_MAX) {
      groups[dup].push_back(i);
      continue;
    }
    kept.push_back(i);
    groups.push_back({i});
  }
  ParetoGroups out;
  for (const auto& g : groups) {
    out.members.insert(out.members.end(), g.begin(), g.end());
    out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
  }
  return out;
}

ParetoGroups pareto_filter_sum(const std::int64_t* a, std::size_t na, const std::int64_t* b,
                               std::size_t nb, std::size_t P, ParetoWorkspace* ws) {
  std::vector<std::int64_t> sums(na * nb * P);
  for (std::size_t x = 0; x < na; ++x)
    for (std::size_t y = 0; y < nb; ++y)
      for (std::size_t k = 0; k < P; ++k) sums[(x * nb + y) * P + k] = a[x * P + k] + b[y * P + k];
  return pareto_filter(sums.data(), na * nb, P, ws);
}

}  // namespace parley::bargain
