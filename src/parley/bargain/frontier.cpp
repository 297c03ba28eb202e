#include "parley/bargain/frontier.hpp"

#include <fmt/format.h>

#include "parley/core/detail/tsan_sync.hpp"
#include "parley/core/diagnostic.hpp"

#include <tbb/task_arena.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace parley::bargain {
namespace {

using Count = unsigned __int128;
constexpr Count kCountMax = ~Count{0};

Count saturating_mul(Count a, Count b, bool& saturated) {
  if (a != 0 && b > kCountMax / a) {
    saturated = true;
    return kCountMax;
  }
  return a * b;
}
Count saturating_add(Count a, Count b, bool& saturated) {
  if (b > kCountMax - a) {
    saturated = true;
    return kCountMax;
  }
  return a + b;
}
BigCount to_big(Count c) {
  if ((c >> 64) == 0) return BigCount(static_cast<std::uint64_t>(c));  // the common case: cheap
  BigCount high = static_cast<std::uint64_t>(c >> 64);
  return (high << 64) + static_cast<std::uint64_t>(c);
}

// ---- merge tree -------------------------------------------------------------------------------

struct Node {
  int issue = -1;  // leaf: the issue; internal: -1
  int left = -1, right = -1;
  std::size_t n = 0;
  std::vector<std::int64_t> u;              // n·P grid steps
  std::vector<Count> count;                 // packages per point
  std::vector<std::uint32_t> origin_begin;  // n + 1
  std::vector<std::uint32_t> origin_a;      // leaf: level; internal: index in left child
  std::vector<std::uint32_t> origin_b;      // internal: index in right child
  std::vector<std::uint8_t> issues;         // which issues the node covers (for pruning bounds)
};

class MergeTree final : public FrontierProvenance {
 public:
  std::size_t issue_count = 0;
  std::vector<Node> nodes;
  int root = -1;

  void packages(std::size_t source, std::size_t limit, std::vector<Package>& out) const override {
    if (limit == 0) return;
    Package buffer(issue_count, 0);
    std::function<bool()> emit_one = [&] {
      out.push_back(buffer);
      return out.size() < limit;
    };
    const std::size_t start = out.size();
    limit += start;
    walk(root, static_cast<std::uint32_t>(source), buffer, emit_one);
  }

  // One package (first origins only) of each point `index[j]` of node `id`, written into
  // out[j]. Node by node over all the points at once: O(nodes·n), sequential array accesses.
  void examples(int id, const std::vector<std::uint32_t>& index, std::vector<Package>& out) const {
    const Node& node = nodes[static_cast<std::size_t>(id)];
    if (node.issue >= 0) {
      for (std::size_t j = 0; j < index.size(); ++j)
        out[j][static_cast<std::size_t>(node.issue)] = node.origin_a[node.origin_begin[index[j]]];
      return;
    }
    std::vector<std::uint32_t> left(index.size()), right(index.size());
    for (std::size_t j = 0; j < index.size(); ++j) {
      const std::uint32_t o = node.origin_begin[index[j]];
      left[j] = node.origin_a[o];
      right[j] = node.origin_b[o];
    }
    examples(node.left, left, out);
    examples(node.right, right, out);
  }

