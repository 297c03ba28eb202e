#pragma once
// Reading numbers with uncertainty ({value, range, assumption} or a plain value) and reporting
// references to things that do not exist.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/io/detail/scenario_read_context.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::io::detail {

// Reads one point of a scale (a number, an option id) and checks it; nullopt when reported.
using PointReader = std::function<std::optional<double>(const Field&)>;

// An estimate given as a plain value or as {value, range: [low, high], assumption}; the value
// and the range ends are read with `point`. nullopt when absent or wrong (reported).
std::optional<scenario::Estimate> read_estimate(ReadContext& ctx, const Field& field,
                                                const PointReader& point);

// Reports `id` as an unknown `what` ("actor"), suggesting the nearest of `known`.
void report_unknown(ReadContext& ctx, const Field& field, const std::string& what,
                    const std::string& id, const std::vector<std::string>& known);

}  // namespace parley::io::detail
