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

ordered_json size_json(const bargain::ZopaSize& size) {
  ordered_json out = {{"empty", size.on_frontier == 0},
                      {"exact", size.exact},
                      {"count", decimal(size.count)},
                      {"on_frontier", decimal(size.on_frontier)}};
  if (!size.exact) {
    out["estimate"] = size.estimate;
    out["low"] = size.low;
    out["high"] = size.high;
    out["samples"] = size.samples;
  }
  out["label"] = size.label;
  return out;
}

// The joint relaxation when red lines collide (report::red_line_gaps_table in words).
ordered_json plan_json(const bargain::AdditiveSpace& space, const bargain::OpeningPlan& plan) {
  ordered_json gaps = ordered_json::array();
  for (const auto& gap : plan.gaps) {
    const auto& issue = space.issues[gap.issue];
    ordered_json accepts = ordered_json::object();
    for (std::size_t p = 0; p < gap.accepted.size(); ++p) {
      const auto& a = gap.accepted[p];
      accepts[space.parties[p]] = a.accepts_any
                                      ? ordered_json{{"from", issue.level_labels[a.first]},
                                                     {"to", issue.level_labels[a.last]}}
                                      : ordered_json(nullptr);
    }
    ordered_json meet = ordered_json::array();
    for (std::uint32_t l : gap.meeting_levels) meet.push_back(issue.level_labels[l]);
    gaps.push_back({{"issue", issue.id},
                    {"accepts", accepts},
                    {"meeting_levels", meet},
                    {"crossing", gap.crossing},
                    {"share_of_scale", gap.share}});
  }
  ordered_json sample = ordered_json::array();
  for (const auto& p : plan.sample) sample.push_back(package_json(space, p));
  ordered_json further = ordered_json::array();
  for (const auto& r : plan.further) further.push_back(relaxation_json(space, r));
  return {{"gaps", gaps},
          {"opens", plan.opens()},
          {"zone", size_json(plan.size)},
          {"sample", sample},
          {"further_relaxations", further}};
}

ordered_json zopa_json(const Bargaining& b) {
  const auto& z = b.zopa;
  ordered_json out = size_json(z.size);
  out["empty"] = z.empty();
  ordered_json sample = ordered_json::array();
  for (const auto& p : z.sample) sample.push_back(package_json(b.space, p));
  out["sample"] = sample;
  ordered_json relaxations = ordered_json::array();
  for (const auto& r : z.relaxations) relaxations.push_back(relaxation_json(b.space, r));
  out["relaxations"] = relaxations;
  if (z.plan) out["opening_plan"] = plan_json(b.space, *z.plan);
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
