// The page cleaning on the reference corpus (../shared/corpus, read in place): every line that
// gold/nonarticle.json marks as not article text comes out blank, chrome or comment, and at least
// 95 % of the other non-blank lines come out as article. Skips where the corpus is absent.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "parley/evidence/reading.hpp"
#include "parley/evidence/sentences.hpp"

namespace parley::evidence {
namespace {

namespace fs = std::filesystem;

std::string corpus_read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(CorpusCleaning, GoldNonArticleRangesAndArticleRecall) {
  const fs::path corpus = fs::path(PARLEY_SHARED_DIR) / "corpus";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no reference corpus at " << corpus;
  const nlohmann::json gold = nlohmann::json::parse(corpus_read(corpus / "gold/nonarticle.json"));
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 5u);
  for (const fs::path& file : files) {
    const std::string name = file.filename().string();
    std::vector<std::pair<int, int>> ranges;
    if (gold.contains(name)) {
      for (const auto& range : gold[name])
        ranges.emplace_back(range[0].get<int>(), range[1].get<int>());
    }
    const auto in_ranges = [&](int line) {
      for (const auto& [first, last] : ranges) {
        if (line >= first && line <= last) return true;
      }
      return false;
    };
    const Document doc = read_document(name, corpus_read(file));
    int outside = 0, article = 0, inside = 0, leaked = 0;
    for (const DocumentLine& line : doc.lines) {
      if (in_ranges(line.number)) {
        ++inside;
        if (line.kind == LineKind::article) {
          ++leaked;
          ADD_FAILURE() << name << ":" << line.number << " is not article text: " << line.text;
        }
      } else if (line.kind != LineKind::blank) {
        ++outside;
        article += line.kind == LineKind::article;
      }
    }
    const double recall = outside ? 100.0 * article / outside : 100.0;
    std::printf(
        "%s: %d/%d article lines outside the gold ranges (%.1f %%), %d/%d lines inside "
        "them kept out, %zu sentences\n",
        name.c_str(), article, outside, recall, inside - leaked, inside,
        split_sentences(doc).size());
    EXPECT_GE(recall, 95.0) << name;
    EXPECT_TRUE(doc.problems.empty()) << name;
  }
}

}  // namespace
}  // namespace parley::evidence
