// analyse_stability against a plain reference written from the definitions (Fang, Hipel & Kilgour
// 1993; Xu, Hipel & Kilgour 2009) on a few hundred seeded random small models: moves found by
// comparing every pair of patterns, the opponents' reachable states by the inductive definition
// of legal sequences (R_H(s) with the sets Ω_H(s, s1) of possible last movers), and each concept
// checked by enumerating the improvements and their sanctions explicitly. Also the inclusions
// Nash ⊆ SMR ⊆ GMR and Nash ⊆ SEQ ⊆ GMR on every model.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "parley/gmcr/coalition.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/inverse.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/gmcr/status_quo.hpp"

namespace {

using parley::gmcr::Model;
using parley::gmcr::Pattern;
using parley::gmcr::Reversibility;
using parley::gmcr::SolutionConcept;

// A random model: 2–4 decision makers, each with at least one of 2–6 options, some options one
// way, 2–16 feasible states drawn from the patterns, payoffs with ties.
Model brute_random_model(std::mt19937_64& random) {
  auto draw = [&random](std::size_t low, std::size_t high) {
    return std::uniform_int_distribution<std::size_t>(low, high)(random);
  };
  Model model;
  const std::size_t dms = draw(2, 4);
  const std::size_t options = draw(std::max<std::size_t>(dms, 2), 6);
  for (std::size_t k = 0; k < options; ++k) {
    const std::size_t way = draw(0, 5);
    model.options.push_back({"o" + std::to_string(k), k < dms ? k : draw(0, dms - 1),
                             way == 0   ? Reversibility::only_take
                             : way == 1 ? Reversibility::only_withdraw
                                        : Reversibility::reversible});
  }
  std::vector<Pattern> patterns(std::size_t{1} << options);
  for (std::size_t p = 0; p < patterns.size(); ++p) patterns[p] = p;
  std::shuffle(patterns.begin(), patterns.end(), random);
  patterns.resize(draw(2, std::min<std::size_t>(16, patterns.size())));
  model.states = patterns;
  const std::size_t levels = draw(1, patterns.size());
  for (std::size_t i = 0; i < dms; ++i) {
    parley::gmcr::DecisionMaker dm{"dm" + std::to_string(i), {}};
    for (std::size_t s = 0; s < patterns.size(); ++s) {
      dm.payoff.push_back(static_cast<std::int64_t>(draw(0, levels - 1)));
    }
    model.decision_makers.push_back(std::move(dm));
  }
  return model;
}

// A conflict as explicit tables: moves[i][s] the states i reaches from s in one move, payoff[i][s].
struct BruteConflict {
  std::vector<std::vector<std::vector<std::size_t>>> moves;
  std::vector<std::vector<std::int64_t>> payoff;
};

// R_i(s) of an option-form model by comparing every pair of patterns: t ≠ s, differing from s only
// in options i controls, each changed one way it may change.
BruteConflict brute_from_model(const Model& model) {
  BruteConflict conflict;
  for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
    conflict.payoff.push_back(model.decision_makers[i].payoff);
    conflict.moves.emplace_back(model.states.size());
    for (std::size_t s = 0; s < model.states.size(); ++s) {
      for (std::size_t t = 0; t < model.states.size(); ++t) {
        bool ok = t != s;
        for (std::size_t k = 0; k < model.options.size(); ++k) {
          const bool before = (model.states[s] >> k) & 1U;
          const bool after = (model.states[t] >> k) & 1U;
          if (before == after) continue;
          const Reversibility way = model.options[k].reversibility;
          ok = ok && model.options[k].decision_maker == i &&
               !(way == Reversibility::only_take && !after) &&
               !(way == Reversibility::only_withdraw && after);
        }
        if (ok) conflict.moves[i][s].push_back(t);
      }
    }
  }
  return conflict;
}

// A random graph-form conflict: 2–4 decision makers, 2–10 states, random arcs (a decision maker
// may then need two moves, with another's between, to reach what one move cannot), payoffs with
// ties.
BruteConflict brute_random_graph(std::mt19937_64& random) {
  auto draw = [&random](std::size_t low, std::size_t high) {
    return std::uniform_int_distribution<std::size_t>(low, high)(random);
  };
  const std::size_t dms = draw(2, 4);
  const std::size_t states = draw(2, 10);
  const std::size_t density = draw(1, 4);  // an arc with probability density / 10
  BruteConflict conflict;
  for (std::size_t i = 0; i < dms; ++i) {
    conflict.moves.emplace_back(states);
    conflict.payoff.emplace_back();
    for (std::size_t s = 0; s < states; ++s) {
      conflict.payoff[i].push_back(static_cast<std::int64_t>(draw(0, states / 2)));
      for (std::size_t t = 0; t < states; ++t) {
        if (t != s && draw(1, 10) <= density) conflict.moves[i][s].push_back(t);
      }
    }
  }
  return conflict;
}

