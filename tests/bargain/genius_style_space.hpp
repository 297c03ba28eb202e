#pragma once
// Test support: seeded GENIUS-style bargaining spaces built from INTEGER parameters, the input of
// the exact oracle (exact_oracle.hpp). Every number is an integer the way hand-written GENIUS
// profiles hold them:
//   - weight w_pi in units of 1/unit_p: unit 20 gives steps of 0.05, unit 100 steps of 0.01;
//     written as decimal text ("0.35"); the weights of a party need not sum to 1 (GENIUS does
//     not renormalize);
//   - evaluation e_pil: an integer >= 0 (styles 0–5, 1–10, 0–3), eval = e / max_l e_pil, the
//     maximum >= 1;
//   - reservation r_p = k_p / unit_p ("0.2") or 0;
//   - optional red lines (GENIUS files have none): party p rejects some levels of an issue,
//     never all of them.
// The AdditiveSpace holds the doubles a GENIUS reader produces (genius_reader.cpp: contribution
// = weight · eval, eval = evaluation / max): (double)w / unit · ((double)e / (double)max) and
// reservation (double)k / unit. (double)w / unit is the correctly rounded w/unit, i.e. the same
// double as parsing its decimal text "0.35"; genius_files_oracle_test.cpp checks this bitwise.
//
// Utilities that are equal as rationals then often differ in the last bit (0.715 against
// 0.7150000000000001), which is what the exact oracle tests are about.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"

namespace parley::bargain::test {

// splitmix64: the same stream on every platform (no <random> distributions).
class SeededStream {
 public:
  explicit SeededStream(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x51ED) {}
  std::uint64_t next() {
    std::uint64_t x = (state_ += 0x9E3779B97F4A7C15ull);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
  }
  // Uniform in 0 .. n−1 (n >= 1; the modulo bias is irrelevant here).
  std::int64_t below(std::int64_t n) {
    return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
  }
  // Uniform in lo .. hi.
  std::int64_t in(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
  bool chance(std::int64_t numerator, std::int64_t denominator) {
    return below(denominator) < numerator;
  }

 private:
  std::uint64_t state_;
};

struct GeniusStyleSpec {
  std::uint64_t seed = 0;
  std::size_t parties = 0;
  std::vector<std::size_t> levels;                                 // per issue, >= 1
  std::vector<std::int64_t> unit;                                  // per party: 20 or 100
  std::vector<std::vector<std::int64_t>> weight;                   // [p][i], in 1/unit[p]
  std::vector<std::vector<std::vector<std::int64_t>>> evaluation;  // [p][i][l], >= 0
  std::vector<std::int64_t> reservation;                           // [p], in 1/unit[p]
  std::vector<std::vector<std::uint8_t>> acceptable;               // [i][l·P + p], as the space

