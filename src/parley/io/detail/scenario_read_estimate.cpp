#include "parley/io/detail/scenario_read_estimate.hpp"

#include <fmt/format.h>

#include "parley/io/detail/scenario_suggest.hpp"

namespace parley::io::detail {

namespace {

std::optional<scenario::Interval> read_range(ReadContext& ctx, const Field& field,
                                             const PointReader& point) {
  if (!field.present()) return std::nullopt;
  if (!field.node.IsSequence() || field.node.size() != 2) {
    const std::string got = field.node.IsSequence()
                                ? fmt::format("a list of {} items", field.node.size())
                                : describe(field.node);
    ctx.report(field, "expected a range [low, high] of two values, got " + got);
    return std::nullopt;
  }
  const auto ends = ctx.items(field);
  const auto low = point(ends[0]);
  const auto high = point(ends[1]);
  if (!low || !high) return std::nullopt;
  if (*low > *high) {
    ctx.report(field, fmt::format("range is reversed: expected [low, high] with low <= high, "
                                  "got [{}, {}]",
                                  ends[0].node.Scalar(), ends[1].node.Scalar()));
    return std::nullopt;
  }
  return scenario::Interval{*low, *high};
}

}  // namespace

std::optional<scenario::Estimate> read_estimate(ReadContext& ctx, const Field& field,
                                                const PointReader& point) {
  if (!field.present()) return std::nullopt;
  if (!field.node.IsMap()) {
    const auto value = point(field);
    if (!value) return std::nullopt;
    return scenario::Estimate{*value, std::nullopt, false};
  }
  if (!ctx.check_map(field, {"value", "range", "assumption"}, {"value"})) return std::nullopt;
  const Field value_field = ReadContext::child(field, "value");
  const Field range_field = ReadContext::child(field, "range");
  const auto value = point(value_field);
  const auto range = read_range(ctx, range_field, point);
  const auto assumption = ctx.flag(ReadContext::child(field, "assumption"));
  if (!value) return std::nullopt;
  if (range && (*value < range->low || *value > range->high)) {
    ctx.report(range_field, fmt::format("range [{}, {}] does not contain the value {}",
                                        range_field.node[0].Scalar(), range_field.node[1].Scalar(),
                                        value_field.node.Scalar()));
    return std::nullopt;
  }
  return scenario::Estimate{*value, range, assumption.value_or(false)};
}

void report_unknown(ReadContext& ctx, const Field& field, const std::string& what,
                    const std::string& id, const std::vector<std::string>& known) {
  std::string message = "unknown " + what + " '" + id + "'";
  const std::string hint = did_you_mean(id, known);
  if (!hint.empty()) {
    message += hint;
  } else if (known.empty()) {
    message += "; the scenario defines no " + what + "s";
  } else {
    std::string list;
    for (const auto& k : nearest(id, known, 5)) list += (list.empty() ? "" : ", ") + k;
    message += "; nearest known " + what + "s: " + list;
  }
  ctx.report(field, message);
}

}  // namespace parley::io::detail
