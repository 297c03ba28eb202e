#pragma once
// Parsing a scenario's text as exactly one YAML document, with yaml-cpp's errors turned into
// located diagnostics.

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <utility>

#include "parley/core/diagnostic.hpp"
#include "parley/io/detail/scenario_read_context.hpp"
#include "parley/io/detail/scenario_text_check.hpp"
#include "parley/io/detail/scenario_tree_check.hpp"

namespace parley::io::detail {

// The one YAML document in `text` (a null node when there is none). Throws InputError on a
// syntax error, on nesting too deep for the parser, and on anything after the first document
// (a second document or stray tokens such as a ',' after a top-level flow collection).
// Uses yaml-cpp's Load and a single look-ahead instead of LoadAll, which loops forever on
// input such as "{},".
YAML::Node parse_one_document(std::string_view text, const std::string& name);

// What `read(ctx, root)` makes of the one YAML document in `text`, after the checks every parley
// YAML file gets (the text's bytes and size, then the tree's depth and size). Every problem the
// reader reports to `ctx`, and a yaml-cpp exception as "cannot read the document", is thrown at
// once as one InputError. The scenario, GMCR model and gmcr-py readers all start here.
template <class Read>
auto read_yaml_document(std::string_view text, const std::string& name, Read&& read) {
  if (auto problem = check_scenario_text(text, name)) throw InputError(*problem);
  const YAML::Node root = parse_one_document(text, name);
  if (auto problem = check_scenario_tree(root, name)) throw InputError(*problem);
  ReadContext ctx(name);
  decltype(std::forward<Read>(read)(ctx, root)) result{};
  try {
    result = std::forward<Read>(read)(ctx, root);
  } catch (const YAML::Exception& e) {
    ctx.report(e.mark, "", "cannot read the document: " + e.msg);
  }
  if (!ctx.diagnostics().empty()) throw InputError(ctx.diagnostics());
  return result;
}

}  // namespace parley::io::detail
