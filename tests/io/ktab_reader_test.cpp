// The readers of KTAB's CSV and XML: every example of ../shared/peers/ktab read in place (skipped
// when ../shared is absent), and malformed files written here, each problem located by file,
// line, column and field.

#include "parley/io/ktab_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/input_errors.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

const fs::path kKtabDir = fs::path(PARLEY_SHARED_DIR) / "peers" / "ktab";

using parley::testing::input_errors;

std::vector<Diagnostic> csv_errors(const std::string& text) {
  return input_errors([&] { read_ktab_csv(std::string_view(text), "in.csv"); });
}

std::vector<Diagnostic> xml_errors(const std::string& text) {
  return input_errors([&] { read_ktab_xml(std::string_view(text), "in.xml"); });
}

// ---- the examples, in place ----

class KtabExamples : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_directory(kKtabDir)) GTEST_SKIP() << "no " << kKtabDir.string();
  }
  static KtabScenario read(const std::string& file) {
    return read_ktab((kKtabDir / file).string());
  }
};

TEST_F(KtabExamples, EveryCsvReads) {
  struct Expected {
    const char* file;
    std::size_t actors;
    std::size_t dimensions;
  };
  for (const Expected& e :
       {Expected{"dummyData_3Dim.csv", 7, 3}, Expected{"dummyData_3Dim-no-final-comma.csv", 7, 3},
        Expected{"dummyData_6Dim.csv", 27, 6}, Expected{"dummyData-a040.csv", 40, 1},
        Expected{"dummyData-a080.csv", 80, 1}, Expected{"dummyData-a160.csv", 160, 1},
        Expected{"SOE-Policy.csv", 26, 1}, Expected{"SOE-Competitive.csv", 34, 1},
        Expected{"SOE-Pol-Comp.csv", 13, 2}}) {
    const KtabScenario s = read(e.file);
    EXPECT_EQ(s.model.actors.size(), e.actors) << e.file;
    ASSERT_EQ(s.model.dimensions.size(), e.dimensions) << e.file;
    for (const auto& dimension : s.model.dimensions) {
      EXPECT_EQ(dimension.low, 0.0);
      EXPECT_EQ(dimension.high, 100.0);
      EXPECT_FALSE(dimension.name.empty()) << e.file;
    }
    for (const auto& actor : s.model.actors) {
      double sum = 0;
      for (const double salience : actor.salience) sum += salience;
      EXPECT_GT(sum, 0.0) << e.file << " " << actor.name;
      EXPECT_LE(sum, 1.0 + 1e-12) << e.file << " " << actor.name;
    }
  }
}

TEST_F(KtabExamples, ThreeDimensionsAsWritten) {
  // SActor-00, Random Spatial Actor, 102.543, 75.79, 49.53,  6.37,  5.91, 70.45, 28.15,
  const KtabScenario s = read("dummyData_3Dim.csv");
  EXPECT_EQ(s.model.name, "DummyData_3Dim");
  EXPECT_EQ(s.description, "Dummy scenario to test reading format");
  EXPECT_EQ(s.model.dimensions[2].name, "Pstn3");
  const auto& a = s.model.actors[0];
  EXPECT_EQ(a.name, "SActor-00");
  EXPECT_EQ(a.description, "Random Spatial Actor");
  EXPECT_EQ(a.capability, 102.543);
  EXPECT_EQ(a.position, (std::vector<double>{75.79, 6.37, 70.45}));
  EXPECT_EQ(a.salience, (std::vector<double>{49.53 / 100, 5.91 / 100, 28.15 / 100}));
  EXPECT_TRUE(s.warnings.empty());
  // Without the final commas: the same model under another name.
  const KtabScenario t = read("dummyData_3Dim-no-final-comma.csv");
  EXPECT_EQ(t.model.name, "Scenario-0x89B9E56731783372");
  ASSERT_EQ(t.model.actors.size(), s.model.actors.size());
  for (std::size_t i = 0; i < s.model.actors.size(); ++i) {
    EXPECT_EQ(t.model.actors[i].position, s.model.actors[i].position);
    EXPECT_EQ(t.model.actors[i].salience, s.model.actors[i].salience);
    EXPECT_EQ(t.model.actors[i].capability, s.model.actors[i].capability);
  }
}

