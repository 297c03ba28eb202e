#include "parley/bargain/pareto.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_invoke.h>
#include <tbb/parallel_sort.h>
#include <tbb/partitioner.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace parley::bargain {
namespace {

using i64 = std::int64_t;
using u32 = std::uint32_t;
using u64 = std::uint64_t;

constexpr u32 kDominated = std::numeric_limits<u32>::max();
constexpr std::size_t kParallelSortThreshold = std::size_t{1} << 15;

// A point with its input index, kP coordinates (padded with zeros up to kP when P < kP: equal
// padding on both sides never changes a comparison).
template <std::size_t kP>
struct Row {
  i64 u[kP];
  u32 index;
};

// Lexicographically descending, then ascending index: a total order.
template <std::size_t kP>
bool lex_before(const Row<kP>& a, const Row<kP>& b) {
  for (std::size_t k = 0; k < kP; ++k)
    if (a.u[k] != b.u[k]) return a.u[k] > b.u[k];
  return a.index < b.index;
}

template <class T>
T* grow(std::vector<T>& v, std::size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}

void check_count(std::size_t n, const char* what) {
  if (n > std::numeric_limits<u32>::max())
    throw std::length_error(std::string(what) + ": more than 2^32 - 1 points");
}

}  // namespace

struct ParetoWorkspace::Impl {
  std::tuple<std::vector<Row<2>>, std::vector<Row<3>>, std::vector<Row<4>>, std::vector<Row<5>>,
             std::vector<Row<6>>, std::vector<Row<7>>, std::vector<Row<8>>, std::vector<Row<16>>>
      rows;
  // Sweeps (P = 2, 3): staircase, representatives, duplicates (group << 32 | member).
  std::vector<i64> stair1, stair2;
  std::vector<u32> reps;
  std::vector<u64> dups;
  // k-way merge: the longer side sorted, its input indices, run heads, loser tree.
  std::vector<i64> sorted_long;
  std::vector<u32> long_index, perm;
  std::vector<i64> heads;
  std::vector<std::size_t> head_pos;
  std::vector<u32> loser;
  // k-d tree (P >= 4): node upper corners, verdicts, survivors (leader << 32 | member).
  std::vector<i64> node_hi;
  std::vector<u32> verdict;
  std::vector<u64> survivors;

  template <std::size_t kP>
  std::vector<Row<kP>>& rows_of() {
    return std::get<std::vector<Row<kP>>>(rows);
  }
};

ParetoWorkspace::ParetoWorkspace() = default;  // buffers are created on first use
ParetoWorkspace::~ParetoWorkspace() = default;
ParetoWorkspace::ParetoWorkspace(ParetoWorkspace&&) noexcept = default;
ParetoWorkspace& ParetoWorkspace::operator=(ParetoWorkspace&&) noexcept = default;
ParetoWorkspace::Impl& ParetoWorkspace::impl() {
  if (!impl_) impl_ = std::make_unique<Impl>();
  return *impl_;
}

namespace {

using Impl = ParetoWorkspace::Impl;

// ---- sweeps for P = 2, 3 -----------------------------------------------------------------------
//
// Points arrive in lexicographically descending order (u0, then u1, then u2), so every
// dominator of p arrives before p, and equal points arrive together. With exact, transitive
// dominance only kept points need checking (a dominated dominator has a kept dominator), and p
// equal to a kept point is equal to the last one kept. So p is
//   - a duplicate iff it equals the last kept point;
//   - dominated otherwise iff some kept q has q1 >= p1 (P = 2), or q1 >= p1 and q2 >= p2 (P = 3).
// P = 2 keeps the maximum u1 of the kept points; P = 3 the 2D staircase (Kung, Luccio &
// Preparata 1975) of the kept points' (u1, u2): u1 ascending, u2 strictly descending, in a flat
// array (binary search to query; inserting a point removes the steps it covers, which are
// contiguous). The staircase is the 2D frontier of projections and stays small on real data (a
// few hundred steps for 46,300 kept 3-party points); the flat array costs O(S) per insertion in
// the worst case.
template <std::size_t P>
class Sweep {
 public:
  explicit Sweep(Impl& ws) : ws_(ws) {
    ws_.reps.clear();
    ws_.dups.clear();
  }