parley::gmcr::Graph brute_to_graph(const BruteConflict& conflict) {
  parley::gmcr::Graph graph;
  graph.state_count = conflict.payoff.front().size();
  graph.payoff = conflict.payoff;
  for (const auto& from : conflict.moves) {
    std::vector<std::pair<parley::gmcr::StateIndex, parley::gmcr::StateIndex>> arcs;
    for (std::size_t s = 0; s < from.size(); ++s) {
      for (const std::size_t t : from[s]) {
        arcs.emplace_back(static_cast<parley::gmcr::StateIndex>(s),
                          static_cast<parley::gmcr::StateIndex>(t));
      }
    }
    graph.moves.push_back(parley::gmcr::Moves::from_arcs(graph.state_count, std::move(arcs)));
  }
  return graph;
}

// The reference: everything by the definitions, over explicit sets.
class BruteReference {
 public:
  explicit BruteReference(BruteConflict conflict) : conflict_(std::move(conflict)) {}

  const std::vector<std::size_t>& moves(std::size_t i, std::size_t s) const {
    return conflict_.moves[i][s];
  }
  bool prefers(std::size_t i, std::size_t a, std::size_t b) const {  // a ≻_i b
    return conflict_.payoff[i][a] > conflict_.payoff[i][b];
  }

  // R_H(s) for H = every decision maker but `focal` (R_H^+ with improvements_only).
  std::set<std::size_t> reachable(std::size_t focal, std::size_t s, bool improvements_only) const {
    parley::gmcr::Coalition others = 0;
    for (std::size_t j = 0; j < conflict_.payoff.size(); ++j) {
      if (j != focal) others |= parley::gmcr::coalition_of(j);
    }
    return reachable_by(others, s, improvements_only);
  }

