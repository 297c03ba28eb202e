#pragma once
// Which outcomes of a conflict would hold (docs/gmcr.md): a Graph Model for Conflict Resolution
// model read from a model file (YAML), a gmcr-py file or the embedded Elmira model, and for every
// state and decision maker whether it is stable under Nash, GMR, SMR and SEQ, with the equilibria.
// Plain values; report/ puts them in words.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"

namespace parley::analysis {

// "nash", "gmr", "smr", "seq"; and back (nullopt for another name).
const char* to_string(gmcr::SolutionConcept concept_);
std::optional<gmcr::SolutionConcept> solution_concept(const std::string& name);

// The most unilateral moves (all decision makers together, counted before they are generated) a
// model may have: beyond it the analysis throws LimitError instead of running out of memory.
inline constexpr std::size_t kMaxGmcrMoves = 50'000'000;

struct GmcrOptions {
  // The concepts to report; all four by default. Every concept is computed (they come together);
  // this chooses what the result's views show.
  std::vector<gmcr::SolutionConcept> concepts{gmcr::kSolutionConcepts.begin(),
                                              gmcr::kSolutionConcepts.end()};
};

// What `parley gmcr MODEL` reads.
struct GmcrInput {
  gmcr::Model model;  // decision makers and options named by their ids
  std::string input;  // the file read, or "elmira.yaml (embedded)"
  std::string description;
  std::vector<std::string> decision_maker_names;  // per decision maker: its name, or its id
  std::vector<std::string> option_names;          // per option: what it means, or its id
  std::vector<std::string> warnings;              // what a gmcr-py file holds that is left out
};

// A model file (YAML, io/gmcr_reader.hpp), a gmcr-py file (by the extension .gmcr,
// io/gmcr_py_reader.hpp), or the embedded Elmira model when `path` is empty. Throws InputError.
GmcrInput load_gmcr_input(const std::string& path);

// The analysis of a model.
struct Gmcr {
  std::string name;  // the model's
  std::string description;
  std::string input;
  std::vector<std::string> warnings;
  gmcr::Model model;  // as analysed: states as patterns (numbered from 1 for people), payoffs
  std::vector<std::string> decision_maker_names;  // as in GmcrInput (ids when not known)
  std::vector<std::string> option_names;
  std::vector<gmcr::SolutionConcept> concepts;  // those to report, in kSolutionConcepts order
  gmcr::Stability stability;                    // every concept, decision maker and state
  std::size_t moves = 0;                        // unilateral moves, all decision makers together

  std::size_t state_count() const { return model.states.size(); }
};

// Generates the moves and analyses every state (gmcr::graph_of, gmcr::analyse_stability; their
// costs), then checks Nash ⊆ SMR ⊆ GMR and Nash ⊆ SEQ ⊆ GMR for every decision maker (a failure is
// a bug: std::logic_error). Throws InputError for an invalid model and LimitError beyond
// kMaxGmcrMoves.
Gmcr analyse_gmcr(const gmcr::Model& model, const GmcrOptions& options = {});
Gmcr analyse_gmcr(const GmcrInput& input, const GmcrOptions& options = {});

// Each decision maker's rank of each state: 1 for its most preferred states, ties sharing a rank
// (dense ranks of the payoffs, highest first). [decision maker][state].
std::vector<std::vector<std::size_t>> preference_ranks(const gmcr::Model& model);

}  // namespace parley::analysis
