#pragma once
// Parsing a scenario's text as exactly one YAML document, with yaml-cpp's errors turned into
// located diagnostics.

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

namespace parley::io::detail {

// The one YAML document in `text` (a null node when there is none). Throws InputError on a
// syntax error, on nesting too deep for the parser, and on anything after the first document
// (a second document or stray tokens such as a ',' after a top-level flow collection).
// Uses yaml-cpp's Load and a single look-ahead instead of LoadAll, which loops forever on
// input such as "{},".
YAML::Node parse_one_document(std::string_view text, const std::string& name);

}  // namespace parley::io::detail
