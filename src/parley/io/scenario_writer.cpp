#include "parley/io/scenario_writer.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace parley::io {

namespace {

using scenario::Estimate;
using scenario::Issue;

std::string num(double x) {
  return fmt::format("{}", x);
}

// A point of the issue's scale: its option id when it names an option, else the number.
std::string point(const Issue* issue, double at) {
  if (issue && issue->kind == scenario::IssueKind::options && at >= 0 &&
      at < static_cast<double>(issue->options.size()) &&
      at == static_cast<double>(static_cast<std::size_t>(at))) {
    return issue->options[static_cast<std::size_t>(at)].id;
  }
  return num(at);
}

void put(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) out << YAML::Key << key << YAML::Value << value;
}

// A list of aliases or terms: plain strings, {text, lang} where the language is known.
void put_aliases(YAML::Emitter& out, const char* key, const std::vector<scenario::Alias>& list) {
  if (list.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const auto& alias : list) {
    if (alias.lang.empty()) {
      out << alias.text;
    } else {
      out << YAML::Flow << YAML::BeginMap << YAML::Key << "text" << YAML::Value << alias.text
          << YAML::Key << "lang" << YAML::Value << alias.lang << YAML::EndMap;
    }
  }
  out << YAML::EndSeq;
}

void put_estimate(YAML::Emitter& out, const char* key, const Estimate& e, const Issue* issue) {
  out << YAML::Key << key << YAML::Value;
  if (!e.range && !e.assumption) {
    out << point(issue, e.value);
    return;
  }
  out << YAML::Flow << YAML::BeginMap << YAML::Key << "value" << YAML::Value
      << point(issue, e.value);
  if (e.range) {
    out << YAML::Key << "range" << YAML::Value << YAML::Flow << YAML::BeginSeq
        << point(issue, e.range->low) << point(issue, e.range->high) << YAML::EndSeq;
  }
  if (e.assumption) out << YAML::Key << "assumption" << YAML::Value << "true";
  out << YAML::EndMap;
}

