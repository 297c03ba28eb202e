#include "parley/bargain/zopa.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

#include "parley/bargain/frontier.hpp"
#include "parley/bargain/random_space.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/scenario/red_line.hpp"

namespace parley::bargain {
namespace {

// Exact count by enumeration of acceptable packages; keeps the first packages found.
// u_p(package) >= r_p for every p, exactly on the grid. O(I·P).
bool rational_package(const UtilityGrid& grid, const Package& package) {
  for (std::size_t p = 0; p < grid.parties; ++p) {
    std::int64_t u = 0;
    for (std::size_t i = 0; i < package.size(); ++i) u += grid.value(i, package[i], p);
    if (u < grid.reservation[p]) return false;
  }
  return true;
}

// Exact count by depth-first enumeration of acceptable packages with partial sums on the grid:
// a subtree is skipped when even its best completion misses a reservation, and counted whole
// when even its worst completion meets every reservation (once the sample is full). Keeps the
// first packages found. O(N·P) worst case, usually far less.
class Enumeration {
 public:
  Enumeration(const UtilityGrid& grid, const std::vector<std::vector<std::uint32_t>>& levels,
              Zopa& z, std::size_t keep)
      : grid_(grid), levels_(levels), z_(z), keep_(keep), P_(grid.parties), I_(levels.size()) {
    best_.assign((I_ + 1) * P_, 0);  // best_[i·P + p]: Σ_{j>=i} max_l v(j,l,p)
    worst_.assign((I_ + 1) * P_, 0);
    size_.assign(I_ + 1, 1);  // size_[i]: packages of issues i.. (<= exact_limit, fits 64 bits)
    for (std::size_t i = I_; i-- > 0;) {
      for (std::size_t p = 0; p < P_; ++p) {
        std::int64_t hi = std::numeric_limits<std::int64_t>::min();
        std::int64_t lo = std::numeric_limits<std::int64_t>::max();
        for (std::uint32_t l : levels[i]) {
          hi = std::max(hi, grid.value(i, l, p));
          lo = std::min(lo, grid.value(i, l, p));
        }
        best_[i * P_ + p] = best_[(i + 1) * P_ + p] + hi;
        worst_[i * P_ + p] = worst_[(i + 1) * P_ + p] + lo;
      }
      size_[i] = size_[i + 1] * levels[i].size();
    }
    partial_.assign((I_ + 1) * P_, 0);
    package_.assign(I_, 0);
  }
  std::uint64_t run() {
    visit(0);
    return count_;
  }

 private:
  void visit(std::size_t i) {
    const std::int64_t* sum = partial_.data() + i * P_;
    bool all = z_.sample.size() >= keep_;
    for (std::size_t p = 0; p < P_; ++p) {
      if (sum[p] + best_[i * P_ + p] < grid_.reservation[p]) return;  // none can be rational
      all = all && sum[p] + worst_[i * P_ + p] >= grid_.reservation[p];
    }
    if (all) {  // every completion is rational
      count_ += size_[i];
      return;
    }
    if (i == I_) {
      ++count_;
      z_.sample.push_back(package_);
      return;
    }
    for (std::uint32_t l : levels_[i]) {
      package_[i] = l;
      for (std::size_t p = 0; p < P_; ++p)
        partial_[(i + 1) * P_ + p] = sum[p] + grid_.value(i, l, p);
      visit(i + 1);
    }
  }

