// What a valid document reads to: option ids become indices, estimates in both forms, alias
// forms, defaults, the bargaining block, and JSON input.

#include <gtest/gtest.h>

#include "io/scenario_test_support.hpp"

namespace parley::io::testing {
namespace {

using scenario::Estimate;
using scenario::Interval;

TEST(ScenarioValues, BaseDocument) {
  const auto s = read_scenario(base_document(), "t.yaml");
  EXPECT_EQ(s.meta.title, "Wage talks");
  EXPECT_EQ(s.meta.as_of, "2026-03-01");
  ASSERT_EQ(s.meta.sources.size(), 1u);
  EXPECT_EQ(s.meta.sources[0].file, "union-memo.txt");
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].role, scenario::Role::party);  // the default
  EXPECT_EQ(s.actors[0].capability, (Estimate{0.4, std::nullopt, false}));
  EXPECT_EQ(s.actors[1].capability, (Estimate{0.6, Interval{0.5, 0.7}, true}));
  ASSERT_EQ(s.issues.size(), 2u);
  EXPECT_EQ(s.issues[0].kind, scenario::IssueKind::numeric);
  EXPECT_EQ(s.issues[0].max, 10);
  EXPECT_EQ(s.issues[0].low.favoured_by, std::vector<std::string>{"BOARD"});
  EXPECT_EQ(s.issues[1].kind, scenario::IssueKind::options);
  EXPECT_EQ(s.issues[1].options[2].id, "twelve");
  ASSERT_EQ(s.positions.size(), 4u);
  EXPECT_EQ(s.positions[0].red_line->value, 2.5);
  EXPECT_EQ(s.positions[0].evidence[0].line, 4);
  // Option ids become option indices: eight = 0, ten = 1, twelve = 2.
  EXPECT_EQ(s.positions[2].ideal.value, 0);
  EXPECT_EQ(s.positions[2].red_line->value, 1);
  EXPECT_EQ(s.positions[2].shape, scenario::Shape::piecewise);
  const std::vector<scenario::ValuePoint> points{{0, 1.0}, {1, 0.4}, {2, 0.0}};
  EXPECT_EQ(s.positions[2].points, points);
  EXPECT_EQ(s.positions[3].ideal.value, 2);
  EXPECT_EQ(s.positions[3].option_values, (std::vector<double>{0.0, 0.5, 1.0}));
  // Without a bargaining block, the defaults.
  EXPECT_EQ(s.bargaining, scenario::BargainingSettings{});
}

TEST(ScenarioValues, OptionRangesAreIndices) {
  const auto s = read_scenario(
      with("ideal: twelve", "ideal: {value: ten, range: [eight, twelve], assumption: true}"),
      "t.yaml");
  EXPECT_EQ(s.positions[3].ideal, (Estimate{1, Interval{0, 2}, true}));
}

TEST(ScenarioValues, AliasesAsStringsOrMaps) {
  const auto s = read_scenario(
      with("    capability: 0.4\n",
           "    capability: 0.4\n    aliases:\n      - the union\n"
           "      - {text: Gewerkschaft, lang: de}\n      - {text: Profsoyuz, lang: ru-Latn}\n"),
      "t.yaml");
  const std::vector<scenario::Alias> aliases{
      {"the union", ""}, {"Gewerkschaft", "de"}, {"Profsoyuz", "ru-Latn"}};
  EXPECT_EQ(s.actors[0].aliases, aliases);
}

TEST(ScenarioValues, BargainingBlock) {
  const auto s = read_scenario(
      base_document() + "bargaining:\n  weights: as_given\n  levels: 21\n  tolerance: 1e-6\n",
      "t.yaml");
  EXPECT_FALSE(s.bargaining.normalize_weights);
  EXPECT_EQ(s.bargaining.levels, 21);
  EXPECT_EQ(s.bargaining.tolerance, 1e-6);
}

TEST(ScenarioValues, BargainingToleranceOutOfRange) {
  const auto d = only_problem(base_document() + "bargaining:\n  tolerance: 0.5\n");
  EXPECT_EQ(d.line, 60);
  EXPECT_EQ(d.field, "bargaining.tolerance");
}

TEST(ScenarioValues, RolesAndReservation) {
  const auto s =
      read_scenario(with("    role: party\n",
                         "    role: mediator\n    reservation: {value: 0.3, assumption: true}\n"),
                    "t.yaml");
  EXPECT_EQ(s.actors[1].role, scenario::Role::mediator);
  EXPECT_EQ(s.actors[1].reservation, (Estimate{0.3, std::nullopt, true}));
}

TEST(ScenarioValues, JsonInput) {
  const std::string json = R"({
  "parley": 1,
  "meta": {"title": "J", "as_of": "2025-01-31"},
  "actors": [{"id": "A", "name": "Alpha", "capability": 0.5}],
  "issues": [{"id": "x", "title": "X", "kind": "numeric", "min": -5, "max": 5,
              "high": {"favoured_by": ["A"]}}],
  "positions": [{"actor": "A", "issue": "x", "ideal": 2.5, "salience": 1,
                 "red_line": {"value": -1, "range": [-2, 0]}}]
})";
  const auto s = read_scenario(json, "t.json");
  EXPECT_EQ(s.issues[0].min, -5);
  EXPECT_EQ(s.positions[0].ideal.value, 2.5);
  EXPECT_EQ(s.positions[0].red_line, (Estimate{-1, Interval{-2, 0}, false}));
}

TEST(ScenarioValues, JsonDuplicateKey) {
  const auto d = only_problem(
      "{\"parley\": 1, \"parley\": 1, \"meta\": {\"title\": \"t\", \"as_of\": \"2025-01-01\"},\n"
      "\"actors\": [], \"issues\": []}");
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 15);
  EXPECT_EQ(d.field, "parley");
}

}  // namespace
}  // namespace parley::io::testing