void put_meta(YAML::Emitter& out, const scenario::Metadata& m) {
  out << YAML::Key << "meta" << YAML::Value << YAML::BeginMap;
  put(out, "title", m.title);
  put(out, "as_of", m.as_of);
  put(out, "description", m.description);
  if (!m.sources.empty()) {
    out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const auto& s : m.sources) {
      out << YAML::BeginMap;
      put(out, "id", s.id);
      put(out, "file", s.file);
      put(out, "title", s.title);
      put(out, "publisher", s.publisher);
      put(out, "date", s.date);
      put(out, "url", s.url);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

void put_bargaining(YAML::Emitter& out, const scenario::BargainingSettings& b) {
  out << YAML::Key << "bargaining" << YAML::Value << YAML::BeginMap;
  put(out, "weights", b.normalize_weights ? "normalized" : "as_given");
  put(out, "levels", std::to_string(b.levels));
  put(out, "tolerance", num(b.tolerance));
  out << YAML::EndMap;
}

void put_actor(YAML::Emitter& out, const scenario::Actor& a) {
  out << YAML::BeginMap;
  put(out, "id", a.id);
  put(out, "name", a.name);
  put(out, "role", scenario::to_string(a.role));
  put_aliases(out, "aliases", a.aliases);
  put_estimate(out, "capability", a.capability, nullptr);
  if (a.reservation) put_estimate(out, "reservation", *a.reservation, nullptr);
  put(out, "note", a.note);
  out << YAML::EndMap;
}

void put_end(YAML::Emitter& out, const char* key, const scenario::End& end) {
  if (end.label.empty() && end.favoured_by.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
  put(out, "label", end.label);
  if (!end.favoured_by.empty()) {
    out << YAML::Key << "favoured_by" << YAML::Value << YAML::Flow << end.favoured_by;
  }
  out << YAML::EndMap;
}

void put_issue(YAML::Emitter& out, const Issue& i) {
  out << YAML::BeginMap;
  put(out, "id", i.id);
  put(out, "title", i.title);
  put(out, "proposition", i.proposition);
  put(out, "kind", scenario::to_string(i.kind));
  if (i.kind == scenario::IssueKind::numeric) {
    put(out, "unit", i.unit);
    put(out, "min", num(i.min));
    put(out, "max", num(i.max));
    if (i.levels) put(out, "levels", std::to_string(*i.levels));
  } else {
    out << YAML::Key << "options" << YAML::Value << YAML::BeginSeq;
    for (const auto& o : i.options) {
      out << YAML::Flow << YAML::BeginMap;
      put(out, "id", o.id);
      put(out, "label", o.label);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  put_end(out, "low", i.low);
  put_end(out, "high", i.high);
  if (!i.terms.empty()) {
    out << YAML::Key << "terms" << YAML::Value << YAML::BeginMap;
    put_aliases(out, "topic", i.terms.topic);
    put_aliases(out, "pro", i.terms.pro);
    put_aliases(out, "contra", i.terms.contra);
    put_aliases(out, "units", i.terms.units);
    out << YAML::EndMap;
  }
  put(out, "note", i.note);
  out << YAML::EndMap;
}

void put_details(YAML::Emitter& out, const scenario::Position& p, const Issue* issue) {
  if (!p.points.empty()) {
    out << YAML::Key << "points" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& v : p.points) {
      out << YAML::Flow << YAML::BeginSeq << point(issue, v.at) << num(v.value) << YAML::EndSeq;
    }
    out << YAML::EndSeq;
  }
  if (!p.option_values.empty()) {
    out << YAML::Key << "values" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (double v : p.option_values) out << num(v);
    out << YAML::EndSeq;
  }
  if (!p.evidence.empty()) {
    out << YAML::Key << "evidence" << YAML::Value << YAML::BeginSeq;
    for (const auto& e : p.evidence) {
      out << YAML::Flow << YAML::BeginMap;
      put(out, "doc", e.doc);
      if (e.line > 0) put(out, "line", std::to_string(e.line));
      if (e.attribution != scenario::Attribution::unstated)
        put(out, "attribution", scenario::to_string(e.attribution));
      put(out, "by", e.by);
      put(out, "date", e.date);
      if (e.weak) put(out, "weak", "true");
      if (e.value) put(out, "value", num(*e.value));
      put(out, "unit", e.unit);
      put(out, "note", e.note);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
}

void put_position(YAML::Emitter& out, const scenario::Scenario& s, const scenario::Position& p) {
  const Issue* issue = s.find_issue(p.issue);
  out << YAML::BeginMap;
  put(out, "actor", p.actor);
  put(out, "issue", p.issue);
  put_estimate(out, "ideal", p.ideal, issue);
  put_estimate(out, "salience", p.salience, nullptr);
  if (p.red_line) put_estimate(out, "red_line", *p.red_line, issue);
  if (p.shape != scenario::Shape::linear) put(out, "shape", scenario::to_string(p.shape));
  put_details(out, p, issue);
  if (p.assumption) put(out, "assumption", "true");
  put(out, "note", p.note);
  out << YAML::EndMap;
}

}  // namespace

std::string write_scenario_yaml(const scenario::Scenario& s) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "parley" << YAML::Value << 1;
  put_meta(out, s.meta);
  put_bargaining(out, s.bargaining);
  out << YAML::Key << "actors" << YAML::Value << YAML::BeginSeq;
  for (const auto& a : s.actors) put_actor(out, a);
  out << YAML::EndSeq << YAML::Key << "issues" << YAML::Value << YAML::BeginSeq;
  for (const auto& i : s.issues) put_issue(out, i);
  out << YAML::EndSeq;
  if (!s.positions.empty()) {
    out << YAML::Key << "positions" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : s.positions) put_position(out, s, p);
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace parley::io
