#pragma once
// Test support: an engine result against the exact oracle (exact_oracle.hpp), as a message in
// words and numbers ("" when they agree), and a log of differences per engine path that reports
// the first few in full and the counts of all, so that a wrong engine gives readable failures
// instead of thousands of lines.
//
// An engine point matches an oracle point when every coordinate lies within kExactTolerance
// (1e-12) of the exact rational; distinct exact values differ by at least 1/D_p ≥ 1/(100·2520),
// so the match is unique.

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "bargain/exact_oracle.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::bargain::test {

inline constexpr double kExactTolerance = 1e-12;

// Shortest round-trip text of a double: 0.7150000000000001 stays visible.
inline std::string shortest(double x) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

inline std::string doubles_text(const double* u, std::size_t P) {
  std::string s = "(";
  for (std::size_t p = 0; p < P; ++p) s += (p ? ", " : "") + shortest(u[p]);
  return s + ")";
}

// "(143/200 = 0.715, …)": reduced fractions with their nearest doubles.
inline std::string exact_text(const ExactOracle& o, const std::vector<std::int64_t>& u) {
  std::string s = "(";
  for (std::size_t p = 0; p < u.size(); ++p) {
    const std::int64_t g = std::gcd(u[p] < 0 ? -u[p] : u[p], o.denominator[p]);
    s += (p ? ", " : "") + std::to_string(u[p] / g) + "/" + std::to_string(o.denominator[p] / g) +
         " = " + shortest(o.value(p, u[p]));
  }
  return s + ")";
}

inline std::string package_text(const Package& x) {
  std::string s = "[";
  for (std::size_t i = 0; i < x.size(); ++i) s += (i ? "," : "") + std::to_string(x[i]);
  return s + "]";
}

inline std::string count_text(const BigCount& n) {
  return n.str();
}

// The exact numerators nearest to an engine point; false when a coordinate is further than
// kExactTolerance from every value p/D_p (not an exact utility at all).
inline bool exact_key(const ExactOracle& o, const double* u, std::vector<std::int64_t>& key) {
  key.assign(o.parties, 0);
  bool ok = true;
  for (std::size_t p = 0; p < o.parties; ++p) {
    if (!std::isfinite(u[p])) return false;
    key[p] = std::llround(u[p] * static_cast<double>(o.denominator[p]));
    ok = ok && std::abs(u[p] - o.value(p, key[p])) <= kExactTolerance;
  }
  return ok;
}

// Why exact point `u` is not on `e`: a dominating frontier point, or not a utility vector of an
// acceptable (rational) package at all.
inline std::string why_not_on(const ExactOracle& o, const ExactFrontier& e, bool rational_only,
                              const std::vector<std::int64_t>& u) {
  for (std::size_t j = 0; j < e.size(); ++j)
    if (detail::dominates_exact(e.points[j].data(), u.data(), o.parties))
      return "exact frontier point " + exact_text(o, e.points[j]) + " of package " +
             package_text(e.packages[j].front()) + " dominates it";
  if (rational_only && !o.is_rational(u)) return "it is not rational for every party";
  return "no acceptable package has these utilities";
}

// What makes a space hard for a floating-point engine: its doubles (summed in issue order, as
// the utilities of a reader's space) against the exact utilities.
struct FloatTies {
  bool anywhere = false;  // two acceptable packages tie exactly for some party, not in double
  bool in_point = false;  // the packages of one exact frontier point differ in double
  // The frontier of the doubles with exact comparisons (tolerance 0) is wrong: a package that is
  // dominated exactly is not dominated in double (every dominator loses a tie by rounding), or
  // one exact point falls apart.
  bool naive_wrong = false;
};

