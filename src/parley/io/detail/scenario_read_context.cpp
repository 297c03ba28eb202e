#include "parley/io/detail/scenario_read_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

#include "parley/io/detail/scenario_suggest.hpp"

namespace parley::io::detail {

namespace {

bool is_quoted(const YAML::Node& node) {
  return node.Tag() == "!";
}

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Parses a plain YAML scalar as a decimal number; nullopt unless the whole text is one.
std::optional<double> parse_decimal(std::string_view s, bool& out_of_range) {
  out_of_range = false;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty() || s.front() == '+') return std::nullopt;
  const char f = s.front() == '-' && s.size() > 1 ? s[1] : s.front();
  if (!std::isdigit(static_cast<unsigned char>(f)) && f != '.') return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (end != s.data() + s.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) {
    out_of_range = true;
    return std::nullopt;
  }
  if (ec != std::errc()) return std::nullopt;
  return value;
}

bool names_non_finite(const std::string& s) {
  const std::string l = lowercase(s);
  return l.find("nan") != std::string::npos || l.find("inf") != std::string::npos;
}

bool is_id(const std::string& s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s.front()))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

bool is_real_date(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string join(std::initializer_list<std::string_view> words) {
  std::string out;
  for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
  return out;
}

YAML::Mark value_mark(const YAML::Node& key, const YAML::Node& value) {
  if (value.IsNull() || value.Mark().line < 0) return key.Mark();
  return value.Mark();
}

}  // namespace

std::string join_path(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar: {
      const std::string& s = node.Scalar();
      const std::string shown = s.size() > 60 ? s.substr(0, 57) + "..." : s;
      return is_quoted(node) ? "the string \"" + shown + "\"" : "'" + shown + "'";
    }
    default:
      return "nothing";
  }
}

void ReadContext::report(const YAML::Mark& mark, const std::string& path, std::string message) {
  const int line = mark.line >= 0 ? mark.line + 1 : 0;
  const int column = mark.line >= 0 && mark.column >= 0 ? mark.column + 1 : 0;
  diagnostics_.push_back(Diagnostic{file_, line, column, path, std::move(message)});
}

Field ReadContext::root(const YAML::Node& node) {
  return Field{node, node.Mark(), ""};
}

Field ReadContext::child(const Field& map, std::string_view key) {
  const std::string path = join_path(map.path, key);
  if (map.node.IsMap()) {
    for (const auto& kv : map.node) {
      if (kv.first.IsScalar() && kv.first.Scalar() == key) {
        return Field{kv.second, value_mark(kv.first, kv.second), path};
      }
    }
  }
  return Field{YAML::Node(YAML::NodeType::Undefined), map.mark, path};
}

bool ReadContext::check_map(const Field& field, std::initializer_list<std::string_view> allowed,
                            std::initializer_list<std::string_view> required) {
  if (!field.node.IsMap()) {
    report(field, "expected a map, got " + describe(field.node));
    return false;
  }
  const std::vector<std::string> names(allowed.begin(), allowed.end());
  std::map<std::string, int> seen;  // key -> 1-based line of its first use
  for (const auto& kv : field.node) {
    if (!kv.first.IsScalar()) {
      report(kv.first.Mark(), field.path, "keys must be plain names, got " + describe(kv.first));
      continue;
    }
    const std::string& key = kv.first.Scalar();
    const std::string path = join_path(field.path, key);
    if (auto it = seen.find(key); it != seen.end()) {
      report(kv.first.Mark(), path,
             fmt::format("duplicate key '{}' (first given at line {})", key, it->second));
      continue;
    }
    seen.emplace(key, kv.first.Mark().line + 1);
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      const std::string hint = did_you_mean(key, names);
      report(kv.first.Mark(), path,
             "unknown key '" + key + "'" +
                 (hint.empty() ? " (expected one of " + join(allowed) + ")" : hint));
    }
  }
  for (auto key : required) {
    if (!seen.count(std::string(key))) {
      report(field.mark, join_path(field.path, key),
             "missing required key '" + std::string(key) + "'");
    }
  }
  return true;
}

std::vector<Field> ReadContext::items(const Field& field) {
  std::vector<Field> out;
  if (!field.present()) return out;
  if (!field.node.IsSequence()) {
    report(field, "expected a list, got " + describe(field.node));
    return out;
  }
  std::size_t i = 0;
  for (const auto& item : field.node) {
    const YAML::Mark mark = item.Mark().line >= 0 ? item.Mark() : field.mark;
    out.push_back(Field{item, mark, fmt::format("{}[{}]", field.path, i++)});
  }
  return out;
}

