#pragma once
// The checks the forecasting engines run on a Model before using it (docs/forecast.md, "The
// model"): what the types of model.hpp cannot say themselves.

#include "parley/forecast/model.hpp"

namespace parley::forecast {

// Throws InputError with one Diagnostic per problem (fields such as "actors[2].salience[0]"): no
// dimension or no actor, a scale that is not finite or has high <= low, an actor without exactly
// one position and one salience per dimension, a capability not above 0 or not finite, a salience
// outside [0, 1], a position off its dimension's scale, or a dimension on which every salience is
// 0 (no actor has any weight there). O(actors × dimensions).
void validate(const Model& model);

}  // namespace parley::forecast