 private:
  // Assigns every package of (id, index) into buffer in turn, calling k after each; stops when k
  // returns false.
  bool walk(int id, std::uint32_t index, Package& buffer, const std::function<bool()>& k) const {
    const Node& node = nodes[static_cast<std::size_t>(id)];
    for (std::uint32_t o = node.origin_begin[index]; o < node.origin_begin[index + 1]; ++o) {
      if (node.issue >= 0) {
        buffer[static_cast<std::size_t>(node.issue)] = node.origin_a[o];
        if (!k()) return false;
        continue;
      }
      const std::uint32_t b = node.origin_b[o];
      const std::function<bool()> then_right = [&] { return walk(node.right, b, buffer, k); };
      if (!walk(node.left, node.origin_a[o], buffer, then_right)) return false;
    }
    return true;
  }
};

// Pruning for rational_only: a partial point a of a node covering issues S can only complete to a
// rational package if a_p + Σ_{i∉S} max_l v(i,l,p) >= r_p for every p (exact, on the grid).
struct RationalBound {
  std::vector<std::vector<std::int64_t>> best;  // best[i][p]: best acceptable level value
  std::vector<std::int64_t> reservation;
};

void prune_irrational(Node& node, const RationalBound& bound, std::size_t P) {
  std::vector<std::int64_t> rest(P, 0);
  for (std::size_t i = 0; i < node.issues.size(); ++i)
    if (!node.issues[i])
      for (std::size_t p = 0; p < P; ++p) rest[p] += bound.best[i][p];
  std::size_t kept = 0;
  std::vector<std::uint32_t> ob{0}, oa, obb;
  for (std::size_t k = 0; k < node.n; ++k) {
    bool possible = true;
    for (std::size_t p = 0; p < P; ++p)
      possible = possible && node.u[k * P + p] + rest[p] >= bound.reservation[p];
    if (!possible) continue;
    std::copy_n(node.u.begin() + static_cast<std::ptrdiff_t>(k * P), P,
                node.u.begin() + static_cast<std::ptrdiff_t>(kept * P));
    node.count[kept] = node.count[k];
    for (std::uint32_t o = node.origin_begin[k]; o < node.origin_begin[k + 1]; ++o) {
      oa.push_back(node.origin_a[o]);
      if (node.issue < 0) obb.push_back(node.origin_b[o]);
    }
    ob.push_back(static_cast<std::uint32_t>(oa.size()));
    ++kept;
  }
  node.n = kept;
  node.u.resize(kept * P);
  node.count.resize(kept);
  node.origin_begin = std::move(ob);
  node.origin_a = std::move(oa);
  node.origin_b = std::move(obb);
}

Node make_leaf(const UtilityGrid& grid, std::size_t issue_count, std::size_t issue,
               const std::vector<std::uint32_t>& levels, ParetoWorkspace& ws) {
  const std::size_t P = grid.parties;
  std::vector<std::int64_t> pts(levels.size() * P);
  for (std::size_t k = 0; k < levels.size(); ++k)
    for (std::size_t p = 0; p < P; ++p) pts[k * P + p] = grid.value(issue, levels[k], p);
  const ParetoGroups groups = pareto_filter(pts.data(), levels.size(), P, &ws);
  Node node;
  node.issue = static_cast<int>(issue);
  node.issues.assign(issue_count, 0);
  node.issues[issue] = 1;
  node.n = groups.size();
  node.origin_begin.push_back(0);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::uint32_t rep = groups.representative(g);
    node.u.insert(node.u.end(), pts.begin() + static_cast<std::ptrdiff_t>(rep * P),
                  pts.begin() + static_cast<std::ptrdiff_t>((rep + 1) * P));
    std::vector<std::uint32_t> lv;
    for (std::uint32_t m = groups.begin[g]; m < groups.begin[g + 1]; ++m)
      lv.push_back(levels[groups.members[m]]);
    std::sort(lv.begin(), lv.end());
    node.origin_a.insert(node.origin_a.end(), lv.begin(), lv.end());
    node.origin_begin.push_back(static_cast<std::uint32_t>(node.origin_a.size()));
    node.count.push_back(static_cast<Count>(lv.size()));
  }
  return node;
}

