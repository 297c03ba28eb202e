#include "parley/forecast/detail/eu_power.hpp"

#include <cstdint>
#include <cstring>

namespace parley::forecast::detail {

namespace {

constexpr double kLowest = -708.0;                   // below: 0
constexpr double kShifter = 0x1.8p52;                // x + 1.5 · 2^52 rounds x to an integer
constexpr double kInverseLn2 = 0x1.71547652b82fep0;  // 1 / ln 2
constexpr double kLn2High = 0x1.62e42fee00000p-1;    // ln 2, its first 32 bits: k · this is exact
constexpr double kLn2Low = 0x1.a39ef35793c76p-33;    // ln 2 − kLn2High

// e^x lane by lane, for D double (I std::int64_t) or a GCC vector of doubles (I: of int64s of the
// same width), in place (a vector passed by reference, and bits reinterpreted by the builtin rather
// than std::bit_cast: a vector passed by value would change the ABI). Every lane goes through the
// same IEEE operations in the same order.
template <class D, class I>
[[gnu::always_inline]] inline void exp_lanes(D& value) {
  D x = value;
  const D lowest = D{} + kLowest;
  const auto under = x < lowest;  // a mask (all bits set or none), or a bool for D double
  x = under ? lowest : x;
  D shifted = x * kInverseLn2 + kShifter;
  const I k = __builtin_bit_cast(I, shifted) - __builtin_bit_cast(I, D{} + kShifter);
  shifted = shifted - kShifter;  // k as a double
  D t = x - shifted * kLn2High;
  t = t - shifted * kLn2Low;
  // e^t = Σ t^j / j! for j <= 13, by Horner.
  D p = t * (1.0 / 6227020800.0) + 1.0 / 479001600.0;
  p = p * t + 1.0 / 39916800.0;
  p = p * t + 1.0 / 3628800.0;
  p = p * t + 1.0 / 362880.0;
  p = p * t + 1.0 / 40320.0;
  p = p * t + 1.0 / 5040.0;
  p = p * t + 1.0 / 720.0;
  p = p * t + 1.0 / 120.0;
  p = p * t + 1.0 / 24.0;
  p = p * t + 1.0 / 6.0;
  p = p * t + 0.5;
  p = p * t + 1.0;
  p = p * t + 1.0;
  I bits = __builtin_bit_cast(I, p) + (k << 52);  // × 2^k: k >= -1021 keeps the result normal
  bits = under ? I{} : bits;
  value = __builtin_bit_cast(D, bits);
}

constexpr std::int64_t kLaneIndex[8] = {0, 1, 2, 3, 4, 5, 6, 7};

// GCC vectors of kLanes doubles and of as many int64s (vector_size on a type that depends on a
// template parameter is ignored by GCC 12, so each width is spelled out).
template <int kLanes>
struct Lanes;
template <>
struct Lanes<2> {
  using D = double __attribute__((vector_size(16)));
  using I = std::int64_t __attribute__((vector_size(16)));
};
template <>
struct Lanes<4> {
  using D = double __attribute__((vector_size(32)));
  using I = std::int64_t __attribute__((vector_size(32)));
};
template <>
struct Lanes<8> {
  using D = double __attribute__((vector_size(64)));
  using I = std::int64_t __attribute__((vector_size(64)));
};

// after[h] = before[h] + weight · e^(exponent · log_base[h]) (kAccumulate), or
// after[h] = e^(exponent · log_base[h]) (before and weight unused), for h < `lanes` <= kLanes, as
// one vector: kLanes values are read (the arrays are padded, eu_power.hpp), `lanes` written.
template <int kLanes, bool kAccumulate>
[[gnu::always_inline]] inline void powers_vector(const double* before, double weight,
                                                 double exponent, const double* log_base,
                                                 double* after, std::size_t lanes) {
  using D = typename Lanes<kLanes>::D;
  using I = typename Lanes<kLanes>::I;
  static_assert(sizeof(D) == 8 * kLanes);
  D power;
  std::memcpy(&power, log_base, sizeof power);
  power = power * exponent;
  exp_lanes<D, I>(power);
  if constexpr (kAccumulate) {
    D sum;
    std::memcpy(&sum, before, sizeof sum);
    power = sum + power * weight;
  }
  if (lanes == kLanes) {
    std::memcpy(after, &power, sizeof power);
  } else {
    for (std::size_t lane = 0; lane < lanes; ++lane) after[lane] = power[lane];
  }
}

// The same for `count` values, kLanes at a time.
template <int kLanes, bool kAccumulate>
[[gnu::always_inline]] inline void powers_lanes(const double* before, double weight,
                                                double exponent, const double* log_base,
                                                double* after, std::size_t count) {
  for (std::size_t h = 0; h < count; h += kLanes) {
    const std::size_t lanes = count - h < kLanes ? count - h : kLanes;
    powers_vector<kLanes, kAccumulate>(before + (kAccumulate ? h : 0), weight, exponent,
                                       log_base + h, after + h, lanes);
  }
}

// eu_screen on kLanes positions from h on, as one vector (the rows are padded, eu_power.hpp; the
// lanes from `count` on are dropped); reach: the least sure conflict's move per lane so far;
// weighed: the positions to weigh per lane so far.
template <int kLanes>
[[gnu::always_inline]] inline void screen_vector(const EuScreen& s, std::size_t h,
                                                 std::size_t count, double* moves,
                                                 typename Lanes<kLanes>::D& reach,
                                                 typename Lanes<kLanes>::I& weighed) {
  using D = typename Lanes<kLanes>::D;
  using I = typename Lanes<kLanes>::I;
  D d, resist, top, bottom, position;
  std::memcpy(&d, s.distance + h, sizeof d);
  std::memcpy(&resist, s.resist + h, sizeof resist);
  std::memcpy(&top, s.sender_top + h, sizeof top);
  std::memcpy(&bottom, s.sender_bottom + h, sizeof bottom);
  std::memcpy(&position, s.position + h, sizeof position);
  I index;
  std::memcpy(&index, kLaneIndex, sizeof index);
  index = index + static_cast<std::int64_t>(h);
  // Masks (all bits set or none) combined and applied with bitwise operations: GCC 12 turns
  // conditional expressions on AVX-512 vectors into lane-by-lane branches.
  const I here =
      (index < static_cast<std::int64_t>(count)) & (index != static_cast<std::int64_t>(s.own));
  const D sigma = resist * s.salience;
  const I threat = d * (sigma - s.f_high) <= s.margin;
  const I below_a_sender = d * (sigma - top) <= 2 * s.margin;
  const I threat_sure = d * (s.f_low - sigma) > s.margin;
  const I top_conflict = (d * (top - sigma) > 2 * s.margin) & (d * (s.f_low - top) > s.margin);
  const I bottom_conflict =
      (d * (bottom - sigma) > 2 * s.margin) & (d * (s.f_low - bottom) > s.margin);
  const I sure = here & threat_sure & (top_conflict | bottom_conflict);
  const I magnitude = I{} + 0x7fffffffffffffff;
  const D move = __builtin_bit_cast(D, __builtin_bit_cast(I, position - s.x) & magnitude);
  const I weigh = here & threat & below_a_sender;
  const I not_a_number = __builtin_bit_cast(I, D{} + __builtin_nan(""));
  const D shown =
      __builtin_bit_cast(D, (weigh & __builtin_bit_cast(I, move)) | (~weigh & not_a_number));
  const I nearer = sure & (move < reach);
  reach = __builtin_bit_cast(
      D, (nearer & __builtin_bit_cast(I, move)) | (~nearer & __builtin_bit_cast(I, reach)));
  weighed = weighed - weigh;  // −1 per lane weighed
  std::memcpy(moves + h, &shown, sizeof shown);
}

template <int kLanes>
[[gnu::always_inline]] inline EuReach screen_lanes(const EuScreen& s, double* moves,
                                                   std::size_t count) {
  using D = typename Lanes<kLanes>::D;
  using I = typename Lanes<kLanes>::I;
  D reach = D{} + __builtin_inf();
  I weighed{};
  for (std::size_t h = 0; h < count; h += kLanes) {
    screen_vector<kLanes>(s, h, count, moves, reach, weighed);
  }
  EuReach result{reach[0], static_cast<std::size_t>(weighed[0])};
  for (int lane = 1; lane < kLanes; ++lane) {
    result.reach = reach[lane] < result.reach ? reach[lane] : result.reach;
    result.weighed += static_cast<std::size_t>(weighed[lane]);
  }
  return result;
}

EuReach screen_portable(const EuScreen& s, double* moves, std::size_t count) {
  return screen_lanes<2>(s, moves, count);
}

using Powers = void (*)(const double*, double, double, const double*, double*, std::size_t);
using Screen = EuReach (*)(const EuScreen&, double*, std::size_t);

// One version per instruction set (kAccumulate: eu_accumulate_powers, or eu_powers).
template <bool kAccumulate>
void powers_portable(const double* before, double weight, double exponent, const double* log_base,
                     double* after, std::size_t count) {
  powers_lanes<2, kAccumulate>(before, weight, exponent, log_base, after, count);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))

template <bool kAccumulate>
[[gnu::target("avx2")]] void powers_avx2(const double* before, double weight, double exponent,
                                         const double* log_base, double* after, std::size_t count) {
  powers_lanes<4, kAccumulate>(before, weight, exponent, log_base, after, count);
}

template <bool kAccumulate>
[[gnu::target("avx512f,avx512dq,avx512vl")]] void powers_avx512(const double* before, double weight,
                                                                double exponent,
                                                                const double* log_base,
                                                                double* after, std::size_t count) {
  powers_lanes<8, kAccumulate>(before, weight, exponent, log_base, after, count);
}

[[gnu::target("avx2")]] EuReach screen_avx2(const EuScreen& s, double* moves, std::size_t count) {
  return screen_lanes<4>(s, moves, count);
}

// The widest vectors the processor has: AVX-512 (with its DQ and VL parts), AVX2, or SSE2.
int vector_width() {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512vl")) {
    return 8;
  }
  return __builtin_cpu_supports("avx2") ? 4 : 2;
}

