#include "parley/io/gmcr_py_reader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "parley/core/diagnostic.hpp"
#include "parley/io/detail/gmcr_read.hpp"
#include "parley/io/detail/scenario_read_context.hpp"
#include "parley/io/detail/scenario_text_check.hpp"
#include "parley/io/detail/scenario_tree_check.hpp"
#include "parley/io/detail/scenario_yaml_document.hpp"

namespace parley::io {

namespace gmcr_py {

using detail::Field;
using detail::ReadContext;
using gmcr::FeasibilityRule;
using gmcr::Statement;

// An id made from a name: lowercase letters and digits, '_' for anything else (runs of it
// collapsed, none at the ends), `fallback` in front when it would not start with a letter, a
// suffix _2, _3, … when `taken` has it already. Never IF.
std::string make_id(const std::string& name, const std::string& fallback,
                    std::set<std::string>& taken) {
  std::string id;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      id += static_cast<char>(std::tolower(u));
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) {
    id = id.empty() ? fallback : fallback + "_" + id;
  }
  if (id == "if") id = fallback + "_if";
  std::string unique = id;
  for (int n = 2; taken.count(unique); ++n) unique = fmt::format("{}_{}", id, n);
  taken.insert(unique);
  return unique;
}

// A condition as gmcr-py saves it, as a statement, and the key gmcr-py tells duplicates by.
struct Condition {
  Statement statement;
  std::string key;
};

class GmcrPyReader {
 public:
  GmcrPyReader(ReadContext& ctx, std::string model_name) : ctx_(ctx) {
    file_.name = std::move(model_name);
  }

  GmcrModelFile read(const YAML::Node& node) {
    const Field root = ReadContext::root(node);
    if (!node.IsMap()) {
      ctx_.report(root,
                  "expected a gmcr-py conflict (a JSON object with options, "
                  "decisionMakers and infeasibles), got " +
                      detail::describe(node));
      return std::move(file_);
    }
    for (const char* key : {"options", "decisionMakers"}) {
      if (!ReadContext::child(root, key).present()) {
        ctx_.report(root, fmt::format("missing '{}': not a gmcr-py conflict file", key));
      }
    }
    if (!ctx_.diagnostics().empty()) return std::move(file_);
    const Field version = ReadContext::child(root, "version");
    file_.description = "Imported from gmcr-py";
    if (version.present() && version.node.IsScalar()) {
      file_.description += " " + version.node.Scalar();
    }
    file_.description += " file " + std::filesystem::path(ctx_.file()).filename().string() + ".";
    manual_ = read_manual_flag(root);
    read_options(ReadContext::child(root, "options"));
    read_decision_makers(ReadContext::child(root, "decisionMakers"));
    order_options();
    std::vector<Field> rule_fields;
    const Field infeasibles = ReadContext::child(root, "infeasibles");
    for (const Field& item : ctx_.items(infeasibles)) {
      if (auto c = condition(item)) {
        file_.feasibility.push_back({FeasibilityRule::Kind::infeasible, c->statement, {}, 0});
        rule_fields.push_back(item);
      }
    }
    note_coalitions(ReadContext::child(root, "coalitions"));
    std::optional<std::vector<gmcr::Pattern>> states;
    if (ctx_.diagnostics().empty() && !file_.options.empty()) {
      states = detail::generate_states(ctx_, infeasibles.present() ? infeasibles : root,
                                       file_.options.size(), file_.feasibility, rule_fields);
    }
    for (std::size_t i = 0; i < dm_fields_.size(); ++i) read_preferences(i, states);
    if (ctx_.diagnostics().empty() && states) detail::build_model(file_, std::move(*states));
    return std::move(file_);
  }

 private:
  bool read_manual_flag(const Field& root) {
    for (const char* key : {"useManualPreferenceRanking", "useManualPreferenceVectors"}) {
      if (auto flag = ctx_.flag(ReadContext::child(root, key))) return *flag;
    }
    return false;
  }

  void read_options(const Field& field) {
    for (const Field& item : ctx_.items(field)) {
      file_options_.push_back({});
      option_fields_.push_back(item);
      auto& option = file_options_.back();
      if (!item.node.IsMap()) {
        ctx_.report(item, "expected an option {\"name\", \"permittedDirection\"}, got " +
                              detail::describe(item.node));
        continue;
      }
      if (auto name = ctx_.text(ReadContext::child(item, "name"))) option.name = *name;
      const Field direction = ReadContext::child(item, "permittedDirection");
      if (auto d = ctx_.choice(direction, {"both", "fwd", "back"})) {
        option.reversibility = *d == "fwd"    ? gmcr::Reversibility::only_take
                               : *d == "back" ? gmcr::Reversibility::only_withdraw
                                              : gmcr::Reversibility::reversible;
      }
    }
    if (field.present() && file_options_.size() > gmcr::kMaxOptions) {
      ctx_.report(field, fmt::format("{} options; parley takes at most {}", file_options_.size(),
                                     gmcr::kMaxOptions));
    }
  }

