#pragma once
// Reader for GENIUS negotiation files (the ANAC interchange format, also read by NegMAS): one
// domain file (`<negotiation_template>` or a `<utility_space>` without weights) and one profile
// (`<utility_space>` with weights and evaluations) per party. GENIUS's own semantics:
//   u_p(x) = Σ_i w_pi · eval_pi(x_i), weights as written (not renormalized);
//   discrete issue: eval(v) = evaluation(v) / max_v evaluation(v);
//   integer issue:  eval(v) = clamp01(slope · (v − lowerbound) + offset), or with the older
//                   `parameter0/parameter1` form clamp01(parameter1 · v + parameter0);
//   reservation value = `<reservation value=…>` (absent = 0); discount factors are ignored.
// Problems are reported like the scenario reader's: every problem of the domain and of all the
// profiles, each naming file, line, column and field (docs/utility.md), in one InputError (the
// domain's first, then each profile's, in line order). An issue that the domain gets wrong is
// passed over in the profiles, so that one mistake is reported once.

#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"

namespace parley::io {

// One issue of a GENIUS domain, with its values in domain order.
struct GeniusIssue {
  std::string id;        // scenario-safe id derived from the name ("Laptop", "External_Monitor")
  std::string name;      // as written in the domain ("Laptop")
  bool integer = false;  // an integer issue (values lowerbound..upperbound)
  std::vector<std::string> values;     // value labels in domain order ("Dell", "Macintosh", …)
  std::vector<std::string> value_ids;  // scenario-safe ids of the values, same order
  std::vector<double> points;          // each value's point: index (discrete) or the integer
  bool operator==(const GeniusIssue&) const = default;
};

// One party's GENIUS profile, aligned with the domain's issues and values.
struct GeniusProfile {
  std::string id;                         // party id: the file stem ("Laptop-C-prof1"), made safe
  std::string file;                       // the profile's path
  std::vector<double> weights;            // per domain issue, as written
  std::vector<std::vector<double>> eval;  // [issue][value]: GENIUS eval in 0..1
  double reservation = 0;                 // `<reservation>`, 0 when absent
  bool operator==(const GeniusProfile&) const = default;
};

// A GENIUS scenario: the domain, the profiles (ordered by file name) and the additive space.
struct GeniusDomain {
  std::string name;         // the domain's name (its directory, or the domain file's stem)
  std::string domain_file;  // path of the domain file
  std::vector<GeniusIssue> issues;
  std::vector<GeniusProfile> profiles;
  // contribution = weight × eval; every level acceptable; reservation from the profile.
  bargain::AdditiveSpace space;
  bool operator==(const GeniusDomain&) const = default;
};

// Reads a directory holding one domain file and at least two profiles (profiles sorted by file
// name). Throws InputError for a missing or non-directory path, an empty directory, no or
// ambiguous domain file, fewer than two profiles, or problems in the files (all of them).
GeniusDomain read_genius_dir(const std::string& dir);

// Reads a domain file and the given profiles (kept in the given order; at least two).
GeniusDomain read_genius(const std::string& domain_path,
                         const std::vector<std::string>& profile_paths);

// A scenario-safe id from a GENIUS name: other characters than letters, digits, '_', '-', '.'
// become '_', and `prefix` goes first when it does not start with a letter ("19'' LCD" → "v19_LCD"
// with prefix "v"). Valid ids are kept as they are ("Laptop-C-prof1").
std::string genius_safe_id(const std::string& name, const char* prefix);

}  // namespace parley::io
