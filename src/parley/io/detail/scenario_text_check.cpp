#include "parley/io/detail/scenario_text_check.hpp"

#include <fmt/format.h>

namespace parley::io::detail {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // at most U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return len;
}

bool is_forbidden_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

bool only_whitespace(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::optional<Diagnostic> check_scenario_text(std::string_view text, const std::string& file) {
  if (text.size() > kMaxScenarioBytes) {
    return Diagnostic{file, 0, 0, "",
                      fmt::format("the file is {} bytes; the limit is 16 MiB ({} bytes)",
                                  text.size(), kMaxScenarioBytes)};
  }
  if (text.empty()) return Diagnostic{file, 0, 0, "", "the file is empty"};
  if (only_whitespace(text)) {
    return Diagnostic{file, 0, 0, "", "the file contains only whitespace"};
  }
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int column = static_cast<int>(i - line_start) + 1;
    if (is_forbidden_control(c)) {
      return Diagnostic{file, line, column, "",
                        fmt::format("control character 0x{:02X} is not allowed; a scenario is "
                                    "UTF-8 text (is this a binary file?)",
                                    c)};
    }
    const std::size_t len = utf8_length(text, i);
    if (len == 0) {
      return Diagnostic{file, line, column, "",
                        fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8", c)};
    }
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += len;
  }
  return std::nullopt;
}

}  // namespace parley::io::detail