inline FloatTies float_ties(const AdditiveSpace& space, const ExactOracle& o) {
  const std::size_t P = o.parties, N = o.packages.size();
  std::vector<double> d(N * P, 0.0);
  for (std::size_t m = 0; m < N; ++m)
    for (std::size_t i = 0; i < o.packages[m].size(); ++i)
      for (std::size_t p = 0; p < P; ++p) d[m * P + p] += space.value(i, o.packages[m][i], p);
  FloatTies t;
  for (std::size_t p = 0; p < P && !t.anywhere; ++p) {
    std::map<std::int64_t, double> first;
    for (std::size_t m = 0; m < N && !t.anywhere; ++m) {
      const auto [at, inserted] = first.emplace(o.utility[m * P + p], d[m * P + p]);
      t.anywhere = !inserted && at->second != d[m * P + p];
    }
  }
  std::map<Package, std::size_t> index;
  for (std::size_t m = 0; m < N; ++m) index[o.packages[m]] = m;
  std::vector<bool> on_frontier(N, false);
  for (std::size_t k = 0; k < o.full.size(); ++k) {
    const std::size_t first = index.at(o.full.packages[k].front());
    for (const auto& x : o.full.packages[k]) {
      const std::size_t m = index.at(x);
      on_frontier[m] = true;
      t.in_point = t.in_point || !std::equal(d.begin() + static_cast<std::ptrdiff_t>(m * P),
                                             d.begin() + static_cast<std::ptrdiff_t>(m * P + P),
                                             d.begin() + static_cast<std::ptrdiff_t>(first * P));
    }
  }
  auto dominates_double = [&](std::size_t q, std::size_t p) {
    bool strictly = false;
    for (std::size_t k = 0; k < P; ++k) {
      if (d[q * P + k] < d[p * P + k]) return false;
      strictly = strictly || d[q * P + k] > d[p * P + k];
    }
    return strictly;
  };
  t.naive_wrong = t.in_point;
  for (std::size_t m = 0; m < N && !t.naive_wrong; ++m) {
    if (on_frontier[m]) continue;
    bool dominated = false;
    for (std::size_t q = 0; q < N && !dominated; ++q) dominated = dominates_double(q, m);
    t.naive_wrong = !dominated;
  }
  return t;
}

