#include "parley/report/json/bargaining_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "parley/report/bargaining_tables.hpp"

namespace parley::report {

namespace {

using analysis::Bargaining;
using nlohmann::ordered_json;

std::string decimal(const bargain::BigCount& n) {
  return n.str();
}

ordered_json package_json(const bargain::AdditiveSpace& space, const bargain::Package& package) {
  ordered_json out = ordered_json::object();
  for (std::size_t i = 0; i < space.issue_count() && i < package.size(); ++i)
    out[space.issues[i].id] = space.issues[i].level_labels[package[i]];
  return out;
}

ordered_json issues_json(const bargain::AdditiveSpace& space) {
  ordered_json out = ordered_json::array();
  for (const auto& issue : space.issues)
    out.push_back({{"id", issue.id}, {"title", issue.title}, {"levels", issue.level_labels}});
  return out;
}

ordered_json frontier_json(const Bargaining& b, std::size_t limit) {
  const auto& f = b.frontier;
  ordered_json points = ordered_json::array();
  const std::size_t n = std::min(limit, f.size());
  for (std::size_t k = 0; k < n; ++k)
    points.push_back(std::vector<double>(f.point(k), f.point(k) + f.parties));
  ordered_json grid = ordered_json::array();
  for (std::size_t p = 0; p < f.grid.size(); ++p) {
    const auto& g = f.grid[p];
    const char* kind = g.kind == bargain::GridKind::fraction    ? "fraction"
                       : g.kind == bargain::GridKind::tolerance ? "tolerance"
                                                                : "binary";
    grid.push_back({{"party", b.space.parties[p]},
                    {"kind", kind},
                    {"denominator", g.denominator},
                    {"step", g.step},
                    {"description", g.describe()}});
  }
  return {{"method", b.method},
          {"tolerance", f.tolerance},
          {"utility_grid", grid},
          {"points", f.size()},
          {"packages", decimal(f.frontier_packages)},
          {"counts_exact", f.counts_exact},
          {"rational_points", b.rational_points},
          {"rational_packages", decimal(b.rational_packages)},
          {"points_listed", n},
          {"utilities", points}};
}

ordered_json solution_json(const bargain::AdditiveSpace& space, const bargain::Solution& s) {
  double sum = 0;
  for (const double u : s.utility) sum += u;
  const bargain::SolutionKindNames& names = bargain::names(s.kind);
  return {{"name", names.key},
          {"label", names.label},
          {"utilities", s.utility},
          {"sum", sum},
          {"disagreement", s.disagreement},
          {"concessions", s.concession},
          {"score", s.score},
          {"frontier_index", s.frontier_index},
          {"package", package_json(space, s.package)}};
}

ordered_json relaxation_json(const bargain::AdditiveSpace& space, const bargain::Relaxation& r) {
  const bool reservation = r.kind == bargain::Relaxation::Kind::reservation;
  ordered_json out = {{"kind", reservation ? "reservation" : "red_line"},
                      {"party", space.parties[r.party]},
                      {"amount", r.amount}};
  if (reservation) {
    out["new_reservation"] = r.new_reservation;
  } else {
    out["issue"] = space.issues[r.issue].id;
    out["level"] = space.issues[r.issue].level_labels[r.level];
    out["levels_beyond"] = r.levels_beyond;
  }
  out["description"] = report::relaxation_text(space, r);
  return out;
}

ordered_json zopa_json(const Bargaining& b) {
  const auto& z = b.zopa;
  ordered_json out = {{"empty", z.empty()},
                      {"exact", z.size.exact},
                      {"count", decimal(z.size.count)},
                      {"on_frontier", decimal(z.size.on_frontier)}};
  if (!z.size.exact) {
    out["estimate"] = z.size.estimate;
    out["low"] = z.size.low;
    out["high"] = z.size.high;
    out["samples"] = z.size.samples;
  }
  out["label"] = z.size.label;
  ordered_json sample = ordered_json::array();
  for (const auto& p : z.sample) sample.push_back(package_json(b.space, p));
  out["sample"] = sample;
  ordered_json relaxations = ordered_json::array();
  for (const auto& r : z.relaxations) relaxations.push_back(relaxation_json(b.space, r));
  out["relaxations"] = relaxations;
  return out;
}

}  // namespace

ordered_json to_json(const Bargaining& b, std::size_t point_limit) {
  ordered_json solutions = ordered_json::array();
  for (const auto& s : b.solutions) solutions.push_back(solution_json(b.space, s));
  return {{"parties", b.space.parties},
          {"reservation", b.space.reservation},
          {"issues", issues_json(b.space)},
          {"packages", decimal(b.frontier.space_packages)},
          {"acceptable_packages", decimal(b.frontier.acceptable_packages)},
          {"frontier", frontier_json(b, point_limit)},
          {"solutions", solutions},
          {"zopa", zopa_json(b)},
          {"frontier_seconds", b.frontier_seconds},
          {"seconds", b.seconds}};
}

}  // namespace parley::report