  // R_H(s) for the members of H: s1 ∈ R_j(s), j ∈ H, gives s1 ∈ R_H(s) and j ∈ Ω(s1); s1 ∈
  // R_H(s), j ∈ H, Ω(s1) ≠ {j} and s2 ∈ R_j(s1) give s2 ∈ R_H(s) and j ∈ Ω(s2). Repeated until
  // nothing changes.
  std::set<std::size_t> reachable_by(parley::gmcr::Coalition movers, std::size_t s,
                                     bool improvements_only) const {
    const std::size_t n = conflict_.payoff.size();
    std::vector<std::set<std::size_t>> last(conflict_.payoff.front().size());  // Ω(s1)
    auto usable = [&](std::size_t j, std::size_t from, std::size_t to) {
      return !improvements_only || prefers(j, to, from);
    };
    for (std::size_t j = 0; j < n; ++j) {
      if (!parley::gmcr::is_member(movers, j)) continue;
      for (const std::size_t s1 : moves(j, s)) {
        if (usable(j, s, s1)) last[s1].insert(j);
      }
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t s1 = 0; s1 < conflict_.payoff.front().size(); ++s1) {
        for (std::size_t j = 0; j < n; ++j) {
          if (!parley::gmcr::is_member(movers, j) || last[s1].empty() ||
              last[s1] == std::set<std::size_t>{j}) {
            continue;
          }
          for (const std::size_t s2 : moves(j, s1)) {
            if (usable(j, s1, s2) && last[s2].insert(j).second) changed = true;
          }
        }
      }
    }
    std::set<std::size_t> result;
    for (std::size_t s1 = 0; s1 < conflict_.payoff.front().size(); ++s1) {
      if (!last[s1].empty()) result.insert(s1);
    }
    return result;
  }

  // t ≻_H s: every member strictly prefers t to s.
  bool all_prefer(parley::gmcr::Coalition coalition, std::size_t t, std::size_t s) const {
    for (std::size_t i = 0; i < conflict_.payoff.size(); ++i) {
      if (parley::gmcr::is_member(coalition, i) && !prefers(i, t, s)) return false;
    }
    return true;
  }

  std::vector<parley::gmcr::StateIndex> coalition_improvements(parley::gmcr::Coalition coalition,
                                                               std::size_t s) const {
    std::vector<parley::gmcr::StateIndex> result;
    for (const std::size_t t : reachable_by(coalition, s, false)) {
      if (all_prefer(coalition, t, s)) result.push_back(static_cast<parley::gmcr::StateIndex>(t));
    }
    return result;
  }

  // Coalition stability by the definitions (docs/gmcr.md): every coalition improvement s1 needs
  // an answer s2 of the others (legal sequences of moves; of improvements for CSEQ) that some
  // member does not prefer to s; for CSMR also no coalition move from s2 to a state every member
  // prefers to s.
  bool coalition_stable(SolutionConcept solution, parley::gmcr::Coalition coalition,
                        std::size_t s) const {
    const std::size_t n = conflict_.payoff.size();
    const parley::gmcr::Coalition others =
        ~coalition &
        (n == 64 ? ~parley::gmcr::Coalition{0} : (parley::gmcr::Coalition{1} << n) - 1);
    for (const std::size_t s1 : coalition_improvements(coalition, s)) {
      if (solution == SolutionConcept::nash) return false;
      bool answered = false;
      const std::set<std::size_t> answers =
          others == 0 ? std::set<std::size_t>{}
                      : reachable_by(others, s1, solution == SolutionConcept::seq);
      for (const std::size_t s2 : answers) {
        if (all_prefer(coalition, s2, s)) continue;
        bool escapes = false;
        if (solution == SolutionConcept::smr) {
          for (const std::size_t s3 : reachable_by(coalition, s2, false)) {
            escapes = escapes || all_prefer(coalition, s3, s);
          }
        }
        answered = answered || !escapes;
      }
      if (!answered) return false;
    }
    return true;
  }

  // The states reachable from the status quo (itself included) by legal sequences of any moves
  // or of improvements.
  std::set<std::size_t> from_status_quo(std::size_t status_quo, bool improvements_only) const {
    const parley::gmcr::Coalition everyone =
        (parley::gmcr::Coalition{1} << conflict_.payoff.size()) - 1;
    std::set<std::size_t> result = reachable_by(everyone, status_quo, improvements_only);
    result.insert(status_quo);
    return result;
  }

  bool stable(SolutionConcept solution, std::size_t i, std::size_t s) const {
    for (const std::size_t s1 : moves(i, s)) {
      if (!prefers(i, s1, s)) continue;  // only unilateral improvements need a sanction
      if (solution == SolutionConcept::nash) return false;
      bool sanctioned = false;
      for (const std::size_t s2 : reachable(i, s1, solution == SolutionConcept::seq)) {
        if (prefers(i, s2, s)) continue;  // s2 ≾_i s: a sanction
        bool escapes = false;             // SMR: i cannot move on to a state it prefers to s
        if (solution == SolutionConcept::smr) {
          for (const std::size_t s3 : moves(i, s2)) escapes = escapes || prefers(i, s3, s);
        }
        sanctioned = sanctioned || !escapes;
      }
      if (!sanctioned) return false;
    }
    return true;
  }

 private:
  BruteConflict conflict_;
};

TEST(GmcrBruteForce, EveryConceptMatchesTheDefinitionsOnRandomModels) {
  std::mt19937_64 random(20091);
  for (int trial = 0; trial < 300; ++trial) {
    const Model model = brute_random_model(random);
    const parley::gmcr::Graph graph = parley::gmcr::graph_of(model);
    const parley::gmcr::Stability stability = parley::gmcr::analyse_stability(graph);
    const BruteReference reference(brute_from_model(model));
    // The option-form engine, which never lists the moves, gives the same sets.
    const parley::gmcr::Stability from_options = parley::gmcr::analyse_stability(model);
    for (std::size_t c = 0; c < parley::gmcr::kSolutionConcepts.size(); ++c) {
      ASSERT_EQ(from_options.stable[c], stability.stable[c]) << "trial " << trial << ", " << c;
      ASSERT_EQ(from_options.equilibria[c], stability.equilibria[c]) << "trial " << trial;
    }
    for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
      for (std::size_t s = 0; s < model.states.size(); ++s) {
        const auto targets = graph.moves[i].from(static_cast<parley::gmcr::StateIndex>(s));
        ASSERT_EQ(std::vector<std::size_t>(targets.begin(), targets.end()), reference.moves(i, s))
            << "trial " << trial << ", decision maker " << i << ", state " << s;
      }
    }
    for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
      for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
        for (std::size_t s = 0; s < model.states.size(); ++s) {
          ASSERT_EQ(stability.stable_for(solution, i).contains(s), reference.stable(solution, i, s))
              << "trial " << trial << ", concept " << static_cast<int>(solution)
              << ", decision maker " << i << ", state " << s;
        }
      }
      for (std::size_t s = 0; s < model.states.size(); ++s) {
        bool everyone = true;
        for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
          everyone = everyone && stability.stable_for(solution, i).contains(s);
        }
        ASSERT_EQ(stability.equilibria_under(solution).contains(s), everyone) << "trial " << trial;
      }
    }
  }
}

