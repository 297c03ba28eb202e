// End to end: `parley bargain` and `parley import genius`, against values worked out
// independently (the scenario file's own levels, GENIUS reference.json).

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_parley.hpp"

namespace parley::test {
namespace {

namespace fs = std::filesystem;

const fs::path kLabour = fs::path(PARLEY_SOURCE_DIR) / "examples" / "labour-contract.yaml";
const fs::path kLaptop = fs::path(PARLEY_SHARED_DIR) / "peers" / "genius" / "Laptop";

Outcome parley(const std::string& args) {
  TempDir dir;
  return run_parley(args, dir.path());
}

// Numeric issue levels: the evenly spaced grid plus the parties' ideals and red lines inside
// the scale, deduplicated (docs/utility.md), counted from the YAML itself.
std::size_t levels_of(const YAML::Node& doc, const YAML::Node& issue) {
  if (issue["kind"].as<std::string>() == "options") return issue["options"].size();
  const double lo = issue["min"].as<double>(), hi = issue["max"].as<double>();
  const int n = issue["levels"] ? issue["levels"].as<int>() : doc["bargaining"]["levels"].as<int>();
  std::vector<double> pts;
  for (int k = 0; k < n; ++k) pts.push_back(lo + (hi - lo) * k / (n - 1));
  std::set<std::string> parties;
  for (const auto& a : doc["actors"])
    if (!a["role"] || a["role"].as<std::string>() == "party")
      parties.insert(a["id"].as<std::string>());
  const auto value = [](const YAML::Node& v) {
    return v.IsMap() ? v["value"].as<double>() : v.as<double>();
  };
  for (const auto& p : doc["positions"]) {
    if (p["issue"].as<std::string>() != issue["id"].as<std::string>()) continue;
    if (!parties.count(p["actor"].as<std::string>())) continue;
    pts.push_back(value(p["ideal"]));
    if (p["red_line"]) pts.push_back(value(p["red_line"]));
  }
  std::sort(pts.begin(), pts.end());
  std::size_t count = 0;
  for (std::size_t i = 0; i < pts.size(); ++i)
    if (pts[i] >= lo && pts[i] <= hi && (count == 0 || pts[i] - pts[i - 1] > 1e-9 * (hi - lo)))
      ++count;
  return count;
}

TEST(Bargain, LabourContractAsJson) {
  const Outcome r = parley("bargain " + shell_quote(kLabour.string()) + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["parties"].size(), 2u);
  const YAML::Node doc = YAML::LoadFile(kLabour.string());
  unsigned long long product = 1;
  for (const auto& issue : doc["issues"]) product *= levels_of(doc, issue);
  EXPECT_EQ(j["packages"].get<std::string>(), std::to_string(product));
  const auto& nash = j["solutions"][0];
  EXPECT_EQ(nash["name"], "nash");
  bool on_frontier = false;
  for (const auto& p : j["frontier"]["utilities"])
    on_frontier = on_frontier ||
                  (std::fabs(p[0].get<double>() - nash["utilities"][0].get<double>()) < 1e-12 &&
                   std::fabs(p[1].get<double>() - nash["utilities"][1].get<double>()) < 1e-12);
  EXPECT_TRUE(on_frontier);
  // The frontier is timed on its own and is part of the whole analysis.
  EXPECT_GT(j["frontier_seconds"].get<double>(), 0.0);
  EXPECT_LE(j["frontier_seconds"].get<double>(), j["seconds"].get<double>());
}

TEST(Bargain, PrintsTables) {
  const Outcome r = parley("bargain " + shell_quote(kLabour.string()));
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* s : {"Nash (d = reservation)", "Kalai–Smorodinsky (GENIUS: min pairwise gap)",
                        "utilitarian", "Zone of possible agreement", "packages",
                        "(frontier, merge)", "in all, with solutions and ZOPA"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s;
}

TEST(Bargain, GeniusLaptopMatchesReference) {
  if (!fs::exists(kLaptop)) GTEST_SKIP() << "no shared GENIUS data";
  const Outcome r = parley("bargain " + shell_quote(kLaptop.string()) + " --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["frontier"]["points"], 4);
  EXPECT_NEAR(j["solutions"][0]["utilities"][0].get<double>(), 1.000052, 1e-6);
  EXPECT_NEAR(j["solutions"][0]["utilities"][1].get<double>(), 0.815105, 1e-6);
}

TEST(Import, GeniusRoundTripsThroughAScenario) {
  if (!fs::exists(kLaptop)) GTEST_SKIP() << "no shared GENIUS data";
  TempDir dir;
  const std::string in = shell_quote(kLaptop.string());
  ASSERT_EQ(run_parley("import genius " + in + " -o tmp.yaml", dir.path()).status, 0);
  EXPECT_EQ(run_parley("validate tmp.yaml", dir.path()).status, 0);
  const Outcome b = run_parley("bargain tmp.yaml --json", dir.path());
  ASSERT_EQ(b.status, 0) << b.err;
  const auto j = nlohmann::json::parse(b.out);
  EXPECT_NEAR(j["solutions"][0]["utilities"][0].get<double>(), 1.000052, 1e-6);
  EXPECT_NEAR(j["solutions"][0]["utilities"][1].get<double>(), 0.815105, 1e-6);
  const Outcome again = run_parley("import genius " + in + " -o tmp.yaml", dir.path());
  EXPECT_EQ(again.status, 2);
  EXPECT_NE(again.err.find("--force"), std::string::npos);
  EXPECT_EQ(run_parley("import genius " + in + " -o tmp.yaml --force", dir.path()).status, 0);
}

// The scenario's bargaining.tolerance reaches the engine: with 0.01 every utility is a whole
// number of hundredths (the labour contract's own fractions are finer), `--tolerance` overrides
// it, and the default keeps the exact fractions.
TEST(Bargain, ScenarioToleranceIsTheToleranceUsed) {
  TempDir dir;
  std::string yaml = slurp(kLabour);
  const std::string line = "tolerance: 1e-9";
  const auto at = yaml.find(line);
  ASSERT_NE(at, std::string::npos);
  yaml.replace(at, line.size(), "tolerance: 0.01");
  std::ofstream(dir.path() / "coarse.yaml") << yaml;
  auto on_grid = [](const nlohmann::json& j, double step) {
    for (const auto& point : j["frontier"]["utilities"])
      for (const auto& u : point) {
        const double k = u.get<double>() / step;
        if (std::abs(k - std::round(k)) > 1e-6) return false;
      }
    return true;
  };
  const Outcome coarse = run_parley("bargain coarse.yaml --json", dir.path());
  ASSERT_EQ(coarse.status, 0) << coarse.err;
  const auto c = nlohmann::json::parse(coarse.out);
  EXPECT_EQ(c["frontier"]["tolerance"].get<double>(), 0.01);
  for (const auto& g : c["frontier"]["utility_grid"]) EXPECT_EQ(g["kind"], "tolerance");
  EXPECT_TRUE(on_grid(c, 0.01));

  const Outcome wider = run_parley("bargain coarse.yaml --json --tolerance 0.05", dir.path());
  ASSERT_EQ(wider.status, 0) << wider.err;
  const auto w = nlohmann::json::parse(wider.out);
  EXPECT_EQ(w["frontier"]["tolerance"].get<double>(), 0.05);
  EXPECT_TRUE(on_grid(w, 0.05));
  EXPECT_LT(w["frontier"]["points"].get<int>(), c["frontier"]["points"].get<int>());

  const Outcome exact = parley("bargain " + shell_quote(kLabour.string()) + " --json");
  ASSERT_EQ(exact.status, 0) << exact.err;
  const auto e = nlohmann::json::parse(exact.out);
  EXPECT_EQ(e["frontier"]["tolerance"].get<double>(), 1e-9);
  for (const auto& g : e["frontier"]["utility_grid"]) EXPECT_EQ(g["kind"], "fraction");
  EXPECT_FALSE(on_grid(e, 0.01));
}

TEST(Bargain, BadInputsAreExit2) {
  EXPECT_EQ(parley("bargain /no/such/dir").status, 2);
  const Outcome r = parley("bargain --parties RUS,NOPE");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("NOPE"), std::string::npos) << r.err;
  EXPECT_EQ(parley("bargain --levels 1").status, 2);
  EXPECT_EQ(parley("bargain --levels 100000").status, 2);
}

TEST(Run, ReportHasTheBargainingSection) {
  TempDir dir;
  ASSERT_EQ(run_parley("run --runs 20 -o r.html", dir.path()).status, 0);
  const std::string html = slurp(dir.path() / "r.html");
  const auto at = html.find("id=\"bargaining\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(html.find("<svg", at), std::string::npos);
}

}  // namespace
}  // namespace parley::test