  // Offers the next point in order; `index` is its member index.
  void offer(const i64* p, u32 index) {
    if (!ws_.reps.empty() && equal_last(p)) {
      ws_.dups.push_back((u64{static_cast<u32>(ws_.reps.size() - 1)} << 32) | index);
      return;
    }
    if constexpr (P == 2) {
      if (!ws_.reps.empty() && max1_ >= p[1]) return;
      max1_ = p[1];
    } else {
      const std::size_t pos = lower_bound(p[1]);
      if (pos < size_ && ws_.stair2[pos] >= p[2]) return;
      insert(pos, p[1], p[2]);
    }
    ws_.reps.push_back(index);
    std::copy_n(p, P, last_);
  }

  // The groups: representatives in sweep order, each followed by its duplicates in sweep order.
  ParetoGroups finish() const {
    const std::size_t groups = ws_.reps.size();
    ParetoGroups out;
    out.begin.assign(groups + 1, 0);
    out.members.resize(groups + ws_.dups.size());
    for (u64 d : ws_.dups) ++out.begin[(d >> 32) + 1];
    for (std::size_t g = 0; g < groups; ++g) out.begin[g + 1] += out.begin[g] + 1;
    for (std::size_t g = 0; g < groups; ++g) out.members[out.begin[g]] = ws_.reps[g];
    // Fill duplicates after each representative, in order; `next` counts down from the end.
    std::vector<u32> next(out.begin.begin() + 1, out.begin.end());
    for (std::size_t k = ws_.dups.size(); k-- > 0;) {
      const u64 d = ws_.dups[k];
      out.members[--next[d >> 32]] = static_cast<u32>(d);
    }
    return out;
  }

 private:
  bool equal_last(const i64* p) const {
    for (std::size_t k = 0; k < P; ++k)
      if (p[k] != last_[k]) return false;
    return true;
  }

  // First step with u1 >= x (branch-free binary search).
  std::size_t lower_bound(i64 x) const {
    const i64* first = ws_.stair1.data();
    std::size_t n = size_;
    if (n == 0) return 0;
    const i64* base = first;
    while (n > 1) {
      const std::size_t half = n / 2;
      base = base[half] < x ? base + half : base;
      n -= half;
    }
    return static_cast<std::size_t>(base - first) + (*base < x);
  }

  // Inserts (x1, x2) at `pos` (the first step with u1 >= x1, whose u2 < x2), removing the steps
  // it covers: those before pos with u2 <= x2, and the step at pos if its u1 == x1.
  void insert(std::size_t pos, i64 x1, i64 x2) {
    i64* s1 = grow(ws_.stair1, size_ + 1);
    i64* s2 = grow(ws_.stair2, size_ + 1);
    const std::size_t hi = pos + (pos < size_ && s1[pos] == x1);
    std::size_t lo = pos;
    while (lo > 0 && s2[lo - 1] <= x2) --lo;
    if (hi - lo != 1) {
      const std::size_t tail = size_ - hi;
      std::memmove(s1 + lo + 1, s1 + hi, tail * sizeof(i64));
      std::memmove(s2 + lo + 1, s2 + hi, tail * sizeof(i64));
      size_ = lo + 1 + tail;
    }
    s1[lo] = x1;
    s2[lo] = x2;
  }

