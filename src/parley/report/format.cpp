#include "parley/report/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace parley::report {

namespace {

std::string group_thousands(const std::string& digits) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string format_number(double value, int decimals) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  std::string text = fmt::format("{:.{}f}", std::fabs(value), std::max(decimals, 0));
  std::string fraction;
  if (const auto dot = text.find('.'); dot != std::string::npos) {
    fraction = text.substr(dot + 1);
    text.resize(dot);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = group_thousands(text);
  if (!fraction.empty()) out += "." + fraction;
  const bool zero = out == "0";
  return (value < 0 && !zero) ? "-" + out : out;
}

std::string format_estimate(const scenario::Estimate& estimate) {
  std::string out = format_number(estimate.value);
  if (!estimate.range) return out;
  const double below = estimate.value - estimate.range->low;
  const double above = estimate.range->high - estimate.value;
  if (below == 0 && above == 0) return out;
  if (std::fabs(below - above) <= 1e-9 * std::max(1.0, std::fabs(estimate.value))) {
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