// "" when frontier `f` (full, or rational when `rational_only`) equals the oracle's `e` exactly;
// otherwise the first difference, led by its category:
//   "points:"   an engine point off the exact frontier (dominated, irrational, or no package's
//               utilities), not within 1e-12 of exact utilities, one exact point split in two,
//               or an exact point missing;
//   "packages:" a point's package count, package set (packages_of sorted) or example;
//   "totals:"   frontier_packages, acceptable_packages, space_packages, counts_exact;
//   "order:"    points not in the exact lexicographic order.
// Checked in that order, so that a wrong frontier is never reported as a mere order problem.
inline std::string frontier_difference(const Frontier& f, const ExactFrontier& e,
                                       const ExactOracle& o, bool rational_only) {
  const std::size_t P = o.parties;
  if (f.parties != P)
    return "points: the frontier has " + std::to_string(f.parties) + " parties, expected " +
           std::to_string(P);
  const std::string head = "points: engine " + std::to_string(f.size()) + " points, exact " +
                           std::to_string(e.size()) + "; ";
  auto example = [&](std::size_t k) {
    return k < f.examples.size() ? package_text(f.examples[k]) : std::string("?");
  };
  std::map<std::vector<std::int64_t>, std::size_t> index;
  for (std::size_t j = 0; j < e.size(); ++j) index[e.points[j]] = j;
  std::vector<std::size_t> match(f.size(), SIZE_MAX);
  std::vector<std::size_t> matched_by(e.size(), SIZE_MAX);
  std::vector<std::int64_t> key;
  for (std::size_t k = 0; k < f.size(); ++k) {
    const double* u = f.point(k);
    if (!exact_key(o, u, key))
      return head + "engine point " + std::to_string(k) + " " + doubles_text(u, P) +
             " is not within 1e-12 of exact utilities " + exact_text(o, key);
    const auto at = index.find(key);
    if (at == index.end())
      return head + "engine point " + std::to_string(k) + " " + doubles_text(u, P) + " = exact " +
             exact_text(o, key) + " (package " + example(k) + ") is not on the exact " +
             (rational_only ? "rational " : "") +
             "frontier: " + why_not_on(o, e, rational_only, key);
    if (matched_by[at->second] != SIZE_MAX)
      return head + "engine points " + std::to_string(matched_by[at->second]) + " " +
             doubles_text(f.point(matched_by[at->second]), P) + " (package " +
             example(matched_by[at->second]) + ") and " + std::to_string(k) + " " +
             doubles_text(u, P) + " (package " + example(k) + ") are one exact point " +
             exact_text(o, key) + ", split in two";
    match[k] = at->second;
    matched_by[at->second] = k;
  }
  for (std::size_t j = 0; j < e.size(); ++j)
    if (matched_by[j] == SIZE_MAX)
      return head + "exact frontier point " + exact_text(o, e.points[j]) + " with " +
             std::to_string(e.packages[j].size()) + " package(s), e.g. " +
             package_text(e.packages[j].front()) + ", is missing from the engine's frontier";
  if (f.package_counts.size() != f.size() || f.examples.size() != f.size())
    return "packages: package_counts or examples not one per point";
  for (std::size_t k = 0; k < f.size(); ++k) {
    const auto& expected = e.packages[match[k]];
    const std::string at =
        "packages: point " + std::to_string(k) + " " + exact_text(o, e.points[match[k]]);
    if (f.package_counts[k] != BigCount(expected.size()))
      return at + ": package count " + count_text(f.package_counts[k]) + ", exact " +
             std::to_string(expected.size());
    auto list = f.packages_of(k, SIZE_MAX);
    std::sort(list.begin(), list.end());
    if (list != expected) {
      std::string detail;
      for (const auto& x : expected)
        if (!std::binary_search(list.begin(), list.end(), x)) {
          detail = "missing " + package_text(x);
          break;
        }
      for (const auto& x : list)
        if (detail.empty() && !std::binary_search(expected.begin(), expected.end(), x))
          detail =
              "extra " + package_text(x) + " with exact utilities " + exact_text(o, o.utilities(x));
      if (detail.empty()) detail = "a package listed twice";
      return at + ": packages_of lists " + std::to_string(list.size()) + " packages, exact " +
             std::to_string(expected.size()) + "; " + detail;
    }
    if (!std::binary_search(expected.begin(), expected.end(), f.examples[k]))
      return at + ": example " + package_text(f.examples[k]) + " is not one of its packages";
  }
  if (f.frontier_packages != BigCount(e.package_total))
    return "totals: frontier_packages " + count_text(f.frontier_packages) + ", exact " +
           std::to_string(e.package_total);
  if (f.acceptable_packages != BigCount(o.acceptable_packages))
    return "totals: acceptable_packages " + count_text(f.acceptable_packages) + ", exact " +
           std::to_string(o.acceptable_packages);
  if (f.space_packages != BigCount(o.space_packages))
    return "totals: space_packages " + count_text(f.space_packages) + ", exact " +
           std::to_string(o.space_packages);
  if (!f.counts_exact) return "totals: counts_exact is false";
  for (std::size_t k = 1; k < f.size(); ++k)
    if (match[k] < match[k - 1])
      return "order: points not in exact lexicographic order: engine point " +
             std::to_string(k - 1) + " " + doubles_text(f.point(k - 1), P) + " = exact " +
             exact_text(o, e.points[match[k - 1]]) + " before engine point " + std::to_string(k) +
             " " + doubles_text(f.point(k), P) + " = exact " + exact_text(o, e.points[match[k]]);
  return {};
}

inline std::string relaxation_text(const ExactOracle& o, const ExactRelaxation& r) {
  if (r.kind == Relaxation::Kind::reservation)
    return "party " + std::to_string(r.party) + " reservation -> " +
           std::to_string(r.new_reservation) + "/" + std::to_string(o.denominator[r.party]) +
           " = " + shortest(o.value(r.party, r.new_reservation));
  return "party " + std::to_string(r.party) + " red line of issue " + std::to_string(r.issue) +
         " -> level " + std::to_string(r.level) + " (distance " + std::to_string(r.amount_num) +
         ")";
}

