// Hostile inputs: empty, binary, broken UTF-8, deep nesting, alias bombs, huge files, and file
// system problems. Each is an InputError with a location where one makes sense.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "io/scenario_test_support.hpp"

namespace parley::io::testing {
namespace {

using ::testing::HasSubstr;

TEST(ScenarioHazards, EmptyText) {
  const auto d = only_problem("");
  EXPECT_EQ(d.line, 0);
  EXPECT_THAT(d.message, HasSubstr("the file is empty"));
}

TEST(ScenarioHazards, WhitespaceOnly) {
  const auto d = only_problem("  \n\t\n\r\n   ");
  EXPECT_EQ(d.line, 0);
  EXPECT_THAT(d.message, HasSubstr("only whitespace"));
}

TEST(ScenarioHazards, CommentsOnly) {
  const auto d = only_problem("# nothing here\n# at all\n");
  EXPECT_THAT(d.message, HasSubstr("the document is empty"));
}

TEST(ScenarioHazards, SeveralDocuments) {
  const auto d = only_problem(base_document() + "---\nparley: 1\n");
  EXPECT_EQ(d.line, 60);
  EXPECT_THAT(d.message, HasSubstr("a scenario is one document"));
}

TEST(ScenarioHazards, StrayCommaAfterTopLevelFlowMap) {
  // yaml-cpp's LoadAll never returns on these; the reader must stop with an error. Text that
  // opens like JSON gets the JSON syntax check (column of the stray character).
  EXPECT_THAT(only_problem("\"x\",").message, HasSubstr("a scenario is one document"));
  const auto comma = only_problem("{},");
  EXPECT_EQ(comma.line, 1);
  EXPECT_EQ(comma.column, 3);
  EXPECT_THAT(comma.message, HasSubstr("JSON syntax error"));
  for (const std::string text : {"[a],[b]", "{parley: 1}, b"}) {
    EXPECT_THAT(only_problem(text).message, HasSubstr("JSON syntax error")) << text;
  }
}

TEST(ScenarioHazards, NulByte) {
  const auto d = only_problem(std::string("parley: 1\nmeta:\n  ti\0tle: x\n", 26));
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 5);
  EXPECT_THAT(d.message, HasSubstr("control character 0x00"));
}

TEST(ScenarioHazards, BinaryGarbage) {
  const std::string garbage =
      "\x7f"
      "ELF\x02\x01\x01";
  const auto d = only_problem(garbage);
  EXPECT_EQ(d.line, 1);
  EXPECT_EQ(d.column, 1);
  EXPECT_THAT(d.message, HasSubstr("control character 0x7F"));
}

TEST(ScenarioHazards, InvalidUtf8) {
  // 0xC3 must be followed by a continuation byte; it is the 13th byte of line 3.
  const auto d = only_problem("parley: 1\nmeta:\n  title: caf\xC3(\n");
  EXPECT_EQ(d.line, 3);
  EXPECT_EQ(d.column, 13);
  EXPECT_THAT(d.message, HasSubstr("invalid UTF-8 (byte 0xC3)"));
}

TEST(ScenarioHazards, OverlongAndSurrogateUtf8) {
  EXPECT_THAT(only_problem("a: \xC0\xAF\n").message, HasSubstr("invalid UTF-8"));
  EXPECT_THAT(only_problem("a: \xED\xA0\x80\n").message, HasSubstr("invalid UTF-8"));
  EXPECT_THAT(only_problem("a: \xE2\x82").message, HasSubstr("invalid UTF-8"));
}

TEST(ScenarioHazards, ValidMultibyteUtf8IsAccepted) {
  const auto s = read_scenario(with("Drivers' union", "Профспілка водіїв — 工会 🚌"), "t.yaml");
  EXPECT_EQ(s.actors[0].name, "Профспілка водіїв — 工会 🚌");
}

TEST(ScenarioHazards, HundredThousandOpenBrackets) {
  const auto d = only_problem(std::string(100000, '['));
  EXPECT_EQ(d.line, 1);
  EXPECT_THAT(d.message, HasSubstr("unexpected end of input"));
}

TEST(ScenarioHazards, HundredThousandNestedBrackets) {
  // Valid JSON, so it passes the JSON check and reaches the YAML depth guard.
  const auto d = only_problem(std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_EQ(d.line, 1);
  EXPECT_THAT(d.message, HasSubstr("nested too deeply"));
}

TEST(ScenarioHazards, DeepBlockSequences) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "- ";
  text += "x\n";
  EXPECT_THAT(only_problem(text).message, HasSubstr("nested too deeply"));
}

TEST(ScenarioHazards, NestingBeyondSixtyFourLevels) {
  const std::string text = "parley: " + std::string(70, '[') + std::string(70, ']') + "\n";
  const auto d = only_problem(text);
  EXPECT_EQ(d.line, 1);
  EXPECT_THAT(d.message, HasSubstr("nested deeper than 64 levels"));
}

TEST(ScenarioHazards, AliasBomb) {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    const std::string prev = "*a" + std::to_string(i - 1);
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + prev;
    text += "]\n";
  }
  EXPECT_THAT(only_problem(text).message, HasSubstr("alias bomb"));
}

TEST(ScenarioHazards, HugeText) {
  const std::string text(std::size_t{16} * 1024 * 1024 + 1, ' ');
  const auto d = only_problem(text);
  EXPECT_THAT(d.message, HasSubstr("the limit is 16 MiB"));
}

class ScenarioFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("parley_io_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  static Diagnostic file_problem(const std::string& path) {
    try {
      read_scenario_file(path);
    } catch (const InputError& e) {
      EXPECT_EQ(e.diagnostics().size(), 1u);
      return e.diagnostics().front();
    }
    ADD_FAILURE() << "loaded " << path;
    return {};
  }
  std::filesystem::path dir_;
};

TEST_F(ScenarioFiles, ReadsAFile) {
  const auto path = write("ok.yaml", base_document());
  EXPECT_EQ(read_scenario_file(path).actors.size(), 2u);
}

TEST_F(ScenarioFiles, DiagnosticsNameTheFile) {
  const auto path = write("bad.yaml", with("salience: 0.9", "salience: 2"));
  const auto d = file_problem(path);
  EXPECT_EQ(d.file, path);
  EXPECT_EQ(d.line, 38);
}

TEST_F(ScenarioFiles, MissingFile) {
  const auto path = (dir_ / "nope.yaml").string();
  const auto d = file_problem(path);
  EXPECT_EQ(d.file, path);
  EXPECT_THAT(d.message, HasSubstr("no such file"));
}

TEST_F(ScenarioFiles, Directory) {
  const auto d = file_problem(dir_.string());
  EXPECT_EQ(d.file, dir_.string());
  EXPECT_THAT(d.message, HasSubstr("is a directory"));
}

TEST_F(ScenarioFiles, HugeFile) {
  const auto path = write("huge.yaml", std::string(std::size_t{17} * 1024 * 1024, '#'));
  const auto d = file_problem(path);
  EXPECT_EQ(d.file, path);
  EXPECT_THAT(d.message, HasSubstr("16 MiB"));
}

TEST_F(ScenarioFiles, EmptyFile) {
  const auto path = write("empty.yaml", "");
  EXPECT_THAT(file_problem(path).message, HasSubstr("the file is empty"));
}

}  // namespace
}  // namespace parley::io::testing
