#pragma once
// The bargaining space as a view: `parley bargain` prints it, the report's section "bargaining"
// shows it with its charts.

#include <string>

#include "parley/analysis/bargaining.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// Section "bargaining" ("Where they could meet"): a table of the space (parties, reservations,
// issues, levels, utilities, packages, frontier) headed `title`, the wall-clock times (text
// only), the frontier plot and the parallel-coordinates view of the solutions (HTML only), the
// solutions, their packages in words and their concessions, then the zone of possible agreement:
// its size and a sample of it, or the relaxations that would open it.
View bargaining_view(const analysis::Bargaining& bargaining, const std::string& title);

}  // namespace parley::report
