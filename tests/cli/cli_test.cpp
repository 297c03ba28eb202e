// End to end: the parley binary as a user runs it.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "run_parley.hpp"

namespace parley::test {
namespace {

namespace fs = std::filesystem;

const fs::path kExamples = fs::path(PARLEY_SOURCE_DIR) / "examples";

Outcome parley(const std::string& args) {
  TempDir dir;
  return run_parley(args, dir.path());
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST(Cli, PrintsItsVersion) {
  const Outcome r = parley("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "parley 0.1.0\n");
}

TEST(Cli, HelpListsTheCommandsWithExamples) {
  const Outcome r = parley("--help");
  EXPECT_EQ(r.status, 0);
  for (const char* word : {"validate", "show", "run", "Examples:", "Exit status"}) {
    EXPECT_NE(r.out.find(word), std::string::npos) << word;
  }
  EXPECT_EQ(parley("").out, r.out);  // no command: the same help
}

TEST(Cli, EachCommandHasHelp) {
  for (const char* command : {"validate", "show", "run", "forecast", "bargain", "gmcr"}) {
    const Outcome r = parley(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.out.find("Examples:"), std::string::npos) << command;
  }
}

TEST(Cli, UnknownCommandsAndOptionsAreUsageErrors) {
  EXPECT_EQ(parley("frobnicate").status, 2);
  EXPECT_EQ(parley("simulate").status, 2);  // reserved, not there yet
  EXPECT_EQ(parley("run --no-such-option").status, 2);
  EXPECT_EQ(parley("validate").status, 2);  // FILE is required
  EXPECT_EQ(parley("frobnicate").err,
            "parley: unknown command 'frobnicate'; see 'parley --help'\n");
  EXPECT_EQ(parley("simulate").err,
            "parley: 'simulate' is planned but not available yet; see 'parley --help'\n");
}

TEST(Validate, AcceptsEveryExample) {
  const std::regex ok(".*: ok — [1-9][0-9]* actors, [1-9][0-9]* issues, [0-9]+ positions\n");
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(kExamples)) {
    if (entry.path().extension() != ".yaml") continue;
    const Outcome r = parley("validate " + shell_quote(entry.path().string()));
    EXPECT_EQ(r.status, 0) << entry.path() << "\n" << r.err;
    EXPECT_TRUE(std::regex_match(r.out, ok)) << r.out;
    EXPECT_EQ(r.out.rfind(entry.path().string() + ": ok — ", 0), 0u) << r.out;
    ++checked;
  }
  EXPECT_GE(checked, 1);
}

TEST(Validate, ReportsABrokenFileWithFileLineAndColumn) {
  TempDir dir;
  const fs::path file = dir.path() / "broken.yaml";
  write_file(file, "parley: 1\nmeta:\n  title: [unclosed\n  as_of: 2026-01-01\n");
  const Outcome r = run_parley("validate broken.yaml", dir.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(std::regex_search(r.err, std::regex("^broken\\.yaml:[0-9]+:[0-9]+: "))) << r.err;
}

TEST(Validate, ReportsEveryProblemOnItsOwnLine) {
  TempDir dir;
  write_file(dir.path() / "bad.yaml",
             "parley: 1\nmeta:\n  title: t\n  as_of: 2026-02-30\nactors:\n  - id: 1x\n"
             "    name: A\nissues: []\n");
  const Outcome r = run_parley("validate bad.yaml", dir.path());
  EXPECT_EQ(r.status, 2);
  std::istringstream lines(r.err);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    EXPECT_EQ(line.rfind("bad.yaml:", 0), 0u) << line;
    ++count;
  }
  EXPECT_GE(count, 2) << r.err;  // the date and the actor id
}

TEST(Validate, JsonSaysOkOrListsDiagnostics) {
  TempDir dir;
  write_file(dir.path() / "broken.yaml", "parley: 1\nmeta: [\n");
  const Outcome bad = run_parley("validate broken.yaml --json", dir.path());
  EXPECT_EQ(bad.status, 2);
  const auto j = nlohmann::json::parse(bad.out);
  EXPECT_EQ(j["ok"], false);
  ASSERT_FALSE(j["diagnostics"].empty());
  EXPECT_EQ(j["diagnostics"][0]["file"], "broken.yaml");
  EXPECT_GT(j["diagnostics"][0]["line"].get<int>(), 0);

  const Outcome good =
      parley("validate --json " + shell_quote((kExamples / "peace-talks.yaml").string()));
  EXPECT_EQ(good.status, 0) << good.err;
  const auto g = nlohmann::json::parse(good.out);
  EXPECT_EQ(g["ok"], true);
  EXPECT_EQ(g["actors"], 7);
  EXPECT_EQ(g["issues"], 19);
}

TEST(Validate, AMissingFileIsBadInput) {
  const Outcome r = parley("validate no-such-file.yaml");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no-such-file.yaml"), std::string::npos) << r.err;
}

TEST(Show, PrintsTheEmbeddedScenarioAsTables) {
  const Outcome r = parley("show");
  EXPECT_EQ(r.status, 0) << r.err;
  for (const char* part : {"Actors (7)\n", "Issues (19)\n", "Positions (", "army_size"}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part;
  }
}

TEST(Show, JsonHasTheCorpusActors) {
  const Outcome r = parley("show --json");
  EXPECT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  std::set<std::string> ids;
  for (const auto& actor : j["actors"]) ids.insert(actor["id"].get<std::string>());
  EXPECT_EQ(ids, (std::set<std::string>{"RUS", "UKR", "USA", "NATO", "EUR", "TUR", "QAT"}));
  EXPECT_EQ(j["issues"].size(), 19u);
}

TEST(Show, ReadsAFileAndDrawsAsciiOnRequest) {
  const Outcome r =
      parley("show --ascii " + shell_quote((kExamples / "labour-contract.yaml").string()));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("---"), std::string::npos);
  EXPECT_EQ(r.out.find("─"), std::string::npos);
}

TEST(Run, WritesTheReportWhereAsked) {
  TempDir dir;
  const Outcome r = run_parley("run --runs 20 -o out/sub/report.html", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  const fs::path report = dir.path() / "out" / "sub" / "report.html";
  ASSERT_TRUE(fs::exists(report));
  EXPECT_NE(slurp(report).find("<svg"), std::string::npos);
  EXPECT_NE(r.out.find("Russia–Ukraine peace talks\n"), std::string::npos);
  EXPECT_NE(r.out.find("\nReport: out/sub/report.html\n"), std::string::npos) << r.out;
}

TEST(Run, WithoutArgumentsWritesParleyReportHtmlHere) {
  TempDir dir;
  const Outcome r = run_parley("run", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  const fs::path report = dir.path() / "parley-report.html";
  ASSERT_TRUE(fs::exists(report));
  EXPECT_EQ(slurp(report).rfind("<!DOCTYPE html>\n<!-- parley report -->", 0), 0u);
  EXPECT_EQ(r.out.substr(r.out.size() - 27), "Report: parley-report.html\n");
  EXPECT_EQ(run_parley("run --runs 20", dir.path()).status, 0);  // its own report: overwritten
}

// The embedded scenario's red lines collide where the articles say (docs/peace-talks.md): the
// summary, the report and `parley bargain` all show the collisions and how a zone would open.
TEST(Run, TheDefaultScenarioShowsItsCollisionsAndHowAZoneWouldOpen) {
  TempDir dir;
  const Outcome r = run_parley("run", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Red-line collisions (6)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Red lines collide on 5 issues (territory, nato_expansion, army_size, "
                       "tank_count, missile_range)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("package once they cross their red lines there:"), std::string::npos);
  // Where it is heading: the expected-utility model with 1,000 runs, by default.
  EXPECT_NE(r.out.find("Where it is heading (expected-utility model, 1,000 runs)"),
            std::string::npos)
      << r.out;
  const std::string report = slurp(dir.path() / "parley-report.html");
  EXPECT_NE(report.find("<section id=\"forecast\""), std::string::npos);
  EXPECT_NE(report.find("Forecast path of Territory"), std::string::npos);
  EXPECT_NE(report.find("Where red lines collide"), std::string::npos);
  EXPECT_NE(report.find("reported by three Russian sources, 2025-05"), std::string::npos);
  const Outcome b = run_parley("bargain", dir.path());
  EXPECT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.out.find("at most 140,000 soldiers"), std::string::npos) << b.out;
  EXPECT_NE(b.out.find("at least 195,000 soldiers"), std::string::npos) << b.out;
  const auto j = nlohmann::json::parse(run_parley("bargain --json", dir.path()).out);
  EXPECT_EQ(j["zopa"]["opening_plan"]["gaps"].size(), 5u);
  EXPECT_TRUE(j["zopa"]["opening_plan"]["opens"].get<bool>());
}

TEST(Run, RefusesToOverwriteAForeignFileUnlessForced) {
  TempDir dir;
  write_file(dir.path() / "notes.html", "my notes");
  const Outcome refused = run_parley("run --runs 20 -o notes.html", dir.path());
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  EXPECT_EQ(slurp(dir.path() / "notes.html"), "my notes");
  EXPECT_EQ(run_parley("run --runs 20 -o notes.html --force", dir.path()).status, 0);
  EXPECT_NE(slurp(dir.path() / "notes.html").find("<svg"), std::string::npos);
}

TEST(Run, JsonPrintsTheAnalysisAndWritesNoReportUnlessAsked) {
  TempDir dir;
  const Outcome r = run_parley("run --runs 20 --json", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["parley"], "0.1.0");
  EXPECT_TRUE(j["red_line_collisions"].is_array());
  EXPECT_EQ(j["scenario"]["actors"].size(), 7u);
  EXPECT_FALSE(fs::exists(dir.path() / "parley-report.html"));
  const Outcome with_report = run_parley("run --runs 20 --json -o r.html", dir.path());
  EXPECT_EQ(nlohmann::json::parse(with_report.out)["report"], "r.html");
  EXPECT_TRUE(fs::exists(dir.path() / "r.html"));
}

TEST(Run, ABadScenarioIsBadInputAndWritesNothing) {
  TempDir dir;
  write_file(dir.path() / "bad.yaml", "this is not a scenario\n");
  const Outcome r = run_parley("run bad.yaml", dir.path());
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("bad.yaml:", 0), 0u) << r.err;
  EXPECT_FALSE(fs::exists(dir.path() / "parley-report.html"));
}

}  // namespace
}  // namespace parley::test

namespace parley::test {
namespace {

TEST(Cli, ExtraArgumentsAfterACommandAreUsageErrors) {
  const Outcome r = parley("show a.yaml b.yaml");
  EXPECT_EQ(r.status, 2);
  EXPECT_FALSE(r.err.empty());
}

// The demo news of examples/news, read as a new user would: claims in the gold format, the
// comment thread and the site chrome of the HTML page left out, and a disagreement on a figure.
TEST(Extract, DemoNewsAsJsonLines) {
  const std::string news = shell_quote((kExamples / "news").string());
  const Outcome r = parley("extract --jsonl " + news);
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<nlohmann::json> claims;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) claims.push_back(nlohmann::json::parse(line));
  ASSERT_FALSE(claims.empty());
  bool offer = false, tanks_342 = false, tanks_343 = false, russian = false;
  for (const auto& c : claims) {
    for (const char* key : {"doc", "line", "actor", "stance", "issue", "polarity"})
      EXPECT_TRUE(c.contains(key)) << c.dump();
    if (c["doc"] == "02-page-with-comments.html") {
      EXPECT_LE(c["line"].get<int>(), 11) << "a claim from the comments: " << c.dump();
      offer =
          offer || (c["actor"] == "UKR" && c["stance"] == "offer" && c["issue"] == "humanitarian");
    }
    if (c["issue"] == "tank_count" && c.contains("value")) {
      tanks_342 = tanks_342 || c["value"] == 342;
      tanks_343 = tanks_343 || c["value"] == 343;
    }
    russian = russian || (c["doc"] == "03-russian-report.txt" && c["actor"] == "RUS" &&
                          c["issue"] == "neutrality" && c["polarity"] == "+");
  }
  EXPECT_TRUE(offer);
  EXPECT_TRUE(tanks_342 && tanks_343);
  EXPECT_TRUE(russian);
  const Outcome table = parley("extract " + news);
  EXPECT_NE(table.out.find("Documents (4)"), std::string::npos) << table.out;
  const auto j = nlohmann::json::parse(parley("extract --json " + news).out);
  EXPECT_EQ(j["documents"].size(), 4u);
  EXPECT_EQ(j["disagreements"].size(), 1u);
}

TEST(Extract, AMissingFileIsBadInput) {
  const Outcome r = parley("extract no-such-file.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no-such-file.txt: no such file or folder"), std::string::npos) << r.err;
}

// A draft from the demo news is a scenario `parley validate` accepts, every position cited.
TEST(Draft, FromTheDemoNewsValidates) {
  TempDir dir;
  const std::string news = shell_quote((kExamples / "news").string());
  const Outcome r = run_parley("draft " + news + " --as-of 2026-01-15 -o draft.yaml", dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Wrote draft.yaml"), std::string::npos) << r.out;
  const Outcome v = run_parley("validate draft.yaml", dir.path());
  EXPECT_EQ(v.status, 0) << v.err;
  const std::string yaml = slurp(dir.path() / "draft.yaml");
  EXPECT_NE(yaml.find("as_of: 2026-01-15"), std::string::npos);
  EXPECT_NE(yaml.find("attribution: "), std::string::npos);
  // It does not overwrite without --force.
  EXPECT_EQ(run_parley("draft " + news + " -o draft.yaml", dir.path()).status, 2);
}

// `parley run --news` adds what the news says, and where the scenario parts ways with it.
TEST(Run, NewsAddsWhatTheNewsSays) {
  TempDir dir;
  const Outcome r =
      run_parley("run --runs 20 --news " + shell_quote((kExamples / "news").string()), dir.path());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("What the news says"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Claims by actor and issue"), std::string::npos);
  const std::string report = slurp(dir.path() / "parley-report.html");
  EXPECT_NE(report.find("id=\"news\""), std::string::npos);
}

// The evidence store from the CLI: an ingest stores each document once, a second one adds
// nothing, and `parley evidence` lists what it holds with its citations.
TEST(Ingest, IdempotentThenEvidenceAndDraft) {
  TempDir dir;
  const std::string news = shell_quote((kExamples / "news").string());
  const auto first =
      nlohmann::json::parse(run_parley("ingest " + news + " --db n.db --json", dir.path()).out);
  EXPECT_EQ(first["added"], 4);
  EXPECT_GT(first["claims_added"].get<int>(), 5);
  const auto again =
      nlohmann::json::parse(run_parley("ingest " + news + " --db n.db --json", dir.path()).out);
  EXPECT_EQ(again["added"], 0);
  EXPECT_EQ(again["already_stored"], 4);
  const Outcome e = run_parley("evidence --db n.db --actor RUS --issue tank_count", dir.path());
  EXPECT_EQ(e.status, 0) << e.err;
  EXPECT_NE(e.out.find("342 tanks ×1 · 343 tanks ×1 (disagree)"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("04-tank-figures.txt:3"), std::string::npos) << e.out;
  const auto j = nlohmann::json::parse(run_parley("evidence --db n.db --json", dir.path()).out);
  EXPECT_EQ(j["documents"], 4);
  EXPECT_EQ(run_parley("draft --db n.db -o d.yaml --as-of 2026-01-01", dir.path()).status, 0);
  EXPECT_EQ(run_parley("validate d.yaml", dir.path()).status, 0);
  // A file that is not a store is refused and left alone.
  write_file(dir.path() / "notes.db", "my notes");
  const Outcome refused = run_parley("ingest " + news + " --db notes.db", dir.path());
  EXPECT_EQ(refused.status, 2);
  EXPECT_EQ(slurp(dir.path() / "notes.db"), "my notes");
}

}  // namespace
}  // namespace parley::test
