// Claims as JSON (report/json/news_json.hpp): the streamed line is the JSON value, written fast.

#include "parley/report/json/news_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace parley::report {
namespace {

evidence::Claim awkward_claim() {
  evidence::Claim c;
  c.doc = "a \"quoted\" name.txt";
  c.line = 12;
  c.actor = "RUS";
  c.issue = "army_size";
  c.stance = evidence::Stance::reject;
  c.favours = false;
  c.value = 85000.5;
  c.unit = "soldiers";
  c.redline = true;
  c.source = "three sources\\back";
  c.cue = "rejects\tany «cap»";
  c.sentence = std::string("Кремль said\n no\x01.");
  return c;
}

TEST(NewsJson, TheStreamedLineIsTheJsonValue) {
  const evidence::Claim c = awkward_claim();
  std::string line;
  append_claim_line(c, line);
  EXPECT_EQ(line, claim_json(c).dump() + "\n");
  evidence::Claim plain;
  plain.doc = "x.txt";
  line.clear();
  append_claim_line(plain, line);
  EXPECT_EQ(line, claim_json(plain).dump() + "\n");
}

// The gold format's keys, in its order, and its polarity signs.
TEST(NewsJson, GoldFormatKeys) {
  const auto j = claim_json(awkward_claim());
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"doc", "line", "actor", "stance", "issue", "polarity",
                                            "value", "unit", "redline", "source", "cameo", "plover",
                                            "cue", "sentence"}));
  EXPECT_EQ(j["polarity"], "-");
  EXPECT_EQ(j["stance"], "reject");
  EXPECT_EQ(j["cameo"], "12");
  EXPECT_EQ(j["plover"], "REJECT");
}

}  // namespace
}  // namespace parley::report