  Impl& ws_;
  std::size_t size_ = 0;  // staircase steps (P = 3)
  i64 max1_ = 0;          // P = 2
  i64 last_[P] = {};
};

// pareto_filter for P = 2, 3: sort lexicographically descending, sweep.
template <std::size_t P>
ParetoGroups filter_sweep(const i64* pts, std::size_t n, Impl& ws) {
  std::vector<Row<P>>& rows = ws.rows_of<P>();
  Row<P>* r = grow(rows, n);
  for (std::size_t i = 0; i < n; ++i) {
    std::copy_n(pts + i * P, P, r[i].u);
    r[i].index = static_cast<u32>(i);
  }
  if (n >= kParallelSortThreshold)
    tbb::parallel_sort(r, r + n, lex_before<P>);
  else
    std::sort(r, r + n, lex_before<P>);
  Sweep<P> sweep(ws);
  for (std::size_t i = 0; i < n; ++i) sweep.offer(r[i].u, r[i].index);
  return sweep.finish();
}

// pareto_filter_sum for P = 2, 3. The longer side L (sorted lexicographically descending) and
// the shorter side S: every s in S gives a run L + s, already sorted, and a loser tree
// (tournament tree) merges the k = |S| runs in O(log k) comparisons per candidate. Ties (equal
// candidates) are broken by candidate index, so the merged order is a total order.
template <std::size_t P>
ParetoGroups sum_sweep(const i64* a, std::size_t na, const i64* b, std::size_t nb, Impl& ws) {
  const bool runs_over_b = nb <= na;
  const i64* longer = runs_over_b ? a : b;
  const i64* shorter = runs_over_b ? b : a;
  const std::size_t m = runs_over_b ? na : nb;
  const std::size_t k = runs_over_b ? nb : na;

  // The longer side in lexicographically descending order (a copy only if not already).
  auto lex_less_rows = [&](u32 x, u32 y) {
    const i64* px = longer + std::size_t{x} * P;
    const i64* py = longer + std::size_t{y} * P;
    for (std::size_t c = 0; c < P; ++c)
      if (px[c] != py[c]) return px[c] > py[c];
    return x < y;
  };
  u32* long_index = grow(ws.long_index, m);
  const i64* L = longer;
  bool sorted = true;
  for (std::size_t i = 0; i + 1 < m && sorted; ++i)
    sorted = lex_less_rows(static_cast<u32>(i), static_cast<u32>(i + 1));
  for (std::size_t i = 0; i < m; ++i) long_index[i] = static_cast<u32>(i);
  if (!sorted) {
    std::sort(long_index, long_index + m, lex_less_rows);
    i64* copy = grow(ws.sorted_long, m * P);
    for (std::size_t i = 0; i < m; ++i)
      std::copy_n(longer + std::size_t{long_index[i]} * P, P, copy + i * P);
    L = copy;
  }
  auto candidate = [&](std::size_t run, std::size_t i) {
    return static_cast<u32>(runs_over_b ? std::size_t{long_index[i]} * nb + run
                                        : run * nb + long_index[i]);
  };

  // Loser tree over K = 2^ceil(log2 k) leaves; runs >= k and exhausted runs are sentinels.
  std::size_t K = 1;
  while (K < k) K *= 2;
  i64* heads = grow(ws.heads, K * P);
  std::size_t* pos = grow(ws.head_pos, K);
  u32* loser = grow(ws.loser, K);
  auto load = [&](std::size_t run) {
    if (run >= k || pos[run] >= m) return;
    const i64* l = L + pos[run] * P;
    const i64* s = shorter + run * P;
    for (std::size_t c = 0; c < P; ++c) heads[run * P + c] = l[c] + s[c];
  };
  auto live = [&](std::size_t run) { return run < k && pos[run] < m; };
  // Whether run x's head comes before run y's head.
  auto before = [&](u32 x, u32 y) {
    if (!live(x)) return false;
    if (!live(y)) return true;
    const i64* hx = heads + std::size_t{x} * P;
    const i64* hy = heads + std::size_t{y} * P;
    for (std::size_t c = 0; c < P; ++c)
      if (hx[c] != hy[c]) return hx[c] > hy[c];
    return candidate(x, pos[x]) < candidate(y, pos[y]);
  };
  for (std::size_t run = 0; run < K; ++run) {
    pos[run] = 0;
    load(run);
  }
  // Build: winners bottom-up in a temporary pass over the internal nodes 1..K-1.
  u32 winner = 0;
  {
    std::vector<u32>& win = ws.perm;
    u32* w = grow(win, 2 * K);
    for (std::size_t leaf = 0; leaf < K; ++leaf) w[K + leaf] = static_cast<u32>(leaf);
    for (std::size_t node = K; node-- > 1;) {
      const u32 x = w[2 * node], y = w[2 * node + 1];
      const bool xf = before(x, y);
      w[node] = xf ? x : y;
      loser[node] = xf ? y : x;
    }
    winner = w[1];
  }

  Sweep<P> sweep(ws);
  for (std::size_t emitted = 0, total = m * k; emitted < total; ++emitted) {
    const u32 run = winner;
    sweep.offer(heads + std::size_t{run} * P, candidate(run, pos[run]));
    ++pos[run];
    load(run);
    u32 current = run;
    for (std::size_t node = (K + run) / 2; node >= 1; node /= 2) {
      if (before(loser[node], current)) std::swap(loser[node], current);
    }
    winner = current;
  }
  return sweep.finish();
}

// ---- k-d tree for P >= 4 -----------------------------------------------------------------------
//
// Static k-d tree over all the points (median splits on the widest side of the node's cut box,
// implicit complete layout: node (depth d, j) holds rows [j·n >> d, (j+1)·n >> d), leaves of at
// most kLeaf rows), each node storing the upper corner (coordinate-wise maximum) of its points.
// p is dominated iff the orthant {q >= p} holds a point q != p; a query descends only into nodes
// whose upper corner is >= p in every coordinate. Points on a frontier-like surface see only the
// nodes near them, so queries are output-sensitive: ~40-80 node tests and ~30-80 point tests per
// point on the 4-7 party benchmark merges, against F (thousands) for comparing with the kept set.
// Queries are independent (read-only tree): parallel over fixed chunks, in leaf order so that
// consecutive queries are close (shared paths, and a cached last dominator often hits).
// A non-dominated query visits every point equal to it, so its group leader (the smallest equal
// index) comes out of the same traversal.
constexpr std::size_t kLeaf = 16;
constexpr std::size_t kParallelBuild = std::size_t{1} << 14;
constexpr std::size_t kQueryChunk = 512;

template <std::size_t kP>
class KdTree {
 public:
  KdTree(Row<kP>* rows, std::size_t n, Impl& ws) : rows_(rows), n_(n) {
    while ((n_ >> depth_) > kLeaf) ++depth_;
    first_leaf_ = (std::size_t{1} << depth_) - 1;
    hi_ = grow(ws.node_hi, (2 * first_leaf_ + 1) * kP);
    i64 lo[kP], hi[kP];
    bounds(0, n_, lo, hi);
    build(0, 0, 0, lo, hi);
  }