TEST_F(KtabExamples, SemicolonsInRowOneAndSpacesAfterCommas) {
  // China Policy/Competitive; scen 2,Scenario-0002;Combined Policy and Competitive, 13, 2,
  const KtabScenario s = read("SOE-Pol-Comp.csv");
  EXPECT_EQ(s.model.name, "China Policy/Competitive; scen 2");
  EXPECT_EQ(s.description, "Scenario-0002;Combined Policy and Competitive");
  EXPECT_EQ(s.model.dimensions[1].name, "Competitive Position");
  EXPECT_EQ(s.model.actors[12].name, "WY");
  EXPECT_EQ(s.model.actors[12].description, "CNOOC - Wang Yilin");
  EXPECT_EQ(s.model.actors[12].position, (std::vector<double>{15, 60}));
}

TEST_F(KtabExamples, ExtraFieldOfRowOneIsAWarning) {
  // Combined,All six dimensions of CDMP,27,6,0,,,,,,,,,, (with CRLF line ends)
  const KtabScenario s = read("dummyData_6Dim.csv");
  ASSERT_EQ(s.warnings.size(), 1u);
  EXPECT_EQ(s.warnings[0].line, 1);
  EXPECT_EQ(s.warnings[0].column, 42);
  EXPECT_NE(s.warnings[0].message.find("'0'"), std::string::npos);
  EXPECT_EQ(s.model.actors[26].name, "AA26");
}

TEST_F(KtabExamples, XmlGivesTheCsvModel) {
  const KtabScenario xml = read("dummyData_3Dim.xml");
  const KtabScenario csv = read("dummyData_3Dim.csv");
  EXPECT_EQ(xml.model.name, "DummyData_3Dim");
  EXPECT_EQ(xml.seed, 3707583219545544125ull);
  EXPECT_TRUE(xml.warnings.empty());
  ASSERT_EQ(xml.model.actors.size(), csv.model.actors.size());
  for (std::size_t k = 0; k < 3; ++k)
    EXPECT_EQ(xml.model.dimensions[k].name, csv.model.dimensions[k].name);
  for (std::size_t i = 0; i < csv.model.actors.size(); ++i) {
    EXPECT_EQ(xml.model.actors[i].name, csv.model.actors[i].name);
    EXPECT_EQ(xml.model.actors[i].capability, csv.model.actors[i].capability);
    EXPECT_EQ(xml.model.actors[i].position, csv.model.actors[i].position);
    EXPECT_EQ(xml.model.actors[i].salience, csv.model.actors[i].salience);
  }
}

TEST_F(KtabExamples, SmpExampleHasAnEmptyCoordinate) {
  // Alice's first <dCoord></dCoord> (line 32) holds no number; KTAB reads it as 0.
  const auto errors = input_errors([] { read_ktab((kKtabDir / "smpExample.xml").string()); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, (kKtabDir / "smpExample.xml").string());
  EXPECT_EQ(errors[0].line, 32);
  EXPECT_EQ(errors[0].field, "Actors.Alice.Position.dCoord[0]");
}

// ---- CSV written here ----

const std::string kCsvHead =
    "Demo,\"A demo, with a comma\",3,2,\n"
    "Actor,Description,Power,P1,S1,P2,S2,\n";

TEST(KtabCsv, ReadsAWellFormedFile) {
  const KtabScenario s = read_ktab_csv(std::string_view(kCsvHead + "A,first,10,0,50,100,50\n"
                                                                   "B,,20,25.5,10,50,0\n"
                                                                   "\n"
                                                                   "C,third,30,100,0,0,100\n"),
                                       "demo.csv");
  EXPECT_EQ(s.description, "A demo, with a comma");
  ASSERT_EQ(s.model.actors.size(), 3u);
  EXPECT_EQ(s.model.dimensions[1].name, "P2");
  EXPECT_EQ(s.model.actors[1].position, (std::vector<double>{25.5, 50}));
  EXPECT_EQ(s.model.actors[1].salience, (std::vector<double>{0.1, 0.0}));
  EXPECT_EQ(s.model.actors[2].capability, 30);
}

TEST(KtabCsv, RowOneMaySeparateWithSemicolons) {
  const KtabScenario s = read_ktab_csv(std::string_view("Demo;Desc;3;1\n"
                                                        "Actor,Description,Power,P,S\n"
                                                        "A,,1,10,10\nB,,1,20,10\nC,,1,30,10\n"),
                                       "semi.csv");
  EXPECT_EQ(s.model.name, "Demo");
  EXPECT_EQ(s.model.actors.size(), 3u);
}

TEST(KtabCsv, WrongCounts) {
  auto e = csv_errors("Demo,Desc,three,2\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].file, "in.csv");
  EXPECT_EQ(e[0].line, 1);
  EXPECT_EQ(e[0].column, 11);
  EXPECT_EQ(e[0].field, "actors");
  e = csv_errors("Demo,Desc,2,0\n");  // KTAB needs 3 actors and a dimension
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].field, "actors");
  EXPECT_EQ(e[1].field, "dimensions");
  e = csv_errors("Demo,Desc\n");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_NE(e[0].message.find("missing"), std::string::npos);
  // Fewer actor rows than row 1 says.
  e = csv_errors(kCsvHead + "A,,1,10,10,10,10\nB,,1,10,10,10,10\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 4);
  EXPECT_EQ(e[0].field, "actors");
  // More.
  e = csv_errors(kCsvHead + "A,,1,1,1,1,1\nB,,1,1,1,1,1\nC,,1,1,1,1,1\nD,,1,1,1,1,1\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 6);
}

TEST(KtabCsv, NonNumbers) {
  const auto e = csv_errors(kCsvHead + "A,,ten,1,1,1,1\nB,,1,x,1,1,1\nC,,1,1,1,1,1e999\n");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].line, 3);
  EXPECT_EQ(e[0].column, 4);
  EXPECT_EQ(e[0].field, "A.Power");
  EXPECT_EQ(e[1].line, 4);
  EXPECT_EQ(e[1].field, "B.P1");
  EXPECT_EQ(e[2].line, 5);
  EXPECT_EQ(e[2].field, "C.S2");  // not finite
}

