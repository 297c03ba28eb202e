// Benchmarks of the exact Pareto filters (pareto.hpp) on merge_frontier's workload: per issue the
// Pareto set of its levels (pareto_filter), then the sequential merge ((I0 ⊕ I1) ⊕ I2) ⊕ … with
// pareto_filter_sum, on utilities converted to exact grid units (llround(v · 2^40)).
//
//   bench_pareto --table        runs every case (best of 5, oneTBB default threads and 1 thread)
//                               and prints candidates, frontier size and seconds
//   bench_pareto [gbench flags] Google Benchmark timings of the same cases
//
// Cases: random_space() opposed spaces, seed 42 (random_space.hpp), and a GENIUS-like 5-party
// domain of 3·4·10·5·8·50 levels: discrete issues with integer evaluations 1..10 normalized by
// their maximum, two long monotone (linear) issues, integer weights 1..9 normalized.

#include <benchmark/benchmark.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/pareto.hpp"
#include "parley/bargain/random_space.hpp"

namespace {

using namespace parley::bargain;

struct Case {
  std::string name;
  AdditiveSpace space;
  std::size_t expected_frontier;
};

RandomSpaceOptions opposed(std::size_t parties, std::size_t issues) {
  RandomSpaceOptions o;
  o.parties = parties;
  o.issues = issues;
  o.min_levels = o.max_levels = 10;
  o.opposed = true;
  o.seed = 42;
  return o;
}

AdditiveSpace genius_like() {
  std::uint64_t state = 0x1234567;
  auto next = [&] {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  const std::size_t P = 5;
  const std::vector<std::size_t> levels = {3, 4, 10, 5, 8, 50};
  const std::size_t I = levels.size();
  AdditiveSpace s;
  for (std::size_t p = 0; p < P; ++p) s.parties.push_back("party" + std::to_string(p));
  std::vector<std::vector<double>> weight(P, std::vector<double>(I));
  for (auto& w : weight) {
    double total = 0;
    for (double& x : w) total += x = 1.0 + static_cast<double>(next() % 9);
    for (double& x : w) x /= total;
  }
  for (std::size_t i = 0; i < I; ++i) {
    const std::size_t L = levels[i];
    IssueAxis axis;
    axis.id = axis.title = "issue" + std::to_string(i);
    for (std::size_t l = 0; l < L; ++l) {
      axis.level_labels.push_back("level" + std::to_string(l));
      axis.level_points.push_back(static_cast<double>(l));
    }
    s.issues.push_back(axis);
    std::vector<double> table(L * P);
    for (std::size_t p = 0; p < P; ++p) {
      std::vector<double> eval(L);
      if (L >= 10) {  // monotone, like GENIUS's integer issues
        const bool up = next() % 2 == 0;
        for (std::size_t l = 0; l < L; ++l) {
          const double x = static_cast<double>(l) / static_cast<double>(L - 1);
          eval[l] = up ? x : 1.0 - x;
        }
      } else {
        double best = 0;
        for (double& x : eval) best = std::max(best, x = 1.0 + static_cast<double>(next() % 10));
        for (double& x : eval) x /= best;
      }
      for (std::size_t l = 0; l < L; ++l) table[l * P + p] = weight[p][i] * eval[l];
    }
    s.contribution.push_back(std::move(table));
    s.acceptable.push_back(std::vector<std::uint8_t>(L * P, 1));
  }
  s.reservation.assign(P, 0.0);
  return s;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"3p x 20i x 10 opposed", random_space(opposed(3, 20)), 46300},
      {"4p x 8i x 10 opposed", random_space(opposed(4, 8)), 13771},
      {"5p x 6i x 10 opposed", random_space(opposed(5, 6)), 15492},
      {"6p x 5i x 10 opposed", random_space(opposed(6, 5)), 23726},
      {"7p x 4i x 10 opposed", random_space(opposed(7, 4)), 7641},
      {"5p GENIUS-like 240,000", genius_like(), 6910},
  };
  return all;
}

// The sequential merge of merge_frontier, on exact utilities: what the filters are for.
struct MergeRun {
  std::size_t candidates = 0;
  std::size_t frontier = 0;
  std::size_t members = 0;
};

