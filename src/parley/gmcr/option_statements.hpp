#pragma once
// Statements about options, as GMCR II and GMCR+ take them (docs/gmcr.md, "The model file"): which
// combinations of options are feasible, and each decision maker's preferences by option
// prioritization. A statement is an option taken, or statements joined by not (-), and (&), or (|)
// and if-then (IF). The feasible states are generated from feasibility rules, and a prioritization
// turns into an ordinal payoff per state by GMCR+'s rule.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "parley/gmcr/model.hpp"

namespace parley::gmcr {

// A statement over the options of a model, true or false in each state.
struct Statement {
  enum class Kind {
    option,       // option `option` is taken
    negation,     // operands[0] does not hold
    conjunction,  // every operand holds (two or more)
    disjunction,  // some operand holds (two or more)
    implication,  // "operands[0] IF operands[1]": operands[0] holds, or operands[1] does not
  };
  Kind kind = Kind::option;
  std::size_t option = 0;           // Kind::option: the option's index
  std::vector<Statement> operands;  // the other kinds, as described above

  static Statement taken(std::size_t option);
  static Statement negation(Statement statement);
  static Statement conjunction(std::vector<Statement> operands);
  static Statement disjunction(std::vector<Statement> operands);
  static Statement implication(Statement then, Statement condition);

  bool operator==(const Statement&) const = default;
};

// Whether `statement` holds in the state with pattern `pattern`. O(size of the statement).
bool holds(const Statement& statement, Pattern pattern);

// The options `statement` mentions, as a mask over patterns.
Pattern options_in(const Statement& statement);

// A rule that some combinations of options break; the feasible states are the patterns that
// break none.
struct FeasibilityRule {
  enum class Kind {
    infeasible,          // the states where `statement` holds are infeasible
    mutually_exclusive,  // at most one of `options` is taken
    at_least_one,        // at least one of `options` is taken
    needs,               // when `option` is taken, so is each of `options` ("requires")
  };
  Kind kind = Kind::infeasible;
  Statement statement;               // infeasible
  std::vector<std::size_t> options;  // the others (indices)
  std::size_t option = 0;            // needs

  bool operator==(const FeasibilityRule&) const = default;
};

// Whether the state with pattern `pattern` breaks none of `rule`'s conditions.
bool allows(const FeasibilityRule& rule, Pattern pattern);

// The options `rule` mentions, as a mask.
Pattern options_in(const FeasibilityRule& rule);

// The most patterns the search of feasible_states visits before giving up (throws LimitError):
// rules that leave no feasible state among 2^60 patterns only after the last option is known would
// otherwise search for ever.
inline constexpr std::size_t kMaxFeasibilitySearch = std::size_t{1} << 26;

// The patterns over `option_count` options (at most kMaxOptions) that every rule allows, in
// increasing order of the pattern as a number (option 0 the lowest bit: GMCR+'s numbering of the
// states). Throws LimitError when there are more than `limit` of them, or when the search visits
// more than kMaxFeasibilitySearch partial patterns. The search fixes the options from the last to
// the first, and checks each rule as soon as every option it mentions is fixed: O(visited ×
// rules × rule size).
std::vector<Pattern> feasible_states(std::size_t option_count,
                                     const std::vector<FeasibilityRule>& rules, std::size_t limit);

// When `rules` leave no feasible state: the first rule r such that rules[0..r] already leave
// none; nullopt when some state is feasible. A binary search over prefixes, each a search that
// stops at the first feasible state; throws LimitError when they visit more than
// kMaxFeasibilitySearch partial patterns in all.
std::optional<std::size_t> first_emptying_rule(std::size_t option_count,
                                               const std::vector<FeasibilityRule>& rules);

// The most statements a prioritization may have: the weights 2^(n−k) and their sums fit an
// int64_t.
inline constexpr std::size_t kMaxPriorities = 62;

// Option prioritization as GMCR+ ranks states: with n statements, most important first, statement
// k (1-based) weighs 2^(n−k), and a state's payoff is the sum of the weights of the statements that
// hold in it (so a state that satisfies a statement beats every state that satisfies only the
// statements after it). One payoff per state of `states`. Requires n ≤ kMaxPriorities.
// O(states × size of the statements).
std::vector<std::int64_t> priority_payoffs(const std::vector<Statement>& priorities,
                                           const std::vector<Pattern>& states);

// A ranking as payoffs: `ranking` lists groups of state indices, most preferred first, the states
// of a group tied; the last group gets payoff 1 and each group before it one more. Requires every
// state of 0 … state_count − 1 in exactly one group.
std::vector<std::int64_t> ranking_payoffs(const std::vector<std::vector<std::size_t>>& ranking,
                                          std::size_t state_count);

}  // namespace parley::gmcr
