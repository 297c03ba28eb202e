#include "parley/bargain/package_count.hpp"

#include <cstddef>

namespace parley::bargain {

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

}  // namespace parley::bargain
