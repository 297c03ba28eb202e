#pragma once
// An additive multi-issue bargaining space: the common input of every bargaining algorithm.
// Built from a scenario (parley/bargain/space_from_scenario.hpp) or read from GENIUS files
// (parley/io/genius_reader.hpp).
//
// A package picks one level of every issue. Party p's utility for package x is
//     u_p(x) = Σ_i contribution(i, x_i, p)
// where contribution already includes the issue's weight for p. A package is acceptable to p when
// no issue level crosses p's red line (acceptable(i, x_i, p)); it is rational for p when, in
// addition, u_p(x) >= reservation[p].

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace parley::bargain {

// One issue's settlement levels, in scale order.
struct IssueAxis {
  std::string id;
  std::string title;
  std::vector<std::string> level_labels;  // what each level means, e.g. "85,000 soldiers"
  std::vector<double> level_points;       // each level's point on the issue scale (labels' value)
  bool operator==(const IssueAxis&) const = default;
};

// The default utility resolution τ (GENIUS's dominance tolerance); docs/bargaining.md.
inline constexpr double kDefaultTolerance = 1e-9;

struct AdditiveSpace {
  std::vector<std::string> parties;  // party ids, P of them
  std::vector<IssueAxis> issues;     // I issues with L_i >= 1 levels each
  // contribution[i][l * P + p]: weighted value of level l of issue i for party p.
  std::vector<std::vector<double>> contribution;
  // acceptable[i][l * P + p]: 0 where level l of issue i crosses party p's red line.
  std::vector<std::vector<std::uint8_t>> acceptable;
  std::vector<double> reservation;  // per party: utility of no agreement
  // Utility resolution τ >= 0 (docs/bargaining.md, "Exact utilities"): values whose common
  // denominator is finer than τ are rounded to multiples of τ; 0 keeps the doubles' precision.
  double tolerance = kDefaultTolerance;

  std::size_t party_count() const { return parties.size(); }
  std::size_t issue_count() const { return issues.size(); }
  std::size_t level_count(std::size_t issue) const { return issues[issue].level_labels.size(); }
  double value(std::size_t issue, std::size_t level, std::size_t party) const {
    return contribution[issue][level * parties.size() + party];
  }
  bool is_acceptable(std::size_t issue, std::size_t level, std::size_t party) const {
    return acceptable[issue][level * parties.size() + party] != 0;
  }
  bool operator==(const AdditiveSpace&) const = default;
};

// A package: the chosen level of each issue.
using Package = std::vector<std::uint32_t>;

// Throws std::invalid_argument naming the first inconsistency (sizes, non-finite values).
void check_consistent(const AdditiveSpace& space);

// The levels of each issue that no party's red line excludes, in scale order. O(Σ L_i·P).
std::vector<std::vector<std::uint32_t>> acceptable_levels(const AdditiveSpace& space);

// u_p(x) for every party, written to `out` (size P). O(I·P), no allocation.
void utilities(const AdditiveSpace& space, const Package& package, double* out);

}  // namespace parley::bargain