std::optional<std::string> ReadContext::text(const Field& field) {
  if (!field.present()) return std::nullopt;
  if (!field.node.IsScalar()) {
    report(field, "expected a string, got " + describe(field.node));
    return std::nullopt;
  }
  if (field.node.Scalar().empty()) {
    report(field, "expected a non-empty string");
    return std::nullopt;
  }
  return field.node.Scalar();
}

std::optional<std::string> ReadContext::id(const Field& field) {
  auto s = text(field);
  if (!s) return std::nullopt;
  if (!is_id(*s)) {
    report(field, "'" + *s +
                      "' is not a valid id: an id starts with a letter and has only letters, "
                      "digits, '_', '-' and '.'");
    return std::nullopt;
  }
  return s;
}

std::optional<double> ReadContext::number(const Field& field) {
  if (!field.present()) return std::nullopt;
  if (!field.node.IsScalar()) {
    report(field, "expected a number, got " + describe(field.node));
    return std::nullopt;
  }
  const std::string& s = field.node.Scalar();
  if (is_quoted(field.node)) {
    report(field, "expected a number, got " + describe(field.node) + " (write it without quotes)");
    return std::nullopt;
  }
  bool out_of_range = false;
  const auto value = parse_decimal(s, out_of_range);
  if (value && std::isfinite(*value)) return value;
  if (out_of_range || names_non_finite(s)) {
    report(field, "expected a finite number, got " + s);
  } else {
    report(field, "expected a number, got " + describe(field.node));
  }
  return std::nullopt;
}

std::optional<double> ReadContext::number_in(const Field& field, double low, double high,
                                             std::string_view scale) {
  const auto value = number(field);
  if (!value) return std::nullopt;
  if (*value < low || *value > high) {
    const std::string where = scale.empty() ? "" : " (" + std::string(scale) + ")";
    report(field, fmt::format("expected a number from {} to {}{}, got {}", low, high, where,
                              field.node.Scalar()));
    return std::nullopt;
  }
  return value;
}

std::optional<int> ReadContext::integer_in(const Field& field, int low, int high) {
  if (!field.present()) return std::nullopt;
  const std::string expected = fmt::format("expected an integer from {} to {}", low, high);
  if (!field.node.IsScalar() || is_quoted(field.node)) {
    report(field, expected + ", got " + describe(field.node));
    return std::nullopt;
  }
  bool out_of_range = false;
  const auto value = parse_decimal(field.node.Scalar(), out_of_range);
  if (!value || std::floor(*value) != *value || *value < low || *value > high) {
    report(field, expected + ", got " + field.node.Scalar());
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<bool> ReadContext::flag(const Field& field) {
  if (!field.present()) return std::nullopt;
  if (field.node.IsScalar() && !is_quoted(field.node)) {
    const std::string& s = field.node.Scalar();
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
  }
  report(field, "expected true or false, got " + describe(field.node));
  return std::nullopt;
}

std::optional<std::string> ReadContext::date(const Field& field) {
  return checked_date(field, false);
}

std::optional<std::string> ReadContext::partial_date(const Field& field) {
  return checked_date(field, true);
}

std::optional<std::string> ReadContext::checked_date(const Field& field, bool partial) {
  auto s = text(field);
  if (!s) return std::nullopt;
  bool shape = s->size() == 10 || (partial && (s->size() == 4 || s->size() == 7));
  for (std::size_t i = 0; shape && i < s->size(); ++i) {
    const bool dash = i == 4 || i == 7;
    shape = dash ? (*s)[i] == '-' : std::isdigit(static_cast<unsigned char>((*s)[i])) != 0;
  }
  if (!shape) {
    report(field, std::string("expected a date ") +
                      (partial ? "YYYY, YYYY-MM or YYYY-MM-DD" : "YYYY-MM-DD") + ", got '" + *s +
                      "'");
    return std::nullopt;
  }
  const int y = std::stoi(s->substr(0, 4));
  const int m = s->size() >= 7 ? std::stoi(s->substr(5, 2)) : 1;
  const int d = s->size() == 10 ? std::stoi(s->substr(8, 2)) : 1;
  if (!is_real_date(y, m, d)) {
    report(field, "'" + *s + "' is not a real calendar date");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> ReadContext::choice(const Field& field,
                                               std::initializer_list<std::string_view> choices) {
  auto s = text(field);
  if (!s) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *s) != choices.end()) return s;
  const std::vector<std::string> names(choices.begin(), choices.end());
  report(field,
         "expected one of " + join(choices) + ", got '" + *s + "'" + did_you_mean(*s, names));
  return std::nullopt;
}

}  // namespace parley::io::detail
