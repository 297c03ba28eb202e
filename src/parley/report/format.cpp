#include "parley/report/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace parley::report {

std::string format_utility(double u) {
  return fmt::format("{:.3f}", u);
}

std::string format_count(const bargain::BigCount& n) {
  const std::string exact = bargain::with_thousands_separators(n);
  if (n < 1000) return exact;
  return exact + " (" + bargain::scientific(n) + ")";
}

std::string format_duration(double seconds) {
  if (seconds < 1e-3) return fmt::format("{:.0f} µs", seconds * 1e6);
  if (seconds < 1) return fmt::format("{:.1f} ms", seconds * 1000);
  return fmt::format("{:.2f} s", seconds);
}

std::string format_estimate(const scenario::Estimate& estimate) {
  std::string out = format_number(estimate.value);
  if (!estimate.range) return out;
  const double below = estimate.value - estimate.range->low;
  const double above = estimate.range->high - estimate.value;
  if (below == 0 && above == 0) return out;
  if (std::fabs(below - above) <= kRoundOff * std::max(1.0, std::fabs(estimate.value))) {
    return out + " ± " + format_number(below);
  }
  return out + " (" + format_number(estimate.range->low) + "–" +
         format_number(estimate.range->high) + ")";
}

std::string format_point(const scenario::Issue& issue, double point) {
  if (issue.kind == scenario::IssueKind::numeric) return format_number(point);
  if (issue.options.empty() || std::isnan(point)) return "?";
  const double last = static_cast<double>(issue.options.size() - 1);
  const auto index = static_cast<std::size_t>(std::lround(std::clamp(point, 0.0, last)));
  return issue.options[index].id;
}

std::string format_point_with_unit(const scenario::Issue& issue, double point) {
  std::string out = format_point(issue, point);
  if (issue.kind == scenario::IssueKind::numeric && !issue.unit.empty()) out += " " + issue.unit;
  return out;
}

std::string format_scale(const scenario::Issue& issue) {
  if (issue.kind == scenario::IssueKind::numeric) {
    std::string out = format_number(issue.min) + "–" + format_number(issue.max);
    return issue.unit.empty() ? out : out + " " + issue.unit;
  }
  const auto& options = issue.options;
  std::string out = fmt::format("{} option{}", options.size(), options.size() == 1 ? "" : "s");
  if (options.empty()) return out;
  out += ": ";
  if (options.size() <= 3) {
    for (std::size_t i = 0; i < options.size(); ++i) out += (i ? ", " : "") + options[i].id;
    return out;
  }
  return out + options.front().id + " … " + options.back().id;
}

}  // namespace parley::report
