// Sentences of a document's article text (evidence/sentences.hpp): ICU's boundaries kept from
// splitting after titles, months, initials and other abbreviations, closing quotation marks kept
// with their sentence, bullets as sentences of their own, hard-wrapped lines joined first.

#include "parley/evidence/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parley::evidence {
namespace {

// A document of article lines numbered from 1 (blank when empty).
Document sentences_doc(const std::vector<std::string>& lines) {
  Document doc;
  int number = 0;
  for (const std::string& text : lines) {
    doc.lines.push_back({++number, text, text.empty() ? LineKind::blank : LineKind::article});
  }
  return doc;
}

std::vector<std::string> sentence_texts(const std::vector<std::string>& lines) {
  std::vector<std::string> texts;
  for (const Sentence& s : split_sentences(sentences_doc(lines))) texts.push_back(s.text);
  return texts;
}

TEST(SplitSentences, TitlesMonthsAndNumberAbbreviations) {
  EXPECT_EQ(sentence_texts({"Talks resumed on Oct. 12 in Geneva after Mr. Hale and Gen. Ortiz met "
                            "Lt. Col. Reyes at No. 10 Downing St. on Jan. 5. The union said the "
                            "U.S. offer was \"final.\" Then it walked out."}),
            (std::vector<std::string>{
                "Talks resumed on Oct. 12 in Geneva after Mr. Hale and Gen. Ortiz met Lt. Col. "
                "Reyes at No. 10 Downing St. on Jan. 5.",
                "The union said the U.S. offer was \"final.\"", "Then it walked out."}));
  // A month or "No." before a word ends the sentence.
  EXPECT_EQ(
      sentence_texts({"The deal was signed in Sept. The strike ended. Asked if he would "
                      "sign, he said No. The talks went on."}),
      (std::vector<std::string>{"The deal was signed in Sept.", "The strike ended.",
                                "Asked if he would sign, he said No.", "The talks went on."}));
}

TEST(SplitSentences, InitialsInitialismsAndLatinAbbreviations) {
  EXPECT_EQ(
      sentence_texts({"Union leader J. D. Vance-Ortega, who spoke for the U.K. delegation, "
                      "said wages vs. inflation mattered most, e.g. in the ports. The envoy "
                      "flew to the U.S. The next day, talks stalled."}),
      (std::vector<std::string>{"Union leader J. D. Vance-Ortega, who spoke for the U.K. "
                                "delegation, said wages vs. inflation mattered most, e.g. in "
                                "the ports.",
                                "The envoy flew to the U.S.", "The next day, talks stalled."}));
}

TEST(SplitSentences, QuotationMarksBracketsAndDashes) {
  EXPECT_EQ(
      sentence_texts({"\"Will you sign?\" she asked. \"No.\" He left the room."}),
      (std::vector<std::string>{"\"Will you sign?\" she asked.", "\"No.\"", "He left the room."}));
  EXPECT_EQ(sentence_texts({"He said: \u201CWe will sign.\u201D The union agreed."}),
            (std::vector<std::string>{"He said: \u201CWe will sign.\u201D", "The union agreed."}));
  EXPECT_EQ(sentence_texts({"The offer rose to 4.5% (approx. 3% after tax? \u2013 Ed.) but the "
                            "workers wanted more."}),
            (std::vector<std::string>{"The offer rose to 4.5% (approx. 3% after tax? \u2013 Ed.) "
                                      "but the workers wanted more."}));
  EXPECT_EQ(sentence_texts({"Will they sign? \u2014 the question hangs over the port. The union "
                            "\u2013 which speaks for 4,000 dockers \u2013 said no."}),
            (std::vector<std::string>{"Will they sign? \u2014 the question hangs over the port.",
                                      "The union \u2013 which speaks for 4,000 dockers \u2013 said "
                                      "no."}));
}

TEST(SplitSentences, BulletsAreSentencesOfTheirOwn) {
  const std::vector<Sentence> sentences = split_sentences(sentences_doc(
      {"The union listed its demands", "- a raise of 9 percent", "\u2022 no forced night shifts",
       "* a vote on any deal", "\u2013 pensions kept. Nothing else."}));
  EXPECT_EQ(sentences, (std::vector<Sentence>{{1, "The union listed its demands"},
                                              {2, "a raise of 9 percent"},
                                              {3, "no forced night shifts"},
                                              {4, "a vote on any deal"},
                                              {5, "pensions kept."},
                                              {5, "Nothing else."}}));
}

TEST(SplitSentences, HardWrappedLinesAreJoinedAndKeepTheStartLine) {
  Document doc = sentences_doc({"Shipyard workers and their employer reached a provisional deal",
                                "late on Sunday that would end a month-long strike. The union",
                                "said members would vote on it within ten days, and that the",
                                "pension scheme stays open to current staff.", "",
                                "Pay rises by 7 percent over two years, according to a summary",
                                "sent to members."});
  EXPECT_EQ(split_sentences(doc),
            (std::vector<Sentence>{
                {1,
                 "Shipyard workers and their employer reached a provisional deal late on "
                 "Sunday that would end a month-long strike."},
                {2,
                 "The union said members would vote on it within ten days, and that the "
                 "pension scheme stays open to current staff."},
                {6,
                 "Pay rises by 7 percent over two years, according to a summary sent to "
                 "members."}}));
}

TEST(SplitSentences, OnlyArticleLines) {
  Document doc = sentences_doc({"Log in", "The strike ended on Monday.", "Great news!"});
  doc.lines[0].kind = LineKind::chrome;
  doc.lines[2].kind = LineKind::comment;
  EXPECT_EQ(split_sentences(doc), (std::vector<Sentence>{{2, "The strike ended on Monday."}}));
}

TEST(SplitSentences, RussianAndUkrainian) {
  EXPECT_EQ(sentence_texts({"Переговоры возобновились 12 окт. 2024 г. в Женеве. В. В. Иванов "
                            "заявил, что т.е. соглашение близко. Профсоюз отказался!"}),
            (std::vector<std::string>{"Переговоры возобновились 12 окт. 2024 г. в Женеве.",
                                      "В. В. Иванов заявил, что т.е. соглашение близко.",
                                      "Профсоюз отказался!"}));
  EXPECT_EQ(sentence_texts({"Переговори відновилися у вересні. Ген. Петренко сказав, що угода "
                            "близька. «Ми готові», — додав він."}),
            (std::vector<std::string>{"Переговори відновилися у вересні.",
                                      "Ген. Петренко сказав, що угода близька.",
                                      "«Ми готові», — додав він."}));
}

}  // namespace
}  // namespace parley::evidence
