#include "parley/bargain/additive_space.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace parley::bargain {

void check_consistent(const AdditiveSpace& space) {
  const std::size_t parties = space.party_count();
  if (parties == 0) throw std::invalid_argument("bargaining space has no parties");
  if (space.reservation.size() != parties)
    throw std::invalid_argument("reservation has " + std::to_string(space.reservation.size()) +
                                " values for " + std::to_string(parties) + " parties");
  if (space.contribution.size() != space.issue_count() ||
      space.acceptable.size() != space.issue_count())
    throw std::invalid_argument("contribution/acceptable tables do not match the issue count");
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const auto& axis = space.issues[i];
    const std::size_t levels = axis.level_labels.size();
    if (levels == 0) throw std::invalid_argument("issue '" + axis.id + "' has no levels");
    if (axis.level_points.size() != levels)
      throw std::invalid_argument("issue '" + axis.id + "' has " +
                                  std::to_string(axis.level_points.size()) + " points for " +
                                  std::to_string(levels) + " levels");
    if (space.contribution[i].size() != levels * parties ||
        space.acceptable[i].size() != levels * parties)
      throw std::invalid_argument("issue '" + axis.id + "' tables are not levels × parties");
    for (double v : space.contribution[i])
      if (!std::isfinite(v))
        throw std::invalid_argument("issue '" + axis.id + "' has a non-finite value");
  }
  for (double r : space.reservation)
    if (!std::isfinite(r)) throw std::invalid_argument("a reservation value is not finite");
  if (!std::isfinite(space.tolerance) || space.tolerance < 0)
    throw std::invalid_argument("the tolerance is not a finite number >= 0");
}

std::vector<std::vector<std::uint32_t>> acceptable_levels(const AdditiveSpace& space) {
  std::vector<std::vector<std::uint32_t>> out(space.issue_count());
  for (std::size_t i = 0; i < space.issue_count(); ++i)
    for (std::size_t l = 0; l < space.level_count(i); ++l) {
      bool ok = true;
      for (std::size_t p = 0; p < space.party_count(); ++p) ok = ok && space.is_acceptable(i, l, p);
      if (ok) out[i].push_back(static_cast<std::uint32_t>(l));
    }
  return out;
}

void utilities(const AdditiveSpace& space, const Package& package, double* out) {
  const std::size_t parties = space.party_count();
  for (std::size_t p = 0; p < parties; ++p) out[p] = 0.0;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    const double* row = space.contribution[i].data() + package[i] * parties;
    for (std::size_t p = 0; p < parties; ++p) out[p] += row[p];
  }
}

}  // namespace parley::bargain
