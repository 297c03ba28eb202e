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

const std::string kElmira = std::string(PARLEY_SOURCE_DIR) + "/examples/gmcr/elmira.yaml";

std::vector<std::size_t> numbered(const gmcr::StateSet& set) {
  std::vector<std::size_t> out;
  for (const std::size_t s : set.states()) out.push_back(s + 1);
  return out;
}

// The embedded peace-talks model (examples/gmcr/peace-talks.yaml): 7 options, no feasibility rule,
// so 2^7 = 128 states; status quo NNNNNYN (Europe's aid only), state 33 (bit 5 set: 32, + 1).
// Its Nash equilibria by hand, decision maker by decision maker, from the priorities:
// - USA: guarantee appears among its statements only in the last, "-guarantee", so it always
//   withdraws it; "-relief IF -ceasefire" makes it drop relief while there is no ceasefire.
// - EUR: aid appears only in its "aid" statement, so aid is always taken; "force IF ceasefire"
//   and "-force IF -ceasefire" make force follow the ceasefire.
// - UKR: "-withdraw" is its first statement and withdraw appears in no other: never withdraw; with
//   the guarantee withdrawn (USA above), "-neutral IF -guarantee" makes it drop neutrality.
// - RUS: with withdraw not taken, "-(withdraw & neutral)" holds, so its statement 6 holds exactly
//   when ceasefire is not taken: no ceasefire.
// So in any Nash equilibrium ceasefire, withdraw, neutral, guarantee are N, aid Y, force N (no
// ceasefire) and relief N (no ceasefire): NNNNNYN, the status quo, is the only one. Since the
// status quo is Nash-stable for everyone, no one improves from it: only it is reachable by
// unilateral improvements.
TEST(GmcrAnalysis, PeaceTalksModelByHand) {
  const GmcrInput input = load_gmcr_input("");
  EXPECT_EQ(input.input, "peace-talks.yaml (embedded)");
  EXPECT_EQ(
      input.decision_maker_names,
      (std::vector<std::string>{"Russia", "Ukraine", "United States", "European governments"}));
  ASSERT_TRUE(input.status_quo);
  EXPECT_EQ(*input.status_quo, 32u);
  ASSERT_EQ(input.priorities.size(), 4u);
  EXPECT_EQ(input.priorities[0][0].sources,
            (std::vector<std::string>{"000:7", "002:14", "003:50"}));
  EXPECT_TRUE(input.priorities[3][1].assumption);
  const Gmcr g = analyse_gmcr(input);
  EXPECT_EQ(g.state_count(), 128u);
  EXPECT_EQ(numbered(g.stability.equilibria_under(SolutionConcept::nash)),
            (std::vector<std::size_t>{33}));
  ASSERT_TRUE(g.status_quo);
  EXPECT_EQ(g.status_quo->reachable_by(gmcr::Transition::unilateral_improvements).states(),
            (std::vector<std::size_t>{32}));
  // Every state is reachable by some moves: there is no feasibility rule and every option is
  // reversible.
  EXPECT_EQ(g.status_quo->reachable_by(gmcr::Transition::unilateral_moves).size(), 128u);
}

// Elmira's state 1 (NYNNN) is not stable for the local government under Nash or SEQ: its only
// improvement is to insist (state 7, payoff 52 → 53 by its priorities; see
// tests/report/gmcr_words_test.cpp), and no sanction answers it under SEQ. States 1 and 7 are
// adjacent in its order (53 is the next payoff above 52), so one swap — ranking 1 above 7 —
// removes the improvement and makes 1 Nash-stable for it; the Ministry and Uniroyal already find
// 1 stable (classic.json). So 1 swap, the least (0 would mean 1 is an equilibrium already). Under
// GMR 1 is already an equilibrium: 0 swaps.
TEST(GmcrAnalysis, StabilizeElmirasStatusQuo) {
  GmcrOptions options;
  options.concepts = {SolutionConcept::gmr, SolutionConcept::seq};
  options.stabilize = "NYNNN";
  const Gmcr g = analyse_gmcr(load_gmcr_input(kElmira), options);
  ASSERT_EQ(g.stabilize.size(), 2u);
  EXPECT_EQ(g.stabilize[0].concept_, SolutionConcept::gmr);
  EXPECT_EQ(g.stabilize[0].inverse.swaps, 0u);
  EXPECT_EQ(g.stabilize[1].inverse.status, gmcr::InverseStatus::least);
  EXPECT_EQ(g.stabilize[1].inverse.swaps, 1u);
  EXPECT_EQ(g.stabilize[1].inverse.preferences[2].swaps, 1u);
  options.stabilize = "13";
  EXPECT_THROW(analyse_gmcr(load_gmcr_input(kElmira), options), InputError);
  options.stabilize = "YYYYY";
  EXPECT_THROW(analyse_gmcr(load_gmcr_input(kElmira), options), InputError);
}

TEST(GmcrAnalysis, EmbeddedElmiraAsInClassicJson) {
  const GmcrInput input = load_gmcr_input(kElmira);
  EXPECT_EQ(input.input, "elmira.yaml");
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
  const Gmcr g = analyse_gmcr(load_gmcr_input(kElmira), options);
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
