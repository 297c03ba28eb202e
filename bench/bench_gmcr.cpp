// GMCR stability (Nash, GMR, SMR, SEQ for every decision maker and state).
//
//   bench_gmcr                       Google Benchmark: the cases below
//   bench_gmcr --row K N [SEED]      one row of bench/gmcr-scaling.sh's table: the option-form
//                                    model of K options and N decision makers (every pattern
//                                    feasible), analysed once by analyse_stability(Model): K, N,
//                                    states, moves (counted, not listed), wall and CPU seconds,
//                                    peak RSS (MiB, getrusage ru_maxrss of the whole process),
//                                    equilibria found over the four concepts
//   bench_gmcr --gmcr-py             gmcr-py's scale: 3 decision makers, 14 options, 6,400 states
//                                    (39 s and 1.3 GB in gmcr-py, ../shared/peers/gmcr/README.md),
//                                    through graph_of + analyse_stability(Graph) and through
//                                    analyse_stability(Model): seconds (best of 5), ratio, peak RSS
//
// Google Benchmark cases: BM_GmcrStability (graph_of, then analyse_stability on the graph) on 3
// decision makers with 14 options (5, 5 and 4), 1,600, 3,200 and 6,400 feasible states drawn
// from the 16,384 patterns, random payoffs with ties; BM_GmcrStabilityFromOptions, the same
// models without listing the moves; BM_GmcrOptions/K/N, every pattern of K options feasible, N
// decision makers (generated_full_model). Counters: states, moves.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

