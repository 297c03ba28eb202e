#include "parley/bargain/big_count.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <stdexcept>

#include "parley/core/number_format.hpp"

namespace parley::bargain {
namespace {

using Wide = unsigned __int128;  // one limb × one limb, plus carries, fits

constexpr std::uint64_t kTen19 = 10'000'000'000'000'000'000ull;  // 10^19: the most that fits
constexpr std::size_t kChunkDigits = 19;

// q = limbs / d in place (most significant limb last); returns the remainder.
std::uint64_t divide_in_place(std::vector<std::uint64_t>& limbs, std::uint64_t d) {
  Wide remainder = 0;
  for (std::size_t k = limbs.size(); k-- > 0;) {
    const Wide current = (remainder << 64) | limbs[k];
    limbs[k] = static_cast<std::uint64_t>(current / d);
    remainder = current % d;
  }
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  return static_cast<std::uint64_t>(remainder);
}

}  // namespace

void BigCount::throw_negative() {
  throw std::domain_error("BigCount: a count cannot be negative");
}

void BigCount::assign_limbs(std::vector<std::uint64_t> limbs) {
  while (limbs.size() > 1 && limbs.back() == 0) limbs.pop_back();
  low_ = limbs.empty() ? 0 : limbs[0];
  high_.assign(limbs.begin() + (limbs.empty() ? 0 : 1), limbs.end());
}

BigCount::BigCount(std::string_view decimal) {
  if (decimal.empty()) throw std::invalid_argument("BigCount: no digits");
  for (const char c : decimal)
    if (c < '0' || c > '9')
      throw std::invalid_argument("BigCount: not a decimal digit in \"" + std::string(decimal) +
                                  "\"");
  // Chunks of up to 19 digits, most significant first: n = n · 10^len + chunk.
  std::size_t first = decimal.size() % kChunkDigits;
  if (first == 0) first = kChunkDigits;
  for (std::size_t at = 0, len = first; at < decimal.size(); at += len, len = kChunkDigits) {
    std::uint64_t chunk = 0, scale = 1;
    for (std::size_t k = at; k < at + len; ++k) {
      chunk = chunk * 10 + static_cast<std::uint64_t>(decimal[k] - '0');
      scale *= 10;
    }
    *this *= scale;
    *this += chunk;
  }
}

BigCount& BigCount::operator+=(const BigCount& b) {
  if (fits_u64() && b.fits_u64()) {  // the common case: no allocation unless it carries
    const std::uint64_t sum = low_ + b.low_;
    if (sum < low_) high_.push_back(1);
    low_ = sum;
    return *this;
  }
  const std::size_t n = std::max(limb_count(), b.limb_count());
  std::vector<std::uint64_t> sum(n + 1, 0);
  std::uint64_t carry = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const Wide s =
        Wide{k < limb_count() ? limb(k) : 0} + (k < b.limb_count() ? b.limb(k) : 0) + carry;
    sum[k] = static_cast<std::uint64_t>(s);
    carry = static_cast<std::uint64_t>(s >> 64);
  }
  sum[n] = carry;
  assign_limbs(std::move(sum));
  return *this;
}

BigCount& BigCount::operator*=(const BigCount& b) {
  if (fits_u64() && b.fits_u64()) {
    const Wide p = Wide{low_} * b.low_;
    low_ = static_cast<std::uint64_t>(p);
    if (const auto carry = static_cast<std::uint64_t>(p >> 64); carry != 0) high_.push_back(carry);
    return *this;
  }
  // Schoolbook: product[i + j] += a_i · b_j with carries. Each step is at most
  // (2^64 − 1)^2 + 2 (2^64 − 1) = 2^128 − 1, so it fits Wide.
  const std::size_t n = limb_count(), m = b.limb_count();
  std::vector<std::uint64_t> product(n + m, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t a_i = limb(i);
    std::uint64_t carry = 0;
    for (std::size_t j = 0; j < m; ++j) {
      const Wide t = Wide{a_i} * b.limb(j) + product[i + j] + carry;
      product[i + j] = static_cast<std::uint64_t>(t);
      carry = static_cast<std::uint64_t>(t >> 64);
    }
    product[i + m] = carry;
  }
  assign_limbs(std::move(product));
  return *this;
}

BigCount& BigCount::operator<<=(std::size_t bits) {
  if (*this == 0) return *this;
  const std::size_t whole = bits / 64, part = bits % 64, n = limb_count();
  std::vector<std::uint64_t> shifted(n + whole + 1, 0);
  for (std::size_t k = 0; k < n; ++k) {
    shifted[k + whole] |= limb(k) << part;
    if (part != 0) shifted[k + whole + 1] |= limb(k) >> (64 - part);
  }
  assign_limbs(std::move(shifted));
  return *this;
}

std::strong_ordering operator<=>(const BigCount& a, const BigCount& b) {
  if (a.limb_count() != b.limb_count()) return a.limb_count() <=> b.limb_count();
  for (std::size_t k = a.limb_count(); k-- > 0;)
    if (a.limb(k) != b.limb(k)) return a.limb(k) <=> b.limb(k);
  return std::strong_ordering::equal;
}

std::uint64_t BigCount::to_u64() const {
  if (!fits_u64()) throw std::overflow_error("BigCount: " + str() + " does not fit 64 bits");
  return low_;
}

double BigCount::to_double() const {
  double out = static_cast<double>(low_);
  int shift = 64;
  for (const std::uint64_t limb : high_) {
    out += static_cast<double>(std::ldexp(static_cast<long double>(limb), shift));
    shift += 64;
  }
  return out;
}

std::string BigCount::str() const {
  if (fits_u64()) return std::to_string(low_);
  // Chunks of 19 digits, least significant first; all but the most significant zero-padded.
  std::vector<std::uint64_t> rest(limb_count());
  for (std::size_t k = 0; k < rest.size(); ++k) rest[k] = limb(k);
  std::vector<std::uint64_t> chunks;
  while (!rest.empty()) chunks.push_back(divide_in_place(rest, kTen19));
  std::string out = std::to_string(chunks.back());
  for (std::size_t k = chunks.size() - 1; k-- > 0;) {
    const std::string chunk = std::to_string(chunks[k]);
    out.append(kChunkDigits - chunk.size(), '0');
    out.append(chunk);
  }
  return out;
}

std::ostream& operator<<(std::ostream& out, const BigCount& n) {
  return out << n.str();
}

std::string with_thousands_separators(const BigCount& n) {
  return group_thousands(n.str());
}

std::string scientific(const BigCount& n, int digits) {
  if (n < 1000) return n.str();
  if (digits < 0) digits = 0;
  const std::string s = n.str();
  int exponent = static_cast<int>(s.size()) - 1;
  const std::size_t keep = static_cast<std::size_t>(digits) + 1;
  std::string m = s.substr(0, keep);
  if (s.size() > keep && s[keep] >= '5') {  // round half up: add 1 to the kept digits
    std::size_t k = m.size();
    while (k > 0 && m[k - 1] == '9') m[--k] = '0';
    if (k > 0)
      ++m[k - 1];
    else
      m.insert(m.begin(), '1');
  }
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