  void read_decision_makers(const Field& field) {
    const std::vector<Field> items = ctx_.items(field);
    if (field.node.IsSequence() && items.size() < 2) {
      ctx_.report(field, fmt::format("a conflict needs at least two decision makers, got {}",
                                     items.size()));
    }
    std::set<std::string> ids;
    controller_.assign(file_options_.size(), kNone);
    for (const Field& item : items) {
      const std::size_t index = file_.decision_makers.size();
      GmcrDecisionMakerSpec dm;
      dm_fields_.push_back(item);
      if (!item.node.IsMap()) {
        ctx_.report(item,
                    "expected a decision maker {\"name\", \"options\", \"preferences\"}, "
                    "got " +
                        detail::describe(item.node));
        file_.decision_makers.push_back(std::move(dm));
        continue;
      }
      const Field name = ReadContext::child(item, "name");
      if (auto s = ctx_.text(name)) dm.name = *s;
      if (!name.present()) ctx_.report(item, "the decision maker has no name");
      dm.id = make_id(dm.name, "dm", ids);
      const Field options = ReadContext::child(item, "options");
      if (!options.present()) ctx_.report(item, "the decision maker has no 'options'");
      const std::vector<Field> refs = ctx_.items(options);
      if (options.node.IsSequence() && refs.empty()) {
        ctx_.report(options, fmt::format("decision maker '{}' controls no option", dm.name));
      }
      for (const Field& ref : refs) {
        const auto k = option_index(ref);
        if (!k) continue;
        if (controller_[*k] == index) {
          ctx_.report(
              ref, fmt::format("options[{}] ('{}') is listed twice", *k, file_options_[*k].name));
          continue;
        }
        if (controller_[*k] != kNone) {  // an earlier decision maker's
          ctx_.report(
              ref,
              fmt::format("options[{}] ('{}') is already controlled by '{}': an option "
                          "has one decision maker",
                          *k, file_options_[*k].name, file_.decision_makers[controller_[*k]].name));
          continue;
        }
        controller_[*k] = index;
        dm_order_.push_back(*k);
      }
      const Field misperceptions = ReadContext::child(item, "misperceptions");
      if (misperceptions.present() &&
          (!misperceptions.node.IsSequence() || misperceptions.node.size() > 0)) {
        file_.warnings.push_back(fmt::format(
            "{}: decision maker '{}': misperceptions are left out (parley analyses the conflict "
            "as every decision maker sees it)",
            ctx_.file(), dm.name));
      }
      file_.decision_makers.push_back(std::move(dm));
    }
  }

  // An option by its index in the file's list.
  std::optional<std::size_t> option_index(const Field& field) {
    const int last = static_cast<int>(file_options_.size()) - 1;
    if (last < 0) {
      ctx_.report(field, "the file lists no options");
      return std::nullopt;
    }
    if (auto k = ctx_.integer_in(field, 0, last)) return static_cast<std::size_t>(*k);
    return std::nullopt;
  }

  // The options in the model's order (each decision maker's in turn, as gmcr-py orders them),
  // their ids made from their names.
  void order_options() {
    for (std::size_t k = 0; k < file_options_.size(); ++k) {
      if (controller_.size() == file_options_.size() && controller_[k] == kNone &&
          k < option_fields_.size()) {
        ctx_.report(option_fields_[k],
                    fmt::format("options[{}] ('{}') is controlled by no decision maker", k,
                                file_options_[k].name));
      }
    }
    std::set<std::string> ids;
    position_.assign(file_options_.size(), kNone);
    for (const std::size_t k : dm_order_) {
      GmcrOptionSpec option = file_options_[k];
      option.decision_maker = controller_[k];
      option.id = make_id(option.name, "option", ids);
      position_[k] = file_.options.size();
      file_.options.push_back(std::move(option));
    }
  }

  // A condition: [[option, "Y"|"N"], …] (all hold) or {"compound": true, "members": [...]} (one
  // holds).
  std::optional<Condition> condition(const Field& field) {
    if (field.node.IsMap()) {
      const Field members = ReadContext::child(field, "members");
      if (!members.present()) {
        ctx_.report(field, "a compound condition without 'members'");
        return std::nullopt;
      }
      std::vector<Statement> any;
      std::vector<std::string> keys;
      bool ok = true;
      for (const Field& m : ctx_.items(members)) {
        auto c = simple_condition(m);
        if (!c) {
          ok = false;
          continue;
        }
        any.push_back(std::move(c->statement));
        keys.push_back(c->key);
      }
      if (!ok) return std::nullopt;
      if (any.empty()) {
        ctx_.report(members, "a compound condition with no members");
        return std::nullopt;
      }
      std::sort(keys.begin(), keys.end());
      std::string key;
      for (const auto& k : keys) key += k + ",";
      if (any.size() == 1) return Condition{std::move(any.front()), key};
      return Condition{Statement::disjunction(std::move(any)), key};
    }
    return simple_condition(field);
  }

