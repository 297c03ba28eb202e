// What GMCR moves and paths say in words (report/gmcr_words.hpp): verbs conjugated by hand, plural
// subjects, withdrawn options, and Elmira's path from its status quo worked out by hand.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "parley/analysis/gmcr.hpp"
#include "parley/report/gmcr_words.hpp"

namespace parley::report {
namespace {

TEST(GmcrWords, PluralNames) {
  EXPECT_TRUE(plural_name("European governments"));
  EXPECT_FALSE(plural_name("United States"));
  EXPECT_FALSE(plural_name("Russia"));
  EXPECT_FALSE(plural_name("Local government"));
  EXPECT_FALSE(plural_name("Uniroyal Chemical"));
  EXPECT_FALSE(plural_name("Congress"));
}

TEST(GmcrWords, ThirdPerson) {
  EXPECT_EQ(third_person("halt the fighting on the current line"),
            "halts the fighting on the current line");
  EXPECT_EQ(third_person("push back"), "pushes back");
  EXPECT_EQ(third_person("carry out the plan"), "carries out the plan");
  EXPECT_EQ(third_person("delay by appealing"), "delays by appealing");
  EXPECT_EQ(third_person("pass"), "passes");
  EXPECT_EQ(third_person("be neutral"), "is neutral");
  EXPECT_EQ(third_person("have a say"), "has a say");
  EXPECT_EQ(third_person("go"), "goes");
}

TEST(GmcrWords, Clauses) {
  EXPECT_EQ(option_clause("Russia", "halt the fighting on the current line", true),
            "Russia halts the fighting on the current line");
  EXPECT_EQ(option_clause("European governments", "station a reassurance force in Ukraine", true),
            "European governments station a reassurance force in Ukraine");
  EXPECT_EQ(option_clause("European governments", "keep up military aid to Ukraine", false),
            "European governments no longer keep up military aid to Ukraine");
  EXPECT_EQ(option_clause("United States", "ease sanctions on Russia", false),
            "the United States no longer eases sanctions on Russia");
}

// English puts "the" before names whose head is a common noun, not before proper names, plural
// common nouns or acronyms.
TEST(GmcrWords, NamesInASentence) {
  EXPECT_EQ(in_sentence("United States"), "the United States");
  EXPECT_EQ(in_sentence("United Nations"), "the United Nations");
  EXPECT_EQ(in_sentence("European Union"), "the European Union");
  EXPECT_EQ(in_sentence("Russian Federation"), "the Russian Federation");
  EXPECT_EQ(in_sentence("Ministry of the Environment"), "the Ministry of the Environment");
  EXPECT_EQ(in_sentence("Bank of England"), "the Bank of England");
  EXPECT_EQ(in_sentence("Netherlands"), "the Netherlands");
  EXPECT_EQ(in_sentence("Local government"), "the local government");
  EXPECT_EQ(in_sentence("the Kremlin"), "the Kremlin");  // already there
  EXPECT_EQ(in_sentence("Russia"), "Russia");
  EXPECT_EQ(in_sentence("Uniroyal Chemical"), "Uniroyal Chemical");
  EXPECT_EQ(in_sentence("European governments"), "European governments");
  EXPECT_EQ(in_sentence("NATO"), "NATO");
  EXPECT_EQ(in_sentence("Hamas"), "Hamas");
  EXPECT_EQ(in_sentence(""), "");
}

// Elmira (examples/gmcr/elmira.yaml, 12 states) from state 1, NYNNN (Uniroyal delays, nothing
// else). By hand from the priorities: the local government's payoff there is 32 + 16 + 4 = 52 and
// 53 once it insists (NYNNY, state 7: "insist IF -abandon" holds too), an improvement; the
// Ministry's modify lowers its payoff (6 → 5) and Uniroyal is at its best state already. From 7
// neither the Ministry (to 8) nor Uniroyal (to 9 or 11) improves, so by unilateral improvements
// only 7 is reached, in one step, and 7 is a Nash equilibrium.
TEST(GmcrWords, ElmiraPathFromTheStatusQuo) {
  analysis::GmcrInput input =
      analysis::load_gmcr_input(std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml");
  input.status_quo = 0;
  const analysis::Gmcr g = analysis::analyse_gmcr(input);
  ASSERT_TRUE(g.status_quo);
  EXPECT_EQ(g.status_quo->reachable_by(gmcr::Transition::unilateral_improvements).states(),
            (std::vector<std::size_t>{0, 6}));
  const auto& targets = g.status_quo->targets;
  const auto at = std::find(targets.begin(), targets.end(), 6u);
  ASSERT_NE(at, targets.end());
  const auto& path = g.status_quo->path_to(gmcr::Transition::unilateral_improvements,
                                           static_cast<std::size_t>(at - targets.begin()));
  ASSERT_TRUE(path);
  EXPECT_EQ(path_in_words(g, *path), "the local government insists on the original control order");
  EXPECT_EQ(path_in_words(g, {}), "it is the status quo");
  // Uniroyal from delay to accept: one move that drops one option and takes another.
  const gmcr::Move move{1, 0, 2, {{1, false}, {2, true}}};
  EXPECT_EQ(move_in_words(g, move),
            "Uniroyal Chemical no longer delays by appealing and accepts the control order");
}

}  // namespace
}  // namespace parley::report
