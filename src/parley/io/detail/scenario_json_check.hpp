#pragma once
// A linear-time syntax check for scenario files written as JSON. yaml-cpp 0.7 can spend tens of
// seconds on a few kilobytes of malformed flow-style text (unclosed JSON braces), so JSON input is
// checked with nlohmann's parser first.

#include <string>
#include <string_view>

namespace parley::io::detail {

// True when the first non-blank character opens a JSON object or array.
bool looks_like_json(std::string_view text);

// Throws InputError with the line and column of the first JSON syntax error, if any.
void check_json_syntax(std::string_view text, const std::string& name);

}  // namespace parley::io::detail
