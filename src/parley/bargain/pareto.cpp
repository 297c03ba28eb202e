// Exact Pareto filters on int64 utilities (pareto.hpp): which algorithm for which P, why, and at
// what cost. Measured on merge_frontier's sequential merges of random_space() opposed spaces
// (bench/bench_pareto.cpp: 3 to 7 parties, 10-level issues, frontiers of 7,641 to 46,300
// points, 10,380 to 1.67 million candidates per run) against the previous double-with-tolerance
// filters on the same loop: one thread, CPU seconds, best of 9, on the 2-core development
// machine under load (average 5-7; ratios hold, absolute times are ~2x a quiet machine's).
//
// P = 1: the maximum and the points equal to it. O(n).
//
// P = 2, 3: lexicographic sweep. In lexicographically descending order every dominator of a
//   point comes before it and equal points come together, so one pass decides each point against
//   the points kept so far: for P = 2 their maximum u1, for P = 3 the 2D staircase of their
//   (u1, u2) (Kung, Luccio & Preparata 1975), kept in blocks: O(log S + 64) per query or
//   insertion, S steps (class Staircase). Exact dominance is transitive, so only kept points
//   need to be in the staircase.
//   pareto_filter sorts: O(n log n). pareto_filter_sum does not: with the longer side L
//   lexicographically descending, each point s of the shorter side gives a presorted run L + s,
//   and a loser tree merges the k runs, O(n log k), k = min(na, nb) (one issue's levels, 10, in
//   a sequential merge); candidates are generated on the fly and never stored. The staircase
//   queries go 8 at a time, interleaved. Large inputs are cut into ranges of u0 swept in
//   parallel, then stitched (chunked_sweep).
//   Measured, 3 parties x 20 issues (1.67 M candidates, 46,300 frontier points): the previous
//   filter, sort + Fenwick suffix maxima over u1 ranks, took 0.57 s (two sorts of every merge's
//   candidates, cache misses); this one 0.051 s, ~30 ns per candidate, half of it the merge.
//   2 parties x 60 issues: 0.083 s -> 0.014 s.
//
// P = 4..16: static k-d tree over all the points, each node holding the upper corner of its
//   points; p is dominated iff the orthant above p holds a point other than p, and a query
//   descends only into nodes whose corner lies in that orthant (class KdTree). O(n log n) to
//   build; a query on frontier-like data touches only the nodes near its point (tens of node and
//   point tests), O(n^(1-1/P)) at worst like any k-d range query. Queries are independent: they
//   run in parallel over fixed chunks, with the same results for any thread count.
//   Why: in these merges 20-80% of the candidates are kept (4 to 7 parties), so most queries
//   must prove that nothing dominates; comparing with the kept set costs O(F) per kept point.
//   Measured alternatives on the largest merges: sort by coordinate sum (exact: a dominator has
//   a larger sum) + scan of the kept set with 64-bit threshold masks (q can dominate p only if
//   mask(p) & ~mask(q) == 0): 3,000-10,000 mask tests per candidate, 3-8x slower than the tree;
//   a dynamic point k-d tree of the kept points in sum order: ~2x slower (deeper, unbalanced);
//   the static tree with only the kept points active, in sum order: ~20% fewer tests, but a
//   sequential sweep after a sort. The Minkowski structure does not pay here: a + b can only be
//   dominated via another b', by a point of A above a + b - b', which makes nb - 1 queries on A
//   per candidate instead of one on the candidates.
//   Measured: 4 parties x 8 issues (176,000 candidates) 1.64 s -> 0.044 s; 5 x 6: 1.17 s ->
//   0.020 s; 6 x 5: 1.38 s -> 0.023 s; 7 x 4: 0.35 s -> 0.0055 s; the 5-party GENIUS-like domain
//   (3·4·10·5·8·50 levels): 0.16 s -> 0.0064 s.
//
// P > 16: sort by exact coordinate sum descending, compare with every kept point. O(n·F·P).
//
// Determinism: sorts use total orders (ties by index), merges break ties by candidate index, the
// k-d tree's build and queries are independent of the schedule, and the chunked sweeps give the
// same groups for any number of chunks; results never depend on the thread count.

#include "parley/bargain/pareto.hpp"

#include "parley/core/detail/tsan_sync.hpp"
#include "parley/core/diagnostic.hpp"

#include <tbb/blocked_range.h>
#include <tbb/partitioner.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

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

