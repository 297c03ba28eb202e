// Malformed scenario documents: each rule of docs/scenario-format.md reports the right line,
// column, field and message. Lines and columns are counted by hand from base_document().

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/scenario_test_support.hpp"

namespace parley::io::testing {
namespace {

using ::testing::HasSubstr;

void expect(const Diagnostic& d, int line, int column, const std::string& field,
            const std::string& fragment) {
  EXPECT_EQ(d.file, "test.yaml");
  EXPECT_EQ(d.line, line) << d.to_string();
  EXPECT_EQ(d.column, column) << d.to_string();
  EXPECT_EQ(d.field, field) << d.to_string();
  EXPECT_THAT(d.message, HasSubstr(fragment));
}

TEST(ScenarioErrors, BaseDocumentIsValid) {
  EXPECT_TRUE(problems(base_document()).empty());
}

TEST(ScenarioErrors, SyntaxErrorHasLineAndColumn) {
  // "  title: a: b": the second ':' is the 11th character of line 3.
  const auto d = only_problem("parley: 1\nmeta:\n  title: a: b\n");
  expect(d, 3, 11, "", "YAML syntax error");
}

TEST(ScenarioErrors, TabIndentationIsASyntaxError) {
  const auto d = only_problem(with("  title: Wage talks", "\ttitle: Wage talks"));
  EXPECT_EQ(d.line, 3);
  EXPECT_THAT(d.message, HasSubstr("YAML syntax error"));
}

TEST(ScenarioErrors, UnknownKeySuggestsTheNearestKey) {
  expect(only_problem(with("red_line: 2.5", "red_lin: 2.5")), 39, 5, "positions[0].red_lin",
         "unknown key 'red_lin' (did you mean 'red_line'?)");
}

TEST(ScenarioErrors, MisspeltRequiredKeyReportsBothProblems) {
  const auto all = problems(with("salience: 0.9", "salince: 0.9"));
  ASSERT_EQ(all.size(), 2u);
  expect(problem_at(all, "positions[0].salince"), 38, 5, "positions[0].salince",
         "unknown key 'salince' (did you mean 'salience'?)");
  expect(problem_at(all, "positions[0].salience"), 35, 5, "positions[0].salience",
         "missing required key 'salience'");
}

TEST(ScenarioErrors, DuplicateKey) {
  expect(only_problem(with("    salience: 0.9\n", "    salience: 0.9\n    salience: 0.8\n")), 39, 5,
         "positions[0].salience", "duplicate key 'salience' (first given at line 38)");
}

TEST(ScenarioErrors, MissingRequiredKey) {
  expect(only_problem(with("    name: Drivers' union\n", "")), 10, 5, "actors[0].name",
         "missing required key 'name'");
}

TEST(ScenarioErrors, MissingTopLevelKey) {
  const auto d = only_problem(with("parley: 1\n", ""));
  EXPECT_EQ(d.field, "parley");
  EXPECT_EQ(d.line, 1);
  EXPECT_THAT(d.message, HasSubstr("missing required key 'parley'"));
}

TEST(ScenarioErrors, WrongTypeListForString) {
  expect(only_problem(with("title: Wage talks", "title: [a, b]")), 3, 10, "meta.title",
         "expected a string, got a list");
}

TEST(ScenarioErrors, WrongTypeStringForNumber) {
  expect(only_problem(with("capability: 0.4", "capability: strong")), 12, 17,
         "actors[0].capability", "expected a number, got 'strong'");
}

TEST(ScenarioErrors, NumberGivenAsString) {
  expect(only_problem(with("salience: 0.9", "salience: \"0.9\"")), 38, 15, "positions[0].salience",
         "without quotes");
}

TEST(ScenarioErrors, DuplicateSourceId) {
  expect(only_problem(with("      title: Union memo\n",
                           "      title: Union memo\n    - id: memo\n      file: b.txt\n"
                           "      title: B\n")),
         9, 11, "meta.sources[1].id", "duplicate source id 'memo'");
}

TEST(ScenarioErrors, DuplicateActorId) {
  expect(only_problem(with("issues:\n", "  - id: BOARD\n    name: X\nissues:\n")), 17, 9,
         "actors[2].id", "duplicate actor id 'BOARD'");
}

TEST(ScenarioErrors, DuplicateOptionId) {
  const auto all = problems(with("{id: twelve, label: 12-hour shifts}", "{id: ten, label: x}"));
  // Line 31: "      - {id: ten": the id value starts at column 14.
  expect(problem_at(all, "issues[1].options[2].id"), 31, 14, "issues[1].options[2].id",
         "duplicate option id 'ten'");
}

TEST(ScenarioErrors, BadId) {
  expect(only_problem(with("      title: Union memo\n",
                           "      title: Union memo\n    - id: 9memo\n      file: b.txt\n"
                           "      title: B\n")),
         9, 11, "meta.sources[1].id", "'9memo' is not a valid id");
}

TEST(ScenarioErrors, UnknownActorSuggestsNearest) {
  expect(only_problem(with("actor: BOARD\n    issue: shifts", "actor: BORAD\n    issue: shifts")),
         54, 12, "positions[3].actor", "unknown actor 'BORAD' (did you mean 'BOARD'?)");
}

TEST(ScenarioErrors, UnknownActorListsKnownIds) {
  expect(
      only_problem(with("actor: BOARD\n    issue: shifts", "actor: QQQQQQQQ\n    issue: shifts")),
      54, 12, "positions[3].actor", "nearest known actors: UNION, BOARD");
}

TEST(ScenarioErrors, UnknownActorInFavouredBy) {
  // Line 23: "    low: {label: no raise, favoured_by: [BOARD]}": BOARD at column 42.
  expect(only_problem(with("favoured_by: [BOARD]}\n    high: {label: a large",
                           "favoured_by: [BAORD]}\n    high: {label: a large")),
         23, 42, "issues[0].low.favoured_by[0]", "unknown actor 'BAORD' (did you mean 'BOARD'?)");
}

TEST(ScenarioErrors, UnknownIssue) {
  expect(only_problem(with("issue: wage_raise\n    ideal: 6", "issue: wage_rise\n    ideal: 6")),
         36, 12, "positions[0].issue", "unknown issue 'wage_rise' (did you mean 'wage_raise'?)");
}

TEST(ScenarioErrors, UnknownOption) {
  expect(only_problem(with("ideal: twelve", "ideal: twelv")), 56, 12, "positions[3].ideal",
         "unknown option 'twelv' (did you mean 'twelve'?)");
}

TEST(ScenarioErrors, UnknownSource) {
  expect(only_problem(with("{doc: memo,", "{doc: memx,")), 41, 15, "positions[0].evidence[0].doc",
         "unknown source 'memx' (did you mean 'memo'?)");
}

TEST(ScenarioErrors, DuplicatePosition) {
  const std::string extra =
      "  - actor: UNION\n    issue: wage_raise\n    ideal: 5\n    salience: 0.5\n";
  expect(only_problem(base_document() + extra), 59, 5, "positions[4]",
         "duplicate position for actor 'UNION' on issue 'wage_raise' (first given at "
         "positions[0])");
}

TEST(ScenarioErrors, NaN) {
  expect(only_problem(with("salience: 0.9", "salience: .nan")), 38, 15, "positions[0].salience",
         "expected a finite number, got .nan");
}

TEST(ScenarioErrors, Infinity) {
  expect(only_problem(with("ideal: 6", "ideal: -.inf")), 37, 12, "positions[0].ideal",
         "expected a finite number, got -.inf");
}

TEST(ScenarioErrors, OverflowingNumber) {
  expect(only_problem(with("ideal: 6", "ideal: 1e999")), 37, 12, "positions[0].ideal",
         "expected a finite number, got 1e999");
}

TEST(ScenarioErrors, SalienceOutOfRange) {
  expect(only_problem(with("salience: 0.9", "salience: 1.4")), 38, 15, "positions[0].salience",
         "expected a number from 0 to 1, got 1.4");
}

TEST(ScenarioErrors, RangeNotContainingValue) {
  expect(only_problem(with("{value: 0.6,", "{value: 0.8,")), 16, 37, "actors[1].capability.range",
         "range [0.5, 0.7] does not contain the value 0.8");
}

TEST(ScenarioErrors, ReversedRange) {
  expect(only_problem(with("range: [0.5, 0.7]", "range: [0.7, 0.5]")), 16, 37,
         "actors[1].capability.range", "range is reversed");
}

TEST(ScenarioErrors, RangeEndOutOfBounds) {
  // "range: [0.5, 1.7]": 1.7 starts at column 43 of line 16.
  expect(only_problem(with("range: [0.5, 0.7]", "range: [0.5, 1.7]")), 16, 43,
         "actors[1].capability.range[1]", "expected a number from 0 to 1, got 1.7");
}

TEST(ScenarioErrors, MinNotBelowMax) {
  expect(only_problem(with("max: 10", "max: 0")), 22, 10, "issues[0].max",
         "min must be below max, got min 0 and max 0");
}

TEST(ScenarioErrors, IdealOutsideMinMax) {
  expect(only_problem(with("ideal: 6", "ideal: 12")), 37, 12, "positions[0].ideal",
         "expected a number from 0 to 10 (the scale of issue 'wage_raise'), got 12");
}

TEST(ScenarioErrors, RedLineWrongSideForHighEnd) {
  // UNION favours the high end of wage_raise (ideal 6): a red line of 7 is above the ideal.
  expect(only_problem(with("red_line: 2.5", "red_line: 7")), 39, 15, "positions[0].red_line",
         "red line 7 is on the wrong side of the ideal point 6");
}

TEST(ScenarioErrors, RedLineWrongSideForLowEnd) {
  // BOARD favours the low end of wage_raise (ideal 1): a red line of 0.5 is below the ideal.
  expect(only_problem(with("red_line: 4", "red_line: 0.5")), 46, 15, "positions[1].red_line",
         "at or above its ideal");
}

TEST(ScenarioErrors, RedLineWrongSideOnOptions) {
  // UNION favours the low end of shifts (ideal eight): its red line cannot be below eight; with
  // ideal ten a red line of eight is on the wrong side.
  expect(only_problem(with("ideal: eight\n    salience: 0.5\n    red_line: ten",
                           "ideal: ten\n    salience: 0.5\n    red_line: eight")),
         51, 15, "positions[2].red_line",
         "red line eight is on the wrong side of the ideal "
         "point ten");
}

TEST(ScenarioErrors, RedLineAtIdealIsAllowed) {
  EXPECT_TRUE(problems(with("red_line: 2.5", "red_line: 6")).empty());
}

TEST(ScenarioErrors, ActorFavouringBothEnds) {
  const auto all = problems(with("favoured_by: [UNION]}\n  - id: shifts",
                                 "favoured_by: [UNION, BOARD]}\n  - id: shifts"));
  // Line 24: "    high: {label: a large raise, favoured_by: [UNION, BOARD]}": BOARD at 55.
  expect(problem_at(all, "issues[0].high.favoured_by[1]"), 24, 55, "issues[0].high.favoured_by[1]",
         "cannot favour both ends");
}

TEST(ScenarioErrors, PointsUnsorted) {
  expect(only_problem(with("[[eight, 1.0], [ten, 0.4]", "[[ten, 0.4], [eight, 1.0]")), 53, 26,
         "positions[2].points[1]", "strictly increasing");
}

TEST(ScenarioErrors, PointsWrongShape) {
  // "    points: [[eight, 1.0], [ten], ...": the second pair starts at column 28.
  expect(only_problem(with("[ten, 0.4]", "[ten]")), 53, 28, "positions[2].points[1]",
         "expected a pair [point, value], got a list of 1 items");
}

TEST(ScenarioErrors, PointsValueOutOfRange) {
  // "[ten, 1.4]" starts at column 28 of line 53, so 1.4 at column 34.
  expect(only_problem(with("[ten, 0.4]", "[ten, 1.4]")), 53, 34, "positions[2].points[1][1]",
         "expected a number from 0 to 1, got 1.4");
}

TEST(ScenarioErrors, PointsWithoutPiecewise) {
  expect(only_problem(with("    shape: piecewise\n", "")), 52, 13, "positions[2].points",
         "only allowed with shape: piecewise");
}

TEST(ScenarioErrors, PiecewiseWithoutPoints) {
  expect(only_problem(with("    points: [[eight, 1.0], [ten, 0.4], [twelve, 0.0]]\n", "")), 52, 12,
         "positions[2].shape", "needs points");
}

TEST(ScenarioErrors, ValuesOnNumericIssue) {
  expect(only_problem(with("    salience: 0.7\n", "    salience: 0.7\n    values: [0.1, 0.2]\n")),
         46, 13, "positions[1].values", "only allowed on option issues");
}

TEST(ScenarioErrors, ValuesWrongCount) {
  expect(only_problem(with("values: [0.0, 0.5, 1.0]", "values: [0.0, 0.5]")), 58, 13,
         "positions[3].values", "expected 3 values (one per option of 'shifts'), got 2");
}

TEST(ScenarioErrors, LevelsNotInteger) {
  expect(only_problem(with("    max: 10\n", "    max: 10\n    levels: 2.5\n")), 23, 13,
         "issues[0].levels", "expected an integer from 2 to 1000, got 2.5");
}

TEST(ScenarioErrors, LevelsOnOptionIssue) {
  expect(only_problem(with("    kind: options\n", "    kind: options\n    levels: 3\n")), 28, 13,
         "issues[1].levels", "only allowed on numeric issues");
}

TEST(ScenarioErrors, EvidenceLineNotInteger) {
  // "      - {doc: memo, line: 4.5}": 4.5 starts at column 27.
  expect(only_problem(with("line: 4}", "line: 4.5}")), 41, 27, "positions[0].evidence[0].line",
         "expected an integer from 1 to");
}

// "      - {doc: memo, line: 4, KEY: VALUE}": KEY starts at column 30.
TEST(ScenarioErrors, EvidenceAttributionIsDirectOrReported) {
  expect(only_problem(with("line: 4}", "line: 4, attribution: reportd}")), 41, 43,
         "positions[0].evidence[0].attribution", "did you mean 'reported'?");
}

TEST(ScenarioErrors, EvidenceDateToThePrecisionKnown) {
  for (const char* good : {"2025", "2025-05", "2024-02-29"}) {
    EXPECT_TRUE(problems(with("line: 4}", std::string("line: 4, date: ") + good + "}")).empty())
        << good;
  }
  expect(only_problem(with("line: 4}", "line: 4, date: 2025-13}")), 41, 36,
         "positions[0].evidence[0].date", "'2025-13' is not a real calendar date");
  expect(only_problem(with("line: 4}", "line: 4, date: May 2025}")), 41, 36,
         "positions[0].evidence[0].date", "expected a date YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(ScenarioErrors, EvidenceUnitNeedsAValue) {
  expect(only_problem(with("line: 4}", "line: 4, unit: km}")), 41, 36,
         "positions[0].evidence[0].unit", "a unit needs a value");
  EXPECT_TRUE(problems(with("line: 4}", "line: 4, value: 6, unit: percent}")).empty());
  expect(only_problem(with("line: 4}", "line: 4, weak: maybe}")), 41, 36,
         "positions[0].evidence[0].weak", "expected true or false");
}

TEST(ScenarioErrors, BadDate) {
  expect(only_problem(with("as_of: 2026-03-01", "as_of: 2026-02-30")), 4, 10, "meta.as_of",
         "'2026-02-30' is not a real calendar date");
}

TEST(ScenarioErrors, MalformedDate) {
  expect(only_problem(with("as_of: 2026-03-01", "as_of: 1 March 2026")), 4, 10, "meta.as_of",
         "expected a date YYYY-MM-DD");
}

TEST(ScenarioErrors, LeapDayIsAccepted) {
  EXPECT_TRUE(problems(with("as_of: 2026-03-01", "as_of: 2024-02-29")).empty());
  EXPECT_FALSE(problems(with("as_of: 2026-03-01", "as_of: 2100-02-29")).empty());
}

TEST(ScenarioErrors, UnknownRoleSuggests) {
  expect(only_problem(with("role: party", "role: partyy")), 15, 11, "actors[1].role",
         "(did you mean 'party'?)");
}

TEST(ScenarioErrors, UnsupportedVersion) {
  expect(only_problem(with("parley: 1", "parley: 2")), 1, 9, "parley",
         "unsupported format version 2");
}

TEST(ScenarioErrors, AllProblemsAreCollected) {
  std::string text = with("salience: 0.9", "salience: 1.5");
  text.replace(text.find("as_of: 2026-03-01"), 17, "as_of: 2026-13-01");
  text.replace(text.find("ideal: twelve"), 13, "ideal: thirteen");
  const auto all = problems(text);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].field, "meta.as_of");
  EXPECT_EQ(all[0].line, 4);
  EXPECT_EQ(all[1].field, "positions[0].salience");
  EXPECT_EQ(all[1].line, 38);
  EXPECT_EQ(all[2].field, "positions[3].ideal");
  EXPECT_EQ(all[2].line, 56);
}

TEST(ScenarioErrors, TopLevelNotAMap) {
  expect(only_problem("- just\n- a list\n"), 1, 1, "", "expected a map, got a list");
}

}  // namespace
}  // namespace parley::io::testing
