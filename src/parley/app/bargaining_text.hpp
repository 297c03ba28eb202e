#pragma once
// The bargaining space for the terminal (`parley bargain`): header, solutions, their packages
// and concessions, and the zone of possible agreement or what would open it.

#include <string>

#include "parley/app/bargaining.hpp"

namespace parley::app {

// The whole printout: a header table (parties, issues, levels, packages, frontier, time), the
// solutions, their packages in words, the concessions, and the ZOPA (size, sample, or the
// relaxations that would open it). `title` heads it (the scenario's or domain's name).
std::string render_bargaining(const Bargaining& bargaining, const std::string& title);

}  // namespace parley::app
