#include "parley/analysis/bargaining.hpp"

#include <chrono>

namespace parley::analysis {

Bargaining analyse_bargaining(bargain::AdditiveSpace space, const BargainingOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  bargain::check_consistent(space);
  Bargaining out;
  bargain::FrontierOptions fo = options.frontier;
  fo.rational_only = false;
  out.method = options.brute_force ? "brute force" : "merge";
  out.frontier = options.brute_force ? bargain::brute_force_frontier(space, fo)
                                     : bargain::merge_frontier(space, fo);
  out.frontier_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const bargain::Frontier rational = bargain::rational_part(out.frontier);
  out.rational_points = rational.size();
  out.rational_packages = rational.frontier_packages;
  out.solutions = bargain::all_solutions(space, out.frontier);
  out.bounds = bargain::party_bounds(space);
  bargain::ZopaOptions zo;
  zo.threads = fo.threads;
  zo.sample_size = options.zopa_sample;
  zo.brute_force = options.brute_force;
  out.zopa = bargain::zone_of_possible_agreement(space, out.frontier, zo);
  out.space = std::move(space);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

const bargain::Solution* find_solution(const Bargaining& bargaining, bargain::SolutionKind kind) {
  return bargain::find_solution(bargaining.solutions, kind);
}

}  // namespace parley::analysis
