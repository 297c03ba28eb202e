#pragma once
// Test support: the exact oracle for GENIUS-style spaces (genius_style_space.hpp). It reads only
// the spec's integers, never the doubles of the AdditiveSpace, and works in exact integer
// arithmetic: party p's utilities are int64 numerators over D_p = unit_p · lcm_i(max_l e_pil),
// u_p(x) = Σ_i w_pi · e_pi,x_i · (lcm / max_pi). Definitions (docs/bargaining.md, with exact
// dominance: q dominates p ⇔ q ≥ p in every coordinate and q ≠ p):
//   - acceptable packages: every issue at a level no party rejects;
//   - frontier: acceptable packages no acceptable package dominates, O(V²) over the V distinct
//     utility vectors; a point is a distinct exact vector with its packages;
//   - rational frontier: the same over the acceptable packages with u_p ≥ r_p for every p,
//     computed directly (and checked to equal the frontier filtered to rational points);
//   - ZOPA size: the acceptable packages rational for every party;
//   - when it is empty, the relaxations (zopa.hpp): per party p, the reservation it would need =
//     max u_p over acceptable packages rational for every other party (none: no relaxation);
//     per (party p, issue i), among the levels p rejects and every other party accepts, ordered
//     by distance to p's accepted levels (then by level), the first with which a package rational
//     for every party exists (issue i at that level, the other issues at levels nobody rejects)
//     — by brute force over those packages. Sorted by kind, amount (exact), party, issue.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "bargain/genius_style_space.hpp"
#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::bargain::test {

// Points: exact numerators (party p's over the oracle's denominator[p]), each with its packages.
struct ExactFrontier {
  std::vector<std::vector<std::int64_t>> points;  // sorted lexicographically ascending
  std::vector<std::vector<Package>> packages;     // per point, sorted
  std::uint64_t package_total = 0;                // Σ packages[k].size()
  std::size_t size() const { return points.size(); }
};

struct ExactRelaxation {
  Relaxation::Kind kind = Relaxation::Kind::reservation;
  std::size_t party = 0;
  std::size_t issue = 0;    // red line only
  std::uint32_t level = 0;  // red line only
  // amount = amount_num / amount_den: reservation: (r_p − new) with den D_p; red line: distance
  // on the issue scale (levels at points 0, 1, …), den 1.
  std::int64_t amount_num = 0, amount_den = 1;
  std::int64_t new_reservation = 0;  // reservation only, over D_p
  std::size_t levels_beyond = 0;     // red line only
};

struct ExactOracle {
  std::size_t parties = 0;
  std::vector<std::int64_t> denominator;                // D_p
  std::vector<std::int64_t> reservation;                // r_p · D_p
  std::vector<std::vector<std::int64_t>> contribution;  // [i][l·P + p] numerators over D_p
  std::uint64_t space_packages = 0;                     // Π L_i
  std::uint64_t acceptable_packages = 0;                // no red line crossed
  std::vector<Package> packages;      // the acceptable packages, enumeration order
  std::vector<std::int64_t> utility;  // packages.size() × P numerators
  ExactFrontier full, rational;
  std::uint64_t zopa = 0;                    // acceptable and rational for every party
  std::vector<ExactRelaxation> relaxations;  // only when zopa == 0
  bool rational_is_filtered_full = false;    // self-check of the definitions
  bool boundary_ties = false;                // some acceptable package has u_p = r_p exactly
  bool exact_ties = false;                   // two acceptable packages tie in some coordinate

  double value(std::size_t p, std::int64_t numerator) const {
    return static_cast<double>(numerator) / static_cast<double>(denominator[p]);
  }
  // u(x) numerators of any package (red lines ignored).
  std::vector<std::int64_t> utilities(const Package& x) const {
    std::vector<std::int64_t> u(parties, 0);
    for (std::size_t i = 0; i < x.size(); ++i)
      for (std::size_t p = 0; p < parties; ++p) u[p] += contribution[i][x[i] * parties + p];
    return u;
  }
  bool is_rational(const std::vector<std::int64_t>& u) const {
    for (std::size_t p = 0; p < parties; ++p)
      if (u[p] < reservation[p]) return false;
    return true;
  }
};

