// `parley import genius DIR [-o FILE] [--force]`: other tools' formats as parley scenarios.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/inputs.hpp"

namespace parley::cli {

namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  std::string input;
  std::string output;
  bool force = false;
};

void import_genius(const ImportOptions& o) {
  const analysis::ImportedScenario imported = analysis::import_genius(o.input);
  if (o.output.empty()) {
    std::cout << imported.yaml;
    return;
  }
  write_text(o.output, imported.yaml, o.force);
  std::cout << "Wrote " << o.output << ": " << imported.description << "\n";
}

}  // namespace

void add_import_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("import", "Read another tool's files as a parley scenario");
  cmd->require_subcommand(1);
  cmd->footer(
      "Formats:\n"
      "  genius   a GENIUS / ANAC domain directory (domain file + one profile per party)\n"
      "  ktab     KTAB spatial model inputs (planned)\n"
      "  gmcr     gmcr-py conflict models (planned)\n\n"
      "Examples:\n"
      "  parley import genius ../shared/peers/genius/Laptop -o laptop.yaml\n"
      "  parley import genius Laptop/ > laptop.yaml");

  auto o = std::make_shared<ImportOptions>();
  CLI::App* genius = cmd->add_subcommand(
      "genius", "A GENIUS domain directory as a scenario (utilities reproduced exactly)");
  genius->add_option("DIR", o->input, "GENIUS domain directory")->required()->type_name("");
  genius->add_option("-o,--output", o->output, "Scenario file to write (default: stdout)")
      ->type_name("FILE");
  genius->add_flag("--force", o->force, "Overwrite the output file if it exists");
  genius->footer(
      "Examples:\n"
      "  parley import genius ../shared/peers/genius/Laptop -o laptop.yaml\n"
      "  parley validate laptop.yaml && parley bargain laptop.yaml");
  genius->callback([o] { import_genius(*o); });
}

}  // namespace parley::cli
