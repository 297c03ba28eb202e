#pragma once
// What the decision makers of a GMCR model do, in words (the one place that words moves and paths
// for `parley gmcr`, the summary and the HTML report): an option's `name` is an imperative phrase
// ("halt the fighting on the current line"); taken by a decision maker it becomes a clause with
// the name as subject ("Russia halts the fighting on the current line"), withdrawn a clause with
// "no longer" ("European governments no longer keep up military aid to Ukraine").

#include <string>

#include "parley/analysis/gmcr.hpp"

namespace parley::report {

// Whether a decision maker's name reads as plural: its last word ends in 's' (not "ss", "us" or
// "is"), unless it starts with "United " (the United States, the United Nations) — a heuristic.
bool plural_name(const std::string& name);

// The phrase with its first word in the third person singular: "halt the fighting" → "halts the
// fighting", "push" → "pushes", "carry" → "carries", "be" → "is", "have" → "has".
std::string third_person(const std::string& phrase);

// "Russia halts the fighting on the current line"; with `taken` false, "Russia no longer halts
// the fighting on the current line". A plural subject keeps the phrase as it is.
std::string option_clause(const std::string& decision_maker, const std::string& option_phrase,
                          bool taken);

// One decision maker's move, its subject named once: "Ukraine withdraws from … and pledges not to
// join NATO". An option without a name (its name is its id) reads "takes option 'x'" / "drops
// option 'x'"; a move without options (a model known only as a graph) "moves from state 1 to 5".
std::string move_in_words(const analysis::Gmcr& gmcr, const gmcr::Move& move);

// A step (its members' moves joined by "and") and a path (steps joined by ", then "); the empty
// path reads "it is the status quo".
std::string step_in_words(const analysis::Gmcr& gmcr, const gmcr::Step& step);
std::string path_in_words(const analysis::Gmcr& gmcr, const gmcr::Path& path);

}  // namespace parley::report
