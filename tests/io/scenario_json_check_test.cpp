// JSON input is syntax-checked before yaml-cpp sees it: malformed JSON is reported with its line
// and column, quickly (yaml-cpp 0.7 took 20-50 s on some truncated JSON files).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/scenario_test_support.hpp"
#include "parley/io/scenario_json.hpp"
#include "parley/io/scenario_reader.hpp"

namespace parley::io::testing {
namespace {

using ::testing::HasSubstr;

Diagnostic single_problem(const std::string& text) {
  try {
    read_scenario(text, "s.json");
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().size(), 1u);
    return e.diagnostics().front();
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return {};
}

TEST(ScenarioJsonCheck, MissingValueIsLocated) {
  // Line 3, column 11 is the '}' where a value was expected (two spaces, '"meta":', a space).
  const auto d = single_problem("{\n  \"parley\": 1,\n  \"meta\": }\n");
  EXPECT_EQ(d.file, "s.json");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 11);
  EXPECT_THAT(d.message, HasSubstr("JSON syntax error"));
}

TEST(ScenarioJsonCheck, UnclosedObjectIsReportedAtTheEnd) {
  const auto d = single_problem("{\n  \"parley\": 1,\n  \"meta\": {\"title\": \"x\"\n");
  EXPECT_EQ(d.line, 4);
  EXPECT_THAT(d.message, HasSubstr("JSON syntax error"));
}

TEST(ScenarioJsonCheck, TruncatedAndSplicedJsonFailsCleanly) {
  // The shape of a mutant that took yaml-cpp 17 s: a valid JSON scenario with a chunk of itself
  // spliced into the middle of a key.
  const std::string json = write_scenario_json(read_scenario(base_document(), "t.yaml"));
  const std::string spliced = json.substr(0, 14) + json.substr(120, 300) + json.substr(14);
  const auto d = single_problem(spliced);
  EXPECT_GT(d.line, 0);
  EXPECT_THAT(d.message, HasSubstr("JSON"));
}

TEST(ScenarioJsonCheck, NumberBeyondDoubleIsLocated) {
  // nlohmann throws out_of_range, not parse_error, for these; found by fuzz_scenario_yaml
  // (fuzz/regressions/scenario_yaml/crash-6b0c47f2…: " [[[1e380\n?m ]]z=lue").
  const auto d = single_problem("{\n  \"parley\": 1,\n  \"meta\": {\"title\": -2e999}\n}\n");
  EXPECT_EQ(d.file, "s.json");
  EXPECT_EQ(d.line, 3);
  EXPECT_THAT(d.message, HasSubstr("JSON number out of range: '-2e999'"));
  EXPECT_THAT(single_problem(" [[[1e380\n?m ]]z=lue\n").message, HasSubstr("out of range"));
}

TEST(ScenarioJsonCheck, ValidJsonStillLoads) {
  const std::string json = write_scenario_json(read_scenario(base_document(), "t.yaml"));
  EXPECT_EQ(read_scenario(json, "t.json"), read_scenario(base_document(), "t.yaml"));
}

}  // namespace
}  // namespace parley::io::testing
