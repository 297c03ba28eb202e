#pragma once
// The short views of `parley run`'s summary: who is at the table, where the parties could meet,
// and on which issues the two main parties stand furthest apart.

#include <cstddef>
#include <string>

#include "parley/analysis/bargaining.hpp"
#include "parley/report/table.hpp"
#include "parley/report/view.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::report {

// "7 actors · 19 issues · 63 positions (21 inferred)": inferred positions are the analyst's
// assumption as a whole.
std::string counts_line(const scenario::Scenario& scenario);

// The scenario's title, "as of <date> · <counts>", and a row per role that has actors:
// "Parties     RUS Russia · UKR Ukraine".
View actors_at_the_table_view(const scenario::Scenario& scenario);

// "Where they could meet": packages, frontier size, ZOPA size, the issues where the Nash
// package (d = reservation) departs from each party's ideal, and each party's concession.
View where_they_meet_view(const analysis::Bargaining& bargaining);

// "Furthest apart": per issue, the distance between the ideals of the two main parties (the two
// parties with the highest capability) as a share of the scale, with their saliences; top 5.
// Empty when the scenario has fewer than two parties.
Table furthest_apart_table(const scenario::Scenario& scenario, std::size_t top = 5);

}  // namespace parley::report
