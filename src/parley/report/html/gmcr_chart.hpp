#pragma once
// The state-transition picture of a GMCR analysis for the HTML report.

#include <string>

#include "parley/analysis/gmcr.hpp"

namespace parley::report {

// The status quo, the equilibria (the Nash ones first, at most eight) and the states on the
// fewest-step paths from the status quo to them, as boxes labelled by the state's number, the
// concepts it is an equilibrium under and the options taken there; arrows for the steps, labelled
// by the decision makers who move. A path of unilateral improvements is drawn solid; an
// equilibrium that improvements do not reach is joined by its shortest path of any moves, dashed.
// Empty when the analysis has no status quo.
std::string gmcr_transition_chart(const analysis::Gmcr& gmcr);

}  // namespace parley::report
