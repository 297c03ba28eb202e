// GENIUS files written by the test itself, in the style of hand-written GENIUS profiles (weights
// as decimal text "0.35", integer evaluations, `<reservation value="0.2"/>`), read back with
// read_genius_dir, and the frontiers and ZOPA of the space read compared with the exact oracle
// computed from the integers written (exact_oracle.hpp). Also checks that the reader's doubles
// are bitwise those of genius_style_space(), so that the generated spaces of
// exact_frontier_oracle_test.cpp are the spaces a reader produces.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "bargain/exact_oracle.hpp"
#include "bargain/genius_style_space.hpp"
#include "bargain/oracle_compare.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/zopa.hpp"
#include "parley/io/genius_reader.hpp"

namespace parley::bargain::test {
namespace {

namespace fs = std::filesystem;

std::string issue_name(std::size_t i) {
  return "Issue " + std::to_string(i + 1);
}
std::string value_name(std::size_t l) {
  return "Option " + std::to_string(l + 1);
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  ASSERT_TRUE(out.good()) << path;
}

// The domain: a <negotiation_template> with discrete issues, as Politics.xml.
std::string domain_xml(const GeniusStyleSpec& s) {
  std::string x = "<negotiation_template>\n<utility_space number_of_issues=\"" +
                  std::to_string(s.issue_count()) + "\">\n" +
                  "<objective index=\"0\" description=\"\" name=\"Oracle\" type=\"objective\" "
                  "etype=\"objective\">\n";
  for (std::size_t i = 0; i < s.issue_count(); ++i) {
    x += "<issue index=\"" + std::to_string(i + 1) + "\" name=\"" + issue_name(i) +
         "\" vtype=\"discrete\" type=\"discrete\" etype=\"discrete\">\n";
    for (std::size_t l = 0; l < s.levels[i]; ++l)
      x += "<item index=\"" + std::to_string(l + 1) + "\" value=\"" + value_name(l) +
           "\">\n</item>\n";
    x += "</issue>\n";
  }
  return x + "</objective>\n</utility_space>\n</negotiation_template>\n";
}

// Party p's profile: evaluations as integers (items in a shuffled order now and then), weights
// and reservation as decimal text ("0.35", sometimes "0.350"); no <reservation> when it is 0,
// half of the time.
std::string profile_xml(const GeniusStyleSpec& s, std::size_t p, SeededStream& r) {
  std::string x =
      "<utility_space>\n<objective index=\"0\" description=\"\" name=\"Oracle\" "
      "type=\"objective\" etype=\"objective\">\n";
  for (std::size_t i = 0; i < s.issue_count(); ++i) {
    x += "<issue index=\"" + std::to_string(i + 1) + "\" name=\"" + issue_name(i) +
         "\" vtype=\"discrete\" type=\"discrete\" etype=\"discrete\">\n";
    std::vector<std::size_t> order;
    for (std::size_t l = 0; l < s.levels[i]; ++l) order.push_back(l);
    if (r.chance(1, 4)) std::reverse(order.begin(), order.end());
    for (const std::size_t l : order)
      x += "<item index=\"" + std::to_string(l + 1) + "\" value=\"" + value_name(l) +
           "\" evaluation=\"" + std::to_string(s.evaluation[p][i][l]) + "\">\n</item>\n";
    x += "</issue>\n";
  }
  for (std::size_t i = 0; i < s.issue_count(); ++i)
    x += "<weight index=\"" + std::to_string(i + 1) + "\" value=\"" +
         decimal(s.weight[p][i], s.unit[p]) + (r.chance(1, 4) ? "0" : "") + "\">\n</weight>\n";
  x += "</objective>\n<discount_factor value=\"1.0\">\n</discount_factor>\n";
  if (s.reservation[p] != 0 || r.chance(1, 2))
    x += "<reservation value=\"" + decimal(s.reservation[p], s.unit[p]) + "\">\n</reservation>\n";
  return x + "</utility_space>\n";
}

TEST(ExactFrontierOracleGeniusFiles, WrittenDomainsReadBack) {
  constexpr std::uint64_t kDomains = 500, kFirstSeed = 100001;
  const fs::path root = fs::temp_directory_path() /
                        ("parley-exact-oracle-" + std::to_string(static_cast<long>(getpid())));
  fs::remove_all(root);
  DifferenceLog log;
  std::map<std::size_t, std::size_t> by_parties;
  std::size_t split_points = 0, naive_wrong = 0, duplicates = 0, empty_zopa = 0;
  GeniusStyleOptions options;
  options.min_parties = 2;
  options.max_parties = 5;
  options.red_lines = false;
  for (std::uint64_t seed = kFirstSeed; seed < kFirstSeed + kDomains; ++seed) {
    const GeniusStyleSpec spec = genius_style_spec(seed, options);
    const fs::path dir = root / ("domain-" + std::to_string(seed));
    fs::create_directories(dir);
    write_file(dir / "oracle-domain.xml", domain_xml(spec));
    SeededStream r(seed);
    for (std::size_t p = 0; p < spec.parties; ++p)
      write_file(dir / ("oracle-prof" + std::to_string(p + 1) + ".xml"), profile_xml(spec, p, r));
    if (::testing::Test::HasFatalFailure()) return;
    const io::GeniusDomain domain = io::read_genius_dir(dir.string());
    fs::remove_all(dir);

    // The reader's doubles are those of genius_style_space(): same expressions, bitwise.
    const AdditiveSpace generated = genius_style_space(spec);
    ASSERT_EQ(domain.space.party_count(), spec.parties) << "seed " << seed;
    ASSERT_EQ(domain.space.contribution, generated.contribution) << "seed " << seed;
    ASSERT_EQ(domain.space.reservation, generated.reservation) << "seed " << seed;
    ASSERT_EQ(domain.space.acceptable, generated.acceptable) << "seed " << seed;
    for (std::size_t i = 0; i < spec.issue_count(); ++i)
      ASSERT_EQ(domain.space.issues[i].level_points, generated.issues[i].level_points);

    const ExactOracle o = exact_oracle(spec);
    ASSERT_TRUE(o.rational_is_filtered_full) << "oracle self-check, seed " << seed;
    for (const bool rational : {false, true}) {
      const ExactFrontier& e = rational ? o.rational : o.full;
      const std::string kind = rational ? ", rational_only" : ", full";
      FrontierOptions fo;
      fo.rational_only = rational;
      fo.threads = 1;
      log.record("merge_frontier sequential" + kind, seed, guarded([&] {
                   return frontier_difference(merge_frontier(domain.space, fo), e, o, rational);
                 }));
      fo.order = MergeOrder::balanced;
      fo.threads = 2;
      log.record("merge_frontier balanced, threads 2" + kind, seed, guarded([&] {
                   return frontier_difference(merge_frontier(domain.space, fo), e, o, rational);
                 }));
      fo.order = MergeOrder::sequential;
      fo.threads = 1;
      log.record("brute_force_frontier" + kind, seed, guarded([&] {
                   return frontier_difference(brute_force_frontier(domain.space, fo), e, o,
                                              rational);
                 }));
    }
    log.record("zone_of_possible_agreement", seed, guarded([&] {
                 return zopa_difference(zone_of_possible_agreement(domain.space), o);
               }));

    ++by_parties[spec.parties];
    const FloatTies ties = float_ties(domain.space, o);
    split_points += ties.in_point;
    naive_wrong += ties.naive_wrong;
    duplicates += o.full.package_total > o.full.size();
    empty_zopa += o.zopa == 0;
  }
  fs::remove_all(root);
  std::printf(
      "%zu GENIUS domains written and read: exact frontier points whose packages differ in "
      "double %zu, tolerance-free double frontier wrong %zu, frontier points with several "
      "packages %zu, empty ZOPA %zu; parties:",
      static_cast<std::size_t>(kDomains), split_points, naive_wrong, duplicates, empty_zopa);
  for (const auto& [parties, count] : by_parties) std::printf(" %zu: %zu", parties, count);
  std::printf("\n");
  log.report(kDomains,
             "domain `seed`: files written from genius_style_spec(seed, {2, 5, no red lines})");

  EXPECT_GT(split_points, kDomains / 100);
  EXPECT_GT(naive_wrong, kDomains / 50);
  EXPECT_GT(duplicates, kDomains / 5);
  EXPECT_GT(empty_zopa, kDomains / 20);
  for (std::size_t parties = 2; parties <= 5; ++parties)
    EXPECT_GT(by_parties[parties], kDomains / 8) << parties << " parties";
}

}  // namespace
}  // namespace parley::bargain::test
