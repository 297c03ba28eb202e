#include "parley/analysis/inputs.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "parley/bargain/space_from_scenario.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/io/default_scenario.hpp"
#include "parley/io/genius_reader.hpp"
#include "parley/io/genius_to_scenario.hpp"
#include "parley/io/gmcr_py_reader.hpp"
#include "parley/io/gmcr_writer.hpp"
#include "parley/io/ktab_to_scenario.hpp"
#include "parley/io/scenario_reader.hpp"
#include "parley/io/scenario_writer.hpp"

namespace parley::analysis {

namespace {

// The scenario with `levels` settlement levels on every numeric issue (0: unchanged).
scenario::Scenario with_levels(scenario::Scenario s, int levels) {
  if (levels == 0) return s;
  s.bargaining.levels = levels;
  for (auto& issue : s.issues)
    if (issue.kind == scenario::IssueKind::numeric) issue.levels = levels;
  return s;
}

}  // namespace

scenario::Scenario load_scenario(const std::string& file) {
  if (file.empty()) return io::load_default_scenario();
  return io::read_scenario_file(file);
}

BargainingInput load_bargaining_input(const std::string& path,
                                      const BargainingInputOptions& options) {
  if (!path.empty() && std::filesystem::is_directory(path)) {
    if (!options.parties.empty() || options.levels != 0)
      throw InputError(Diagnostic{
          path, 0, 0, "", "--parties and --levels apply to scenario files, not GENIUS domains"});
    io::GeniusDomain domain = io::read_genius_dir(path);
    return {std::move(domain.space), "GENIUS domain " + domain.name};
  }
  const scenario::Scenario s = with_levels(load_scenario(path), options.levels);
  if (options.parties.empty()) return {bargain::space_from_scenario(s), s.meta.title};
  return {bargain::space_from_scenario(s, options.parties), s.meta.title};
}

ImportedScenario import_genius(const std::string& directory) {
  const io::GeniusDomain domain = io::read_genius_dir(directory);
  return {io::write_scenario_yaml(io::scenario_from_genius(domain)),
          fmt::format("GENIUS domain {}, {} parties, {} issues", domain.name,
                      domain.profiles.size(), domain.issues.size())};
}

ImportedScenario import_ktab(const std::string& file) {
  const io::KtabScenario ktab = io::read_ktab(file);
  std::string description =
      fmt::format("KTAB scenario {}, {} actors, {} dimensions", ktab.model.name,
                  ktab.model.actors.size(), ktab.model.dimensions.size());
  for (const Diagnostic& w : ktab.warnings) description += "\n  warning: " + w.to_string();
  return {io::write_scenario_yaml(io::scenario_from_ktab(ktab, file)), description};
}

ImportedScenario import_gmcr(const std::string& file) {
  const io::GmcrModelFile model = io::read_gmcr_py_file(file);
  std::string description = fmt::format(
      "gmcr-py conflict {}, {} decision makers, {} options, {} feasible states", model.name,
      model.decision_makers.size(), model.options.size(), model.model.states.size());
  for (const std::string& w : model.warnings) description += "\n  warning: " + w;
  return {io::write_gmcr_model(model), description};
}

std::string scenario_yaml(const scenario::Scenario& scenario) {
  return io::write_scenario_yaml(scenario);
}

}  // namespace parley::analysis
