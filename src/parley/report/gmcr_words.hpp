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

// The name as it reads inside a sentence, with "the" where English puts it before such a name —
// a heuristic: "United States" → "the United States", "Ministry of the Environment" → "the
// Ministry of the Environment", "Local government" → "the local government" (a common noun with
// only its first letter capitalised); unchanged: a name that already starts with "the", a proper
// name ("Russia", "Uniroyal Chemical"), a plural common noun ("European governments") and an
// acronym ("NATO", "EU"). A capitalised name takes "the" when it starts with "United " or its
// head word (the last word, or the word before " of ") is a common noun of institutions and
// states: Union, Kingdom, Republic, Federation, Ministry, Government, Council, Commission, …
std::string in_sentence(const std::string& name);

// The phrase with its first word in the third person singular: "halt the fighting" → "halts the
// fighting", "push" → "pushes", "carry" → "carries", "be" → "is", "have" → "has".
std::string third_person(const std::string& phrase);

// "Russia halts the fighting on the current line"; with `taken` false, "Russia no longer halts
// the fighting on the current line". A plural subject keeps the phrase as it is; the subject is
// named as in_sentence names it ("the United States eases sanctions").
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
