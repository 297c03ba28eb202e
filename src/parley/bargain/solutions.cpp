#include "parley/bargain/solutions.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace parley::bargain {
namespace {

// The rational point maximizing (primary, secondary) with ties to the earliest point.
// score returns nullopt for points that are not eligible. O(F·cost(score)).
template <class Score>
std::optional<std::size_t> argmax(const Frontier& f, Score score, double& best_primary) {
  std::optional<std::size_t> best;
  double best_secondary = -INFINITY;
  for (std::size_t k = 0; k < f.size(); ++k) {
    if (!f.rational(k)) continue;
    const auto s = score(k);
    if (!s) continue;
    const auto [primary, secondary] = *s;
    const bool better =
        !best || primary > best_primary + kScoreTie ||
        (primary >= best_primary - kScoreTie && secondary > best_secondary + kScoreTie);
    if (better) {
      best = k;
      best_primary = primary;
      best_secondary = secondary;
    }
  }
  return best;
}

double sum(const double* u, std::size_t P) {
  double s = 0;
  for (std::size_t p = 0; p < P; ++p) s += u[p];
  return s;
}

Solution make(const AdditiveSpace& space, const Frontier& f, std::size_t k, SolutionKind kind,
              std::vector<double> d, double score) {
  const std::size_t P = space.party_count();
  Solution s;
  s.kind = kind;
  s.frontier_index = k;
  s.package = f.examples[k];
  s.utility.assign(f.point(k), f.point(k) + P);
  s.disagreement = std::move(d);
  s.score = score;
  const PartyBounds bounds = party_bounds(space);
  s.concession.resize(P);
  for (std::size_t p = 0; p < P; ++p) s.concession[p] = bounds.best[p] - s.utility[p];
  return s;
}

}  // namespace

PartyBounds party_bounds(const AdditiveSpace& space) {
  const std::size_t P = space.party_count(), I = space.issue_count();
  const UtilityGrid grid = utility_grid(space);
  PartyBounds b;
  std::vector<std::int64_t> best(P, 0), worst(P, 0);
  std::vector<Package> ideal(P, Package(I, 0));
  for (std::size_t i = 0; i < I; ++i) {
    std::vector<std::int64_t> hi(P, std::numeric_limits<std::int64_t>::min());
    std::vector<std::int64_t> lo(P, std::numeric_limits<std::int64_t>::max());
    bool any = false;
    for (std::size_t l = 0; l < space.level_count(i); ++l) {
      bool ok = true;
      for (std::size_t p = 0; p < P; ++p) ok = ok && space.is_acceptable(i, l, p);
      if (!ok) continue;
      any = true;
      for (std::size_t p = 0; p < P; ++p) {
        const std::int64_t v = grid.value(i, l, p);
        if (v > hi[p]) {  // strict: the lowest level index among equals
          hi[p] = v;
          ideal[p][i] = static_cast<std::uint32_t>(l);
        }
        lo[p] = std::min(lo[p], v);
      }
    }
    if (!any) return b;
    for (std::size_t p = 0; p < P; ++p) {
      best[p] += hi[p];
      worst[p] += lo[p];
    }
  }
  for (std::size_t p = 0; p < P; ++p) {
    b.best.push_back(grid.to_utility(best[p], p));
    b.worst.push_back(grid.to_utility(worst[p], p));
  }
  b.best_units = std::move(best);
  b.worst_units = std::move(worst);
  b.ideal = std::move(ideal);
  return b;
}

std::optional<Solution> nash(const AdditiveSpace& space, const Frontier& f, NashDisagreement d) {
  const std::size_t P = space.party_count();
  std::vector<double> dis = space.reservation;
  std::vector<std::int64_t> dis_units = f.reservation_units;
  if (d == NashDisagreement::max_reservation_worst) {
    const PartyBounds b = party_bounds(space);
    if (b.worst.empty()) return std::nullopt;
    for (std::size_t p = 0; p < P; ++p)
      if (b.worst_units[p] > dis_units[p]) {
        dis_units[p] = b.worst_units[p];
        dis[p] = b.worst[p];
      }
  }
  double best = -INFINITY;
  const auto k = argmax(
      f,
      [&](std::size_t i) -> std::optional<std::pair<double, double>> {
        const double* u = f.point(i);
        const std::int64_t* steps = f.steps(i);
        double s = 0;
        for (std::size_t p = 0; p < P; ++p) {
          if (!(steps[p] > dis_units[p])) return std::nullopt;
          s += std::log(u[p] - dis[p]);
        }
        return std::pair{s, 0.0};
      },
      best);
  if (!k) return std::nullopt;
  return make(space, f, *k,
              d == NashDisagreement::reservation ? SolutionKind::nash
                                                 : SolutionKind::nash_max_reservation_worst,
              dis, best);
}

