// `parley forecast [SCENARIO|KTAB_FILE] [--model median|mean|bdm|smp] [--runs N] [--seed S]
//  [--probability all-pairs|per-contest] [--rounds N] [--no-sensitivity] [--json] [--csv DIR]
//  [--force]`

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/forecast.hpp"
#include "parley/report/json/forecast_json.hpp"
#include "parley/report/text/printouts.hpp"

#if PARLEY_MPI
#include <mpi.h>

#include <cstdlib>
#endif

namespace parley::cli {

namespace {

struct ForecastCliOptions {
  std::string input;
  std::string model = "bdm";
  std::size_t runs = 1000;
  std::uint64_t seed = 1;
  std::string probability = "all-pairs";
  std::size_t rounds = 100;
  bool no_sensitivity = false;
  bool json = false;
  std::string csv;
  bool force = false;
};

#if PARLEY_MPI
// Open MPI when the process was started by mpirun (its environment says so); otherwise one
// process and no MPI at all. MPI is finalized when the command ends, however it ends.
class MpiSession {
 public:
  MpiSession() {
    if (std::getenv("OMPI_COMM_WORLD_SIZE") == nullptr && std::getenv("PMIX_RANK") == nullptr) {
      return;
    }
    MPI_Init(nullptr, nullptr);
    active_ = true;
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    rank_ = static_cast<std::size_t>(rank);
    size_ = static_cast<std::size_t>(size);
  }
  ~MpiSession() {
    if (active_) MPI_Finalize();
  }
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;
  std::size_t rank() const { return rank_; }
  std::size_t size() const { return size_; }

  // Every rank's outcomes, rank after rank, on every rank.
  static std::vector<double> gather(const std::vector<double>& mine) {
    int size = 1;
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const int count = static_cast<int>(mine.size());
    std::vector<int> counts(static_cast<std::size_t>(size)), offsets(counts.size());
    MPI_Allgather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, MPI_COMM_WORLD);
    int total = 0;
    for (std::size_t r = 0; r < counts.size(); ++r) {
      offsets[r] = total;
      total += counts[r];
    }
    std::vector<double> all(static_cast<std::size_t>(total));
    MPI_Allgatherv(mine.data(), count, MPI_DOUBLE, all.data(), counts.data(), offsets.data(),
                   MPI_DOUBLE, MPI_COMM_WORLD);
    return all;
  }

 private:
  bool active_ = false;
  std::size_t rank_ = 0;
  std::size_t size_ = 1;
};
#endif

void forecast_command(const ForecastCliOptions& o) {
  analysis::ForecastOptions options;
  bool speaks = true;  // the process that prints and writes: the only one, or MPI's rank 0
#if PARLEY_MPI
  const MpiSession mpi;
  if (mpi.size() > 1) {
    options.share.part = mpi.rank();
    options.share.parts = mpi.size();
    options.share.gather = &MpiSession::gather;
    speaks = mpi.rank() == 0;
  }
#endif
  options.model = *analysis::forecast_kind(o.model);
  options.runs = o.runs;
  options.seed = o.seed;
  options.bdm.probability = o.probability == "per-contest"
                                ? forecast::SuccessProbability::per_contest
                                : forecast::SuccessProbability::all_pairs;
  options.bdm.round_limit = o.rounds;
  options.smp.max_turns = o.rounds;
  options.sensitivity = !o.no_sensitivity;
  options.progress = progress_bar("forecast", "runs", speaks && !o.json && isatty(STDERR_FILENO));
  const analysis::ForecastInput input = analysis::load_forecast_input(o.input);
  if (speaks) {
    for (const auto& w : input.warnings) std::cerr << "warning: " << w << "\n";
  }
  const analysis::Forecast result = analysis::analyse_forecast(input, options);
  if (!speaks) return;
  if (!o.csv.empty()) {
    for (const auto& [name, text] : report::forecast_csv(result)) {
      write_text((std::filesystem::path(o.csv) / name).string(), text, o.force, "--csv");
    }
  }
  if (o.json) {
    print_json(report::to_json(result));
    return;
  }
  std::cout << report::render_forecast(result);
  if (!o.csv.empty()) {
    std::cout << fmt::format("\nWrote forecast.csv, paths.csv and sensitivity.csv in {}\n", o.csv);
  }
}

}  // namespace

void add_forecast_command(CLI::App& app) {
  auto o = std::make_shared<ForecastCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "forecast", "Where the bargaining is heading: a forecast per issue, with bands and movers");
  cmd->add_option("INPUT", o->input,
                  "Scenario file (YAML or JSON) or KTAB scenario (.csv or .xml); the embedded "
                  "peace-talks scenario if omitted")
      ->type_name("");
  cmd->add_option("--model", o->model,
                  "median, mean (weighted by capability × salience), bdm (the expected-utility "
                  "model, default) or smp (KTAB's Spatial Model of Politics)")
      ->type_name("M")
      ->check(CLI::IsMember({"median", "mean", "bdm", "smp"}));
  cmd->add_option("--runs", o->runs, "Monte Carlo runs over the input's ranges (0: none)")
      ->type_name("N")
      ->check(CLI::Range(0, 10'000'000));
  cmd->add_option("--seed", o->seed, "Seed of the Monte Carlo runs")->type_name("S");
  cmd->add_option("--probability", o->probability,
                  "The expected-utility model's probability of success: all-pairs (Scholz et "
                  "al.'s code, default) or per-contest")
      ->type_name("P")
      ->check(CLI::IsMember({"all-pairs", "per-contest"}));
  cmd->add_option("--rounds", o->rounds, "Rounds (turns) at most (default 100)")
      ->type_name("N")
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--no-sensitivity", o->no_sensitivity,
                "Skip sweeping each assumed input over its range");
  cmd->add_flag("--json", o->json, "Print the forecast as JSON");
  cmd->add_option("--csv", o->csv,
                  "Also write forecast.csv, paths.csv and sensitivity.csv into this folder")
      ->type_name("DIR");
  cmd->add_flag("--force", o->force, "Overwrite CSV files that exist");
  cmd->footer(
      "Examples:\n"
      "  parley forecast                                   the embedded peace-talks scenario\n"
      "  parley forecast --model median --runs 0\n"
      "  parley forecast examples/labour-contract.yaml --runs 10000 --seed 7 --csv out/\n"
      "  parley forecast ../shared/peers/ktab/dummyData_3Dim.csv --model smp --json");
  cmd->callback([o] { forecast_command(*o); });
}

}  // namespace parley::cli
