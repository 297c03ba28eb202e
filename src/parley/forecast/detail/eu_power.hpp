#pragma once
// The powers b^r = exp(r ln b) of the expected-utility model (expected_utility.cpp), computed the
// same way, to the bit, on every machine, instruction set and thread: IEEE additions and
// multiplications only (the forecast layer is built with -ffp-contract=off, so nothing is fused),
// no libm. The SIMD versions work lane by lane with exactly the operations of the scalar one, so
// a value does not depend on which version, or which lane, computed it.
//
// exp(x): x = k ln 2 + t with k = round(x / ln 2) and |t| <= ln 2 / 2 (ln 2 split in two parts,
// Cody & Waite 1980, so that k · ln2_hi is exact), e^t by its Taylor polynomial of degree 13
// (truncation error below 5e-18 relative), times 2^k by adding k to the exponent bits.
// Within 3e-16 of std::exp, relatively, for x in [-708, 0], the range of the model's powers
// (tests/forecast/eu_fast_path_test.cpp); exactly 1 at x = 0; 0 for x < -708 (where e^x <
// 3.3e-308, below the smallest normal number) and for x = -inf (the logarithm of a distance of 0);
// x above 709 overflows. O(1).

#include <cstddef>

namespace parley::forecast::detail {

// The SIMD functions read whole vectors: every array they read from must stay readable for
// kEuPadding values past the last one they use (what is read there is never used).
inline constexpr std::size_t kEuPadding = 8;

double eu_exp(double x);  // x <= 709

// after[h] = before[h] + weight · eu_exp(exponent · log_base[h]) for h < count: one voter's row
// of prefix sums of weighted powers. SIMD (AVX-512, AVX2 or SSE2, chosen once at run time on
// x86-64). O(count).
void eu_accumulate_powers(const double* before, double weight, double exponent,
                          const double* log_base, double* after, std::size_t count);

// power[h] = eu_exp(exponent · log_base[h]) for h < count. SIMD as eu_accumulate_powers. O(count).
void eu_powers(double exponent, const double* log_base, double* power, std::size_t count);

// after[h] = before[h] + weight · base[h] for h < count. O(count).
void eu_accumulate(const double* before, double weight, const double* base, double* after,
                   std::size_t count);

// One receiver's screening of the positions that could make it an offer (make_eu_offers in
// expected_utility.cpp says why each test is sound): rows over the positions h, and the receiver.
struct EuScreen {
  const double* distance = nullptr;       // d between the receiver's position and h
  const double* resist = nullptr;         // 1 − P_hg
  const double* sender_top = nullptr;     // the largest s_j (1 − P_gh) of the senders on h
  const double* sender_bottom = nullptr;  // the least
  const double* position = nullptr;       // h on the scale
  std::size_t own = 0;                    // the receiver's position
  double salience = 0;                    // s_i
  double f_low = 0, f_high = 0;           // the bounds of f = B / D
  double x = 0;                           // the receiver's position on the scale
  double margin = 0;
};

struct EuReach {
  double reach = 0;         // the least move to a position where an offer of conflict is sure
  std::size_t weighed = 0;  // the positions to weigh
};

// For h < count: moves[h] = |position[h] − x| where h is to be weighed (not the receiver's own
// position, not ruled out by the bounds), NaN elsewhere (moves is written up to a multiple of 8
// past count). Returns the least move to a position where an offer of conflict is sure (+∞ when
// there is none) and how many positions are to be weighed. SIMD as eu_accumulate_powers (AVX2 at
// most); every lane's tests are those of the scalar code. O(count).
EuReach eu_screen(const EuScreen& screen, double* moves, std::size_t count);

}  // namespace parley::forecast::detail
