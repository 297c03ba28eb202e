// `parley validate FILE [--json]`

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/report/json/analysis_json.hpp"

namespace parley::cli {

namespace {

struct ValidateOptions {
  std::string file;
  bool json = false;
};

std::string ok_line(const std::string& file, const scenario::Scenario& s) {
  return fmt::format("{}: ok — {} actors, {} issues, {} positions", file, s.actors.size(),
                     s.issues.size(), s.positions.size());
}

void validate(const ValidateOptions& options) {
  try {
    const scenario::Scenario s = analysis::load_scenario(options.file);
    if (!options.json) {
      std::cout << ok_line(options.file, s) << '\n';
      return;
    }
    print_json({{"file", options.file},
                {"ok", true},
                {"actors", s.actors.size()},
                {"issues", s.issues.size()},
                {"positions", s.positions.size()}});
  } catch (const InputError& e) {
    if (!options.json) throw;
    print_json({{"file", options.file}, {"ok", false}, {"diagnostics", report::to_json(e)}});
    throw ExitStatus{2};
  }
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check a scenario file and report every problem");
  cmd->add_option("FILE", options->file, "Scenario file (YAML or JSON)")->required()->type_name("");
  cmd->add_flag("--json", options->json, "Print the result as JSON on stdout");
  cmd->footer(
      "Prints \"FILE: ok — N actors, M issues, K positions\", or each problem as\n"
      "file:line:column: field: message on stderr and exits with status 2.\n\n"
      "Examples:\n"
      "  parley validate examples/peace-talks.yaml\n"
      "  parley validate my.yaml --json");
  cmd->callback([options] { validate(*options); });
}

}  // namespace parley::cli
