// `parley ingest FILES… --db F [--scenario S] [--json]` and
// `parley evidence --db F [--actor A] [--issue I] [--json]`

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/analysis/news.hpp"
#include "parley/report/json/news_json.hpp"
#include "parley/report/news_view.hpp"

namespace parley::cli {

namespace {

struct IngestOptions {
  std::vector<std::string> files;
  std::string db;
  std::string scenario;
  bool json = false;
};

void ingest(const IngestOptions& o) {
  const scenario::Scenario s = analysis::load_scenario(o.scenario);
  // A progress bar on a terminal, nothing otherwise.
  const auto progress = progress_bar("ingest", "files", !o.json && isatty(STDERR_FILENO));
  const analysis::IngestResult r = analysis::ingest_news(o.files, s, o.db, progress);
  if (o.json) {
    print_json({{"db", o.db},
                {"files", r.files},
                {"added", r.added},
                {"already_stored", r.already},
                {"claims_added", r.claims}});
    return;
  }
  std::cout << fmt::format("{}: {} new document{} with {} claims stored; {} already there\n", o.db,
                           r.added, r.added == 1 ? "" : "s", r.claims, r.already);
}

struct EvidenceOptions {
  std::string db;
  std::string actor;
  std::string issue;
  bool json = false;
};

void evidence(const EvidenceOptions& o) {
  io::ClaimQuery q;
  if (!o.actor.empty()) q.actor = o.actor;
  if (!o.issue.empty()) q.issue = o.issue;
  const analysis::EvidenceReport r = analysis::evidence_report(o.db, q);
  if (o.json) {
    print_json(report::to_json(r));
    return;
  }
  std::cout << report::evidence_summary_table(r).render();
  if (q.actor || q.issue) std::cout << '\n' << report::evidence_claims_table(r).render();
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Read news files and keep their claims in an evidence store (SQLite)");
  cmd->add_option("FILES", o->files, "News files (text or HTML) or folders of them")
      ->required()
      ->type_name("");
  cmd->add_option("--db", o->db, "The evidence store (created when absent)")
      ->required()
      ->type_name("FILE");
  cmd->add_option("--scenario", o->scenario,
                  "Scenario giving the actors, issues and terms (default: the embedded one)")
      ->type_name("FILE");
  cmd->add_flag("--json", o->json, "Print the counts as JSON");
  cmd->footer(
      "A document already in the store (the same bytes) is skipped, so running the same\n"
      "ingest again adds nothing, and re-running one that was interrupted completes it.\n\n"
      "Examples:\n"
      "  parley ingest examples/news --db news.db\n"
      "  parley evidence --db news.db --actor RUS");
  cmd->callback([o] { ingest(*o); });

  auto e = std::make_shared<EvidenceOptions>();
  CLI::App* ev = app.add_subcommand(
      "evidence", "What an evidence store holds, per actor and issue, with its citations");
  ev->add_option("--db", e->db, "The evidence store")->required()->type_name("FILE");
  ev->add_option("--actor", e->actor, "Only this actor's claims")->type_name("ID");
  ev->add_option("--issue", e->issue, "Only claims on this issue")->type_name("ID");
  ev->add_flag("--json", e->json, "Print the summaries and claims as JSON");
  ev->footer(
      "With --actor or --issue it also lists the claims, each with its document, line and\n"
      "sentence.\n\n"
      "Examples:\n"
      "  parley evidence --db news.db\n"
      "  parley evidence --db news.db --actor RUS --issue territory --json");
  ev->callback([e] { evidence(*e); });
}

}  // namespace parley::cli
