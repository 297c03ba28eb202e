// `parley import genius DIR|ktab FILE|gmcr FILE [-o FILE] [--force]`: other tools' formats as
// parley scenarios and GMCR model files.

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

void write_imported(const ImportOptions& o, const analysis::ImportedScenario& imported) {
  if (o.output.empty()) {
    std::cout << imported.yaml;
    return;
  }
  write_text(o.output, imported.yaml, o.force);
  std::cout << "Wrote " << o.output << ": " << imported.description << "\n";
}

void import_genius(const ImportOptions& o) {
  write_imported(o, analysis::import_genius(o.input));
}

// Writes `imported`, its warnings (the description's lines after the first) on stderr when the
// file goes to stdout.
void write_with_warnings(const ImportOptions& o, const analysis::ImportedScenario& imported) {
  if (o.output.empty() && imported.description.find('\n') != std::string::npos) {
    std::cerr << imported.description.substr(imported.description.find('\n') + 1) << "\n";
  }
  write_imported(o, imported);
}

void import_ktab(const ImportOptions& o) {
  write_with_warnings(o, analysis::import_ktab(o.input));
}

void import_gmcr(const ImportOptions& o) {
  write_with_warnings(o, analysis::import_gmcr(o.input));
}

}  // namespace

void add_import_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("import", "Read another tool's files as a parley scenario");
  cmd->require_subcommand(1);
  cmd->footer(
      "Formats:\n"
      "  genius   a GENIUS / ANAC domain directory (domain file + one profile per party)\n"
      "  ktab     a KTAB Spatial Model of Politics scenario (CSV or XML)\n"
      "  gmcr     a gmcr-py conflict (.gmcr) as a GMCR model file (docs/gmcr.md)\n\n"
      "Examples:\n"
      "  parley import genius ../shared/peers/genius/Laptop -o laptop.yaml\n"
      "  parley import genius Laptop/ > laptop.yaml\n"
      "  parley import ktab ../shared/peers/ktab/SOE-Pol-Comp.csv -o soe.yaml\n"
      "  parley import gmcr Elmira.gmcr -o elmira.yaml");

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

  auto k = std::make_shared<ImportOptions>();
  CLI::App* ktab = cmd->add_subcommand(
      "ktab", "A KTAB scenario (CSV or XML) as a scenario: actors, dimensions as 0-100 issues");
  ktab->add_option("FILE", k->input, "KTAB scenario file (.csv or .xml)")
      ->required()
      ->type_name("");
  ktab->add_option("-o,--output", k->output, "Scenario file to write (default: stdout)")
      ->type_name("FILE");
  ktab->add_flag("--force", k->force, "Overwrite the output file if it exists");
  ktab->footer(
      "Examples:\n"
      "  parley import ktab ../shared/peers/ktab/dummyData_3Dim.csv -o dummy.yaml\n"
      "  parley forecast ../shared/peers/ktab/dummyData_3Dim.csv --model smp   (no import needed)");
  ktab->callback([k] { import_ktab(*k); });

  auto g = std::make_shared<ImportOptions>();
  CLI::App* gmcr = cmd->add_subcommand(
      "gmcr", "A gmcr-py conflict (.gmcr) as a GMCR model file: options, rules, preferences");
  gmcr->add_option("FILE", g->input, "gmcr-py conflict file (.gmcr)")->required()->type_name("");
  gmcr->add_option("-o,--output", g->output, "Model file to write (default: stdout)")
      ->type_name("FILE");
  gmcr->add_flag("--force", g->force, "Overwrite the output file if it exists");
  gmcr->footer(
      "Examples:\n"
      "  parley import gmcr Elmira.gmcr -o elmira.yaml\n"
      "  parley gmcr elmira.yaml\n"
      "  parley gmcr Elmira.gmcr            (no import needed to analyse it)");
  gmcr->callback([g] { import_gmcr(*g); });
}

}  // namespace parley::cli