inline std::string relaxation_text(const Relaxation& r) {
  if (r.kind == Relaxation::Kind::reservation)
    return "party " + std::to_string(r.party) + " reservation -> " + shortest(r.new_reservation);
  return "party " + std::to_string(r.party) + " red line of issue " + std::to_string(r.issue) +
         " -> level " + std::to_string(r.level) + " (distance " + shortest(r.amount) + ")";
}

// "" when the engine's ZOPA matches the oracle; otherwise the first difference, led by its
// category: "zopa size:" (exact count, ZOPA packages on the frontier, emptiness), "zopa sample:"
// (distinct ZOPA packages, min(sample_size, ZOPA) of them), "relaxations:" (which: kind, party,
// issue; then level, levels beyond, new reservation and amount within 1e-12 of exact),
// "relaxation order:" (kind, exact amount, party, issue).
inline std::string zopa_difference(const Zopa& z, const ExactOracle& o,
                                   const ZopaOptions& options = {}) {
  const std::string sizes = "zopa size: exact " + std::to_string(o.zopa) + " packages (" +
                            std::to_string(o.rational.package_total) + " on the frontier)";
  if (!z.size.exact) return sizes + ": engine size not exact: " + z.size.label;
  if (z.size.count != BigCount(o.zopa)) return sizes + ": engine count " + count_text(z.size.count);
  if (z.size.on_frontier != BigCount(o.rational.package_total))
    return sizes + ": engine on_frontier " + count_text(z.size.on_frontier);
  if (z.empty() != (o.zopa == 0)) return sizes + ": engine empty() is " + (z.empty() ? "1" : "0");
  std::set<Package> seen;
  for (const auto& x : z.sample) {
    if (x.size() != o.contribution.size() || !seen.insert(x).second)
      return "zopa sample: package " + package_text(x) + " malformed or repeated";
    // o.packages: every acceptable package, in lexicographic (odometer) order.
    if (!std::binary_search(o.packages.begin(), o.packages.end(), x))
      return "zopa sample: package " + package_text(x) + " is not acceptable";
    if (!o.is_rational(o.utilities(x)))
      return "zopa sample: package " + package_text(x) + " with exact utilities " +
             exact_text(o, o.utilities(x)) + " is not rational for every party";
  }
  if (z.sample.size() != std::min<std::size_t>(options.sample_size, o.zopa))
    return "zopa sample: " + std::to_string(z.sample.size()) + " packages for a ZOPA of " +
           std::to_string(o.zopa);
  if (o.zopa > 0) {
    if (!z.relaxations.empty())
      return "relaxations: listed for a non-empty ZOPA: " + relaxation_text(z.relaxations.front());
    return {};
  }
  // Same relaxations, matched by (kind, party, issue).
  auto id = [](auto kind, std::size_t party, std::size_t issue) {
    return std::tuple(static_cast<int>(kind), party,
                      kind == Relaxation::Kind::red_line ? issue : std::size_t{0});
  };
  std::map<std::tuple<int, std::size_t, std::size_t>, std::size_t> engine;
  for (std::size_t k = 0; k < z.relaxations.size(); ++k) {
    const auto& r = z.relaxations[k];
    if (!engine.emplace(id(r.kind, r.party, r.issue), k).second)
      return "relaxations: listed twice: " + relaxation_text(r);
  }
  for (const auto& x : o.relaxations)
    if (!engine.count(id(x.kind, x.party, x.issue)))
      return "relaxations: missing: " + relaxation_text(o, x);
  if (engine.size() != o.relaxations.size()) {
    std::set<std::tuple<int, std::size_t, std::size_t>> expected;
    for (const auto& x : o.relaxations) expected.insert(id(x.kind, x.party, x.issue));
    for (const auto& r : z.relaxations)
      if (!expected.count(id(r.kind, r.party, r.issue)))
        return "relaxations: opens nothing exactly: " + relaxation_text(r);
  }
  for (std::size_t k = 0; k < o.relaxations.size(); ++k) {
    const auto& x = o.relaxations[k];
    const auto& r = z.relaxations[engine.at(id(x.kind, x.party, x.issue))];
    const double amount = static_cast<double>(x.amount_num) / static_cast<double>(x.amount_den);
    const std::string what =
        "relaxations: exact " + relaxation_text(o, x) + ", engine " + relaxation_text(r) + ": ";
    if (std::abs(r.amount - amount) > kExactTolerance)
      return what + "amount " + shortest(r.amount) + ", exact " + shortest(amount);
    if (x.kind == Relaxation::Kind::reservation) {
      if (std::abs(r.new_reservation - o.value(x.party, x.new_reservation)) > kExactTolerance)
        return what + "new reservation differs";
    } else {
      if (r.level != x.level) return what + "level differs";
      if (r.levels_beyond != x.levels_beyond)
        return what + "levels_beyond " + std::to_string(r.levels_beyond) + ", exact " +
               std::to_string(x.levels_beyond);
    }
  }
  for (std::size_t k = 0; k < o.relaxations.size(); ++k) {
    const auto& x = o.relaxations[k];
    const auto& r = z.relaxations[k];
    if (id(x.kind, x.party, x.issue) != id(r.kind, r.party, r.issue))
      return "relaxation order: " + std::to_string(k) + " is " + relaxation_text(r) +
             ", expected " + relaxation_text(o, x) +
             " (sorted by kind, exact amount, party, issue)";
  }
  return {};
}

