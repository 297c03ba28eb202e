#pragma once
// What the commands share: loading a scenario, printing JSON, and turning outcomes into exit
// statuses (0 ok, 2 bad input or usage, 1 internal error).

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "parley/core/diagnostic.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::cli {

// Thrown by a command that has already said everything and only needs to exit with `code`.
struct ExitStatus {
  int code = 0;
};

// The scenario in `file`, or the embedded peace-talks scenario when `file` is empty.
// Throws InputError on a bad file.
scenario::Scenario load_scenario(const std::string& file);

// Prints `json` indented by two spaces, and a newline, on stdout.
void print_json(const nlohmann::ordered_json& json);

// Diagnostics as JSON: [{"file", "line", "column", "field", "message"}, …].
nlohmann::ordered_json diagnostics_json(const InputError& error);

// What parley says to a command it does not know ("parley: unknown command 'x'; …"), with a
// note when the name is reserved for a later capability.
std::string unknown_command_message(const std::string& name);

// Parses the command line and runs the chosen command; returns the process's exit status.
// Never lets an exception escape. With no command, prints the help.
int run_app(CLI::App& app, int argc, char** argv);

}  // namespace parley::cli
