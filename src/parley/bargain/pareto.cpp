#include "parley/bargain/pareto.hpp"

#include <tbb/parallel_sort.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>

namespace parley::bargain {
namespace {

constexpr std::size_t kParallelSortThreshold = 1 << 15;

template <class Compare>
void sort_indices(std::vector<std::uint32_t>& order, Compare less) {
  if (order.size() >= kParallelSortThreshold)
    tbb::parallel_sort(order.begin(), order.end(), less);  // total order ⇒ deterministic
  else
    std::sort(order.begin(), order.end(), less);
}

// Lexicographically descending on the coordinates, then ascending index: a total order.
struct LexDescending {
  const double* points;
  std::size_t parties;
  bool operator()(std::uint32_t a, std::uint32_t b) const {
    const double* pa = points + std::size_t{a} * parties;
    const double* pb = points + std::size_t{b} * parties;
    for (std::size_t k = 0; k < parties; ++k)
      if (pa[k] != pb[k]) return pa[k] > pb[k];
    return a < b;
  }
};

// P = 2. Order by (u0, u1) descending. p is dominated iff
//   (A) some q with q0 > p0 + tol has q1 >= p1 − tol      (a prefix of the order: running max), or
//   (B) some q with |q0 − p0| <= tol has q1 > p1 + tol    (a sliding window: monotone deque).
// Survivors with u0 within tol have u1 within tol (else one dominates), so duplicates are
// consecutive survivors. O(n log n).
ParetoGroups filter2(const double* pts, std::size_t n, double tol) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  sort_indices(order, LexDescending{pts, 2});
  auto u0 = [&](std::size_t j) { return pts[std::size_t{order[j]} * 2]; };
  auto u1 = [&](std::size_t j) { return pts[std::size_t{order[j]} * 2 + 1]; };

  std::vector<std::uint32_t> window(n);  // deque of positions, u1 decreasing
  std::size_t head = 0, tail = 0;
  std::size_t prefix = 0, window_end = 0;
  double prefix_max = -INFINITY;
  ParetoGroups out;
  out.members.reserve(n / 4 + 1);
  double rep0 = 0, rep1 = 0;
  bool open = false;
  for (std::size_t j = 0; j < n; ++j) {
    const double p0 = u0(j), p1 = u1(j);
    while (prefix < n && u0(prefix) > p0 + tol) prefix_max = std::max(prefix_max, u1(prefix++));
    while (window_end < n && u0(window_end) >= p0 - tol) {
      while (tail > head && u1(window[tail - 1]) <= u1(window_end)) --tail;
      window[tail++] = static_cast<std::uint32_t>(window_end++);
    }
    while (head < tail && window[head] < prefix) ++head;  // left the window: q0 > p0 + tol
    const bool dominated = prefix_max >= p1 - tol || (head < tail && u1(window[head]) > p1 + tol);
    if (dominated) continue;
    if (open && std::abs(p0 - rep0) <= tol && std::abs(p1 - rep1) <= tol) {
      out.members.push_back(order[j]);
      continue;
    }
    if (open) out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
    out.members.push_back(order[j]);
    rep0 = p0;
    rep1 = p1;
    open = true;
  }
  if (open) out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
  return out;
}

// Staircase of 2D points (u1, u2): the maximal ones, u1 ascending and u2 descending, so the
// largest u2 among points with u1 >= x is the first entry at or after x. O(log n) amortized.
class Staircase {
 public:
  // max u2 over points with u1 >= x (strict: u1 > x); −∞ when none.
  double max_from(double x, bool strict) const {
    const auto it = strict ? steps_.upper_bound(x) : steps_.lower_bound(x);
    return it == steps_.end() ? -INFINITY : it->second;
  }
  void insert(double a, double b) {
    if (max_from(a, false) >= b) return;  // covered
    auto it = steps_.insert_or_assign(a, b).first;
    while (it != steps_.begin()) {  // erase the steps it covers: u1 <= a, u2 <= b
      auto before = std::prev(it);
      if (before->second > b) break;
      steps_.erase(before);
    }
  }

