// Benchmarks of the exact bargaining engine (docs/bargaining.md, "Benchmarks").
//
//   bench_bargain --table [--seed N]
//                              runs every case once and prints the tables of bench/run-bench.sh:
//                              random spaces (merge vs brute force), the 5-party GENIUS-style
//                              domain (genius_style_domain.hpp) and the GENIUS scenarios against
//                              NegMAS's published times, each with its target where it has one;
//                              --seed picks the GENIUS-style domain (default 2015)
//   bench_bargain --write-genius DIR [--seed N]
//                              writes the 5-party GENIUS-style domain as GENIUS XML into DIR
//                              (for `parley bargain DIR`), reads it back with read_genius_dir
//                              and checks it is the space the table times (exit 1 if not)
//   bench_bargain [gbench flags] Google Benchmark timings of the same cases
//
// Spaces come from random_space() (random_space.hpp documents the distribution): "opposed"
// sorts level values in opposite directions across parties (conflict, large frontiers),
// "independent" leaves them random (small frontiers). Peak memory is getrusage's ru_maxrss
// (cumulative over the process) in the random and GENIUS tables; the GENIUS-style table resets
// the peak before each row (/proc/self/clear_refs) and reads VmHWM, so each row has its own.

#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "genius_style_domain.hpp"
#include "parley/analysis/bargaining.hpp"
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
  bool brute = false;   // also time the brute force (spaces up to ~10^7 packages)
  double target_s = 0;  // target for the merge+Nash time, in seconds (0: none)
};

// The targets of the many-party cases (docs/bargaining.md, "Benchmarks").
constexpr double kManyPartyTarget = 0.25;

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
      {"3p x 20i x 10 opposed", shape(3, 20, 10, true), false, kManyPartyTarget},
      {"3p x 20i x 10 independent", shape(3, 20, 10, false)},
      {"2p x 20i x 10 opposed", shape(2, 20, 10, true)},
      {"4p x 8i x 10 opposed", shape(4, 8, 10, true), false, kManyPartyTarget},
      {"5p x 6i x 10 opposed", shape(5, 6, 10, true), false, kManyPartyTarget},
      {"6p x 5i x 10 opposed", shape(6, 5, 10, true), false, kManyPartyTarget},
      {"7p x 4i x 10 opposed", shape(7, 4, 10, true), false, kManyPartyTarget},
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

// The process's peak before the last reset_peak_rss() (which lowers ru_maxrss too), in KiB.
long g_peak_before_reset_kib = 0;

// Peak RSS of the whole process so far, in MiB (cumulative, across reset_peak_rss()).
long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return std::max(usage.ru_maxrss, g_peak_before_reset_kib) / 1024;  // KiB on Linux
}

// "< 0.25 s met" or "< 0.25 s MISSED" ("-" without a target).
std::string target_text(double target_s, double t) {
  if (target_s <= 0) return "-";
  char buf[48];
  std::snprintf(buf, sizeof buf, "< %g s %s", target_s, t < target_s ? "met" : "MISSED");
  return buf;
}

// Resets the process's peak RSS (Linux >= 4.0); false where /proc/self/clear_refs is unavailable.
bool reset_peak_rss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  g_peak_before_reset_kib = std::max(g_peak_before_reset_kib, usage.ru_maxrss);
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.close();
  return static_cast<bool>(clear);
}

// VmHWM of /proc/self/status (peak RSS since the last reset) in MiB, else ru_maxrss.
long peak_since_reset_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;  // kB
  return peak_rss_mib();
}

void print_row(const Case& c, const AdditiveSpace& space) {
  Frontier f;
  std::optional<Solution> n;
  // Best of 3: the first run of a process also pays oneTBB's start-up and first page faults
  // (run-bench.sh times a whole cold process separately).
  double t = INFINITY;
  for (int run = 0; run < 3; ++run)
    t = std::min(t, seconds([&] {
                   f = merge_frontier(space);
                   n = nash(space, f);
                 }));
  std::string brute_time = "-", ratio = "-";
  if (c.brute) {
    Frontier b;
    const double tb = seconds([&] { b = brute_force_frontier(space); });
    brute_time = std::to_string(tb).substr(0, 7) + " s";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0fx%s", tb / t, b.size() == f.size() ? "" : " MISMATCH");
    ratio = buf;
  }
  std::printf("| %-30s | %9s | %9zu | %12s | %9.4f s | %-15s | %11s | %9s | %5ld MiB |\n",
              c.name.c_str(), scientific(f.space_packages, 0).c_str(), f.size(),
              scientific(f.frontier_packages, 1).c_str(), t, target_text(c.target_s, t).c_str(),
              brute_time.c_str(), ratio.c_str(), peak_rss_mib());
  std::fflush(stdout);
}

