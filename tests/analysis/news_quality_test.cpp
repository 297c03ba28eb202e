// The quality bar of the news reader, end to end (files → pages cleaned → sentences → claims),
// on the reference corpus scored as ../shared/tools/score-claims scores it against
// ../shared/corpus/gold/seeds.jsonl: claim F1 on doc × actor × issue ≥ 0.80, value recall ≥ 0.90,
// polarity agreement ≥ 0.85, and no claim from a line of gold/nonarticle.json. Skips when the
// corpus is absent. Figures: docs/evidence.md, "Scores".

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "parley/analysis/inputs.hpp"
#include "parley/analysis/news.hpp"

namespace parley::analysis {
namespace {

namespace fs = std::filesystem;
const fs::path kCorpus = fs::path(PARLEY_SHARED_DIR) / "corpus";

using Key = std::tuple<std::string, std::string, std::string>;  // doc, actor, issue

struct GoldClaim {
  std::string polarity;
  std::optional<double> value;
};

TEST(NewsQuality, ReferenceCorpusMeetsTheBar) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kCorpus))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  ASSERT_EQ(files.size(), 5u);
  const News news = read_news(files, load_scenario(""));

  std::map<Key, std::vector<GoldClaim>> gold;
  std::ifstream g(kCorpus / "gold" / "seeds.jsonl");
  for (std::string line; std::getline(g, line);) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    GoldClaim c{j["polarity"].get<std::string>(), std::nullopt};
    if (j.contains("value")) c.value = j["value"].get<double>();
    gold[{j["doc"], j["actor"], j["issue"]}].push_back(c);
  }
  std::map<Key, std::vector<const evidence::Claim*>> system;
  for (const auto& c : news.claims) system[{c.doc, c.actor, c.issue}].push_back(&c);

  std::size_t matched = 0, polarity_agree = 0, values = 0, values_found = 0;
  for (const auto& [key, claims] : system) {
    const auto it = gold.find(key);
    if (it == gold.end()) continue;
    ++matched;
    // Majority polarity on each side, as score-claims takes it.
    int gp = 0, sp = 0;
    for (const auto& c : it->second) gp += c.polarity == "+" ? 1 : -1;
    for (const auto* c : claims) sp += c->favours ? 1 : -1;
    polarity_agree += (gp >= 0) == (sp >= 0);
  }
  for (const auto& [key, claims] : gold) {
    for (const auto& c : claims) {
      if (!c.value) continue;
      ++values;
      const auto it = system.find(key);
      if (it == system.end()) continue;
      for (const auto* s : it->second)
        if (s->value && std::fabs(*s->value - *c.value) <= 0.01 * std::fabs(*c.value)) {
          ++values_found;
          break;
        }
    }
  }
  const double precision = double(matched) / system.size();
  const double recall = double(matched) / gold.size();
  const double f1 = 2 * precision * recall / (precision + recall);
  const double polarity = double(polarity_agree) / matched;
  const double value_recall = double(values_found) / values;
  std::printf(
      "claims %zu, gold %zu, matched %zu: precision %.3f recall %.3f F1 %.3f; polarity "
      "%.3f; value recall %.3f\n",
      system.size(), gold.size(), matched, precision, recall, f1, polarity, value_recall);
  EXPECT_GE(f1, 0.80);
  EXPECT_GE(value_recall, 0.90);
  EXPECT_GE(polarity, 0.85);

  // No claim from site chrome, other headlines or reader comments.
  const auto nonarticle =
      nlohmann::json::parse(std::ifstream(kCorpus / "gold" / "nonarticle.json"));
  for (const auto& c : news.claims) {
    if (!nonarticle.contains(c.doc)) continue;
    for (const auto& r : nonarticle[c.doc])
      EXPECT_FALSE(c.line >= r[0].get<int>() && c.line <= r[1].get<int>())
          << c.doc << ":" << c.line << " is not article text: " << c.cue;
  }
}

}  // namespace
}  // namespace parley::analysis
