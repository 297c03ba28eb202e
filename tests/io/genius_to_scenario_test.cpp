// GENIUS → scenario: the imported scenario, fed through the documented utility model
// (space_from_scenario), reproduces GENIUS's own utilities for every package.
#include "parley/io/genius_to_scenario.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "parley/bargain/space_from_scenario.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/io/genius_reader.hpp"
#include "parley/io/scenario_reader.hpp"
#include "parley/io/scenario_writer.hpp"

namespace {

namespace fs = std::filesystem;
using parley::bargain::AdditiveSpace;
using parley::bargain::Package;

const fs::path kGenius = fs::path(PARLEY_SHARED_DIR) / "peers" / "genius";

// Every package of `a` gives the same utilities in `b` (same shape), within 1e-12.
void expect_same_utilities(const AdditiveSpace& a, const AdditiveSpace& b) {
  ASSERT_EQ(a.party_count(), b.party_count());
  ASSERT_EQ(a.issue_count(), b.issue_count());
  for (std::size_t i = 0; i < a.issue_count(); ++i) ASSERT_EQ(a.level_count(i), b.level_count(i));
  EXPECT_EQ(a.reservation, b.reservation);
  EXPECT_EQ(a.acceptable, b.acceptable);
  const std::size_t parties = a.party_count();
  std::vector<double> ua(parties), ub(parties);
  Package x(a.issue_count(), 0);
  std::size_t packages = 0;
  while (true) {
    parley::bargain::utilities(a, x, ua.data());
    parley::bargain::utilities(b, x, ub.data());
    for (std::size_t p = 0; p < parties; ++p) ASSERT_NEAR(ua[p], ub[p], 1e-12);
    ++packages;
    std::size_t i = 0;
    for (; i < x.size(); ++i) {
      if (++x[i] < a.level_count(i)) break;
      x[i] = 0;
    }
    if (i == x.size()) break;
  }
  EXPECT_GT(packages, 1u);
}

TEST(GeniusToScenario, LaptopScenario) {
  if (!fs::exists(kGenius / "Laptop")) GTEST_SKIP() << "no shared GENIUS data";
  const auto domain = parley::io::read_genius_dir((kGenius / "Laptop").string());
  const auto s = parley::io::scenario_from_genius(domain, "2026-01-02");
  EXPECT_EQ(s.meta.as_of, "2026-01-02");
  EXPECT_FALSE(s.bargaining.normalize_weights);
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].id, "Laptop-C-prof1");
  EXPECT_EQ(s.actors[0].role, parley::scenario::Role::party);
  EXPECT_EQ(s.actors[0].capability.value, 1.0);
  EXPECT_TRUE(s.actors[0].capability.assumption);
  ASSERT_TRUE(s.actors[1].reservation.has_value());
  EXPECT_EQ(s.actors[1].reservation->value, 0.0);
  ASSERT_EQ(s.issues.size(), 3u);
  EXPECT_EQ(s.issues[1].title, "Harddisk");
  EXPECT_EQ(s.issues[1].kind, parley::scenario::IssueKind::options);
  ASSERT_EQ(s.issues[1].options.size(), 3u);
  EXPECT_EQ(s.issues[1].options[2].label, "120 Gb");
  EXPECT_EQ(s.issues[1].low.label, "60 Gb");
  EXPECT_EQ(s.issues[1].high.label, "120 Gb");
  ASSERT_EQ(s.positions.size(), 6u);
  // prof1 on Laptop: evaluations 12, 20, 30 → values 0.4, 2/3, 1, ideal HP; weight as written.
  const auto* p = s.find_position("Laptop-C-prof1", s.issues[0].id);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->salience.value, 0.4452125771655631);
  EXPECT_EQ(p->ideal.value, 2.0);
  ASSERT_EQ(p->option_values.size(), 3u);
  EXPECT_DOUBLE_EQ(p->option_values[0], 0.4);
  EXPECT_DOUBLE_EQ(p->option_values[1], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(p->option_values[2], 1.0);
  EXPECT_TRUE(p->evidence.empty());
  EXPECT_FALSE(p->note.empty());
  // prof2 on External Monitor: evaluations 3, 2, 1 → ideal 19'' LCD.
  const auto* q = s.find_position("Laptop-C-prof2", s.issues[2].id);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->ideal.value, 0.0);
  EXPECT_DOUBLE_EQ(q->option_values[1], 2.0 / 3.0);
}

TEST(GeniusToScenario, ModelReproducesGeniusUtilities) {
  if (!fs::exists(kGenius / "Laptop")) GTEST_SKIP() << "no shared GENIUS data";
  for (const char* name : {"Laptop", "ItexvsCypressA", "EnglandZimbabwe", "Grocery", "Politics"}) {
    SCOPED_TRACE(name);
    const auto domain = parley::io::read_genius_dir((kGenius / name).string());
    const auto s = parley::io::scenario_from_genius(domain, "2026-01-02");
    const auto space = parley::bargain::space_from_scenario(s);
    EXPECT_EQ(space.parties, domain.space.parties);
    expect_same_utilities(domain.space, space);
  }
}

// GENIUS → scenario → YAML → scenario → space: the same utilities as GENIUS for every package.
TEST(GeniusToScenario, YamlRoundTripKeepsUtilities) {
  if (!fs::exists(kGenius / "reference.json")) GTEST_SKIP() << "no shared GENIUS data";
  for (const char* name : {"Laptop", "ItexvsCypressA", "ItexvsCypress", "EnglandZimbabwe",
                           "Grocery", "Politics", "Travel", "Energy"}) {
    SCOPED_TRACE(name);
    const auto domain = parley::io::read_genius_dir((kGenius / name).string());
    const auto imported = parley::io::scenario_from_genius(domain, "2026-01-02");
    const std::string yaml = parley::io::write_scenario_yaml(imported);
    parley::scenario::Scenario back;
    try {
      back = parley::io::read_scenario(yaml, std::string(name) + ".yaml");
    } catch (const parley::InputError& e) {
      FAIL() << e.what() << "\n" << yaml;
    }
    EXPECT_EQ(back, imported);
    expect_same_utilities(domain.space, parley::bargain::space_from_scenario(back));
  }
}

TEST(GeniusToScenario, TodayWhenNoDateGiven) {
  if (!fs::exists(kGenius / "Laptop")) GTEST_SKIP() << "no shared GENIUS data";
  const auto domain = parley::io::read_genius_dir((kGenius / "Laptop").string());
  const auto s = parley::io::scenario_from_genius(domain);
  ASSERT_EQ(s.meta.as_of.size(), 10u);
  EXPECT_EQ(s.meta.as_of[4], '-');
  EXPECT_EQ(s.meta.as_of[7], '-');
}

}  // namespace
