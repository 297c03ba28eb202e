#pragma once
// The Graph Model for Conflict Resolution in option form (docs/gmcr.md; Fang, Hipel & Kilgour,
// "Interactive Decision Making: The Graph Model for Conflict Resolution", Wiley 1993): decision
// makers, the options each controls, the feasible states as patterns of options taken, options
// that may be taken or withdrawn only one way, and each decision maker's ordinal preference as a
// payoff per state. Moves are not stored: graph_of (graph.hpp) generates them from the options.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace parley::gmcr {

// The most options a model may have: a state's pattern is one 64-bit word.
inline constexpr std::size_t kMaxOptions = 64;

// Which way an option may change in a move (an irreversible option goes one way only).
enum class Reversibility {
  reversible,     // taken or withdrawn
  only_take,      // N → Y only: once taken it stays taken ("irreversible N->Y")
  only_withdraw,  // Y → N only: once withdrawn it stays withdrawn
};

// An option (a course of action) controlled by exactly one decision maker.
struct Option {
  std::string name;
  std::size_t decision_maker = 0;  // index into Model::decision_makers
  Reversibility reversibility = Reversibility::reversible;
};

// A decision maker with its ordinal preference: one payoff per feasible state, higher is better;
// equal payoffs are states it is indifferent between. Only the order matters.
struct DecisionMaker {
  std::string name;
  std::vector<std::int64_t> payoff;  // one per state of Model::states
};

// A state's pattern: bit k set when option k is taken.
using Pattern = std::uint64_t;

struct Model {
  std::string name;
  std::vector<DecisionMaker> decision_makers;
  std::vector<Option> options;
  std::vector<Pattern> states;  // the feasible states, numbered by their index here (0-based)
};

// The options a decision maker controls, as a mask over patterns.
Pattern options_of(const Model& model, std::size_t decision_maker);

// Whether option `option` may change from `before` to `after` in a move (true when they are equal).
bool may_change(const Option& option, bool before, bool after);

// Throws InputError with one Diagnostic per problem (fields such as "options[3].decision_maker"):
// fewer than two decision makers, no state, more than kMaxOptions options, an option whose decision
// maker does not exist, a decision maker without an option, a pattern using an option that does
// not exist, two states with the same pattern, or a payoff list whose length is not the number of
// states. O(states log states + decision makers × states).
void validate(const Model& model);

}  // namespace parley::gmcr
