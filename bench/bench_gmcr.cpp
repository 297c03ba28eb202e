// GMCR stability (Nash, GMR, SMR, SEQ for every decision maker and state) on generated option-form
// models: 3 decision makers with 14 options (5, 5 and 4), 1,600, 3,200 and 6,400 feasible states
// drawn from the 16,384 patterns, random payoffs with ties. For scale: gmcr-py (dense
// states × states matrices) took 39 s and 1.3 GB on 3 decision makers, 14 options and 6,400
// states (../shared/peers/gmcr/README.md). Counters: states, moves.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

namespace {

parley::gmcr::Model generated_model(std::size_t states, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  parley::gmcr::Model model;
  for (std::size_t k = 0; k < 14; ++k) {
    model.options.push_back({"option " + std::to_string(k), k < 5 ? 0U : k < 10 ? 1U : 2U, {}});
  }
  std::vector<parley::gmcr::Pattern> patterns(std::size_t{1} << 14);
  std::iota(patterns.begin(), patterns.end(), parley::gmcr::Pattern{0});
  std::shuffle(patterns.begin(), patterns.end(), random);
  patterns.resize(states);
  model.states = patterns;
  std::uniform_int_distribution<std::int64_t> payoff(0, static_cast<std::int64_t>(states / 4));
  for (const char* name : {"A", "B", "C"}) {
    parley::gmcr::DecisionMaker dm{name, {}};
    for (std::size_t s = 0; s < states; ++s) dm.payoff.push_back(payoff(random));
    model.decision_makers.push_back(std::move(dm));
  }
  return model;
}

void BM_GmcrStability(benchmark::State& state) {
  const auto model = generated_model(static_cast<std::size_t>(state.range(0)), 13);
  std::size_t moves = 0;
  for (auto _ : state) {
    const auto graph = parley::gmcr::graph_of(model);
    const auto stability = parley::gmcr::analyse_stability(graph);
    benchmark::DoNotOptimize(stability.equilibria.front().size());
    moves = 0;
    for (const auto& own : graph.moves) moves += own.size();
  }
  state.counters["states"] = static_cast<double>(model.states.size());
  state.counters["moves"] = static_cast<double>(moves);
}
BENCHMARK(BM_GmcrStability)->Arg(1600)->Arg(3200)->Arg(6400)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