TEST(GmcrBruteForce, EveryConceptMatchesTheDefinitionsOnRandomGraphs) {
  std::mt19937_64 random(2009);
  for (int trial = 0; trial < 300; ++trial) {
    const BruteConflict conflict = brute_random_graph(random);
    const parley::gmcr::Stability stability =
        parley::gmcr::analyse_stability(brute_to_graph(conflict));
    const BruteReference reference(conflict);
    for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
      for (std::size_t i = 0; i < conflict.payoff.size(); ++i) {
        for (std::size_t s = 0; s < conflict.payoff[i].size(); ++s) {
          ASSERT_EQ(stability.stable_for(solution, i).contains(s), reference.stable(solution, i, s))
              << "trial " << trial << ", concept " << static_cast<int>(solution)
              << ", decision maker " << i << ", state " << s;
        }
      }
    }
  }
}

TEST(GmcrBruteForce, NashWithinSmrWithinGmrAndNashWithinSeqWithinGmr) {
  std::mt19937_64 random(1993);
  for (int trial = 0; trial < 300; ++trial) {
    const Model model = brute_random_model(random);
    const parley::gmcr::Stability stability =
        parley::gmcr::analyse_stability(parley::gmcr::graph_of(model));
    for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
      const auto& nash = stability.stable_for(SolutionConcept::nash, i);
      const auto& gmr = stability.stable_for(SolutionConcept::gmr, i);
      const auto& smr = stability.stable_for(SolutionConcept::smr, i);
      const auto& seq = stability.stable_for(SolutionConcept::seq, i);
      EXPECT_TRUE(nash.is_subset_of(smr)) << "trial " << trial;
      EXPECT_TRUE(smr.is_subset_of(gmr)) << "trial " << trial;
      EXPECT_TRUE(nash.is_subset_of(seq)) << "trial " << trial;
      EXPECT_TRUE(seq.is_subset_of(gmr)) << "trial " << trial;
    }
  }
}

// Coalition moves, improvements and CNash/CGMR/CSMR/CSEQ for every coalition of random models
// and graphs, against the definitions; every coalition equilibrium is an equilibrium.
void brute_check_coalitions(std::uint64_t seed, int trials) {
  std::mt19937_64 random(seed);
  for (int trial = 0; trial < trials; ++trial) {
    const bool graph_form = trial % 2 == 1;
    const BruteConflict conflict =
        graph_form ? brute_random_graph(random) : brute_from_model(brute_random_model(random));
    const parley::gmcr::Graph graph = brute_to_graph(conflict);
    const BruteReference reference(conflict);
    const std::size_t n = conflict.payoff.size();
    const std::size_t m = conflict.payoff.front().size();
    const auto coalitions = parley::gmcr::analyse_coalition_stability(graph);
    ASSERT_EQ(coalitions.coalitions, parley::gmcr::every_coalition(n));
    for (std::size_t c = 0; c < coalitions.coalitions.size(); ++c) {
      const parley::gmcr::Coalition coalition = coalitions.coalitions[c];
      const auto improvements = parley::gmcr::coalition_improvements(graph, coalition);
      for (std::size_t s = 0; s < m; ++s) {
        ASSERT_EQ(improvements[s], reference.coalition_improvements(coalition, s))
            << "trial " << trial << ", coalition " << coalition << ", state " << s;
        for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
          ASSERT_EQ(coalitions.stable_for(solution, c).contains(s),
                    reference.coalition_stable(solution, coalition, s))
              << "trial " << trial << ", concept " << static_cast<int>(solution) << ", coalition "
              << coalition << ", state " << s;
        }
      }
    }
    const parley::gmcr::Stability stability = parley::gmcr::analyse_stability(graph);
    for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
      EXPECT_TRUE(
          coalitions.equilibria_under(solution).is_subset_of(stability.equilibria_under(solution)))
          << "trial " << trial;
    }
  }
}

TEST(GmcrBruteForce, CoalitionStabilityMatchesTheDefinitions) {
  brute_check_coalitions(2001, 60);
}

