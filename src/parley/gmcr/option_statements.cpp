#include "parley/gmcr/option_statements.hpp"

#include <algorithm>
#include <bit>
#include <utility>

#include <fmt/format.h>

#include "parley/core/diagnostic.hpp"

namespace parley::gmcr {

Statement Statement::taken(std::size_t option) {
  Statement s;
  s.kind = Kind::option;
  s.option = option;
  return s;
}

Statement Statement::negation(Statement statement) {
  Statement s;
  s.kind = Kind::negation;
  s.operands.push_back(std::move(statement));
  return s;
}

Statement Statement::conjunction(std::vector<Statement> operands) {
  Statement s;
  s.kind = Kind::conjunction;
  s.operands = std::move(operands);
  return s;
}

Statement Statement::disjunction(std::vector<Statement> operands) {
  Statement s;
  s.kind = Kind::disjunction;
  s.operands = std::move(operands);
  return s;
}

Statement Statement::implication(Statement then, Statement condition) {
  Statement s;
  s.kind = Kind::implication;
  s.operands.push_back(std::move(then));
  s.operands.push_back(std::move(condition));
  return s;
}

bool holds(const Statement& statement, Pattern pattern) {
  switch (statement.kind) {
    case Statement::Kind::option:
      return statement.option < kMaxOptions && ((pattern >> statement.option) & 1U) != 0;
    case Statement::Kind::negation:
      return !holds(statement.operands.at(0), pattern);
    case Statement::Kind::conjunction:
      return std::all_of(statement.operands.begin(), statement.operands.end(),
                         [pattern](const Statement& s) { return holds(s, pattern); });
    case Statement::Kind::disjunction:
      return std::any_of(statement.operands.begin(), statement.operands.end(),
                         [pattern](const Statement& s) { return holds(s, pattern); });
    case Statement::Kind::implication:
      return holds(statement.operands.at(0), pattern) || !holds(statement.operands.at(1), pattern);
  }
  return false;
}

Pattern options_in(const Statement& statement) {
  if (statement.kind == Statement::Kind::option) {
    return statement.option < kMaxOptions ? Pattern{1} << statement.option : 0;
  }
  Pattern mask = 0;
  for (const Statement& s : statement.operands) mask |= options_in(s);
  return mask;
}

namespace {

bool taken(Pattern pattern, std::size_t option) {
  return option < kMaxOptions && ((pattern >> option) & 1U) != 0;
}

Pattern mask_of(const std::vector<std::size_t>& options) {
  Pattern mask = 0;
  for (const std::size_t k : options) {
    if (k < kMaxOptions) mask |= Pattern{1} << k;
  }
  return mask;
}

}  // namespace

bool allows(const FeasibilityRule& rule, Pattern pattern) {
  switch (rule.kind) {
    case FeasibilityRule::Kind::infeasible:
      return !holds(rule.statement, pattern);
    case FeasibilityRule::Kind::mutually_exclusive:
      return std::popcount(pattern & mask_of(rule.options)) <= 1;
    case FeasibilityRule::Kind::at_least_one:
      return (pattern & mask_of(rule.options)) != 0;
    case FeasibilityRule::Kind::needs: {
      const Pattern needed = mask_of(rule.options);
      return !taken(pattern, rule.option) || (pattern & needed) == needed;
    }
  }
  return true;
}

Pattern options_in(const FeasibilityRule& rule) {
  switch (rule.kind) {
    case FeasibilityRule::Kind::infeasible:
      return options_in(rule.statement);
    case FeasibilityRule::Kind::needs:
      return mask_of(rule.options) | mask_of({rule.option});
    default:
      return mask_of(rule.options);
  }
}

namespace {

// Depth-first search over the patterns, fixing option n − 1 first and option 0 last, "not taken"
// before "taken": the patterns come out in increasing order. A rule is checked at the option of
// lowest index it mentions, when all of its options are fixed.
class FeasibleSearch {
 public:
  FeasibleSearch(std::size_t option_count, const std::vector<FeasibilityRule>& rules,
                 std::size_t rule_count, std::size_t limit, bool first_only, std::size_t* budget)
      : option_count_(option_count),
        checked_at_(option_count),
        limit_(limit),
        first_only_(first_only),
        budget_(budget) {
    for (std::size_t r = 0; r < rule_count; ++r) {
      const Pattern mask = options_in(rules[r]);
      // A rule over options beyond option_count only (never taken) is decided at the start.
      if (mask == 0 || static_cast<std::size_t>(std::countr_zero(mask)) >= option_count) {
        constant_.push_back(&rules[r]);
      } else {
        checked_at_[static_cast<std::size_t>(std::countr_zero(mask))].push_back(&rules[r]);
      }
    }
  }

