// The GMCR façade: the embedded model loaded and analysed (classic.json's Elmira, decision maker
// by decision maker), the concepts chosen, the inclusions between concepts on models built here,
// preference ranks, names carried to the result, and the limit on moves.

#include <gtest/gtest.h>

#include <vector>

#include "parley/analysis/gmcr.hpp"
#include "parley/core/diagnostic.hpp"

namespace parley::analysis {
namespace {

using gmcr::SolutionConcept;

std::vector<std::size_t> numbered(const gmcr::StateSet& set) {
  std::vector<std::size_t> out;
  for (const std::size_t s : set.states()) out.push_back(s + 1);
  return out;
}

TEST(GmcrAnalysis, EmbeddedElmiraAsInClassicJson) {
  const GmcrInput input = load_gmcr_input("");
  EXPECT_EQ(input.input, "elmira.yaml (embedded)");
  EXPECT_EQ(input.decision_maker_names,
            (std::vector<std::string>{"Ministry of the Environment", "Uniroyal Chemical",
                                      "Local government"}));
  EXPECT_EQ(input.option_names[3], "abandon its Elmira plant");
  const Gmcr g = analyse_gmcr(input);
  EXPECT_EQ(g.name, "Elmira groundwater conflict");
  EXPECT_EQ(g.concepts, (std::vector<SolutionConcept>{gmcr::kSolutionConcepts.begin(),
                                                      gmcr::kSolutionConcepts.end()}));
  // classic.json, "gmcr-py Examples/Elmira.gmcr": per decision maker.
  const std::vector<std::size_t> all{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  const std::vector<std::size_t> uniroyal{1, 4, 5, 6, 7, 10, 11, 12};
  for (const SolutionConcept c : gmcr::kSolutionConcepts) {
    EXPECT_EQ(numbered(g.stability.stable_for(c, 0)), all);
    EXPECT_EQ(numbered(g.stability.stable_for(c, 1)), uniroyal);
  }
  EXPECT_EQ(numbered(g.stability.stable_for(SolutionConcept::nash, 2)),
            (std::vector<std::size_t>{5, 6, 7, 8, 9, 10, 11, 12}));
  EXPECT_EQ(numbered(g.stability.stable_for(SolutionConcept::gmr, 2)), all);
  EXPECT_EQ(numbered(g.stability.stable_for(SolutionConcept::seq, 2)),
            (std::vector<std::size_t>{2, 3, 5, 6, 7, 8, 9, 10, 11, 12}));
  // Moves by hand: MoE modifies (once) in each of the 6 states without modify: 6; Uniroyal moves
  // between its three options with delay only dropped and abandon only taken: from delay to
  // accept or abandon, from accept to abandon, for each of the 4 settings of the others: 12; the
  // local government toggles insist in every state: 12.
  EXPECT_EQ(g.moves, 30u);
}

TEST(GmcrAnalysis, ConceptsChosenInTheirOrder) {
  GmcrOptions options;
  options.concepts = {SolutionConcept::seq, SolutionConcept::nash, SolutionConcept::seq};
  const Gmcr g = analyse_gmcr(load_gmcr_input(""), options);
  EXPECT_EQ(g.concepts,
            (std::vector<SolutionConcept>{SolutionConcept::nash, SolutionConcept::seq}));
  EXPECT_EQ(to_string(SolutionConcept::smr), std::string("smr"));
  EXPECT_EQ(solution_concept("gmr"), SolutionConcept::gmr);
  EXPECT_EQ(solution_concept("GMR"), std::nullopt);
}

// Three decision makers with two options each, every pattern feasible, payoffs from a small
// congruential generator: the inclusions are checked by analyse_gmcr itself (it would throw), and
// here again on the equilibria.
TEST(GmcrAnalysis, InclusionsHoldOnGeneratedModels) {
  std::uint64_t seed = 7;
  const auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::int64_t>((seed >> 33) % 5);
  };
  for (int round = 0; round < 20; ++round) {
    gmcr::Model m;
    m.name = "generated";
    for (int i = 0; i < 3; ++i) m.decision_makers.push_back({"dm" + std::to_string(i), {}});
    for (std::size_t k = 0; k < 6; ++k) {
      m.options.push_back(
          {"o" + std::to_string(k), k / 2,
           k == 1 ? gmcr::Reversibility::only_take : gmcr::Reversibility::reversible});
    }
    for (gmcr::Pattern p = 0; p < 64; ++p) m.states.push_back(p);
    for (auto& dm : m.decision_makers) {
      for (std::size_t s = 0; s < 64; ++s) dm.payoff.push_back(next());
    }
    const Gmcr g = analyse_gmcr(m);
    const auto& eq = [&](SolutionConcept c) { return g.stability.equilibria_under(c); };
    EXPECT_TRUE(eq(SolutionConcept::nash).is_subset_of(eq(SolutionConcept::smr)));
    EXPECT_TRUE(eq(SolutionConcept::smr).is_subset_of(eq(SolutionConcept::gmr)));
    EXPECT_TRUE(eq(SolutionConcept::nash).is_subset_of(eq(SolutionConcept::seq)));
    EXPECT_TRUE(eq(SolutionConcept::seq).is_subset_of(eq(SolutionConcept::gmr)));
    EXPECT_EQ(g.decision_maker_names[2], "dm2");  // ids stand in for names
  }
}

TEST(GmcrAnalysis, PreferenceRanks) {
  gmcr::Model m;
  m.decision_makers = {{"a", {5, 9, 5, -1}}, {"b", {0, 0, 0, 0}}};
  EXPECT_EQ(preference_ranks(m),
            (std::vector<std::vector<std::size_t>>{{2, 1, 2, 3}, {1, 1, 1, 1}}));
}

// 2^15 states: the first decision maker's 14 options give two groups of 2^14 states, 2 × 2^14 ×
// (2^14 − 1) ≈ 5.4e8 possible moves, past kMaxGmcrMoves.
TEST(GmcrAnalysis, TooManyMovesIsALimitError) {
  gmcr::Model m;
  m.decision_makers = {{"big", {}}, {"small", {}}};
  for (std::size_t k = 0; k < 15; ++k) m.options.push_back({"o" + std::to_string(k), k / 14});
  for (gmcr::Pattern p = 0; p < (1U << 15); ++p) m.states.push_back(p);
  for (auto& dm : m.decision_makers) dm.payoff.assign(m.states.size(), 0);
  EXPECT_THROW(analyse_gmcr(m), LimitError);
}

TEST(GmcrAnalysis, InvalidModelIsAnInputError) {
  gmcr::Model m;
  m.decision_makers = {{"alone", {1}}};
  m.options = {{"o", 0}};
  m.states = {0};
  EXPECT_THROW(analyse_gmcr(m), InputError);
}

}  // namespace
}  // namespace parley::analysis