// C = F(A ⊕ B) by pareto_filter_sum (the candidates are never stored here); members are
// candidate indices a·|B| + b. For P <= 3 the filter wants A lexicographically descending: node
// points are kept in the filter's group order, which is that order.
Node merge_nodes(const std::vector<Node>& nodes, int ia, int ib, std::size_t P, ParetoWorkspace& ws,
                 bool& saturated) {
  const Node& A = nodes[static_cast<std::size_t>(ia)];
  const Node& B = nodes[static_cast<std::size_t>(ib)];
  if (A.n * B.n > std::numeric_limits<std::uint32_t>::max())
    throw LimitError(fmt::format(
        "the Pareto frontier is too large to compute exactly: merging two partial frontiers of "
        "{} and {} points makes {} candidate points, past the limit of 2^32 - 1 "
        "(4,294,967,295); bargain over fewer settlement levels (--levels) or fewer issues",
        A.n, B.n, A.n * B.n));
  const ParetoGroups groups = pareto_filter_sum(A.u.data(), A.n, B.u.data(), B.n, P, &ws);
  Node C;
  C.left = ia;
  C.right = ib;
  C.n = groups.size();
  C.issues.resize(A.issues.size());
  for (std::size_t i = 0; i < C.issues.size(); ++i) C.issues[i] = A.issues[i] | B.issues[i];
  C.u.resize(C.n * P);
  C.count.resize(C.n);
  C.origin_begin.resize(C.n + 1);
  C.origin_a.resize(groups.members.size());
  C.origin_b.resize(groups.members.size());
  C.origin_begin[0] = 0;
  for (std::size_t g = 0; g < C.n; ++g) {
    // Members ascend by candidate index (pareto.hpp): origins come in (a, b) order.
    const std::uint32_t first = groups.begin[g], last = groups.begin[g + 1];
    const std::size_t a0 = groups.members[first] / B.n, b0 = groups.members[first] % B.n;
    for (std::size_t k = 0; k < P; ++k) C.u[g * P + k] = A.u[a0 * P + k] + B.u[b0 * P + k];
    Count total = 0;
    std::uint32_t o = first;
    for (std::uint32_t j = first; j < last; ++j) {
      const std::uint32_t m = groups.members[j];
      const std::uint32_t a = static_cast<std::uint32_t>(m / B.n);
      const std::uint32_t b = static_cast<std::uint32_t>(m % B.n);
      C.origin_a[o] = a;
      C.origin_b[o] = b;
      ++o;
      total = saturating_add(total, saturating_mul(A.count[a], B.count[b], saturated), saturated);
    }
    C.count[g] = total;
    C.origin_begin[g + 1] = o;
  }
  return C;
}

// Sorts points lexicographically ascending, then ascending source index: the final, deterministic
// order of every Frontier.
std::vector<std::uint32_t> lexicographic_order(const std::vector<std::int64_t>& u, std::size_t n,
                                               std::size_t P) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    for (std::size_t k = 0; k < P; ++k) {
      const std::int64_t x = u[std::size_t{a} * P + k], y = u[std::size_t{b} * P + k];
      if (x != y) return x < y;
    }
    return a < b;
  });
  return order;
}

Frontier empty_frontier(const AdditiveSpace& space, const UtilityGrid& grid,
                        const FrontierOptions& options) {
  Frontier f;
  f.parties = space.party_count();
  f.tolerance = space.tolerance;
  f.grid = grid.party;
  f.reservation_units = grid.reservation;
  f.rational_only = options.rational_only;
  f.space_packages = package_count(space);
  f.acceptable_packages = acceptable_package_count(space);
  return f;
}

// ---- brute force ------------------------------------------------------------------------------

class ExplicitPackages final : public FrontierProvenance {
 public:
  std::vector<std::vector<Package>> lists;
  void packages(std::size_t source, std::size_t limit, std::vector<Package>& out) const override {
    const auto& list = lists[source];
    for (std::size_t k = 0; k < list.size() && k < limit; ++k) out.push_back(list[k]);
  }
};

}  // namespace

bool Frontier::rational(std::size_t k) const {
  const std::int64_t* u = steps(k);
  for (std::size_t p = 0; p < parties; ++p)
    if (u[p] < reservation_units[p]) return false;
  return true;
}

std::vector<Package> Frontier::packages_of(std::size_t k, std::size_t limit) const {
  std::vector<Package> out;
  if (provenance && k < size()) provenance->packages(source[k], limit, out);
  return out;
}

Frontier rational_part(const Frontier& frontier) {
  Frontier out = frontier;
  out.utilities.clear();
  out.units.clear();
  out.package_counts.clear();
  out.examples.clear();
  out.source.clear();
  out.frontier_packages = 0;
  out.rational_only = true;
  const std::size_t P = frontier.parties;
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    if (!frontier.rational(k)) continue;
    out.utilities.insert(out.utilities.end(), frontier.point(k), frontier.point(k) + P);
    out.units.insert(out.units.end(), frontier.steps(k), frontier.steps(k) + P);
    out.package_counts.push_back(frontier.package_counts[k]);
    out.examples.push_back(frontier.examples[k]);
    out.source.push_back(frontier.source[k]);
    out.frontier_packages += frontier.package_counts[k];
  }
  return out;
}

