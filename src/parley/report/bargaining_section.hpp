#pragma once
// The report's bargaining section: where the parties could meet.

#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/bargain/frontier.hpp"
#include "parley/bargain/solutions.hpp"
#include "parley/bargain/zopa.hpp"
#include "parley/report/html_report.hpp"

namespace parley::report {

// Section "bargaining": the size of the space, the frontier plot (frontier_chart), the
// solutions and their concessions, the solution packages in words, and the zone of possible
// agreement with a sample of it, or the relaxations that would open it.
Section bargaining_section(const bargain::AdditiveSpace& space, const bargain::Frontier& frontier,
                           const std::vector<bargain::Solution>& solutions,
                           const bargain::Zopa& zopa);

}  // namespace parley::report
