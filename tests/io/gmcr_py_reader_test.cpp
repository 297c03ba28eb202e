// gmcr-py's saved conflicts (.gmcr): small files written here by hand, their options put in model
// order, their conditions read as statements, preferences by prioritization and by manual
// ranking, what is left out said as warnings, problems located by line and field, and the model
// file written from them read back as the same model.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gmcr_test_support.hpp"
#include "parley/io/gmcr_py_reader.hpp"
#include "parley/io/gmcr_writer.hpp"

namespace parley::test::gmcr_py_test {
namespace {

using namespace gmcr_support;
using io::GmcrModelFile;

// Two countries. The file lists Strike (B's, may only be started), Talk (A's) and Sanction (B's,
// may only be lifted); gmcr-py orders options by decision maker, so the model's order is talk,
// strike, sanction. Talking and striking exclude each other, which leaves 6 of the 8 patterns:
//   1 NNN, 2 YNN, 3 NYN, 4 NNY, 5 YNY, 6 NYY   (talk, strike, sanction)
// A wants no strike (weight 2), then no sanction without talks, or talks under sanction (1):
//   A: 1 2+1=3, 2 2+0=2, 3 0+1=1, 4 2+0=2, 5 2+1=3, 6 0+0=0
// B wants to sanction (2), then talks (1); its second condition is the first again, which gmcr-py
// drops:  B: 1 0, 2 1, 3 0, 4 2, 5 3, 6 2.
// Moves: A toggles talk: 1↔2, 4↔5. B, with strike only N→Y and sanction only Y→N: 1→3, 4→1,
// 4→3, 4→6, 6→3, 5→2.
// Nash: A improves 2→1 (3 > 2) and 4→5 (3 > 2); B has no improvement: {1, 3, 5, 6}.
// GMR: from 1 B moves to 3 (A: 1 ≤ 2), from 5 B moves to 2 (A: 2 ≤ 2): 2 and 4 are sanctioned,
//   every state is GMR-stable.
// SMR: from 3 A cannot move, so 2 stays sanctioned; from 2 A escapes to 1 (3 > 2), so 4 is not:
//   {1, 2, 3, 5, 6}.
// SEQ: neither sanction is an improvement for B (1→3: 0 to 0; 5→2: 3 to 1): {1, 3, 5, 6}.
const char* const kTwoCountries = R"({
  "options": [
    {"name": "Strike", "permittedDirection": "fwd"},
    {"name": "Talk", "permittedDirection": "both"},
    {"name": "Sanction", "permittedDirection": "back"}
  ],
  "decisionMakers": [
    {"name": "Country A", "options": [1],
     "preferences": [[[0, "N"]],
                     {"compound": true, "members": [[[2, "N"], [1, "N"]], [[1, "Y"], [2, "Y"]]]}],
     "misperceptions": [[[2, "Y"]]]},
    {"name": "Country B", "options": [0, 2],
     "preferences": [[[2, "Y"]], [[2, "Y"]], [[1, "Y"]]]}
  ],
  "infeasibles": [[[0, "Y"], [1, "Y"]]],
  "useManualPreferenceRanking": false,
  "coalitions": [[0, 1]],
  "program": "gmcr-py",
  "version": "0.3.12"
}
)";

TEST(GmcrPyReader, ReadsATwoCountryConflict) {
  const GmcrModelFile file = io::read_gmcr_py(kTwoCountries, "files/two-countries.gmcr");
  EXPECT_EQ(file.name, "two-countries");
  ASSERT_EQ(file.options.size(), 3u);
  EXPECT_EQ(file.options[0],
            (io::GmcrOptionSpec{"talk", "Talk", 0, gmcr::Reversibility::reversible}));
  EXPECT_EQ(file.options[1],
            (io::GmcrOptionSpec{"strike", "Strike", 1, gmcr::Reversibility::only_take}));
  EXPECT_EQ(file.options[2],
            (io::GmcrOptionSpec{"sanction", "Sanction", 1, gmcr::Reversibility::only_withdraw}));
  EXPECT_EQ(file.decision_makers[0].id, "country_a");
  EXPECT_EQ(file.decision_makers[1].name, "Country B");
  EXPECT_EQ(patterns_of(file.model),
            (std::vector<std::string>{"NNN", "YNN", "NYN", "NNY", "YNY", "NYY"}));
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{3, 2, 1, 2, 3, 0}));
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{0, 1, 0, 2, 3, 2}));
  EXPECT_EQ(equilibria_of(file.model),
            (Equilibria{{1, 3, 5, 6}, {1, 2, 3, 4, 5, 6}, {1, 2, 3, 5, 6}, {1, 3, 5, 6}}));
  // The duplicate condition, the misperceptions and the coalition.
  ASSERT_EQ(file.warnings.size(), 3u);
  EXPECT_NE(file.warnings[0].find("misperceptions are left out"), std::string::npos);
  EXPECT_NE(file.warnings[1].find("coalitions are left out"), std::string::npos);
  EXPECT_NE(file.warnings[2].find("decisionMakers[1].preferences[1]: the same condition"),
            std::string::npos)
      << file.warnings[2];
}

