#pragma once
// The scenario as a view: `parley show` prints it, the report's section "scenario" shows it with
// a chart, a table and the evidence per issue.

#include "parley/report/view.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// Section "scenario": the description, the actors and issues tables; then in text the
// actor × issue position matrix and what its cells mean; in HTML, per issue, a chart of the
// positions (issue_chart), a table of them and the evidence they rest on (document, line, note).
View scenario_view(const scenario::Scenario& scenario);

}  // namespace parley::report
