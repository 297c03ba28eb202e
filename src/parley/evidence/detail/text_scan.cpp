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

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(' ');
  bool ascii = true;
  for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii) {
    for_each_word(text, [&](std::string_view word) {
      append_lower(word, out);
      out.push_back(' ');
    });
    return out;
  }
  // ASCII: the same words as for_each_word, in one pass over the bytes, written through a
  // pointer into room made beforehand (at most one byte out per byte in, and the two spaces).
  const auto word_char = [](char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  out.resize(text.size() + 2);
  char* o = out.data() + 1;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (word_char(c)) {
      *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      in_word = true;
    } else if (in_word && (c == '\'' || c == '.') && i + 1 < text.size() &&
               word_char(text[i + 1])) {
      *o++ = c;
    } else if (in_word) {
      *o++ = ' ';
      in_word = false;
    }
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
