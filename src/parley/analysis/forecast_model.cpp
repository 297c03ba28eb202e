#include "parley/analysis/forecast_model.hpp"

namespace parley::analysis {

forecast::Model forecast_model(const scenario::Scenario& s) {
  forecast::Model m;
  m.name = s.meta.title;
  for (const auto& issue : s.issues) {
    m.dimensions.push_back({issue.id, issue.scale_min(), issue.scale_max()});
  }
  for (const auto& actor : s.actors) {
    forecast::Actor a;
    a.name = actor.id;
    a.description = actor.name;
    a.capability = actor.capability.value;
    for (const auto& issue : s.issues) {
      const scenario::Position* p = s.find_position(actor.id, issue.id);
      a.position.push_back(p ? p->ideal.value : (issue.scale_min() + issue.scale_max()) / 2);
      a.salience.push_back(p ? p->salience.value : 0.0);
    }
    m.actors.push_back(std::move(a));
  }
  return m;
}

std::vector<forecast::UncertainInput> forecast_inputs(const scenario::Scenario& s) {
  using Kind = forecast::UncertainInput::Kind;
  std::vector<forecast::UncertainInput> out;
  for (std::size_t i = 0; i < s.actors.size(); ++i) {
    const auto& actor = s.actors[i];
    if (actor.capability.range) {
      out.push_back({Kind::capability, i, 0, actor.capability.range->low,
                     actor.capability.range->high, actor.capability.assumption});
    }
    for (std::size_t k = 0; k < s.issues.size(); ++k) {
      const scenario::Position* p = s.find_position(actor.id, s.issues[k].id);
      if (!p) continue;
      if (p->ideal.range) {
        out.push_back({Kind::position, i, k, p->ideal.range->low, p->ideal.range->high,
                       p->ideal.assumption || p->assumption});
      }
      if (p->salience.range) {
        out.push_back({Kind::salience, i, k, p->salience.range->low, p->salience.range->high,
                       p->salience.assumption || p->assumption});
      }
    }
  }
  return out;
}

}  // namespace parley::analysis
