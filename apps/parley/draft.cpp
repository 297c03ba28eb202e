// `parley draft FILES… [--scenario S] [-o FILE] [--force] [--as-of DATE]`

#include <chrono>
#include <iostream>
#include <memory>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/analysis/news.hpp"

namespace parley::cli {

namespace {

struct DraftOptions {
  std::vector<std::string> files;
  std::string db;
  std::string scenario;
  std::string output;
  std::string as_of;
  bool force = false;
};

std::string today() {
  const auto now = std::chrono::system_clock::now();
  return fmt::format("{:%Y-%m-%d}", fmt::gmtime(std::chrono::system_clock::to_time_t(now)));
}

void draft(const DraftOptions& o) {
  const scenario::Scenario taxonomy = analysis::load_scenario(o.scenario);
  if (o.files.empty() == o.db.empty())
    throw InputError(Diagnostic{"", 0, 0, "", "give news files or --db STORE, not both"});
  const analysis::News news =
      o.db.empty() ? analysis::read_news(o.files, taxonomy) : analysis::news_from_store(o.db);
  const scenario::Scenario s =
      analysis::draft_scenario(taxonomy, news, o.as_of.empty() ? today() : o.as_of);
  const std::string yaml = analysis::scenario_yaml(s);
  if (o.output.empty()) {
    std::cout << yaml;
    return;
  }
  write_text(o.output, yaml, o.force);
  std::cout << fmt::format(
      "Wrote {}: {} actors, {} issues, {} positions from {} claims in {} "
      "documents\n",
      o.output, s.actors.size(), s.issues.size(), s.positions.size(), news.claims.size(),
      news.documents.size());
}

}  // namespace

void add_draft_command(CLI::App& app) {
  auto o = std::make_shared<DraftOptions>();
  CLI::App* cmd = app.add_subcommand(
      "draft", "Draft a scenario from news files: positions where claims state them, all cited");
  cmd->add_option("FILES", o->files, "News files (text or HTML) or folders of them")->type_name("");
  cmd->add_option("--db", o->db, "Draft from an evidence store (parley ingest) instead")
      ->type_name("FILE");
  cmd->add_option("--scenario", o->scenario,
                  "Scenario giving the actors, issues and terms to read for (default: the "
                  "embedded peace-talks scenario)")
      ->type_name("FILE");
  cmd->add_option("-o,--output", o->output, "Scenario file to write (default: stdout)")
      ->type_name("FILE");
  cmd->add_option("--as-of", o->as_of, "The draft's date, YYYY-MM-DD (default: today, UTC)")
      ->type_name("DATE");
  cmd->add_flag("--force", o->force, "Overwrite the output file if it exists");
  cmd->footer(
      "Every ideal point and salience of the draft is marked as an assumption; review them\n"
      "against the cited lines, then `parley validate` and `parley run` the file.\n\n"
      "Examples:\n"
      "  parley draft examples/news -o draft.yaml\n"
      "  parley draft --db news.db -o draft.yaml\n"
      "  parley draft news/ --scenario my-taxonomy.yaml > draft.yaml");
  cmd->callback([o] { draft(*o); });
}

}  // namespace parley::cli
