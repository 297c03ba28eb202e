#include "parley/report/json/gmcr_json.hpp"

#include <nlohmann/json.hpp>

#include "parley/report/gmcr_view.hpp"

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

nlohmann::ordered_json numbered(const std::vector<std::size_t>& states) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const std::size_t s : states) out.push_back(s + 1);
  return out;
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
    dms.push_back({{"id", m.decision_makers[i].name},
                   {"name", g.decision_maker_names[i]},
                   {"options", options}});
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
  if (!g.warnings.empty()) out["warnings"] = g.warnings;
  return out;
}

}  // namespace parley::report