namespace {

// Appends point `u` (grid steps) with its count and example to `result`.
void append_point(Frontier& result, const UtilityGrid& grid, const std::int64_t* u, BigCount count,
                  Package example, std::uint32_t source) {
  for (std::size_t p = 0; p < result.parties; ++p) {
    result.units.push_back(u[p]);
    result.utilities.push_back(grid.to_utility(u[p], p));
  }
  result.package_counts.push_back(std::move(count));
  result.examples.push_back(std::move(example));
  result.source.push_back(source);
}

bool rational_steps(const UtilityGrid& grid, const std::int64_t* u) {
  for (std::size_t p = 0; p < grid.parties; ++p)
    if (u[p] < grid.reservation[p]) return false;
  return true;
}

void check_grid(const AdditiveSpace& space, const UtilityGrid& grid) {
  bool ok = grid.parties == space.party_count() && grid.units.size() == space.issue_count() &&
            grid.reservation.size() == space.party_count();
  for (std::size_t i = 0; ok && i < space.issue_count(); ++i)
    ok = grid.units[i].size() == space.level_count(i) * space.party_count();
  if (!ok) throw std::invalid_argument("utility grid does not match the space");
}

}  // namespace

Frontier merge_frontier(const AdditiveSpace& space, const FrontierOptions& options) {
  return merge_frontier(space, utility_grid(space), options);
}

Frontier brute_force_frontier(const AdditiveSpace& space, const FrontierOptions& options) {
  return brute_force_frontier(space, utility_grid(space), options);
}

Frontier merge_frontier(const AdditiveSpace& space, const UtilityGrid& grid,
                        const FrontierOptions& options) {
  check_consistent(space);
  check_grid(space, grid);
  Frontier result = empty_frontier(space, grid, options);
  const std::size_t P = space.party_count();
  const std::size_t I = space.issue_count();
  const auto levels = acceptable_levels(space);
  for (const auto& l : levels)
    if (l.empty()) return result;  // no package is acceptable to every party
  if (I == 0) return result;

  auto tree = std::make_shared<MergeTree>();
  tree->issue_count = I;
  RationalBound bound;
  if (options.rational_only) {
    bound.reservation = grid.reservation;
    bound.best.assign(I, std::vector<std::int64_t>(P, std::numeric_limits<std::int64_t>::min()));
    for (std::size_t i = 0; i < I; ++i)
      for (std::uint32_t l : levels[i])
        for (std::size_t p = 0; p < P; ++p)
          bound.best[i][p] = std::max(bound.best[i][p], grid.value(i, l, p));
  }
  bool saturated = false;
  ParetoWorkspace workspace;
  auto build = [&] {
    std::vector<int> frontier_ids;
    for (std::size_t i = 0; i < I; ++i) {
      tree->nodes.push_back(make_leaf(grid, I, i, levels[i], workspace));
      if (options.rational_only) prune_irrational(tree->nodes.back(), bound, P);
      frontier_ids.push_back(static_cast<int>(tree->nodes.size() - 1));
    }
    auto merge = [&](int a, int b) {
      Node c = merge_nodes(tree->nodes, a, b, P, workspace, saturated);
      if (options.rational_only) prune_irrational(c, bound, P);
      tree->nodes.push_back(std::move(c));
      return static_cast<int>(tree->nodes.size() - 1);
    };
    if (options.order == MergeOrder::sequential) {
      int acc = frontier_ids[0];
      for (std::size_t i = 1; i < frontier_ids.size(); ++i) acc = merge(acc, frontier_ids[i]);
      tree->root = acc;
    } else {
      while (frontier_ids.size() > 1) {
        std::vector<int> next;
        for (std::size_t k = 0; k + 1 < frontier_ids.size(); k += 2)
          next.push_back(merge(frontier_ids[k], frontier_ids[k + 1]));
        if (frontier_ids.size() % 2 == 1) next.push_back(frontier_ids.back());
        frontier_ids = std::move(next);
      }
      tree->root = frontier_ids[0];
    }
  };
  if (options.threads == 0) {
    build();
  } else {
    tbb::task_arena arena(static_cast<int>(options.threads));
    detail::execute_synced(arena, build);
  }

  const Node& root = tree->nodes[static_cast<std::size_t>(tree->root)];
  std::vector<std::uint32_t> order = lexicographic_order(root.u, root.n, P);
  if (options.rational_only)
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](std::uint32_t k) {
                                 return !rational_steps(grid, root.u.data() + std::size_t{k} * P);
                               }),
                order.end());
  std::vector<Package> examples(order.size(), Package(I, 0));
  tree->examples(tree->root, order, examples);
  result.units.reserve(order.size() * P);
  result.utilities.reserve(order.size() * P);
  result.package_counts.reserve(order.size());
  result.examples.reserve(order.size());
  result.source.reserve(order.size());
  bool total_saturated = false;
  Count total = 0;
  for (std::size_t j = 0; j < order.size(); ++j) {
    const std::uint32_t k = order[j];
    total = saturating_add(total, root.count[k], total_saturated);
    append_point(result, grid, root.u.data() + std::size_t{k} * P, to_big(root.count[k]),
                 std::move(examples[j]), k);
  }
  // Σ counts in 128 bits when it fits (cheap), else as a big integer.
  if (!total_saturated)
    result.frontier_packages = to_big(total);
  else
    for (const BigCount& c : result.package_counts) result.frontier_packages += c;
  result.counts_exact = !saturated;
  result.provenance = std::move(tree);
  return result;
}