// The same on many more models (label `slow`: a few seconds in Release).
TEST(GmcrBruteForceSlow, CoalitionStabilityOnManyModels) {
  brute_check_coalitions(2008, 2000);
}

// Status quo reachability against the definitions, and every path checked: each step a legal
// move (or coalition improvement), no actor twice in a row, as few steps as a breadth-first
// search over the reachable sets needs.
TEST(GmcrBruteForce, StatusQuoPathsAreLegalAndShortest) {
  std::mt19937_64 random(2005);
  for (int trial = 0; trial < 100; ++trial) {
    const BruteConflict conflict =
        trial % 2 == 1 ? brute_random_graph(random) : brute_from_model(brute_random_model(random));
    const parley::gmcr::Graph graph = brute_to_graph(conflict);
    const BruteReference reference(conflict);
    const std::size_t m = conflict.payoff.front().size();
    const auto status_quo = static_cast<parley::gmcr::StateIndex>(trial % m);
    std::vector<parley::gmcr::StateIndex> targets(m);
    for (std::size_t t = 0; t < m; ++t) targets[t] = static_cast<parley::gmcr::StateIndex>(t);
    const auto analysis = parley::gmcr::analyse_status_quo(graph, status_quo, targets);
    using parley::gmcr::Transition;
    for (const bool improvements : {false, true}) {
      const Transition transition =
          improvements ? Transition::unilateral_improvements : Transition::unilateral_moves;
      const std::set<std::size_t> expected = reference.from_status_quo(status_quo, improvements);
      ASSERT_EQ(analysis.reachable_by(transition).states(),
                std::vector<std::size_t>(expected.begin(), expected.end()))
          << "trial " << trial;
    }
    for (const Transition transition : parley::gmcr::kTransitions) {
      // Fewest steps by layers: the (state, last actor) pairs after k steps.
      const bool coalitions = transition == Transition::coalition_improvements;
      const std::vector<parley::gmcr::Coalition> actors =
          coalitions ? parley::gmcr::every_coalition(conflict.payoff.size()) : [&] {
            std::vector<parley::gmcr::Coalition> each;
            for (std::size_t j = 0; j < conflict.payoff.size(); ++j) {
              each.push_back(parley::gmcr::coalition_of(j));
            }
            return each;
          }();
      auto step_targets = [&](std::size_t a, std::size_t x) {
        std::vector<std::size_t> next;
        if (coalitions) {
          for (const auto y : reference.coalition_improvements(actors[a], x)) next.push_back(y);
        } else {
          const auto j = static_cast<std::size_t>(std::countr_zero(actors[a]));
          for (const std::size_t y : reference.moves(j, x)) {
            if (transition == Transition::unilateral_moves || reference.prefers(j, y, x)) {
              next.push_back(y);
            }
          }
        }
        return next;
      };
      std::vector<std::size_t> fewest(m, static_cast<std::size_t>(-1));
      std::set<std::pair<std::size_t, std::size_t>> layer{{status_quo, actors.size()}};
      std::set<std::pair<std::size_t, std::size_t>> seen = layer;
      for (std::size_t k = 0; !layer.empty(); ++k) {
        std::set<std::pair<std::size_t, std::size_t>> next_layer;
        for (const auto& [x, last] : layer) {
          fewest[x] = std::min(fewest[x], k);
          for (std::size_t a = 0; a < actors.size(); ++a) {
            if (a == last) continue;
            for (const std::size_t y : step_targets(a, x)) {
              if (seen.insert({y, a}).second) next_layer.insert({y, a});
            }
          }
        }
        layer = std::move(next_layer);
      }
      for (std::size_t t = 0; t < m; ++t) {
        const auto& path = analysis.path_to(transition, t);
        ASSERT_EQ(path.has_value(), fewest[t] != static_cast<std::size_t>(-1))
            << "trial " << trial << ", target " << t;
        ASSERT_EQ(analysis.reachable_by(transition).contains(t), path.has_value());
        if (!path) continue;
        ASSERT_EQ(path->size(), fewest[t]) << "trial " << trial << ", target " << t;
        std::size_t at = status_quo;
        parley::gmcr::Coalition previous = 0;
        for (const parley::gmcr::Step& step : *path) {
          ASSERT_EQ(step.from, at);
          ASSERT_NE(step.coalition, previous);
          std::size_t a = 0;
          while (actors[a] != step.coalition) ++a;
          const auto next = step_targets(a, step.from);
          ASSERT_NE(std::find(next.begin(), next.end(), step.to), next.end());
          // The members' moves: a legal sequence of the coalition's members from → to.
          std::size_t inner = step.from;
          std::size_t last_mover = conflict.payoff.size();
          for (const parley::gmcr::Move& move : step.moves) {
            ASSERT_EQ(move.from, inner);
            ASSERT_TRUE(parley::gmcr::is_member(step.coalition, move.decision_maker));
            ASSERT_NE(move.decision_maker, last_mover);
            const auto& own = reference.moves(move.decision_maker, move.from);
            ASSERT_NE(std::find(own.begin(), own.end(), move.to), own.end());
            inner = move.to;
            last_mover = move.decision_maker;
          }
          ASSERT_EQ(inner, step.to);
          at = step.to;
          previous = step.coalition;
        }
        ASSERT_EQ(at, t);
      }
    }
  }
}