// Copies a point of P coordinates (a loop the compiler unrolls, where std::copy_n can become a
// library call).
template <std::size_t P>
void copy_point(const i64* from, i64* to) {
  for (std::size_t k = 0; k < P; ++k) to[k] = from[k];
}

template <class T>
T* grow(std::vector<T>& v, std::size_t n) {
  if (v.size() < n) v.resize(n);
  return v.data();
}

void check_count(std::size_t n, const char* what) {
  if (n > std::numeric_limits<u32>::max())
    throw LimitError(std::string(what) + ": more than 2^32 - 1 points, past the filter's limit");
}

// One sequential sweep (P = 2, 3): its staircase, groups, kept points, and merge buffers.
struct SweepState {
  std::vector<i64> stair_steps, stair_last;
  std::vector<u32> stair_count, stair_order, stair_free;
  std::vector<u32> reps;  // representatives (member indices), in sweep order
  std::vector<u64> dups;  // duplicates: group << 32 | member
  std::vector<i64> kept;  // the representatives' coordinates
  std::vector<u32> cursor;
  ParetoGroups groups;     // the result of a chunk's sweep
  std::vector<i64> heads;  // k-way merge: run heads, their indices, positions, ends, loser tree
  std::vector<u32> head_index, loser, winners;
  std::vector<std::size_t> head_pos, head_end;
  std::vector<i64> loser_key;
};

}  // namespace

struct ParetoWorkspace::Impl {
  std::tuple<std::vector<Row<2>>, std::vector<Row<3>>, std::vector<Row<4>>, std::vector<Row<5>>,
             std::vector<Row<6>>, std::vector<Row<7>>, std::vector<Row<8>>, std::vector<Row<16>>>
      rows;
  // Sweeps (P = 2, 3): one state per chunk, plus one to stitch the chunks; the longer side of a
  // sum sorted, its input indices; chunk boundaries.
  std::vector<SweepState> sweeps;
  std::vector<i64> sorted_long;
  std::vector<u32> long_index;
  std::vector<std::size_t> cuts;
  std::vector<i64> samples;
  std::vector<u32> perm;
  std::vector<u32> reps;
  std::vector<u64> dups;
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
// Preparata 1975) of the kept points' (u1, u2), class Staircase below.
// Points come in batches of kBatch: their searches run interleaved (independent load chains
// instead of one latency-bound chain each), against the staircase as it stood before the batch.
// The region the staircase covers only grows, so "covered" stays true; points found uncovered
// are searched again after the batch's own insertions (rare: ~10% of points are kept).
constexpr std::size_t kBatch = 8;  // measured: 8 beats 4, 12 and 16 by 5-10%; 32 is 2x slower

// The staircase: steps with u1 ascending and u2 strictly descending; (x1, x2) is covered iff the
// first step with u1 >= x1 has u2 >= x2. Inserting a step removes the steps it covers, which are
// contiguous. Steps live in blocks of at most kStep (unused slots hold u1 = INT64_MAX), listed
// in order with each block's last u1: a search is a binary search over the blocks then a
// fixed-length one inside a block, and an insertion moves at most one block's steps, so every
// operation is O(log S + kStep) whatever the shape (a flat array costs O(S) per insertion: two
// parties with identical preferences against a third make S as large as the frontier).
// On the benchmarks S stays small (at most 631 steps for 46,300 kept 3-party points).
class Staircase {
 public:
  static constexpr std::size_t kStep = 64;
  struct Pos {
    std::size_t block, step;  // block == blocks() past the last step
  };

  explicit Staircase(SweepState& ws) : ws_(ws) {
    ws_.stair_order.clear();
    ws_.stair_last.clear();
    ws_.stair_free.clear();
    ws_.stair_count.clear();
  }

