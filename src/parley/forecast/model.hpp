#pragma once
// The spatial bargaining model the forecasting engines share (docs/forecast.md): actors with a
// capability, and on each dimension (a contested issue) a position and a salience. The weighted
// median and mean, the expected-utility model (Bueno de Mesquita, as reconstructed by Scholz,
// Calbert & Smith 2011) and KTAB's Spatial Model of Politics all read a Model and return a
// Trajectory: every actor's position per round.

#include <cstddef>
#include <string>
#include <vector>

namespace parley::forecast {

// One dimension of the policy space, with the scale its positions are written on (the issue's own
// range: 4–10 years for the EC emissions case, 0–100 for KTAB's files).
struct Dimension {
  std::string name;
  double low = 0.0;
  double high = 100.0;
};

struct Actor {
  std::string name;
  std::string description;
  double capability = 0.0;       // > 0; only ratios between actors matter
  std::vector<double> position;  // one per dimension, on the dimension's scale
  std::vector<double> salience;  // one per dimension, in [0, 1]
};

struct Model {
  std::string name;
  std::vector<Dimension> dimensions;
  std::vector<Actor> actors;
};

// Every actor's position in one round, actor-major: positions[actor * dimensions + dimension], on
// each dimension's own scale.
struct Round {
  std::vector<double> positions;
};

// How a run of rounds ended.
enum class Stop {
  converged,    // the stopping rule of the model held
  round_limit,  // the limit on rounds was reached first
  cycle,        // a round repeated an earlier one exactly: the run cycles, see cycle_start/length
};
const char* to_string(Stop stop);  // "converged", "round limit", "cycle"

// Rounds 0 (the input) to the last.
struct Trajectory {
  std::size_t dimensions = 0;
  std::vector<Round> rounds;
  Stop stop = Stop::converged;
  std::size_t cycle_start = 0;   // with Stop::cycle, the first round of the cycle
  std::size_t cycle_length = 0;  // with Stop::cycle, rounds in one period
  double position(std::size_t round, std::size_t actor, std::size_t dimension) const {
    return rounds[round].positions[actor * dimensions + dimension];
  }
};

}  // namespace parley::forecast
