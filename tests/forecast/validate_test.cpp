// validate(): what a forecasting engine refuses, with a diagnostic per problem.

#include "parley/forecast/validate.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parley/core/diagnostic.hpp"

namespace parley::forecast {
namespace {

Model two_actor_model_for_validation() {
  Model model;
  model.dimensions.push_back(Dimension{"tax", 0, 100});
  model.actors.push_back(Actor{"A", "", 1.0, {10}, {0.5}});
  model.actors.push_back(Actor{"B", "", 2.0, {90}, {1.0}});
  return model;
}

std::vector<std::string> validation_fields(const Model& model) {
  try {
    validate(model);
  } catch (const InputError& error) {
    std::vector<std::string> fields;
    for (const Diagnostic& diagnostic : error.diagnostics()) fields.push_back(diagnostic.field);
    return fields;
  }
  return {};
}

TEST(ForecastValidate, AcceptsAGoodModel) {
  EXPECT_NO_THROW(validate(two_actor_model_for_validation()));
}

TEST(ForecastValidate, NamesEveryProblem) {
  Model model = two_actor_model_for_validation();
  model.actors[0].capability = 0;     // not above 0
  model.actors[0].salience[0] = 1.5;  // outside [0, 1]
  model.actors[1].position[0] = 101;  // off the scale
  EXPECT_EQ(validation_fields(model),
            (std::vector<std::string>{"actors[0].capability", "actors[0].salience[0]",
                                      "actors[1].position[0]"}));
}

TEST(ForecastValidate, RejectsEmptyAndDegenerateModels) {
  EXPECT_EQ(validation_fields(Model{}), (std::vector<std::string>{"dimensions", "actors"}));
  Model flat = two_actor_model_for_validation();
  flat.dimensions[0].high = flat.dimensions[0].low;
  flat.actors[0].position[0] = flat.actors[1].position[0] = 0;
  EXPECT_EQ(validation_fields(flat), (std::vector<std::string>{"dimensions[0]"}));
  Model careless = two_actor_model_for_validation();
  careless.actors[0].salience[0] = careless.actors[1].salience[0] = 0;
  EXPECT_EQ(validation_fields(careless), (std::vector<std::string>{"dimensions[0]"}));
  Model short_actor = two_actor_model_for_validation();
  short_actor.actors[1].salience.clear();
  EXPECT_EQ(validation_fields(short_actor), (std::vector<std::string>{"actors[1]"}));
  Model nan_capability = two_actor_model_for_validation();
  nan_capability.actors[1].capability = NAN;
  EXPECT_EQ(validation_fields(nan_capability), (std::vector<std::string>{"actors[1].capability"}));
}

}  // namespace
}  // namespace parley::forecast