// The result of `f`, or the exception it threw, as a difference.
template <class F>
inline std::string guarded(F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return std::string("threw: ") + e.what();
  }
}

// Differences per engine path: counts per category (the text before the first ':'), the first
// few messages of each category in full.
class DifferenceLog {
 public:
  explicit DifferenceLog(std::size_t shown_per_category = 2) : shown_(shown_per_category) {}

  // Records one check of `path` on space `seed`; `difference` empty when it agreed.
  void record(const std::string& path, std::uint64_t seed, const std::string& difference) {
    auto& entry = paths_[path];
    ++entry.checked;
    if (difference.empty()) return;
    ++entry.failed;
    const std::string category = difference.substr(0, difference.find(':'));
    failing_seeds_.insert(seed);
    if (category != "order" && category != "relaxation order") wrong_seeds_.insert(seed);
    if (entry.categories[category]++ < shown_)
      entry.examples.push_back("seed " + std::to_string(seed) + " [" + path + "] " + difference);
  }

  // A summary line per path on stdout, and one gtest failure per path that differed, with its
  // counts and first messages.
  // `spaces`: how many were checked; `recipe`: how to rebuild space `seed`.
  void report(std::size_t spaces, const std::string& recipe) const {
    for (const auto& [path, entry] : paths_) {
      std::string by_category;
      for (const auto& [category, count] : entry.categories)
        by_category += (by_category.empty() ? " (" : ", ") + category + " " + std::to_string(count);
      if (!by_category.empty()) by_category += ")";
      std::printf("  %-52s %5zu of %5zu differ%s\n", path.c_str(), entry.failed, entry.checked,
                  by_category.c_str());
      if (entry.failed == 0) continue;
      std::string text;
      for (const auto& e : entry.examples) text += "\n    " + e;
      ADD_FAILURE() << path << ": " << entry.failed << " of " << entry.checked
                    << " checks differ from the exact oracle" << by_category << "; the first ones ("
                    << recipe << "):" << text;
    }
    std::printf(
        "  spaces with any difference: %zu of %zu; with more than an order difference (a wrong "
        "point, package, count or relaxation): %zu\n",
        failing_seeds_.size(), spaces, wrong_seeds_.size());
  }

 private:
  struct Entry {
    std::size_t checked = 0, failed = 0;
    std::map<std::string, std::size_t> categories;
    std::vector<std::string> examples;
  };
  std::size_t shown_;
  std::map<std::string, Entry> paths_;
  std::set<std::uint64_t> failing_seeds_, wrong_seeds_;
};

}  // namespace parley::bargain::test
