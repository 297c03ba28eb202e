#pragma once
// gmcr-py's saved conflicts (.gmcr files, JSON; docs/gmcr.md, "gmcr-py's files") as GMCR model
// files: the options with their permitted direction ("fwd": N → Y only, "back": Y → N only),
// the decision makers with the options they control (by index), the infeasible conditions, and
// each decision maker's preferences, by option prioritization (conditions, most important first)
// or, when the file says useManualPreferenceRanking (useManualPreferenceVectors in older files),
// by its preferenceRanking (preferenceVector) of state numbers.
//
// A condition is a list of [option index, "Y" or "N"] pairs that all hold, or {"compound": true,
// "members": [conditions]} when one of them holds. gmcr-py numbers the options each decision
// maker's in turn and the feasible states in increasing order of their pattern (option 0 the lowest
// bit), as parley does, so the state numbers of a ranking carry over. Ids are made from the names
// (lowercase, '_' for spaces and punctuation, a suffix when two would be the same); the names are
// kept. Misperceptions and coalitions are left out, each with a warning. Every problem is an
// InputError naming the file, line, column and field.

#include <string>
#include <string_view>

#include "parley/io/gmcr_reader.hpp"

namespace parley::io {

// Parses a .gmcr file's text; `name` is the file name used in diagnostics and, without its folder
// and extension, the model's name.
GmcrModelFile read_gmcr_py(std::string_view text, const std::string& name);

// Reads the .gmcr file at `path`.
GmcrModelFile read_gmcr_py_file(const std::string& path);

}  // namespace parley::io