class Merger {
 public:
  explicit Merger(const AdditiveSpace& space) : P_(space.party_count()) {
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      std::vector<std::int64_t> pts;
      for (std::size_t l = 0; l < space.level_count(i); ++l)
        for (std::size_t p = 0; p < P_; ++p)
          pts.push_back(std::llround(space.value(i, l, p) * 0x1p40));
      levels_.push_back(std::move(pts));
    }
  }

  MergeRun run() {
    MergeRun out;
    for (std::size_t i = 0; i < levels_.size(); ++i) {
      const std::vector<std::int64_t>& pts = levels_[i];
      const ParetoGroups leaf = pareto_filter(pts.data(), pts.size() / P_, P_, &ws_);
      leaf_.clear();
      for (std::size_t g = 0; g < leaf.size(); ++g) {
        const std::int64_t* u = pts.data() + std::size_t{leaf.representative(g)} * P_;
        leaf_.insert(leaf_.end(), u, u + P_);
      }
      if (i == 0) {
        acc_ = leaf_;
        continue;
      }
      const std::size_t na = acc_.size() / P_, nb = leaf_.size() / P_;
      out.candidates += na * nb;
      const ParetoGroups merged = pareto_filter_sum(acc_.data(), na, leaf_.data(), nb, P_, &ws_);
      next_.resize(merged.size() * P_);
      for (std::size_t g = 0; g < merged.size(); ++g) {
        const std::size_t c = merged.representative(g);
        const std::int64_t* a = acc_.data() + (c / nb) * P_;
        const std::int64_t* b = leaf_.data() + (c % nb) * P_;
        for (std::size_t k = 0; k < P_; ++k) next_[g * P_ + k] = a[k] + b[k];
      }
      out.members = merged.members.size();
      std::swap(acc_, next_);
    }
    out.frontier = acc_.size() / P_;
    return out;
  }

 private:
  std::size_t P_;
  std::vector<std::vector<std::int64_t>> levels_;
  std::vector<std::int64_t> acc_, next_, leaf_;
  ParetoWorkspace ws_;
};

double seconds_of(Merger& m, MergeRun& r) {
  const auto t0 = std::chrono::steady_clock::now();
  r = m.run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int table() {
  std::printf("| %-24s | %10s | %8s | %12s | %12s |\n", "case (sequential merge)", "candidates",
              "frontier", "default thr.", "1 thread");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(26, '-').c_str(), std::string(12, '-').c_str(),
              std::string(10, '-').c_str(), std::string(14, '-').c_str(),
              std::string(14, '-').c_str());
  int failures = 0;
  for (const Case& c : cases()) {
    Merger merger(c.space);
    MergeRun r;
    double best = INFINITY, best1 = INFINITY;
    for (int rep = 0; rep < 5; ++rep) best = std::min(best, seconds_of(merger, r));
    tbb::task_arena one(1);
    one.execute([&] {
      for (int rep = 0; rep < 5; ++rep) best1 = std::min(best1, seconds_of(merger, r));
    });
    const bool ok = r.frontier == c.expected_frontier;
    failures += !ok;
    std::printf("| %-24s | %10zu | %8zu | %10.4f s | %10.4f s |%s\n", c.name.c_str(), r.candidates,
                r.frontier, best, best1, ok ? "" : " UNEXPECTED FRONTIER SIZE");
    std::fflush(stdout);
  }
  return failures == 0 ? 0 : 1;
}

void BM_SequentialMerge(benchmark::State& state, std::size_t which) {
  const Case& c = cases()[which];
  Merger merger(c.space);
  MergeRun r;
  for (auto _ : state) {
    r = merger.run();
    benchmark::DoNotOptimize(r.frontier);
  }
  state.counters["candidates"] = static_cast<double>(r.candidates);
  state.counters["frontier"] = static_cast<double>(r.frontier);
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--table") == 0) return table();
  for (std::size_t k = 0; k < cases().size(); ++k)
    benchmark::RegisterBenchmark(("SequentialMerge/" + cases()[k].name).c_str(), BM_SequentialMerge,
                                 k)
        ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
