// analyse_stability against a plain reference written from the definitions (Fang, Hipel & Kilgour
// 1993; Xu, Hipel & Kilgour 2009) on a few hundred seeded random small models: moves found by
// comparing every pair of patterns, the opponents' reachable states by the inductive definition
// of legal sequences (R_H(s) with the sets Ω_H(s, s1) of possible last movers), and each concept
// checked by enumerating the improvements and their sanctions explicitly. Also the inclusions
// Nash ⊆ SMR ⊆ GMR and Nash ⊆ SEQ ⊆ GMR on every model.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

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

  // R_H(s) for H = every decision maker but `focal` (R_H^+ with improvements_only): s1 ∈ R_j(s),
  // j ∈ H, gives s1 ∈ R_H(s) and j ∈ Ω(s1); s1 ∈ R_H(s), j ∈ H, Ω(s1) ≠ {j} and s2 ∈ R_j(s1) give
  // s2 ∈ R_H(s) and j ∈ Ω(s2). Repeated until nothing changes.
  std::set<std::size_t> reachable(std::size_t focal, std::size_t s, bool improvements_only) const {
    const std::size_t n = conflict_.payoff.size();
    std::vector<std::set<std::size_t>> last(conflict_.payoff.front().size());  // Ω(s1)
    auto usable = [&](std::size_t j, std::size_t from, std::size_t to) {
      return !improvements_only || prefers(j, to, from);
    };
    for (std::size_t j = 0; j < n; ++j) {
      if (j == focal) continue;
      for (const std::size_t s1 : moves(j, s)) {
        if (usable(j, s, s1)) last[s1].insert(j);
      }
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t s1 = 0; s1 < conflict_.payoff.front().size(); ++s1) {
        for (std::size_t j = 0; j < n; ++j) {
          if (j == focal || last[s1].empty() || last[s1] == std::set<std::size_t>{j}) continue;
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

}  // namespace