namespace {

using parley::gmcr::Model;
using parley::gmcr::Pattern;
using parley::gmcr::Reversibility;

Model generated_model(std::size_t states, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  Model model;
  for (std::size_t k = 0; k < 14; ++k) {
    model.options.push_back({"option " + std::to_string(k), k < 5 ? 0U : k < 10 ? 1U : 2U, {}});
  }
  std::vector<Pattern> patterns(std::size_t{1} << 14);
  std::iota(patterns.begin(), patterns.end(), Pattern{0});
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

// K options dealt round-robin to N decision makers, every pattern feasible (2^K states); each
// decision maker's first option only-take and its second only-withdraw (one-way options), the
// rest reversible. Preferences as option prioritisation gives them: each decision maker weighs
// each option from −8 to 8, a state's payoff the sum of the weights of the options taken (ties
// wherever sums coincide).
Model generated_full_model(std::size_t options, std::size_t decision_makers, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  Model model;
  std::vector<std::size_t> seen(decision_makers, 0);
  for (std::size_t k = 0; k < options; ++k) {
    const std::size_t dm = k % decision_makers;
    const Reversibility way = seen[dm] == 0   ? Reversibility::only_take
                              : seen[dm] == 1 ? Reversibility::only_withdraw
                                              : Reversibility::reversible;
    ++seen[dm];
    model.options.push_back({"option " + std::to_string(k), dm, way});
  }
  model.states.resize(std::size_t{1} << options);
  std::iota(model.states.begin(), model.states.end(), Pattern{0});
  std::uniform_int_distribution<std::int64_t> weight(-8, 8);
  for (std::size_t i = 0; i < decision_makers; ++i) {
    std::vector<std::int64_t> weights(options);
    for (std::int64_t& w : weights) w = weight(random);
    parley::gmcr::DecisionMaker dm{"DM " + std::to_string(i), {}};
    dm.payoff.resize(model.states.size());
    for (std::size_t s = 0; s < model.states.size(); ++s) {
      std::int64_t sum = 0;
      for (std::size_t k = 0; k < options; ++k) sum += ((s >> k) & 1U) != 0 ? weights[k] : 0;
      dm.payoff[s] = sum;
    }
    model.decision_makers.push_back(std::move(dm));
  }
  return model;
}

// The moves of a model with every pattern feasible, counted: from a state, decision maker j
// reaches 2^r × 2^(its only-take options not taken) × 2^(its only-withdraw options taken)
// patterns, itself included; summed over the 2^K states that is
// 2^(K − k) × 4^r × 3^t × 3^w, less the 2^K states themselves.
double full_model_moves(const Model& model) {
  double moves = 0;
  for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
    double own = 0;
    double per_group = 1;
    for (const parley::gmcr::Option& option : model.options) {
      if (option.decision_maker != i) continue;
      own += 1;
      per_group *= option.reversibility == Reversibility::reversible ? 4 : 3;
    }
    const double states = static_cast<double>(model.states.size());
    moves += states / std::pow(2.0, own) * per_group - states;
  }
  return moves;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024;  // KiB on Linux
}

// CPU seconds (user + system) of the process so far: on a shared machine, wall time also counts
// the time other processes hold the cores.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
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

void BM_GmcrStabilityFromOptions(benchmark::State& state) {
  const auto model = generated_model(static_cast<std::size_t>(state.range(0)), 13);
  for (auto _ : state) {
    const auto stability = parley::gmcr::analyse_stability(model);
    benchmark::DoNotOptimize(stability.equilibria.front().size());
  }
  state.counters["states"] = static_cast<double>(model.states.size());
}
BENCHMARK(BM_GmcrStabilityFromOptions)
    ->Arg(1600)
    ->Arg(3200)
    ->Arg(6400)
    ->Unit(benchmark::kMillisecond);

void BM_GmcrOptions(benchmark::State& state) {
  const auto model = generated_full_model(static_cast<std::size_t>(state.range(0)),
                                          static_cast<std::size_t>(state.range(1)), 20);
  for (auto _ : state) {
    const auto stability = parley::gmcr::analyse_stability(model);
    benchmark::DoNotOptimize(stability.equilibria.front().size());
  }
  state.counters["states"] = static_cast<double>(model.states.size());
  state.counters["moves"] = full_model_moves(model);
}
BENCHMARK(BM_GmcrOptions)
    ->ArgsProduct({{10, 12, 14, 16, 18, 20}, {3, 4}})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(0.2);

int row(std::size_t options, std::size_t decision_makers, std::uint64_t seed) {
  const Model model = generated_full_model(options, decision_makers, seed);
  const double cpu0 = cpu_seconds();
  const auto t0 = std::chrono::steady_clock::now();
  const auto stability = parley::gmcr::analyse_stability(model);
  const double seconds = seconds_since(t0);
  const double cpu = cpu_seconds() - cpu0;
  std::size_t equilibria = 0;
  for (const auto& set : stability.equilibria) equilibria += set.size();
  std::printf("%zu %zu %zu %.0f %.3f %.3f %.0f %zu\n", options, decision_makers,
              model.states.size(), full_model_moves(model), seconds, cpu, peak_rss_mib(),
              equilibria);
  return 0;
}

int gmcr_py() {
  constexpr double kGmcrPySeconds = 39.0;
  const Model model = generated_model(6400, 13);
  double graph_best = 1e9;
  double options_best = 1e9;
  std::size_t moves = 0;
  for (int run = 0; run < 5; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    const auto graph = parley::gmcr::graph_of(model);
    const auto from_graph = parley::gmcr::analyse_stability(graph);
    graph_best = std::min(graph_best, seconds_since(t0));
    moves = 0;
    for (const auto& own : graph.moves) moves += own.size();
    t0 = std::chrono::steady_clock::now();
    const auto from_options = parley::gmcr::analyse_stability(model);
    options_best = std::min(options_best, seconds_since(t0));
    if (from_graph.equilibria != from_options.equilibria) {
      std::printf("the two paths DISAGREE\n");
      return 1;
    }
  }
  std::printf("%zu %zu %.4f %.0f %.4f %.0f %.0f\n", model.states.size(), moves, graph_best,
              kGmcrPySeconds / graph_best, options_best, kGmcrPySeconds / options_best,
              peak_rss_mib());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 4 && std::strcmp(argv[1], "--row") == 0) {
    return row(std::strtoull(argv[2], nullptr, 10), std::strtoull(argv[3], nullptr, 10),
               argc >= 5 ? std::strtoull(argv[4], nullptr, 10) : 20);
  }
  if (argc >= 2 && std::strcmp(argv[1], "--gmcr-py") == 0) return gmcr_py();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
