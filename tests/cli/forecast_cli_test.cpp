// `parley forecast` as a user runs it: JSON that records how to reproduce it, CSV files, a KTAB
// file directly, and located errors.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "run_parley.hpp"

namespace parley::test {
namespace {

namespace fs = std::filesystem;

const fs::path kLabourExample = fs::path(PARLEY_SOURCE_DIR) / "examples" / "labour-contract.yaml";

TEST(ForecastCli, JsonRecordsTheRun) {
  TempDir dir;
  const Outcome r = run_parley("forecast " + shell_quote(kLabourExample.string()) +
                                   " --model median --runs 200 --seed 9 --json",
                               dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["run"]["model"], "median");
  EXPECT_EQ(j["run"]["seed"], 9);
  EXPECT_EQ(j["run"]["runs"], 200);
  EXPECT_EQ(j["run"]["input"], "labour-contract.yaml");
  EXPECT_EQ(j["run"]["input_sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(j["issues"][0]["issue"], "wage_raise");
  EXPECT_DOUBLE_EQ(j["issues"][0]["forecast"].get<double>(), 3.5);  // worked out in forecast_test
  EXPECT_DOUBLE_EQ(j["issues"][0]["forecast_0_100"].get<double>(), 35.0);
  EXPECT_FALSE(j["issues"][0]["band"].is_null());
}

TEST(ForecastCli, TablesAndCsvFiles) {
  TempDir dir;
  const Outcome r = run_parley(
      "forecast " + shell_quote(kLabourExample.string()) + " --runs 100 --csv out", dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Forecast by issue (4)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("seed 1 · 100 runs"), std::string::npos) << r.out;
  for (const char* name : {"forecast.csv", "paths.csv", "sensitivity.csv"}) {
    const std::string csv = slurp(dir.path() / "out" / name);
    EXPECT_EQ(csv.rfind("# parley ", 0), 0u) << name;
  }
  EXPECT_NE(
      slurp(dir.path() / "out" / "forecast.csv").find("\nwage_raise,Wage increase,percent,0,10,"),
      std::string::npos);
  // Nothing is overwritten without --force.
  const Outcome again = run_parley(
      "forecast " + shell_quote(kLabourExample.string()) + " --runs 100 --csv out", dir.path());
  EXPECT_EQ(again.status, 2);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("another path with --csv"), std::string::npos) << again.err;
}

TEST(ForecastCli, KtabFileWithKtabsModel) {
  const fs::path file = fs::path(PARLEY_SHARED_DIR) / "peers" / "ktab" / "dummyData_3Dim.csv";
  if (!fs::exists(file)) GTEST_SKIP() << "needs ../shared/peers/ktab (absent in a user's clone)";
  TempDir dir;
  const Outcome r =
      run_parley("forecast " + shell_quote(file.string()) + " --model smp --json", dir.path());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["issues"].size(), 3u);
  EXPECT_EQ(j["issues"][0]["rounds"], 10);
  EXPECT_EQ(j["issues"][0]["positions"]["SActor-02"][10],
            j["issues"][0]["positions"]["SActor-02"][0]);
}

TEST(ForecastCli, BadInputIsALocatedError) {
  TempDir dir;
  const Outcome model = run_parley("forecast --model oracle", dir.path());
  EXPECT_EQ(model.status, 2);
  std::ofstream(dir.path() / "bad.csv")
      << "Bad,x,3,1\nActor,Description,Power,Pstn1,Sal1\nA,x,1,150,50\n";
  const Outcome bad = run_parley("forecast bad.csv", dir.path());
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("bad.csv:3"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace parley::test
