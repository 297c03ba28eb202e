// GMCR model files (docs/gmcr.md, "The model file"): preferences by option prioritization worked
// out by hand, the option-form conflicts of ../shared/peers/gmcr/classic.json written as model
// files (their equilibria transcribed from classic.json, and checked against the file itself,
// decision maker by decision maker, when ../shared is there), every kind of error located by file,
// line, column and field, and the writer's round trip.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gmcr_test_support.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/option_statements.hpp"
#include "parley/io/detail/gmcr_read.hpp"
#include "parley/io/gmcr_reader.hpp"
#include "parley/io/gmcr_writer.hpp"

namespace parley::test::gmcr_reader_test {
namespace {

using namespace gmcr_support;
using io::GmcrModelFile;

// ---- option prioritization, by hand ----

// The Prisoner's Dilemma with one option per prisoner, "cooperate". States in GMCR+'s order (option
// 1 the lowest bit): 1 NN = both defect, 2 YN = P1 cooperates alone, 3 NY = P2 alone, 4 YY = both.
// P1 wants first that P2 cooperates (weight 2), then not to cooperate itself (weight 1):
//   NN 0+1 = 1, YN 0+0 = 0, NY 2+1 = 3, YY 2+0 = 2,
// which orders the states as classic.json's payoffs do (DC 4 > CC 3 > DD 2 > CD 1), and equals its
// payoffs of gmcr-py's Prisoners.gmcr for Prisoner One, [1, 0, 3, 2].
const char* const kPrisonersDilemma = R"(gmcr: 1
name: Prisoner's Dilemma
decision_makers:
  - id: P1
    options: [c1]
    priorities: [c2, -c1]
  - id: P2
    options: [c2]
    priorities: [c1, -c2]
)";

TEST(GmcrPrioritization, PrisonersDilemmaByHand) {
  const GmcrModelFile file = read_yaml(kPrisonersDilemma);
  EXPECT_EQ(patterns_of(file.model), (std::vector<std::string>{"NN", "YN", "NY", "YY"}));
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{1, 0, 3, 2}));
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{1, 3, 0, 2}));
  // classic.json: Nash {DD}; GMR, SMR, SEQ {DD, CC}.
  EXPECT_EQ(equilibria_of(file.model), (Equilibria{{1}, {1, 4}, {1, 4}, {1, 4}}));
}

// Chicken with "or": each player wants first that somebody swerves (c1 | c2, weight 4), then that
// the other swerves (2), then not to swerve itself (1). P1: NN 0+0+1 = 1, YN 4+0+0 = 4,
// NY 4+2+1 = 7, YY 4+2+0 = 6 — DC > CC > CD > DD, classic.json's order.
TEST(GmcrPrioritization, ChickenByHand) {
  const GmcrModelFile file = read_yaml(R"(gmcr: 1
name: Chicken
decision_makers:
  - id: P1
    options: [c1]
    priorities: ["c1 | c2", c2, -c1]
  - id: P2
    options: [c2]
    priorities: ["c1 | c2", c1, -c2]
)");
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{1, 4, 7, 6}));
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{1, 7, 4, 6}));
  // classic.json: Nash {CD, DC}; GMR, SMR {CD, DC, CC}; SEQ {CD, DC}.
  EXPECT_EQ(equilibria_of(file.model), (Equilibria{{2, 3}, {2, 3, 4}, {2, 3, 4}, {2, 3}}));
}

