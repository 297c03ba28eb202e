#pragma once
// The parley commands. Each lives in its own file as `add_<name>_command(CLI::App&)`, which
// registers the subcommand and its callback; main.cpp calls one line per command.
// Reserved for later: simulate, export, report.

#include <CLI/CLI.hpp>

namespace parley::cli {

// `parley validate FILE [--json]`: checks a scenario file.
void add_validate_command(CLI::App& app);

// `parley show [FILE] [--json] [--ascii]`: prints a scenario as tables.
void add_show_command(CLI::App& app);

// `parley run [FILE] [-o PATH] [--force] [--json]`: the whole analysis, summary and report.
void add_run_command(CLI::App& app);

// `parley bargain [INPUT] [--levels N] [--parties A,B] [--json] …`: the bargaining space.
void add_bargain_command(CLI::App& app);

// `parley import genius DIR|ktab FILE|gmcr FILE [-o FILE] [--force]`: another tool's files as a
// scenario or model file.
void add_import_command(CLI::App& app);

// `parley extract FILES… [--scenario S] [--jsonl | --json]`: claims from news files.
void add_extract_command(CLI::App& app);

// `parley draft FILES… [--scenario S] [-o FILE]`: a scenario skeleton from news files.
void add_draft_command(CLI::App& app);

// `parley ingest FILES… --db F` and `parley evidence --db F [--actor A] [--issue I]`: the
// evidence store.
void add_ingest_command(CLI::App& app);

// `parley forecast [INPUT]`: where the bargaining is heading (forecast.cpp).
void add_forecast_command(CLI::App& app);

// `parley gmcr [MODEL] [--concept C] [--json]`: which outcomes would hold (gmcr.cpp).
void add_gmcr_command(CLI::App& app);

}  // namespace parley::cli
