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

void forecast_command(const ForecastCliOptions& o) {
  analysis::ForecastOptions options;
  options.model = *analysis::forecast_kind(o.model);
  options.runs = o.runs;
  options.seed = o.seed;
  options.bdm.probability = o.probability == "per-contest"
                                ? forecast::SuccessProbability::per_contest
                                : forecast::SuccessProbability::all_pairs;
  options.bdm.round_limit = o.rounds;
  options.smp.max_turns = o.rounds;
  options.sensitivity = !o.no_sensitivity;
  const auto bar = progress_bar("forecast", "runs", !o.json && isatty(STDERR_FILENO));
  if (bar) options.progress = bar;
  const analysis::ForecastInput input = analysis::load_forecast_input(o.input);
  for (const auto& w : input.warnings) std::cerr << "warning: " << w << "\n";
  const analysis::Forecast result = analysis::analyse_forecast(input, options);
  if (!o.csv.empty()) {
    for (const auto& [name, text] : report::forecast_csv(result)) {
      write_text((std::filesystem::path(o.csv) / name).string(), text, o.force);
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