std::optional<Solution> kalai_smorodinsky(const AdditiveSpace& space, const Frontier& f,
                                          KsDefinition definition) {
  const std::size_t P = space.party_count();
  double best = -INFINITY;
  if (definition == KsDefinition::genius_min_pairwise_gap) {
    const auto k = argmax(
        f,
        [&](std::size_t i) -> std::optional<std::pair<double, double>> {
          const double* u = f.point(i);
          double gap = 0;
          for (std::size_t p = 0; p < P; ++p)
            for (std::size_t q = p + 1; q < P; ++q) gap += std::abs(u[p] - u[q]);
          return std::pair{-gap, 0.0};
        },
        best);
    if (!k) return std::nullopt;
    return make(space, f, *k, SolutionKind::ks_genius, space.reservation, -best);
  }
  // Ideal point over the rational frontier.
  std::vector<double> ideal(P, -INFINITY);
  for (std::size_t k = 0; k < f.size(); ++k)
    if (f.rational(k))
      for (std::size_t p = 0; p < P; ++p) ideal[p] = std::max(ideal[p], f.point(k)[p]);
  const auto& r = space.reservation;
  const auto k = argmax(
      f,
      [&](std::size_t i) -> std::optional<std::pair<double, double>> {
        const double* u = f.point(i);
        double m = INFINITY;
        for (std::size_t p = 0; p < P; ++p) {
          const double range = ideal[p] - r[p];
          m = std::min(m, range > 0 ? (u[p] - r[p]) / range : 1.0);  // U_p = r_p: every point ideal
        }
        return std::pair{m, sum(u, P)};
      },
      best);
  if (!k) return std::nullopt;
  return make(space, f, *k, SolutionKind::ks_ideal_scaled, r, best);
}

std::optional<Solution> egalitarian(const AdditiveSpace& space, const Frontier& f) {
  const std::size_t P = space.party_count();
  const auto& r = space.reservation;
  double best = -INFINITY;
  const auto k = argmax(
      f,
      [&](std::size_t i) -> std::optional<std::pair<double, double>> {
        const double* u = f.point(i);
        double m = INFINITY;
        for (std::size_t p = 0; p < P; ++p) m = std::min(m, u[p] - r[p]);
        return std::pair{m, sum(u, P)};
      },
      best);
  if (!k) return std::nullopt;
  return make(space, f, *k, SolutionKind::egalitarian, r, best);
}

std::optional<Solution> utilitarian(const AdditiveSpace& space, const Frontier& f) {
  const std::size_t P = space.party_count();
  double best = -INFINITY;
  const auto k = argmax(
      f,
      [&](std::size_t i) -> std::optional<std::pair<double, double>> {
        return std::pair{sum(f.point(i), P), 0.0};
      },
      best);
  if (!k) return std::nullopt;
  return make(space, f, *k, SolutionKind::utilitarian, space.reservation, best);
}

std::vector<Solution> all_solutions(const AdditiveSpace& space, const Frontier& f) {
  std::vector<Solution> out;
  for (auto s : {nash(space, f, NashDisagreement::reservation),
                 nash(space, f, NashDisagreement::max_reservation_worst),
                 kalai_smorodinsky(space, f, KsDefinition::ideal_scaled),
                 kalai_smorodinsky(space, f, KsDefinition::genius_min_pairwise_gap),
                 egalitarian(space, f), utilitarian(space, f)})
    if (s) out.push_back(std::move(*s));
  return out;
}

const Solution* find_solution(const std::vector<Solution>& solutions, SolutionKind kind) {
  for (const auto& s : solutions)
    if (s.kind == kind) return &s;
  return nullptr;
}

}  // namespace parley::bargain
