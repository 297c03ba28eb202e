#include "parley/analysis/gmcr.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/io/gmcr_py_reader.hpp"
#include "parley/io/gmcr_reader.hpp"
#include "parley/io/gmcr_writer.hpp"

namespace parley::analysis {

namespace {

using gmcr::SolutionConcept;

constexpr const char* kConceptNames[] = {"nash", "gmr", "smr", "seq"};

GmcrInput input_of(const io::GmcrModelFile& file, std::string input) {
  GmcrInput in;
  in.model = file.model;
  in.input = std::move(input);
  in.description = file.description;
  for (const auto& dm : file.decision_makers) {
    in.decision_maker_names.push_back(dm.name.empty() ? dm.id : dm.name);
  }
  for (const auto& o : file.options) in.option_names.push_back(o.name.empty() ? o.id : o.name);
  in.warnings = file.warnings;
  in.status_quo = file.status_quo;
  std::vector<std::string> ids;
  for (const auto& o : file.options) ids.push_back(o.id);
  for (const auto& dm : file.decision_makers) {
    std::vector<GmcrPriority> list;
    for (std::size_t k = 0; k < dm.priorities.size(); ++k) {
      GmcrPriority p;
      p.statement = io::statement_text(dm.priorities[k], ids);
      if (k < dm.priority_notes.size()) {
        p.sources = dm.priority_notes[k].sources;
        p.assumption = dm.priority_notes[k].assumption;
        p.note = dm.priority_notes[k].note;
      }
      list.push_back(std::move(p));
    }
    in.priorities.push_back(std::move(list));
  }
  return in;
}

// A state named by its number (from 1) or its Y/N pattern.
std::size_t state_named(const gmcr::Model& model, const std::string& text) {
  const std::size_t n = model.options.size();
  const auto fail = [&](const std::string& why) -> std::size_t {
    throw InputError(Diagnostic{"", 0, 0, "--stabilize", why});
  };
  if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      })) {
    const std::size_t k = text.size() > 9 ? 0 : std::stoul(text);
    if (k < 1 || k > model.states.size()) {
      return fail(
          fmt::format("no state {}: the states are numbered 1 to {}", text, model.states.size()));
    }
    return k - 1;
  }
  if (text.size() != n || text.find_first_not_of("YN") != std::string::npos) {
    return fail(
        fmt::format("'{}' is neither a state number nor a pattern of {} letters Y and N", text, n));
  }
  gmcr::Pattern p = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (text[k] == 'Y') p |= gmcr::Pattern{1} << k;
  }
  const auto it = std::find(model.states.begin(), model.states.end(), p);
  if (it == model.states.end()) return fail("the pattern " + text + " is not a feasible state");
  return static_cast<std::size_t>(it - model.states.begin());
}

// An upper bound on the moves graph_of generates: per decision maker, the states that differ
// only in its options form a group, and each ordered pair in a group may be a move.
std::size_t move_bound(const gmcr::Model& model) {
  std::size_t bound = 0;
  std::vector<gmcr::Pattern> others(model.states.size());
  for (std::size_t i = 0; i < model.decision_makers.size(); ++i) {
    const gmcr::Pattern own = gmcr::options_of(model, i);
    for (std::size_t s = 0; s < model.states.size(); ++s) others[s] = model.states[s] & ~own;
    std::sort(others.begin(), others.end());
    for (std::size_t a = 0; a < others.size();) {
      std::size_t b = a;
      while (b < others.size() && others[b] == others[a]) ++b;
      const std::size_t g = b - a;
      bound += g * (g - 1);
      if (bound > kMaxGmcrMoves) return bound;
      a = b;
    }
  }
  return bound;
}

void check_inclusions(const gmcr::Stability& st, std::size_t decision_makers) {
  const auto nested = [&](const gmcr::StateSet& a, const gmcr::StateSet& b, const char* what) {
    if (!a.is_subset_of(b)) throw std::logic_error(fmt::format("GMCR: {} does not hold", what));
  };
  const auto check = [&](auto&& set) {
    nested(set(SolutionConcept::nash), set(SolutionConcept::smr), "Nash ⊆ SMR");
    nested(set(SolutionConcept::smr), set(SolutionConcept::gmr), "SMR ⊆ GMR");
    nested(set(SolutionConcept::nash), set(SolutionConcept::seq), "Nash ⊆ SEQ");
    nested(set(SolutionConcept::seq), set(SolutionConcept::gmr), "SEQ ⊆ GMR");
  };
  for (std::size_t i = 0; i < decision_makers; ++i) {
    check([&](SolutionConcept c) -> const gmcr::StateSet& { return st.stable_for(c, i); });
  }
  check([&](SolutionConcept c) -> const gmcr::StateSet& { return st.equilibria_under(c); });
}

}  // namespace

