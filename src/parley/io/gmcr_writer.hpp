#pragma once
// Writing GMCR model files (docs/gmcr.md, "The model file"): what read_gmcr_model reads back to the
// same decision makers, options, rules, preferences and model.

#include <string>
#include <vector>

#include "parley/gmcr/option_statements.hpp"
#include "parley/io/gmcr_reader.hpp"

namespace parley::io {

// The model file as YAML: the decision makers with their options (file.options in model order,
// each decision maker's together) and preferences as stated (priorities as statements, a ranking
// as patterns, payoffs as a list in state order), then the feasibility rules grouped by kind.
std::string write_gmcr_model(const GmcrModelFile& file);

// A statement as text over the option ids ("accept & -delay", "insist IF modify | accept"), with
// the parentheses that make it read back as the same statement.
std::string statement_text(const gmcr::Statement& statement, const std::vector<std::string>& ids);

}  // namespace parley::io
