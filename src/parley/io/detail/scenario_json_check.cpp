#include "parley/io/detail/scenario_json_check.hpp"

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

// Parses without building the document, and keeps where and why parsing stopped: a syntax error
// or a number beyond the range of a double (nlohmann throws out_of_range for those when it builds
// a document, which no catch of parse_error saw: a crash on "[1e380]").
class SyntaxCheck : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& token,
                   const nlohmann::json::exception& e) override {
    position_ = position;
    token_ = token;
    what_ = e.what();
    overflow_ = e.id == 406;  // out_of_range.406: number overflow
    return false;
  }

  std::size_t position_ = 0;  // 1-based: the byte at which the parser stopped
  std::string token_;
  std::string what_;
  bool overflow_ = false;
};

}  // namespace

void check_json_syntax(std::string_view text, const std::string& name) {
  // Only the syntax matters here; nothing is kept. O(n) time.
  SyntaxCheck check;
  if (nlohmann::json::sax_parse(text.begin(), text.end(), &check)) return;
  const auto [line, column] = line_column(text, check.position_ > 0 ? check.position_ - 1 : 0);
  std::string message = check.what_;
  if (check.overflow_) {
    message = "JSON number out of range: '" + check.token_ +
              "' is beyond the largest number (about 1.8e308)";
  } else {
    const auto colon = message.find("syntax error");
    if (colon != std::string::npos) message = message.substr(colon);
    message = "JSON " + message;
  }
  throw InputError(Diagnostic{name, line, column, "", message});
}

}  // namespace parley::io::detail