  // kDominated, or the smallest index among the points equal to rows_[s].
  u32 query(std::size_t s, std::size_t& cache) const {
    const i64* p = rows_[s].u;
    if (cache < n_ && strictly_above(rows_[cache].u, p)) return kDominated;
    u32 leader = rows_[s].index;
    u32 stack[2 * 64];
    std::size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const std::size_t node = stack[--top];
      if (!covers(hi_ + node * kP, p)) continue;
      if (node < first_leaf_) {
        stack[top++] = static_cast<u32>(2 * node + 2);
        stack[top++] = static_cast<u32>(2 * node + 1);
        continue;
      }
      const std::size_t j = node - first_leaf_;
      for (std::size_t q = begin(depth_, j), e = begin(depth_, j + 1); q < e; ++q) {
        const i64* u = rows_[q].u;
        if (!covers(u, p)) continue;
        if (!equal(u, p)) {
          cache = q;
          return kDominated;
        }
        leader = std::min(leader, rows_[q].index);
      }
    }
    return leader;
  }

 private:
  std::size_t begin(std::size_t d, std::size_t j) const { return (j * n_) >> d; }

  static bool covers(const i64* q, const i64* p) {
    bool ok = true;
    for (std::size_t k = 0; k < kP; ++k) ok &= q[k] >= p[k];
    return ok;
  }
  static bool equal(const i64* q, const i64* p) {
    bool eq = true;
    for (std::size_t k = 0; k < kP; ++k) eq &= q[k] == p[k];
    return eq;
  }
  static bool strictly_above(const i64* q, const i64* p) { return covers(q, p) && !equal(q, p); }

