#include "parley/report/scenario_tables.hpp"
#include "parley/report/text/printouts.hpp"

#include <gtest/gtest.h>

#include "support/sample_scenario.hpp"

namespace parley::report {
namespace {

TEST(ScenarioTables, ActorsShowCapabilityRangesAssumptionsAndAliases) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(actors_table(s).render(),
            "Actors (2)\n"
            "id     name            role   capability  reservation  aliases\n"
            "─────  ──────────────  ─────  ──────────  ───────────  "
            "───────────────────────────────\n"
            "UNION  Drivers' union  party  0.4 ± 0.1*         0.3*  "
            "the union, Gewerkschaft +1 more\n"
            "BOARD  Board           party         0.6            —  —\n");
}

TEST(ScenarioTables, IssuesShowScaleAndEnds) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(issues_table(s).render(),
            "Issues (2)\n"
            "id          kind     scale                          low end               high end\n"
            "──────────  ───────  ─────────────────────────────  ────────────────────  "
            "─────────────────────\n"
            "wage_raise  numeric  0–10 percent                   no raise [BOARD]      "
            "a large raise [UNION]\n"
            "shifts      options  3 options: eight, ten, twelve  short shifts [UNION]  "
            "long shifts [BOARD]\n");
}

TEST(ScenarioTables, PositionCellShowsIdealSalienceRedLineAndAssumption) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(position_cell(s.issues[0], s.positions[0]),
            "6 (0.9)!");  // an assumed salience is no mark
  EXPECT_EQ(position_cell(s.issues[0], s.positions[1]), "1 (0.7)!");
  EXPECT_EQ(position_cell(s.issues[1], s.positions[2]), "eight (0.5)!*");  // assumed position
  EXPECT_EQ(position_cell(s.issues[1], s.positions[3]), "twelve (0.4)");
}

TEST(ScenarioTables, PositionMatrixHasActorsAsRowsWhenIssuesAreFew) {
  const auto s = test::sample_scenario();
  EXPECT_EQ(positions_table(s).render(),
            "Positions (4)\n"
            "actor  wage_raise (percent)  shifts\n"
            "─────  ────────────────────  ─────────────\n"
            "UNION              6 (0.9)!  eight (0.5)!*\n"
            "BOARD              1 (0.7)!  twelve (0.4)\n");
}

TEST(ScenarioTables, PositionMatrixIsTransposedWhenIssuesOutnumberActors) {
  auto s = test::sample_scenario();
  s.actors.pop_back();  // BOARD
  s.positions = {s.positions[0], s.positions[2]};
  EXPECT_EQ(positions_table(s).render(),
            "Positions (2)\n"
            "issue                 UNION\n"
            "────────────────────  ─────────────\n"
            "wage_raise (percent)  6 (0.9)!\n"
            "shifts                eight (0.5)!*\n");
}

TEST(ScenarioTables, MissingPositionsShowADash) {
  auto s = test::sample_scenario();
  s.positions.pop_back();  // BOARD on shifts
  const std::string text = positions_table(s).render();
  EXPECT_NE(text.find("BOARD              1 (0.7)!  —\n"), std::string::npos) << text;
}

TEST(ScenarioTables, WholeScenarioHasTitleTablesAndLegend) {
  const std::string text = render_scenario(test::sample_scenario());
  EXPECT_EQ(text.rfind("Wage talks at a bus company\nas of 2026-03-01\n\nActors (2)\n", 0), 0u);
  EXPECT_NE(text.find("\nIssues (2)\n"), std::string::npos);
  EXPECT_NE(text.find("\nPositions (4)\n"), std::string::npos);
  EXPECT_NE(text.find("\n\n" + positions_legend() + "\n* on a capability or reservation"),
            std::string::npos)
      << text;
}

TEST(ScenarioTables, EvidenceAttributionInWords) {
  scenario::Evidence e;
  EXPECT_EQ(evidence_attribution(e), "");
  e.attribution = scenario::Attribution::reported;
  EXPECT_EQ(evidence_attribution(e), "reported");
  e.by = "three Russian sources";
  e.date = "2025-05";
  EXPECT_EQ(evidence_attribution(e), "reported by three Russian sources, 2025-05");
  e.attribution = scenario::Attribution::direct;
  e.by = "Vladimir Putin";
  e.value = 23000;
  e.unit = "km2";
  e.weak = true;
  EXPECT_EQ(evidence_attribution(e), "direct: Vladimir Putin, 2025-05 · 23,000 km2 · weak support");
  e = scenario::Evidence{};
  e.date = "2022";
  e.value = 0.5;
  EXPECT_EQ(evidence_attribution(e), "2022 · 0.5");
}

}  // namespace
}  // namespace parley::report
