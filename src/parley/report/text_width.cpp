#include "parley/report/text_width.hpp"

#include <algorithm>
#include <cstdint>

namespace parley::report {

namespace {

// One decoded code point and how many bytes it took; invalid bytes decode as U+FFFD, length 1.
struct Decoded {
  char32_t code = 0;
  std::size_t length = 1;
};

Decoded decode(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
  const std::uint8_t lead = byte(i);
  std::size_t length = 0;
  char32_t code = 0;
  if (lead < 0x80) return {lead, 1};
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code = lead & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (i + length > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  return {code, length};
}

bool is_combining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200D;
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

std::size_t width_of(char32_t c) {
  if (is_combining(c)) return 0;
  return is_wide(c) ? 2 : 1;
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const Decoded d = decode(utf8, i);
    width += width_of(d.code);
    i += d.length;
  }
  return width;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width, std::string_view ellipsis) {
  if (display_width(utf8) <= width) return std::string(utf8);
  const std::size_t room = width > display_width(ellipsis) ? width - display_width(ellipsis) : 0;
  std::size_t used = 0;
  std::size_t end = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const Decoded d = decode(utf8, i);
    if (used + width_of(d.code) > room) break;
    used += width_of(d.code);
    i += d.length;
    end = i;
  }
  std::string out(utf8.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(ellipsis);
}

std::string hanging_wrap(std::string_view lead, std::string_view text, std::size_t width) {
  const std::size_t indent = display_width(lead);
  const std::string wrapped = wrap_to_width(text, width > indent ? width - indent : 1);
  std::string out(lead);
  for (const char c : wrapped) {
    out += c;
    if (c == '\n') out += std::string(indent, ' ');
  }
  return out;
}

std::string wrap_to_width(std::string_view text, std::size_t width) {
  std::string out;
  std::size_t line = 0;  // columns on the current line
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n') {
      ++i;
      continue;
    }
    const std::size_t end = std::min(text.find_first_of(" \n", i), text.size());
    const std::string_view word = text.substr(i, end - i);
    const std::size_t w = display_width(word);
    if (line > 0 && line + 1 + w > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += w;
    i = end;
  }
  return out;
}

}  // namespace parley::report
