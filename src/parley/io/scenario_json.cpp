#include "parley/io/scenario_json.hpp"

#include <nlohmann/json.hpp>

namespace parley::io {

namespace {

using nlohmann::ordered_json;
using scenario::Estimate;
using scenario::Issue;

// A point of the issue's scale: its option id when it names an option, else the number.
ordered_json point(const Issue* issue, double at) {
  if (issue && issue->kind == scenario::IssueKind::options && at >= 0 &&
      at < static_cast<double>(issue->options.size()) &&
      at == static_cast<double>(static_cast<std::size_t>(at))) {
    return issue->options[static_cast<std::size_t>(at)].id;
  }
  return at;
}

void put(ordered_json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

ordered_json estimate(const Estimate& e, const Issue* issue) {
  if (!e.range && !e.assumption) return point(issue, e.value);
  ordered_json j;
  j["value"] = point(issue, e.value);
  if (e.range) j["range"] = {point(issue, e.range->low), point(issue, e.range->high)};
  if (e.assumption) j["assumption"] = true;
  return j;
}

// Aliases or terms: plain strings, {text, lang} where the language is known.
ordered_json aliases(const std::vector<scenario::Alias>& list) {
  ordered_json out = ordered_json::array();
  for (const auto& alias : list) {
    if (alias.lang.empty()) {
      out.push_back(alias.text);
    } else {
      out.push_back({{"text", alias.text}, {"lang", alias.lang}});
    }
  }
  return out;
}

ordered_json meta(const scenario::Metadata& m) {
  ordered_json j = ordered_json::object();
  put(j, "title", m.title);
  put(j, "as_of", m.as_of);
  put(j, "description", m.description);
  if (m.sources.empty()) return j;
  ordered_json& sources = j["sources"] = ordered_json::array();
  for (const auto& s : m.sources) {
    ordered_json o = ordered_json::object();
    put(o, "id", s.id);
    put(o, "file", s.file);
    put(o, "title", s.title);
    put(o, "publisher", s.publisher);
    put(o, "date", s.date);
    put(o, "url", s.url);
    sources.push_back(std::move(o));
  }
  return j;
}

ordered_json actor(const scenario::Actor& a) {
  ordered_json j = ordered_json::object();
  put(j, "id", a.id);
  put(j, "name", a.name);
  j["role"] = scenario::to_string(a.role);
  if (!a.aliases.empty()) j["aliases"] = aliases(a.aliases);

  j["capability"] = estimate(a.capability, nullptr);
  if (a.reservation) j["reservation"] = estimate(*a.reservation, nullptr);
  put(j, "note", a.note);
  return j;
}

void end(ordered_json& j, const char* key, const scenario::End& e) {
  if (e.label.empty() && e.favoured_by.empty()) return;
  ordered_json o = ordered_json::object();
  put(o, "label", e.label);
  if (!e.favoured_by.empty()) o["favoured_by"] = e.favoured_by;
  j[key] = std::move(o);
}

ordered_json issue(const Issue& i) {
  ordered_json j = ordered_json::object();
  put(j, "id", i.id);
  put(j, "title", i.title);
  put(j, "proposition", i.proposition);
  j["kind"] = scenario::to_string(i.kind);
  if (i.kind == scenario::IssueKind::numeric) {
    put(j, "unit", i.unit);
    j["min"] = i.min;
    j["max"] = i.max;
    if (i.levels) j["levels"] = *i.levels;
  } else {
    ordered_json& options = j["options"] = ordered_json::array();
    for (const auto& o : i.options) {
      ordered_json x = ordered_json::object();
      put(x, "id", o.id);
      put(x, "label", o.label);
      options.push_back(std::move(x));
    }
  }
  end(j, "low", i.low);
  end(j, "high", i.high);
  if (!i.terms.empty()) {
    ordered_json& terms = j["terms"] = ordered_json::object();
    if (!i.terms.topic.empty()) terms["topic"] = aliases(i.terms.topic);
    if (!i.terms.pro.empty()) terms["pro"] = aliases(i.terms.pro);
    if (!i.terms.contra.empty()) terms["contra"] = aliases(i.terms.contra);
    if (!i.terms.units.empty()) terms["units"] = aliases(i.terms.units);
  }
  put(j, "note", i.note);
  return j;
}

ordered_json position(const scenario::Scenario& s, const scenario::Position& p) {
  const Issue* is = s.find_issue(p.issue);
  ordered_json j = ordered_json::object();
  put(j, "actor", p.actor);
  put(j, "issue", p.issue);
  j["ideal"] = estimate(p.ideal, is);
  j["salience"] = estimate(p.salience, nullptr);
  if (p.red_line) j["red_line"] = estimate(*p.red_line, is);
  if (p.shape != scenario::Shape::linear) j["shape"] = scenario::to_string(p.shape);
  if (!p.points.empty()) {
    ordered_json& points = j["points"] = ordered_json::array();
    for (const auto& v : p.points) points.push_back({point(is, v.at), v.value});
  }
  if (!p.option_values.empty()) j["values"] = p.option_values;
  if (!p.evidence.empty()) {
    ordered_json& evidence = j["evidence"] = ordered_json::array();
    for (const auto& e : p.evidence) {
      ordered_json x = ordered_json::object();
      put(x, "doc", e.doc);
      if (e.line > 0) x["line"] = e.line;
      if (e.attribution != scenario::Attribution::unstated)
        x["attribution"] = scenario::to_string(e.attribution);
      put(x, "by", e.by);
      put(x, "date", e.date);
      if (e.weak) x["weak"] = true;
      if (e.value) x["value"] = *e.value;
      put(x, "unit", e.unit);
      put(x, "note", e.note);
      evidence.push_back(std::move(x));
    }
  }
  if (p.assumption) j["assumption"] = true;
  put(j, "note", p.note);
  return j;
}

}  // namespace

ordered_json to_json(const scenario::Scenario& s) {
  ordered_json j = ordered_json::object();
  j["parley"] = 1;
  j["meta"] = meta(s.meta);
  j["bargaining"] = {{"weights", s.bargaining.normalize_weights ? "normalized" : "as_given"},
                     {"levels", s.bargaining.levels},
                     {"tolerance", s.bargaining.tolerance}};
  ordered_json& actors = j["actors"] = ordered_json::array();
  for (const auto& a : s.actors) actors.push_back(actor(a));
  ordered_json& issues = j["issues"] = ordered_json::array();
  for (const auto& i : s.issues) issues.push_back(issue(i));
  if (!s.positions.empty()) {
    ordered_json& positions = j["positions"] = ordered_json::array();
    for (const auto& p : s.positions) positions.push_back(position(s, p));
  }
  return j;
}

std::string write_scenario_json(const scenario::Scenario& s) {
  return to_json(s).dump(2) + "\n";
}

}  // namespace parley::io
