#include "parley/forecast/validate.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"

namespace parley::forecast {

void validate(const Model& model) {
  std::vector<Diagnostic> problems;
  auto report = [&problems](std::string field, std::string message) {
    problems.push_back(Diagnostic{"", 0, 0, std::move(field), std::move(message)});
  };
  if (model.dimensions.empty()) report("dimensions", "the model has no dimension");
  if (model.actors.empty()) report("actors", "the model has no actor");
  for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
    const Dimension& dimension = model.dimensions[d];
    if (!std::isfinite(dimension.low) || !std::isfinite(dimension.high) ||
        !(dimension.high > dimension.low)) {
      report(fmt::format("dimensions[{}]", d),
             fmt::format("the scale of '{}' must be finite with low < high (got {} to {})",
                         dimension.name, dimension.low, dimension.high));
    }
  }
  const std::size_t dimensions = model.dimensions.size();
  std::vector<bool> weighted(dimensions, false);
  for (std::size_t a = 0; a < model.actors.size(); ++a) {
    const Actor& actor = model.actors[a];
    if (!(actor.capability > 0) || !std::isfinite(actor.capability)) {
      report(fmt::format("actors[{}].capability", a),
             fmt::format("the capability of '{}' must be a finite number above 0 (got {})",
                         actor.name, actor.capability));
    }
    if (actor.position.size() != dimensions || actor.salience.size() != dimensions) {
      report(fmt::format("actors[{}]", a),
             fmt::format("'{}' needs one position and one salience per dimension ({}; got {} "
                         "and {})",
                         actor.name, dimensions, actor.position.size(), actor.salience.size()));
      continue;
    }
    for (std::size_t d = 0; d < dimensions; ++d) {
      const Dimension& dimension = model.dimensions[d];
      const double position = actor.position[d];
      const double salience = actor.salience[d];
      if (!(position >= dimension.low && position <= dimension.high)) {
        report(fmt::format("actors[{}].position[{}]", a, d),
               fmt::format("the position of '{}' on '{}' must lie on its scale {} to {} (got {})",
                           actor.name, dimension.name, dimension.low, dimension.high, position));
      }
      if (!(salience >= 0 && salience <= 1)) {
        report(fmt::format("actors[{}].salience[{}]", a, d),
               fmt::format("the salience of '{}' on '{}' must lie in [0, 1] (got {})", actor.name,
                           dimension.name, salience));
      } else if (salience > 0) {
        weighted[d] = true;
      }
    }
  }
  if (!model.actors.empty()) {
    for (std::size_t d = 0; d < dimensions; ++d) {
      if (!weighted[d]) {
        report(fmt::format("dimensions[{}]", d),
               fmt::format("every actor's salience on '{}' is 0: no one has weight there",
                           model.dimensions[d].name));
      }
    }
  }
  if (!problems.empty()) throw InputError(std::move(problems));
}

}  // namespace parley::forecast
