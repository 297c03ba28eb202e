#pragma once
// Escaping text for XML, XHTML and SVG.

#include <string>
#include <string_view>

namespace parley::report {

// `text` with &, <, >, " and ' replaced by entities, safe in element content and in quoted
// attribute values. Control characters other than tab and newline, which XML forbids, become
// U+FFFD.
std::string xml_escape(std::string_view text);

}  // namespace parley::report