  void bounds(std::size_t b, std::size_t e, i64* lo, i64* hi) const {
    for (std::size_t k = 0; k < kP; ++k) {
      lo[k] = std::numeric_limits<i64>::max();
      hi[k] = std::numeric_limits<i64>::min();
    }
    for (std::size_t q = b; q < e; ++q)
      for (std::size_t k = 0; k < kP; ++k) {
        lo[k] = std::min(lo[k], rows_[q].u[k]);
        hi[k] = std::max(hi[k], rows_[q].u[k]);
      }
  }

  // Splits node (d, j), whose rows lie in the cut box [lo, hi], then sets its upper corner.
  void build(std::size_t node, std::size_t d, std::size_t j, const i64* lo, const i64* hi) {
    const std::size_t b = begin(d, j), e = begin(d, j + 1);
    i64* corner = hi_ + node * kP;
    if (d == depth_) {
      for (std::size_t k = 0; k < kP; ++k) corner[k] = std::numeric_limits<i64>::min();
      for (std::size_t q = b; q < e; ++q)
        for (std::size_t k = 0; k < kP; ++k) corner[k] = std::max(corner[k], rows_[q].u[k]);
      return;
    }
    std::size_t dim = 0;
    for (std::size_t k = 1; k < kP; ++k)
      if (static_cast<u64>(hi[k]) - static_cast<u64>(lo[k]) >
          static_cast<u64>(hi[dim]) - static_cast<u64>(lo[dim]))
        dim = k;
    const std::size_t mid = begin(d + 1, 2 * j + 1);
    std::nth_element(rows_ + b, rows_ + mid, rows_ + e,
                     [dim](const Row<kP>& x, const Row<kP>& y) { return x.u[dim] < y.u[dim]; });
    i64 left_hi[kP], right_lo[kP];
    std::copy_n(hi, kP, left_hi);
    std::copy_n(lo, kP, right_lo);
    left_hi[dim] = right_lo[dim] = rows_[mid].u[dim];
    auto left = [&] { build(2 * node + 1, d + 1, 2 * j, lo, left_hi); };
    auto right = [&] { build(2 * node + 2, d + 1, 2 * j + 1, right_lo, hi); };
    if (e - b >= kParallelBuild) {
      tbb::parallel_invoke(left, right);
    } else {
      left();
      right();
    }
    const i64* l = hi_ + (2 * node + 1) * kP;
    const i64* r = hi_ + (2 * node + 2) * kP;
    for (std::size_t k = 0; k < kP; ++k) corner[k] = std::max(l[k], r[k]);
  }

  Row<kP>* rows_;
  std::size_t n_;
  std::size_t depth_ = 0;
  std::size_t first_leaf_ = 0;
  i64* hi_ = nullptr;
};

