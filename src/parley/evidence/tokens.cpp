#include "parley/evidence/tokens.hpp"

#include <cstdint>

#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence {

namespace {

// One code point at s[i], advancing i (detail/utf8.hpp: an ill-formed run becomes U+FFFD).
char32_t decode(std::string_view s, std::size_t& i) {
  const detail::DecodedChar d = detail::decode_utf8(s, i);
  i += static_cast<std::size_t>(d.length);
  return d.code;
}

char32_t fold(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0x80) return cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0) return cp + 1;  // Latin Extended-A pairs
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                // А–Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                // Ѐ–Џ (Є, І, Ї, Ё …)
  if (cp >= 0x490 && cp <= 0x4BF && cp % 2 == 0) return cp + 1;  // Ґ and other pairs
  return cp;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

// Letters (any script), digits and the superscript two of "km²" make words.
bool is_word(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp == 0xB2) return true;
  if (cp >= 0xA0 && cp <= 0xBF) return false;  // NBSP, « », ©, ·
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  return cp != 0xFFFD && cp != 0xFEFF;
}

bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t cp = decode(s, i);
    if (is_digit(cp)) {
      // A number: digits with single , or . between digits.
      std::size_t end = i;
      while (end < s.size()) {
        const char c = s[end];
        if (c >= '0' && c <= '9') {
          ++end;
        } else if ((c == ',' || c == '.') && end + 1 < s.size() && s[end + 1] >= '0' &&
                   s[end + 1] <= '9') {
          end += 2;
        } else {
          break;
        }
      }
      Token t;
      t.text = std::string(s.substr(start, end - start));
      t.begin = start;
      t.end = end;
      t.number = true;
      out.push_back(std::move(t));
      i = end;
      continue;
    }
    if (is_word(cp)) {
      Token t;
      t.begin = start;
      detail::append_utf8(t.text, fold(cp));
      std::size_t end = i;
      while (end < s.size()) {
        const auto b = static_cast<unsigned char>(s[end]);
        if (b < 0x80) {  // ASCII: the common case, a run appended at once
          std::size_t run = end;
          while (run < s.size()) {
            const auto c = static_cast<unsigned char>(s[run]);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
              break;
            }
            ++run;
          }
          if (run == end) break;
          const std::size_t at = t.text.size();
          t.text.append(s.data() + end, run - end);
          for (std::size_t k = at; k < t.text.size(); ++k) {
            if (t.text[k] >= 'A' && t.text[k] <= 'Z') t.text[k] = static_cast<char>(t.text[k] + 32);
          }
          end = run;
          continue;
        }
        std::size_t next = end;
        const char32_t c = decode(s, next);
        if (!is_word(c)) break;
        detail::append_utf8(t.text, fold(c));
        end = next;
      }
      // A possessive 's / ’s, or a plural possessive s' / s’.
      std::size_t next = end;
      if (next < s.size() && is_apostrophe(decode(s, next))) {
        std::size_t after = next;
        if (after < s.size() && (s[after] == 's' || s[after] == 'S')) {
          std::size_t beyond = after + 1;
          bool word_follows = false;
          if (beyond < s.size()) {
            std::size_t probe = beyond;
            word_follows = is_word(decode(s, probe));
          }
          if (!word_follows) {
            t.possessive = true;
            end = beyond;
          }
        } else if (!t.text.empty() && t.text.back() == 's') {
          t.possessive = true;
          end = next;
        }
      }
      t.end = end;
      out.push_back(std::move(t));
      i = end;
      continue;
    }
    // Clause punctuation is kept; quotes, hyphens and other symbols separate words silently.
    const char* mark = nullptr;
    if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '%') {
      static const char* const kAscii[] = {",", ";", ":", "(", ")", "%"};
      const char marks[] = {',', ';', ':', '(', ')', '%'};
      for (int k = 0; k < 6; ++k)
        if (static_cast<char>(cp) == marks[k]) mark = kAscii[k];
    } else if (cp == 0x2014 || cp == 0x2013) {
      mark = "—";
    }
    if (mark) {
      Token t;
      t.text = mark;
      t.begin = start;
      t.end = i;
      t.punctuation = true;
      out.push_back(std::move(t));
    }
  }
  return out;
}

double number_value(std::string_view token) {
  double value = 0, scale = 0;
  std::size_t i = 0;
  for (; i < token.size(); ++i) {
    const char c = token[i];
    if (c >= '0' && c <= '9') {
      if (scale > 0) {
        value += (c - '0') * scale;
        scale /= 10;
      } else {
        value = value * 10 + (c - '0');
      }
    } else if (c == ',' || c == '.') {
      // Thousands when exactly three digits follow and then the token ends or another group.
      std::size_t digits = 0;
      while (i + 1 + digits < token.size() && token[i + 1 + digits] >= '0' &&
             token[i + 1 + digits] <= '9')
        ++digits;
      const bool grouping =
          digits == 3 && scale == 0 && (c == ',' || (i + 4 < token.size() && token[i + 4] == '.'));
      if (!grouping) scale = 0.1;
    }
  }
  return value;
}

}  // namespace parley::evidence
