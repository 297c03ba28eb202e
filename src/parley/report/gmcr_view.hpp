#pragma once
// "Which outcomes would hold": a Graph Model for Conflict Resolution analysis as a section of
// `parley gmcr` (and of the HTML report when it has one): the options, the feasible states as Y/N
// patterns, each state's rank and stability for every decision maker under the concepts asked
// for, and the equilibria, each described by the options taken there. Every table fits
// kTextWidth columns: with many options the states' columns are headed by option numbers, then
// the pattern is one column; with many decision makers the stability table is split.

#include <cstddef>
#include <string>

#include "parley/analysis/gmcr.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// The most states the text tables list (the JSON lists all).
inline constexpr std::size_t kMaxGmcrStateRows = 200;
// The most equilibria described in words.
inline constexpr std::size_t kMaxGmcrDescribedStates = 50;

// A concept's name for people ("Nash", "GMR", "SMR", "SEQ") and its mark in the stability table
// ('N', 'G', 'S', 'Q').
const char* concept_label(gmcr::SolutionConcept concept_);
char concept_mark(gmcr::SolutionConcept concept_);

// State s's pattern: one letter per option, Y taken, N not.
std::string state_pattern(const analysis::Gmcr& gmcr, std::size_t state);

// What is done in state s, in words: "Uniroyal Chemical: abandon its Elmira plant · no option
// taken: Ministry of the Environment, Local government".
std::string state_in_words(const analysis::Gmcr& gmcr, std::size_t state);

View gmcr_view(const analysis::Gmcr& gmcr);

}  // namespace parley::report