// "x IF y" holds unless y holds and x does not; '-' binds tightest, then '&', '|', IF.
TEST(GmcrPrioritization, StatementsHoldAsTheirLogicSays) {
  const GmcrModelFile file = read_yaml(R"(gmcr: 1
name: Statements
decision_makers:
  - id: A
    options: [a, b]
    priorities: ["a IF b"]
  - id: B
    options: [c]
    priorities: ["-a & b | c", "-(a | b) IF 3", "1 & -2"]
)");
  // States NNN, YNN, NYN, YYN, NNY, YNY, NYY, YYY (a, b, c; a the lowest bit).
  // a IF b: false only where b is taken and a is not (NYN, NYY).
  EXPECT_EQ(file.model.decision_makers[0].payoff,
            (std::vector<std::int64_t>{1, 1, 0, 1, 1, 1, 0, 1}));
  // (-a & b) | c: NYN and every state with c. -(a | b) IF c: false where c and (a or b). a & -b:
  // YNN, YNY. Weights 4, 2, 1.
  //   NNN 0+2+0, YNN 0+2+1, NYN 4+2+0, YYN 0+2+0, NNY 4+2+0, YNY 4+0+1, NYY 4+0+0, YYY 4+0+0
  EXPECT_EQ(file.model.decision_makers[1].payoff,
            (std::vector<std::int64_t>{2, 3, 6, 2, 6, 5, 4, 4}));
}

// The Elmira conflict (12-state option form) stated by option prioritization: the embedded
// example. By hand, for MoE (accept 8, -abandon 4, -modify IF -abandon 2, modify xor insist IF
// -abandon 1): state 1 NYNNN 0+4+2+0 = 6, state 9 NNYNY 8+4+2+1 = 15, and every state with
// abandon 0+0+2+1 = 3 (the conditions hold vacuously), below every other state. The order of the
// sums is classic.json's ranking of this model (its payoffs, dense ranks from the least preferred)
// for all three decision makers.
TEST(GmcrPrioritization, ElmiraGivesClassicRankings) {
  const GmcrModelFile file = io::load_elmira_gmcr_model();
  ASSERT_EQ(file.model.states.size(), 12u);
  EXPECT_EQ(patterns_of(file.model),
            (std::vector<std::string>{"NYNNN", "YYNNN", "NNYNN", "YNYNN", "NNNYN", "YNNYN", "NYNNY",
                                      "YYNNY", "NNYNY", "YNYNY", "NNNYY", "YNNYY"}));
  const auto& moe = file.model.decision_makers[0].payoff;
  EXPECT_EQ(moe[0], 6);
  EXPECT_EQ(moe[8], 15);
  EXPECT_EQ(moe[4], 3);
  EXPECT_EQ(order_of(moe), (std::vector<int>{4, 3, 8, 7, 1, 1, 5, 2, 9, 6, 1, 1}));
  EXPECT_EQ(order_of(file.model.decision_makers[1].payoff),
            (std::vector<int>{9, 4, 3, 8, 5, 5, 6, 1, 2, 7, 5, 5}));
  EXPECT_EQ(order_of(file.model.decision_makers[2].payoff),
            (std::vector<int>{6, 2, 8, 3, 1, 1, 7, 4, 9, 5, 1, 1}));
  EXPECT_EQ(equilibria_of(file.model), (Equilibria{{5, 6, 7, 10, 11, 12},
                                                   {1, 4, 5, 6, 7, 10, 11, 12},
                                                   {1, 4, 5, 6, 7, 10, 11, 12},
                                                   {5, 6, 7, 10, 11, 12}}));
}

TEST(GmcrPrioritization, RankingsWithTiesAndPatterns) {
  const GmcrModelFile file = read_yaml(R"(gmcr: 1
name: Ranked
decision_makers:
  - id: A
    options: [a]
    ranking: [NY, [YY, 1], YN]
  - id: B
    options: [b]
    ranking: ["-Y", 1, 2]
)");
  // A: NY best (3), then YY and NN tied (2), YN last (1).
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{2, 1, 3, 2}));
  // B: "-Y" is every state with b (NY, YY), tied first.
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{2, 1, 3, 3}));
}

// ---- classic.json's option-form cases as model files ----

struct ClassicCase {
  const char* name;  // in classic.json
  const char* yaml;
  Equilibria expected;  // transcribed from classic.json
};

