// A scenario as the forecasting engines read it (analysis/forecast_model.hpp), on the labour
// contract example (examples/labour-contract.yaml), its values read off the file by hand.

#include "parley/analysis/forecast_model.hpp"

#include <gtest/gtest.h>

#include "parley/analysis/inputs.hpp"

namespace parley::analysis {
namespace {

using Kind = forecast::UncertainInput::Kind;

scenario::Scenario labour() {
  return load_scenario(std::string(PARLEY_SOURCE_DIR) + "/examples/labour-contract.yaml");
}

TEST(ScenarioAsForecastModel, IssuesAreDimensionsOnTheirOwnScales) {
  const forecast::Model m = forecast_model(labour());
  ASSERT_EQ(m.dimensions.size(), 4u);
  EXPECT_EQ(m.dimensions[0].name, "wage_raise");
  EXPECT_EQ(m.dimensions[0].low, 0.0);
  EXPECT_EQ(m.dimensions[0].high, 10.0);
  EXPECT_EQ(m.dimensions[1].name, "shift_length");  // four options: indices 0..3
  EXPECT_EQ(m.dimensions[1].high, 3.0);
  EXPECT_EQ(m.dimensions[2].low, 12.0);  // contract months 12..48
  ASSERT_EQ(m.actors.size(), 3u);
  const forecast::Actor& board = m.actors[0];
  EXPECT_EQ(board.name, "BOARD");
  EXPECT_EQ(board.capability, 0.55);
  EXPECT_EQ(board.position[0], 1.5);
  EXPECT_EQ(board.salience[0], 0.8);
  EXPECT_EQ(board.position[1], 2.0);  // "ten" is the third option
  EXPECT_EQ(board.position[3], 2.0);  // "free"
  // The conciliator speaks only on wages: elsewhere it stands mid-scale and weighs nothing.
  const forecast::Actor& conciliator = m.actors[2];
  EXPECT_EQ(conciliator.position[0], 3.5);
  EXPECT_EQ(conciliator.salience[0], 0.6);
  EXPECT_EQ(conciliator.position[2], 30.0);
  EXPECT_EQ(conciliator.salience[2], 0.0);
}

TEST(ScenarioAsForecastModel, RangesBecomeUncertainInputs) {
  const auto inputs = forecast_inputs(labour());
  ASSERT_FALSE(inputs.empty());
  // BOARD: capability [0.45, 0.65], assumed; its wage ideal 1.5 has no range; its wage salience
  // [0.65, 0.9] does.
  EXPECT_EQ(inputs[0].kind, Kind::capability);
  EXPECT_EQ(inputs[0].actor, 0u);
  EXPECT_EQ(inputs[0].low, 0.45);
  EXPECT_EQ(inputs[0].high, 0.65);
  EXPECT_TRUE(inputs[0].assumption);
  EXPECT_EQ(inputs[1].kind, Kind::salience);
  EXPECT_EQ(inputs[1].dimension, 0u);
  EXPECT_EQ(inputs[1].low, 0.65);
  // UNION's wage ideal [5, 7] is stated, not assumed.
  bool union_wage = false;
  for (const auto& in : inputs) {
    if (in.kind == Kind::position && in.actor == 1 && in.dimension == 0) {
      union_wage = true;
      EXPECT_EQ(in.low, 5.0);
      EXPECT_EQ(in.high, 7.0);
      EXPECT_FALSE(in.assumption);
    }
  }
  EXPECT_TRUE(union_wage);
}

}  // namespace
}  // namespace parley::analysis
