// Seeded mutations of a valid document (byte edits, insertions, deletions, duplications,
// truncations): each must load or throw InputError, never crash, hang or throw anything else.

#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "io/scenario_test_support.hpp"
#include "parley/io/scenario_json.hpp"

namespace parley::io::testing {
namespace {

std::string mutate(std::string text, std::mt19937& rng) {
  static const std::string kSignificant = ":-[]{},&*!|>'\"#%@`?\n\t 0.eE+~";
  const auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const int edits = 1 + static_cast<int>(pick(4));
  for (int e = 0; e < edits && !text.empty(); ++e) {
    const std::size_t at = pick(text.size());
    switch (pick(6)) {
      case 0:
        text[at] = static_cast<char>(pick(256));
        break;
      case 1:
        text[at] = kSignificant[pick(kSignificant.size())];
        break;
      case 2:
        text.insert(at, 1, kSignificant[pick(kSignificant.size())]);
        break;
      case 3:
        text.erase(at, 1 + pick(8));
        break;
      case 4: {
        const std::size_t len = 1 + pick(std::min<std::size_t>(200, text.size() - at));
        text.insert(pick(text.size()), text.substr(at, len));
        break;
      }
      default:
        text.resize(at);
        break;
    }
  }
  return text;
}

void run_mutations(const std::string& original, unsigned seed, int count) {
  std::mt19937 rng(seed);
  int loaded = 0, rejected = 0;
  for (int i = 0; i < count; ++i) {
    const std::string text = mutate(original, rng);
    try {
      read_scenario(text, "mutant.yaml");
      ++loaded;
    } catch (const InputError& e) {
      ASSERT_FALSE(e.diagnostics().empty());
      ++rejected;
    } catch (const std::exception& e) {
      FAIL() << "mutation " << i << " threw " << e.what() << "\n" << text;
    }
  }
  EXPECT_EQ(loaded + rejected, count);
  EXPECT_GT(rejected, 0);
}

TEST(ScenarioMutation, YamlMutantsLoadOrFailCleanly) {
  const auto start = std::chrono::steady_clock::now();
  run_mutations(base_document(), 20261123u, 4000);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(120));
}

TEST(ScenarioMutation, JsonMutantsLoadOrFailCleanly) {
  const std::string json = write_scenario_json(read_scenario(base_document(), "t.yaml"));
  run_mutations(json, 7u, 2000);
}

}  // namespace
}  // namespace parley::io::testing
