#include "parley/report/html/html_table.hpp"

#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

std::string cell(const char* tag, const std::string& text, bool numeric) {
  const std::string open = std::string("<") + tag + (numeric ? " class=\"num\">" : ">");
  return open + xml_escape(text) + "</" + tag + ">";
}

}  // namespace

std::string html_table(const Table& table) {
  std::vector<bool> numeric;
  for (std::size_t c = 0; c < table.columns().size(); ++c) {
    numeric.push_back(table.resolved_align(c) == Align::right);
  }
  std::string out = "<table>";
  if (!table.title().empty()) out += "<caption>" + xml_escape(table.title()) + "</caption>";
  if (table.has_header()) {
    out += "<thead><tr>";
    for (std::size_t c = 0; c < table.columns().size(); ++c) {
      out += cell("th", table.columns()[c].header, numeric[c]);
    }
    out += "</tr></thead>";
  }
  out += "<tbody>";
  for (const auto& row : table.rows()) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell("td", row[c], numeric[c]);
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace parley::report
