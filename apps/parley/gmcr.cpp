// `parley gmcr [MODEL] [--concept nash|gmr|smr|seq|all] [--json]`

#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/gmcr.hpp"
#include "parley/report/json/gmcr_json.hpp"
#include "parley/report/text/printouts.hpp"

namespace parley::cli {

namespace {

struct GmcrCliOptions {
  std::string model;
  std::string concept_name = "all";
  bool json = false;
};

void gmcr_command(const GmcrCliOptions& o) {
  analysis::GmcrOptions options;
  if (o.concept_name != "all") options.concepts = {*analysis::solution_concept(o.concept_name)};
  const analysis::GmcrInput input = analysis::load_gmcr_input(o.model);
  for (const auto& w : input.warnings) std::cerr << "warning: " << w << "\n";
  const analysis::Gmcr result = analysis::analyse_gmcr(input, options);
  if (o.json) {
    print_json(report::to_json(result));
    return;
  }
  std::cout << report::render_gmcr(result);
}

}  // namespace

void add_gmcr_command(CLI::App& app) {
  auto o = std::make_shared<GmcrCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "gmcr", "Which outcomes would hold: stability in the Graph Model for Conflict Resolution");
  cmd->add_option("MODEL", o->model,
                  "GMCR model file (YAML, docs/gmcr.md) or gmcr-py file (.gmcr); the embedded "
                  "Elmira groundwater conflict if omitted")
      ->type_name("");
  cmd->add_option("--concept", o->concept_name,
                  "nash, gmr, smr, seq, or all (default): the solution concepts to show")
      ->type_name("C")
      ->check(CLI::IsMember({"nash", "gmr", "smr", "seq", "all"}));
  cmd->add_flag("--json", o->json, "Print the analysis as JSON");
  cmd->footer(
      "Examples:\n"
      "  parley gmcr                              the embedded Elmira model\n"
      "  parley gmcr my-conflict.yaml --concept seq\n"
      "  parley gmcr Elmira.gmcr --json           a gmcr-py file, read directly\n"
      "  parley import gmcr Elmira.gmcr -o elmira.yaml   a gmcr-py file as a model file");
  cmd->callback([o] { gmcr_command(*o); });
}

}  // namespace parley::cli
