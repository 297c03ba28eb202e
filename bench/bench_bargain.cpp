// Benchmarks of the exact bargaining engine (docs/bargaining.md, "Benchmarks").
//
//   bench_bargain --table      runs every case once and prints the tables of bench/run-bench.sh:
//                              random spaces (merge vs brute force), then the GENIUS scenarios
//                              against NegMAS's published times
//   bench_bargain [gbench flags] Google Benchmark timings of the same cases
//
// Spaces come from random_space() (random_space.hpp documents the distribution): "opposed"
// sorts level values in opposite directions across parties (conflict, large frontiers),
// "independent" leaves them random (small frontiers). Peak memory is getrusage's ru_maxrss.

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "parley/bargain/frontier.hpp"
#include "parley/bargain/package_count.hpp"
#include "parley/bargain/random_space.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/io/genius_reader.hpp"

namespace {

using namespace parley::bargain;

struct Case {
  std::string name;
  RandomSpaceOptions space;
  bool brute = false;  // also time the brute force (spaces up to ~10^7 packages)
};

RandomSpaceOptions shape(std::size_t parties, std::size_t issues, std::size_t levels, bool opposed,
                         std::uint64_t seed = 42) {
  RandomSpaceOptions o;
  o.parties = parties;
  o.issues = issues;
  o.min_levels = o.max_levels = levels;
  o.opposed = opposed;
  o.seed = seed;
  return o;
}

std::vector<Case> cases() {
  return {
      {"3p x 20i x 10 opposed", shape(3, 20, 10, true)},
      {"3p x 20i x 10 independent", shape(3, 20, 10, false)},
      {"2p x 20i x 10 opposed", shape(2, 20, 10, true)},
      {"4p x 8i x 10 opposed", shape(4, 8, 10, true)},
      {"5p x 6i x 10 opposed", shape(5, 6, 10, true)},
      {"6p x 5i x 10 opposed", shape(6, 5, 10, true)},
      {"2p x 60i x 10 opposed", shape(2, 60, 10, true)},
      {"2p x 7i x 10 opposed (10^7)", shape(2, 7, 10, true), true},
      {"3p x 6i x 10 opposed (10^6)", shape(3, 6, 10, true), true},
      {"3p x 7i x 10 opposed (10^7)", shape(3, 7, 10, true), true},
      {"4p x 6i x 10 opposed (10^6)", shape(4, 6, 10, true), true},
  };
}

double seconds(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // KiB on Linux
}

void print_row(const std::string& name, const AdditiveSpace& space, bool brute) {
  Frontier f;
  std::optional<Solution> n;
  const double t = seconds([&] {
    f = merge_frontier(space);
    n = nash(space, f);
  });
  std::string brute_time = "-", ratio = "-";
  if (brute) {
    Frontier b;
    const double tb = seconds([&] { b = brute_force_frontier(space); });
    brute_time = std::to_string(tb).substr(0, 7) + " s";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0fx%s", tb / t, b.size() == f.size() ? "" : " MISMATCH");
    ratio = buf;
  }
  std::printf("| %-30s | %9s | %9zu | %12s | %9.4f s | %11s | %9s | %5ld MiB |\n", name.c_str(),
              scientific(f.space_packages, 0).c_str(), f.size(),
              scientific(f.frontier_packages, 1).c_str(), t, brute_time.c_str(), ratio.c_str(),
              peak_rss_mib());
  std::fflush(stdout);
}

// GENIUS scenarios against NegMAS 0.15.7 (../shared/peers/genius/README.md): reading the XML,
// the rational Pareto frontier, and every solution, best of 5 runs (sub-millisecond work).
struct GeniusCase {
  const char* name;
  double negmas_frontier_s;    // NegMAS's Pareto frontier
  double negmas_statistics_s;  // NegMAS's full statistics (frontier, Nash, KS, welfare, ...)
};
constexpr GeniusCase kGeniusCases[] = {{"Energy", 2.0, 29.0}, {"Travel", 0.64, 12.0}};

void genius_table() {
  std::printf("\n| %-32s | %9s | %9s | %11s | %11s | %9s |\n", "GENIUS scenario vs NegMAS",
              "packages", "frontier", "parley", "NegMAS", "ratio");
  std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(34, '-').c_str(), std::string(11, '-').c_str(),
              std::string(11, '-').c_str(), std::string(13, '-').c_str(),
              std::string(13, '-').c_str(), std::string(11, '-').c_str());
  FrontierOptions options;
  options.rational_only = true;  // GENIUS's frontier is over rational bids
  for (const GeniusCase& c : kGeniusCases) {
    const auto dir = std::filesystem::path(PARLEY_SHARED_DIR) / "peers" / "genius" / c.name;
    if (!std::filesystem::exists(dir)) {
      std::printf("| %-32s | (no ../shared/peers/genius/%s: skipped)\n", c.name, c.name);
      continue;
    }
    for (const bool statistics : {false, true}) {
      double best = INFINITY;
      Frontier f;
      for (int run = 0; run < 5; ++run)
        best = std::min(best, seconds([&] {
                          const auto domain = parley::io::read_genius_dir(dir.string());
                          f = merge_frontier(domain.space, options);
                          if (statistics) {
                            benchmark::DoNotOptimize(all_solutions(domain.space, f).size());
                            benchmark::DoNotOptimize(party_bounds(domain.space).best.data());
                          }
                        }));
      const double negmas = statistics ? c.negmas_statistics_s : c.negmas_frontier_s;
      const std::string name =
          std::string(c.name) + (statistics ? ": read+frontier+solutions" : ": read+frontier");
      std::printf("| %-32s | %9s | %9zu | %9.5f s | %9.2f s | %8.0fx |\n", name.c_str(),
                  scientific(f.space_packages, 3).c_str(), f.size(), best, negmas, negmas / best);
    }
  }
  std::printf("peak RSS %ld MiB\n", peak_rss_mib());
}

