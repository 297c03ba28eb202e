// parley: one binary, git-style subcommands. Adding a command: write add_<name>_command in
// its own file (see commands.hpp) and call it below.

#include <malloc.h>
#include <CLI/CLI.hpp>

#include "cli_support.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  // Keep freed memory for reuse instead of returning it to the system: the bargaining engine
  // allocates and frees buffers of megabytes merge after merge, and page faults on fresh memory
  // otherwise cost more than the work (3 parties × 20 issues: 0.47 s → 0.19 s of CPU).
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  CLI::App app{
      "parley — analyse multi-party negotiations: who wants what, where red lines\n"
      "collide, and where the parties could meet.",
      "parley"};
  app.set_version_flag("--version", "parley " PARLEY_VERSION, "Print the version and exit");
  app.require_subcommand(0, 1);
  app.footer(
      "Examples:\n"
      "  parley run                                the embedded peace-talks scenario\n"
      "  parley run my.yaml -o out/report.html     analyse a scenario, write the report there\n"
      "  parley validate my.yaml                   check a scenario file\n"
      "  parley show --json                        the embedded scenario as JSON\n"
      "  parley bargain my.yaml                    frontier, solutions, zone of agreement\n"
      "  parley import genius DIR -o my.yaml       a GENIUS domain as a scenario\n"
      "  parley extract news/ --jsonl              claims from news files\n"
      "  parley draft news/ -o draft.yaml          a scenario drafted from the news\n"
      "  parley ingest news/ --db news.db          keep claims in an evidence store\n"
      "  parley gmcr                               stable outcomes of the embedded GMCR model\n"
      "\n"
      "Exit status: 0 ok, 2 bad input, usage or work past a limit, 1 internal error.\n"
      "Scenario format: docs/scenario-format.md");

  parley::cli::add_validate_command(app);
  parley::cli::add_show_command(app);
  parley::cli::add_run_command(app);
  parley::cli::add_bargain_command(app);
  parley::cli::add_import_command(app);
  parley::cli::add_extract_command(app);
  parley::cli::add_draft_command(app);
  parley::cli::add_ingest_command(app);
  parley::cli::add_forecast_command(app);
  parley::cli::add_gmcr_command(app);

  return parley::cli::run_app(app, argc, argv);
}
