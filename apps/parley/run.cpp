// `parley run [FILE] [-o PATH] [--force] [--json]`

#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/analysis.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/report/html/analysis_report.hpp"
#include "parley/report/json/analysis_json.hpp"
#include "parley/report/text/printouts.hpp"

namespace parley::cli {

namespace {

constexpr const char* kDefaultReport = "parley-report.html";

struct RunOptions {
  std::string file;
  std::string output;
  bool force = false;
  bool json = false;
  std::vector<std::string> news;
  std::size_t runs = 1000;
  std::uint64_t seed = 1;
};

std::string write(const analysis::Analysis& analysis, const RunOptions& options) {
  const std::string path = options.output.empty() ? kDefaultReport : options.output;
  report::write_report(path, report::render_html(report::render_report(analysis)), options.force);
  return path;
}

void run(const RunOptions& options) {
  analysis::AnalysisOptions ao;
  ao.news = options.news;
  ao.forecast->runs = options.runs;
  ao.forecast->seed = options.seed;
  ao.gmcr = analysis::default_gmcr_for(options.file);
  const analysis::Analysis analysis = analysis::analyse(analysis::load_scenario(options.file), ao);
  if (options.json) {
    nlohmann::ordered_json out = report::to_json(analysis);
    if (!options.output.empty()) out["report"] = write(analysis, options);
    print_json(out);
    return;
  }
  std::cout << report::render_summary(analysis) << std::flush;
  const std::string path = write(analysis, options);
  std::cout << "\nReport: " << path << '\n';
}

}  // namespace

void add_run_command(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  CLI::App* cmd =
      app.add_subcommand("run", "Analyse a scenario: print a summary and write the HTML report");
  cmd->add_option("FILE", options->file,
                  "Scenario file (YAML or JSON); the embedded peace-talks scenario if omitted")
      ->type_name("");
  cmd->add_option("-o,--output", options->output,
                  "Where to write the report (default: parley-report.html here)")
      ->type_name("PATH");
  cmd->add_flag("--force", options->force,
                "Overwrite the output even when it is not a parley report");
  cmd->add_flag("--json", options->json,
                "Print the analysis as JSON instead (writes the report only with -o)");
  cmd->add_option("--news", options->news,
                  "News files or folders: adds what they say, and where the scenario's positions "
                  "part ways with it")
      ->type_name("FILES");
  cmd->add_option("--runs", options->runs,
                  "Monte Carlo runs of the forecast (\"Where it is heading\"; 0: none)")
      ->type_name("N")
      ->check(CLI::Range(0, 10'000'000));
  cmd->add_option("--seed", options->seed, "Seed of the forecast's Monte Carlo runs")
      ->type_name("S");
  cmd->footer(
      "Examples:\n"
      "  parley run                                  the embedded peace-talks scenario\n"
      "  parley run my.yaml -o reports/my.html\n"
      "  parley run my.yaml --json > analysis.json\n"
      "  parley run --news examples/news");
  cmd->callback([options] { run(*options); });
}

}  // namespace parley::cli