// The 5-party GENIUS-style domain at ANAC 2015 scale (genius_style_domain.hpp): 240,000 bids,
// enumerable, so the brute force checks the merge. NegMAS 0.15.7 took 37.7 s for the Pareto
// frontier of such a domain ("38 s" in ../shared/peers/genius/README.md). Times are best of 3; the
// frontier is the full one, over every bid, as app::analyse_bargaining and `parley bargain` compute
// it (the rational points are filtered from it; NegMAS's frontier is over the rational bids only).
constexpr double kNegmasGeniusStyleFrontier = 37.7;
constexpr double kGeniusStyleFrontierTarget = 0.2;
constexpr double kGeniusStyleAnalysisTarget = 0.5;

double best_of(int runs, const std::function<void()>& f) {
  double best = INFINITY;
  for (int run = 0; run < runs; ++run) best = std::min(best, seconds(f));
  return best;
}

// Same points, same counts.
bool same_frontier(const Frontier& a, const Frontier& b) {
  if (a.size() != b.size() || a.frontier_packages != b.frontier_packages) return false;
  for (std::size_t k = 0; k < a.utilities.size(); ++k)
    if (std::abs(a.utilities[k] - b.utilities[k]) > 1e-9) return false;
  return true;
}

void genius_style_table(std::uint64_t seed) {
  const parley::bench::GeniusStyleDomain domain = parley::bench::genius_style_domain(seed);
  const AdditiveSpace space = parley::bench::genius_style_space(domain);
  const bool per_row = reset_peak_rss();
  const std::string title = "5p x 6i GENIUS-style (seed " + std::to_string(seed) + ")";
  std::printf("\n| %-36s | %9s | %9s | %11s | %-15s | %16s | %9s |\n", title.c_str(), "bids",
              "frontier", "time", "target", "vs NegMAS 37.7 s", "peak RSS");
  std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", std::string(38, '-').c_str(),
              std::string(11, '-').c_str(), std::string(11, '-').c_str(),
              std::string(13, '-').c_str(), std::string(17, '-').c_str(),
              std::string(18, '-').c_str(), std::string(11, '-').c_str());
  const auto row = [&](const char* name, const Frontier& f, double t, double target) {
    std::printf("| %-36s | %9s | %9zu | %9.4f s | %-15s | %15.0fx | %5ld MiB |\n", name,
                scientific(f.space_packages, 1).c_str(), f.size(), t,
                target_text(target, t).c_str(), kNegmasGeniusStyleFrontier / t,
                peak_since_reset_mib());
    std::fflush(stdout);
    reset_peak_rss();
  };

  Frontier merged;
  const double t_merge = best_of(3, [&] { merged = merge_frontier(space); });
  row("merge_frontier", merged, t_merge, kGeniusStyleFrontierTarget);

  parley::analysis::Bargaining analysis;
  const double t_analysis =
      best_of(3, [&] { analysis = parley::analysis::analyse_bargaining(space); });
  row("analyse_bargaining (whole analysis)", analysis.frontier, t_analysis,
      kGeniusStyleAnalysisTarget);

  Frontier brute;
  const double t_brute = seconds([&] { brute = brute_force_frontier(space); });
  row("brute_force_frontier (check)", brute, t_brute, 0);

  const Frontier rational = rational_part(merged);
  std::printf(
      "merge vs brute force: %zu vs %zu points, %s vs %s bids: %s; brute / merge = %.2fx; "
      "%zu rational points; analysis: frontier %.4f s of %.4f s (last run)%s\n",
      merged.size(), brute.size(), scientific(merged.frontier_packages, 4).c_str(),
      scientific(brute.frontier_packages, 4).c_str(),
      same_frontier(merged, brute) && same_frontier(merged, analysis.frontier) ? "match"
                                                                               : "MISMATCH",
      t_brute / t_merge, rational.size(), analysis.frontier_seconds, analysis.seconds,
      per_row ? "" : "; peak RSS cumulative (no /proc/self/clear_refs)");
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