  std::size_t issue_count() const { return levels.size(); }
  std::int64_t max_evaluation(std::size_t p, std::size_t i) const {
    return *std::max_element(evaluation[p][i].begin(), evaluation[p][i].end());
  }
  bool has_red_lines() const {
    for (const auto& a : acceptable)
      for (const std::uint8_t x : a)
        if (x == 0) return true;
    return false;
  }
};

struct GeniusStyleOptions {
  std::size_t min_parties = 2;
  std::size_t max_parties = 7;
  bool red_lines = true;  // GENIUS files: false
};

// "0.35" for (35, 100), "0.05" for (1, 20), "1.2" for (24, 20): the exact decimal text of k/unit
// for a unit dividing 100.
inline std::string decimal(std::int64_t k, std::int64_t unit) {
  const std::int64_t hundredths = k * (100 / unit);
  std::string s = std::to_string(hundredths / 100) + ".";
  const std::int64_t frac = hundredths % 100;
  s += static_cast<char>('0' + frac / 10);
  if (frac % 10 != 0) s += static_cast<char>('0' + frac % 10);
  return s;
}

namespace detail {

// The number of packages the generator aims below (most spaces are small).
inline std::size_t package_budget(SeededStream& r) {
  const auto b = r.below(8);
  return b <= 1 ? 1500 : (b <= 4 ? 400 : 60);
}

// Party p's exact utility of `package` times unit_p, as a fraction s / lcm of the maxima:
// returns {s, lcm}.
inline std::pair<std::int64_t, std::int64_t> scaled_utility(const GeniusStyleSpec& s, std::size_t p,
                                                            const std::vector<std::size_t>& x) {
  std::int64_t l = 1;
  for (std::size_t i = 0; i < s.issue_count(); ++i) l = std::lcm(l, s.max_evaluation(p, i));
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < s.issue_count(); ++i)
    sum += s.weight[p][i] * s.evaluation[p][i][x[i]] * (l / s.max_evaluation(p, i));
  return {sum, l};
}

}  // namespace detail

// Space `seed`: 2–7 parties (options), 1–7 issues of 1–6 levels, at most ~1,500 packages.
inline GeniusStyleSpec genius_style_spec(std::uint64_t seed, const GeniusStyleOptions& o = {}) {
  SeededStream r(seed);
  GeniusStyleSpec s;
  s.seed = seed;
  s.parties = static_cast<std::size_t>(
      r.in(static_cast<std::int64_t>(o.min_parties), static_cast<std::int64_t>(o.max_parties)));
  const std::size_t P = s.parties;
  const std::size_t budget = detail::package_budget(r);
  const auto issues = static_cast<std::size_t>(r.in(1, 7));
  for (std::size_t i = 0; i < issues; ++i)
    s.levels.push_back(static_cast<std::size_t>(r.chance(1, 12) ? 1 : r.in(2, 6)));
  // Shrink the largest issues until the space fits the budget (the oracle is O(N²)).
  auto product = [&] {
    std::size_t n = 1;
    for (const std::size_t l : s.levels) n *= l;
    return n;
  };
  while (product() > budget) {
    auto largest = std::max_element(s.levels.begin(), s.levels.end());
    if (*largest <= 2) {
      s.levels.pop_back();
      continue;
    }
    --*largest;
  }
  const std::size_t I = s.issue_count();

  s.unit.resize(P);
  s.weight.assign(P, std::vector<std::int64_t>(I, 0));
  s.evaluation.assign(P, std::vector<std::vector<std::int64_t>>(I));
  for (std::size_t p = 0; p < P; ++p) {
    const std::int64_t unit = r.chance(1, 2) ? 20 : 100;
    s.unit[p] = unit;
    const auto weights = r.below(6);
    if (weights < 5) {
      // Weights summing to 1: unit steps dealt to random issues (zeros happen) ...
      for (std::int64_t k = 0; k < unit; ++k)
        ++s.weight[p][static_cast<std::size_t>(r.below(static_cast<std::int64_t>(I)))];
      // ... or, as GENIUS allows, close to 1 without summing to it.
      if (weights == 4)
        for (auto& w : s.weight[p]) w = std::max<std::int64_t>(0, w + r.in(-2, 2));
    } else {
      // Far from normalized: each weight on the grid up to 0.5.
      for (std::size_t i = 0; i < I; ++i) s.weight[p][i] = r.in(0, unit / 2);
    }
    if (std::all_of(s.weight[p].begin(), s.weight[p].end(), [](auto w) { return w == 0; }))
      s.weight[p][0] = r.in(1, unit / 2);
    const auto style = r.below(3);  // evaluations 0–5, 1–10 or 0–3
    const std::int64_t lo = style == 1 ? 1 : 0, hi = style == 0 ? 5 : (style == 1 ? 10 : 3);
    for (std::size_t i = 0; i < I; ++i) {
      auto& e = s.evaluation[p][i];
      for (std::size_t l = 0; l < s.levels[i]; ++l) e.push_back(r.in(lo, hi));
      if (*std::max_element(e.begin(), e.end()) == 0)
        e[static_cast<std::size_t>(r.below(static_cast<std::int64_t>(e.size())))] = r.in(1, hi);
      // Opposed interests half of the time (large frontiers): ascending for even parties,
      // descending for odd ones, flipped now and then.
      if (r.chance(1, 2)) {
        std::sort(e.begin(), e.end());
        if ((p % 2 == 1) != r.chance(1, 4)) std::reverse(e.begin(), e.end());
      }
    }
  }

  // Symmetries of hand-written domains, which make packages tie exactly for every party (one
  // point, several packages), and the doubles of the tied sums differ when the same terms are
  // added in another order: two levels of an issue valued alike by everybody, or an issue that
  // repeats another one (same levels, weights and evaluations for every party).
  for (std::size_t i = 0; i < I; ++i)
    if (s.levels[i] >= 3 && r.chance(1, 5)) {
      const auto a = static_cast<std::size_t>(r.below(static_cast<std::int64_t>(s.levels[i])));
      const auto b = static_cast<std::size_t>(r.below(static_cast<std::int64_t>(s.levels[i])));
      for (std::size_t p = 0; p < P; ++p) {
        auto& e = s.evaluation[p][i];
        e[b] = e[a];
        if (*std::max_element(e.begin(), e.end()) == 0) e[a] = e[b] = 1;
      }
    }
  if (I >= 3 && r.chance(1, 3)) {
    const auto a = static_cast<std::size_t>(r.below(static_cast<std::int64_t>(I)));
    const auto b = static_cast<std::size_t>(r.below(static_cast<std::int64_t>(I)));
    if (a != b && s.levels[a] <= s.levels[b]) {
      s.levels[b] = s.levels[a];
      for (std::size_t p = 0; p < P; ++p) {
        s.weight[p][b] = s.weight[p][a];
        s.evaluation[p][b] = s.evaluation[p][a];
      }
    }
  }

  s.acceptable.clear();
  for (std::size_t i = 0; i < I; ++i) s.acceptable.emplace_back(s.levels[i] * P, std::uint8_t{1});
  if (o.red_lines && r.chance(1, 3)) {
    for (std::size_t i = 0; i < I; ++i) {
      const std::size_t L = s.levels[i];
      if (L < 2) continue;
      for (std::size_t p = 0; p < P; ++p) {
        if (!r.chance(1, 5)) continue;
        // Reject 1 .. max(1, L/2) levels: the worst ones for p, or a random choice.
        const auto rejected = static_cast<std::size_t>(
            r.in(1, std::max<std::int64_t>(1, static_cast<std::int64_t>(L) / 2)));
        std::vector<std::size_t> order(L);
        std::iota(order.begin(), order.end(), std::size_t{0});
        if (r.chance(1, 2)) {
          std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return s.evaluation[p][i][a] < s.evaluation[p][i][b];
          });
        } else {
          for (std::size_t k = L; k > 1; --k)
            std::swap(order[k - 1],
                      order[static_cast<std::size_t>(r.below(static_cast<std::int64_t>(k)))]);
        }
        for (std::size_t k = 0; k < rejected; ++k) s.acceptable[i][order[k] * P + p] = 0;
      }
    }
  }

  // Reservations: none, low (0.2 or so), high (empty ZOPAs), or on the utility of a package when
  // that lies on the grid (rationality decided by a tie, u_p = r_p exactly).
  s.reservation.assign(P, 0);
  const auto mode = r.below(4);
  for (std::size_t p = 0; p < P; ++p) {
    const std::int64_t unit = s.unit[p];
    if (mode == 0) continue;
    if (mode == 1) {
      s.reservation[p] = r.chance(1, 2) ? unit / 5 : r.in(0, unit * 3 / 10);
    } else if (mode == 2) {
      s.reservation[p] = r.in(unit / 2, unit * 9 / 10);
    } else {
      std::int64_t k = -1, floor = 0;
      for (int attempt = 0; attempt < 20 && k < 0; ++attempt) {
        std::vector<std::size_t> x(I);
        for (std::size_t i = 0; i < I; ++i)
          x[i] = static_cast<std::size_t>(r.below(static_cast<std::int64_t>(s.levels[i])));
        const auto [sum, l] = detail::scaled_utility(s, p, x);
        if (sum % l == 0) k = sum / l;
        floor = sum / l;
      }
      s.reservation[p] = k >= 0 ? k : floor;
    }
  }
  return s;
}