  // For each of `count` points (x1, x2) = (x[j·stride], x[j·stride + 1]): the first step with
  // u1 >= x1, and whether its u2 >= x2 (the point is covered).
  // (kStride is a template parameter so that each caller gets its own inlined copy.)
  template <std::size_t kStride>
  void search(const i64* x, std::size_t count, Pos* pos, bool* covered) const {
    constexpr std::size_t stride = kStride;
    static const std::array<i64, 2 * kStep> past_end = [] {
      std::array<i64, 2 * kStep> a;
      a.fill(std::numeric_limits<i64>::max());
      return a;
    }();
    const std::size_t blocks = ws_.stair_order.size();
    const i64* last = ws_.stair_last.data();
    std::size_t base[kBatch] = {};
    for (std::size_t n = blocks; n > 1;) {  // first block whose last u1 >= x1 (or the end)
      const std::size_t half = n / 2;
      for (std::size_t j = 0; j < count; ++j)
        base[j] = last[base[j] + half] < x[j * stride] ? base[j] + half : base[j];
      n -= half;
    }
    const i64* steps[kBatch];
    for (std::size_t j = 0; j < count; ++j) {
      pos[j].block = blocks == 0 ? 0 : base[j] + (last[base[j]] < x[j * stride]);
      steps[j] = pos[j].block < blocks ? u1(ws_.stair_order[pos[j].block]) : past_end.data();
      base[j] = 0;
    }
    for (std::size_t half = kStep / 2; half > 0; half /= 2)
      for (std::size_t j = 0; j < count; ++j)
        base[j] = steps[j][base[j] + half - 1] < x[j * stride] ? base[j] + half : base[j];
    for (std::size_t j = 0; j < count; ++j) {
      base[j] += steps[j][base[j]] < x[j * stride];
      pos[j].step = base[j];
      // past_end's u2 (INT64_MAX) would cover: only real blocks count
      covered[j] = pos[j].block < blocks && steps[j][kStep + base[j]] >= x[j * stride + 1];
    }
  }

  // f(u1, u2) for every step of the staircase kept in `ws`, in order.
  template <class F>
  static void for_each_step(const SweepState& ws, const F& f) {
    for (const u32 b : ws.stair_order) {
      const i64* steps = ws.stair_steps.data() + std::size_t{b} * 2 * kStep;
      for (std::size_t i = 0; i < ws.stair_count[b]; ++i) f(steps[i], steps[kStep + i]);
    }
  }

  // Inserts (x1, x2) at `pos`, the first step with u1 >= x1, which does not cover it; removes the
  // steps (x1, x2) covers: the one at pos if its u1 == x1, and those before pos with u2 <= x2.
  void insert(Pos pos, i64 x1, i64 x2) {
    std::vector<u32>& order = ws_.stair_order;
    std::vector<i64>& last = ws_.stair_last;
    if (order.empty()) {
      order.push_back(new_block());
      last.push_back(x1);
      pos = {0, 0};
    } else if (pos.block == order.size()) {
      pos = {order.size() - 1, ws_.stair_count[order.back()]};
    }
    std::size_t t = pos.block;
    u32 b = order[t];
    std::size_t hi = pos.step + (pos.step < ws_.stair_count[b] && u1(b)[pos.step] == x1);
    std::size_t lo = pos.step;
    while (lo > 0 && u2(b)[lo - 1] <= x2) --lo;
    while (lo == 0 && t > 0) {  // covered steps at the end of the blocks before
      const u32 prev = order[t - 1];
      const std::size_t had = ws_.stair_count[prev];
      std::size_t keep = had;
      while (keep > 0 && u2(prev)[keep - 1] <= x2) --keep;
      if (keep == had) break;
      std::fill(u1(prev) + keep, u1(prev) + had, std::numeric_limits<i64>::max());
      ws_.stair_count[prev] = static_cast<u32>(keep);
      if (keep > 0) {
        last[t - 1] = u1(prev)[keep - 1];
        break;
      }
      ws_.stair_free.push_back(prev);
      order.erase(order.begin() + static_cast<std::ptrdiff_t>(t - 1));
      last.erase(last.begin() + static_cast<std::ptrdiff_t>(t - 1));
      --t;
    }
    if (lo == hi && ws_.stair_count[b] == kStep) {  // full: split in halves
      const u32 upper = new_block();
      const std::size_t half = kStep / 2;
      std::copy_n(u1(b) + half, half, u1(upper));
      std::copy_n(u2(b) + half, half, u2(upper));
      std::fill(u1(b) + half, u1(b) + kStep, std::numeric_limits<i64>::max());
      ws_.stair_count[b] = static_cast<u32>(half);
      ws_.stair_count[upper] = static_cast<u32>(half);
      order.insert(order.begin() + static_cast<std::ptrdiff_t>(t + 1), upper);
      last.insert(last.begin() + static_cast<std::ptrdiff_t>(t + 1), u1(upper)[half - 1]);
      last[t] = u1(b)[half - 1];
      if (lo > half) {
        b = upper;
        ++t;
        lo -= half;
        hi -= half;
      }
    }
    // Replace steps [lo, hi) of block b by (x1, x2).
    const std::size_t had = ws_.stair_count[b];
    const std::size_t now = had + 1 - (hi - lo);
    shift(u1(b), hi, had, lo + 1);
    shift(u2(b), hi, had, lo + 1);
    std::fill(u1(b) + std::min(now, had), u1(b) + had, std::numeric_limits<i64>::max());
    u1(b)[lo] = x1;
    u2(b)[lo] = x2;
    ws_.stair_count[b] = static_cast<u32>(now);
    last[t] = u1(b)[now - 1];
  }

