#pragma once
// The tables `parley show` prints: actors, issues, and the actor × issue position matrix.

#include <string>

#include "parley/report/table.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// Actors: id, name, role, capability (± range, '*' when assumed), reservation, aliases.
Table actors_table(const scenario::Scenario& scenario);

// Issues: id, kind, scale ("0–300,000 soldiers", "5 options: a … e"), the two ends with
// the actors that favour them.
Table issues_table(const scenario::Scenario& scenario);

// Positions as a matrix, one cell per actor and issue (see position_cell). Rows are actors and
// columns issues, transposed (rows issues, columns actors) when there are more issues than
// actors.
Table positions_table(const scenario::Scenario& scenario);

// One position as a matrix cell: "85,000 (0.9)!*" — the ideal point, the salience, '!' when
// it has a red line, '*' when the position, its ideal or its red line is the analyst's
// assumption (saliences are judgments throughout, so they do not count).
std::string position_cell(const scenario::Issue& issue, const scenario::Position& position);

// Who stands behind a piece of evidence, in words: "direct: Vladimir Putin, 2024-06",
// "reported by three Russian sources, 2025-05", "reported" (nobody named), "" when unstated;
// then the figure it states ("23,000 km2") and "weak support" where marked.
std::string evidence_attribution(const scenario::Evidence& evidence);

// The line under the position matrix that explains its cells.
std::string positions_legend();

}  // namespace parley::report
