// The news reader against the embedded scenario: every place where a claim from the reference
// corpus parts ways with a position is explained in docs/peace-talks.md, in its table "What the
// news reader says against this scenario" (a row with the actor, the issue and file:line).
// Skips when the corpus is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "parley/analysis/inputs.hpp"
#include "parley/analysis/news.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;

TEST(PeaceTalksNews, EveryContradictionIsExplained) {
  const fs::path corpus = fs::path(PARLEY_SHARED_DIR) / "corpus";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  const scenario::Scenario s = load_scenario("");
  const News news = read_news({corpus.string()}, s);
  std::ifstream in(fs::path(PARLEY_SOURCE_DIR) / "docs" / "peace-talks.md");
  std::stringstream doc;
  doc << in.rdbuf();
  const std::string text = doc.str();
  const auto parts = contradictions(s, news);
  EXPECT_FALSE(parts.empty());
  for (const auto& c : parts) {
    const auto& m = news.merged[c.merged];
    const auto& r = m.reports.front();
    const std::string where = r.doc.substr(0, 3) + ":" + std::to_string(r.line);
    const std::string row = "| " + m.actor + " | " + m.issue + " | ";
    const auto at = text.find(row);
    bool found = false;
    for (auto pos = at; pos != std::string::npos; pos = text.find(row, pos + 1)) {
      const auto end = text.find('\n', pos);
      found = found || text.substr(pos, end - pos).find("(" + where + ")") != std::string::npos;
    }
    EXPECT_TRUE(found) << "not explained in docs/peace-talks.md: " << m.actor << " " << m.issue
                       << " " << where << ": " << r.sentence;
  }
}

}  // namespace
}  // namespace parley::analysis
