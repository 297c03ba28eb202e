// What the façade reads (analysis/inputs.hpp): scenario files or the embedded default, and what
// to bargain over.

#include "parley/analysis/inputs.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "parley/core/diagnostic.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;

TEST(LoadScenario, NoFileIsTheEmbeddedPeaceTalks) {
  const scenario::Scenario s = load_scenario("");
  EXPECT_EQ(s.meta.title, "Russia–Ukraine peace talks");
  EXPECT_GE(s.actors.size(), 2u);
}

TEST(LoadScenario, AMissingFileIsAnInputErrorNamingIt) {
  try {
    load_scenario("/nonexistent/parley-test.yaml");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().front().file, "/nonexistent/parley-test.yaml");
  }
}

TEST(LoadBargainingInput, PartiesChooseTheBargainersAndLevelsTheGrid) {
  const BargainingInput all = load_bargaining_input("");
  EXPECT_EQ(all.title, "Russia–Ukraine peace talks");
  EXPECT_EQ(all.space.parties, (std::vector<std::string>{"RUS", "UKR"}));
  const BargainingInput three = load_bargaining_input("", {0, {"RUS", "UKR", "USA"}});
  EXPECT_EQ(three.space.party_count(), 3u);
  // --levels 3 on the numeric issues: the three grid points, plus the positions' own points
  // (ideals and red lines) that fall between them.
  const BargainingInput coarse = load_bargaining_input("", {3, {}});
  const BargainingInput fine = load_bargaining_input("", {40, {}});
  std::size_t coarse_levels = 0, fine_levels = 0;
  for (std::size_t i = 0; i < coarse.space.issue_count(); ++i) {
    coarse_levels += coarse.space.level_count(i);
    fine_levels += fine.space.level_count(i);
  }
  EXPECT_LT(coarse_levels, fine_levels);
}

TEST(LoadBargainingInput, PartiesAndLevelsDoNotApplyToGeniusDomains) {
  const fs::path dir = fs::temp_directory_path() / "parley-inputs-test-genius";
  fs::create_directories(dir);
  try {
    load_bargaining_input(dir.string(), {5, {}});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("--parties and --levels apply to scenario files"),
              std::string::npos);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parley::analysis
