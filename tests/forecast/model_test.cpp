#include "parley/forecast/model.hpp"

#include <gtest/gtest.h>

namespace parley::forecast {
namespace {

TEST(ForecastModel, TrajectoryIsActorMajor) {
  Trajectory trajectory;
  trajectory.dimensions = 2;
  trajectory.rounds.push_back(Round{{1.0, 2.0, 3.0, 4.0}});  // actor 0: (1, 2); actor 1: (3, 4)
  EXPECT_EQ(trajectory.position(0, 0, 1), 2.0);
  EXPECT_EQ(trajectory.position(0, 1, 0), 3.0);
  EXPECT_STREQ(to_string(Stop::cycle), "cycle");
}

}  // namespace
}  // namespace parley::forecast