int table(std::uint64_t seed) {
  std::printf("| %-30s | %9s | %9s | %12s | %11s | %-15s | %11s | %9s | %9s |\n", "case",
              "packages", "frontier", "front. pkgs", "merge+Nash", "target", "brute force", "ratio",
              "peak RSS");
  std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", std::string(32, '-').c_str(),
              std::string(11, '-').c_str(), std::string(11, '-').c_str(),
              std::string(14, '-').c_str(), std::string(13, '-').c_str(),
              std::string(17, '-').c_str(), std::string(13, '-').c_str(),
              std::string(11, '-').c_str(), std::string(11, '-').c_str());
  for (const auto& c : cases()) print_row(c, random_space(c.space));
  // Without --seed: the default domain and, since the frontier's size varies a lot with the seed
  // (genius_style_domain.hpp), the median and the largest frontier of seeds 1–16.
  if (seed != 0) {
    genius_style_table(seed);
  } else {
    for (const std::uint64_t s :
         {parley::bench::kGeniusStyleSeed, std::uint64_t{5}, std::uint64_t{8}})
      genius_style_table(s);
    std::printf("(seed 5: median frontier of seeds 1-16; seed 8: the largest of seeds 1-16)\n");
  }
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

void BM_GeniusStyleFrontier(benchmark::State& state) {
  const AdditiveSpace space =
      parley::bench::genius_style_space(parley::bench::genius_style_domain());
  for (auto _ : state) benchmark::DoNotOptimize(merge_frontier(space).size());
}
void BM_GeniusStyleAnalysis(benchmark::State& state) {
  const AdditiveSpace space =
      parley::bench::genius_style_space(parley::bench::genius_style_domain());
  for (auto _ : state)
    benchmark::DoNotOptimize(parley::analysis::analyse_bargaining(space).frontier.size());
}

BENCHMARK(BM_GeniusStyleFrontier)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GeniusStyleAnalysis)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_MergeFrontierAndNash, p3_i20_l10_opposed, shape(3, 20, 10, true))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_MergeFrontierAndNash, p3_i6_l10_opposed, shape(3, 6, 10, true))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BruteForce, p3_i6_l10_opposed, shape(3, 6, 10, true))
    ->Unit(benchmark::kMillisecond);

// `--write-genius DIR [--seed N]`: writes the domain, reads it back, checks it is the same space.
int write_genius(const char* dir, std::uint64_t seed) {
  const auto domain = parley::bench::genius_style_domain(seed);
  parley::bench::write_genius_style(domain, dir);
  const auto read = parley::io::read_genius_dir(dir);
  const bool same = read.space == parley::bench::genius_style_space(domain);
  std::size_t bids = 1;
  for (std::size_t i = 0; i < read.space.issue_count(); ++i) bids *= read.space.level_count(i);
  std::printf("%s: %zu parties, %zu issues, %zu bids (seed %llu); read back: %s\n", dir,
              read.space.party_count(), read.space.issue_count(), bids,
              static_cast<unsigned long long>(seed),
              same ? "the same space" : "DIFFERENT from the generated space");
  return same ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  // As the parley CLI does (apps/parley/main.cpp): keep freed memory instead of page-faulting
  // fresh memory at every merge.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  const char* write_dir = nullptr;
  bool print_table = false;
  std::uint64_t seed = 0;  // 0: the table shows three seeds; --write-genius uses the default
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "--table") == 0) print_table = true;
    if (std::strcmp(argv[k], "--write-genius") == 0 && k + 1 < argc) write_dir = argv[++k];
    if (std::strcmp(argv[k], "--seed") == 0 && k + 1 < argc)
      seed = std::strtoull(argv[++k], nullptr, 10);
  }
  if (print_table) return table(seed);
  if (write_dir) return write_genius(write_dir, seed != 0 ? seed : parley::bench::kGeniusStyleSeed);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
