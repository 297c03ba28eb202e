// The claim extractor on the reference corpus, scored against ../shared/corpus/gold/seeds.jsonl
// (claim F1 on doc × actor × issue, as ../shared/tools/score-claims computes it). Skips when the
// corpus is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "parley/evidence/extract.hpp"
#include "parley/io/scenario_reader.hpp"

namespace parley::evidence {
namespace {

namespace fs = std::filesystem;
const fs::path kCorpusDir = fs::path(PARLEY_SHARED_DIR) / "corpus";

std::vector<std::string> corpus_lines(const fs::path& p) {
  std::ifstream in(p);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

// Crude sentences until the reader lands: a line split after ". " before a capital or quote.
std::vector<std::string> crude_sentences(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i + 1] == ' ' &&
        (std::isupper(static_cast<unsigned char>(line[i + 2])) || line[i + 2] == '"')) {
      out.push_back(line.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  out.push_back(line.substr(start));
  return out;
}

TEST(CorpusExtraction, ScoresAgainstTheGold) {
  if (!fs::is_directory(kCorpusDir)) GTEST_SKIP() << "no corpus at " << kCorpusDir;
  const auto scenario = io::read_scenario_file(PARLEY_SOURCE_DIR "/examples/peace-talks.yaml");
  const ExtractionModel model(scenario);
  const auto nonarticle =
      nlohmann::json::parse(std::ifstream(kCorpusDir / "gold" / "nonarticle.json"));
  using Key = std::tuple<std::string, std::string, std::string>;
  std::set<Key> system, gold;
  std::ofstream jsonl("/tmp/parley-claims.jsonl");
  for (const auto& entry : fs::directory_iterator(kCorpusDir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string doc = entry.path().filename().string();
    const auto lines = corpus_lines(entry.path());
    for (std::size_t n = 0; n < lines.size(); ++n) {
      const int number = static_cast<int>(n + 1);
      bool skip = false;
      if (nonarticle.contains(doc))
        for (const auto& r : nonarticle[doc]) skip = skip || (number >= r[0] && number <= r[1]);
      if (skip) continue;
      for (const auto& sentence : crude_sentences(lines[n])) {
        for (const Claim& c : model.extract(doc, number, sentence)) {
          system.insert({c.doc, c.actor, c.issue});
          nlohmann::json j = {{"doc", c.doc},
                              {"line", c.line},
                              {"actor", c.actor},
                              {"issue", c.issue},
                              {"stance", to_string(c.stance)},
                              {"polarity", c.favours ? "+" : "-"},
                              {"cue", c.cue}};
          if (c.value) {
            j["value"] = *c.value;
            j["unit"] = c.unit;
          }
          jsonl << j.dump() << "\n";
        }
      }
    }
  }
  std::ifstream g(kCorpusDir / "gold" / "seeds.jsonl");
  std::string line;
  while (std::getline(g, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    gold.insert(Key{j["doc"].get<std::string>(), j["actor"].get<std::string>(),
                    j["issue"].get<std::string>()});
  }
  std::size_t tp = 0;
  for (const auto& k : system) tp += gold.count(k);
  const double p = system.empty() ? 0 : double(tp) / system.size();
  const double r = double(tp) / gold.size();
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::cout << "claims: precision " << p << " recall " << r << " F1 " << f << "\n";
  EXPECT_GT(f, 0.0);
}

}  // namespace
}  // namespace parley::evidence
