#pragma once
// The bargaining solutions parley computes, as a typed kind with one table of names: the key
// machines read (JSON), the label that states the convention, the short name of a table column,
// and the mark a chart writes. Every output takes its words from here.

#include <array>
#include <cstdint>
#include <string_view>

namespace parley::bargain {

enum class SolutionKind : std::uint8_t {
  nash,                        // Nash, d = reservation
  nash_max_reservation_worst,  // Nash, d = max(reservation, worst acceptable utility)
  ks_ideal_scaled,             // Kalai–Smorodinsky, gains scaled by the ideal point
  ks_genius,                   // Kalai–Smorodinsky as GENIUS computes it: min pairwise gap
  egalitarian,                 // max min gain over the reservation
  utilitarian,                 // max sum of utilities
};

struct SolutionKindNames {
  SolutionKind kind;
  std::string_view key;         // "nash_max_reservation_worst": JSON and lookups
  std::string_view label;       // "Nash (d = max(reservation, worst))": rows and legends
  std::string_view short_name;  // "Nash (max)": column headers
  std::string_view mark;        // "N*": next to a point in a chart
};

// Every kind, in the order parley lists solutions.
inline constexpr std::array<SolutionKindNames, 6> kSolutionKinds = {{
    {SolutionKind::nash, "nash", "Nash (d = reservation)", "Nash", "N"},
    {SolutionKind::nash_max_reservation_worst, "nash_max_reservation_worst",
     "Nash (d = max(reservation, worst))", "Nash (max)", "N*"},
    {SolutionKind::ks_ideal_scaled, "ks_ideal_scaled", "Kalai–Smorodinsky (ideal-scaled)", "KS",
     "KS"},
    {SolutionKind::ks_genius, "ks_genius", "Kalai–Smorodinsky (GENIUS: min pairwise gap)",
     "KS (GENIUS)", "KS-G"},
    {SolutionKind::egalitarian, "egalitarian", "egalitarian (max min gain)", "egal.", "E"},
    {SolutionKind::utilitarian, "utilitarian", "utilitarian (max sum)", "util.", "U"},
}};

// The names of `kind` (its row of kSolutionKinds).
constexpr const SolutionKindNames& names(SolutionKind kind) {
  return kSolutionKinds[static_cast<std::size_t>(kind)];
}

}  // namespace parley::bargain
