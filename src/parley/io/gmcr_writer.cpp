#include "parley/io/gmcr_writer.hpp"

#include <yaml-cpp/yaml.h>

namespace parley::io {

namespace gmcr_write {

using gmcr::FeasibilityRule;
using gmcr::Statement;

// How tightly a statement binds: an operand that binds no tighter than its parent is put in
// parentheses (for a parent of the same kind too, so that nesting reads back as written).
int binding(const Statement& s) {
  switch (s.kind) {
    case Statement::Kind::option:
    case Statement::Kind::negation:
      return 4;
    case Statement::Kind::conjunction:
      return 3;
    case Statement::Kind::disjunction:
      return 2;
    case Statement::Kind::implication:
      return 1;
  }
  return 0;
}

std::string text_of(const Statement& s, const std::vector<std::string>& ids);

std::string operand(const Statement& s, int parent, const std::vector<std::string>& ids) {
  const std::string t = text_of(s, ids);
  return binding(s) <= parent ? "(" + t + ")" : t;
}

std::string text_of(const Statement& s, const std::vector<std::string>& ids) {
  switch (s.kind) {
    case Statement::Kind::option:
      return s.option < ids.size() ? ids[s.option] : std::to_string(s.option + 1);
    case Statement::Kind::negation:
      return "-" + operand(s.operands.at(0), 3, ids);
    case Statement::Kind::conjunction:
    case Statement::Kind::disjunction: {
      const char* op = s.kind == Statement::Kind::conjunction ? " & " : " | ";
      std::string out;
      for (std::size_t i = 0; i < s.operands.size(); ++i) {
        out += (i == 0 ? "" : op) + operand(s.operands[i], binding(s), ids);
      }
      return out;
    }
    case Statement::Kind::implication:
      return operand(s.operands.at(0), 1, ids) + " IF " + operand(s.operands.at(1), 1, ids);
  }
  return "";
}

void put_options(YAML::Emitter& out, const std::vector<std::size_t>& options,
                 const std::vector<std::string>& ids) {
  out << YAML::Flow << YAML::BeginSeq;
  for (const std::size_t k : options) out << ids.at(k);
  out << YAML::EndSeq;
}

}  // namespace gmcr_write

std::string statement_text(const gmcr::Statement& statement, const std::vector<std::string>& ids) {
  return gmcr_write::text_of(statement, ids);
}

std::string write_gmcr_model(const GmcrModelFile& file) {
  using gmcr::FeasibilityRule;
  std::vector<std::string> ids;
  for (const GmcrOptionSpec& o : file.options) ids.push_back(o.id);
  const std::vector<gmcr::Pattern>& states = file.model.states;

  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "gmcr" << YAML::Value << 1;
  out << YAML::Key << "name" << YAML::Value << file.name;
  if (!file.description.empty()) {
    out << YAML::Key << "description" << YAML::Value << file.description;
  }
  if (file.status_quo && *file.status_quo < states.size()) {
    out << YAML::Key << "status_quo" << YAML::Value
        << pattern_text(states[*file.status_quo], ids.size());
  }
  out << YAML::Key << "decision_makers" << YAML::Value << YAML::BeginSeq;
  for (std::size_t i = 0; i < file.decision_makers.size(); ++i) {
    const GmcrDecisionMakerSpec& dm = file.decision_makers[i];
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << dm.id;
    if (!dm.name.empty()) out << YAML::Key << "name" << YAML::Value << dm.name;
    out << YAML::Key << "options" << YAML::Value << YAML::BeginSeq;
    for (const GmcrOptionSpec& o : file.options) {
      if (o.decision_maker != i) continue;
      if (o.name.empty() && o.reversibility == gmcr::Reversibility::reversible) {
        out << o.id;
        continue;
      }
      out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << o.id;
      if (!o.name.empty()) out << YAML::Key << "name" << YAML::Value << o.name;
      if (o.reversibility != gmcr::Reversibility::reversible) {
        out << YAML::Key << "irreversible" << YAML::Value
            << (o.reversibility == gmcr::Reversibility::only_take ? "only_take" : "only_withdraw");
      }
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    switch (dm.preference) {
      case GmcrPreferenceKind::priorities:
        out << YAML::Key << "priorities" << YAML::Value << YAML::BeginSeq;
        for (std::size_t k = 0; k < dm.priorities.size(); ++k) {
          const std::string text = statement_text(dm.priorities[k], ids);
          if (k >= dm.priority_notes.size() || dm.priority_notes[k].empty()) {
            out << YAML::DoubleQuoted << text;
            continue;
          }
          const GmcrPriorityNote& note = dm.priority_notes[k];
          out << YAML::BeginMap << YAML::Key << "statement" << YAML::Value << YAML::DoubleQuoted
              << text;
          if (!note.sources.empty()) {
            out << YAML::Key << "sources" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const auto& source : note.sources) out << YAML::DoubleQuoted << source;
            out << YAML::EndSeq;
          }
          if (note.assumption) out << YAML::Key << "assumption" << YAML::Value << true;
          if (!note.note.empty()) {
            out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << note.note;
          }
          out << YAML::EndMap;
        }
        out << YAML::EndSeq;
        break;
      case GmcrPreferenceKind::ranking:
        out << YAML::Key << "ranking" << YAML::Value << YAML::BeginSeq;
        for (const auto& group : dm.ranking) {
          if (group.size() == 1) {
            out << pattern_text(states.at(group.front()), ids.size());
            continue;
          }
          out << YAML::Flow << YAML::BeginSeq;
          for (const std::size_t s : group) out << pattern_text(states.at(s), ids.size());
          out << YAML::EndSeq;
        }
        out << YAML::EndSeq;
        break;
      case GmcrPreferenceKind::payoffs:
        out << YAML::Key << "payoffs" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const std::int64_t p : dm.payoffs) out << p;
        out << YAML::EndSeq;
        break;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;

  if (!file.feasibility.empty()) {
    out << YAML::Key << "feasibility" << YAML::Value << YAML::BeginMap;
    const auto group = [&](FeasibilityRule::Kind kind, const char* key, auto&& put) {
      bool any = false;
      for (const FeasibilityRule& rule : file.feasibility) {
        if (rule.kind != kind) continue;
        if (!any) {
          out << YAML::Key << key << YAML::Value;
          out << (kind == FeasibilityRule::Kind::needs ? YAML::BeginMap : YAML::BeginSeq);
          any = true;
        }
        put(rule);
      }
      if (any) out << (kind == FeasibilityRule::Kind::needs ? YAML::EndMap : YAML::EndSeq);
    };
    group(FeasibilityRule::Kind::infeasible, "infeasible", [&](const FeasibilityRule& r) {
      out << YAML::DoubleQuoted << statement_text(r.statement, ids);
    });
    group(FeasibilityRule::Kind::mutually_exclusive, "mutually_exclusive",
          [&](const FeasibilityRule& r) { gmcr_write::put_options(out, r.options, ids); });
    group(FeasibilityRule::Kind::at_least_one, "at_least_one",
          [&](const FeasibilityRule& r) { gmcr_write::put_options(out, r.options, ids); });
    group(FeasibilityRule::Kind::needs, "requires", [&](const FeasibilityRule& r) {
      out << YAML::Key << ids.at(r.option) << YAML::Value;
      gmcr_write::put_options(out, r.options, ids);
    });
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace parley::io
