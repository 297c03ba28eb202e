// KTAB's Spatial Model of Politics on KTAB's 40-, 80- and 160-actor examples
// (../shared/peers/ktab/dummyData-a040/-a080/-a160.csv), a whole run each, on all threads and on
// one. Counters: turns, seconds per turn, and x_ktab = KTAB's smpc seconds per turn / ours (its
// README: 0.33 s at 40 actors, 4.57 s at 80, 87.6 s at 160, KTAB built at -O2 on 2 cores).
// Targets (issue 12): under 0.5 s for 80 actors and under 10 s for 160, with KTAB's trajectory.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>

#include "parley/forecast/smp.hpp"
#include "parley/io/ktab_reader.hpp"

namespace {

struct SmpCase {
  const char* file;
  double ktab_seconds_per_turn;
};
constexpr SmpCase kSmpCases[] = {
    {"dummyData-a040.csv", 0.33}, {"dummyData-a080.csv", 4.57}, {"dummyData-a160.csv", 87.6}};

void BM_Smp(benchmark::State& state, SmpCase c) {
  const auto path = std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "ktab" / c.file;
  if (!std::filesystem::exists(path)) return state.SkipWithError("no shared data");
  const auto scenario = parley::io::read_ktab_csv(path.string());
  parley::forecast::SmpOptions options;
  options.threads = static_cast<std::size_t>(state.range(0));  // 0: all
  std::size_t turns = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    const auto run = parley::forecast::run_smp(scenario.model, options);
    turns = run.trajectory.rounds.size() - 1;
    benchmark::DoNotOptimize(turns);
  }
  const std::chrono::duration<double> total = std::chrono::steady_clock::now() - start;
  const double per_run = total.count() / static_cast<double>(std::max<benchmark::IterationCount>(
                                             state.iterations(), 1));
  state.counters["turns"] = static_cast<double>(turns);
  state.counters["s_per_turn"] = per_run / static_cast<double>(turns);
  state.counters["x_ktab"] = c.ktab_seconds_per_turn * static_cast<double>(turns) / per_run;
}

BENCHMARK_CAPTURE(BM_Smp, a040, kSmpCases[0])->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, a080, kSmpCases[1])->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Smp, a160, kSmpCases[2])
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
