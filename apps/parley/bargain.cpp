// `parley bargain [SCENARIO|GENIUS_DIR] [--levels N] [--parties A,B] [--json] [--brute-force]
//  [--threads N] [--tolerance T]`

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/app/bargaining.hpp"
#include "parley/app/bargaining_json.hpp"
#include "parley/app/bargaining_text.hpp"
#include "parley/bargain/space_from_scenario.hpp"
#include "parley/io/genius_reader.hpp"

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

struct Space {
  bargain::AdditiveSpace space;
  std::string title;
};

// The scenario with --levels applied to every numeric issue.
scenario::Scenario with_levels(scenario::Scenario s, int levels) {
  if (levels == 0) return s;
  s.bargaining.levels = levels;
  for (auto& issue : s.issues)
    if (issue.kind == scenario::IssueKind::numeric) issue.levels = levels;
  return s;
}

Space space_of(const BargainOptions& o) {
  if (!o.input.empty() && std::filesystem::is_directory(o.input)) {
    if (!o.parties.empty() || o.levels != 0)
      throw InputError(Diagnostic{
          o.input, 0, 0, "", "--parties and --levels apply to scenario files, not GENIUS domains"});
    io::GeniusDomain domain = io::read_genius_dir(o.input);
    return {std::move(domain.space), "GENIUS domain " + domain.name};
  }
  const scenario::Scenario s = with_levels(load_scenario(o.input), o.levels);
  if (o.parties.empty()) return {bargain::space_from_scenario(s), s.meta.title};
  return {bargain::space_from_scenario(s, o.parties), s.meta.title};
}

void bargain_command(const BargainOptions& o) {
  Space input = space_of(o);
  app::BargainingOptions options;
  options.brute_force = o.brute_force;
  options.frontier.threads = o.threads;
  if (o.tolerance) input.space.tolerance = *o.tolerance;
  const app::Bargaining result = app::analyse_bargaining(std::move(input.space), options);
  if (o.json) {
    nlohmann::ordered_json out = {{"title", input.title}};
    out.update(app::to_json(result));
    print_json(out);
    return;
  }
  std::cout << app::render_bargaining(result, "Bargaining space — " + input.title);
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
