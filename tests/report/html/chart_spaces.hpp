#pragma once
// Small bargaining spaces for the chart tests, each one issue whose levels are the frontier's
// points, so that the solutions can be worked out by hand.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"

namespace parley::test {

// One issue whose level l gives party p utility points[l][p]; every level acceptable.
inline bargain::AdditiveSpace one_issue_space(const std::vector<std::string>& parties,
                                              const std::vector<std::vector<double>>& points,
                                              const std::vector<double>& reservation) {
  bargain::AdditiveSpace s;
  s.parties = parties;
  bargain::IssueAxis issue;
  issue.id = "deal";
  issue.title = "Deal";
  std::vector<double> contribution;
  for (std::size_t l = 0; l < points.size(); ++l) {
    issue.level_labels.push_back("level " + std::to_string(l));
    issue.level_points.push_back(static_cast<double>(l));
    for (const double u : points[l]) contribution.push_back(u);
  }
  s.issues = {issue};
  s.contribution = {contribution};
  s.acceptable = {std::vector<std::uint8_t>(contribution.size(), 1)};
  s.reservation = reservation;
  return s;
}

// Three parties, three compromises and no more (reservations 0):
//   A = (1.00, 0.45, 0.45): largest sum 1.9 (U); KS too: ideal (1, 0.65, 0.62), min u/U = 0.692
//       against 0.65 for B and 0.62 for C.
//   B = (0.65, 0.65, 0.58): largest product 0.245 (N, against 0.2025 and 0.238); N*: d = the
//       worst acceptable utilities (0.62, 0.45, 0.45), and only B beats d for every party.
//   C = (0.62, 0.62, 0.62): largest minimum (E) and no gaps (KS-G).
// So three distinct points: "N, N*" (B), "KS, U" (A), "KS-G, E" (C), in that order.
inline bargain::AdditiveSpace three_compromises() {
  return one_issue_space({"EAST", "WEST", "NORTH"},
                         {{1.0, 0.45, 0.45}, {0.65, 0.65, 0.58}, {0.62, 0.62, 0.62}}, {0, 0, 0});
}

// P parties: level p (p < P) gives everything to party p, level P gives 0.5 to each. With
// reservations 0.1 only the last is rational, so all six solutions sit on it: one point. The
// frontier has P + 1 points.
inline bargain::AdditiveSpace winner_or_split(std::size_t parties) {
  std::vector<std::string> names;
  std::vector<std::vector<double>> points;
  for (std::size_t p = 0; p < parties; ++p) {
    names.push_back("P" + std::to_string(p + 1));
    std::vector<double> u(parties, 0.0);
    u[p] = 1.0;
    points.push_back(u);
  }
  points.push_back(std::vector<double>(parties, 0.5));
  return one_issue_space(names, points, std::vector<double>(parties, 0.1));
}

}  // namespace parley::test