const ClassicCase kClassicCases[] = {
    {"gmcr-py Examples/Elmira.gmcr",
     R"(gmcr: 1
name: Elmira (12 states)
decision_makers:
  - id: MoE
    options: [{id: modify, irreversible: only_take}]
    payoffs: [4, 3, 8, 7, 1, 1, 5, 2, 9, 6, 1, 1]
  - id: Uniroyal
    options:
      - {id: delay, irreversible: only_withdraw}
      - accept
      - {id: abandon, irreversible: only_take}
    payoffs: [9, 4, 3, 8, 5, 5, 6, 1, 2, 7, 5, 5]
  - id: LG
    options: [insist]
    payoffs: [6, 2, 8, 3, 1, 1, 7, 4, 9, 5, 1, 1]
feasibility:
  mutually_exclusive: [[delay, accept, abandon]]
  at_least_one: [[delay, accept, abandon]]
)",
     {{5, 6, 7, 10, 11, 12},
      {1, 4, 5, 6, 7, 10, 11, 12},
      {1, 4, 5, 6, 7, 10, 11, 12},
      {5, 6, 7, 10, 11, 12}}},
    {"gmcr-py Examples/Cuban.gmcr",
     R"(gmcr: 1
name: Cuban missile crisis
decision_makers:
  - id: US
    options: [{id: air_strike, irreversible: only_take}, blockade]
    payoffs: [131, 133, 134, 132, 480, 420, 452, 388, 0, 20, 12, 28]
  - id: USSR
    options: [withdraw, escalate]
    payoffs: [252, 236, 242, 226, 248, 237, 244, 228, 4, 68, 32, 96]
feasibility:
  infeasible: ["--YY"]
)",
     {{6}, {1, 2, 3, 5, 6, 7, 8}, {1, 2, 3, 5, 6, 7, 8}, {5, 6, 7}}},
    {"gmcr-py Examples/SyriaIraq.gmcr",
     R"(gmcr: 1
name: Syria and Iraq
decision_makers:
  - id: Syria
    options: [release_water, escalate]
    payoffs: [11, 2, 7, 1, 0, 5]
  - id: Iraq
    options: [attack]
    payoffs: [2, 16, 0, 8, 1, 4]
feasibility:
  infeasible: [YY-]
)",
     {{6}, {1, 6}, {6}, {6}}},
    // Garrison Diversion: US support takes exactly one of full, reduced and appease, the IJC
    // exactly one of its four recommendations; full funding only with the legal challenge,
    // appeasement never with it; Lonetree and suspension only with the treaty challenge; the
    // IJC's reduced plan with full funding only with the treaty challenge.
    {"gmcr-py Examples/Garrison.gmcr",
     R"(gmcr: 1
name: Garrison Diversion
decision_makers:
  - id: US_support
    options: [full, reduced, appease]
    payoffs: [19, 19, 21, 18, 17, 17, 20, 16, 15, 11, 13, 14, 10, 9, 12, 7, 8, 6, 5, 3, 4, 2, 1]
  - id: US_opposition
    options: [legal_challenge]
    payoffs: [1, 17, 7, 12, 2, 17, 8, 13, 3, 17, 14, 4, 17, 9, 15, 5, 17, 10, 16, 6, 17, 11, 16]
  - id: Canadian_opposition
    options: [treaty_challenge]
    payoffs: [8, 10, 2, 9, 6, 6, 1, 7, 13, 13, 14, 11, 11, 3, 12, 15, 15, 4, 16, 17, 17, 5, 18]
  - id: IJC
    options: [ijc_full, ijc_reduced, lonetree, suspend]
    ranking: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]]
feasibility:
  infeasible:
    - appease & legal_challenge
    - full & ijc_reduced & -treaty_challenge
  mutually_exclusive:
    - [full, reduced, appease]
    - [ijc_full, ijc_reduced, lonetree, suspend]
  at_least_one:
    - [full, reduced, appease]
    - [ijc_full, ijc_reduced, lonetree, suspend]
  requires:
    full: legal_challenge
    lonetree: [treaty_challenge]
    suspend: [treaty_challenge]
)",
     {{2, 3, 11, 17, 18, 21, 22},
      {2, 3, 4, 6, 8, 10, 11, 13, 14, 15, 17, 18, 19, 21, 22},
      {2, 3, 4, 6, 8, 10, 11, 13, 14, 15, 17, 18, 19, 21, 22},
      {2, 3, 11, 17, 18, 21, 22}}},
};

