// `parley bargain [SCENARIO|GENIUS_DIR] [--levels N] [--parties A,B] [--json] [--brute-force]
//  [--threads N] [--tolerance T]`

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <optional>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/bargaining.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/report/json/bargaining_json.hpp"
#include "parley/report/text/printouts.hpp"

namespace parley::cli {

namespace {

constexpr int kMinLevels = 2;
constexpr int kMaxLevels = 1000;

struct BargainOptions {
  std::string input;
  int levels = 0;  // 0: as the scenario says
  std::vector<std::string> parties;
  bool json = false;
  bool brute_force = false;
  std::size_t threads = 0;
  std::optional<double> tolerance;  // overrides the scenario's bargaining.tolerance
};

void bargain_command(const BargainOptions& o) {
  analysis::BargainingInput input = analysis::load_bargaining_input(o.input, {o.levels, o.parties});
  analysis::BargainingOptions options;
  options.brute_force = o.brute_force;
  options.frontier.threads = o.threads;
  if (o.tolerance) input.space.tolerance = *o.tolerance;
  const analysis::Bargaining result = analysis::analyse_bargaining(std::move(input.space), options);
  if (o.json) {
    nlohmann::ordered_json out = {{"title", input.title}};
    out.update(report::to_json(result));
    print_json(out);
    return;
  }
  std::cout << report::render_bargaining(result, "Bargaining space — " + input.title);
}

}  // namespace

void add_bargain_command(CLI::App& app) {
  auto o = std::make_shared<BargainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bargain", "The bargaining space: Pareto frontier, solutions, zone of possible agreement");
  cmd->add_option("INPUT", o->input,
                  "Scenario file (YAML or JSON) or GENIUS domain directory; the embedded "
                  "peace-talks scenario if omitted")
      ->type_name("");
  cmd->add_option("--levels", o->levels, "Settlement levels of every numeric issue (2–1000)")
      ->type_name("N")
      ->check(CLI::Range(kMinLevels, kMaxLevels));
  cmd->add_option("--parties", o->parties,
                  "Comma-separated actor ids to bargain (default: the actors with role party)")
      ->type_name("A,B,…")
      ->delimiter(',');
  cmd->add_flag("--json", o->json, "Print the result as JSON");
  cmd->add_flag("--brute-force", o->brute_force,
                "Enumerate every acceptable package instead of merging per-issue frontiers");
  cmd->add_option("--threads", o->threads, "Worker threads (0: all cores)")->type_name("N");
  cmd->add_option("--tolerance", o->tolerance,
                  "Utility resolution: values finer than this are rounded to multiples of it "
                  "(default: the scenario's bargaining.tolerance, 1e-9 for GENIUS)")
      ->type_name("T")
      ->check(CLI::Range(0.0, 0.1));
  cmd->footer(
      "Examples:\n"
      "  parley bargain                                  the embedded peace-talks scenario\n"
      "  parley bargain examples/labour-contract.yaml --levels 21\n"
      "  parley bargain my.yaml --parties RUS,UKR,USA --json\n"
      "  parley bargain ../shared/peers/genius/Laptop    a GENIUS domain directory");
  cmd->callback([o] { bargain_command(*o); });
}

}  // namespace parley::cli