const char* to_string(gmcr::SolutionConcept concept_) {
  return kConceptNames[static_cast<std::size_t>(concept_)];
}

std::optional<gmcr::SolutionConcept> solution_concept(const std::string& name) {
  for (const SolutionConcept c : gmcr::kSolutionConcepts) {
    if (name == to_string(c)) return c;
  }
  return std::nullopt;
}

GmcrInput load_gmcr_input(const std::string& path) {
  if (path.empty()) {
    return input_of(io::load_default_gmcr_model(), "peace-talks.yaml (embedded)");
  }
  const std::string name = std::filesystem::path(path).filename().string();
  if (std::filesystem::path(path).extension() == ".gmcr") {
    return input_of(io::read_gmcr_py_file(path), name);
  }
  return input_of(io::read_gmcr_model_file(path), name);
}

Gmcr analyse_gmcr(const gmcr::Model& model, const GmcrOptions& options) {
  gmcr::validate(model);
  if (const std::size_t bound = move_bound(model); bound > kMaxGmcrMoves) {
    throw LimitError(fmt::format(
        "the model allows more than {} unilateral moves ({} states); split decision makers' "
        "options or add feasibility rules",
        kMaxGmcrMoves, model.states.size()));
  }
  Gmcr result;
  result.name = model.name;
  result.model = model;
  for (const auto& dm : model.decision_makers) result.decision_maker_names.push_back(dm.name);
  for (const auto& o : model.options) result.option_names.push_back(o.name);
  for (const SolutionConcept c : gmcr::kSolutionConcepts) {
    if (std::find(options.concepts.begin(), options.concepts.end(), c) != options.concepts.end()) {
      result.concepts.push_back(c);
    }
  }
  const gmcr::Graph graph = gmcr::graph_of(model);
  for (const auto& moves : graph.moves) result.moves += moves.size();
  result.stability = gmcr::analyse_stability(graph);
  check_inclusions(result.stability, model.decision_makers.size());
  if (options.coalitions) {
    if (model.states.size() > kMaxGmcrCoalitionStates) {
      throw LimitError(
          fmt::format("coalition analysis is for models of up to {} states; this one "
                      "has {}: leave out --coalitions",
                      kMaxGmcrCoalitionStates, model.states.size()));
    }
    result.coalitions = gmcr::analyse_coalition_stability(graph);
  }
  if (!options.stabilize.empty()) {
    const std::size_t state = state_named(model, options.stabilize);
    for (const SolutionConcept c : result.concepts) {
      result.stabilize.push_back(
          {state, c, gmcr::make_equilibrium(graph, static_cast<gmcr::StateIndex>(state), c)});
    }
  }
  return result;
}

std::vector<std::size_t> gmcr_targets(const Gmcr& g) {
  std::vector<std::size_t> out;
  for (std::size_t s = 0; s < g.state_count(); ++s) {
    for (const SolutionConcept c : g.concepts) {
      if (g.stability.equilibria_under(c).contains(s) ||
          (g.coalitions && g.coalitions->equilibria_under(c).contains(s))) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

Gmcr analyse_gmcr(const GmcrInput& input, const GmcrOptions& options) {
  Gmcr result = analyse_gmcr(input.model, options);
  result.description = input.description;
  result.input = input.input;
  result.warnings = input.warnings;
  if (input.decision_maker_names.size() == result.decision_maker_names.size()) {
    result.decision_maker_names = input.decision_maker_names;
  }
  if (input.option_names.size() == result.option_names.size()) {
    result.option_names = input.option_names;
  }
  result.priorities = input.priorities;
  if (input.status_quo) {
    gmcr::StatusQuoOptions sq;
    sq.coalition_improvements = options.coalitions;
    std::vector<gmcr::StateIndex> targets;
    for (const std::size_t t : gmcr_targets(result))
      targets.push_back(static_cast<gmcr::StateIndex>(t));
    result.status_quo = gmcr::analyse_status_quo(
        input.model, static_cast<gmcr::StateIndex>(*input.status_quo), std::move(targets), sq);
  }
  return result;
}

std::vector<std::vector<std::size_t>> preference_ranks(const gmcr::Model& model) {
  std::vector<std::vector<std::size_t>> ranks;
  for (const auto& dm : model.decision_makers) {
    std::vector<std::int64_t> values = dm.payoff;
    std::sort(values.begin(), values.end(), std::greater<>());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<std::size_t> r(dm.payoff.size());
    for (std::size_t s = 0; s < r.size(); ++s) {
      r[s] = static_cast<std::size_t>(
                 std::lower_bound(values.begin(), values.end(), dm.payoff[s], std::greater<>()) -
                 values.begin()) +
             1;
    }
    ranks.push_back(std::move(r));
  }
  return ranks;
}

}  // namespace parley::analysis
