#include "cli_support.hpp"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <new>

namespace parley::cli {

void print_json(const nlohmann::ordered_json& json) {
  std::cout << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

namespace {

// Commands that later capabilities will add; asking for one now gets a kinder message.
bool is_reserved(const std::string& name) {
  for (const char* reserved : {"simulate", "export", "report"}) {
    if (name == reserved) return true;
  }
  return false;
}

}  // namespace

std::string unknown_command_message(const std::string& name) {
  if (is_reserved(name)) {
    return fmt::format("parley: '{}' is planned but not available yet; see 'parley --help'", name);
  }
  return fmt::format("parley: unknown command '{}'; see 'parley --help'", name);
}

int run_app(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
    if (app.get_subcommands().empty()) std::cout << app.help();
    std::cout.flush();
    return 0;
  } catch (const CLI::ExtrasError& e) {
    if (!app.get_subcommands().empty() || argc < 2 || argv[1][0] == '-') {
      return app.exit(e) == 0 ? 0 : 2;
    }
    std::cerr << unknown_command_message(argv[1]) << '\n';
    return 2;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const ExitStatus& e) {
    return e.code;
  } catch (const InputError& e) {
    std::cout.flush();
    for (const Diagnostic& d : e.diagnostics()) std::cerr << d.to_string() << '\n';
    return 2;
  } catch (const LimitError& e) {
    std::cout.flush();
    std::cerr << "parley: too large: " << e.what() << '\n';
    return 2;
  } catch (const std::bad_alloc&) {
    std::cout.flush();
    std::cerr << "parley: out of memory: the work does not fit in this machine's memory; "
                 "bargain over fewer settlement levels (--levels), issues or parties\n";
    return 2;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "parley: internal error: " << e.what() << '\n';
    return 1;
  } catch (...) {
    std::cerr << "parley: internal error\n";
    return 1;
  }
}

std::function<void(std::size_t, std::size_t)> progress_bar(std::string label, std::string unit,
                                                           bool enabled) {
  if (!enabled) return {};
  return [label = std::move(label), unit = std::move(unit)](std::size_t done, std::size_t total) {
    const std::size_t width = 30, filled = total ? done * width / total : width;
    std::cerr << fmt::format("\r{} [{}{}] {}/{} {}", label, std::string(filled, '#'),
                             std::string(width - filled, ' '), done, total, unit)
              << (done == total ? "\n" : "") << std::flush;
  };
}

void write_text(const std::string& path, const std::string& text, bool force,
                const std::string& option) {
  namespace fs = std::filesystem;
  if (fs::is_directory(path)) throw InputError(Diagnostic{path, 0, 0, "", "is a directory"});
  if (fs::exists(path) && !force)
    throw InputError(Diagnostic{path, 0, 0, "",
                                "already exists; add --force to overwrite it, or choose "
                                "another path with " +
                                    option});
  const fs::path parent = fs::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw InputError(Diagnostic{path, 0, 0, "", "cannot be written"});
}

}  // namespace parley::cli