 private:
  // Moves steps [from, to) to start at `at` (a short loop: a library memmove costs more here).
  static void shift(i64* steps, std::size_t from, std::size_t to, std::size_t at) {
    if (at < from)
      for (std::size_t i = from; i < to; ++i) steps[i - from + at] = steps[i];
    else if (at > from)
      for (std::size_t i = to; i-- > from;) steps[i - from + at] = steps[i];
  }

  // Block b: kStep u1 values, then kStep u2 values.
  i64* u1(u32 b) const { return ws_.stair_steps.data() + std::size_t{b} * 2 * kStep; }
  i64* u2(u32 b) const { return u1(b) + kStep; }

  u32 new_block() {
    u32 b;
    if (!ws_.stair_free.empty()) {
      b = ws_.stair_free.back();
      ws_.stair_free.pop_back();
    } else {
      b = static_cast<u32>(ws_.stair_count.size());
      ws_.stair_count.push_back(0);
      grow(ws_.stair_steps, ws_.stair_count.size() * 2 * kStep);
    }
    ws_.stair_count[b] = 0;
    std::fill_n(u1(b), kStep, std::numeric_limits<i64>::max());
    return b;
  }

  SweepState& ws_;
};

template <std::size_t P>
class Sweep {
 public:
  explicit Sweep(SweepState& ws) : ws_(ws), stair_(ws) {
    ws_.reps.clear();
    ws_.dups.clear();
    ws_.kept.clear();
  }

  // Offers the next `count` (<= kBatch) points in order: rows of P, with their member indices.
  void offer(const i64* p, const u32* index, std::size_t count) {
    if constexpr (P == 2) {
      for (std::size_t j = 0; j < count; ++j, p += P) {
        if (duplicate(p, index[j])) continue;
        if (!ws_.reps.empty() && max1_ >= p[1]) continue;
        max1_ = p[1];
        keep(p, index[j]);
      }
    } else {
      Staircase::Pos pos[kBatch];
      bool covered[kBatch];
      stair_.search<P>(p + 1, count, pos, covered);
      bool changed = false;
      for (std::size_t j = 0; j < count; ++j, p += P) {
        if (duplicate(p, index[j]) || covered[j]) continue;
        Staircase::Pos at = pos[j];
        if (changed) {
          bool still_covered;
          stair_.search<P>(p + 1, 1, &at, &still_covered);
          if (still_covered) continue;
        }
        stair_.insert(at, p[1], p[2]);
        keep(p, index[j]);
        changed = true;
      }
    }
  }

  // The groups, into `out` (its buffers reused): representatives in sweep order, each followed
  // by its duplicates in sweep order.
  void finish(ParetoGroups& out) const {
    const std::size_t groups = ws_.reps.size();
    out.begin.assign(groups + 1, 0);
    out.members.resize(groups + ws_.dups.size());
    for (u64 d : ws_.dups) ++out.begin[(d >> 32) + 1];
    for (std::size_t g = 0; g < groups; ++g) out.begin[g + 1] += out.begin[g] + 1;
    u32* next = grow(ws_.cursor, groups);  // where group g's next duplicate goes
    for (std::size_t g = 0; g < groups; ++g) {
      out.members[out.begin[g]] = ws_.reps[g];
      next[g] = out.begin[g] + 1;
    }
    for (u64 d : ws_.dups) out.members[next[d >> 32]++] = static_cast<u32>(d);
  }

 private:
  // p equals the last kept point: joins its group.
  bool duplicate(const i64* p, u32 index) {
    if (ws_.reps.empty()) return false;
    for (std::size_t k = 0; k < P; ++k)
      if (p[k] != last_[k]) return false;
    ws_.dups.push_back((u64{static_cast<u32>(ws_.reps.size() - 1)} << 32) | index);
    return true;
  }

  void keep(const i64* p, u32 index) {
    ws_.reps.push_back(index);
    for (std::size_t k = 0; k < P; ++k) ws_.kept.push_back(p[k]);
    copy_point<P>(p, last_);
  }

