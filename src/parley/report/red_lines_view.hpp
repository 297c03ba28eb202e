#pragma once
// The red-line collisions as a view: for the summary of `parley run` and the report alike.

#include <string>
#include <vector>

#include "parley/analysis/red_lines.hpp"
#include "parley/report/table.hpp"
#include "parley/report/view.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// What an actor accepts, in words: "≤ 100,000", "≥ 200,000", "50,000–100,000", "neutral",
// "anything" (option issues use option ids).
std::string accepts_text(const scenario::Issue& issue, const scenario::Interval& accepts);

// One row per collision: issue, the low side ("RUS ≤ 100,000"), the high side, the gap
// ("100,000 soldiers", or "2 steps" on option issues).
Table red_line_table(const scenario::Scenario& scenario,
                     const std::vector<analysis::RedLineCollision>& collisions);

// A sentence for when there is nothing in the table: no red lines at all, or none collide.
std::string no_collisions_text(const scenario::Scenario& scenario);

// Section "red-lines": what a collision is and the table, or the sentence above.
View red_lines_view(const scenario::Scenario& scenario,
                    const std::vector<analysis::RedLineCollision>& collisions);

}  // namespace parley::report
