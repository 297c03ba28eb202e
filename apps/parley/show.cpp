// `parley show [FILE] [--json] [--ascii]`

#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/report/json/analysis_json.hpp"
#include "parley/report/text/printouts.hpp"

namespace parley::cli {

namespace {

struct ShowOptions {
  std::string file;
  bool json = false;
  bool ascii = false;
};

void show(const ShowOptions& options) {
  const scenario::Scenario s = analysis::load_scenario(options.file);
  if (options.json) {
    print_json(report::to_json(s));
    return;
  }
  const auto style = options.ascii ? report::TableStyle::ascii : report::TableStyle::unicode;
  std::cout << report::render_scenario(s, style);
}

}  // namespace

void add_show_command(CLI::App& app) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* cmd =
      app.add_subcommand("show", "Print a scenario as tables: actors, issues, positions");
  cmd->add_option("FILE", options->file,
                  "Scenario file (YAML or JSON); the embedded peace-talks scenario if omitted")
      ->type_name("");
  cmd->add_flag("--json", options->json, "Print the scenario as JSON instead");
  cmd->add_flag("--ascii", options->ascii, "Draw the tables with ASCII characters only");
  cmd->footer(
      "Examples:\n"
      "  parley show                       the embedded peace-talks scenario\n"
      "  parley show my.yaml --json");
  cmd->callback([options] { show(*options); });
}

}  // namespace parley::cli