namespace detail {

inline bool dominates_exact(const std::int64_t* q, const std::int64_t* p, std::size_t P) {
  bool strictly = false;
  for (std::size_t k = 0; k < P; ++k) {
    if (q[k] < p[k]) return false;
    if (q[k] > p[k]) strictly = true;
  }
  return strictly;
}

// The frontier of the packages `members` (indices into o.packages), O(V²·P).
inline ExactFrontier exact_frontier(const ExactOracle& o, const std::vector<std::size_t>& members) {
  const std::size_t P = o.parties;
  std::map<std::vector<std::int64_t>, std::vector<Package>> distinct;  // sorted lexicographically
  for (const std::size_t m : members) {
    const std::int64_t* u = o.utility.data() + m * P;
    distinct[std::vector<std::int64_t>(u, u + P)].push_back(o.packages[m]);
  }
  std::vector<const std::vector<std::int64_t>*> vectors;
  for (const auto& [u, list] : distinct) vectors.push_back(&u);
  ExactFrontier f;
  for (const auto& [u, list] : distinct) {
    bool dominated = false;
    for (const auto* q : vectors)
      if (dominates_exact(q->data(), u.data(), P)) {
        dominated = true;
        break;
      }
    if (dominated) continue;
    f.points.push_back(u);
    f.packages.push_back(list);
    std::sort(f.packages.back().begin(), f.packages.back().end());
    f.package_total += list.size();
  }
  return f;
}

inline std::int64_t checked(__int128 v) {
  if (v > INT64_MAX || v < INT64_MIN) throw std::overflow_error("exact oracle: int64 overflow");
  return static_cast<std::int64_t>(v);
}

}  // namespace detail

// a/b < c/d for b, d > 0.
inline bool fraction_less(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
  return static_cast<__int128>(a) * d < static_cast<__int128>(c) * b;
}