  const UtilityGrid& grid_;
  const std::vector<std::vector<std::uint32_t>>& levels_;
  Zopa& z_;
  std::size_t keep_, P_, I_;
  std::vector<std::int64_t> best_, worst_, partial_;
  std::vector<std::uint64_t> size_;
  Package package_;
  std::uint64_t count_ = 0;
};

// Exact count by enumeration; the sample starts with the frontier's packages (already in z).
void enumerate(const UtilityGrid& grid, const std::vector<std::vector<std::uint32_t>>& levels,
               Zopa& z, std::size_t keep) {
  std::vector<Package> frontier_sample = std::move(z.sample);
  z.sample.clear();
  // Enough packages to fill the sample even when the frontier's packages come up again.
  const std::uint64_t count = Enumeration(grid, levels, z, keep + frontier_sample.size()).run();
  for (auto& package : z.sample)
    if (frontier_sample.size() < keep &&
        std::find(frontier_sample.begin(), frontier_sample.end(), package) == frontier_sample.end())
      frontier_sample.push_back(std::move(package));
  z.sample = std::move(frontier_sample);
  z.size.exact = true;
  z.size.count = count;
  z.size.label = "exact: every acceptable package enumerated";
}

// Seeded uniform sampling of acceptable packages; 95% Wilson score interval.
void estimate(const UtilityGrid& grid, const std::vector<std::vector<std::uint32_t>>& levels,
              const BigCount& acceptable, const ZopaOptions& o, Zopa& z) {
  const std::size_t I = levels.size();
  SplitMix64 rng{o.seed * 0x9E3779B97F4A7C15ull + 99};
  Package package(I);
  std::size_t hits = 0;
  for (std::size_t s = 0; s < o.samples; ++s) {
    for (std::size_t i = 0; i < I; ++i) package[i] = levels[i][rng.below(levels[i].size())];
    if (!rational_package(grid, package)) continue;
    ++hits;
    if (z.sample.size() < o.sample_size &&
        std::find(z.sample.begin(), z.sample.end(), package) == z.sample.end())
      z.sample.push_back(package);
  }
  const double n = static_cast<double>(o.samples), ph = n > 0 ? hits / n : 0.0, zz = 1.96;
  const double centre = (ph + zz * zz / (2 * n)) / (1 + zz * zz / n);
  const double half = zz * std::sqrt(ph * (1 - ph) / n + zz * zz / (4 * n * n)) / (1 + zz * zz / n);
  const double total = acceptable.to_double();
  const double floor = z.size.on_frontier.to_double();
  z.size.samples = o.samples;
  z.size.estimate = std::max(ph * total, floor);
  z.size.low = std::max((centre - half) * total, floor);
  z.size.high = std::max((centre + half) * total, floor);
  z.size.exact = false;
  z.size.count = z.size.on_frontier;
  z.size.label = "estimate: " + std::to_string(hits) + " of " + std::to_string(o.samples) +
                 " seeded uniform samples of acceptable packages in the ZOPA, 95% Wilson "
                 "interval; exact count only for the packages on the frontier";
}

std::vector<Relaxation> reservation_relaxations(const AdditiveSpace& space, const Frontier& full) {
  std::vector<Relaxation> out;
  const std::size_t P = space.party_count();
  for (std::size_t p = 0; p < P; ++p) {
    std::optional<std::size_t> at;  // the frontier point with the best u_p, others rational
    for (std::size_t k = 0; k < full.size(); ++k) {
      bool others = true;
      for (std::size_t q = 0; q < P; ++q)
        others = others && (q == p || full.steps(k)[q] >= full.reservation_units[q]);
      if (others && (!at || full.steps(k)[p] > full.steps(*at)[p])) at = k;
    }
    if (!at) continue;  // p alone cannot open it
    const double best = full.point(*at)[p];
    Relaxation r;
    r.kind = Relaxation::Kind::reservation;
    r.party = p;
    r.new_reservation = best;
    // From the exact difference, so that equal amounts are equal doubles and sort by party.
    r.amount = full.grid[p].to_utility(full.reservation_units[p] - full.steps(*at)[p]);
    r.description = space.parties[p] + " lowers its reservation from " +
                    std::to_string(space.reservation[p]) + " to " + std::to_string(best);
    out.push_back(r);
  }
  return out;
}

// The frontier of every package with issue i left out (issue i replaced by one level worth 0 to
// everybody), on the same grid. A rational package with issue i at level l exists iff some point
// a of it has a_q + v(i, l, q) >= r_q for every q: a package's dominator on this frontier only
// raises a.
Frontier frontier_without(const AdditiveSpace& space, const UtilityGrid& grid, std::size_t i,
                          const ZopaOptions& o) {
  AdditiveSpace rest = space;
  UtilityGrid rest_grid = grid;
  const std::size_t P = space.party_count();
  rest.issues[i].level_labels.assign(1, "-");
  rest.issues[i].level_points.assign(1, 0.0);
  rest.contribution[i].assign(P, 0.0);
  rest.acceptable[i].assign(P, 1);
  rest_grid.units[i].assign(P, 0);
  FrontierOptions fo;
  fo.threads = o.threads;
  return o.brute_force ? brute_force_frontier(rest, rest_grid, fo)
                       : merge_frontier(rest, rest_grid, fo);
}

bool opens_with(const UtilityGrid& grid, const Frontier& rest, std::size_t i, std::size_t l) {
  const std::size_t P = grid.parties;
  for (std::size_t k = 0; k < rest.size(); ++k) {
    bool rational = true;
    for (std::size_t q = 0; q < P && rational; ++q)
      rational = rest.steps(k)[q] + grid.value(i, l, q) >= grid.reservation[q];
    if (rational) return true;
  }
  return false;
}

// Per issue: one frontier without the issue, then each rejected level tested in O(F·P).
std::vector<Relaxation> red_line_relaxations(const AdditiveSpace& space, const UtilityGrid& grid,
                                             const ZopaOptions& o) {
  std::vector<Relaxation> out;
  const std::size_t P = space.party_count();
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const std::size_t L = space.level_count(i);
    const auto& points = space.issues[i].level_points;
    std::optional<Frontier> rest;
    for (std::size_t p = 0; p < P; ++p) {
      // Levels p rejects that every other party accepts, by distance to p's acceptable levels.
      std::vector<std::pair<double, std::uint32_t>> candidates;
      for (std::size_t l = 0; l < L; ++l) {
        if (space.is_acceptable(i, l, p)) continue;
        bool others = true;
        for (std::size_t q = 0; q < P; ++q)
          others = others && (q == p || space.is_acceptable(i, l, q));
        if (!others) continue;
        double d = INFINITY;
        for (std::size_t m = 0; m < L; ++m)
          if (space.is_acceptable(i, m, p)) d = std::min(d, std::abs(points[l] - points[m]));
        candidates.push_back({std::isinf(d) ? 0.0 : d, static_cast<std::uint32_t>(l)});
      }
      if (candidates.empty()) continue;
      std::sort(candidates.begin(), candidates.end());
      if (!rest) rest = frontier_without(space, grid, i, o);
      for (const auto& [distance, level] : candidates) {
        if (!opens_with(grid, *rest, i, level)) continue;
        Relaxation r;
        r.kind = Relaxation::Kind::red_line;
        r.party = p;
        r.issue = i;
        r.amount = distance;
        r.level = level;
        std::size_t beyond = L;
        for (std::size_t m = 0; m < L; ++m)
          if (space.is_acceptable(i, m, p))
            beyond = std::min<std::size_t>(beyond, m > r.level ? m - r.level : r.level - m);
        r.levels_beyond = beyond == L ? 0 : beyond;
        r.description = space.parties[p] + " accepts " + space.issues[i].id + " = " +
                        space.issues[i].level_labels[r.level] + " beyond its red line";
        out.push_back(r);
        break;
      }
    }
  }
  return out;
}

// The gap of an issue no level of which every party accepts: per level, the total distance of
// the parties to their nearest acceptable levels; the levels with the least total meet. A party
// that accepts no level of the issue at all is left out of the total. O(L²·P).
RedLineGap red_line_gap(const AdditiveSpace& space, std::size_t i) {
  const std::size_t L = space.level_count(i), P = space.party_count();
  const auto& points = space.issues[i].level_points;
  RedLineGap gap;
  gap.issue = i;
  gap.accepted.resize(P);
  for (std::size_t p = 0; p < P; ++p) {
    for (std::size_t l = 0; l < L; ++l) {
      if (!space.is_acceptable(i, l, p)) continue;
      auto& a = gap.accepted[p];
      if (!a.accepts_any) a.first = static_cast<std::uint32_t>(l);
      a.accepts_any = true;
      a.last = static_cast<std::uint32_t>(l);
    }
  }
  std::vector<double> crossing(L, 0.0);
  for (std::size_t l = 0; l < L; ++l) {
    for (std::size_t p = 0; p < P; ++p) {
      if (!gap.accepted[p].accepts_any || space.is_acceptable(i, l, p)) continue;
      double d = INFINITY;
      for (std::size_t m = 0; m < L; ++m)
        if (space.is_acceptable(i, m, p)) d = std::min(d, std::abs(points[l] - points[m]));
      crossing[l] += d;
    }
  }
  const double width = L > 1 ? std::abs(points.back() - points.front()) : 0.0;
  const double least = *std::min_element(crossing.begin(), crossing.end());
  const double tie = scenario::kScaleTolerance * std::max(1.0, width);
  for (std::size_t l = 0; l < L; ++l)
    if (crossing[l] <= least + tie) gap.meeting_levels.push_back(static_cast<std::uint32_t>(l));
  gap.crossing = least;
  gap.share = width > 0 ? least / width : 0.0;
  return gap;
}

// Every colliding issue opened at its meeting levels for every party, and the zone that leaves.
OpeningPlan opening_plan(const AdditiveSpace& space, const ZopaOptions& o) {
  OpeningPlan plan;
  AdditiveSpace relaxed = space;
  const std::size_t P = space.party_count();
  const auto levels = acceptable_levels(space);
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    if (!levels[i].empty()) continue;
    plan.gaps.push_back(red_line_gap(space, i));
    for (std::uint32_t l : plan.gaps.back().meeting_levels)
      for (std::size_t p = 0; p < P; ++p) relaxed.acceptable[i][l * P + p] = 1;
  }
  // No issue of `relaxed` is blocked any more, so this does not come back here.
  FrontierOptions fo;
  fo.threads = o.threads;
  plan.frontier = o.brute_force ? brute_force_frontier(relaxed, fo) : merge_frontier(relaxed, fo);
  const Frontier& full = plan.frontier;
  Zopa opened = zone_of_possible_agreement(relaxed, full, o);
  plan.size = std::move(opened.size);
  plan.sample = std::move(opened.sample);
  plan.further = std::move(opened.relaxations);
  plan.solutions = all_solutions(relaxed, full);
  plan.bounds = party_bounds(relaxed);
  return plan;
}

}  // namespace

