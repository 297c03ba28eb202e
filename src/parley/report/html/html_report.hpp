#pragma once
// The HTML report: one self-contained page (inline CSS and SVG, no scripts, no network),
// written as polyglot XHTML5 so that XML tools can read it too. Each capability of parley
// contributes Sections; the report only lays them out.

#include <filesystem>
#include <string>
#include <vector>

namespace parley::report {

// The comment every parley report carries near its top; write_report only overwrites files
// that have it.
inline constexpr const char* kReportMarker = "<!-- parley report -->";

// One part of the report. `html` is well-formed XHTML content (text already escaped); `id`
// is its anchor (letters, digits, '-', '_') and `title` its heading (plain text).
struct Section {
  std::string id;
  std::string title;
  std::string html;
};

// A report: a title, a line under it (date, counts), and its sections in order.
struct HtmlReport {
  std::string title;
  std::string meta;
  std::vector<Section> sections;
};

// The whole page, starting with <!DOCTYPE html> and the report marker, with a table of
// contents linking to each section.
std::string render_html(const HtmlReport& report);

// Whether the file at `path` starts like a parley report (has kReportMarker in its first
// kilobyte). False when it cannot be read.
bool is_parley_report(const std::filesystem::path& path);

// Writes `html` to `path`, creating parent directories. Throws InputError when `path` is a
// directory, when it is a file that is not a parley report and `force` is false, or when it
// cannot be written.
void write_report(const std::filesystem::path& path, const std::string& html, bool force = false);

}  // namespace parley::report