 private:
  std::map<double, double> steps_;
};

// P = 3. Order by (u0, u1, u2) descending. p is dominated (docs: exact up to points within tol
// of p in u0 but not equal to it, which the tolerance assumption rules out) iff some earlier q has
//   (i)   q1 > p1 + tol and q2 >= p2 − tol, or
//   (ii)  q1 >= p1 − tol and q2 > p2 + tol, or
//   (iii) q0 > p0 + tol and q1 >= p1 − tol and q2 >= p2 − tol   (delayed insertion).
// Duplicates of a kept point have u0 within tol: a short scan back over the kept points.
// O(n log n + n·d), d the number of kept points within tol in u0.
ParetoGroups filter3(const double* pts, std::size_t n, double tol) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  sort_indices(order, LexDescending{pts, 3});
  auto at = [&](std::size_t j) { return pts + std::size_t{order[j]} * 3; };
  Staircase all, strict;
  std::size_t strict_end = 0;
  std::vector<std::uint32_t> kept;        // representatives, by u0 descending
  std::vector<std::uint32_t> head, last;  // member lists per kept point
  std::vector<std::uint32_t> next(n, UINT32_MAX);
  for (std::size_t j = 0; j < n; ++j) {
    const double* p = at(j);
    while (strict_end < j && at(strict_end)[0] > p[0] + tol) {
      strict.insert(at(strict_end)[1], at(strict_end)[2]);
      ++strict_end;
    }
    const bool dominated = all.max_from(p[1] + tol, true) >= p[2] - tol ||
                           all.max_from(p[1] - tol, false) > p[2] + tol ||
                           strict.max_from(p[1] - tol, false) >= p[2] - tol;
    all.insert(p[1], p[2]);
    if (dominated) continue;
    std::size_t dup = SIZE_MAX;
    for (std::size_t g = kept.size(); g-- > 0;) {
      const double* q = pts + std::size_t{kept[g]} * 3;
      if (q[0] > p[0] + tol) break;
      if (std::abs(q[1] - p[1]) <= tol && std::abs(q[2] - p[2]) <= tol) {
        dup = g;
        break;
      }
    }
    const std::uint32_t i = order[j];
    if (dup != SIZE_MAX) {
      next[last[dup]] = i;
      last[dup] = i;
      continue;
    }
    kept.push_back(i);
    head.push_back(i);
    last.push_back(i);
  }
  ParetoGroups out;
  for (std::size_t g = 0; g < kept.size(); ++g) {
    for (std::uint32_t m = head[g]; m != UINT32_MAX; m = next[m]) out.members.push_back(m);
    out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
  }
  return out;
}

// P >= 4 (and P = 1), templated on P for 3..6 (0 = run-time P).
template <std::size_t kP>
ParetoGroups filter_kept(const double* pts, std::size_t n, std::size_t parties, double tol) {
  const std::size_t dim = kP ? kP : parties;
  std::vector<double> sum(n);
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0;
    for (std::size_t k = 0; k < dim; ++k) s += pts[i * dim + k];
    sum[i] = s;
  }
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  const LexDescending lex{pts, dim};
  sort_indices(order, [&](std::uint32_t a, std::uint32_t b) {
    if (sum[a] != sum[b]) return sum[a] > sum[b];
    return lex(a, b);
  });

  // Kept set, flat: coordinates, sums, alive flags, member lists as linked lists over inputs.
  std::vector<double> kept;
  std::vector<double> kept_sum;
  std::vector<std::uint8_t> alive;
  std::vector<std::uint32_t> head, last;
  std::vector<std::uint32_t> next(n, UINT32_MAX);
  // A later point q (smaller sum) can dominate an earlier p only when sum(p) − sum(q) <
  // (P − 2)·tol; such kept points are re-checked against each newly kept point.
  const double back_window = (static_cast<double>(dim) - 2.0) * tol;
  std::size_t cache = SIZE_MAX;  // the kept point that dominated the previous input

  auto rel = [&](std::size_t g, const double* p) {
    const double* q = kept.data() + g * dim;
    bool better = false;
    for (std::size_t k = 0; k < dim; ++k) {
      const double d = q[k] - p[k];
      if (d < -tol) return Relation::none;
      better = better || d > tol;
    }
    return better ? Relation::dominates : Relation::duplicate;
  };

  for (std::size_t j = 0; j < n; ++j) {
    const std::uint32_t i = order[j];
    const double* p = pts + std::size_t{i} * dim;
    if (cache != SIZE_MAX && alive[cache] && rel(cache, p) == Relation::dominates) continue;
    std::size_t dup = SIZE_MAX;
    bool dominated = false;
    const std::size_t count = alive.size();
    for (std::size_t g = 0; g < count; ++g) {
      if (!alive[g]) continue;
      const Relation r = rel(g, p);
      if (r == Relation::none) continue;
      if (r == Relation::dominates) {
        dominated = true;
        cache = g;
      } else {
        dup = g;
      }
      break;
    }
    if (dominated) continue;
    if (dup != SIZE_MAX) {
      next[last[dup]] = i;
      last[dup] = i;
      continue;
    }
    for (std::size_t g = count; g-- > 0 && kept_sum[g] - sum[i] < back_window;) {
      if (!alive[g]) continue;
      const double* q = kept.data() + g * dim;
      if (relation(p, q, dim, tol) == Relation::dominates) alive[g] = 0;
    }
    kept.insert(kept.end(), p, p + dim);
    kept_sum.push_back(sum[i]);
    alive.push_back(1);
    head.push_back(i);
    last.push_back(i);
  }

  ParetoGroups out;
  for (std::size_t g = 0; g < alive.size(); ++g) {
    if (!alive[g]) continue;
    for (std::uint32_t m = head[g]; m != UINT32_MAX; m = next[m]) out.members.push_back(m);
    out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
  }
  return out;
}

}  // namespace

ParetoGroups pareto_filter(const double* points, std::size_t n, std::size_t parties, double tol) {
  if (n == 0) return {};
  switch (parties) {
    case 2:
      return filter2(points, n, tol);
    case 3:
      return filter3(points, n, tol);
    case 4:
      return filter_kept<4>(points, n, parties, tol);
    case 5:
      return filter_kept<5>(points, n, parties, tol);
    case 6:
      return filter_kept<6>(points, n, parties, tol);
    default:
      return filter_kept<0>(points, n, parties, tol);
  }
}

}  // namespace parley::bargain
