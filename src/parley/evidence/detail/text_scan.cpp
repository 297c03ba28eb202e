#include "parley/evidence/detail/text_scan.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace parley::evidence::detail {

bool is_letter_beyond_ascii(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

bool is_upper_beyond_ascii(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_lower_beyond_ascii(char32_t c) {
  return u_islower(static_cast<UChar32>(c));
}

int script_beyond_ascii(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) ? static_cast<int>(script) : USCRIPT_COMMON;
}

void append_lower(std::string_view word, std::string& out) {
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
      ++i;
      continue;
    }
    const DecodedChar d = decode_utf8(word, i);
    if (d.code == 0x2019) {
      out.push_back('\'');
    } else {
      append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.code))));
    }
    i += static_cast<std::size_t>(d.length);
  }
}

namespace {

// Writes `code` in UTF-8 at `o`; returns the end.
char* put_utf8(char* o, char32_t code) {
  if (code < 0x80) {
    *o++ = static_cast<char>(code);
  } else if (code < 0x800) {
    *o++ = static_cast<char>(0xC0 | (code >> 6));
    *o++ = static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (code >> 12));
    *o++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (code & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (code >> 18));
    *o++ = static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (code & 0x3F));
  }
  return o;
}

}  // namespace

std::string fold(std::string_view text) {
  // The words of for_each_word, in one pass over the bytes: ASCII bytes are tested and lowered
  // in place, other characters decoded (letters lowered by ICU, ’ inside a word written ').
  // Writes through a pointer into room made beforehand: each character gives one byte or its
  // lowered form, at most twice its own bytes (a two-byte letter may lower to three).
  std::string out;
  out.resize(2 * text.size() + 2);
  char* o = out.data();
  *o++ = ' ';
  const auto ascii_word_char = [](unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  // Whether the character at `at` is a letter or digit.
  const auto word_char_at = [&](std::size_t at) {
    const auto b = static_cast<unsigned char>(text[at]);
    return b < 0x80 ? ascii_word_char(b) : is_word_char(decode_utf8_multibyte(text, at).code);
  };
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (ascii_word_char(c)) {
        *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        in_word = true;
      } else if (in_word && (c == '\'' || c == '.') && i + 1 < text.size() && word_char_at(i + 1)) {
        *o++ = static_cast<char>(c);
      } else if (in_word) {
        *o++ = ' ';
        in_word = false;
      }
      ++i;
      continue;
    }
    const DecodedChar d = decode_utf8_multibyte(text, i);
    const std::size_t next = i + static_cast<std::size_t>(d.length);
    if (is_word_char(d.code)) {
      o = put_utf8(o, static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.code))));
      in_word = true;
    } else if (in_word && d.code == 0x2019 && next < text.size() && word_char_at(next)) {
      *o++ = '\'';
    } else if (in_word) {
      *o++ = ' ';
      in_word = false;
    }
    i = next;
  }
  if (in_word) *o++ = ' ';
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::size_t bullet_length(std::string_view text) {
  static constexpr std::string_view kBullets[] = {"-",      "\u2022", "*",      "\u2013", "\u00B7",
                                                  "\u25AA", "\u25E6", "\u2023", "\u25CF"};
  for (const std::string_view bullet : kBullets) {
    if (!text.starts_with(bullet)) continue;
    std::size_t n = bullet.size();
    if (n >= text.size() || (text[n] != ' ' && text[n] != '\t')) return 0;
    while (n < text.size() && (text[n] == ' ' || text[n] == '\t')) ++n;
    return n;
  }
  return 0;
}

namespace {

bool is_closing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C || c == 0x203A;
}

}  // namespace

bool ends_sentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    const char32_t c = decode_utf8(text, start).code;
    if (c == '.' || c == '!' || c == '?' || c == 0x2026) return true;
    if (!is_closing(c)) return false;
    end = start;
  }
  return false;
}

char32_t first_char(std::string_view text) {
  return text.empty() ? 0 : decode_utf8(text, 0).code;
}

}  // namespace parley::evidence::detail
