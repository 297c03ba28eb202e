// Latin spellings of Cyrillic names (evidence/detail/transliteration.hpp), checked against the
// BGN/PCGN tables (Russian 1947, Ukrainian 1965) and ISO 9 by hand, and what they let the
// extractor find.

#include "parley/evidence/detail/transliteration.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "parley/evidence/extract.hpp"

namespace parley::evidence {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;

TEST(LatinSpellings, FollowTheNamesLanguage) {
  const detail::LatinSpeller speller;
  // Russian BGN/PCGN: ш sh, у u, ий iy; the press's -sky; ISO 9-like scholarly j.
  const auto zelensky_ru = speller.spellings("Зеленский", "ru");
  EXPECT_THAT(zelensky_ru, Contains("Zelenskiy"));
  EXPECT_THAT(zelensky_ru, Contains("Zelensky"));
  EXPECT_THAT(zelensky_ru, Contains("Zelenskij"));
  // Ukrainian BGN/PCGN: и y, ь dropped, ий yy.
  const auto zelensky_uk = speller.spellings("Зеленський", "uk");
  EXPECT_THAT(zelensky_uk, Contains("Zelenskyy"));
  EXPECT_THAT(zelensky_uk, Contains("Zelensky"));
  EXPECT_THAT(speller.spellings("Ушаков", "ru"), Contains("Ushakov"));
  EXPECT_THAT(speller.spellings("Дмитриев", "ru"), Contains("Dmitriyev"));
  EXPECT_THAT(speller.spellings("Дмитриев", "ru"), Contains("Dmitriev"));
  EXPECT_THAT(speller.spellings("Сибіга", "uk"), Contains("Sybiha"));  // г is h in Ukrainian
  // Without a language tag, Ukrainian letters decide.
  EXPECT_THAT(speller.spellings("Єрмак", ""), Contains("Yermak"));
  // Russian rules would leave є unchanged; the Ukrainian ones give ye.
  EXPECT_THAT(speller.spellings("Умєров", ""), Contains("Umyerov"));
  // Multi-word names keep their spaces.
  EXPECT_THAT(speller.spellings("Сергей Лавров", "ru"), Contains("Sergey Lavrov"));
}

TEST(LatinSpellings, NothingForLatinOrMixedText) {
  const detail::LatinSpeller speller;
  EXPECT_THAT(speller.spellings("Peskov", "ru"), IsEmpty());
  EXPECT_THAT(speller.spellings("Песков Peskov", "ru"), IsEmpty());
  EXPECT_THAT(speller.spellings("2025", ""), IsEmpty());
}

TEST(LatinSpellings, ACyrillicAliasFindsItsLatinSpellingInEnglishText) {
  scenario::Scenario s;
  scenario::Actor rus;
  rus.id = "RUS";
  rus.name = "Russia";
  rus.aliases = {{"Ушаков", "ru"}};
  s.actors.push_back(rus);
  scenario::Actor ukr;
  ukr.id = "UKR";
  ukr.name = "Ukraine";
  s.actors.push_back(ukr);
  scenario::Issue issue;
  issue.id = "ceasefire";
  issue.title = "Ceasefire";
  issue.terms.topic = {{"ceasefire", ""}};
  s.issues.push_back(issue);
  const ExtractionModel model(s);
  const auto claims = model.extract("a.txt", 1, "Ushakov rejected a ceasefire.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].actor, "RUS");
  EXPECT_EQ(claims[0].stance, Stance::reject);
}

}  // namespace
}  // namespace parley::evidence
