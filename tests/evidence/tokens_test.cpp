// Tokens (evidence/tokens.hpp) and the phrase index (evidence/phrase_index.hpp).

#include "parley/evidence/tokens.hpp"

#include <gtest/gtest.h>

#include "parley/evidence/phrase_index.hpp"

namespace parley::evidence {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.text);
  return out;
}

TEST(Tokens, LowerCasePossessivesNumbersAndClausePunctuation) {
  const auto t =
      tokenize("Russia's “written” pledge, 85,000 troops; Київ — ЗЕЛЕНСЬКИЙ 20% non-NATO");
  EXPECT_EQ(texts(t),
            (std::vector<std::string>{"russia", "written", "pledge", ",", "85,000", "troops", ";",
                                      "київ", "—", "зеленський", "20", "%", "non", "nato"}));
  EXPECT_TRUE(t[0].possessive);
  EXPECT_FALSE(t[2].possessive);
  EXPECT_TRUE(t[4].number);
  EXPECT_EQ(t[0].begin, 0u);
  EXPECT_EQ(t[0].end, 8u);  // "Russia's"
}

TEST(Tokens, PluralPossessiveAndCurlyApostrophe) {
  const auto t = tokenize("the allies’ plan and Kyiv’s answer, it's");
  EXPECT_TRUE(t[1].possessive);
  EXPECT_EQ(t[1].text, "allies");
  EXPECT_TRUE(t[4].possessive);
  EXPECT_EQ(t[4].text, "kyiv");
  EXPECT_EQ(t.back().text, "it");  // "it's": one token, whatever the apostrophe means
}

TEST(Tokens, BrokenUtf8NeverCrashes) {
  const std::string bad = std::string("ab\xC3") + "\xFF" + "cd \xE2\x80";
  const auto t = tokenize(bad);
  EXPECT_FALSE(t.empty());
}

TEST(Tokens, NumberValues) {
  EXPECT_DOUBLE_EQ(number_value("85,000"), 85000);
  EXPECT_DOUBLE_EQ(number_value("1,250,000"), 1250000);
  EXPECT_DOUBLE_EQ(number_value("2.5"), 2.5);
  EXPECT_DOUBLE_EQ(number_value("2,5"), 2.5);
  EXPECT_DOUBLE_EQ(number_value("342"), 342);
}

TEST(PhraseIndex, PrefixesInflectionsAndLongestFirst) {
  PhraseIndex index;
  index.add("neutral*", 1);
  index.add("demand", 2);
  index.add("join NATO", 3);
  index.add("NATO", 4);
  index.add("ban", 5);
  const auto tokens = tokenize("Moscow demanded neutrality and banned joining NATO.");
  const auto m = index.find(tokens);
  std::vector<std::uint32_t> tags;
  for (const auto& x : m) tags.push_back(x.tag);
  EXPECT_EQ(tags, (std::vector<std::uint32_t>{2, 1, 5, 3, 4}));
  EXPECT_EQ(m[3].begin, 5u);  // "joining NATO"
  EXPECT_EQ(m[3].end, 7u);
}

TEST(PhraseIndex, CyrillicPrefixes) {
  PhraseIndex index;
  index.add("нейтрал*", 1);
  index.add("требу*", 2);
  const auto m = index.find(tokenize("Кремль требует нейтралитета Украины"));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].tag, 2u);
  EXPECT_EQ(m[1].tag, 1u);
}

}  // namespace
}  // namespace parley::evidence
