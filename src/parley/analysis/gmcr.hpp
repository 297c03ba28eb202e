#pragma once
// Which outcomes of a conflict would hold (docs/gmcr.md): a Graph Model for Conflict Resolution
// model read from a model file (YAML), a gmcr-py file or the embedded Elmira model, and for every
// state and decision maker whether it is stable under Nash, GMR, SMR and SEQ, with the equilibria.
// Plain values; report/ puts them in words.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/gmcr/coalition.hpp"
#include "parley/gmcr/inverse.hpp"
#include "parley/gmcr/model.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/gmcr/status_quo.hpp"

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
  // Coalition stability (CNash, CGMR, CSMR, CSEQ for every coalition) and, from the status quo,
  // coalition improvements; for models of up to kMaxGmcrCoalitionStates states.
  bool coalitions = false;
  // A state (number from 1, or a Y/N pattern) to make an equilibrium under each concept asked
  // for: the inverse problem (gmcr/inverse.hpp). Empty: none.
  std::string stabilize;
};

// Coalition analysis keeps bit vectors of states per state: it is refused beyond this many.
inline constexpr std::size_t kMaxGmcrCoalitionStates = 4096;

// A priority statement as the model file gives it, with what backs it (io/gmcr_reader.hpp).
struct GmcrPriority {
  std::string statement;             // as written back ("-neutral IF -guarantee")
  std::vector<std::string> sources;  // corpus lines, "003:58"
  bool assumption = false;
  std::string note;
};

// What `parley gmcr MODEL` reads.
struct GmcrInput {
  gmcr::Model model;  // decision makers and options named by their ids
  std::string input;  // the file read, or "elmira.yaml (embedded)"
  std::string description;
  std::vector<std::string> decision_maker_names;      // per decision maker: its name, or its id
  std::vector<std::string> option_names;              // per option: what it means, or its id
  std::vector<std::string> warnings;                  // what a gmcr-py file holds that is left out
  std::optional<std::size_t> status_quo;              // the state the conflict is in, when given
  std::vector<std::vector<GmcrPriority>> priorities;  // per decision maker (empty: not priorities)
};

// A model file (YAML, io/gmcr_reader.hpp), a gmcr-py file (by the extension .gmcr,
// io/gmcr_py_reader.hpp), or the embedded peace-talks model (examples/gmcr/peace-talks.yaml, the
// graph model of the default scenario) when `path` is empty. Throws InputError.
GmcrInput load_gmcr_input(const std::string& path);

// The inverse answer for one concept: the fewest ranking swaps that make `state` an equilibrium.
struct GmcrStabilize {
  std::size_t state = 0;
  gmcr::SolutionConcept concept_ = gmcr::SolutionConcept::nash;
  gmcr::Inverse inverse;
};

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
  std::vector<std::vector<GmcrPriority>> priorities;  // as in GmcrInput
  // From the status quo, when the input names one: the states reachable by unilateral moves and
  // improvements (and coalition improvements with GmcrOptions::coalitions), and the fewest steps
  // to each target: the equilibria under the concepts reported (and the coalition equilibria).
  std::optional<gmcr::StatusQuo> status_quo;
  std::optional<gmcr::CoalitionStability> coalitions;  // with GmcrOptions::coalitions
  std::vector<GmcrStabilize> stabilize;                // per concept reported, with stabilize

  std::size_t state_count() const { return model.states.size(); }
};

// Generates the moves and analyses every state (gmcr::graph_of, gmcr::analyse_stability; their
// costs), then checks Nash ⊆ SMR ⊆ GMR and Nash ⊆ SEQ ⊆ GMR for every decision maker (a failure is
// a bug: std::logic_error). Throws InputError for an invalid model and LimitError beyond
// kMaxGmcrMoves.
// With GmcrOptions::coalitions, coalition stability too (LimitError beyond
// kMaxGmcrCoalitionStates); with GmcrOptions::stabilize, the inverse answer (InputError for a
// state that is not one of the model's). The GmcrInput form also analyses the status quo, when
// the input names one.
Gmcr analyse_gmcr(const gmcr::Model& model, const GmcrOptions& options = {});
Gmcr analyse_gmcr(const GmcrInput& input, const GmcrOptions& options = {});

// The targets of the status quo analysis: every state that is an equilibrium under a concept
// reported, or a coalition equilibrium under one, in increasing order.
std::vector<std::size_t> gmcr_targets(const Gmcr& gmcr);

// Each decision maker's rank of each state: 1 for its most preferred states, ties sharing a rank
// (dense ranks of the payoffs, highest first). [decision maker][state].
std::vector<std::vector<std::size_t>> preference_ranks(const gmcr::Model& model);

}  // namespace parley::analysis
