#include "parley/app/bargaining.hpp"

#include <chrono>
#include <optional>

namespace parley::app {

namespace {

using bargain::KsDefinition;
using bargain::NashDisagreement;
using bargain::Solution;

void keep(std::vector<Solution>& out, std::optional<Solution> s, const char* name,
          const char* label) {
  if (!s) return;
  s->name = name;
  s->label = label;
  out.push_back(std::move(*s));
}

std::vector<Solution> solutions_of(const bargain::AdditiveSpace& space,
                                   const bargain::Frontier& f) {
  std::vector<Solution> out;
  keep(out, bargain::nash(space, f, NashDisagreement::reservation), "nash",
       "Nash (d = reservation)");
  keep(out, bargain::nash(space, f, NashDisagreement::max_reservation_worst),
       "nash_max_reservation_worst", "Nash (d = max(reservation, worst))");
  keep(out, bargain::kalai_smorodinsky(space, f, KsDefinition::ideal_scaled), "ks_ideal_scaled",
       "Kalai–Smorodinsky (ideal-scaled)");
  keep(out, bargain::kalai_smorodinsky(space, f, KsDefinition::genius_min_pairwise_gap),
       "ks_genius", "Kalai–Smorodinsky (GENIUS: min pairwise gap)");
  keep(out, bargain::egalitarian(space, f), "egalitarian", "egalitarian (max min gain)");
  keep(out, bargain::utilitarian(space, f), "utilitarian", "utilitarian (max sum)");
  return out;
}

}  // namespace

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
  out.solutions = solutions_of(space, out.frontier);
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

const bargain::Solution* find_solution(const Bargaining& bargaining, const std::string& name) {
  for (const auto& s : bargaining.solutions)
    if (s.name == name) return &s;
  return nullptr;
}

}  // namespace parley::app
