#pragma once
// What the analyses read: scenario files (or the embedded default scenario), GENIUS domain
// directories, and other tools' files imported as scenarios. Every function throws InputError
// (core/diagnostic.hpp) naming the file, line and field of each problem.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// The scenario in `file` (YAML or JSON), or the embedded peace-talks scenario when `file` is
// empty.
scenario::Scenario load_scenario(const std::string& file);

// What to bargain over, read from a scenario file (or the default scenario) or a GENIUS domain
// directory. `levels` (0: as the scenario says) sets the settlement levels of every numeric
// issue; `parties` (empty: the actors with role party) chooses the bargaining parties. Both
// apply to scenarios only: given with a GENIUS directory they are an InputError.
struct BargainingInputOptions {
  int levels = 0;
  std::vector<std::string> parties;
};
struct BargainingInput {
  bargain::AdditiveSpace space;
  std::string title;  // the scenario's title, or "GENIUS domain <name>"
};
BargainingInput load_bargaining_input(const std::string& path,
                                      const BargainingInputOptions& options = {});

// A GENIUS domain directory as a parley scenario file (YAML), and what it holds in a line:
// "GENIUS domain Laptop, 2 parties, 3 issues".
struct ImportedScenario {
  std::string yaml;
  std::string description;
};
ImportedScenario import_genius(const std::string& directory);
// A KTAB scenario file (CSV or XML, io/ktab_reader.hpp) as a scenario (io/ktab_to_scenario.hpp);
// the description names what the file asks for that parley does not run.
ImportedScenario import_ktab(const std::string& file);

// A gmcr-py conflict file (.gmcr, io/gmcr_py_reader.hpp) as a parley GMCR model file (YAML,
// docs/gmcr.md); the description says what it holds, and names on further lines what is left out.
ImportedScenario import_gmcr(const std::string& file);

// A scenario as a scenario file (YAML, docs/scenario-format.md).
std::string scenario_yaml(const scenario::Scenario& scenario);

}  // namespace parley::analysis
