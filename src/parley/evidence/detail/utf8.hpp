#pragma once
// UTF-8 decoding for the evidence layer: one code point at a time, with the length of the
// maximal ill-formed subpart when the bytes are not UTF-8 (Unicode 15, §3.9: each such subpart
// becomes one U+FFFD, as ICU and the WHATWG encoding standard do).

#include <cstddef>
#include <string>
#include <string_view>

namespace parley::evidence::detail {

struct DecodedChar {
  char32_t code = 0;  // the code point; U+FFFD when not valid
  int length = 1;     // bytes consumed: the character, or the maximal ill-formed subpart
  bool valid = true;
};

// Decodes a character that does not start with an ASCII byte.
DecodedChar decode_utf8_multibyte(std::string_view text, std::size_t at);

// Decodes the character at `text[at]` (at < text.size()).
inline DecodedChar decode_utf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1, true};
  return decode_utf8_multibyte(text, at);
}

void append_utf8(std::string& out, char32_t code);

// Characters (code points) in valid UTF-8.
std::size_t count_chars(std::string_view text);

// A control character a document's text may not hold: C0 but tab, DEL, and C1.
constexpr bool is_forbidden_control(char32_t c) {
  return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
}

// White space of any script: ASCII spaces, no-break space, the general punctuation spaces, the
// ideographic space, and the byte order mark / zero-width no-break space.
bool is_space(char32_t c);

// `text` without leading and trailing white space (is_space).
std::string_view trim(std::string_view text);

}  // namespace parley::evidence::detail
