// The classic conflicts of ../shared/peers/gmcr/classic.json (README beside it): for every case,
// decision maker and state, the stable states and the equilibria under Nash, GMR, SMR and SEQ.
// The file holds three layouts: a graph given by its arcs and rankings (Elmira, 9 states), option
// form with labelled states and payoffs (Prisoner's Dilemma, Chicken), and gmcr-py's option form
// (option order, options per decision maker, one-way options, payoffs per state).

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/gmcr/coalition.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/inverse.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/gmcr/status_quo.hpp"

namespace {

using nlohmann::json;
using parley::gmcr::Graph;
using parley::gmcr::Model;
using parley::gmcr::Moves;
using parley::gmcr::Pattern;
using parley::gmcr::SolutionConcept;
using parley::gmcr::StateIndex;

const std::filesystem::path kClassicJson =
    std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "gmcr" / "classic.json";

// A case of the file as a graph, with its names for decision makers and states.
struct ClassicCase {
  std::string name;
  Graph graph;
  std::vector<std::string> decision_makers;
  std::vector<std::string> states;
  json results;  // the file's "results"
  json entry;    // the whole case
};

Pattern classic_pattern(const std::string& yes_no) {
  Pattern pattern = 0;
  for (std::size_t k = 0; k < yes_no.size(); ++k) {
    if (yes_no[k] == 'Y') pattern |= Pattern{1} << k;
  }
  return pattern;
}

// Elmira's 9-state graph: arcs per decision maker (1-based states) and rankings, most preferred
// first, inner lists ties.
ClassicCase classic_from_arcs(const json& entry) {
  ClassicCase result;
  result.name = entry.at("name").get<std::string>();
  const json& states = entry.at("states_YN_options_1to5");
  for (std::size_t s = 1; s <= states.size(); ++s) result.states.push_back(std::to_string(s));
  result.graph.state_count = states.size();
  for (const auto& [dm, arcs] : entry.at("arcs").items()) {
    result.decision_makers.push_back(dm);
    std::vector<std::pair<StateIndex, StateIndex>> pairs;
    for (const json& arc : arcs) {
      pairs.emplace_back(arc.at(0).get<StateIndex>() - 1, arc.at(1).get<StateIndex>() - 1);
    }
    result.graph.moves.push_back(Moves::from_arcs(states.size(), std::move(pairs)));
    const json& ranking = entry.at("rankings").at(dm);
    std::vector<std::int64_t> payoff(states.size(), 0);
    auto level = static_cast<std::int64_t>(ranking.size());
    for (const json& place : ranking) {
      if (place.is_array()) {
        for (const json& tied : place) payoff[tied.get<std::size_t>() - 1] = level;
      } else {
        payoff[place.get<std::size_t>() - 1] = level;
      }
      --level;
    }
    result.graph.payoff.push_back(std::move(payoff));
  }
  return result;
}

// Prisoner's Dilemma and Chicken: options named "<number> …" per decision maker, labelled states,
// payoffs per label; every option reversible.
ClassicCase classic_from_labels(const json& entry) {
  Model model;
  model.name = entry.at("name").get<std::string>();
  ClassicCase result;
  result.name = model.name;
  for (const auto& [label, yes_no] : entry.at("states").items()) {
    result.states.push_back(label);
    model.states.push_back(classic_pattern(yes_no.get<std::string>()));
  }
  for (const auto& [dm, options] : entry.at("options").items()) {
    result.decision_makers.push_back(dm);
    parley::gmcr::DecisionMaker decision_maker{dm, {}};
    for (const std::string& label : result.states) {
      decision_maker.payoff.push_back(
          entry.at("payoffs_higher_better").at(dm).at(label).get<std::int64_t>());
    }
    for (const json& option : options) {
      const std::string text = option.get<std::string>();
      const std::size_t number = std::stoul(text.substr(0, text.find(' ')));
      if (model.options.size() < number) model.options.resize(number);
      model.options[number - 1] = {text, model.decision_makers.size(), {}};
    }
    model.decision_makers.push_back(std::move(decision_maker));
  }
  result.graph = parley::gmcr::graph_of(model);
  return result;
}

// gmcr-py's layout: option order, 0-based options per decision maker, one-way options by name,
// states "1" … "m" and a payoff per state.
ClassicCase classic_from_gmcr_py(const json& entry) {
  Model model;
  model.name = entry.at("name").get<std::string>();
  ClassicCase result;
  result.name = model.name;
  for (const json& option : entry.at("option_order")) {
    model.options.push_back({option.get<std::string>(), 0, {}});
  }
  if (entry.contains("irreversible")) {
    for (const auto& [option_name, way] : entry.at("irreversible").items()) {
      for (parley::gmcr::Option& option : model.options) {
        if (option.name != option_name) continue;
        option.reversibility = way == "NtoY" ? parley::gmcr::Reversibility::only_take
                                             : parley::gmcr::Reversibility::only_withdraw;
      }
    }
  }
  const json& states = entry.at("states");
  for (std::size_t s = 1; s <= states.size(); ++s) {
    result.states.push_back(std::to_string(s));
    model.states.push_back(classic_pattern(states.at(std::to_string(s)).get<std::string>()));
  }
  for (const auto& [dm, options] : entry.at("dm_options").items()) {
    result.decision_makers.push_back(dm);
    for (const json& option : options) {
      model.options.at(option.get<std::size_t>()).decision_maker = model.decision_makers.size();
    }
    model.decision_makers.push_back(
        {dm, entry.at("payoff_higher_better").at(dm).get<std::vector<std::int64_t>>()});
  }
  result.graph = parley::gmcr::graph_of(model);
  return result;
}

std::vector<ClassicCase> classic_cases() {
  std::ifstream in(kClassicJson);
  const json file = json::parse(in);
  std::vector<ClassicCase> cases;
  for (const json& entry : file.at("models")) {
    if (entry.contains("arcs")) {
      cases.push_back(classic_from_arcs(entry));
    } else if (entry.contains("option_order")) {
      cases.push_back(classic_from_gmcr_py(entry));
    } else {
      cases.push_back(classic_from_labels(entry));
    }
    cases.back().results = entry.at("results");
    cases.back().entry = entry;
  }
  return cases;
}

// The names of the states in `set`, in the file's order.
std::vector<std::string> classic_names(const parley::gmcr::StateSet& set,
                                       const std::vector<std::string>& states) {
  std::vector<std::string> names;
  for (const std::size_t s : set.states()) names.push_back(states[s]);
  return names;
}

// The file's names, reordered as the case's states are.
std::vector<std::string> classic_expected(const json& names,
                                          const std::vector<std::string>& states) {
  std::vector<std::string> ordered;
  for (const std::string& state : states) {
    for (const json& name : names) {
      if (name.get<std::string>() == state) ordered.push_back(state);
    }
  }
  EXPECT_EQ(ordered.size(), names.size()) << "a state name the case does not have: " << names;
  return ordered;
}

const std::map<std::string, SolutionConcept> kClassicConcepts{{"Nash", SolutionConcept::nash},
                                                              {"GMR", SolutionConcept::gmr},
                                                              {"SMR", SolutionConcept::smr},
                                                              {"SEQ", SolutionConcept::seq}};

TEST(GmcrClassicCases, EveryCaseIsRead) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  const std::vector<ClassicCase> cases = classic_cases();
  EXPECT_EQ(cases.size(), 8U);
  for (const ClassicCase& conflict : cases) {
    EXPECT_GE(conflict.graph.decision_maker_count(), 2U) << conflict.name;
    EXPECT_EQ(conflict.graph.state_count, conflict.states.size()) << conflict.name;
  }
}

