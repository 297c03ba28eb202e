#include "parley/report/json/gmcr_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/report/gmcr_view.hpp"
#include "parley/report/gmcr_words.hpp"

namespace parley::report {

namespace {

const char* changes_key(gmcr::Reversibility r) {
  switch (r) {
    case gmcr::Reversibility::reversible:
      return "either way";
    case gmcr::Reversibility::only_take:
      return "only N to Y";
    case gmcr::Reversibility::only_withdraw:
      return "only Y to N";
  }
  return "";
}

template <typename Index>
nlohmann::ordered_json numbered(const std::vector<Index>& states) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const std::size_t s : states) out.push_back(s + 1);
  return out;
}

const char* transition_key(gmcr::Transition t) {
  switch (t) {
    case gmcr::Transition::unilateral_moves:
      return "unilateral_moves";
    case gmcr::Transition::unilateral_improvements:
      return "unilateral_improvements";
    case gmcr::Transition::coalition_improvements:
      return "coalition_improvements";
  }
  return "";
}

nlohmann::ordered_json coalition_json(const analysis::Gmcr& g, gmcr::Coalition c) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < g.model.decision_makers.size(); ++i) {
    if (gmcr::is_member(c, i)) out.push_back(g.model.decision_makers[i].name);
  }
  return out;
}

nlohmann::ordered_json path_json(const analysis::Gmcr& g, const gmcr::Path& path) {
  using nlohmann::ordered_json;
  ordered_json steps = ordered_json::array();
  for (const gmcr::Step& step : path) {
    ordered_json moves = ordered_json::array();
    for (const gmcr::Move& m : step.moves) {
      ordered_json takes = ordered_json::array(), withdraws = ordered_json::array();
      for (const gmcr::OptionChange& c : m.changes) {
        (c.taken ? takes : withdraws).push_back(g.model.options[c.option].name);
      }
      moves.push_back({{"decision_maker", g.model.decision_makers[m.decision_maker].name},
                       {"from", m.from + 1},
                       {"to", m.to + 1},
                       {"takes", takes},
                       {"withdraws", withdraws}});
    }
    steps.push_back({{"movers", coalition_json(g, step.coalition)},
                     {"from", step.from + 1},
                     {"to", step.to + 1},
                     {"moves", moves},
                     {"words", step_in_words(g, step)}});
  }
  return steps;
}

nlohmann::ordered_json status_quo_json(const analysis::Gmcr& g) {
  using nlohmann::ordered_json;
  const gmcr::StatusQuo& sq = *g.status_quo;
  ordered_json reachable = ordered_json::object();
  for (const gmcr::Transition t : gmcr::kTransitions) {
    if (t == gmcr::Transition::coalition_improvements && !g.coalitions) continue;
    reachable[transition_key(t)] = numbered(sq.reachable_by(t).states());
  }
  ordered_json paths = ordered_json::array();
  for (std::size_t k = 0; k < sq.targets.size(); ++k) {
    ordered_json by = ordered_json::object();
    for (const gmcr::Transition t : gmcr::kTransitions) {
      if (t == gmcr::Transition::coalition_improvements && !g.coalitions) continue;
      const auto& p = sq.path_to(t, k);
      by[transition_key(t)] =
          p ? ordered_json{{"steps", path_json(g, *p)}, {"words", path_in_words(g, *p)}}
            : ordered_json();
    }
    paths.push_back({{"target", sq.targets[k] + 1}, {"by", by}});
  }
  return {{"state", sq.status_quo + 1},
          {"pattern", state_pattern(g, sq.status_quo)},
          {"reachable", reachable},
          {"paths", paths}};
}

const char* inverse_status(gmcr::InverseStatus s) {
  switch (s) {
    case gmcr::InverseStatus::least:
      return "least";
    case gmcr::InverseStatus::best_found:
      return "best_found";
    case gmcr::InverseStatus::too_large:
      return "too_large";
  }
  return "";
}

}  // namespace

