// The GMCR view: Elmira's tables and words, and wide models (many options, many decision makers,
// many states) still within 100 columns, their tables abbreviated or split as the header says.

#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "parley/analysis/gmcr.hpp"
#include "parley/report/gmcr_view.hpp"
#include "parley/report/json/gmcr_json.hpp"
#include "parley/report/text/printouts.hpp"
#include "parley/report/text_width.hpp"

namespace parley::report {
namespace {

void expect_fits(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(display_width(line), 100u) << line;
}

TEST(GmcrView, ElmiraInWords) {
  const analysis::Gmcr g = analysis::analyse_gmcr(
      analysis::load_gmcr_input(std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml"));
  EXPECT_EQ(state_pattern(g, 0), "NYNNN");
  EXPECT_EQ(state_in_words(g, 0),
            "Uniroyal Chemical: delay by appealing · no option taken: Ministry of the "
            "Environment, Local government");
  EXPECT_EQ(state_in_words(g, 9),
            "Ministry of the Environment: modify the control order · Uniroyal Chemical: accept "
            "the control order · Local government: insist on the original control order");
  const std::string text = render_gmcr(g);
  expect_fits(text);
  // State 1 for Uniroyal: its most preferred state, stable under every concept; for the local
  // government rank 4, GMR- and SMR-stable only (classic.json).
  EXPECT_NE(text.find("    1  NYNNN    6 NGSQ  1 NGSQ    4 ·GS·  ·GS·"), std::string::npos) << text;
  EXPECT_NE(text.find("Options (5)"), std::string::npos);
  EXPECT_NE(text.find("only Y → N"), std::string::npos);
}

TEST(GmcrView, NoOptionTakenByAnyone) {
  gmcr::Model m;
  m.name = "Idle";
  m.decision_makers = {{"a", {1, 0}}, {"b", {1, 0}}};
  m.options = {{"x", 0}, {"y", 1}};
  m.states = {0, 3};
  const analysis::Gmcr g = analysis::analyse_gmcr(m);
  EXPECT_EQ(state_in_words(g, 0), "no option taken by anyone");
  EXPECT_EQ(state_in_words(g, 1), "a: x · b: y");
}

// `options` options spread over `dms` decision makers, `states` states (the first ones in
// increasing order of pattern), payoffs from the pattern.
analysis::Gmcr wide(std::size_t options, std::size_t dms, std::size_t states) {
  gmcr::Model m;
  m.name = "Wide";
  for (std::size_t i = 0; i < dms; ++i) {
    m.decision_makers.push_back({"decision_maker_" + std::to_string(i), {}});
  }
  for (std::size_t k = 0; k < options; ++k) {
    m.options.push_back({"option_number_" + std::to_string(k), k % dms});
  }
  for (gmcr::Pattern p = 0; p < states; ++p) m.states.push_back(p);
  for (std::size_t i = 0; i < dms; ++i) {
    for (const gmcr::Pattern p : m.states) m.decision_makers[i].payoff.push_back((p >> i) % 7);
  }
  return analysis::analyse_gmcr(m);
}

TEST(GmcrView, WideModelsFit) {
  // 10 options: their ids do not fit as column heads, their numbers do.
  std::string text = render_gmcr(wide(10, 2, 16));
  expect_fits(text);
  EXPECT_NE(text.find("States (16): Y the option is taken, N it is not (columns: option numbers)"),
            std::string::npos)
      << text;
  // 40 options: the pattern as one column.
  text = render_gmcr(wide(40, 4, 16));
  expect_fits(text);
  EXPECT_NE(text.find("pattern (options 1 to 40)"), std::string::npos) << text;
  // 12 decision makers: the stability table split.
  text = render_gmcr(wide(12, 12, 16));
  expect_fits(text);
  EXPECT_NE(text.find("Stability (16 states), decision makers 1 to "), std::string::npos) << text;
  EXPECT_NE(text.find(" of 12 (columns: decision maker numbers)\n"), std::string::npos) << text;
}

TEST(GmcrView, ManyStatesShownInPart) {
  const analysis::Gmcr g = wide(20, 2, 300);
  const std::string text = render_gmcr(g, true);
  expect_fits(text);
  EXPECT_NE(text.find("The tables show the first 200 states of 300"), std::string::npos);
  EXPECT_EQ(text.find("\n  201  "), std::string::npos);
  // Without --all-states, beyond 32 states: the equilibria only (there is no status quo), and
  // how to see all.
  const std::string part = render_gmcr(g);
  expect_fits(part);
  const auto equilibria = analysis::gmcr_targets(g);
  EXPECT_NE(
      part.find("The tables show " + std::to_string(std::min<std::size_t>(equilibria.size(), 200)) +
                " of the 300 states: the equilibria."),
      std::string::npos)
      << part;
  EXPECT_NE(part.find("--all-states"), std::string::npos);
  EXPECT_EQ(to_json(g)["states"].size(), 300u);
}

TEST(GmcrJson, KeysAsDocumented) {
  analysis::GmcrOptions options;
  options.concepts = {gmcr::SolutionConcept::gmr};
  const auto j = to_json(analysis::analyse_gmcr(
      analysis::load_gmcr_input(std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml"),
      options));
  EXPECT_EQ(j["model"]["decision_makers"][1]["id"], "Uniroyal");
  EXPECT_EQ(j["model"]["decision_makers"][1]["options"],
            nlohmann::json::array({"delay", "accept", "abandon"}));
  EXPECT_EQ(j["model"]["options"][1]["changes"], "only Y to N");
  EXPECT_EQ(j["states"][4]["taken"], nlohmann::json::array({"abandon"}));
  EXPECT_EQ(j["states"][4]["ranks"]["LG"], 9);
  EXPECT_EQ(j["concepts"], nlohmann::json::array({"gmr"}));
  EXPECT_EQ(j["equilibria"]["gmr"], nlohmann::json::array({1, 4, 5, 6, 7, 10, 11, 12}));
  EXPECT_EQ(j["model"]["input"], "elmira.yaml");
}

}  // namespace
}  // namespace parley::report