// A ranking by hand (older files: useManualPreferenceVectors and preferenceVector), ties in
// lists; state numbers as gmcr-py gives them, which are parley's.
TEST(GmcrPyReader, ManualRankings) {
  const char* text = R"({"useManualPreferenceVectors": true,
 "options": [{"name": "Go", "permittedDirection": "both"},
             {"name": "Stay", "permittedDirection": "both"}],
 "decisionMakers": [
   {"name": "First", "options": [0], "preferences": [], "preferenceVector": [[1, 4], 3, 2]},
   {"name": "Second", "options": [1], "preferences": [], "preferenceRanking": [4, 3, 2, 1]}],
 "infeasibles": []})";
  const GmcrModelFile file = io::read_gmcr_py(text, "ranked.gmcr");
  EXPECT_EQ(file.decision_makers[0].preference, io::GmcrPreferenceKind::ranking);
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{3, 1, 2, 3}));
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{1, 2, 3, 4}));
}

TEST(GmcrPyReader, ProblemsAreLocated) {
  // An option nobody controls, an option index out of range, a ranking that misses a state.
  auto p = gmcr_py_problems(R"({"options": [{"name": "A", "permittedDirection": "both"},
  {"name": "B", "permittedDirection": "sideways"},
  {"name": "C", "permittedDirection": "both"}],
 "decisionMakers": [{"name": "X", "options": [0], "preferences": [[[5, "Y"]]]},
                    {"name": "Y", "options": [1], "preferences": []}],
 "infeasibles": []})");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].line, 2);
  EXPECT_EQ(p[0].field, "options[1].permittedDirection");
  EXPECT_EQ(p[1].line, 3);
  EXPECT_EQ(p[1].field, "options[2]");
  EXPECT_EQ(p[1].message, "options[2] ('C') is controlled by no decision maker");
  EXPECT_EQ(p[2].line, 4);
  EXPECT_EQ(p[2].field, "decisionMakers[0].preferences[0][0][0]");
  EXPECT_EQ(p[2].message, "expected an integer from 0 to 2, got 5");

  p = gmcr_py_problems(R"({"useManualPreferenceRanking": true,
 "options": [{"name": "A", "permittedDirection": "both"}, {"name": "B", "permittedDirection": "both"}],
 "decisionMakers": [{"name": "X", "options": [0], "preferences": [], "preferenceRanking": [1, 2, 3]},
                    {"name": "Y", "options": [1], "preferences": [], "preferenceRanking": [1, 2, 3, 4]}],
 "infeasibles": []})");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].field, "decisionMakers[0].preferenceRanking");
  EXPECT_EQ(p[0].message,
            "the ranking leaves out state 4 (YY): every feasible state is ranked once");

  // An option listed twice, by its decision maker and by another (a fuzzing finding: the first
  // read past the end of the decision makers read so far).
  p = gmcr_py_problems(R"({"options": [{"name": "A", "permittedDirection": "both"}],
 "decisionMakers": [{"name": "X", "options": [0, 0], "preferences": []},
                    {"name": "Y", "options": [0], "preferences": []}]})");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].message, "options[0] ('A') is listed twice");
  EXPECT_EQ(p[1].message,
            "options[0] ('A') is already controlled by 'X': an option has one decision maker");

  p = gmcr_py_problems("{\"options\": [\n  {\"name\": \"A\",]\n}");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 2);

  p = gmcr_py_problems(R"({"options": [], "infeasibles": []})");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].message, "missing 'decisionMakers': not a gmcr-py conflict file");
}

// The model file written from a .gmcr file reads back as the same model (statements, rules, ids).
TEST(GmcrPyReader, WrittenModelFileReadsBackTheSame) {
  const GmcrModelFile imported = io::read_gmcr_py(kTwoCountries, "two-countries.gmcr");
  const std::string yaml = io::write_gmcr_model(imported);
  const GmcrModelFile again = io::read_gmcr_model(yaml, "two-countries.yaml");
  EXPECT_EQ(again.options, imported.options);
  EXPECT_EQ(again.decision_makers, imported.decision_makers);
  EXPECT_EQ(again.feasibility, imported.feasibility);
  EXPECT_EQ(again.model.states, imported.model.states);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(again.model.decision_makers[i].payoff, imported.model.decision_makers[i].payoff);
  }
  EXPECT_NE(yaml.find("\"-sanction & -talk | talk & sanction\""), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("\"strike & talk\""), std::string::npos) << yaml;
}

}  // namespace
}  // namespace parley::test::gmcr_py_test