TEST(GmcrClassicCases, StableStatesAndEquilibriaMatchEveryDecisionMaker) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  for (const ClassicCase& conflict : classic_cases()) {
    SCOPED_TRACE(conflict.name);
    const parley::gmcr::Stability stability = parley::gmcr::analyse_stability(conflict.graph);
    for (const auto& [key, solution] : kClassicConcepts) {
      SCOPED_TRACE(key);
      const json& expected = conflict.results.at(key);
      for (std::size_t dm = 0; dm < conflict.decision_makers.size(); ++dm) {
        EXPECT_EQ(classic_names(stability.stable_for(solution, dm), conflict.states),
                  classic_expected(expected.at("per_dm_stable").at(conflict.decision_makers[dm]),
                                   conflict.states))
            << conflict.decision_makers[dm];
      }
      EXPECT_EQ(classic_names(stability.equilibria_under(solution), conflict.states),
                classic_expected(expected.at("equilibria"), conflict.states));
    }
  }
}

TEST(GmcrClassicCases, NashWithinSmrWithinGmrAndNashWithinSeqWithinGmr) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  for (const ClassicCase& conflict : classic_cases()) {
    const parley::gmcr::Stability stability = parley::gmcr::analyse_stability(conflict.graph);
    for (std::size_t dm = 0; dm < conflict.decision_makers.size(); ++dm) {
      const auto& nash = stability.stable_for(SolutionConcept::nash, dm);
      const auto& gmr = stability.stable_for(SolutionConcept::gmr, dm);
      const auto& smr = stability.stable_for(SolutionConcept::smr, dm);
      const auto& seq = stability.stable_for(SolutionConcept::seq, dm);
      EXPECT_TRUE(nash.is_subset_of(smr) && smr.is_subset_of(gmr)) << conflict.name;
      EXPECT_TRUE(nash.is_subset_of(seq) && seq.is_subset_of(gmr)) << conflict.name;
    }
  }
}