nlohmann::ordered_json to_json(const analysis::Gmcr& g) {
  using nlohmann::ordered_json;
  const gmcr::Model& m = g.model;
  ordered_json model = {{"name", g.name}};
  if (!g.description.empty()) model["description"] = g.description;
  if (!g.input.empty()) model["input"] = g.input;
  ordered_json dms = ordered_json::array();
  for (std::size_t i = 0; i < m.decision_makers.size(); ++i) {
    ordered_json options = ordered_json::array();
    for (const auto& o : m.options) {
      if (o.decision_maker == i) options.push_back(o.name);
    }
    ordered_json dm = {{"id", m.decision_makers[i].name},
                       {"name", g.decision_maker_names[i]},
                       {"options", options}};
    if (i < g.priorities.size() && !g.priorities[i].empty()) {
      ordered_json priorities = ordered_json::array();
      for (const analysis::GmcrPriority& p : g.priorities[i]) {
        ordered_json item = {{"statement", p.statement}};
        if (!p.sources.empty()) item["sources"] = p.sources;
        if (p.assumption) item["assumption"] = true;
        if (!p.note.empty()) item["note"] = p.note;
        priorities.push_back(std::move(item));
      }
      dm["priorities"] = priorities;
    }
    dms.push_back(std::move(dm));
  }
  model["decision_makers"] = dms;
  ordered_json options = ordered_json::array();
  for (std::size_t k = 0; k < m.options.size(); ++k) {
    const auto& o = m.options[k];
    options.push_back({{"number", k + 1},
                       {"id", o.name},
                       {"name", g.option_names[k]},
                       {"decision_maker", m.decision_makers[o.decision_maker].name},
                       {"changes", changes_key(o.reversibility)}});
  }
  model["options"] = options;
  model["moves"] = g.moves;

  const auto ranks = analysis::preference_ranks(m);
  ordered_json states = ordered_json::array();
  for (std::size_t s = 0; s < m.states.size(); ++s) {
    ordered_json taken = ordered_json::array();
    for (std::size_t k = 0; k < m.options.size(); ++k) {
      if ((m.states[s] >> k) & 1U) taken.push_back(m.options[k].name);
    }
    ordered_json payoffs = ordered_json::object(), rank = ordered_json::object();
    for (std::size_t i = 0; i < m.decision_makers.size(); ++i) {
      payoffs[m.decision_makers[i].name] = m.decision_makers[i].payoff[s];
      rank[m.decision_makers[i].name] = ranks[i][s];
    }
    states.push_back({{"state", s + 1},
                      {"pattern", state_pattern(g, s)},
                      {"taken", taken},
                      {"payoffs", payoffs},
                      {"ranks", rank}});
  }

  ordered_json concepts = ordered_json::array(), stability = ordered_json::object(),
               equilibria = ordered_json::object();
  for (const gmcr::SolutionConcept c : g.concepts) {
    const std::string key = analysis::to_string(c);
    concepts.push_back(key);
    ordered_json per_dm = ordered_json::object();
    for (std::size_t i = 0; i < m.decision_makers.size(); ++i) {
      per_dm[m.decision_makers[i].name] = numbered(g.stability.stable_for(c, i).states());
    }
    stability[key] = per_dm;
    equilibria[key] = numbered(g.stability.equilibria_under(c).states());
  }
  ordered_json out = {{"model", model},
                      {"states", states},
                      {"concepts", concepts},
                      {"stability", stability},
                      {"equilibria", equilibria}};
  if (g.status_quo) out["status_quo"] = status_quo_json(g);
  if (g.coalitions) {
    ordered_json per = ordered_json::object(), coalitions = ordered_json::array();
    for (const gmcr::SolutionConcept c : g.concepts) {
      per[std::string("c") + analysis::to_string(c)] =
          numbered(g.coalitions->equilibria_under(c).states());
    }
    for (std::size_t k = 0; k < g.coalitions->coalitions.size(); ++k) {
      ordered_json stable = ordered_json::object();
      for (const gmcr::SolutionConcept c : g.concepts) {
        stable[std::string("c") + analysis::to_string(c)] =
            numbered(g.coalitions->stable_for(c, k).states());
      }
      coalitions.push_back(
          {{"members", coalition_json(g, g.coalitions->coalitions[k])}, {"stable", stable}});
    }
    out["coalition_equilibria"] = per;
    out["coalitions"] = coalitions;
  }
  if (!g.stabilize.empty()) {
    ordered_json answers = ordered_json::array();
    for (const analysis::GmcrStabilize& st : g.stabilize) {
      ordered_json per_dm = ordered_json::array();
      for (std::size_t i = 0; i < st.inverse.preferences.size(); ++i) {
        per_dm.push_back({{"decision_maker", m.decision_makers[i].name},
                          {"swaps", st.inverse.preferences[i].swaps},
                          {"ranking", numbered(st.inverse.preferences[i].ranking)}});
      }
      answers.push_back({{"state", st.state + 1},
                         {"concept", analysis::to_string(st.concept_)},
                         {"status", inverse_status(st.inverse.status)},
                         {"swaps", st.inverse.swaps},
                         {"lower_bound", st.inverse.lower_bound},
                         {"nodes", st.inverse.nodes},
                         {"preferences", per_dm}});
    }
    out["stabilize"] = answers;
  }
  if (!g.warnings.empty()) out["warnings"] = g.warnings;
  return out;
}

}  // namespace parley::report
