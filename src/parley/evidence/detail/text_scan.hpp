#pragma once
// Words and characters of a line, for the page cleaning and the sentence splitter: which code
// points are letters (and of which script), where words start and end, lower-case forms, bullet
// markers. Text is valid UTF-8 (read_document makes it so).

#include <cstddef>
#include <string>
#include <string_view>

#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence::detail {

// Beyond ASCII, ICU's character properties.
bool is_letter_beyond_ascii(char32_t c);
bool is_upper_beyond_ascii(char32_t c);
bool is_lower_beyond_ascii(char32_t c);
int script_beyond_ascii(char32_t c);

// Alphabetic, combining marks included.
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return is_letter_beyond_ascii(c);
}
inline bool is_digit(char32_t c) {  // ASCII digits
  return c >= '0' && c <= '9';
}
inline bool is_word_char(char32_t c) {  // a letter or a digit
  return is_digit(c) || is_letter(c);
}
inline bool is_upper(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_beyond_ascii(c);
}
inline bool is_lower(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : is_lower_beyond_ascii(c);
}

// The script of a letter as an ICU UScriptCode (USCRIPT_LATIN = 25, USCRIPT_CYRILLIC = 8, …);
// USCRIPT_COMMON (0) for what is not a letter.
inline constexpr int kLatin = 25;
inline constexpr int kCyrillic = 8;
inline int script_of(char32_t c) {
  if (c < 0x80) return is_letter(c) ? kLatin : 0;
  return script_beyond_ascii(c);
}

// Appends `word` in lower case (simple case mapping; ’ becomes ').
void append_lower(std::string_view word, std::string& out);

// Calls visit(word) for each word of `text`: a run of letters and digits, with an apostrophe or
// a full stop kept inside it when a letter or digit follows ("don't", "U.S", "i.e", "3.5").
template <typename Visit>
void for_each_word(std::string_view text, Visit&& visit) {
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    const std::size_t next = i + static_cast<std::size_t>(d.length);
    if (is_word_char(d.code)) {
      if (start == std::string_view::npos) start = i;
    } else if (start != std::string_view::npos) {
      const bool joiner = d.code == '\'' || d.code == 0x2019 || d.code == '.';
      if (!(joiner && next < text.size() && is_word_char(decode_utf8(text, next).code))) {
        visit(text.substr(start, i - start));
        start = std::string_view::npos;
      }
    }
    i = next;
  }
  if (start != std::string_view::npos) visit(text.substr(start));
}

// The words of `text` lower-cased, each followed by one space and the first preceded by one
// (" the talks resumed "), so that " phrase " finds whole words.
std::string fold(std::string_view text);

// The bytes of a bullet marker and the spaces after it at the start of `text` ("- ", "• ",
// "* ", "– ", "· ", "▪ ", "◦ ", "‣ ", "● "), or 0. A bullet needs a space after it.
std::size_t bullet_length(std::string_view text);

// Whether `text` (trimmed) ends a sentence: a full stop, question or exclamation mark or an
// ellipsis, possibly followed by closing quotation marks and brackets.
bool ends_sentence(std::string_view text);

// The first character of `text` (U+0000 when empty).
char32_t first_char(std::string_view text);

}  // namespace parley::evidence::detail
