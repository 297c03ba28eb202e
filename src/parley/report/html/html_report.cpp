#include "parley/report/html/html_report.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "parley/core/diagnostic.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

constexpr const char* kStyle = R"(
:root { --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --band: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #ffffff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; border-bottom: 1px solid var(--rule); }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 17px; margin: 28px 0 4px; }
h3 code { font-size: 13px; color: var(--muted); font-weight: normal; margin-left: 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
nav ul { list-style: none; padding: 0; margin: 0 0 16px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; margin: 12px 0 20px; font-size: 14px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 4px 12px 4px 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody td:first-child { white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--band); }
.proposition, .note, .key { color: var(--muted); margin: 0 0 6px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 22px; font-size: 12px; fill: var(--ink); }
svg .salience, svg .unit, svg .end, svg .empty { fill: var(--muted); }
.evidence { font-size: 14px; margin: 4px 0 12px; padding-left: 20px; }
.evidence cite { font-style: normal; font-weight: 600; }
.evidence .attribution { color: var(--muted); }
.evidence li.weak { color: var(--muted); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 14px; }
footer { color: var(--muted); font-size: 13px; padding: 24px; border-top: 1px solid var(--rule); margin-top: 40px; }
)";

std::string head(const HtmlReport& report) {
  return std::string("<head><meta charset=\"utf-8\"/>") +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>" +
         "<meta name=\"generator\" content=\"parley " PARLEY_VERSION "\"/>" + "<title>" +
         xml_escape(report.title) + "</title><style>" + kStyle + "</style></head>";
}

std::string contents(const HtmlReport& report) {
  std::string out = "<nav><ul>";
  for (const Section& s : report.sections) {
    out += "<li><a href=\"#" + xml_escape(s.id) + "\">" + xml_escape(s.title) + "</a></li>";
  }
  return out + "</ul></nav>";
}

InputError write_error(const std::filesystem::path& path, const std::string& message) {
  return InputError(Diagnostic{path.string(), 0, 0, "", message});
}

}  // namespace

std::string render_html(const HtmlReport& report) {
  std::string out = "<!DOCTYPE html>\n";
  out += kReportMarker;
  out += "\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n";
  out += head(report) + "\n<body>\n<header><h1>" + xml_escape(report.title) + "</h1>";
  if (!report.meta.empty()) out += "<p class=\"meta\">" + xml_escape(report.meta) + "</p>";
  out += contents(report) + "</header>\n<main>\n";
  for (const Section& s : report.sections) {
    out += "<section id=\"" + xml_escape(s.id) + "\"><h2>" + xml_escape(s.title) + "</h2>\n" +
           s.html + "\n</section>\n";
  }
  out += "</main>\n<footer>Made by parley " PARLEY_VERSION
         ". Values marked * are the analyst's assumptions, not reported facts.</footer>\n";
  return out + "</body>\n</html>\n";
}

bool is_parley_report(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string start(1024, '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(in.gcount()));
  return start.find(kReportMarker) != std::string::npos;
}

void write_report(const std::filesystem::path& path, const std::string& html, bool force) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw write_error(path, "is a directory, not a report file");
  if (fs::exists(path, ec) && !force && !is_parley_report(path)) {
    throw write_error(path,
                      "refusing to overwrite a file that is not a parley report "
                      "(use --force to overwrite it, or choose another path with -o)");
  }
  if (path.has_parent_path() && !fs::exists(path.parent_path(), ec)) {
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw write_error(path, "cannot create its folder: " + ec.message());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    throw write_error(path, std::string("cannot write the report: ") + std::strerror(errno));
  out << html;
  out.close();
  if (!out) throw write_error(path, "writing the report failed");
}

}  // namespace parley::report
