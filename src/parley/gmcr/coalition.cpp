#include "parley/gmcr/coalition.hpp"

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/detail/sequences.hpp"

namespace parley::gmcr {

namespace {

using detail::Conflict;
using detail::Rank;

void check_coalition(Coalition coalition, std::size_t decision_makers, const std::string& field) {
  if (coalition == 0) {
    throw InputError(Diagnostic{"", 0, 0, field, "a coalition needs at least one member"});
  }
  if (decision_makers < kMaxCoalitionMembers && (coalition >> decision_makers) != 0) {
    throw InputError(
        Diagnostic{"", 0, 0, field,
                   fmt::format("decision maker {} is a member, but there are {} decision makers",
                               std::countr_zero(coalition >> decision_makers) + decision_makers,
                               decision_makers)});
  }
}

detail::Movers movers_of(Coalition coalition, std::size_t n) {
  detail::Movers movers(n, 0);
  for (std::size_t i = 0; i < n; ++i) movers[i] = is_member(coalition, i) ? 1 : 0;
  return movers;
}

Conflict coalition_conflict(const Graph& graph) {
  if (graph.decision_maker_count() > kMaxCoalitionMembers) {
    throw LimitError(fmt::format("coalition analysis handles at most {} decision makers, not {}",
                                 kMaxCoalitionMembers, graph.decision_maker_count()));
  }
  return detail::conflict_of(graph);
}

// Whether every member of the coalition strictly prefers t to s.
bool all_prefer(const Conflict& conflict, Coalition coalition, std::size_t t, std::size_t s) {
  for (std::size_t i = 0; i < conflict.n; ++i) {
    if (is_member(coalition, i) && conflict.ranks[i][t] <= conflict.ranks[i][s]) return false;
  }
  return true;
}

std::vector<std::vector<StateIndex>> improvements_of(const Conflict& conflict, Coalition coalition,
                                                     const std::vector<StateSet>& moves) {
  std::vector<std::vector<StateIndex>> result(conflict.m);
  for (std::size_t s = 0; s < conflict.m; ++s) {
    moves[s].for_each([&](std::size_t t) {
      if (all_prefer(conflict, coalition, t, s)) result[s].push_back(static_cast<StateIndex>(t));
    });
  }
  return result;
}

// The states stable for one coalition under each concept.
std::array<StateSet, kSolutionConcepts.size()> coalition_stable(const Conflict& conflict,
                                                                Coalition coalition) {
  const std::size_t n = conflict.n;
  const std::size_t m = conflict.m;
  const detail::Movers members = movers_of(coalition, n);
  detail::Movers others(n, 0);
  for (std::size_t i = 0; i < n; ++i) others[i] = members[i] != 0 ? 0 : 1;
  const std::vector<StateSet> moves = detail::reachable_sets(conflict, members, false);
  const std::vector<std::vector<StateIndex>> improvements =
      improvements_of(conflict, coalition, moves);

  // For each member i: the least rank of i the others can reach from each state by a legal
  // sequence (of any moves for CGMR, of improvements for CSEQ). A coalition improvement s1 from s
  // is answered when some member's least rank from s1 is at most its rank at s.
  std::vector<std::vector<Rank>> gmr_least(n);
  std::vector<std::vector<Rank>> seq_least(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (members[i] == 0) continue;
    gmr_least[i] = detail::least_reachable(conflict, others, conflict.ranks[i], false);
    seq_least[i] = detail::least_reachable(conflict, others, conflict.ranks[i], true);
  }
  auto answered = [&](const std::vector<std::vector<Rank>>& least, std::size_t s1, std::size_t s) {
    for (std::size_t i = 0; i < n; ++i) {
      if (members[i] != 0 && least[i][s1] <= conflict.ranks[i][s]) return true;
    }
    return false;
  };

  std::array<StateSet, kSolutionConcepts.size()> stable;
  for (StateSet& set : stable) set = StateSet(m);
  std::vector<StateSet> others_moves;          // R_{N−H}, for CSMR, when first needed
  std::vector<std::size_t> escape_seen(m, 0);  // the state s + 1 for which escape[z] was found
  std::vector<char> escape(m, 0);
  for (std::size_t s = 0; s < m; ++s) {
    const std::vector<StateIndex>& from_s = improvements[s];
    bool gmr = true;
    bool seq = true;
    for (const StateIndex s1 : from_s) {
      gmr = gmr && answered(gmr_least, s1, s);
      seq = seq && answered(seq_least, s1, s);
    }
    bool smr = gmr;
    if (smr && !from_s.empty()) {
      if (others_moves.empty()) others_moves = detail::reachable_sets(conflict, others, false);
      // The states every member prefers to s; a sanction s2 must not be one, and the coalition
      // must have no move from s2 to one.
      StateSet preferred(m);
      for (std::size_t t = 0; t < m; ++t) {
        if (all_prefer(conflict, coalition, t, s)) preferred.insert(t);
      }
      for (const StateIndex s1 : from_s) {
        bool sanctioned = false;
        others_moves[s1].for_each([&](std::size_t s2) {
          if (sanctioned || preferred.contains(s2)) return;
          if (escape_seen[s2] != s + 1) {
            escape_seen[s2] = s + 1;
            escape[s2] = moves[s2].intersects(preferred) ? 1 : 0;
          }
          sanctioned = escape[s2] == 0;
        });
        if (!sanctioned) {
          smr = false;
          break;
        }
      }
    }
    const std::array results{from_s.empty(), gmr, smr, seq};
    for (std::size_t c = 0; c < results.size(); ++c) {
      if (results[c]) stable[c].insert(s);
    }
  }
  return stable;
}

}  // namespace

std::vector<Coalition> every_coalition(std::size_t decision_makers) {
  if (decision_makers > kMaxEveryCoalition) {
    throw LimitError(fmt::format(
        "{} decision makers form 2^{} − 1 coalitions; analysing every coalition is limited to {} "
        "decision makers: name the coalitions to analyse",
        decision_makers, decision_makers, kMaxEveryCoalition));
  }
  std::vector<Coalition> result;
  for (std::size_t size = 1; size <= decision_makers; ++size) {
    for (Coalition c = 1; c < (Coalition{1} << decision_makers); ++c) {
      if (member_count(c) == size) result.push_back(c);
    }
  }
  return result;
}

std::vector<StateSet> coalition_moves(const Graph& graph, Coalition coalition) {
  const Conflict conflict = coalition_conflict(graph);
  check_coalition(coalition, conflict.n, "coalition");
  return detail::reachable_sets(conflict, movers_of(coalition, conflict.n), false);
}

std::vector<std::vector<StateIndex>> coalition_improvements(const Graph& graph,
                                                            Coalition coalition) {
  const Conflict conflict = coalition_conflict(graph);
  check_coalition(coalition, conflict.n, "coalition");
  return improvements_of(conflict, coalition,
                         detail::reachable_sets(conflict, movers_of(coalition, conflict.n), false));
}

StateSet CoalitionStability::stable_for_member(SolutionConcept solution,
                                               std::size_t decision_maker) const {
  const std::vector<StateSet>& sets = stable[static_cast<std::size_t>(solution)];
  StateSet result(equilibria[static_cast<std::size_t>(solution)].state_count());
  for (std::size_t s = 0; s < result.state_count(); ++s) result.insert(s);
  for (std::size_t c = 0; c < coalitions.size(); ++c) {
    if (is_member(coalitions[c], decision_maker)) result &= sets[c];
  }
  return result;
}

CoalitionStability analyse_coalition_stability(const Graph& graph,
                                               std::vector<Coalition> coalitions) {
  const Conflict conflict = coalition_conflict(graph);
  if (coalitions.empty()) coalitions = every_coalition(conflict.n);
  for (std::size_t c = 0; c < coalitions.size(); ++c) {
    check_coalition(coalitions[c], conflict.n, fmt::format("coalitions[{}]", c));
  }
  CoalitionStability result;
  result.coalitions = std::move(coalitions);
  for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
    result.equilibria[c] = StateSet(conflict.m);
    for (std::size_t s = 0; s < conflict.m; ++s) result.equilibria[c].insert(s);
  }
  for (const Coalition coalition : result.coalitions) {
    std::array<StateSet, kSolutionConcepts.size()> stable = coalition_stable(conflict, coalition);
    for (std::size_t c = 0; c < kSolutionConcepts.size(); ++c) {
      result.equilibria[c] &= stable[c];
      result.stable[c].push_back(std::move(stable[c]));
    }
  }
  return result;
}

}  // namespace parley::gmcr
