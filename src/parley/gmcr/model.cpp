#include "parley/gmcr/model.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"

namespace parley::gmcr {

Pattern options_of(const Model& model, std::size_t decision_maker) {
  Pattern mask = 0;
  for (std::size_t k = 0; k < model.options.size(); ++k) {
    if (model.options[k].decision_maker == decision_maker) mask |= Pattern{1} << k;
  }
  return mask;
}

bool may_change(const Option& option, bool before, bool after) {
  if (before == after) return true;
  switch (option.reversibility) {
    case Reversibility::reversible:
      return true;
    case Reversibility::only_take:
      return after;
    case Reversibility::only_withdraw:
      return !after;
  }
  return false;
}

void validate(const Model& model) {
  std::vector<Diagnostic> problems;
  auto problem = [&problems](std::string field, std::string message) {
    problems.push_back(Diagnostic{"", 0, 0, std::move(field), std::move(message)});
  };
  const std::size_t dms = model.decision_makers.size();
  if (dms < 2) problem("decision_makers", "a conflict needs at least two decision makers");
  if (model.states.empty()) problem("states", "the model has no feasible state");
  if (model.options.size() > kMaxOptions) {
    problem("options",
            fmt::format("{} options, at most {} are supported", model.options.size(), kMaxOptions));
  }
  for (std::size_t k = 0; k < model.options.size(); ++k) {
    if (model.options[k].decision_maker >= dms) {
      problem(fmt::format("options[{}].decision_maker", k),
              fmt::format("decision maker {} does not exist ({} decision makers)",
                          model.options[k].decision_maker, dms));
    }
  }
  for (std::size_t i = 0; i < dms; ++i) {
    if (model.options.size() <= kMaxOptions && options_of(model, i) == 0) {
      problem(fmt::format("decision_makers[{}]", i), "the decision maker controls no option");
    }
    if (model.decision_makers[i].payoff.size() != model.states.size()) {
      problem(fmt::format("decision_makers[{}].payoff", i),
              fmt::format("{} payoffs for {} states", model.decision_makers[i].payoff.size(),
                          model.states.size()));
    }
  }
  const Pattern all =
      model.options.size() >= kMaxOptions ? ~Pattern{0} : (Pattern{1} << model.options.size()) - 1;
  for (std::size_t s = 0; s < model.states.size(); ++s) {
    if ((model.states[s] & ~all) != 0) {
      problem(fmt::format("states[{}]", s), "the pattern takes an option that does not exist");
    }
  }
  std::vector<std::pair<Pattern, std::size_t>> sorted;
  for (std::size_t s = 0; s < model.states.size(); ++s) sorted.emplace_back(model.states[s], s);
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t k = 1; k < sorted.size(); ++k) {
    if (sorted[k].first == sorted[k - 1].first) {
      problem(fmt::format("states[{}]", sorted[k].second),
              fmt::format("the same pattern as states[{}]", sorted[k - 1].second));
    }
  }
  if (!problems.empty()) throw InputError(std::move(problems));
}

}  // namespace parley::gmcr
