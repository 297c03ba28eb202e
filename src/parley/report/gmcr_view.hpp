#pragma once
// "Which outcomes would hold": a Graph Model for Conflict Resolution analysis as a section of
// `parley gmcr` (and of the HTML report when it has one): the options, the feasible states as Y/N
// patterns, each state's rank and stability for every decision maker under the concepts asked
// for, and the equilibria, each described by the options taken there. Every table fits
// kTextWidth columns: with many options the states' columns are headed by option numbers, then
// the pattern is one column; with many decision makers the stability table is split.

#include <cstddef>
#include <string>
#include <vector>

#include "parley/analysis/gmcr.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// The most states the text tables list (the JSON lists all).
inline constexpr std::size_t kMaxGmcrStateRows = 200;
// The most equilibria described in words.
inline constexpr std::size_t kMaxGmcrDescribedStates = 50;
// Beyond this many states the text tables show only the status quo and the equilibria, unless
// every state is asked for (`parley gmcr --all-states`).
inline constexpr std::size_t kMaxGmcrStatesListedByDefault = 32;

struct GmcrViewOptions {
  bool all_states = false;  // every state's row (up to kMaxGmcrStateRows), however many
};

// A concept's name for people ("Nash", "GMR", "SMR", "SEQ") and its mark in the stability table
// ('N', 'G', 'S', 'Q').
const char* concept_label(gmcr::SolutionConcept concept_);
char concept_mark(gmcr::SolutionConcept concept_);

// State s's pattern: one letter per option, Y taken, N not.
std::string state_pattern(const analysis::Gmcr& gmcr, std::size_t state);

// What is done in state s, in words: "Uniroyal Chemical: abandon its Elmira plant · no option
// taken: Ministry of the Environment, Local government".
std::string state_in_words(const analysis::Gmcr& gmcr, std::size_t state);

// The states the tables list: every state (up to kMaxGmcrStateRows) with all_states or up to
// kMaxGmcrStatesListedByDefault states, else the status quo and the equilibria.
std::vector<std::size_t> gmcr_listed_states(const analysis::Gmcr& gmcr,
                                            const GmcrViewOptions& options);

// The status quo analysis in words: the status quo, the states reachable from it, and for each
// equilibrium the path from the status quo (or "not reachable by improvements"). Empty when the
// model names no status quo.
std::string gmcr_status_quo_text(const analysis::Gmcr& gmcr);

View gmcr_view(const analysis::Gmcr& gmcr, const GmcrViewOptions& options = {});

// "Which outcomes would hold", short, for `parley run`'s summary and HTML report: the model in a
// line, the status quo, per concept (Nash, GMR, SMR, SEQ) its equilibria described by the options
// taken (at most kMaxOutcomesPerConcept each) with the path from the status quo in words, and in
// HTML the state-transition picture (html/gmcr_chart.hpp). Render it while `gmcr` lives.
inline constexpr std::size_t kMaxOutcomesPerConcept = 4;
View gmcr_outcomes_view(const analysis::Gmcr& gmcr);

}  // namespace parley::report