  SweepState& ws_;
  Staircase stair_;  // P = 3
  i64 max1_ = 0;     // P = 2
  i64 last_[P] = {};
};

// Merges runs L[begin[run] .. end[run]) + S[run], run < k, into `sweep` in lexicographically
// descending order with a loser tree over K = 2^ceil(log2 k) leaves. A run's head is its next
// candidate (coordinates and index); runs >= k and exhausted runs hold a sentinel below every
// candidate (coordinates are > -2^63 since |values| < 2^62). Candidate index: L's input index ·
// nb + run when the runs are B's points, run · nb + L's input index when they are A's.
template <std::size_t P>
void merge_runs(const i64* L, const u32* long_index, const i64* S, std::size_t k, std::size_t nb,
                bool runs_over_b, const std::size_t* begin, const std::size_t* end, SweepState& st,
                ParetoGroups& out) {
  Sweep<P> sweep(st);
  std::size_t K = 1;
  while (K < k) K *= 2;
  i64* heads = grow(st.heads, K * P);
  u32* head_index = grow(st.head_index, K);
  std::size_t* pos = grow(st.head_pos, K);
  std::size_t* stop = grow(st.head_end, K);
  u32* loser = grow(st.loser, K);
  i64* loser_key = grow(st.loser_key, K);
  std::size_t total = 0;
  for (std::size_t run = 0; run < K; ++run) {
    pos[run] = run < k ? begin[run] : 0;
    stop[run] = run < k ? end[run] : 0;
    total += stop[run] - pos[run];
  }
  auto load = [&](std::size_t run) {
    i64* h = heads + run * P;
    if (pos[run] >= stop[run]) {
      std::fill_n(h, P, std::numeric_limits<i64>::min());
      head_index[run] = std::numeric_limits<u32>::max();
      return;
    }
    const std::size_t i = pos[run];
    const i64* l = L + i * P;
    const i64* s = S + run * P;
    for (std::size_t c = 0; c < P; ++c) h[c] = l[c] + s[c];
    head_index[run] = static_cast<u32>(runs_over_b ? std::size_t{long_index[i]} * nb + run
                                                   : run * nb + long_index[i]);
  };
  // Whether run x's head comes before run y's head.
  auto before = [&](u32 x, u32 y) {
    const i64* hx = heads + std::size_t{x} * P;
    const i64* hy = heads + std::size_t{y} * P;
    for (std::size_t c = 0; c < P; ++c)
      if (hx[c] != hy[c]) return hx[c] > hy[c];
    return head_index[x] < head_index[y];
  };
  for (std::size_t run = 0; run < K; ++run) load(run);
  // Initial matches bottom-up: w[node] is the winner below node (leaves at K + run), loser[node]
  // the loser of the match at node and loser_key[node] its u0.
  u32* w = grow(st.winners, 2 * K);
  for (std::size_t run = 0; run < K; ++run) w[K + run] = static_cast<u32>(run);
  for (std::size_t node = K; node-- > 1;) {
    const u32 x = w[2 * node], y = w[2 * node + 1];
    const bool x_first = before(x, y);
    w[node] = x_first ? x : y;
    loser[node] = x_first ? y : x;
    loser_key[node] = heads[std::size_t{loser[node]} * P];
  }
  u32 winner = w[1];

  i64 batch[kBatch * P] = {};
  u32 index[kBatch] = {};
  std::size_t count = 0;
  for (std::size_t emitted = 0; emitted < total; ++emitted) {
    const u32 run = winner;
    copy_point<P>(heads + std::size_t{run} * P, batch + count * P);
    index[count] = head_index[run];
    if (++count == kBatch) {
      sweep.offer(batch, index, count);
      count = 0;
    }
    ++pos[run];
    load(run);
    // Replay the matches from the leaf up. Each node keeps its loser's u0 beside the run, so the
    // loads do not wait for the previous match; u0 decides almost always, by masks (a branch
    // here is mispredicted half the time); equal u0 falls back to the full order.
    u32 current = run;
    i64 current_key = heads[std::size_t{run} * P];
    for (std::size_t node = (K + run) / 2; node >= 1; node /= 2) {
      const u32 other = loser[node];
      const i64 other_key = loser_key[node];
      bool other_first = other_key > current_key;
      if (other_key == current_key) [[unlikely]]
        other_first = before(other, current);
      const u32 run_swap = (other ^ current) & (0u - other_first);
      const i64 key_swap = (other_key ^ current_key) & -static_cast<i64>(other_first);
      loser[node] = other ^ run_swap;
      loser_key[node] = other_key ^ key_swap;
      current ^= run_swap;
      current_key ^= key_swap;
    }
    winner = current;
  }
  sweep.offer(batch, index, count);
  sweep.finish(out);
}

// Large inputs are swept in chunks, in parallel: chunk c holds the points of a range of u0
// (ranges descending, so equal points share a chunk), swept on its own; then each chunk's kept
// points are checked against the staircase of all earlier chunks. That staircase is the 2D
// frontier of the earlier chunks' final staircases (a point kept by its chunk but dominated by an
// earlier one has a dominator whose projection covers its own), so building it takes a few
// thousand insertions, and the check is exact across chunks too (an earlier point that is >= in
// u1 and u2 is a dominator, never a duplicate). The result does not depend on the number of
// chunks: groups come in the sweep order of all points, members in sweep order within a group.
constexpr std::size_t kChunkPoints = std::size_t{1} << 16;
constexpr std::size_t kMaxChunks = 16;

// One chunk when the calling arena runs one thread (chunks cost ~10% more work in all).
std::size_t chunk_count(std::size_t n) {
  if (tbb::this_task_arena::max_concurrency() <= 1) return 1;
  return std::clamp<std::size_t>(n / kChunkPoints, 1, kMaxChunks);
}

// sweep_chunk(c, state, out) sweeps chunk c's points in order with a Sweep<P> on `state` (local
// there, so that its fields can live in registers) and writes its groups to `out`.
template <std::size_t P, class SweepChunk>
ParetoGroups chunked_sweep(std::size_t chunks, Impl& ws, const SweepChunk& sweep_chunk) {
  if (ws.sweeps.size() < chunks + 1) ws.sweeps.resize(chunks + 1);
  if (chunks == 1) {
    ParetoGroups out;
    sweep_chunk(std::size_t{0}, ws.sweeps[0], out);
    return out;
  }
  detail::parallel_for_synced(
      tbb::blocked_range<std::size_t>(0, chunks, 1),
      [&](const tbb::blocked_range<std::size_t>& r) {
        for (std::size_t c = r.begin(); c < r.end(); ++c)
          sweep_chunk(c, ws.sweeps[c], ws.sweeps[c].groups);
      },
      tbb::simple_partitioner());

  ParetoGroups out;
  std::size_t groups = 0, members = 0;
  for (std::size_t c = 0; c < chunks; ++c) {
    groups += ws.sweeps[c].groups.size();
    members += ws.sweeps[c].groups.members.size();
  }
  out.begin.reserve(groups + 1);
  out.members.reserve(members);
  Staircase earlier(ws.sweeps[chunks]);                // P = 3
  i64 earlier_max1 = std::numeric_limits<i64>::min();  // P = 2: the earlier chunks' max u1
  for (std::size_t c = 0; c < chunks; ++c) {
    const ParetoGroups& part = ws.sweeps[c].groups;
    const i64* kept = ws.sweeps[c].kept.data();
    i64 max1 = earlier_max1;
    for (std::size_t g = 0; g < part.size(); g += kBatch) {
      const std::size_t count = std::min(kBatch, part.size() - g);
      bool covered[kBatch];
      if constexpr (P == 2) {
        for (std::size_t j = 0; j < count; ++j) {
          covered[j] = earlier_max1 >= kept[(g + j) * P + 1];
          max1 = std::max(max1, kept[(g + j) * P + 1]);
        }
      } else {
        Staircase::Pos pos[kBatch];
        earlier.search<P>(kept + g * P + 1, count, pos, covered);
      }
      for (std::size_t j = 0; j < count; ++j) {
        if (covered[j]) continue;
        out.members.insert(out.members.end(), part.members.begin() + part.begin[g + j],
                           part.members.begin() + part.begin[g + j + 1]);
        out.begin.push_back(static_cast<u32>(out.members.size()));
      }
    }
    earlier_max1 = max1;
    if constexpr (P == 3)
      Staircase::for_each_step(ws.sweeps[c], [&](i64 x1, i64 x2) {
        const i64 x[2] = {x1, x2};
        Staircase::Pos pos;
        bool covered;
        earlier.search<2>(x, 1, &pos, &covered);
        if (!covered) earlier.insert(pos, x1, x2);
      });
  }
  return out;
}

// pareto_filter for P = 2, 3: sort lexicographically descending, sweep (chunks of the sorted
// order, their boundaries moved past runs of equal points).
template <std::size_t P>
ParetoGroups filter_sweep(const i64* pts, std::size_t n, Impl& ws) {
  std::vector<Row<P>>& rows = ws.rows_of<P>();
  Row<P>* r = grow(rows, n);
  for (std::size_t i = 0; i < n; ++i) {
    copy_point<P>(pts + i * P, r[i].u);
    r[i].index = static_cast<u32>(i);
  }
  if (n >= kParallelSortThreshold)
    detail::parallel_sort_synced(r, r + n, lex_before<P>);
  else
    std::sort(r, r + n, lex_before<P>);
  const std::size_t chunks = chunk_count(n);
  std::size_t* cut = grow(ws.cuts, chunks + 1);
  cut[0] = 0;
  cut[chunks] = n;
  for (std::size_t c = 1; c < chunks; ++c) {
    std::size_t b = std::max(cut[c - 1], c * n / chunks);
    while (b > 0 && b < n && std::equal(r[b].u, r[b].u + P, r[b - 1].u)) ++b;
    cut[c] = b;
  }
  return chunked_sweep<P>(chunks, ws, [&](std::size_t c, SweepState& state, ParetoGroups& out) {
    Sweep<P> sweep(state);
    i64 batch[kBatch * P] = {};
    u32 index[kBatch] = {};
    for (std::size_t i = cut[c]; i < cut[c + 1]; i += kBatch) {
      const std::size_t count = std::min(kBatch, cut[c + 1] - i);
      for (std::size_t j = 0; j < count; ++j) {
        copy_point<P>(r[i + j].u, batch + j * P);
        index[j] = r[i + j].index;
      }
      sweep.offer(batch, index, count);
    }
    sweep.finish(out);
  });
}

// pareto_filter_sum for P = 2, 3. The longer side L (sorted lexicographically descending) and
// the shorter side S: every s in S gives a run L + s, already sorted, and a loser tree
// (tournament tree) merges the k = |S| runs in O(log k) comparisons per candidate. Ties (equal
// candidates) are broken by candidate index, so the merged order is a total order. Chunks are
// ranges of u0 between thresholds taken from a sample of the candidates; each run's positions
// in a chunk are found by binary search.
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

