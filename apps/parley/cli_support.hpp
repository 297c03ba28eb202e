#pragma once
// What the commands share: loading a scenario, printing JSON, and turning outcomes into exit
// statuses (0 ok, 2 bad input, usage or work past a limit, 1 internal error).

#include <CLI/CLI.hpp>
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "parley/core/diagnostic.hpp"

namespace parley::cli {

// Thrown by a command that has already said everything and only needs to exit with `code`.
struct ExitStatus {
  int code = 0;
};

// Prints `json` indented by two spaces, and a newline, on stdout.
void print_json(const nlohmann::ordered_json& json);

// What parley says to a command it does not know ("parley: unknown command 'x'; …"), with a
// note when the name is reserved for a later capability.
std::string unknown_command_message(const std::string& name);

// A progress bar on stderr ("label [#####     ] 12/40 unit", redrawn in place, a line break at the
// end) when `enabled` (a terminal), else an empty function.
std::function<void(std::size_t, std::size_t)> progress_bar(std::string label, std::string unit,
                                                           bool enabled);

// Writes `text` to `path` (creating its folders); an InputError when the path is a folder, or an
// existing file and `force` is not set: nothing a user wrote is overwritten without asking. The
// message names `option`, the one that chose the path ("-o", "--csv").
void write_text(const std::string& path, const std::string& text, bool force,
                const std::string& option = "-o");

// Parses the command line and runs the chosen command; returns the process's exit status.
// Never lets an exception escape. With no command, prints the help.
int run_app(CLI::App& app, int argc, char** argv);

}  // namespace parley::cli
