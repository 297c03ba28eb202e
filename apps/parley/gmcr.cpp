// `parley gmcr [MODEL] [--concept nash|gmr|smr|seq|all] [--coalitions] [--stabilize STATE]
//  [--all-states] [--json]`

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
  bool coalitions = false;
  bool all_states = false;
  std::string stabilize;
};

void gmcr_command(const GmcrCliOptions& o) {
  analysis::GmcrOptions options;
  if (o.concept_name != "all") options.concepts = {*analysis::solution_concept(o.concept_name)};
  options.coalitions = o.coalitions;
  options.stabilize = o.stabilize;
  const analysis::GmcrInput input = analysis::load_gmcr_input(o.model);
  for (const auto& w : input.warnings) std::cerr << "warning: " << w << "\n";
  const analysis::Gmcr result = analysis::analyse_gmcr(input, options);
  if (o.json) {
    print_json(report::to_json(result));
    return;
  }
  std::cout << report::render_gmcr(result, o.all_states);
}

}  // namespace

void add_gmcr_command(CLI::App& app) {
  auto o = std::make_shared<GmcrCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "gmcr", "Which outcomes would hold: stability in the Graph Model for Conflict Resolution");
  cmd->add_option("MODEL", o->model,
                  "GMCR model file (YAML, docs/gmcr.md) or gmcr-py file (.gmcr); the embedded "
                  "peace-talks model (examples/gmcr/peace-talks.yaml) if omitted")
      ->type_name("");
  cmd->add_option("--concept", o->concept_name,
                  "nash, gmr, smr, seq, or all (default): the solution concepts to show")
      ->type_name("C")
      ->check(CLI::IsMember({"nash", "gmr", "smr", "seq", "all"}));
  cmd->add_flag("--coalitions", o->coalitions,
                "Add coalition stability (CNash, CGMR, CSMR, CSEQ) and, from the status quo, "
                "coalition improvements");
  cmd->add_option("--stabilize", o->stabilize,
                  "What would make STATE (a number or a Y/N pattern) an equilibrium: the fewest "
                  "ranking swaps, per concept shown")
      ->type_name("STATE");
  cmd->add_flag("--all-states", o->all_states,
                "List every state in the tables (by default, beyond 32 states, only the status "
                "quo and the equilibria)");
  cmd->add_flag("--json", o->json, "Print the analysis as JSON (always every state)");
  cmd->footer(
      "Examples:\n"
      "  parley gmcr                              the embedded peace-talks model\n"
      "  parley gmcr --coalitions --all-states\n"
      "  parley gmcr examples/gmcr/elmira.yaml --stabilize 1 --concept seq\n"
      "  parley gmcr my-conflict.yaml --concept seq\n"
      "  parley gmcr Elmira.gmcr --json           a gmcr-py file, read directly\n"
      "  parley import gmcr Elmira.gmcr -o elmira.yaml   a gmcr-py file as a model file");
  cmd->callback([o] { gmcr_command(*o); });
}

}  // namespace parley::cli