  // Chunk c covers u0 in (threshold[c], threshold[c-1]]; cut[c·k + run] is the first position
  // of run `run` with u0 <= threshold[c] (u0 descends along a run).
  const std::size_t chunks = chunk_count(m * k);
  std::size_t* cut = grow(ws.cuts, (chunks + 1) * k);
  for (std::size_t run = 0; run < k; ++run) {
    cut[run] = 0;
    cut[chunks * k + run] = m;
  }
  if (chunks > 1) {
    const std::size_t per_run = std::max<std::size_t>(1, 4096 / k);
    std::vector<i64>& sample = ws.samples;
    sample.clear();
    for (std::size_t run = 0; run < k; ++run)
      for (std::size_t j = 0; j < per_run; ++j)
        sample.push_back(L[(j * m / per_run) * P] + shorter[run * P]);
    std::sort(sample.begin(), sample.end(), std::greater<>());
    for (std::size_t c = 1; c < chunks; ++c) {
      const i64 threshold = sample[c * sample.size() / chunks];
      for (std::size_t run = 0; run < k; ++run) {
        const i64 s0 = shorter[run * P];
        std::size_t lo = cut[(c - 1) * k + run], hi = m;  // first position with u0 <= threshold
        while (lo < hi) {
          const std::size_t mid = lo + (hi - lo) / 2;
          if (L[mid * P] + s0 > threshold)
            lo = mid + 1;
          else
            hi = mid;
        }
        cut[c * k + run] = lo;
      }
    }
  }

