// The KTAB CSV fuzz target's inputs in the normal test run (fuzz/fuzz_entry.hpp): every file under
// fuzz/seeds/ktab_csv/ and fuzz/regressions/ktab_csv/, and KTAB's own CSV examples in
// ../shared/peers/ktab/ when present, must be accepted or rejected with a well-formed InputError.

#include <gtest/gtest.h>

#include <algorithm>
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

std::vector<fs::path> ktab_fuzz_inputs(const std::vector<fs::path>& dirs, const std::string& ext) {
  std::vector<fs::path> all;
  for (const auto& dir : dirs) {
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file() && (ext.empty() || entry.path().extension() == ext))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    all.insert(all.end(), files.begin(), files.end());
  }
  return all;
}

int ktab_fuzz_replay(const std::vector<fs::path>& files) {
  int accepted = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    try {
      accepted += parley::fuzz::read_ktab_csv_bytes(bytes, "fuzz.csv") == Outcome::accepted;
    } catch (const std::exception& e) {
      ADD_FAILURE() << file.string() << ": " << e.what();
    }
  }
  return accepted;
}

TEST(KtabFuzzReplay, SeedsAndRegressions) {
  const fs::path fuzz = fs::path(PARLEY_SOURCE_DIR) / "fuzz";
  const auto files =
      ktab_fuzz_inputs({fuzz / "seeds" / "ktab_csv", fuzz / "regressions" / "ktab_csv"}, "");
  ASSERT_FALSE(files.empty());
  const int accepted = ktab_fuzz_replay(files);
  EXPECT_GE(accepted, 2);                               // the two valid seeds
  EXPECT_LT(accepted, static_cast<int>(files.size()));  // and broken.csv
}

TEST(KtabFuzzReplay, KtabsOwnExamples) {
  const fs::path ktab = fs::path(PARLEY_SHARED_DIR) / "peers" / "ktab";
  if (!fs::is_directory(ktab)) GTEST_SKIP() << "no " << ktab.string();
  const auto files = ktab_fuzz_inputs({ktab}, ".csv");
  EXPECT_EQ(ktab_fuzz_replay(files), static_cast<int>(files.size()));
}

}  // namespace
