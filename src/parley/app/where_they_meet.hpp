#pragma once
// The short bargaining part of `parley run`'s summary: where the parties could meet, and on
// which issues the two main parties stand furthest apart.

#include <string>

#include "parley/app/bargaining.hpp"
#include "parley/report/table.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::app {

// "Where they could meet": packages, frontier size, ZOPA size, the issues where the Nash
// package (d = reservation) departs from each party's ideal, and each party's concession.
std::string where_they_meet_text(const Bargaining& bargaining);

// "Furthest apart": per issue, the distance between the ideals of the two main parties (the two
// parties with the highest capability) as a share of the scale, with their saliences; top 5.
// Empty when the scenario has fewer than two parties.
report::Table furthest_apart_table(const scenario::Scenario& scenario, std::size_t top = 5);

}  // namespace parley::app