TEST(KtabCsv, SaliencesOver100) {
  const auto e = csv_errors(kCsvHead + "A,,1,10,60,10,40.5\nB,,1,1,1,1,1\nC,,1,1,1,1,1\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 3);
  EXPECT_EQ(e[0].column, 15);
  EXPECT_EQ(e[0].field, "A.S2");
  EXPECT_NE(e[0].message.find("100.5"), std::string::npos);
}

TEST(KtabCsv, NegativeOrZeroPowerAndValuesOffTheScale) {
  const auto e = csv_errors(kCsvHead + "A,,-5,10,10,10,10\nB,,0,101,10,10,10\nC,,1,1,0,1,0\n");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].field, "A.Power");
  EXPECT_NE(e[0].message.find("negative"), std::string::npos);
  EXPECT_EQ(e[1].field, "B.Power");
  EXPECT_EQ(e[2].field, "B.P1");
  EXPECT_EQ(e[3].field, "C.S1");  // every salience 0
}

TEST(KtabCsv, MissingColumns) {
  auto e = csv_errors(kCsvHead + "A,,1,10,10,10\nB,,1,1,1,1,1\nC,,1,1,1,1,1,7\n");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].line, 3);
  EXPECT_EQ(e[0].field, "A.S2");
  EXPECT_EQ(e[1].line, 5);  // a field past the header's
  e = csv_errors("Demo,Desc,3,2\nActor,Description,Power,P1,S1\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 2);
  EXPECT_EQ(e[0].field, "header");
}

TEST(KtabCsv, EmptyOrUnreadable) {
  EXPECT_EQ(csv_errors("").size(), 1u);
  EXPECT_EQ(csv_errors(" , ,\n\n").size(), 1u);
  const auto e = csv_errors("\"Demo,Desc,3,2\n");
  ASSERT_FALSE(e.empty());
  EXPECT_EQ(e[0].line, 1);
  const auto missing = input_errors([] { read_ktab("/nonexistent/ktab.csv"); });
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].file, "/nonexistent/ktab.csv");
}

// ---- XML written here ----

std::string ktab_xml(const std::string& parameters, const std::string& first_position = "10",
                     const std::string& extra = "") {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<Scenario>\n  <name>Demo</name>\n  <desc>D</desc>\n"
      "  <prngSeed>42</prngSeed>\n" +
      parameters + "  <Dimensions><dName>X</dName></Dimensions>\n  <Actors>\n";
  for (int i = 0; i < 3; ++i)
    xml += "    <Actor><name>A" + std::to_string(i) +
           "</name><description/><capability>5</capability>\n"
           "      <Position><dCoord>" +
           (i == 0 ? first_position : "50") +
           "</dCoord></Position><Salience><dSal>80</dSal></Salience></Actor>\n";
  return xml + "  </Actors>\n" + extra + "</Scenario>\n";
}