int table() {
  std::printf("| %-30s | %9s | %9s | %12s | %11s | %11s | %9s | %9s |\n", "case", "packages",
              "frontier", "front. pkgs", "merge+Nash", "brute force", "ratio", "peak RSS");
  std::printf(
      "|%s|%s|%s|%s|%s|%s|%s|%s|\n", std::string(32, '-').c_str(), std::string(11, '-').c_str(),
      std::string(11, '-').c_str(), std::string(14, '-').c_str(), std::string(13, '-').c_str(),
      std::string(13, '-').c_str(), std::string(11, '-').c_str(), std::string(11, '-').c_str());
  for (const auto& c : cases()) print_row(c.name, random_space(c.space), c.brute);
  genius_table();
  return 0;
}

void BM_MergeFrontierAndNash(benchmark::State& state, RandomSpaceOptions o) {
  const AdditiveSpace space = random_space(o);
  std::size_t size = 0;
  for (auto _ : state) {
    const Frontier f = merge_frontier(space);
    benchmark::DoNotOptimize(nash(space, f));
    size = f.size();
  }
  state.counters["frontier"] = static_cast<double>(size);
}
void BM_BruteForce(benchmark::State& state, RandomSpaceOptions o) {
  const AdditiveSpace space = random_space(o);
  for (auto _ : state) benchmark::DoNotOptimize(brute_force_frontier(space).size());
}

BENCHMARK_CAPTURE(BM_MergeFrontierAndNash, p3_i20_l10_opposed, shape(3, 20, 10, true))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_MergeFrontierAndNash, p3_i6_l10_opposed, shape(3, 6, 10, true))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BruteForce, p3_i6_l10_opposed, shape(3, 6, 10, true))
    ->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  for (int k = 1; k < argc; ++k)
    if (std::strcmp(argv[k], "--table") == 0) return table();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