// Queries every row, then groups the survivors: leader ascending, members ascending.
template <std::size_t kP>
ParetoGroups kd_filter(std::size_t n, Impl& ws) {
  Row<kP>* rows = ws.rows_of<kP>().data();
  const KdTree<kP> tree(rows, n, ws);
  u32* verdict = grow(ws.verdict, n);
  auto run = [&](const tbb::blocked_range<std::size_t>& r) {
    std::size_t cache = std::numeric_limits<std::size_t>::max();
    for (std::size_t s = r.begin(); s < r.end(); ++s) verdict[s] = tree.query(s, cache);
  };
  if (n >= 2 * kQueryChunk)
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, kQueryChunk), run,
                      tbb::simple_partitioner());
  else
    run(tbb::blocked_range<std::size_t>(0, n));

  std::vector<u64>& survivors = ws.survivors;
  survivors.clear();
  for (std::size_t s = 0; s < n; ++s)
    if (verdict[s] != kDominated) survivors.push_back((u64{verdict[s]} << 32) | rows[s].index);
  if (survivors.size() >= kParallelSortThreshold)
    tbb::parallel_sort(survivors.begin(), survivors.end());
  else
    std::sort(survivors.begin(), survivors.end());
  ParetoGroups out;
  out.members.resize(survivors.size());
  for (std::size_t k = 0; k < survivors.size(); ++k) {
    out.members[k] = static_cast<u32>(survivors[k]);
    if (k + 1 == survivors.size() || (survivors[k + 1] >> 32) != (survivors[k] >> 32))
      out.begin.push_back(static_cast<u32>(k + 1));
  }
  return out;
}

template <std::size_t kP>
ParetoGroups filter_kd(const i64* pts, std::size_t n, std::size_t P, Impl& ws) {
  Row<kP>* rows = grow(ws.rows_of<kP>(), n);
  auto fill = [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i < r.end(); ++i) {
      std::copy_n(pts + i * P, P, rows[i].u);
      std::fill(rows[i].u + P, rows[i].u + kP, 0);
      rows[i].index = static_cast<u32>(i);
    }
  };
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 4096), fill);
  return kd_filter<kP>(n, ws);
}

template <std::size_t kP>
ParetoGroups sum_kd(const i64* a, std::size_t na, const i64* b, std::size_t nb, std::size_t P,
                    Impl& ws) {
  Row<kP>* rows = grow(ws.rows_of<kP>(), na * nb);
  auto fill = [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i < r.end(); ++i)
      for (std::size_t j = 0; j < nb; ++j) {
        Row<kP>& row = rows[i * nb + j];
        for (std::size_t k = 0; k < P; ++k) row.u[k] = a[i * P + k] + b[j * P + k];
        std::fill(row.u + P, row.u + kP, 0);
        row.index = static_cast<u32>(i * nb + j);
      }
  };
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, na, 256), fill);
  return kd_filter<kP>(na * nb, ws);
}

// P > 16: sort by exact coordinate sum descending (a dominator has a strictly larger sum; equal
// points have equal sums and are found as duplicates), compare with every kept point.
// O(n log n + n·F·P).
ParetoGroups filter_wide(const i64* pts, std::size_t n, std::size_t P, Impl& ws) {
  std::vector<__int128> sum(n);
  for (std::size_t i = 0; i < n; ++i) {
    __int128 s = 0;
    for (std::size_t k = 0; k < P; ++k) s += pts[i * P + k];
    sum[i] = s;
  }
  u32* order = grow(ws.perm, n);
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<u32>(i);
  std::sort(order, order + n,
            [&](u32 x, u32 y) { return sum[x] != sum[y] ? sum[x] > sum[y] : x < y; });
  std::vector<u32>& reps = ws.reps;
  std::vector<u64>& dups = ws.dups;
  reps.clear();
  dups.clear();
  for (std::size_t j = 0; j < n; ++j) {
    const i64* p = pts + std::size_t{order[j]} * P;
    bool dominated = false;
    std::size_t dup = reps.size();
    for (std::size_t g = 0; g < reps.size() && !dominated && dup == reps.size(); ++g) {
      const Relation r = relation(pts + std::size_t{reps[g]} * P, p, P);
      dominated = r == Relation::dominates;
      if (r == Relation::duplicate) dup = g;
    }
    if (dominated) continue;
    if (dup < reps.size())
      dups.push_back((u64{static_cast<u32>(dup)} << 32) | order[j]);
    else
      reps.push_back(order[j]);
  }
  ParetoGroups out;
  out.begin.assign(reps.size() + 1, 0);
  for (u64 d : dups) ++out.begin[(d >> 32) + 1];
  for (std::size_t g = 0; g < reps.size(); ++g) out.begin[g + 1] += out.begin[g] + 1;
  out.members.resize(reps.size() + dups.size());
  std::vector<u32> next(out.begin.begin(), out.begin.end() - 1);
  for (std::size_t g = 0; g < reps.size(); ++g) out.members[next[g]++] = reps[g];
  for (u64 d : dups) out.members[next[d >> 32]++] = static_cast<u32>(d);
  return out;
}

