// Benchmarks of the expected-utility model (docs/forecast.md, "The expected-utility model") at the
// size the Monte Carlo layer will run it: 50 actors × 5 issues, one workspace reused across runs
// (no allocation once warm), one thread.
//
//   bench_expected_utility [gbench flags]
//
// BM_ExpectedUtilityRun/<variant>/<round limit>: one run of the model on all 5 issues, each issue
// until it converges, cycles or reaches the round limit; the counter rounds/issue says how many
// rounds that took on average, us/round what one round of one issue cost. Variant 0 is "per
// contest", 1 "all pairs". A round limit of 1 times one round (with round 0's bookkeeping).
//
// The issues are random (seed 2026): positions uniform on 0..100, capabilities uniform on
// 0.1..1, saliences uniform on 0.05..1, a new draw for every run as a Monte Carlo would (drawn
// outside the timed region).

#include <benchmark/benchmark.h>

#include <cstddef>
#include <random>
#include <vector>

#include "parley/forecast/expected_utility.hpp"

namespace {

using namespace parley::forecast;

constexpr std::size_t kActors = 50;
constexpr std::size_t kIssues = 5;

struct RandomIssues {
  std::vector<double> position, capability, salience;  // issue-major, kActors per issue
};

void draw_issues(std::mt19937_64& random, RandomIssues& issues) {
  std::uniform_real_distribution<double> position(0, 100), capability(0.1, 1), salience(0.05, 1);
  issues.position.resize(kActors * kIssues);
  issues.capability.resize(kActors * kIssues);
  issues.salience.resize(kActors * kIssues);
  for (std::size_t e = 0; e < kActors * kIssues; ++e) {
    issues.position[e] = position(random);
    issues.capability[e] = capability(random);
    issues.salience[e] = salience(random);
  }
}

void BM_ExpectedUtilityRun(benchmark::State& state) {
  ExpectedUtilityOptions options;
  options.probability =
      state.range(0) == 0 ? SuccessProbability::per_contest : SuccessProbability::all_pairs;
  options.round_limit = static_cast<std::size_t>(state.range(1));
  std::mt19937_64 random(2026);
  RandomIssues issues;
  ExpectedUtilityWorkspace workspace;
  double rounds = 0;
  for (auto _ : state) {
    state.PauseTiming();
    draw_issues(random, issues);
    state.ResumeTiming();
    for (std::size_t d = 0; d < kIssues; ++d) {
      const auto column = [&](const std::vector<double>& values) {
        return std::span<const double>(values.data() + d * kActors, kActors);
      };
      const ExpectedUtilityOutcome outcome =
          workspace.run(column(issues.position), column(issues.capability), column(issues.salience),
                        0, 100, options);
      rounds += static_cast<double>(outcome.rounds);
      benchmark::DoNotOptimize(outcome.median);
    }
  }
  const double issues_run = static_cast<double>(state.iterations() * kIssues);
  state.counters["rounds/issue"] = rounds / issues_run;
  state.counters["us/round"] =
      benchmark::Counter(rounds, benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                         benchmark::Counter::kIs1000);
}
BENCHMARK(BM_ExpectedUtilityRun)
    ->ArgNames({"variant", "limit"})
    ->ArgsProduct({{0, 1}, {1, 10, 100}})
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