  std::optional<Condition> simple_condition(const Field& field) {
    if (!field.node.IsSequence()) {
      ctx_.report(field, "expected a condition (a list of [option, \"Y\" or \"N\"]), got " +
                             detail::describe(field.node));
      return std::nullopt;
    }
    std::vector<Statement> all;
    std::string key(file_.options.size(), '-');
    bool ok = true;
    for (const Field& pair : ctx_.items(field)) {
      const std::vector<Field> parts =
          pair.node.IsSequence() ? ctx_.items(pair) : std::vector<Field>{};
      if (parts.size() != 2) {
        ctx_.report(pair, "expected [option, \"Y\" or \"N\"], got " + detail::describe(pair.node));
        ok = false;
        continue;
      }
      const auto k = option_index(parts[0]);
      const auto taken = ctx_.choice(parts[1], {"Y", "N"});
      if (!k || !taken || position_.size() != file_options_.size() || position_[*k] == kNone) {
        ok = false;
        continue;
      }
      const std::size_t option = position_[*k];
      Statement s = Statement::taken(option);
      all.push_back(*taken == "Y" ? std::move(s) : Statement::negation(std::move(s)));
      key[option] = (*taken)[0];
    }
    if (!ok) return std::nullopt;
    if (all.empty()) {
      ctx_.report(field, "an empty condition (it would hold in every state)");
      return std::nullopt;
    }
    if (all.size() == 1) return Condition{std::move(all.front()), key};
    return Condition{Statement::conjunction(std::move(all)), key};
  }

  void note_coalitions(const Field& field) {
    if (!field.present() || !field.node.IsSequence()) return;
    for (const auto& item : field.node) {
      if (item.IsSequence() && item.size() > 1) {
        file_.warnings.push_back(fmt::format(
            "{}: coalitions are left out: parley analyses each decision maker on its own",
            ctx_.file()));
        return;
      }
    }
  }

  void read_preferences(std::size_t i, const std::optional<std::vector<gmcr::Pattern>>& states) {
    const Field& item = dm_fields_[i];
    GmcrDecisionMakerSpec& dm = file_.decision_makers[i];
    if (!item.node.IsMap()) return;
    if (manual_) {
      dm.preference = GmcrPreferenceKind::ranking;
      const Field ranking = ReadContext::child(item, "preferenceRanking").present()
                                ? ReadContext::child(item, "preferenceRanking")
                                : ReadContext::child(item, "preferenceVector");
      if (!ranking.present()) {
        ctx_.report(item, fmt::format("decision maker '{}' has no preferenceRanking, and the file "
                                      "uses manual preference rankings",
                                      dm.name));
        return;
      }
      if (!states) return;
      if (auto r = detail::read_ranking(ctx_, ranking, *states, file_.options.size(), false)) {
        dm.ranking = std::move(*r);
      }
      return;
    }
    dm.preference = GmcrPreferenceKind::priorities;
    const Field preferences = ReadContext::child(item, "preferences");
    std::set<std::string> seen;
    for (const Field& p : ctx_.items(preferences)) {
      auto c = condition(p);
      if (!c) continue;
      if (!seen.insert(c->key).second) {  // gmcr-py ignores a condition it already has
        file_.warnings.push_back(
            fmt::format("{}: {}: the same condition as an earlier one; left out, as gmcr-py does",
                        ctx_.file(), p.path));
        continue;
      }
      dm.priorities.push_back(std::move(c->statement));
      dm.priority_notes.emplace_back();  // gmcr-py files cite nothing
    }
    if (dm.priorities.size() > gmcr::kMaxPriorities) {
      ctx_.report(preferences, fmt::format("{} conditions; a prioritization has at most {}",
                                           dm.priorities.size(), gmcr::kMaxPriorities));
    }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  ReadContext& ctx_;
  GmcrModelFile file_;
  bool manual_ = false;
  std::vector<GmcrOptionSpec> file_options_;  // in the file's order
  std::vector<Field> option_fields_;          // per file option
  std::vector<std::size_t> controller_;       // per file option: its decision maker, or kNone
  std::vector<std::size_t> dm_order_;         // file options in the model's order
  std::vector<std::size_t> position_;         // per file option: its index in the model, or kNone
  std::vector<Field> dm_fields_;
};

}  // namespace gmcr_py

GmcrModelFile read_gmcr_py(std::string_view text, const std::string& name) {
  const std::string stem = std::filesystem::path(name).stem().string();
  return detail::read_yaml_document(text, name,
                                    [&stem](detail::ReadContext& ctx, const YAML::Node& root) {
                                      return gmcr_py::GmcrPyReader(ctx, stem).read(root);
                                    });
}

GmcrModelFile read_gmcr_py_file(const std::string& path) {
  return read_gmcr_py(detail::read_model_text(path), path);
}

}  // namespace parley::io
