#include "parley/io/scenario_json_check.hpp"

#include <nlohmann/json.hpp>

#include "parley/core/diagnostic.hpp"

namespace parley::io::detail {

bool looks_like_json(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[');
}

namespace {

// 1-based line and column of byte `offset` (0-based) in `text`.
std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

}  // namespace

void check_json_syntax(std::string_view text, const std::string& name) {
  try {
    // Only the syntax matters here; the document is discarded. O(n) time and memory.
    const auto document = nlohmann::json::parse(text.begin(), text.end());
    (void)document;
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based: the byte at which the parser stopped.
    const auto [line, column] = line_column(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string message = e.what();
    const auto colon = message.find("syntax error");
    if (colon != std::string::npos) message = message.substr(colon);
    throw InputError(Diagnostic{name, line, column, "", "JSON " + message});
  }
}

}  // namespace parley::io::detail