TEST(GmcrClassicCases, EquilibriaAsInClassicJson) {
  for (const ClassicCase& c : kClassicCases) {
    const GmcrModelFile file = read_yaml(c.yaml, c.name);
    EXPECT_EQ(equilibria_of(file.model), c.expected) << c.name;
  }
}

TEST(GmcrClassicCases, GarrisonRulesGenerateItsStates) {
  const GmcrModelFile file = read_yaml(kClassicCases[3].yaml);
  const std::vector<std::string> patterns = patterns_of(file.model);
  ASSERT_EQ(patterns.size(), 23u);
  EXPECT_EQ(patterns[0], "NYNNNYNNN");   // classic.json's state 1
  EXPECT_EQ(patterns[13], "YNNYYNYNN");  // 14
  EXPECT_EQ(patterns[22], "NYNYYNNNY");  // 23
}

// With ../shared: every decision maker's stable states under every concept, and the states
// themselves, as classic.json gives them.
TEST(GmcrClassicCases, EveryDecisionMakerAsInClassicJson) {
  const auto path = std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "gmcr" / "classic.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "needs ../shared/peers/gmcr/classic.json";
  const auto classic = nlohmann::ordered_json::parse(std::ifstream(path));
  const std::map<std::string, gmcr::SolutionConcept> concepts{{"Nash", gmcr::SolutionConcept::nash},
                                                              {"GMR", gmcr::SolutionConcept::gmr},
                                                              {"SMR", gmcr::SolutionConcept::smr},
                                                              {"SEQ", gmcr::SolutionConcept::seq}};
  int checked = 0;
  for (const ClassicCase& c : kClassicCases) {
    const GmcrModelFile file = read_yaml(c.yaml, c.name);
    const gmcr::Stability st = stability_of(file.model);
    for (const auto& entry : classic.at("models")) {
      if (entry.at("name") != c.name) continue;
      const auto patterns = patterns_of(file.model);
      for (const auto& [number, pattern] : entry.at("states").items()) {
        EXPECT_EQ(patterns.at(std::stoul(number) - 1), pattern.get<std::string>()) << c.name;
      }
      std::vector<std::string> dms;
      for (const auto& [dm, options] : entry.at("dm_options").items()) dms.push_back(dm);
      for (const auto& [name, concept_] : concepts) {
        const auto& result = entry.at("results").at(name);
        for (std::size_t i = 0; i < dms.size(); ++i) {
          std::vector<std::size_t> expected;
          for (const auto& s : result.at("per_dm_stable").at(dms[i])) {
            expected.push_back(std::stoul(s.get<std::string>()));
          }
          EXPECT_EQ(numbered(st.stable_for(concept_, i)), expected)
              << c.name << " " << name << " " << dms[i];
        }
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, 4);
}

// ---- errors, each located ----

// The Prisoner's Dilemma with `replace` put in for `find`.
std::string pd_with(const std::string& find, const std::string& replace) {
  std::string text = kPrisonersDilemma;
  const auto at = text.find(find);
  EXPECT_NE(at, std::string::npos) << find;
  return text.replace(at, find.size(), replace);
}

TEST(GmcrReaderErrors, UnknownOptionInAStatement) {
  const auto p = yaml_problems(pd_with("priorities: [c2, -c1]", "priorities: [c2, -cl]"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].file, "model.yaml");
  EXPECT_EQ(p[0].line, 6);
  EXPECT_EQ(p[0].column, 22);
  EXPECT_EQ(p[0].field, "decision_makers[0].priorities[1]");
  EXPECT_NE(p[0].message.find("unknown option 'cl'"), std::string::npos) << p[0].message;
  EXPECT_NE(p[0].message.find("did you mean 'c1'?"), std::string::npos) << p[0].message;
}

TEST(GmcrReaderErrors, UnknownOptionInARule) {
  const auto p = yaml_problems(std::string(kPrisonersDilemma) +
                               "feasibility:\n  mutually_exclusive: [[c1, c3]]\n"
                               "  requires: {c2: c4}\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].line, 11);
  EXPECT_EQ(p[0].field, "feasibility.mutually_exclusive[0][1]");
  EXPECT_NE(p[0].message.find("unknown option 'c3'"), std::string::npos) << p[0].message;
  EXPECT_EQ(p[1].line, 12);
  EXPECT_EQ(p[1].field, "feasibility.requires.c2");
  EXPECT_NE(p[1].message.find("unknown option 'c4'"), std::string::npos) << p[1].message;
}

TEST(GmcrReaderErrors, MalformedStatements) {
  struct Case {
    const char* statement;
    const char* message;
  };
  for (const Case& c : {
           Case{"c2 &", "the statement ends where an option was expected (character 5)"},
           Case{"(c2 | c1", "a '(' without its ')' (character 9)"},
           Case{"c2 | c1)", "a ')' without its '(' (character 8)"},
           Case{"c1 IF c2 IF c1", "a second IF"},
           Case{"c1 c2", "expected '&', '|' or IF here (character 4)"},
           Case{"c1 + c2", "'+' is not part of a statement"},
           Case{"& c1", "expected an option, '-' or '(' here (character 1)"},
           Case{"3", "option 3 does not exist (2 options, numbered from 1)"},
       }) {
    const auto p = yaml_problems(
        pd_with("priorities: [c2, -c1]", std::string("priorities: [\"") + c.statement + "\"]"));
    ASSERT_EQ(p.size(), 1u) << c.statement;
    EXPECT_EQ(p[0].line, 6);
    EXPECT_EQ(p[0].field, "decision_makers[0].priorities[0]");
    EXPECT_NE(p[0].message.find("malformed statement"), std::string::npos) << p[0].message;
    EXPECT_NE(p[0].message.find(c.message), std::string::npos) << p[0].message;
  }
}

TEST(GmcrReaderErrors, StatementsNestedTooDeeply) {
  const std::string deep = std::string(150, '-') + "c1";
  auto p = yaml_problems(pd_with("priorities: [c2, -c1]", "priorities: [\"" + deep + "\"]"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].message.find("nested more than 100 levels deep"), std::string::npos)
      << p[0].message;
  const std::string parens = std::string(150, '(') + "c1" + std::string(150, ')');
  p = yaml_problems(pd_with("priorities: [c2, -c1]", "priorities: [\"" + parens + "\"]"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].message.find("nested more than 100 levels deep"), std::string::npos);
  // 100 levels are fine.
  EXPECT_NO_THROW(read_yaml(
      pd_with("priorities: [c2, -c1]", "priorities: [\"" + std::string(100, '-') + "c1\"]")));
}

TEST(GmcrReaderErrors, RuleThatLeavesNoFeasibleState) {
  // The second rule removes what the first left.
  auto p = yaml_problems(std::string(kPrisonersDilemma) +
                         "feasibility:\n  infeasible:\n    - c1\n    - \"-c1\"\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 13);
  EXPECT_EQ(p[0].column, 7);
  EXPECT_EQ(p[0].field, "feasibility.infeasible[1]");
  EXPECT_EQ(p[0].message, "this rule leaves no feasible state (with the rules before it)");
  // A rule that leaves nothing by itself; rules are taken in the order infeasible,
  // mutually_exclusive, at_least_one, requires.
  p = yaml_problems(std::string(kPrisonersDilemma) +
                    "feasibility:\n  mutually_exclusive: [[c1, c2]]\n  requires: {c1: c2}\n"
                    "  at_least_one: [[c1]]\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].field, "feasibility.requires.c1");
  EXPECT_EQ(p[0].line, 12);
}

TEST(GmcrReaderErrors, RankingThatMissesOrRepeatsStates) {
  auto p = yaml_problems(pd_with("priorities: [c1, -c2]", "ranking: [NN, YN, [NY]]"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 9);
  EXPECT_EQ(p[0].column, 14);
  EXPECT_EQ(p[0].field, "decision_makers[1].ranking");
  EXPECT_EQ(p[0].message,
            "the ranking leaves out state 4 (YY): every feasible state is ranked once");
  p = yaml_problems(pd_with("priorities: [c1, -c2]", "ranking: [NN, YN, NY, YY, [2, 1]]"));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "decision_makers[1].ranking[4][0]");
  EXPECT_EQ(p[0].message, "state 2 (YN) ranked twice (first by decision_makers[1].ranking[1])");
  EXPECT_EQ(p[1].field, "decision_makers[1].ranking[4][1]");
  p = yaml_problems(pd_with("priorities: [c1, -c2]", "ranking: [NN, YN, NY, YY, 5, YNN]"));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].message, "expected an integer from 1 to 4, got 5");
  EXPECT_NE(p[1].message.find("has 3 letters"), std::string::npos) << p[1].message;
}

TEST(GmcrReaderErrors, DecisionMakerWithoutOptions) {
  const auto p = yaml_problems(pd_with("options: [c1]", "options: []"));
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].line, 5);
  EXPECT_EQ(p[0].field, "decision_makers[0].options");
  EXPECT_EQ(p[0].message, "decision maker 'P1' controls no option: give it at least one");
}

TEST(GmcrReaderErrors, EveryProblemOfAFileAtOnce) {
  const auto p = yaml_problems(R"(gmcr: 1
name: Broken
decision_makers:
  - id: A
    options: [a, {id: b, irreversible: only_tak}, a-b, YN]
    priorities: [a]
    payoffs: [1, 2]
  - id: A
    options: [a]
feasibility:
  infeasible: [YNN, "----"]
)");
  std::vector<std::string> fields;
  for (const auto& d : p) fields.push_back(d.field + ": " + d.message);
  EXPECT_EQ(fields,
            (std::vector<std::string>{
                "decision_makers[0].options[1].irreversible: expected one of only_take, "
                "only_withdraw, got 'only_tak' (did you mean 'only_take'?)",
                "decision_makers[0].options[2]: 'a-b' is not a valid option id: an option id "
                "starts with a letter and has only letters, digits and '_' (a '-' would read as "
                "\"not\"); it is not IF, nor only the letters Y and N (which read as a pattern)",
                "decision_makers[0].options[3]: 'YN' is not a valid option id: an option id "
                "starts with a letter and has only letters, digits and '_' (a '-' would read as "
                "\"not\"); it is not IF, nor only the letters Y and N (which read as a pattern)",
                "decision_makers[0].payoffs: give the preferences one way: priorities, ranking or "
                "payoffs (already given as priorities)",
                "decision_makers[1].id: decision maker id 'A' is already used (line 4)",
                "decision_makers[1].options[0]: option id 'a' is already used (line 5)",
                "decision_makers[1]: decision maker 'A' has no preferences: give priorities "
                "(option prioritization), a ranking of the states or payoffs",
                "feasibility.infeasible[0]: the pattern 'YNN' has 3 letters; a pattern has one "
                "per option (2), in the order the options are listed",
                "feasibility.infeasible[1]: the pattern '----' has 4 letters; a pattern has one "
                "per option (2), in the order the options are listed",
            }));
}

TEST(GmcrReaderErrors, DocumentLevelProblems) {
  auto p = yaml_problems(pd_with("gmcr: 1", "gmcr: 2"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].field, "gmcr");
  EXPECT_EQ(p[0].message, "unsupported GMCR model format version 2; this parley reads version 1");
  p = yaml_problems("parley: 1\nmeta: {title: t, as_of: 2026-01-01}\nactors: []\nissues: []\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].message.find("a parley scenario file, not a GMCR model file"), std::string::npos);
  p = yaml_problems(R"(gmcr: 1
name: Alone
decision_makers:
  - id: A
    options: [a]
    payoffs: [1, 2, 3]
)");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "decision_makers");
  EXPECT_EQ(p[0].message, "a conflict needs at least two decision makers, got 1");
  EXPECT_EQ(p[1].field, "decision_makers[0].payoffs");
  EXPECT_EQ(p[1].message,
            "3 payoffs for 2 feasible states: give one per state, in the order of the states (or "
            "a map from state to payoff)");
  p = yaml_problems("gmcr: 1\nname: [x\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_NE(p[0].message.find("YAML syntax error"), std::string::npos) << p[0].message;
}

TEST(GmcrReaderErrors, PayoffMaps) {
  const GmcrModelFile file =
      read_yaml(pd_with("priorities: [c1, -c2]", "payoffs: {NN: 1, YN: 4, \"-Y\": 2}"));
  EXPECT_EQ(file.model.decision_makers[1].payoff, (std::vector<std::int64_t>{1, 4, 2, 2}));
  const auto p = yaml_problems(pd_with("priorities: [c1, -c2]", "payoffs: {NN: 1, 2: 4, YN: 3}"));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "decision_makers[1].payoffs.YN");
  EXPECT_EQ(p[0].message,
            "a second payoff for state 2 (YN) (first given by "
            "decision_makers[1].payoffs.2)");
  EXPECT_EQ(p[1].message, "no payoff for states 3 and 4 (NY, YY): give every feasible state one");
}

TEST(GmcrReaderErrors, TooManyStates) {
  std::string text = "gmcr: 1\nname: Wide\ndecision_makers:\n  - id: A\n    options: [";
  for (int k = 0; k < 19; ++k) text += (k ? ", " : "") + ("a" + std::to_string(k));
  text += "]\n    priorities: [a0]\n  - id: B\n    options: [b]\n    priorities: [b]\n";
  const auto p = yaml_problems(text);  // 2^20 patterns, no rule
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 1);
  EXPECT_NE(p[0].message.find("leave more than 1000000 feasible states"), std::string::npos)
      << p[0].message;
}

// ---- feasibility ----

TEST(GmcrFeasibility, StatesInIncreasingOrderOfTheirPattern) {
  using gmcr::FeasibilityRule;
  using gmcr::Statement;
  // Options a, b, c; at most one taken; c needs a... so c is never taken (a and c exclude each
  // other): NNN, YNN, NYN.
  const std::vector<FeasibilityRule> rules{
      {FeasibilityRule::Kind::mutually_exclusive, {}, {0, 1, 2}, 0},
      {FeasibilityRule::Kind::needs, {}, {0}, 2},
  };
  EXPECT_EQ(gmcr::feasible_states(3, rules, 100), (std::vector<gmcr::Pattern>{0, 1, 2}));
  EXPECT_EQ(gmcr::first_emptying_rule(3, rules), std::nullopt);
  const std::vector<FeasibilityRule> empty{
      {FeasibilityRule::Kind::at_least_one, {}, {2}, 0},
      {FeasibilityRule::Kind::infeasible, Statement::taken(1), {}, 0},
      {FeasibilityRule::Kind::needs, {}, {0}, 2},
      {FeasibilityRule::Kind::infeasible, Statement::taken(0), {}, 0},
  };
  EXPECT_EQ(gmcr::feasible_states(3, empty, 100), std::vector<gmcr::Pattern>{});
  EXPECT_EQ(gmcr::first_emptying_rule(3, empty), 3u);
}

// ---- the writer ----

void expect_same(const GmcrModelFile& a, const GmcrModelFile& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.decision_makers, b.decision_makers);
  EXPECT_EQ(a.options, b.options);
  EXPECT_EQ(a.feasibility, b.feasibility);
  EXPECT_EQ(a.status_quo, b.status_quo);
  EXPECT_EQ(a.model.states, b.model.states);
  ASSERT_EQ(a.model.decision_makers.size(), b.model.decision_makers.size());
  for (std::size_t i = 0; i < a.model.decision_makers.size(); ++i) {
    EXPECT_EQ(a.model.decision_makers[i].payoff, b.model.decision_makers[i].payoff);
  }
}

