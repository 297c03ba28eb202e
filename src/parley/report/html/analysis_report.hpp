#pragma once
// The HTML report of a whole analysis.

#include "parley/analysis/analysis.hpp"
#include "parley/report/html/html_report.hpp"

namespace parley::report {

// The sections, each rendered from its view: the red-line collisions, the bargaining space (with
// two or more parties), then the scenario. A new engine adds its view here (docs/architecture.md).
HtmlReport render_report(const analysis::Analysis& analysis);

}  // namespace parley::report
