#include "parley/bargain/pareto.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>
#include <tbb/partitioner.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <numeric>
#include <utility>

namespace parley::bargain {
namespace {

constexpr std::size_t kParallelSortThreshold = 1 << 15;

// `less` must be a total order (ties broken by index), so the result is unique: deterministic
// whatever the schedule of the parallel sort.
template <class T, class Compare>
void sort_points(std::vector<T>& v, Compare less) {
  if (v.size() >= kParallelSortThreshold)
    tbb::parallel_sort(v.begin(), v.end(), less);
  else
    std::sort(v.begin(), v.end(), less);
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
  sort_points(order, LexDescending{pts, 2});
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

// Suffix maxima over positions 0..n-1 (a Fenwick tree on reversed positions): raise(pos, v) and
// max_from(s) = max over positions >= s, both O(log n), no allocation after construction.
class SuffixMax {
 public:
  explicit SuffixMax(std::size_t n) : n_(n), tree_(n + 1, -INFINITY) {}
  void raise(std::size_t pos, double v) {
    for (std::size_t i = n_ - pos; i <= n_; i += i & (~i + 1)) tree_[i] = std::max(tree_[i], v);
  }
  double max_from(std::size_t s) const {
    double m = -INFINITY;
    for (std::size_t i = n_ - s; i > 0; i -= i & (~i + 1)) m = std::max(m, tree_[i]);
    return m;
  }

 private:
  std::size_t n_;
  std::vector<double> tree_;
};

// In ascending `v`, the first position >= from with v > x (upper) or the first position <= from
// whose value is >= x (lower), found by galloping from `from`: O(log distance).
std::size_t gallop_upper(const std::vector<double>& v, std::size_t from, double x) {
  std::size_t lo = from, step = 1;
  while (lo + step < v.size() && v[lo + step] <= x) lo += step, step *= 2;
  const auto first = v.begin() + static_cast<std::ptrdiff_t>(lo);
  const auto last = v.begin() + static_cast<std::ptrdiff_t>(std::min(lo + step + 1, v.size()));
  return static_cast<std::size_t>(std::upper_bound(first, last, x) - v.begin());
}
std::size_t gallop_lower(const std::vector<double>& v, std::size_t from, double x) {
  std::size_t hi = from, step = 1;  // v[hi] >= x holds for hi = from (v[from] = p1 >= p1 − tol)
  while (hi >= step && v[hi - step] >= x) hi -= step, step *= 2;
  const auto first = v.begin() + static_cast<std::ptrdiff_t>(hi >= step ? hi - step : 0);
  return static_cast<std::size_t>(
      std::lower_bound(first, v.begin() + static_cast<std::ptrdiff_t>(hi), x) - v.begin());
}

struct Point3 {
  double u0, u1, u2;
  std::uint32_t index;
};

// P = 3. Order by (u0, u1, u2) descending. p is dominated (docs: exact up to points within tol
// of p in u0 but not equal to it, which the tolerance assumption rules out) iff some earlier q has
//   (i)   q1 > p1 + tol and q2 >= p2 − tol, or
//   (ii)  q1 >= p1 − tol and q2 > p2 + tol, or
//   (iii) q0 > p0 + tol and q1 >= p1 − tol and q2 >= p2 − tol   (delayed insertion).
// Each condition is a "max q2 over q1 >= x" query on a 2D staircase (Kung et al. 1975), kept as
// suffix maxima over the points' ranks in u1: `all` holds every earlier point, `strict` those with
// q0 > p0 + tol. Duplicates of a kept point have u0 within tol: a short scan back over the kept
// points. O(n log n + n·d), d the number of kept points within tol in u0.
ParetoGroups filter3(const double* pts, std::size_t n, double tol) {
  std::vector<Point3> p(n);
  for (std::size_t i = 0; i < n; ++i)
    p[i] = {pts[i * 3], pts[i * 3 + 1], pts[i * 3 + 2], static_cast<std::uint32_t>(i)};
  sort_points(p, [](const Point3& a, const Point3& b) {
    if (a.u0 != b.u0) return a.u0 > b.u0;
    if (a.u1 != b.u1) return a.u1 > b.u1;
    if (a.u2 != b.u2) return a.u2 > b.u2;
    return a.index < b.index;
  });
  // rank[j]: position of p[j].u1 among all u1 ascending; by_u1[rank[j]] == p[j].u1.
  std::vector<std::pair<double, std::uint32_t>> key(n);
  for (std::size_t j = 0; j < n; ++j) key[j] = {p[j].u1, static_cast<std::uint32_t>(j)};
  sort_points(key, std::less<>());
  std::vector<double> by_u1(n);
  std::vector<std::uint32_t> rank(n);
  for (std::size_t r = 0; r < n; ++r) {
    by_u1[r] = key[r].first;
    rank[key[r].second] = static_cast<std::uint32_t>(r);
  }
  key = {};

  SuffixMax all(n), strict(n);
  std::size_t strict_end = 0;
  std::vector<std::uint32_t> kept;        // representatives (positions in p), u0 descending
  std::vector<std::uint32_t> head, last;  // member lists per kept point
  std::vector<std::uint32_t> next(n, UINT32_MAX);
  for (std::size_t j = 0; j < n; ++j) {
    const Point3& q = p[j];
    while (strict_end < j && p[strict_end].u0 > q.u0 + tol) {
      strict.raise(rank[strict_end], p[strict_end].u2);
      ++strict_end;
    }
    const std::size_t above = gallop_upper(by_u1, rank[j], q.u1 + tol);  // q1 > p1 + tol
    const std::size_t near = gallop_lower(by_u1, rank[j], q.u1 - tol);   // q1 >= p1 − tol
    const bool dominated = all.max_from(above) >= q.u2 - tol || all.max_from(near) > q.u2 + tol ||
                           strict.max_from(near) >= q.u2 - tol;
    all.raise(rank[j], q.u2);
    if (dominated) continue;
    std::size_t dup = SIZE_MAX;
    for (std::size_t g = kept.size(); g-- > 0;) {
      const Point3& k = p[kept[g]];
      if (k.u0 > q.u0 + tol) break;
      if (std::abs(k.u1 - q.u1) <= tol && std::abs(k.u2 - q.u2) <= tol) {
        dup = g;
        break;
      }
    }
    if (dup != SIZE_MAX) {
      next[last[dup]] = q.index;
      last[dup] = q.index;
      continue;
    }
    kept.push_back(static_cast<std::uint32_t>(j));
    head.push_back(q.index);
    last.push_back(q.index);
  }
  ParetoGroups out;
  out.members.reserve(kept.size());
  for (std::size_t g = 0; g < kept.size(); ++g) {
    for (std::uint32_t m = head[g]; m != UINT32_MAX; m = next[m]) out.members.push_back(m);
    out.begin.push_back(static_cast<std::uint32_t>(out.members.size()));
  }
  return out;
}

// P >= 4 (and P = 1), templated on P for 4..6 (0 = run-time P).
//
// Sort by coordinate sum descending: a point can only be dominated by one sorted before it (up to
// the tolerance window below). The sorted inputs are taken in blocks; within a block every point
// is first compared with the kept set as it stood when the block began — in parallel, read-only,
// first relation found wins — and then, in order, with the points the block itself added. The
// parallel phase splits blocks into fixed chunks (simple_partitioner), each with its own cache of
// the last dominator, so the verdicts and the result never depend on the thread count.
// O(n log n + n·F·P) worst case, F the frontier size; dominated points usually stop early.
template <std::size_t kP>
ParetoGroups filter_kept(const double* pts, std::size_t n, std::size_t parties, double tol) {
  const std::size_t dim = kP ? kP : parties;
  struct Keyed {
    double sum;
    std::uint32_t index;
  };
  std::vector<Keyed> keyed(n);
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0;
    for (std::size_t k = 0; k < dim; ++k) s += pts[i * dim + k];
    keyed[i] = {s, static_cast<std::uint32_t>(i)};
  }
  const LexDescending lex{pts, dim};
  sort_points(keyed, [&](const Keyed& a, const Keyed& b) {
    if (a.sum != b.sum) return a.sum > b.sum;
    return lex(a.index, b.index);
  });
  std::vector<double> sorted(n * dim);  // the points in sorted order, contiguous
  for (std::size_t j = 0; j < n; ++j)
    std::copy_n(pts + std::size_t{keyed[j].index} * dim, dim, sorted.data() + j * dim);

  // Kept set, flat: coordinates, sums, alive flags, member lists as linked lists over inputs.
  std::vector<double> kept;
  std::vector<double> kept_sum;
  std::vector<std::uint8_t> alive;
  std::vector<std::uint32_t> head, last;
  std::vector<std::uint32_t> next(n, UINT32_MAX);
  // A later point q (smaller sum) can dominate an earlier p only when sum(p) − sum(q) <
  // (P − 2)·tol; such kept points are re-checked against each newly kept point.
  const double back_window = (static_cast<double>(dim) - 2.0) * tol;

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
  // First alive kept point in [from, to) related to p: dominated, duplicate of g, or neither.
  constexpr std::uint32_t kDominated = UINT32_MAX, kUnrelated = UINT32_MAX - 1;
  auto verdict = [&](const double* p, std::size_t from, std::size_t to, std::size_t& cache) {
    if (cache != SIZE_MAX && rel(cache, p) == Relation::dominates) return kDominated;
    for (std::size_t g = from; g < to; ++g) {
      if (!alive[g]) continue;
      const Relation r = rel(g, p);
      if (r == Relation::none) continue;
      if (r == Relation::duplicate) return static_cast<std::uint32_t>(g);
      cache = g;
      return kDominated;
    }
    return kUnrelated;
  };

  constexpr std::size_t kBlock = 4096, kChunk = 256;
  std::vector<std::uint32_t> verdicts(kBlock);
  for (std::size_t start = 0; start < n; start += kBlock) {
    const std::size_t end = std::min(n, start + kBlock);
    const std::size_t count = alive.size();  // the snapshot this block is checked against
    auto check = [&](const tbb::blocked_range<std::size_t>& r) {
      std::size_t cache = SIZE_MAX;
      for (std::size_t j = r.begin(); j < r.end(); ++j)
        verdicts[j - start] = verdict(sorted.data() + j * dim, 0, count, cache);
    };
    if (count == 0)
      std::fill(verdicts.begin(), verdicts.end(), kUnrelated);
    else
      tbb::parallel_for(tbb::blocked_range<std::size_t>(start, end, kChunk), check,
                        tbb::simple_partitioner());
    std::size_t cache = SIZE_MAX;
    for (std::size_t j = start; j < end; ++j) {
      const std::uint32_t i = keyed[j].index;
      const double* p = sorted.data() + j * dim;
      std::uint32_t v = verdicts[j - start];
      if (v == kDominated) continue;
      if (v != kUnrelated && !alive[v]) v = kUnrelated;  // its duplicate was evicted meanwhile
      if (v == kUnrelated) {
        if (cache != SIZE_MAX && !alive[cache]) cache = SIZE_MAX;
        v = verdict(p, count, alive.size(), cache);  // the points this block added
      }
      if (v == kDominated) continue;
      if (v != kUnrelated) {
        next[last[v]] = i;
        last[v] = i;
        continue;
      }
      for (std::size_t g = alive.size(); g-- > 0 && kept_sum[g] - keyed[j].sum < back_window;) {
        if (!alive[g]) continue;
        if (relation(p, kept.data() + g * dim, dim, tol) == Relation::dominates) alive[g] = 0;
      }
      kept.insert(kept.end(), p, p + dim);
      kept_sum.push_back(keyed[j].sum);
      alive.push_back(1);
      head.push_back(i);
      last.push_back(i);
    }
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