Zopa zone_of_possible_agreement(const AdditiveSpace& space, const ZopaOptions& o) {
  FrontierOptions fo;
  fo.threads = o.threads;
  const Frontier full = o.brute_force ? brute_force_frontier(space, fo) : merge_frontier(space, fo);
  return zone_of_possible_agreement(space, full, o);
}

Zopa zone_of_possible_agreement(const AdditiveSpace& space, const Frontier& full,
                                const ZopaOptions& o) {
  if (full.rational_only)
    throw std::invalid_argument("zone_of_possible_agreement needs the full frontier");
  Zopa z;
  const UtilityGrid grid = utility_grid(space);
  const Frontier rational = rational_part(full);
  z.size.on_frontier = rational.frontier_packages;
  for (std::size_t k = 0; k < rational.size() && z.sample.size() < o.sample_size; ++k)
    z.sample.push_back(rational.examples[k]);
  const auto levels = acceptable_levels(space);
  bool none = space.issue_count() == 0;
  for (const auto& l : levels) none = none || l.empty();
  if (!none && rational.size() > 0) {
    if (full.acceptable_packages <= o.exact_limit)
      enumerate(grid, levels, z, o.sample_size);
    else
      estimate(grid, levels, full.acceptable_packages, o, z);
  } else {
    z.size.exact = true;
    z.size.label = "exact: no package is both acceptable and rational for every party";
  }
  if (z.empty()) {
    z.relaxations = reservation_relaxations(space, full);
    const auto lines = red_line_relaxations(space, grid, o);
    z.relaxations.insert(z.relaxations.end(), lines.begin(), lines.end());
    std::stable_sort(z.relaxations.begin(), z.relaxations.end(),
                     [](const Relaxation& a, const Relaxation& b) {
                       if (a.kind != b.kind) return a.kind < b.kind;
                       if (a.amount != b.amount) return a.amount < b.amount;
                       if (a.party != b.party) return a.party < b.party;
                       return a.issue < b.issue;
                     });
    bool blocked = false;
    for (const auto& l : levels) blocked = blocked || l.empty();
    if (blocked && space.party_count() > 0) z.plan = opening_plan(space, o);
  }
  return z;
}

}  // namespace parley::bargain
