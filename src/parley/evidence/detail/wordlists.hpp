#pragma once
// The closed word classes the page cleaning needs, in English, Russian and Ukrainian: function
// words (stopwords, as jusText counts them), the words of dates and counters, of login and share
// prompts, and of conversation (pronouns of the first and second person, insults, reply openers).
// Every lookup takes a lower-cased word (text_scan.hpp's append_lower).

#include <string_view>

namespace parley::evidence::detail {

// The classes a word belongs to, as bits: one lookup answers every question below.
enum WordClass : unsigned {
  kEnglish = 1u << 0,  // function words (stopwords, as jusText counts them) of each language
  kRussian = 1u << 1,
  kUkrainian = 1u << 2,
  kDateOrCounter = 1u << 3,  // dates, times, counts: months, weekdays, "ago", "views", "min", …
  kMonth = 1u << 4,
  kPrompt = 1u << 5,               // what login, subscribe and share prompts are made of
  kFirstOrSecondPerson = 1u << 6,  // "i", "we", "you", "я", "мы", "ви", …
  kReaderAddress = 1u << 7,    // how a site speaks to its reader: "you", "our", "вы", "ваш"
  kHeated = 1u << 8,           // insults, profanity, laughter: "stupid", "lol", "бред"
  kReplyOpener = 1u << 9,      // "yes", "no", "well", "agreed", "да", "нет", "ні"
  kSentenceOpener = 1u << 10,  // function words that open a sentence: "the", "he", "в"
};
inline constexpr unsigned kStopwordBits = kEnglish | kRussian | kUkrainian;
inline constexpr int kStopwordLanguages = 3;

// The WordClass bits of `word` (lower-cased), 0 for a word of none.
unsigned word_classes(std::string_view word);

// The languages in which `word` is a function word, as bits (0: in none).
inline unsigned stopword_languages(std::string_view word) {
  return word_classes(word) & kStopwordBits;
}
inline bool is_date_or_counter_word(std::string_view word) {
  return (word_classes(word) & (kDateOrCounter | kMonth)) != 0;
}
inline bool is_month_name(std::string_view word) {
  return (word_classes(word) & kMonth) != 0;
}
inline bool is_prompt_word(std::string_view word) {
  return (word_classes(word) & kPrompt) != 0;
}
inline bool is_first_or_second_person(std::string_view word) {
  return (word_classes(word) & kFirstOrSecondPerson) != 0;
}
inline bool is_reader_address(std::string_view word) {
  return (word_classes(word) & kReaderAddress) != 0;
}
inline bool is_heated_word(std::string_view word) {
  return (word_classes(word) & kHeated) != 0;
}
inline bool is_reply_opener(std::string_view word) {
  return (word_classes(word) & kReplyOpener) != 0;
}
// After one of these, a full stop that could close an abbreviation ("U.S.") closes a sentence.
inline bool is_sentence_opener(std::string_view word) {
  return (word_classes(word) & kSentenceOpener) != 0;
}

}  // namespace parley::evidence::detail
