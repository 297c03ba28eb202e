#pragma once
// A small scenario built in code for the report tests: two parties, a numeric and an option
// issue, red lines that collide on the numeric one.

#include "parley/scenario/scenario.hpp"

namespace parley::test {

inline scenario::Scenario sample_scenario() {
  using namespace parley::scenario;
  Scenario s;
  s.meta.title = "Wage talks at a bus company";
  s.meta.as_of = "2026-03-01";
  s.meta.sources = {{"memo", "union-memo.txt", "Union bargaining memo", "Local 12", "", ""}};

  Actor union_;
  union_.id = "UNION";
  union_.name = "Drivers' union";
  union_.aliases = {{"the union", ""}, {"Gewerkschaft", "de"}, {"Local 12", ""}};
  union_.capability = {0.4, Interval{0.3, 0.5}, true};
  union_.reservation = Estimate{0.3, std::nullopt, true};
  Actor board;
  board.id = "BOARD";
  board.name = "Board";
  board.capability = {0.6, std::nullopt, false};
  s.actors = {union_, board};

  Issue wage;
  wage.id = "wage_raise";
  wage.title = "Wage increase";
  wage.proposition = "wages rise";
  wage.kind = IssueKind::numeric;
  wage.unit = "percent";
  wage.min = 0;
  wage.max = 10;
  wage.low = {"no raise", {"BOARD"}};
  wage.high = {"a large raise", {"UNION"}};
  Issue shifts;
  shifts.id = "shifts";
  shifts.title = "Shift pattern";
  shifts.proposition = "longer shifts";
  shifts.kind = IssueKind::options;
  shifts.options = {
      {"eight", "8-hour shifts"}, {"ten", "10-hour shifts"}, {"twelve", "12-hour shifts"}};
  shifts.low = {"short shifts", {"UNION"}};
  shifts.high = {"long shifts", {"BOARD"}};
  s.issues = {wage, shifts};

  Position p1;
  p1.actor = "UNION";
  p1.issue = "wage_raise";
  p1.ideal = {6, std::nullopt, false};
  p1.salience = {0.9, Interval{0.8, 1.0}, true};
  p1.red_line = Estimate{2.5, std::nullopt, false};
  scenario::Evidence memo;
  memo.doc = "memo";
  memo.line = 4;
  memo.note = "the memo asks for six percent";
  memo.attribution = scenario::Attribution::direct;
  memo.by = "the union's bargaining committee";
  memo.date = "2025-03";
  memo.value = 6;
  memo.unit = "percent";
  p1.evidence = {memo};
  Position p2;
  p2.actor = "BOARD";
  p2.issue = "wage_raise";
  p2.ideal = {1, Interval{0.5, 1.5}, false};
  p2.salience = {0.7, std::nullopt, false};
  p2.red_line = Estimate{2, std::nullopt, false};
  Position p3;
  p3.actor = "UNION";
  p3.issue = "shifts";
  p3.ideal = {0, std::nullopt, false};
  p3.salience = {0.5, std::nullopt, false};
  p3.red_line = Estimate{1, std::nullopt, false};
  p3.assumption = true;
  Position p4;
  p4.actor = "BOARD";
  p4.issue = "shifts";
  p4.ideal = {2, std::nullopt, false};
  p4.salience = {0.4, std::nullopt, false};
  s.positions = {p1, p2, p3, p4};
  return s;
}

}  // namespace parley::test