// The space a GENIUS reader would build from the spec's files (plus its red lines). Parties
// "p1".., issues "i1".. with levels "v1".. at points 0, 1, … (a GENIUS discrete issue's points
// are its value indices).
inline AdditiveSpace genius_style_space(const GeniusStyleSpec& s) {
  AdditiveSpace space;
  const std::size_t P = s.parties, I = s.issue_count();
  for (std::size_t p = 0; p < P; ++p) {
    space.parties.push_back("p" + std::to_string(p + 1));
    space.reservation.push_back(static_cast<double>(s.reservation[p]) /
                                static_cast<double>(s.unit[p]));
  }
  for (std::size_t i = 0; i < I; ++i) {
    IssueAxis axis;
    axis.id = "i" + std::to_string(i + 1);
    axis.title = "Issue " + std::to_string(i + 1);
    for (std::size_t l = 0; l < s.levels[i]; ++l) {
      axis.level_labels.push_back("v" + std::to_string(l + 1));
      axis.level_points.push_back(static_cast<double>(l));
    }
    space.issues.push_back(std::move(axis));
    std::vector<double> c(s.levels[i] * P);
    for (std::size_t l = 0; l < s.levels[i]; ++l)
      for (std::size_t p = 0; p < P; ++p) {
        const double weight = static_cast<double>(s.weight[p][i]) / static_cast<double>(s.unit[p]);
        const double eval = static_cast<double>(s.evaluation[p][i][l]) /
                            static_cast<double>(s.max_evaluation(p, i));
        c[l * P + p] = weight * eval;
      }
    space.contribution.push_back(std::move(c));
  }
  space.acceptable = s.acceptable;
  return space;
}

}  // namespace parley::bargain::test