// Garrison's state 6 is a GMR and SMR equilibrium only because an opponent of the US Support may
// move again after another has moved; gmcr-py, letting each opponent move once, misses it.
TEST(GmcrClassicCases, GarrisonState6NeedsAnOpponentToMoveTwice) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  for (const ClassicCase& conflict : classic_cases()) {
    if (conflict.name.find("Garrison") == std::string::npos) continue;
    const parley::gmcr::Stability stability = parley::gmcr::analyse_stability(conflict.graph);
    EXPECT_TRUE(stability.equilibria_under(SolutionConcept::gmr).contains(5));
    EXPECT_TRUE(stability.equilibria_under(SolutionConcept::smr).contains(5));
    return;
  }
  ADD_FAILURE() << "no Garrison case in " << kClassicJson;
}

// Elmira's 9-state case as read from the file (decision makers in the file's key order: LG,
// MoE, Uniroyal).
ClassicCase classic_elmira() {
  for (ClassicCase& conflict : classic_cases()) {
    if (conflict.name.find("9-state") != std::string::npos) return std::move(conflict);
  }
  ADD_FAILURE() << "no Elmira 9-state case in " << kClassicJson;
  return {};
}

// A coalition named as the file names it ("MoE+Uniroyal").
parley::gmcr::Coalition classic_coalition(const ClassicCase& conflict, const std::string& name) {
  parley::gmcr::Coalition coalition = 0;
  std::size_t begin = 0;
  while (begin <= name.size()) {
    const std::size_t end = std::min(name.find('+', begin), name.size());
    const std::string member = name.substr(begin, end - begin);
    bool found = false;
    for (std::size_t dm = 0; dm < conflict.decision_makers.size(); ++dm) {
      if (conflict.decision_makers[dm] == member) {
        coalition |= parley::gmcr::coalition_of(dm);
        found = true;
      }
    }
    EXPECT_TRUE(found) << member;
    begin = end + 1;
  }
  return coalition;
}

