#pragma once
// The report's scenario section: who negotiates, over what, and where each party stands.

#include "parley/report/html_report.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// Section "scenario": the actors and issues tables, then per issue a chart of the positions
// (see issue_chart), a table of them and the evidence they rest on (document, line, note).
Section scenario_section(const scenario::Scenario& scenario);

}  // namespace parley::report
