#pragma once
// The bargaining space of a negotiation as one plain value: the Pareto frontier, the six
// solutions with their conventions, and the zone of possible agreement (docs/bargaining.md).
// `parley bargain`, `parley run` and the report all render this.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/bargain/zopa.hpp"

namespace parley::analysis {

// How to compute the bargaining space.
struct BargainingOptions {
  bargain::FrontierOptions frontier;  // threads and merge order (rational_only is ignored)
  bool brute_force = false;           // enumerate every acceptable package instead of merging
  std::size_t zopa_sample = 20;       // ZOPA packages to keep as a sample
};

// Everything found about one additive space. Solutions carry their kind (solution_kind.hpp).
struct Bargaining {
  bargain::AdditiveSpace space;
  bargain::Frontier frontier;  // over the packages acceptable to every party
  std::size_t rational_points = 0;
  bargain::BigCount rational_packages = 0;
  std::vector<bargain::Solution> solutions;  // in the order above; absent ones left out
  bargain::PartyBounds bounds;
  bargain::Zopa zopa;
  std::string method;           // "merge" or "brute force"
  double frontier_seconds = 0;  // wall time of the frontier alone
  double seconds = 0;           // wall time of the whole computation (frontier, solutions, ZOPA)
};

// Computes the frontier, the solutions and the ZOPA of `space`. Throws std::invalid_argument
// for an inconsistent space (check_consistent).
Bargaining analyse_bargaining(bargain::AdditiveSpace space, const BargainingOptions& options = {});

// The solution of kind `kind`, or nullptr when it does not exist.
const bargain::Solution* find_solution(const Bargaining& bargaining, bargain::SolutionKind kind);

}  // namespace parley::analysis
