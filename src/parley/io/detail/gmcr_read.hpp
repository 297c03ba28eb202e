#pragma once
// What the readers of GMCR models (parley's YAML model files and gmcr-py's .gmcr files) share:
// statements parsed from text, the feasible states generated from the rules with located errors,
// rankings of states, and the model built from what was read.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/gmcr/model.hpp"
#include "parley/gmcr/option_statements.hpp"
#include "parley/io/detail/scenario_read_context.hpp"
#include "parley/io/gmcr_reader.hpp"

namespace parley::io::detail {

// Where parsing a statement's text went wrong: a message and the 1-based character where.
struct StatementError {
  std::string message;
  std::size_t at = 0;
};

// Parses `text` as a statement over the options `ids` (by id, or by 1-based number): option
// taken, -x (not), x & y (and), x | y (or), x IF y (if y then x), parentheses; '-' binds
// tightest, then '&', then '|', then IF (one IF per level: parenthesize to nest). Returns the
// statement, or the error.
struct ParsedStatement {
  std::optional<gmcr::Statement> statement;
  StatementError error;
};
ParsedStatement parse_statement(std::string_view text, const std::vector<std::string>& ids);

// A statement read from a scalar field; reports a malformed statement or an unknown option at the
// field.
std::optional<gmcr::Statement> read_statement(ReadContext& ctx, const Field& field,
                                              const std::vector<std::string>& ids);

// Whether `text` is written as a pattern: only the letters Y and N and '-'.
bool looks_like_pattern(std::string_view text);

// A pattern over `option_count` options ("Y-N": Y taken, N not, - either): the options it fixes
// and their values; reports a wrong length at the field.
struct PatternSpec {
  gmcr::Pattern fixed = 0;
  gmcr::Pattern taken = 0;
  bool matches(gmcr::Pattern p) const { return (p & fixed) == taken; }
};
std::optional<PatternSpec> read_pattern(ReadContext& ctx, const Field& field,
                                        std::size_t option_count);

// The feasible states of `rules` (io::kMaxGmcrStates at most); reports at the field of the first
// rule that leaves no state (`rule_fields`, one per rule), or at `where` when there are too many.
std::optional<std::vector<gmcr::Pattern>> generate_states(
    ReadContext& ctx, const Field& where, std::size_t option_count,
    const std::vector<gmcr::FeasibilityRule>& rules, const std::vector<Field>& rule_fields);

// A ranking of `states`, most preferred first: each item a state number (1-based), a pattern (when
// `patterns` is true; with '-', every state it matches, tied) or a list of those (tied). Reports a
// state that does not exist, one ranked twice, and the states it leaves out.
std::optional<std::vector<std::vector<std::size_t>>> read_ranking(
    ReadContext& ctx, const Field& field, const std::vector<gmcr::Pattern>& states,
    std::size_t option_count, bool patterns);

// The states a ranking item or payoff key names: a state number (1-based) or a pattern; reports a
// state that does not exist or a pattern no feasible state has.
std::optional<std::vector<std::size_t>> read_state_reference(
    ReadContext& ctx, const Field& field, const std::vector<gmcr::Pattern>& states,
    std::size_t option_count, bool patterns);

// "5 (NNNYN)", "5, 6 and 11 (NNNYN, YNNYN, NNNYY)": states for messages, at most eight.
std::string states_text(const std::vector<std::size_t>& states,
                        const std::vector<gmcr::Pattern>& patterns, std::size_t option_count);

// The bytes of the model file at `path` (16 MiB at most); a missing, unreadable or oversized file,
// or a directory, is an InputError naming the file.
std::string read_model_text(const std::string& path);

// Builds file.model from the specs, the states and each decision maker's payoffs (priorities and
// rankings turned into payoffs here; payoffs as given).
void build_model(GmcrModelFile& file, std::vector<gmcr::Pattern> states);

}  // namespace parley::io::detail
