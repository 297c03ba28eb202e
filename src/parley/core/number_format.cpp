#include "parley/core/number_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace parley {

std::string group_thousands(std::string_view digits) {
  std::string out;
  if (!digits.empty() && digits.front() == '-') {
    out += '-';
    digits.remove_prefix(1);
  }
  const std::size_t n = digits.size();
  out.reserve(out.size() + n + n / 3);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

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

}  // namespace parley