Frontier brute_force_frontier(const AdditiveSpace& space, const UtilityGrid& grid,
                              const FrontierOptions& options) {
  check_consistent(space);
  check_grid(space, grid);
  Frontier result = empty_frontier(space, grid, options);
  const std::size_t P = space.party_count();
  const std::size_t I = space.issue_count();
  const auto levels = acceptable_levels(space);
  for (const auto& l : levels)
    if (l.empty()) return result;
  if (I == 0) return result;

  // Running frontier: flat points, a package list per point. Each package is compared with the
  // kept points (O(F·P)); a new non-dominated package evicts the kept points it dominates.
  std::vector<std::int64_t> kept;
  std::vector<std::vector<Package>> lists;
  std::vector<std::size_t> digit(I, 0);
  Package package(I);
  std::vector<std::int64_t> u(P);
  for (;;) {
    std::fill(u.begin(), u.end(), 0);
    for (std::size_t i = 0; i < I; ++i) {
      package[i] = levels[i][digit[i]];
      for (std::size_t p = 0; p < P; ++p) u[p] += grid.value(i, package[i], p);
    }
    const bool considered = !options.rational_only || rational_steps(grid, u.data());
    const std::size_t F = lists.size();
    bool dominated = false;
    std::size_t dup = F;
    for (std::size_t g = 0; g < F && considered; ++g) {
      const Relation r = relation(kept.data() + g * P, u.data(), P);
      if (r == Relation::dominates) {
        dominated = true;
        break;
      }
      if (r == Relation::duplicate) {
        dup = g;
        break;
      }
    }
    if (considered && !dominated) {
      if (dup < F) {
        lists[dup].push_back(package);
      } else {
        std::size_t w = 0;
        for (std::size_t g = 0; g < F; ++g) {
          if (dominates(u.data(), kept.data() + g * P, P)) continue;
          if (w != g) {
            std::copy_n(kept.begin() + static_cast<std::ptrdiff_t>(g * P), P,
                        kept.begin() + static_cast<std::ptrdiff_t>(w * P));
            lists[w] = std::move(lists[g]);
          }
          ++w;
        }
        kept.resize(w * P);
        lists.resize(w);
        kept.insert(kept.end(), u.begin(), u.end());
        lists.push_back({package});
      }
    }
    std::size_t i = I;  // odometer, last issue fastest
    while (i > 0 && ++digit[i - 1] == levels[i - 1].size()) digit[--i] = 0;
    if (i == 0) break;
  }

  auto explicit_lists = std::make_shared<ExplicitPackages>();
  const auto order = lexicographic_order(kept, lists.size(), P);
  for (std::uint32_t k : order) {
    const auto source = static_cast<std::uint32_t>(explicit_lists->lists.size());
    result.frontier_packages += lists[k].size();
    append_point(result, grid, kept.data() + std::size_t{k} * P, BigCount(lists[k].size()),
                 lists[k].front(), source);
    explicit_lists->lists.push_back(std::move(lists[k]));
  }
  result.provenance = std::move(explicit_lists);
  return result;
}

}  // namespace parley::bargain
