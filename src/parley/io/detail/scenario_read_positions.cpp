#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "parley/io/detail/scenario_read_estimate.hpp"
#include "parley/io/detail/scenario_read_sections.hpp"
#include "parley/scenario/red_line.hpp"

namespace parley::io::detail {

namespace {

using scenario::Issue;
using scenario::Position;

// Reads points of `issue`'s scale: numbers inside [min, max], or option ids as indices.
PointReader scale_reader(ReadContext& ctx, const Issue& issue) {
  if (issue.kind == scenario::IssueKind::numeric) {
    return [&ctx, &issue](const Field& f) {
      return ctx.number_in(f, issue.min, issue.max, "the scale of issue '" + issue.id + "'");
    };
  }
  return [&ctx, &issue](const Field& f) -> std::optional<double> {
    const auto id = ctx.text(f);
    if (!id) return std::nullopt;
    const int index = issue.option_index(*id);
    if (index < 0) {
      report_unknown(ctx, f, "option", *id, ids_of(issue.options));
      return std::nullopt;
    }
    return static_cast<double>(index);
  };
}

// How a point of the scale is written: the number, or the option id.
std::string point_text(const Issue& issue, double at) {
  if (issue.kind == scenario::IssueKind::options) {
    return issue.options[static_cast<std::size_t>(at)].id;
  }
  return fmt::format("{}", at);
}

void check_red_line_side(ReadContext& ctx, const Field& f, const Position& p, const Issue& issue) {
  if (!p.red_line) return;
  const scenario::FavouredEnd favoured = scenario::favoured_end(issue, p.actor);
  const double red = p.red_line->value, ideal = p.ideal.value;
  std::string need;
  if (favoured == scenario::FavouredEnd::low && red < ideal)
    need = "low end, so its red line must be at or above";
  if (favoured == scenario::FavouredEnd::high && red > ideal)
    need = "high end, so its red line must be at or below";
  if (need.empty()) return;
  ctx.report(ReadContext::child(f, "red_line"),
             fmt::format("red line {} is on the wrong side of the ideal point {}: '{}' favours "
                         "the {} its ideal",
                         point_text(issue, red), point_text(issue, ideal), p.actor, need));
}

void read_points(ReadContext& ctx, const Field& f, Position& p, const PointReader& at) {
  const Field list = ReadContext::child(f, "points");
  for (const Field& item : ctx.items(list)) {
    if (!item.node.IsSequence() || item.node.size() != 2) {
      const std::string got = item.node.IsSequence()
                                  ? fmt::format("a list of {} items", item.node.size())
                                  : describe(item.node);
      ctx.report(item, "expected a pair [point, value], got " + got);
      continue;
    }
    const auto parts = ctx.items(item);
    const auto x = at(parts[0]);
    const auto v = ctx.number_in(parts[1], 0, 1);
    if (!x || !v) continue;
    if (!p.points.empty() && *x <= p.points.back().at) {
      ctx.report(item, fmt::format("points must be strictly increasing: {} does not follow {}",
                                   parts[0].node.Scalar(), p.points.back().at));
    }
    p.points.push_back({*x, *v});
  }
  if (list.node.IsSequence() && list.node.size() < 2) {
    ctx.report(list, fmt::format("expected at least two points, got {}", list.node.size()));
  }
}

void read_values(ReadContext& ctx, const Field& f, Position& p, const Issue& issue) {
  const Field list = ReadContext::child(f, "values");
  if (!list.present()) return;
  if (issue.kind != scenario::IssueKind::options) {
    ctx.report(list, "values are only allowed on option issues; '" + issue.id + "' is numeric");
    return;
  }
  const auto items = ctx.items(list);
  for (const Field& item : items) p.option_values.push_back(ctx.number_in(item, 0, 1).value_or(0));
  if (list.node.IsSequence() && items.size() != issue.options.size()) {
    ctx.report(list, fmt::format("expected {} values (one per option of '{}'), got {}",
                                 issue.options.size(), issue.id, items.size()));
  }
}

scenario::Shape shape_of(const std::string& s) {
  if (s == "quadratic") return scenario::Shape::quadratic;
  if (s == "piecewise") return scenario::Shape::piecewise;
  return scenario::Shape::linear;
}

void read_shape(ReadContext& ctx, const Field& f, Position& p, const Issue* issue, bool scale_ok) {
  const Field shape = ReadContext::child(f, "shape");
  p.shape = shape_of(ctx.choice(shape, {"linear", "quadratic", "piecewise"}).value_or("linear"));
  const Field points = ReadContext::child(f, "points");
  if (points.present() && p.shape != scenario::Shape::piecewise) {
    ctx.report(points, std::string("points are only allowed with shape: piecewise (shape is ") +
                           scenario::to_string(p.shape) + ")");
  } else if (!points.present() && p.shape == scenario::Shape::piecewise) {
    ctx.report(shape, "shape: piecewise needs points: [[point, value], ...]");
  } else if (points.present() && issue && scale_ok) {
    read_points(ctx, f, p, scale_reader(ctx, *issue));
  }
}

std::vector<scenario::Evidence> read_evidence(ReadContext& ctx, const Field& f,
                                              const std::vector<std::string>& sources) {
  std::vector<scenario::Evidence> out;
  for (const Field& item : ctx.items(ReadContext::child(f, "evidence"))) {
    scenario::Evidence e;
    if (ctx.check_map(item,
                      {"doc", "line", "note", "attribution", "by", "date", "weak", "value", "unit"},
                      {"doc"})) {
      const Field doc = ReadContext::child(item, "doc");
      e.doc = ctx.text(doc).value_or("");
      if (!e.doc.empty() && std::find(sources.begin(), sources.end(), e.doc) == sources.end()) {
        report_unknown(ctx, doc, "source", e.doc, sources);
      }
      e.line = ctx.integer_in(ReadContext::child(item, "line"), 1, 2147483647).value_or(0);
      e.note = ctx.text(ReadContext::child(item, "note")).value_or("");
      const auto attribution =
          ctx.choice(ReadContext::child(item, "attribution"), {"direct", "reported"});
      if (attribution) {
        e.attribution = *attribution == "direct" ? scenario::Attribution::direct
                                                 : scenario::Attribution::reported;
      }
      e.by = ctx.text(ReadContext::child(item, "by")).value_or("");
      e.date = ctx.partial_date(ReadContext::child(item, "date")).value_or("");
      e.weak = ctx.flag(ReadContext::child(item, "weak")).value_or(false);
      e.value = ctx.number(ReadContext::child(item, "value"));
      const Field unit = ReadContext::child(item, "unit");
      e.unit = ctx.text(unit).value_or("");
      if (unit.present() && !ReadContext::child(item, "value").present()) {
        ctx.report(unit, "a unit needs a value: add value: NUMBER or leave the unit out");
      }
    }
    out.push_back(e);
  }
  return out;
}

// Looks up the position's actor and issue; nullptr issue when unknown (reported).
const Issue* resolve(ReadContext& ctx, const Field& f, Position& p,
                     const scenario::Scenario& scenario) {
  const Field actor = ReadContext::child(f, "actor");
  p.actor = ctx.text(actor).value_or("");
  if (!p.actor.empty() && !scenario.find_actor(p.actor)) {
    report_unknown(ctx, actor, "actor", p.actor, ids_of(scenario.actors));
  }
  const Field issue = ReadContext::child(f, "issue");
  p.issue = ctx.text(issue).value_or("");
  if (p.issue.empty()) return nullptr;
  const Issue* found = scenario.find_issue(p.issue);
  if (!found) report_unknown(ctx, issue, "issue", p.issue, ids_of(scenario.issues));
  return found;
}

Position read_position(ReadContext& ctx, const Field& f, const scenario::Scenario& scenario,
                       const std::vector<bool>& scale_ok) {
  Position p;
  if (!ctx.check_map(f,
                     {"actor", "issue", "ideal", "salience", "red_line", "shape", "points",
                      "values", "evidence", "assumption", "note"},
                     {"actor", "issue", "ideal", "salience"})) {
    return p;
  }
  const Issue* issue = resolve(ctx, f, p, scenario);
  const bool usable = issue && scale_ok[static_cast<std::size_t>(issue - scenario.issues.data())];
  const PointReader unit = [&ctx](const Field& x) { return ctx.number_in(x, 0, 1); };
  if (auto s = read_estimate(ctx, ReadContext::child(f, "salience"), unit)) p.salience = *s;
  if (usable) {
    const PointReader at = scale_reader(ctx, *issue);
    const auto ideal = read_estimate(ctx, ReadContext::child(f, "ideal"), at);
    if (ideal) p.ideal = *ideal;
    p.red_line = read_estimate(ctx, ReadContext::child(f, "red_line"), at);
    if (ideal) check_red_line_side(ctx, f, p, *issue);
    read_values(ctx, f, p, *issue);
  }
  read_shape(ctx, f, p, issue, usable);
  p.evidence = read_evidence(ctx, f, ids_of(scenario.meta.sources));
  p.assumption = ctx.flag(ReadContext::child(f, "assumption")).value_or(false);
  p.note = ctx.text(ReadContext::child(f, "note")).value_or("");
  return p;
}

}  // namespace

std::vector<Position> read_positions(ReadContext& ctx, const Field& field,
                                     const scenario::Scenario& scenario,
                                     const std::vector<bool>& scale_ok) {
  std::vector<Position> out;
  std::map<std::pair<std::string, std::string>, std::size_t> seen;  // -> index
  for (const Field& f : ctx.items(field)) {
    Position p = read_position(ctx, f, scenario, scale_ok);
    if (!p.actor.empty() && !p.issue.empty()) {
      const auto [it, fresh] = seen.emplace(std::make_pair(p.actor, p.issue), out.size());
      if (!fresh) {
        ctx.report(f, fmt::format("duplicate position for actor '{}' on issue '{}' (first given "
                                  "at positions[{}])",
                                  p.actor, p.issue, it->second));
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace parley::io::detail