// (The screen stays with AVX2 on AVX-512 processors: GCC 12 compiles its masks lane by lane on
// 512-bit vectors.)
Screen choose_screen() {
  return vector_width() >= 4 ? screen_avx2 : screen_portable;
}

template <bool kAccumulate>
Powers choose_powers() {
  const int width = vector_width();
  return width == 8   ? powers_avx512<kAccumulate>
         : width == 4 ? powers_avx2<kAccumulate>
                      : powers_portable<kAccumulate>;
}
#else
template <bool kAccumulate>
Powers choose_powers() {
  return powers_portable<kAccumulate>;
}

Screen choose_screen() {
  return screen_portable;
}
#endif

}  // namespace

double eu_exp(double x) {
  exp_lanes<double, std::int64_t>(x);
  return x;
}

void eu_accumulate_powers(const double* before, double weight, double exponent,
                          const double* log_base, double* after, std::size_t count) {
  static const Powers chosen = choose_powers<true>();
  chosen(before, weight, exponent, log_base, after, count);
}

void eu_powers(double exponent, const double* log_base, double* power, std::size_t count) {
  static const Powers chosen = choose_powers<false>();
  chosen(nullptr, 0, exponent, log_base, power, count);
}

EuReach eu_screen(const EuScreen& screen, double* moves, std::size_t count) {
  static const Screen chosen = choose_screen();
  return chosen(screen, moves, count);
}

void eu_accumulate(const double* before, double weight, const double* base, double* after,
                   std::size_t count) {
  using D = double __attribute__((vector_size(16)));
  std::size_t h = 0;
  for (; h + 2 <= count; h += 2) {
    D sum, value;
    std::memcpy(&sum, before + h, sizeof sum);
    std::memcpy(&value, base + h, sizeof value);
    sum = sum + value * weight;
    std::memcpy(after + h, &sum, sizeof sum);
  }
  for (; h < count; ++h) after[h] = before[h] + base[h] * weight;
}

}  // namespace parley::forecast::detail
