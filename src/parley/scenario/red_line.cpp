#include "parley/scenario/red_line.hpp"

#include <algorithm>
#include <cmath>

namespace parley::scenario {

namespace {

bool listed(const End& end, const std::string& actor) {
  return std::find(end.favoured_by.begin(), end.favoured_by.end(), actor) != end.favoured_by.end();
}

}  // namespace

double scale_tolerance(const Issue& issue) {
  const double range = issue.scale_max() - issue.scale_min();
  return kScaleTolerance * (range > 0 ? range : 1.0);
}

FavouredEnd favoured_end(const Issue& issue, const std::string& actor) {
  if (listed(issue.high, actor)) return FavouredEnd::high;
  if (listed(issue.low, actor)) return FavouredEnd::low;
  return FavouredEnd::none;
}

AcceptedSide accepted_side(const Issue& issue, const Position& position) {
  if (!position.red_line) return AcceptedSide::whole_scale;
  const double red = position.red_line->value;
  const double ideal = position.ideal.value;
  if (red < ideal) return AcceptedSide::at_or_above;
  if (red > ideal) return AcceptedSide::at_or_below;
  switch (favoured_end(issue, position.actor)) {
    case FavouredEnd::high:
      return AcceptedSide::at_or_above;
    case FavouredEnd::low:
      return AcceptedSide::at_or_below;
    case FavouredEnd::none:
      break;
  }
  return AcceptedSide::only_the_line;
}

Interval acceptable_range(const Issue& issue, const Position& position) {
  const double low = issue.scale_min();
  const double high = issue.scale_max();
  const double red = position.red_line ? position.red_line->value : 0.0;
  switch (accepted_side(issue, position)) {
    case AcceptedSide::whole_scale:
      return {low, high};
    case AcceptedSide::at_or_above:
      return {red, high};
    case AcceptedSide::at_or_below:
      return {low, red};
    case AcceptedSide::only_the_line:
      break;
  }
  return {red, red};
}

bool accepts(const Issue& issue, const Position& position, double x) {
  if (!position.red_line) return true;
  const Interval range = acceptable_range(issue, position);
  const double tol = scale_tolerance(issue);
  return x >= range.low - tol && x <= range.high + tol;
}

}  // namespace parley::scenario
