#include "parley/bargain/package_count.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace parley::bargain {
namespace {

// Decimal digits of n >= 0 by chunks of 10^18 (cpp_int::str() trips GCC 12's -Wrestrict).
std::string decimal(BigCount n) {
  if (n == 0) return "0";
  const BigCount chunk = 1000000000000000000ull;
  std::vector<std::uint64_t> parts;
  while (n > 0) {
    parts.push_back(static_cast<std::uint64_t>(n % chunk));
    n /= chunk;
  }
  std::string out = std::to_string(parts.back());
  for (std::size_t k = parts.size() - 1; k-- > 0;) {
    const std::string part = std::to_string(parts[k]);
    out.append(18 - part.size(), '0');
    out.append(part);
  }
  return out;
}

}  // namespace

BigCount package_count(const AdditiveSpace& space) {
  BigCount n = 1;
  for (std::size_t i = 0; i < space.issue_count(); ++i) n *= space.level_count(i);
  return n;
}

BigCount acceptable_package_count(const AdditiveSpace& space) {
  BigCount n = 1;
  const std::size_t parties = space.party_count();
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    std::size_t ok = 0;
    for (std::size_t l = 0; l < space.level_count(i); ++l) {
      bool all = true;
      for (std::size_t p = 0; p < parties; ++p) all = all && space.is_acceptable(i, l, p);
      ok += all ? 1 : 0;
    }
    n *= ok;
  }
  return n;
}

std::string with_thousands_separators(const BigCount& n) {
  std::string digits = decimal(n < 0 ? BigCount(-n) : n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  if (n < 0) out.push_back('-');
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out.push_back(',');
    out.push_back(digits[k]);
  }
  return out;
}

std::string scientific(const BigCount& n, int digits) {
  if (n < 0) {
    std::string out(1, '-');
    out.append(scientific(BigCount(-n), digits));
    return out;
  }
  if (n < 1000) return decimal(n);
  if (digits < 0) digits = 0;
  std::string s = decimal(n);
  int exponent = static_cast<int>(s.size()) - 1;
  const std::size_t keep = static_cast<std::size_t>(digits) + 1;
  BigCount mantissa(s.substr(0, keep));
  if (s.size() > keep && s[keep] >= '5') mantissa += 1;  // round half up
  std::string m = decimal(mantissa);
  if (m.size() > keep) {  // 9.99 rounded to 10.0
    m.pop_back();
    ++exponent;
  }
  std::string out(1, m[0]);
  if (digits > 0) {
    out.push_back('.');
    out.append(m, 1, std::string::npos);
  }
  out.append("e+");
  out.append(std::to_string(exponent));
  return out;
}

}  // namespace parley::bargain
