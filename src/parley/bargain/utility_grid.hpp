#pragma once
// Exact utilities: every contribution and reservation of a party as a whole number of that
// party's grid steps, so that package utilities are exact integer sums — independent of the order
// of summation, ties exact, dominance transitive (docs/bargaining.md, "Exact utilities").
//
// Each party's grid is, in this order of preference:
//   fraction:  step 1/D, D the common denominator of the party's values when every value is a
//              fraction p/q with q <= kMaxDenominator (the first continued-fraction convergent
//              within 2^-48·|v| of the double v, i.e. ~16 units in its last place) and
//              D·bound <= 2^61 and 1/D > tolerance. GENIUS
//              profiles (decimal weights, evaluations over their maximum) and scenarios with
//              decimal inputs land here: their values are represented exactly.
//   tolerance: step τ (the space's tolerance): each value rounded to the nearest multiple of τ.
//   binary:    τ = 0, or τ too fine for 61 bits: step 2^e, the finest power of two with
//              bound/step < 2^61 (finer than the doubles' own precision).
// bound = max(Σ_i max_l |value|, |reservation|): every partial sum of a package fits 61 bits.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"

namespace parley::bargain {

// Largest denominator of one value accepted as a fraction (2^24 ≈ 1.7·10^7).
inline constexpr std::int64_t kMaxDenominator = std::int64_t{1} << 24;

enum class GridKind : std::uint8_t { fraction, tolerance, binary };

struct PartyGrid {
  GridKind kind = GridKind::fraction;
  std::int64_t denominator = 1;  // fraction: D (step 1/D); otherwise 0
  double step = 1.0;             // the step in utility units (1/D, τ or 2^e)
  // "exact fractions over 400", "rounded to multiples of the tolerance 1e-09", …
  std::string describe() const;
  // The utility a number of steps stands for (correctly rounded for fraction grids).
  double to_utility(std::int64_t steps) const;
};

struct UtilityGrid {
  std::size_t parties = 0;
  std::vector<PartyGrid> party;                  // per party
  std::vector<std::vector<std::int64_t>> units;  // units[i][l·P + p]: contribution in steps
  std::vector<std::int64_t> reservation;         // per party, in steps

  std::int64_t value(std::size_t issue, std::size_t level, std::size_t p) const {
    return units[issue][level * parties + p];
  }
  // The utility a number of steps stands for (correctly rounded for fraction grids).
  double to_utility(std::int64_t steps, std::size_t p) const;
  // True when every party's grid holds its values exactly (fraction grids).
  bool exact() const;
};

// The grid of every party of `space`, with space.tolerance. O(Σ_i L_i·P · 40).
// Throws std::invalid_argument for a space that check_consistent rejects.
UtilityGrid utility_grid(const AdditiveSpace& space);

// One value as a fraction num/den with den <= max_den within 2^-48·|v|, or false.
// Continued-fraction convergents; exposed for tests.
bool as_fraction(double v, std::int64_t max_den, std::int64_t& num, std::int64_t& den);

}  // namespace parley::bargain