  std::vector<Pattern> run() {
    const bool ok = std::all_of(constant_.begin(), constant_.end(),
                                [](const FeasibilityRule* rule) { return allows(*rule, 0); });
    if (ok) visit(option_count_, 0);
    return std::move(found_);
  }

 private:
  // Options 0 … unfixed − 1 are not fixed yet; the others are as in `pattern`.
  void visit(std::size_t unfixed, Pattern pattern) {
    if (done_) return;
    if (*budget_ == 0) {
      throw LimitError(fmt::format(
          "finding the feasible states took more than {} steps; state the feasibility rules "
          "over fewer options",
          kMaxFeasibilitySearch));
    }
    --*budget_;
    if (unfixed == 0) {
      found_.push_back(pattern);
      if (found_.size() > limit_) {
        throw LimitError(fmt::format(
            "the feasibility rules leave more than {} feasible states; add rules or options' "
            "dependencies, or split the conflict",
            limit_));
      }
      if (first_only_) done_ = true;
      return;
    }
    const std::size_t option = unfixed - 1;
    for (const Pattern bit : {Pattern{0}, Pattern{1} << option}) {
      const Pattern next = pattern | bit;
      const auto& rules = checked_at_[option];
      if (std::all_of(rules.begin(), rules.end(),
                      [next](const FeasibilityRule* rule) { return allows(*rule, next); })) {
        visit(option, next);
      }
      if (done_) return;
    }
  }

  std::size_t option_count_;
  std::vector<std::vector<const FeasibilityRule*>> checked_at_;  // by lowest option mentioned
  std::vector<const FeasibilityRule*> constant_;                 // rules mentioning no option
  std::size_t limit_;
  bool first_only_;
  bool done_ = false;
  std::size_t* budget_;  // steps left, shared by the searches of one call
  std::vector<Pattern> found_;
};

}  // namespace

std::vector<Pattern> feasible_states(std::size_t option_count,
                                     const std::vector<FeasibilityRule>& rules, std::size_t limit) {
  option_count = std::min(option_count, kMaxOptions);
  std::size_t budget = kMaxFeasibilitySearch;
  return FeasibleSearch(option_count, rules, rules.size(), limit, false, &budget).run();
}

std::optional<std::size_t> first_emptying_rule(std::size_t option_count,
                                               const std::vector<FeasibilityRule>& rules) {
  option_count = std::min(option_count, kMaxOptions);
  std::size_t budget = kMaxFeasibilitySearch;
  const auto empty_with = [&](std::size_t count) {
    return FeasibleSearch(option_count, rules, count, 1, true, &budget).run().empty();
  };
  if (!empty_with(rules.size())) return std::nullopt;
  // The least count of rules that leaves nothing: rules[0 .. count − 1] empty, fewer not.
  std::size_t low = 0, high = rules.size();  // empty_with(high), and not empty_with(low)
  while (high - low > 1) {
    const std::size_t mid = low + (high - low) / 2;
    (empty_with(mid) ? high : low) = mid;
  }
  return high - 1;
}

std::vector<std::int64_t> priority_payoffs(const std::vector<Statement>& priorities,
                                           const std::vector<Pattern>& states) {
  const std::size_t n = std::min(priorities.size(), kMaxPriorities);
  std::vector<std::int64_t> payoff(states.size(), 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::int64_t weight = std::int64_t{1} << (n - 1 - k);
    for (std::size_t s = 0; s < states.size(); ++s) {
      if (holds(priorities[k], states[s])) payoff[s] += weight;
    }
  }
  return payoff;
}

std::vector<std::int64_t> ranking_payoffs(const std::vector<std::vector<std::size_t>>& ranking,
                                          std::size_t state_count) {
  std::vector<std::int64_t> payoff(state_count, 0);
  std::int64_t value = static_cast<std::int64_t>(ranking.size());
  for (const auto& group : ranking) {
    for (const std::size_t s : group) {
      if (s < state_count) payoff[s] = value;
    }
    --value;
  }
  return payoff;
}

}  // namespace parley::gmcr
