#include "parley/report/table.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "parley/report/text_width.hpp"

namespace parley::report {

namespace {

constexpr const char* kGap = "  ";

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string repeat(const std::string& piece, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += piece;
  return out;
}

void trim_right(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

}  // namespace

bool looks_numeric(const std::string& text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+' || text[i] == '~')) ++i;
  if (text.compare(i, 3, "−") == 0) i += 3;  // U+2212 minus sign
  if (i >= text.size() || !is_digit(text[i])) return false;
  while (i < text.size() && (is_digit(text[i]) || text[i] == ',' || text[i] == '.')) ++i;
  if (i < text.size() && text[i] == '%') ++i;
  if (i == text.size()) return true;
  // A tail after a space: "± 0.1", "(0.3–0.5)", a trailing '*' marker.
  const std::string tail = text.substr(i);
  return tail == "*" || tail.rfind(" ±", 0) == 0 || tail.rfind(" (", 0) == 0 ||
         tail.rfind("* ", 0) == 0;
}

Table::Table(std::vector<Column> columns, std::string title)
    : title_(std::move(title)), columns_(std::move(columns)) {}

Table& Table::add_row(std::vector<std::string> cells) {
  if (cells.size() > columns_.size()) {
    throw std::invalid_argument("table row has more cells than the table has columns");
  }
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
  return *this;
}

Table& Table::style(TableStyle style) {
  style_ = style;
  return *this;
}

Align Table::resolved_align(std::size_t index) const {
  const Align align = columns_.at(index).align;
  if (align != Align::automatic) return align;
  bool any = false;
  for (const auto& row : rows_) {
    if (row[index].empty() || row[index] == "—" || row[index] == "-") continue;
    if (!looks_numeric(row[index])) return Align::left;
    any = true;
  }
  return any ? Align::right : Align::left;
}

std::vector<std::size_t> Table::widths() const {
  std::vector<std::size_t> out(columns_.size(), 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    out[c] = display_width(columns_[c].header);
    for (const auto& row : rows_) out[c] = std::max(out[c], display_width(row[c]));
    if (columns_[c].max_width > 0) out[c] = std::min(out[c], columns_[c].max_width);
  }
  return out;
}

std::string Table::cell(const std::string& text, std::size_t column, std::size_t width) const {
  const std::string ellipsis = style_ == TableStyle::unicode ? "…" : "...";
  std::string shown = truncate_to_width(text, width, ellipsis);
  const std::size_t pad = width - std::min(width, display_width(shown));
  if (resolved_align(column) == Align::right) return std::string(pad, ' ') + shown;
  return shown + std::string(pad, ' ');
}

std::string Table::line(const std::vector<std::string>& cells,
                        const std::vector<std::size_t>& widths) const {
  std::string out;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (c > 0) out += kGap;
    out += cell(cells[c], c, widths[c]);
  }
  trim_right(out);
  return out + '\n';
}

bool Table::has_header() const {
  for (const auto& column : columns_)
    if (!column.header.empty()) return true;
  return false;
}

std::string Table::render() const {
  const std::vector<std::size_t> w = widths();
  std::string out;
  if (!title_.empty()) out += title_ + '\n';
  if (!has_header()) {
    for (const auto& row : rows_) out += line(row, w);
    return out;
  }
  std::vector<std::string> headers;
  for (const auto& column : columns_) headers.push_back(column.header);
  out += line(headers, w);
  const std::string rule = style_ == TableStyle::unicode ? "─" : "-";
  std::string rules;
  for (std::size_t c = 0; c < w.size(); ++c) {
    if (c > 0) rules += kGap;
    rules += repeat(rule, w[c]);
  }
  out += rules + '\n';
  for (const auto& row : rows_) out += line(row, w);
  return out;
}

}  // namespace parley::report