TEST(GmcrWriter, RoundTrips) {
  std::vector<std::string> texts{std::string(io::default_gmcr_model_yaml()), kPrisonersDilemma,
                                 io::write_gmcr_model(io::load_elmira_gmcr_model())};
  for (const ClassicCase& c : kClassicCases) texts.emplace_back(c.yaml);
  texts.push_back(pd_with("priorities: [c1, -c2]", "ranking: [[NN, YY], NY, YN]"));
  for (const std::string& text : texts) {
    const GmcrModelFile first = read_yaml(text);
    const std::string written = io::write_gmcr_model(first);
    const GmcrModelFile second = read_yaml(written, "written.yaml");
    expect_same(first, second);
    EXPECT_EQ(io::write_gmcr_model(second), written) << written;
  }
}

// ---- the status quo, and priorities with their sources ----

TEST(GmcrStatusQuo, ByPatternOrNumber) {
  // The Prisoner's Dilemma's states: 1 NN, 2 YN, 3 NY, 4 YY.
  EXPECT_EQ(read_yaml(std::string(kPrisonersDilemma) + "status_quo: NY\n").status_quo, 2u);
  EXPECT_EQ(read_yaml(std::string(kPrisonersDilemma) + "status_quo: 4\n").status_quo, 3u);
  EXPECT_FALSE(read_yaml(kPrisonersDilemma).status_quo);
}