// Every coalition of two or more, from every state: the file's coalition improvements exactly
// (a coalition or state it does not list has none).
TEST(GmcrClassicCases, ElmiraCoalitionImprovements) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  const ClassicCase elmira = classic_elmira();
  const json& expected = elmira.entry.at("coalition_improvements");
  std::map<std::pair<parley::gmcr::Coalition, StateIndex>, std::vector<StateIndex>> listed;
  for (const auto& [state, by_coalition] : expected.items()) {
    for (const auto& [name, targets] : by_coalition.items()) {
      std::vector<StateIndex> zero_based;
      for (const json& target : targets) zero_based.push_back(target.get<StateIndex>() - 1);
      listed[{classic_coalition(elmira, name), std::stoul(state) - 1}] = zero_based;
    }
  }
  std::size_t compared = 0;
  for (const parley::gmcr::Coalition coalition : parley::gmcr::every_coalition(3)) {
    if (parley::gmcr::member_count(coalition) < 2) continue;
    const auto improvements = parley::gmcr::coalition_improvements(elmira.graph, coalition);
    for (StateIndex s = 0; s < 9; ++s) {
      const auto it = listed.find({coalition, s});
      EXPECT_EQ(improvements[s], it == listed.end() ? std::vector<StateIndex>{} : it->second)
          << "coalition " << coalition << ", state " << s + 1;
      compared += it == listed.end() ? 0 : 1;
    }
  }
  EXPECT_EQ(compared, listed.size());
}

// Worked out by hand from the moves and rankings: MoE and Uniroyal together move from 5 to 8
// (MoE 5 → 6, Uniroyal 6 → 8), which both prefer, and LG's only answer, 8 → 4, both prefer to 5
// as well: 5 falls under every concept. From 1, MoE and LG improve to 5, but Uniroyal answers
// 5 → 9, which MoE ranks last, and neither can move from 9: 1 stays under CGMR and CSMR (not
// under CSEQ, since Uniroyal prefers 5 to 9). 4, 8 and 9 have no coalition improvement.
TEST(GmcrClassicCases, ElmiraCoalitionEquilibria) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  const ClassicCase elmira = classic_elmira();
  const auto coalitions = parley::gmcr::analyse_coalition_stability(elmira.graph);
  EXPECT_EQ(coalitions.coalitions.size(), 7U);
  EXPECT_EQ(classic_names(coalitions.equilibria_under(SolutionConcept::nash), elmira.states),
            (std::vector<std::string>{"8", "9"}));
  EXPECT_EQ(classic_names(coalitions.equilibria_under(SolutionConcept::gmr), elmira.states),
            (std::vector<std::string>{"1", "4", "8", "9"}));
  EXPECT_EQ(classic_names(coalitions.equilibria_under(SolutionConcept::smr), elmira.states),
            (std::vector<std::string>{"1", "4", "8", "9"}));
  EXPECT_EQ(classic_names(coalitions.equilibria_under(SolutionConcept::seq), elmira.states),
            (std::vector<std::string>{"8", "9"}));
}