// P = 1: every point equal to the maximum, ascending.
ParetoGroups filter1(const i64* pts, std::size_t n) {
  ParetoGroups out;
  if (n == 0) return out;
  const i64 best = *std::max_element(pts, pts + n);
  for (std::size_t i = 0; i < n; ++i)
    if (pts[i] == best) out.members.push_back(static_cast<u32>(i));
  out.begin.push_back(static_cast<u32>(out.members.size()));
  return out;
}

}  // namespace

ParetoGroups pareto_filter(const std::int64_t* points, std::size_t n, std::size_t parties,
                           ParetoWorkspace* ws) {
  check_count(n, "pareto_filter");
  if (n == 0 || parties == 0) return {};
  ParetoWorkspace local;
  Impl& w = (ws ? *ws : local).impl();
  switch (parties) {
    case 1:
      return filter1(points, n);
    case 2:
      return filter_sweep<2>(points, n, w);
    case 3:
      return filter_sweep<3>(points, n, w);
    case 4:
      return filter_kd<4>(points, n, 4, w);
    case 5:
      return filter_kd<5>(points, n, 5, w);
    case 6:
      return filter_kd<6>(points, n, 6, w);
    case 7:
      return filter_kd<7>(points, n, 7, w);
    case 8:
      return filter_kd<8>(points, n, 8, w);
    default:
      if (parties <= 16) return filter_kd<16>(points, n, parties, w);
      return filter_wide(points, n, parties, w);
  }
}

ParetoGroups pareto_filter_sum(const std::int64_t* a, std::size_t na, const std::int64_t* b,
                               std::size_t nb, std::size_t parties, ParetoWorkspace* ws) {
  if (nb != 0 && na > std::numeric_limits<u32>::max() / nb)
    throw std::length_error("pareto_filter_sum: more than 2^32 - 1 candidate points");
  if (na == 0 || nb == 0 || parties == 0) return {};
  ParetoWorkspace local;
  Impl& w = (ws ? *ws : local).impl();
  switch (parties) {
    case 1: {
      const i64 best_a = *std::max_element(a, a + na), best_b = *std::max_element(b, b + nb);
      ParetoGroups out;
      for (std::size_t i = 0; i < na; ++i)
        for (std::size_t j = 0; j < nb && a[i] == best_a; ++j)
          if (b[j] == best_b) out.members.push_back(static_cast<u32>(i * nb + j));
      out.begin.push_back(static_cast<u32>(out.members.size()));
      return out;
    }
    case 2:
      return sum_sweep<2>(a, na, b, nb, w);
    case 3:
      return sum_sweep<3>(a, na, b, nb, w);
    case 4:
      return sum_kd<4>(a, na, b, nb, 4, w);
    case 5:
      return sum_kd<5>(a, na, b, nb, 5, w);
    case 6:
      return sum_kd<6>(a, na, b, nb, 6, w);
    case 7:
      return sum_kd<7>(a, na, b, nb, 7, w);
    case 8:
      return sum_kd<8>(a, na, b, nb, 8, w);
    default: {
      if (parties <= 16) return sum_kd<16>(a, na, b, nb, parties, w);
      std::vector<i64> cand(na * nb * parties);
      for (std::size_t i = 0; i < na; ++i)
        for (std::size_t j = 0; j < nb; ++j)
          for (std::size_t k = 0; k < parties; ++k)
            cand[(i * nb + j) * parties + k] = a[i * parties + k] + b[j * parties + k];
      return filter_wide(cand.data(), na * nb, parties, w);
    }
  }
}

}  // namespace parley::bargain
