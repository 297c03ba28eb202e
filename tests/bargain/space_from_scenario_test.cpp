// The utility model of docs/utility.md on a tiny scenario whose utilities are computed by hand.
#include "parley/bargain/space_from_scenario.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parley/core/diagnostic.hpp"

namespace {

using parley::bargain::AdditiveSpace;
using parley::bargain::space_from_scenario;
namespace sc = parley::scenario;

sc::Position position(const std::string& actor, const std::string& issue, double ideal,
                      double salience) {
  sc::Position p;
  p.actor = actor;
  p.issue = issue;
  p.ideal.value = ideal;
  p.salience.value = salience;
  return p;
}

// Actors A (party, reservation 0.3), B (party), M (mediator).
// troops: numeric 0..100,000 soldiers, 5 levels; A favours the low end.
//   A: ideal 20,000, salience 0.6, linear, red line 60,000.
//   B: ideal 80,000, salience 0.5, quadratic, red line 40,000 (two-sided loss).
// status: options neutral < aligned < member.
//   A: ideal member, salience 0.2, option values 0, 0.3, 1.
//   B: ideal neutral, salience 0.5, piecewise (0.5, 1) → (2, 0.1), red line aligned.
// aid: numeric 0..10, default levels (3); B favours the high end. B: ideal 10, salience 1.
//   M: ideal 2, salience 1 (not a party: its ideal is no level unless M takes part).
sc::Scenario tiny() {
  sc::Scenario s;
  s.meta.title = "tiny";
  s.meta.as_of = "2026-01-01";
  s.bargaining.levels = 3;
  sc::Actor a;
  a.id = "A";
  a.name = "Alpha";
  a.reservation = sc::Estimate{0.3, std::nullopt, false};
  sc::Actor b;
  b.id = "B";
  b.name = "Beta";
  sc::Actor m;
  m.id = "M";
  m.name = "Mediator";
  m.role = sc::Role::mediator;
  s.actors = {a, b, m};

  sc::Issue troops;
  troops.id = "troops";
  troops.title = "Troop ceiling";
  troops.kind = sc::IssueKind::numeric;
  troops.unit = "soldiers";
  troops.min = 0;
  troops.max = 100000;
  troops.levels = 5;
  troops.low.favoured_by = {"A"};
  sc::Issue status;
  status.id = "status";
  status.title = "Status";
  status.kind = sc::IssueKind::options;
  status.options = {{"neutral", "Neutral"}, {"aligned", "Aligned"}, {"member", "Member"}};
  sc::Issue aid;
  aid.id = "aid";
  aid.title = "Aid";
  aid.kind = sc::IssueKind::numeric;
  aid.min = 0;
  aid.max = 10;
  aid.high.favoured_by = {"B"};
  s.issues = {troops, status, aid};

  auto a_troops = position("A", "troops", 20000, 0.6);
  a_troops.red_line = sc::Estimate{60000, std::nullopt, false};
  auto b_troops = position("B", "troops", 80000, 0.5);
  b_troops.shape = sc::Shape::quadratic;
  b_troops.red_line = sc::Estimate{40000, std::nullopt, false};
  auto a_status = position("A", "status", 2, 0.2);
  a_status.option_values = {0.0, 0.3, 1.0};
  auto b_status = position("B", "status", 0, 0.5);
  b_status.shape = sc::Shape::piecewise;
  b_status.points = {{0.5, 1.0}, {2.0, 0.1}};
  b_status.red_line = sc::Estimate{1, std::nullopt, false};
  auto b_aid = position("B", "aid", 10, 1.0);
  auto m_aid = position("M", "aid", 2, 1.0);
  s.positions = {a_troops, b_troops, a_status, b_status, b_aid, m_aid};
  return s;
}

// Troop levels: the grid 0, 25k, 50k, 75k, 100k plus the ideals 20k, 80k and red lines 60k, 40k.
const std::vector<double> kTroopLevels = {0,     20000, 25000, 40000, 50000,
                                          60000, 75000, 80000, 100000};
// A: 1 up to its ideal (one-sided), then 1 − (x − 20k)/80k.
const std::vector<double> kTroopsA = {1, 1, 0.9375, 0.75, 0.625, 0.5, 0.3125, 0.25, 0};
// B: 1 − d², d = (80k − x)/80k below the ideal, (x − 80k)/20k above.
const std::vector<double> kTroopsB = {0,      0.4375,     0.52734375, 0.75, 0.859375,
                                      0.9375, 0.99609375, 1,          0};

TEST(SpaceFromScenario, PartiesReservationsAndLevels) {
  const AdditiveSpace space = space_from_scenario(tiny());
  EXPECT_NO_THROW(parley::bargain::check_consistent(space));
  EXPECT_EQ(space.parties, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(space.reservation, (std::vector<double>{0.3, 0.0}));
  ASSERT_EQ(space.issue_count(), 3u);
  EXPECT_EQ(space.issues[0].level_points, kTroopLevels);
  EXPECT_EQ(space.issues[0].level_labels[1], "20,000 soldiers");
  EXPECT_EQ(space.issues[0].level_labels[8], "100,000 soldiers");
  EXPECT_EQ(space.issues[1].level_labels,
            (std::vector<std::string>{"Neutral", "Aligned", "Member"}));
  EXPECT_EQ(space.issues[1].level_points, (std::vector<double>{0, 1, 2}));
  // aid: bargaining.levels = 3 → 0, 5, 10; B's ideal 10 is already a level; M takes no part.
  EXPECT_EQ(space.issues[2].level_points, (std::vector<double>{0, 5, 10}));
  EXPECT_EQ(space.issues[2].level_labels, (std::vector<std::string>{"0", "5", "10"}));
}

TEST(SpaceFromScenario, NormalizedValues) {
  const AdditiveSpace space = space_from_scenario(tiny());
  // Weights: A 0.6/0.8 = 0.75 and 0.2/0.8 = 0.25; B 0.5/2 = 0.25, 0.25, 1/2 = 0.5.
  for (std::size_t l = 0; l < kTroopLevels.size(); ++l) {
    EXPECT_NEAR(space.value(0, l, 0), 0.75 * kTroopsA[l], 1e-12) << l;
    EXPECT_NEAR(space.value(0, l, 1), 0.25 * kTroopsB[l], 1e-12) << l;
  }
  // status: A's option values; B piecewise clamped at 1 below 0.5, 1 − 0.9·(1 − 0.5)/1.5 = 0.7
  // at aligned, 0.1 at member.
  const double a_status[] = {0.0, 0.3, 1.0};
  const double b_status[] = {1.0, 0.7, 0.1};
  for (std::size_t l = 0; l < 3; ++l) {
    EXPECT_NEAR(space.value(1, l, 0), 0.25 * a_status[l], 1e-12) << l;
    EXPECT_NEAR(space.value(1, l, 1), 0.25 * b_status[l], 1e-12) << l;
  }
  // aid: A has no position (weight 0); B linear toward 10: 0, 0.5, 1.
  const double b_aid[] = {0.0, 0.5, 1.0};
  for (std::size_t l = 0; l < 3; ++l) {
    EXPECT_EQ(space.value(2, l, 0), 0.0);
    EXPECT_NEAR(space.value(2, l, 1), 0.5 * b_aid[l], 1e-12) << l;
  }
  // One package: (50,000, aligned, 5).
  double u[2];
  parley::bargain::utilities(space, {4, 1, 1}, u);
  EXPECT_NEAR(u[0], 0.75 * 0.625 + 0.25 * 0.3, 1e-12);
  EXPECT_NEAR(u[1], 0.25 * 0.859375 + 0.25 * 0.7 + 0.5 * 0.5, 1e-12);
}

TEST(SpaceFromScenario, WeightsAsGiven) {
  auto s = tiny();
  s.bargaining.normalize_weights = false;
  const AdditiveSpace space = space_from_scenario(s);
  for (std::size_t l = 0; l < kTroopLevels.size(); ++l) {
    EXPECT_NEAR(space.value(0, l, 0), 0.6 * kTroopsA[l], 1e-12) << l;
    EXPECT_NEAR(space.value(0, l, 1), 0.5 * kTroopsB[l], 1e-12) << l;
  }
  EXPECT_NEAR(space.value(1, 2, 0), 0.2 * 1.0, 1e-12);
  EXPECT_NEAR(space.value(2, 1, 1), 1.0 * 0.5, 1e-12);
}

TEST(SpaceFromScenario, RedLinesMakeLevelsUnacceptable) {
  const AdditiveSpace space = space_from_scenario(tiny());
  // A: red line 60,000 above its ideal → 75k, 80k, 100k are beyond it (60k itself is fine).
  // B: red line 40,000 below its ideal → 0, 20k, 25k are beyond it.
  const int a_ok[] = {1, 1, 1, 1, 1, 1, 0, 0, 0};
  const int b_ok[] = {0, 0, 0, 1, 1, 1, 1, 1, 1};
  for (std::size_t l = 0; l < kTroopLevels.size(); ++l) {
    EXPECT_EQ(space.is_acceptable(0, l, 0), a_ok[l] == 1) << l;
    EXPECT_EQ(space.is_acceptable(0, l, 1), b_ok[l] == 1) << l;
  }
  // B's red line on status is "aligned": "member" is beyond it.
  EXPECT_TRUE(space.is_acceptable(1, 0, 1));
  EXPECT_TRUE(space.is_acceptable(1, 1, 1));
  EXPECT_FALSE(space.is_acceptable(1, 2, 1));
  for (std::size_t l = 0; l < 3; ++l) EXPECT_TRUE(space.is_acceptable(1, l, 0));
}

TEST(SpaceFromScenario, ChosenPartiesAddTheirLevels) {
  const AdditiveSpace space = space_from_scenario(tiny(), {"M", "B"});
  EXPECT_EQ(space.parties, (std::vector<std::string>{"M", "B"}));
  EXPECT_EQ(space.issues[2].level_points, (std::vector<double>{0, 2, 5, 10}));
  // M: only aid, weight 1; two-sided linear loss from 2: 1 − 2/2 = 0 at 0, 1 − 3/8 at 5.
  EXPECT_NEAR(space.value(2, 0, 0), 0.0, 1e-12);
  EXPECT_NEAR(space.value(2, 1, 0), 1.0, 1e-12);
  EXPECT_NEAR(space.value(2, 2, 0), 0.625, 1e-12);
  EXPECT_NEAR(space.value(2, 3, 0), 0.0, 1e-12);
  EXPECT_EQ(space.value(0, 0, 0), 0.0);  // no position on troops
  // Troop levels now come from B alone: grid plus 80k and 40k.
  EXPECT_EQ(space.issues[0].level_points,
            (std::vector<double>{0, 25000, 40000, 50000, 75000, 80000, 100000}));
  EXPECT_THROW(space_from_scenario(tiny(), {"A", "X"}), parley::InputError);
  EXPECT_THROW(space_from_scenario(tiny(), {"A", "A"}), parley::InputError);
  EXPECT_THROW(space_from_scenario(tiny(), {}), parley::InputError);
}

TEST(SpaceFromScenario, NoPartyIsAnError) {
  auto s = tiny();
  for (auto& actor : s.actors) actor.role = sc::Role::observer;
  EXPECT_THROW(space_from_scenario(s), parley::InputError);
}

TEST(SpaceFromScenario, OneSidedHighAndRedLineAtIdeal) {
  sc::Issue issue;
  issue.id = "x";
  issue.kind = sc::IssueKind::numeric;
  issue.min = -10;
  issue.max = 30;
  issue.high.favoured_by = {"H"};
  auto p = position("H", "x", 10, 1);
  // Favours the high end: above the ideal stays 1; below: 1 − (10 − x)/20.
  EXPECT_DOUBLE_EQ(parley::bargain::position_value(issue, p, 25), 1.0);
  EXPECT_DOUBLE_EQ(parley::bargain::position_value(issue, p, 0), 0.5);
  p.shape = sc::Shape::quadratic;
  EXPECT_DOUBLE_EQ(parley::bargain::position_value(issue, p, 0), 0.75);
  // A neutral actor with ideal 10: above, 1 − (x − 10)/20 (linear).
  auto n = position("N", "x", 10, 1);
  EXPECT_DOUBLE_EQ(parley::bargain::position_value(issue, n, 25), 0.25);
  EXPECT_DOUBLE_EQ(parley::bargain::position_value(issue, n, -10), 0.0);

  // A red line at the ideal of an actor favouring the high end: everything below is beyond it.
  sc::Scenario s;
  sc::Actor h;
  h.id = "H";
  h.name = "H";
  s.actors = {h};
  issue.levels = 5;  // -10, 0, 10, 20, 30
  s.issues = {issue};
  p.red_line = sc::Estimate{10, std::nullopt, false};
  s.positions = {p};
  const auto space = space_from_scenario(s);
  ASSERT_EQ(space.level_count(0), 5u);
  const bool ok[] = {false, false, true, true, true};
  for (std::size_t l = 0; l < 5; ++l) EXPECT_EQ(space.is_acceptable(0, l, 0), ok[l]) << l;
  // Single party, weight 1/1, quadratic: d = 1 at −10 (value 0), d = 1/2 at 0 (value 0.75).
  EXPECT_DOUBLE_EQ(space.value(0, 0, 0), 0.0);
  EXPECT_DOUBLE_EQ(space.value(0, 1, 0), 0.75);
}

TEST(SpaceFromScenario, ExtraLevelsReplaceNearDuplicates) {
  sc::Issue issue;
  issue.kind = sc::IssueKind::numeric;
  issue.min = 0;
  issue.max = 1;
  const double ideal = 0.3 + 1e-12;  // within 1e-9 of the grid point 0.3
  const auto levels = parley::bargain::numeric_levels(issue, 11, {ideal, 0.55, 0.55, 2.0});
  ASSERT_EQ(levels.size(), 12u);  // 11 grid points + 0.55; 2.0 lies outside the scale
  EXPECT_EQ(levels[3], ideal);
  EXPECT_EQ(levels[6], 0.55);
  EXPECT_EQ(levels.front(), 0.0);
  EXPECT_EQ(levels.back(), 1.0);
}

TEST(SpaceFromScenario, NumericLabels) {
  EXPECT_EQ(parley::bargain::numeric_label(85000, "soldiers"), "85,000 soldiers");
  EXPECT_EQ(parley::bargain::numeric_label(2.5, "percent"), "2.5 percent");
  EXPECT_EQ(parley::bargain::numeric_label(1234567.125, ""), "1,234,567.125");
  EXPECT_EQ(parley::bargain::numeric_label(-1500, "km"), "-1,500 km");
  EXPECT_EQ(parley::bargain::numeric_label(0.1 + 0.2, ""), "0.3");
  EXPECT_EQ(parley::bargain::numeric_label(999, "km"), "999 km");
}

}  // namespace
