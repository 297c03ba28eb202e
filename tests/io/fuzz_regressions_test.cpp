// The fuzz corpus in the normal test run: every input under fuzz/seeds/<target>/ and
// fuzz/regressions/<target>/ (crashers, hangs and the like found by scripts/fuzz.sh, kept after
// the fix) goes through the entry function of its libFuzzer target (fuzz/fuzz_entry.hpp), built
// here with the project's compiler and no libFuzzer. Each must be accepted or rejected with an
// InputError whose diagnostics name the file and stay inside it; nothing else may come out.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../fuzz/fuzz_entry.hpp"

namespace {

namespace fs = std::filesystem;
using parley::fuzz::Outcome;

const fs::path kFuzz = fs::path(PARLEY_SOURCE_DIR) / "fuzz";

// The inputs of a target, seeds first, each folder in file-name order.
std::vector<fs::path> inputs(const std::string& target) {
  std::vector<fs::path> all;
  for (const char* kind : {"seeds", "regressions"}) {
    const fs::path dir = kFuzz / kind / target;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && name.front() != '.' && name != "README.md")
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    all.insert(all.end(), files.begin(), files.end());
  }
  return all;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `entry` on every input of `target`; returns how many were accepted.
template <typename Entry>
int replay(const std::string& target, Entry&& entry) {
  const auto files = inputs(target);
  EXPECT_FALSE(files.empty()) << "no seeds for " << target;
  int accepted = 0;
  for (const auto& file : files) {
    const std::string bytes = bytes_of(file);
    const auto start = std::chrono::steady_clock::now();
    try {
      accepted += entry(bytes) == Outcome::accepted ? 1 : 0;
    } catch (const std::exception& e) {
      ADD_FAILURE() << file.string() << ": " << e.what();
    } catch (...) {
      ADD_FAILURE() << file.string() << ": a non-standard exception";
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    // libFuzzer's -timeout is 10 s with sanitizers; a regression input should take far less.
    EXPECT_LT(took.count(), 30.0) << file.string() << " took " << took.count() << " s";
  }
  return accepted;
}

TEST(FuzzRegressions, ScenarioYaml) {
  const int accepted = replay("scenario_yaml", [](const std::string& bytes) {
    return parley::fuzz::read_scenario_bytes(bytes, "fuzz.yaml");
  });
  EXPECT_GE(accepted, 1);  // the seeds hold valid scenarios
}

TEST(FuzzRegressions, ScenarioJson) {
  const int accepted = replay("scenario_json", [](const std::string& bytes) {
    return parley::fuzz::read_scenario_bytes(bytes, "fuzz.json");
  });
  EXPECT_GE(accepted, 1);
}

TEST(FuzzRegressions, Genius) {
  const fs::path dir =
      fs::temp_directory_path() / ("parley_fuzz_regressions_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const int accepted = replay("genius", [&](const std::string& bytes) {
    return parley::fuzz::read_genius_bytes(bytes, dir);
  });
  fs::remove_all(dir);
  EXPECT_GE(accepted, 1);
}

TEST(FuzzRegressions, News) {
  const parley::evidence::ExtractionModel model(parley::io::load_default_scenario());
  const int accepted = replay("news", [&](const std::string& bytes) {
    return parley::fuzz::read_news_bytes(bytes, model);
  });
  EXPECT_GE(accepted, 1);
}

TEST(FuzzRegressions, GmcrYaml) {
  const int accepted = replay("gmcr_yaml", [](const std::string& bytes) {
    return parley::fuzz::read_gmcr_model_bytes(bytes, "fuzz.yaml");
  });
  EXPECT_GE(accepted, 1);
}

TEST(FuzzRegressions, GmcrPy) {
  const int accepted = replay("gmcr_py", [](const std::string& bytes) {
    return parley::fuzz::read_gmcr_py_bytes(bytes, "fuzz.gmcr");
  });
  EXPECT_GE(accepted, 1);
}

TEST(FuzzRegressions, GeniusInputSplitsOnPercentLines) {
  const auto parts = parley::fuzz::split_genius_input("a\n%%\nb\n%%\n\n%%\nc\n%%\nd");
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0], "a");
  EXPECT_EQ(parts[1], "b");
  EXPECT_EQ(parts[2], "");
  EXPECT_EQ(parts[3], "c\n%%\nd");
  EXPECT_EQ(parley::fuzz::split_genius_input("only").size(), 1u);
}

}  // namespace