const std::string kAllParameters =
    "  <ModelParameters><VictoryProbModel>Square</VictoryProbModel><PCEModel>MarkovIncentive"
    "</PCEModel><StateTransitions>Deterministic</StateTransitions><VotingRule>PropCbc</VotingRule>"
    "<BigRAdjust>Half</BigRAdjust><BigRRange>Max</BigRRange><ThirdPartyCommit>FullCommit"
    "</ThirdPartyCommit><InterVecBrgn>S1P1</InterVecBrgn><BargnModel>InitOnlyInterp</BargnModel>"
    "</ModelParameters>\n";

TEST(KtabXml, ModelParametersBecomeOptions) {
  const KtabScenario s = read_ktab_xml(std::string_view(ktab_xml(kAllParameters)), "p.xml");
  EXPECT_TRUE(s.warnings.empty());
  EXPECT_EQ(s.seed, 42u);
  EXPECT_EQ(s.options.victory_probability, forecast::VictoryProbability::square);
  EXPECT_EQ(s.options.election_model, forecast::ElectionModel::markov_incentive);
  EXPECT_EQ(s.options.voting_rule, forecast::VotingRule::proportional_cubic);
  EXPECT_EQ(s.options.risk_adjust, forecast::RiskAdjust::half);
  EXPECT_EQ(s.options.risk_range, forecast::RiskRange::max);
  EXPECT_EQ(s.options.third_party_commit, forecast::ThirdPartyCommit::full);
  EXPECT_EQ(s.options.bargain_weights, forecast::BargainWeights::s1p1);
  EXPECT_EQ(s.model.actors[0].salience, (std::vector<double>{0.8}));
  // Without ModelParameters: KTAB's defaults.
  const KtabScenario d = read_ktab_xml(std::string_view(ktab_xml("")), "d.xml");
  EXPECT_EQ(d.options.voting_rule, forecast::VotingRule::proportional);
  EXPECT_EQ(d.options.bargain_weights, forecast::BargainWeights::s2p2);
}

TEST(KtabXml, UnsupportedParametersAreLocatedWarnings) {
  std::string parameters = kAllParameters;
  parameters.replace(parameters.find("Deterministic"), 13, "Stochastic");
  parameters.replace(parameters.find("InitOnlyInterp"), 14, "PWCompInterp");
  const KtabScenario s = read_ktab_xml(
      std::string_view(ktab_xml(parameters, "10",
                                "  <IdealAdjustment><iaPair><adjustingIdeal>A0</adjustingIdeal>"
                                "<referencePos>A1</referencePos><adjust>0.2</adjust></iaPair>"
                                "</IdealAdjustment>\n")),
      "w.xml");
  ASSERT_EQ(s.warnings.size(), 3u);
  EXPECT_EQ(s.warnings[0].field, "ModelParameters.StateTransitions");
  EXPECT_EQ(s.warnings[0].line, 6);
  EXPECT_EQ(s.warnings[1].field, "ModelParameters.BargnModel");
  EXPECT_EQ(s.warnings[2].field, "IdealAdjustment");
  EXPECT_EQ(s.warnings[2].line, 16);
}

TEST(KtabXml, UnknownOrMissingParametersAreErrors) {
  std::string parameters = kAllParameters;
  parameters.replace(parameters.find("PropCbc"), 7, "Majority");
  parameters.erase(parameters.find("<BigRRange>"),
                   std::string("<BigRRange>Max</BigRRange>").size());
  const auto e = xml_errors(ktab_xml(parameters));
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].field, "ModelParameters.BigRRange");
  EXPECT_EQ(e[1].field, "ModelParameters.VotingRule");
  EXPECT_NE(e[1].message.find("Majority"), std::string::npos);
}

TEST(KtabXml, ValuesAreCheckedAsInTheCsv) {
  auto e = xml_errors(ktab_xml("", "150"));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 9);
  EXPECT_EQ(e[0].field, "Actors.A0.Position.dCoord[0]");
  e = xml_errors(ktab_xml("", "10</dCoord><dCoord>20"));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].field, "Actors.A0.Position");
  e = xml_errors("<Scenario><name>x</name>");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].message.find("malformed XML"), std::string::npos);
  e = xml_errors("<Other/>");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].line, 1);
}

}  // namespace
}  // namespace parley::io
