// Every frontier and ZOPA path of the engine against the exact oracle (exact_oracle.hpp) on
// thousands of seeded GENIUS-style spaces (genius_style_space.hpp): weights in steps of 0.05 or
// 0.01, integer evaluations divided by their maximum, reservations on the same grid, some red
// lines. Mathematically equal utilities then often differ in the last bit (0.715 against
// 0.7150000000000001); the engine must still give the exact frontier: exact points (within 1e-12
// of the rationals), their number and order, package counts and sets, the exact ZOPA size and
// relaxations. Differences are reported per path with seed, path and point (oracle_compare.hpp).

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "bargain/exact_oracle.hpp"
#include "bargain/genius_style_space.hpp"
#include "bargain/oracle_compare.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::bargain::test {
namespace {

std::string path_name(const char* algorithm, MergeOrder order, std::size_t threads,
                      bool rational_only) {
  std::string s = algorithm;
  if (std::string(algorithm) == "merge_frontier")
    s += order == MergeOrder::sequential ? " sequential" : " balanced";
  s += ", threads " + std::to_string(threads);
  s += rational_only ? ", rational_only" : ", full";
  return s;
}

// The smallest kind of case: two parties, two issues of two levels. Party 0 (steps of 0.01):
// weights 0.45 and 0.15, evaluations (3, 2) and (3, 0); party 1 (steps of 0.05): weights 0.4
// and 0.2, evaluations (0, 1) and (0, 3). Numerators over D_0 = 100·3 and D_1 = 20·3:
//   package  u0              u1             in double (summed in issue order)
//   [0,0]    180/300 = 0.6    0/60 = 0      (0.6, 0)
//   [0,1]    135/300 = 0.45  12/60 = 0.2    (0.45, 0.2)
//   [1,0]    135/300 = 0.45  24/60 = 0.4    (0.44999999999999996, 0.4)
//   [1,1]     90/300 = 0.3   36/60 = 0.6    (0.3, 0.6000000000000001)
// [1,0] dominates [0,1] exactly (equal u0, more u1), not in double; with reservations 0.45 and
// 0.4, [1,0] is rational exactly, not in double.
GeniusStyleSpec hand_worked_spec() {
  GeniusStyleSpec s;
  s.parties = 2;
  s.levels = {2, 2};
  s.unit = {100, 20};
  s.weight = {{45, 15}, {8, 4}};
  s.evaluation = {{{3, 2}, {3, 0}}, {{0, 1}, {0, 3}}};
  s.reservation = {0, 0};
  s.acceptable.assign(2, std::vector<std::uint8_t>(4, 1));
  return s;
}

TEST(ExactFrontierOracle, HandWorkedFloatTie) {
  GeniusStyleSpec s = hand_worked_spec();
  const ExactOracle o = exact_oracle(s);
  ASSERT_EQ(o.denominator, (std::vector<std::int64_t>{300, 60}));
  EXPECT_EQ(o.full.points, (std::vector<std::vector<std::int64_t>>{{90, 36}, {135, 24}, {180, 0}}));
  EXPECT_EQ(o.full.packages, (std::vector<std::vector<Package>>{{{1, 1}}, {{1, 0}}, {{0, 0}}}));
  EXPECT_EQ(o.acceptable_packages, 4u);
  EXPECT_EQ(o.zopa, 4u);
  EXPECT_TRUE(o.rational_is_filtered_full);
  const AdditiveSpace space = genius_style_space(s);
  EXPECT_EQ(space.value(0, 1, 0) + space.value(1, 0, 0), 0.44999999999999996);
  const FloatTies ties = float_ties(space, o);
  EXPECT_TRUE(ties.anywhere);
  EXPECT_TRUE(ties.naive_wrong);  // [0,1] survives a tolerance-free double filter

  // Reservations 0.45 and 0.4: only [1,0] is rational, by a tie.
  s.reservation = {45, 8};
  const ExactOracle r = exact_oracle(s);
  EXPECT_EQ(r.zopa, 1u);
  EXPECT_EQ(r.rational.points, (std::vector<std::vector<std::int64_t>>{{135, 24}}));
  // Reservations 0.5 and 0.5: empty; party 0 would need 0.3 ([1,1]), party 1 0 ([0,0]).
  s.reservation = {50, 10};
  const ExactOracle e = exact_oracle(s);
  EXPECT_EQ(e.zopa, 0u);
  ASSERT_EQ(e.relaxations.size(), 2u);
  EXPECT_EQ(e.relaxations[0].party, 0u);
  EXPECT_EQ(e.relaxations[0].new_reservation, 90);
  EXPECT_EQ(e.relaxations[0].amount_num, 60);
  EXPECT_EQ(e.relaxations[1].party, 1u);
  EXPECT_EQ(e.relaxations[1].new_reservation, 0);
}

// The engine on the hand-worked space: each path must give the oracle's answers.
TEST(ExactFrontierOracle, HandWorkedEngine) {
  GeniusStyleSpec s = hand_worked_spec();
  for (const std::vector<std::int64_t>& reservation :
       {std::vector<std::int64_t>{0, 0}, {45, 8}, {50, 10}}) {
    s.reservation = reservation;
    const AdditiveSpace space = genius_style_space(s);
    const ExactOracle o = exact_oracle(s);
    SCOPED_TRACE("reservations " + shortest(space.reservation[0]) + ", " +
                 shortest(space.reservation[1]));
    for (const bool rational : {false, true}) {
      FrontierOptions options;
      options.rational_only = rational;
      const ExactFrontier& e = rational ? o.rational : o.full;
      EXPECT_EQ(frontier_difference(brute_force_frontier(space, options), e, o, rational), "");
      EXPECT_EQ(frontier_difference(merge_frontier(space, options), e, o, rational), "");
    }
    EXPECT_EQ(zopa_difference(zone_of_possible_agreement(space), o), "");
  }
}

TEST(ExactFrontierOracle, EveryEnginePathOnGeneratedSpaces) {
#if defined(__SANITIZE_ADDRESS__)
  constexpr std::uint64_t kSpaces = 1500;  // ASan + UBSan run it ~10x slower: about 20 s
#else
  constexpr std::uint64_t kSpaces = 5000;  // Release: about 6 s
#endif
  const auto start = std::chrono::steady_clock::now();
  DifferenceLog log;
  std::map<std::size_t, std::size_t> by_parties;
  std::size_t float_ties_any = 0, float_ties_point = 0, naive_wrong = 0, duplicates = 0,
              red_lines = 0, empty_zopa = 0, reservation_relaxations = 0, red_line_relaxations = 0,
              boundary = 0, multi_point = 0, nothing_acceptable = 0, large = 0;
  for (std::uint64_t seed = 1; seed <= kSpaces; ++seed) {
    const GeniusStyleSpec spec = genius_style_spec(seed);
    const AdditiveSpace space = genius_style_space(spec);
    const ExactOracle o = exact_oracle(spec);
    ASSERT_TRUE(o.rational_is_filtered_full) << "oracle self-check, seed " << seed;

    for (const bool rational : {false, true}) {
      const ExactFrontier& e = rational ? o.rational : o.full;
      FrontierOptions options;
      options.rational_only = rational;
      options.threads = 1;
      log.record(path_name("brute_force_frontier", MergeOrder::sequential, 1, rational), seed,
                 guarded([&] {
                   return frontier_difference(brute_force_frontier(space, options), e, o, rational);
                 }));
      for (const MergeOrder order : {MergeOrder::sequential, MergeOrder::balanced})
        for (const std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
          options.order = order;
          options.threads = threads;
          log.record(path_name("merge_frontier", order, threads, rational), seed, guarded([&] {
                       return frontier_difference(merge_frontier(space, options), e, o, rational);
                     }));
        }
    }
    FrontierOptions serial;
    serial.threads = 1;
    log.record("rational_part(merge_frontier sequential, threads 1)", seed, guarded([&] {
                 return frontier_difference(rational_part(merge_frontier(space, serial)),
                                            o.rational, o, true);
               }));
    log.record("rational_part(brute_force_frontier)", seed, guarded([&] {
                 return frontier_difference(rational_part(brute_force_frontier(space, serial)),
                                            o.rational, o, true);
               }));
    log.record("zone_of_possible_agreement", seed,
               guarded([&] { return zopa_difference(zone_of_possible_agreement(space), o); }));

    // What the generator exercised.
    ++by_parties[spec.parties];
    const FloatTies ties = float_ties(space, o);
    float_ties_any += ties.anywhere;
    float_ties_point += ties.in_point;
    naive_wrong += ties.naive_wrong;
    duplicates += o.full.package_total > o.full.size();
    red_lines += spec.has_red_lines();
    nothing_acceptable += o.acceptable_packages == 0;
    empty_zopa += o.zopa == 0 && o.acceptable_packages > 0;
    boundary += o.boundary_ties;
    multi_point += o.full.size() > 2;
    large += o.space_packages > 500;
    bool kinds[2] = {false, false};
    for (const auto& r : o.relaxations) kinds[r.kind == Relaxation::Kind::red_line] = true;
    reservation_relaxations += kinds[0];
    red_line_relaxations += kinds[1];
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "%zu GENIUS-style spaces in %.1f s: mathematically equal utilities unequal in double in "
      "%zu (inside an exact frontier point: %zu), tolerance-free double frontier wrong %zu, "
      "frontier points with several packages %zu, "
      "red lines %zu, no acceptable package %zu, empty ZOPA %zu (reservation relaxations %zu, "
      "red-line relaxations %zu), u_p = r_p for some package %zu, > 2 frontier points %zu, "
      "> 500 packages %zu; parties:",
      static_cast<std::size_t>(kSpaces), seconds, float_ties_any, float_ties_point, naive_wrong,
      duplicates, red_lines, nothing_acceptable, empty_zopa, reservation_relaxations,
      red_line_relaxations, boundary, multi_point, large);
  for (const auto& [parties, count] : by_parties) std::printf(" %zu: %zu", parties, count);
  std::printf("\n");
  log.report(kSpaces, "space `seed`: genius_style_space(genius_style_spec(seed))");

  // The generator must exercise what the test claims to test.
  EXPECT_GT(float_ties_any, kSpaces / 5);
  EXPECT_GT(float_ties_point, kSpaces / 50);
  EXPECT_GT(naive_wrong, kSpaces / 25);
  EXPECT_GT(duplicates, kSpaces / 5);
  EXPECT_GT(red_lines, kSpaces / 5);
  EXPECT_GT(empty_zopa, kSpaces / 10);
  EXPECT_GT(reservation_relaxations, kSpaces / 20);
  EXPECT_GT(red_line_relaxations, kSpaces / 100);
  EXPECT_GT(boundary, kSpaces / 20);
  EXPECT_GT(multi_point, kSpaces / 3);
  EXPECT_GT(large, kSpaces / 20);
  for (std::size_t parties = 2; parties <= 7; ++parties)
    EXPECT_GT(by_parties[parties], kSpaces / 10) << parties << " parties";
}

}  // namespace
}  // namespace parley::bargain::test
