// GENIUS scenarios end to end: reading the XML files, the exact Pareto frontier (merge and brute
// force) and every bargaining solution, on Energy (390,625 packages) and Travel (188,160).
// Counter `x_negmas` = NegMAS 0.15.7's wall time on the same task / ours (README of
// ../shared/peers/genius: frontier 2.0 s Energy, 0.64 s Travel; full statistics 29 s, 12 s).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>

#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/io/genius_reader.hpp"

namespace {

namespace pb = parley::bargain;

struct Case {
  const char* name;
  double negmas_frontier_s;
  double negmas_statistics_s;
};
constexpr Case kCases[] = {{"Energy", 2.0, 29.0}, {"Travel", 0.64, 12.0}};

// Wall seconds per iteration of a finished benchmark loop started at `start`.
double seconds_per_iteration(const benchmark::State& state,
                             std::chrono::steady_clock::time_point start) {
  const std::chrono::duration<double> total = std::chrono::steady_clock::now() - start;
  return total.count() /
         static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
}

std::string scenario_dir(const Case& c) {
  return (std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "genius" / c.name).string();
}

pb::FrontierOptions genius_options() {
  pb::FrontierOptions options;
  options.rational_only = true;
  return options;
}

// Reading + merge frontier, against NegMAS's Pareto frontier time.
void BM_ReadAndFrontier(benchmark::State& state, Case c) {
  if (!std::filesystem::exists(scenario_dir(c))) return state.SkipWithError("no shared data");
  std::size_t points = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    const auto domain = parley::io::read_genius_dir(scenario_dir(c));
    const auto frontier = pb::merge_frontier(domain.space, genius_options());
    points = frontier.size();
    benchmark::DoNotOptimize(points);
  }
  state.counters["frontier_points"] = static_cast<double>(points);
  state.counters["x_negmas"] = c.negmas_frontier_s / seconds_per_iteration(state, start);
}

// Reading + brute-force frontier (every package), the baseline the merge must beat.
void BM_ReadAndBruteForceFrontier(benchmark::State& state, Case c) {
  if (!std::filesystem::exists(scenario_dir(c))) return state.SkipWithError("no shared data");
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    const auto domain = parley::io::read_genius_dir(scenario_dir(c));
    const auto frontier = pb::brute_force_frontier(domain.space, genius_options());
    benchmark::DoNotOptimize(frontier.size());
  }
  state.counters["x_negmas"] = c.negmas_frontier_s / seconds_per_iteration(state, start);
}

// Reading + frontier + every solution (both Nash conventions, both KS, egalitarian,
// utilitarian), against NegMAS's full statistics time.
void BM_ReadFrontierAndSolutions(benchmark::State& state, Case c) {
  if (!std::filesystem::exists(scenario_dir(c))) return state.SkipWithError("no shared data");
  std::size_t solutions = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    const auto domain = parley::io::read_genius_dir(scenario_dir(c));
    const auto frontier = pb::merge_frontier(domain.space, genius_options());
    const auto all = pb::all_solutions(domain.space, frontier);
    const auto bounds = pb::party_bounds(domain.space);
    solutions = all.size();
    benchmark::DoNotOptimize(bounds.best.data());
  }
  state.counters["solutions"] = static_cast<double>(solutions);
  state.counters["x_negmas"] = c.negmas_statistics_s / seconds_per_iteration(state, start);
}

void register_all() {
  for (const Case& c : kCases) {
    const std::string n = c.name;
    benchmark::RegisterBenchmark(("ReadAndFrontier/" + n).c_str(), BM_ReadAndFrontier, c)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(("ReadAndBruteForceFrontier/" + n).c_str(),
                                 BM_ReadAndBruteForceFrontier, c)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(("ReadFrontierAndSolutions/" + n).c_str(),
                                 BM_ReadFrontierAndSolutions, c)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_all();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
