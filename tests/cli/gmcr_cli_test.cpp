// `parley gmcr` and `parley import gmcr` as a user runs them: the embedded Elmira model, concepts
// chosen, JSON, a model file of one's own, located errors, a gmcr-py file read directly and
// imported, and tables that fit the terminal.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "run_parley.hpp"

namespace parley::test {
namespace {

namespace fs = std::filesystem;

void write_model(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::vector<int> ints(const nlohmann::json& list) {
  std::vector<int> out;
  for (const auto& x : list) out.push_back(x.get<int>());
  return out;
}

// Terminal columns of a UTF-8 line (every character here is one column wide).
std::size_t columns(const std::string& line) {
  std::size_t n = 0;
  for (const unsigned char c : line) n += (c & 0xC0) != 0x80;
  return n;
}

void expect_fits_100_columns(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(columns(line), 100u) << line;
}

std::string elmira() {
  return std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml";
}

// Elmira in its 12-state option form (examples/gmcr/elmira.yaml); its equilibria are
// classic.json's.
TEST(GmcrCli, ElmiraExample) {
  TempDir dir;
  const Outcome r = run_parley("gmcr " + elmira(), dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Elmira groundwater conflict"), std::string::npos);
  EXPECT_NE(r.out.find("Nash  5, 6, 7, 10, 11 and 12 (6 states)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("GMR   1, 4, 5, 6, 7, 10, 11 and 12 (8 states)"), std::string::npos);
  EXPECT_NE(r.out.find("state  modify  delay  accept  abandon  insist"), std::string::npos);
  EXPECT_NE(r.out.find("state 5 NNNYN (Nash, GMR, SMR, SEQ): Uniroyal Chemical: abandon its "
                       "Elmira plant"),
            std::string::npos)
      << r.out;
  expect_fits_100_columns(r.out);

  const Outcome j = run_parley("gmcr " + elmira() + " --json", dir.path());
  ASSERT_EQ(j.status, 0) << j.err;
  const auto json = nlohmann::json::parse(j.out);
  EXPECT_EQ(ints(json["equilibria"]["nash"]), (std::vector<int>{5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(ints(json["equilibria"]["gmr"]), (std::vector<int>{1, 4, 5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(ints(json["equilibria"]["smr"]), (std::vector<int>{1, 4, 5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(ints(json["equilibria"]["seq"]), (std::vector<int>{5, 6, 7, 10, 11, 12}));
  // classic.json: the local government is SEQ-stable at 2 and 3 but not at 1 or 4.
  EXPECT_EQ(ints(json["stability"]["seq"]["LG"]),
            (std::vector<int>{2, 3, 5, 6, 7, 8, 9, 10, 11, 12}));
  EXPECT_EQ(json["states"][0]["pattern"], "NYNNN");
  EXPECT_EQ(json["model"]["options"][0]["changes"], "only N to Y");
}

// The embedded model is the peace talks' (128 states): the tables list only the status quo and
// the equilibria, and say how to see all; the unique Nash equilibrium (worked out by hand in
// tests/analysis/gmcr_test.cpp) is the status quo, so its path is empty.
TEST(GmcrCli, EmbeddedPeaceTalks) {
  TempDir dir;
  const Outcome r = run_parley("gmcr --coalitions", dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Russia–Ukraine peace talks"), std::string::npos);
  EXPECT_NE(r.out.find("--all-states"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Status quo: state 33 NNNNNYN"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Reachable by unilateral improvements: only the status quo"),
            std::string::npos);
  EXPECT_NE(r.out.find("Coalition equilibria"), std::string::npos);
  EXPECT_NE(r.out.find("[000:7, 002:14, 003:50]"), std::string::npos);
  expect_fits_100_columns(r.out);
  const Outcome j = run_parley("gmcr --json", dir.path());
  ASSERT_EQ(j.status, 0) << j.err;
  const auto json = nlohmann::json::parse(j.out);
  EXPECT_EQ(json["states"].size(), 128u);
  EXPECT_EQ(ints(json["equilibria"]["nash"]), (std::vector<int>{33}));
  EXPECT_EQ(json["status_quo"]["state"], 33);
  const Outcome s = run_parley("gmcr " + elmira() + " --stabilize 1 --concept seq", dir.path());
  ASSERT_EQ(s.status, 0) << s.err;
  EXPECT_NE(s.out.find("1 swap of adjacent states"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("Local government (1 swap): now ranks 1 above 7"), std::string::npos)
      << s.out;
}

TEST(GmcrCli, OneConcept) {
  TempDir dir;
  const Outcome r = run_parley("gmcr " + elmira() + " --concept seq", dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("SEQ  5, 6, 7, 10, 11 and 12"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Nash "), std::string::npos) << r.out;
  const Outcome j = run_parley("gmcr " + elmira() + " --concept nash --json", dir.path());
  const auto json = nlohmann::json::parse(j.out);
  EXPECT_EQ(json["concepts"], nlohmann::json::array({"nash"}));
  EXPECT_FALSE(json["equilibria"].contains("gmr"));
  EXPECT_EQ(run_parley("gmcr --concept pareto", dir.path()).status, 2);
}

TEST(GmcrCli, OwnModelAndLocatedErrors) {
  TempDir dir;
  write_model(dir.path() / "chicken.yaml", R"(gmcr: 1
name: Chicken
decision_makers:
  - id: P1
    options: [swerve1]
    priorities: ["swerve1 | swerve2", swerve2, -swerve1]
  - id: P2
    options: [swerve2]
    priorities: ["swerve1 | swerve2", swerve1, -swerve2]
)");
  const Outcome r = run_parley("gmcr chicken.yaml --json", dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(ints(json["equilibria"]["nash"]), (std::vector<int>{2, 3}));  // classic.json
  EXPECT_EQ(ints(json["equilibria"]["gmr"]), (std::vector<int>{2, 3, 4}));

  write_model(dir.path() / "broken.yaml", R"(gmcr: 1
name: Broken
decision_makers:
  - id: P1
    options: [swerve1]
    priorities: [swerve3]
  - id: P2
    options: []
    priorities: [swerve1]
)");
  const Outcome bad = run_parley("gmcr broken.yaml", dir.path());
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.out, "");
  EXPECT_NE(bad.err.find("broken.yaml:8:14: decision_makers[1].options: decision maker 'P2' "
                         "controls no option"),
            std::string::npos)
      << bad.err;
  EXPECT_NE(bad.err.find("broken.yaml:6:18: decision_makers[0].priorities[0]: malformed "
                         "statement \"swerve3\": unknown option 'swerve3'"),
            std::string::npos)
      << bad.err;
  const Outcome missing = run_parley("gmcr nowhere.yaml", dir.path());
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err, "nowhere.yaml: no such file\n");
}

// A gmcr-py file written by hand: the chicken game again, with a manual ranking for P2.
const char* const kChickenGmcr = R"({"options": [{"name": "Swerve 1", "permittedDirection": "both"},
 {"name": "Swerve 2", "permittedDirection": "both"}],
 "decisionMakers": [
  {"name": "P1", "options": [0],
   "preferences": [{"compound": true, "members": [[[0, "Y"]], [[1, "Y"]]]}, [[1, "Y"]], [[0, "N"]]]},
  {"name": "P2", "options": [1],
   "preferences": [{"compound": true, "members": [[[0, "Y"]], [[1, "Y"]]]}, [[0, "Y"]], [[1, "N"]]],
   "misperceptions": [[[0, "Y"]]]}],
 "infeasibles": [], "useManualPreferenceRanking": false, "program": "gmcr-py", "version": "0.3.12"})";

TEST(GmcrCli, GmcrPyFilesReadAndImported) {
  TempDir dir;
  write_model(dir.path() / "chicken.gmcr", kChickenGmcr);
  const Outcome direct = run_parley("gmcr chicken.gmcr --json", dir.path());
  ASSERT_EQ(direct.status, 0) << direct.err;
  EXPECT_EQ(direct.err,
            "warning: chicken.gmcr: decision maker 'P2': misperceptions are left out "
            "(parley analyses the conflict as every decision maker sees it)\n");
  const auto read = nlohmann::json::parse(direct.out);
  EXPECT_EQ(ints(read["equilibria"]["nash"]), (std::vector<int>{2, 3}));

  const Outcome imported =
      run_parley("import gmcr chicken.gmcr -o models/chicken.yaml", dir.path());
  ASSERT_EQ(imported.status, 0) << imported.err;
  EXPECT_EQ(imported.out,
            "Wrote models/chicken.yaml: gmcr-py conflict chicken, 2 decision makers, 2 options, "
            "4 feasible states\n  warning: chicken.gmcr: decision maker 'P2': misperceptions are "
            "left out (parley analyses the conflict as every decision maker sees it)\n");
  const Outcome again = run_parley("gmcr models/chicken.yaml --json", dir.path());
  ASSERT_EQ(again.status, 0) << again.err;
  const auto json = nlohmann::json::parse(again.out);
  EXPECT_EQ(json["equilibria"], read["equilibria"]);
  EXPECT_EQ(json["stability"], read["stability"]);

  // Nothing is overwritten without --force; to stdout, the warnings go to stderr.
  EXPECT_EQ(run_parley("import gmcr chicken.gmcr -o models/chicken.yaml", dir.path()).status, 2);
  EXPECT_EQ(
      run_parley("import gmcr chicken.gmcr -o models/chicken.yaml --force", dir.path()).status, 0);
  const Outcome out = run_parley("import gmcr chicken.gmcr", dir.path());
  EXPECT_EQ(out.status, 0);
  EXPECT_EQ(out.out.rfind("gmcr: 1\nname: chicken\n", 0), 0u) << out.out;
  EXPECT_NE(out.err.find("misperceptions are left out"), std::string::npos);

  write_model(dir.path() / "bad.gmcr", "{\"options\": [], \"decisionMakers\": 3}");
  const Outcome bad = run_parley("import gmcr bad.gmcr", dir.path());
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.err.rfind("bad.gmcr:1:", 0), 0u) << bad.err;
}

}  // namespace
}  // namespace parley::test
