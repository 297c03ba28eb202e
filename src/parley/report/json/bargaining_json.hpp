#pragma once
// The bargaining space as JSON: utilities as numbers, package counts as decimal strings (they
// may exceed 2^53).

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/bargaining.hpp"

namespace parley::report {

// {"parties", "reservation", "issues", "packages", "acceptable_packages", "frontier",
//  "solutions", "zopa", "method", "seconds"}; the frontier's points are listed up to
// `point_limit` ("points_listed" says how many).
nlohmann::ordered_json to_json(const analysis::Bargaining& bargaining,
                               std::size_t point_limit = 10'000);

}  // namespace parley::report