// make_equilibrium against every profile of strict rankings on tiny random graphs: the least
// swaps found by enumeration, and the rankings returned make the state an equilibrium.
TEST(GmcrBruteForce, InverseFindsTheFewestSwaps) {
  std::mt19937_64 random(2015);
  auto draw = [&random](std::size_t low, std::size_t high) {
    return std::uniform_int_distribution<std::size_t>(low, high)(random);
  };
  for (int trial = 0; trial < 24; ++trial) {
    const std::size_t dms = trial % 4 == 3 ? 3 : 2;
    const std::size_t states = dms == 3 ? 3 : draw(3, 4);
    BruteConflict conflict;
    for (std::size_t i = 0; i < dms; ++i) {
      conflict.moves.emplace_back(states);
      conflict.payoff.emplace_back();
      for (std::size_t s = 0; s < states; ++s) {
        conflict.payoff[i].push_back(static_cast<std::int64_t>(draw(0, states - 1)));
        for (std::size_t t = 0; t < states; ++t) {
          if (t != s && draw(1, 10) <= 4) conflict.moves[i][s].push_back(t);
        }
      }
    }
    const parley::gmcr::Graph graph = brute_to_graph(conflict);
    // Every ranking of the states.
    std::vector<std::vector<parley::gmcr::StateIndex>> rankings;
    std::vector<parley::gmcr::StateIndex> ranking(states);
    for (std::size_t s = 0; s < states; ++s) ranking[s] = static_cast<parley::gmcr::StateIndex>(s);
    do {
      rankings.push_back(ranking);
    } while (std::next_permutation(ranking.begin(), ranking.end()));
    const auto state = static_cast<parley::gmcr::StateIndex>(draw(0, states - 1));
    // The least swaps per concept over every profile.
    std::array<std::size_t, parley::gmcr::kSolutionConcepts.size()> least;
    least.fill(static_cast<std::size_t>(-1));
    std::vector<std::size_t> pick(dms, 0);
    for (bool more = true; more;) {
      parley::gmcr::Graph changed = graph;
      std::size_t swaps = 0;
      for (std::size_t i = 0; i < dms; ++i) {
        changed.payoff[i] = parley::gmcr::payoff_of_ranking(rankings[pick[i]]);
        swaps += parley::gmcr::swaps_between(graph.payoff[i], rankings[pick[i]]);
      }
      const auto stability = parley::gmcr::analyse_stability(changed);
      for (std::size_t c = 0; c < least.size(); ++c) {
        if (stability.equilibria[c].contains(state)) least[c] = std::min(least[c], swaps);
      }
      more = false;
      for (std::size_t i = 0; i < dms && !more; ++i) {
        if (++pick[i] < rankings.size()) {
          more = true;
        } else {
          pick[i] = 0;
        }
      }
    }
    for (const SolutionConcept solution : parley::gmcr::kSolutionConcepts) {
      const auto inverse = parley::gmcr::make_equilibrium(graph, state, solution);
      const auto c = static_cast<std::size_t>(solution);
      ASSERT_EQ(inverse.status, parley::gmcr::InverseStatus::least) << "trial " << trial;
      ASSERT_EQ(inverse.swaps, least[c]) << "trial " << trial << ", concept " << c;
      ASSERT_EQ(inverse.lower_bound, least[c]);
      parley::gmcr::Graph changed = graph;
      for (std::size_t i = 0; i < dms; ++i) {
        changed.payoff[i] = parley::gmcr::payoff_of_ranking(inverse.preferences[i].ranking);
      }
      ASSERT_TRUE(parley::gmcr::analyse_stability(changed).equilibria[c].contains(state))
          << "trial " << trial << ", concept " << c;
    }
  }
}

}  // namespace
