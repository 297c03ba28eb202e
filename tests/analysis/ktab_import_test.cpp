// `parley import ktab` (analysis::import_ktab): the scenario it writes is valid, and read back as
// a forecasting model it runs KTAB's Spatial Model of Politics to the same trajectory as the KTAB
// file itself — the import loses nothing the model uses.

#include <gtest/gtest.h>

#include <unistd.h>
#include <cmath>

#include <cstdio>
#include <filesystem>

#include "parley/analysis/forecast_model.hpp"
#include "parley/analysis/inputs.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/forecast/smp.hpp"
#include "parley/io/ktab_reader.hpp"
#include "parley/io/scenario_reader.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;

TEST(KtabImport, TheImportedScenarioRunsTheSameTrajectory) {
  const fs::path file = fs::path(PARLEY_SHARED_DIR) / "peers" / "ktab" / "dummyData_3Dim.csv";
  if (!fs::exists(file)) GTEST_SKIP() << "needs ../shared/peers/ktab (absent in a user's clone)";
  const ImportedScenario imported = import_ktab(file.string());
  const scenario::Scenario s = io::read_scenario(imported.yaml, "imported.yaml");
  ASSERT_EQ(s.actors.size(), 7u);
  ASSERT_EQ(s.issues.size(), 3u);
  EXPECT_EQ(s.actors[2].capability.value, 1.0);  // SActor-02 has the largest power, 129.643
  EXPECT_NEAR(s.actors[0].capability.value, 102.543 / 129.643, 1e-12);

  const auto direct = forecast::run_smp(io::read_ktab(file.string()).model);
  const auto via_scenario = forecast::run_smp(forecast_model(s));
  ASSERT_EQ(via_scenario.trajectory.rounds.size(), direct.trajectory.rounds.size());
  for (std::size_t r = 0; r < direct.trajectory.rounds.size(); ++r) {
    const auto& a = direct.trajectory.rounds[r].positions;
    const auto& b = via_scenario.trajectory.rounds[r].positions;
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-6) << r << " " << i;
  }
}

TEST(KtabImport, ABrokenFileIsALocatedError) {
  const fs::path dir =
      fs::temp_directory_path() / ("parley_ktab_import_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "broken.csv";
  {
    std::FILE* f = std::fopen(file.c_str(), "w");
    std::fputs(
        "Broken,scenario,3,1\nActor,Description,Power,Pstn1,Sal1\nA,x,1,50,50\nB,y,abc,20,30\n", f);
    std::fclose(f);
  }
  try {
    (void)import_ktab(file.string());
    ADD_FAILURE() << "a broken KTAB file was imported";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.csv:4"), std::string::npos) << e.what();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parley::analysis