TEST(GmcrStatusQuo, InfeasibleOrMalformedIsLocated) {
  // YY excluded by a rule: not a feasible state.
  const std::string excluded =
      std::string(kPrisonersDilemma) + "feasibility:\n  infeasible: [YY]\nstatus_quo: YY\n";
  auto p = yaml_problems(excluded);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 12);
  EXPECT_EQ(p[0].field, "status_quo");
  for (const char* bad :
       {"status_quo: NYN\n", "status_quo: 7\n", "status_quo: [NY]\n", "status_quo: N-\n"}) {
    p = yaml_problems(std::string(kPrisonersDilemma) + bad);
    ASSERT_EQ(p.size(), 1u) << bad;
    EXPECT_EQ(p[0].line, 10) << bad;
    EXPECT_EQ(p[0].field, "status_quo") << bad;
  }
}

TEST(GmcrPriorityNotes, KeptAsWrittenAndRoundTrip) {
  const GmcrModelFile file = read_yaml(pd_with("priorities: [c2, -c1]",
                                               "priorities:\n"
                                               "      - {statement: c2, sources: [\"003:58\", "
                                               "\"001:12\"], note: the other one first}\n"
                                               "      - {statement: -c1, assumption: true}"));
  const auto& notes = file.decision_makers[0].priority_notes;
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].sources, (std::vector<std::string>{"003:58", "001:12"}));
  EXPECT_FALSE(notes[0].assumption);
  EXPECT_EQ(notes[0].note, "the other one first");
  EXPECT_TRUE(notes[1].assumption);
  EXPECT_TRUE(notes[1].sources.empty());
  // The payoffs are those of the plain statements: [1, 0, 3, 2] (worked out above).
  EXPECT_EQ(file.model.decision_makers[0].payoff, (std::vector<std::int64_t>{1, 0, 3, 2}));
  const GmcrModelFile again = read_yaml(io::write_gmcr_model(file), "written.yaml");
  EXPECT_EQ(again.decision_makers, file.decision_makers);
}