inline ExactOracle exact_oracle(const GeniusStyleSpec& s) {
  ExactOracle o;
  const std::size_t P = s.parties, I = s.issue_count();
  o.parties = P;
  // contribution numerators c[i][l·P + p] over D_p.
  auto& c = o.contribution;
  c.resize(I);
  for (std::size_t p = 0; p < P; ++p) {
    std::int64_t l = 1;
    for (std::size_t i = 0; i < I; ++i) l = std::lcm(l, s.max_evaluation(p, i));
    o.denominator.push_back(detail::checked(static_cast<__int128>(s.unit[p]) * l));
    o.reservation.push_back(detail::checked(static_cast<__int128>(s.reservation[p]) * l));
    for (std::size_t i = 0; i < I; ++i) {
      c[i].resize(s.levels[i] * P);
      for (std::size_t v = 0; v < s.levels[i]; ++v)
        c[i][v * P + p] = detail::checked(static_cast<__int128>(s.weight[p][i]) *
                                          s.evaluation[p][i][v] * (l / s.max_evaluation(p, i)));
    }
  }
  auto accepted_by_all = [&](std::size_t i, std::size_t v) {
    for (std::size_t p = 0; p < P; ++p)
      if (!s.acceptable[i][v * P + p]) return false;
    return true;
  };
  auto rational_except = [&](const std::int64_t* u, std::size_t skip) {
    for (std::size_t q = 0; q < P; ++q)
      if (q != skip && u[q] < o.reservation[q]) return false;
    return true;
  };
  // Every package with issue `fixed` at `level` (SIZE_MAX: none fixed) and the other issues at
  // levels no party rejects, in odometer order; calls f(package, utilities).
  auto for_each_package = [&](std::size_t fixed, std::size_t level, auto&& f) {
    std::vector<std::vector<std::uint32_t>> options(I);
    for (std::size_t i = 0; i < I; ++i) {
      if (i == fixed) {
        options[i].push_back(static_cast<std::uint32_t>(level));
        continue;
      }
      for (std::size_t v = 0; v < s.levels[i]; ++v)
        if (accepted_by_all(i, v)) options[i].push_back(static_cast<std::uint32_t>(v));
      if (options[i].empty()) return;
    }
    if (I == 0) return;
    std::vector<std::size_t> digit(I, 0);
    Package x(I);
    std::vector<std::int64_t> u(P);
    for (;;) {
      std::fill(u.begin(), u.end(), 0);
      for (std::size_t i = 0; i < I; ++i) {
        x[i] = options[i][digit[i]];
        for (std::size_t p = 0; p < P; ++p) u[p] += c[i][x[i] * P + p];
      }
      f(x, u.data());
      std::size_t i = I;
      while (i > 0 && ++digit[i - 1] == options[i - 1].size()) digit[--i] = 0;
      if (i == 0) return;
    }
  };

  o.space_packages = 1;
  for (const std::size_t L : s.levels) o.space_packages *= L;
  for_each_package(SIZE_MAX, 0, [&](const Package& x, const std::int64_t* u) {
    o.packages.push_back(x);
    o.utility.insert(o.utility.end(), u, u + P);
  });
  o.acceptable_packages = o.packages.size();

  std::vector<std::size_t> all, rational;
  for (std::size_t m = 0; m < o.packages.size(); ++m) {
    all.push_back(m);
    if (rational_except(o.utility.data() + m * P, SIZE_MAX)) rational.push_back(m);
    for (std::size_t p = 0; p < P; ++p)
      o.boundary_ties = o.boundary_ties || o.utility[m * P + p] == o.reservation[p];
  }
  for (std::size_t p = 0; p < P && !o.exact_ties; ++p) {
    std::vector<std::int64_t> column;
    for (std::size_t m = 0; m < o.packages.size(); ++m) column.push_back(o.utility[m * P + p]);
    std::sort(column.begin(), column.end());
    o.exact_ties = std::adjacent_find(column.begin(), column.end()) != column.end();
  }
  o.zopa = rational.size();
  o.full = detail::exact_frontier(o, all);
  o.rational = detail::exact_frontier(o, rational);

  ExactFrontier filtered;
  for (std::size_t k = 0; k < o.full.size(); ++k)
    if (rational_except(o.full.points[k].data(), SIZE_MAX)) {
      filtered.points.push_back(o.full.points[k]);
      filtered.packages.push_back(o.full.packages[k]);
      filtered.package_total += o.full.packages[k].size();
    }
  o.rational_is_filtered_full = filtered.points == o.rational.points &&
                                filtered.packages == o.rational.packages &&
                                filtered.package_total == o.rational.package_total;

  if (o.zopa > 0) return o;
  // Reservation relaxations.
  for (std::size_t p = 0; p < P; ++p) {
    bool any = false;
    std::int64_t best = 0;
    for (std::size_t m = 0; m < o.packages.size(); ++m) {
      const std::int64_t* u = o.utility.data() + m * P;
      if (!rational_except(u, p)) continue;
      best = any ? std::max(best, u[p]) : u[p];
      any = true;
    }
    if (!any) continue;
    ExactRelaxation r;
    r.kind = Relaxation::Kind::reservation;
    r.party = p;
    r.new_reservation = best;
    r.amount_num = o.reservation[p] - best;
    r.amount_den = o.denominator[p];
    o.relaxations.push_back(r);
  }
  // Red-line relaxations.
  for (std::size_t i = 0; i < I; ++i) {
    const std::size_t L = s.levels[i];
    for (std::size_t p = 0; p < P; ++p) {
      std::vector<std::pair<std::size_t, std::size_t>> candidates;  // (distance, level)
      for (std::size_t v = 0; v < L; ++v) {
        if (s.acceptable[i][v * P + p]) continue;
        bool others = true;
        for (std::size_t q = 0; q < P; ++q)
          others = others && (q == p || s.acceptable[i][v * P + q]);
        if (!others) continue;
        std::size_t d = SIZE_MAX;
        for (std::size_t m = 0; m < L; ++m)
          if (s.acceptable[i][m * P + p]) d = std::min(d, m > v ? m - v : v - m);
        candidates.push_back({d == SIZE_MAX ? 0 : d, v});
      }
      std::sort(candidates.begin(), candidates.end());
      for (const auto& [distance, level] : candidates) {
        bool opens = false;
        for_each_package(i, level, [&](const Package&, const std::int64_t* u) {
          opens = opens || rational_except(u, SIZE_MAX);
        });
        if (!opens) continue;
        ExactRelaxation r;
        r.kind = Relaxation::Kind::red_line;
        r.party = p;
        r.issue = i;
        r.level = static_cast<std::uint32_t>(level);
        r.amount_num = static_cast<std::int64_t>(distance);
        r.amount_den = 1;
        r.levels_beyond = distance;
        o.relaxations.push_back(r);
        break;
      }
    }
  }
  std::stable_sort(o.relaxations.begin(), o.relaxations.end(),
                   [](const ExactRelaxation& a, const ExactRelaxation& b) {
                     if (a.kind != b.kind) return a.kind < b.kind;
                     if (fraction_less(a.amount_num, a.amount_den, b.amount_num, b.amount_den))
                       return true;
                     if (fraction_less(b.amount_num, b.amount_den, a.amount_num, a.amount_den))
                       return false;
                     if (a.party != b.party) return a.party < b.party;
                     return a.issue < b.issue;
                   });
  return o;
}

}  // namespace parley::bargain::test