// From the status quo, state 1: by unilateral improvements only LG moves (1 → 5, and from 5 no
// one improves); by unilateral moves every state. By coalition improvements, then MoE and
// Uniroyal from 5 to 8; 9 cannot be reached that way.
TEST(GmcrClassicCases, ElmiraStatusQuoReachability) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  const ClassicCase elmira = classic_elmira();
  auto numbers = [&](const char* key) {
    std::vector<std::string> names;
    for (const json& state : elmira.entry.at(key))
      names.push_back(std::to_string(state.get<int>()));
    return names;
  };
  using parley::gmcr::Transition;
  const auto analysis = parley::gmcr::analyse_status_quo(elmira.graph, 0, {4, 7, 8});
  EXPECT_EQ(
      classic_names(analysis.reachable_by(Transition::unilateral_improvements), elmira.states),
      numbers("status_quo_1_reachable_by_UIs"));
  EXPECT_EQ(classic_names(analysis.reachable_by(Transition::unilateral_moves), elmira.states),
            numbers("status_quo_1_reachable_by_UMs"));
  EXPECT_EQ(classic_names(analysis.reachable_by(Transition::coalition_improvements), elmira.states),
            (std::vector<std::string>{"1", "5", "8"}));

  const parley::gmcr::Coalition lg = parley::gmcr::coalition_of(0);
  const parley::gmcr::Coalition moe = parley::gmcr::coalition_of(1);
  const parley::gmcr::Coalition uniroyal = parley::gmcr::coalition_of(2);
  const auto& to_5 = analysis.path_to(Transition::unilateral_improvements, 0);
  ASSERT_TRUE(to_5.has_value());
  ASSERT_EQ(to_5->size(), 1U);
  EXPECT_EQ(to_5->front().coalition, lg);
  const auto& to_8 = analysis.path_to(Transition::coalition_improvements, 1);
  ASSERT_TRUE(to_8.has_value());
  ASSERT_EQ(to_8->size(), 2U);
  EXPECT_EQ((*to_8)[0].coalition, lg);
  EXPECT_EQ((*to_8)[1].coalition, moe | uniroyal);
  ASSERT_EQ((*to_8)[1].moves.size(), 2U);
  EXPECT_EQ((*to_8)[1].moves[0].decision_maker, 1U);  // MoE 5 → 6
  EXPECT_EQ((*to_8)[1].moves[0].to, 5U);
  EXPECT_EQ((*to_8)[1].moves[1].decision_maker, 2U);  // Uniroyal 6 → 8
  EXPECT_EQ((*to_8)[1].moves[1].to, 7U);
  EXPECT_FALSE(analysis.path_to(Transition::coalition_improvements, 2).has_value());
  // By moves, 9 is one step away: Uniroyal abandons.
  ASSERT_TRUE(analysis.path_to(Transition::unilateral_moves, 2).has_value());
  EXPECT_EQ(analysis.path_to(Transition::unilateral_moves, 2)->size(), 1U);
}

// The status quo is GMR-stable but not SEQ-stable, for LG alone: its improvement 1 → 5 has no
// sanction by improvements. LG ranks 5 just above 1 (7, 3, 5, 1, …): one swap makes 1 a SEQ (and
// a Nash) equilibrium. State 2 under Nash: Uniroyal moves to 4 and 9, which it ranks above 2 —
// 2 must pass 4, 8, 5, 9, 3 and 7 (six swaps) — and LG to 6, ranked two places above 2 (two).
TEST(GmcrClassicCases, ElmiraWhatWouldMakeItStable) {
  if (!std::filesystem::exists(kClassicJson)) GTEST_SKIP() << "no " << kClassicJson;
  const ClassicCase elmira = classic_elmira();
  for (const SolutionConcept solution : {SolutionConcept::seq, SolutionConcept::nash}) {
    const auto inverse = parley::gmcr::make_equilibrium(elmira.graph, 0, solution);
    EXPECT_EQ(inverse.status, parley::gmcr::InverseStatus::least);
    EXPECT_EQ(inverse.swaps, 1U);
    EXPECT_EQ(inverse.preferences[0].swaps, 1U);  // LG
    EXPECT_EQ(inverse.preferences[0].ranking, (std::vector<StateIndex>{6, 2, 0, 4, 7, 5, 3, 1, 8}));
  }
  EXPECT_EQ(parley::gmcr::make_equilibrium(elmira.graph, 0, SolutionConcept::gmr).swaps, 0U);
  const auto state_2 = parley::gmcr::make_equilibrium(elmira.graph, 1, SolutionConcept::nash);
  EXPECT_EQ(state_2.swaps, 8U);
  EXPECT_EQ(state_2.preferences[0].swaps, 2U);  // LG
  EXPECT_EQ(state_2.preferences[1].swaps, 0U);  // MoE
  EXPECT_EQ(state_2.preferences[2].swaps, 6U);  // Uniroyal
}

}  // namespace