TEST(GmcrPriorityNotes, BadSourcesAndKeysAreLocated) {
  const auto p = yaml_problems(pd_with("priorities: [c2, -c1]",
                                       "priorities:\n"
                                       "      - {statement: c2, sources: [\"003-58\"]}\n"
                                       "      - {statment: -c1}"));
  ASSERT_GE(p.size(), 2u);
  EXPECT_EQ(p[0].field, "decision_makers[0].priorities[0].sources[0]");
  EXPECT_NE(p[0].message.find("FILE:LINE"), std::string::npos) << p[0].message;
  EXPECT_EQ(p[1].line, 8);
}

TEST(GmcrWriter, StatementsReadBackAsWritten) {
  const std::vector<std::string> ids{"a", "b", "c", "d"};
  for (const char* text : {"-(a & b) | c IF -d", "(a IF b) & c", "--a", "(a & b) & c",
                           "a & (b | c) & -(d IF a)", "a | b | c", "(a | b) | c IF (d IF a)"}) {
    const auto parsed = io::detail::parse_statement(text, ids);
    ASSERT_TRUE(parsed.statement) << text << ": " << parsed.error.message;
    EXPECT_EQ(io::statement_text(*parsed.statement, ids), text);
  }
}

}  // namespace
}  // namespace parley::test::gmcr_reader_test