  return chunked_sweep<P>(chunks, ws, [&](std::size_t c, SweepState& state, ParetoGroups& out) {
    merge_runs<P>(L, long_index, shorter, k, nb, runs_over_b, cut + c * k, cut + (c + 1) * k, state,
                  out);
  });
}

// ---- k-d tree for P >= 4 -----------------------------------------------------------------------
//
// Static k-d tree over all the points (median splits on the widest side of the node's cut box,
// implicit complete layout: node (depth d, j) holds rows [j·n >> d, (j+1)·n >> d), leaves of at
// most kLeaf rows), each node storing the upper corner (coordinate-wise maximum) of its points.
// p is dominated iff the orthant {q >= p} holds a point q != p; a query descends only into nodes
// whose upper corner is >= p in every coordinate. Points on a frontier-like surface see only the
// nodes near them: ~40-80 node tests and ~30-80 point tests per point on the 4-7 party benchmark
// merges, against F (thousands) for comparing with the kept set. P = 9..16 use rows of 16
// coordinates, padded with zeros. Queries are independent (read-only tree): parallel over fixed
// chunks, in leaf order so that consecutive queries are close (shared paths, and a cached last
// dominator often hits).
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
    // Sides are compared relative to the whole set's range per coordinate: each party's
    // utilities are counted in its own grid steps (utility_grid.hpp), so raw widths are not
    // comparable (splitting always on the finest grid made the tree one-dimensional).
    for (std::size_t k = 0; k < kP; ++k)
      scale_[k] =
          1.0 /
          std::max(1.0, static_cast<double>(static_cast<u64>(hi[k]) - static_cast<u64>(lo[k])));
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
    if (!covers(hi_, p)) return leader;
    while (top > 0) {  // nodes on the stack cover p
      const std::size_t node = stack[--top];
      if (node < first_leaf_) {
        // Children are tested before being pushed; the upper one (greater in the split
        // coordinate) is visited first: dominators are found sooner (measured 8-25% faster).
        const std::size_t lower = 2 * node + 1, upper = lower + 1;
        if (covers(hi_ + lower * kP, p)) stack[top++] = static_cast<u32>(lower);
        if (covers(hi_ + upper * kP, p)) stack[top++] = static_cast<u32>(upper);
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
    double widest = -1;
    for (std::size_t k = 0; k < kP; ++k) {
      const double side =
          static_cast<double>(static_cast<u64>(hi[k]) - static_cast<u64>(lo[k])) * scale_[k];
      if (side > widest) {
        widest = side;
        dim = k;
      }
    }
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
      detail::parallel_invoke_synced(left, right);
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
  double scale_[kP] = {};
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
    detail::parallel_for_synced(tbb::blocked_range<std::size_t>(0, n, kQueryChunk), run,
                                tbb::simple_partitioner());
  else
    run(tbb::blocked_range<std::size_t>(0, n));

  std::vector<u64>& survivors = ws.survivors;
  survivors.clear();
  std::size_t groups = 0;
  for (std::size_t s = 0; s < n; ++s) {
    if (verdict[s] == kDominated) continue;
    survivors.push_back((u64{verdict[s]} << 32) | rows[s].index);
    groups += verdict[s] == rows[s].index;  // the leader of its group
  }
  if (survivors.size() >= kParallelSortThreshold)
    detail::parallel_sort_synced(survivors.begin(), survivors.end());
  else
    std::sort(survivors.begin(), survivors.end());
  ParetoGroups out;
  out.begin.reserve(groups + 1);
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
  detail::parallel_for_synced(tbb::blocked_range<std::size_t>(0, n, 4096), fill);
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
  detail::parallel_for_synced(tbb::blocked_range<std::size_t>(0, na, 256), fill);
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
  // Groups ascending by representative (the smallest index of its group: equal points have equal
  // sums, met in index order), duplicates after it in index order.
  std::vector<u32> group(reps.size()), rank(reps.size());
  for (std::size_t g = 0; g < reps.size(); ++g) group[g] = static_cast<u32>(g);
  std::sort(group.begin(), group.end(), [&](u32 x, u32 y) { return reps[x] < reps[y]; });
  for (std::size_t r = 0; r < group.size(); ++r) rank[group[r]] = static_cast<u32>(r);
  ParetoGroups out;
  out.begin.assign(reps.size() + 1, 0);
  for (u64 d : dups) ++out.begin[rank[d >> 32] + 1];
  for (std::size_t r = 0; r < reps.size(); ++r) out.begin[r + 1] += out.begin[r] + 1;
  out.members.resize(reps.size() + dups.size());
  std::vector<u32> next(out.begin.begin(), out.begin.end() - 1);
  for (std::size_t r = 0; r < reps.size(); ++r) out.members[next[r]++] = reps[group[r]];
  for (u64 d : dups) out.members[next[rank[d >> 32]]++] = static_cast<u32>(d);
  return out;
}

// P = 0: every point is the empty vector, so all are equal and none dominates: one group.
ParetoGroups all_equal(std::size_t n) {
  ParetoGroups out;
  out.members.resize(n);
  for (std::size_t i = 0; i < n; ++i) out.members[i] = static_cast<u32>(i);
  out.begin.push_back(static_cast<u32>(n));
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
  if (n == 0) return {};
  if (parties == 0) return all_equal(n);
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
    throw LimitError(
        "pareto_filter_sum: more than 2^32 - 1 candidate points, past the filter's limit");
  if (na == 0 || nb == 0) return {};
  if (parties == 0) return all_equal(na * nb);
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
