#pragma once
// What the tests of the GMCR model readers share: reading a text, collecting the diagnostics of a
// failed read, and the equilibria of the model read (numbered from 1, as people number states).

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/gmcr/graph.hpp"
#include "parley/gmcr/stability.hpp"
#include "parley/io/gmcr_py_reader.hpp"
#include "parley/io/gmcr_reader.hpp"
#include "support/input_errors.hpp"

namespace parley::test::gmcr_support {

inline io::GmcrModelFile read_yaml(const std::string& text,
                                   const std::string& name = "model.yaml") {
  return io::read_gmcr_model(text, name);
}

using parley::testing::input_errors;

inline std::vector<Diagnostic> yaml_problems(const std::string& text) {
  return input_errors([&] { io::read_gmcr_model(text, "model.yaml"); });
}

inline std::vector<Diagnostic> gmcr_py_problems(const std::string& text) {
  return input_errors([&] { io::read_gmcr_py(text, "conflict.gmcr"); });
}

// 1-based state numbers of a set.
inline std::vector<std::size_t> numbered(const gmcr::StateSet& set) {
  std::vector<std::size_t> out;
  for (const std::size_t s : set.states()) out.push_back(s + 1);
  return out;
}

struct Equilibria {
  std::vector<std::size_t> nash, gmr, smr, seq;
  bool operator==(const Equilibria&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const Equilibria& e) {
  const auto list = [&out](const char* name, const std::vector<std::size_t>& states) {
    out << name << " {";
    for (const std::size_t s : states) out << ' ' << s;
    out << " } ";
  };
  list("Nash", e.nash);
  list("GMR", e.gmr);
  list("SMR", e.smr);
  list("SEQ", e.seq);
  return out;
}

inline gmcr::Stability stability_of(const gmcr::Model& model) {
  return gmcr::analyse_stability(gmcr::graph_of(model));
}

inline Equilibria equilibria_of(const gmcr::Model& model) {
  const gmcr::Stability st = stability_of(model);
  using C = gmcr::SolutionConcept;
  return {numbered(st.equilibria_under(C::nash)), numbered(st.equilibria_under(C::gmr)),
          numbered(st.equilibria_under(C::smr)), numbered(st.equilibria_under(C::seq))};
}

// The pattern of each state, Y/N per option.
inline std::vector<std::string> patterns_of(const gmcr::Model& model) {
  std::vector<std::string> out;
  for (const gmcr::Pattern p : model.states)
    out.push_back(io::pattern_text(p, model.options.size()));
  return out;
}

// Dense ranks, 1 the least preferred: what only the order of the payoffs says.
inline std::vector<int> order_of(const std::vector<std::int64_t>& payoff) {
  std::vector<int> out;
  for (const std::int64_t p : payoff) {
    std::vector<std::int64_t> below;
    for (const std::int64_t q : payoff) {
      if (q < p && std::find(below.begin(), below.end(), q) == below.end()) below.push_back(q);
    }
    out.push_back(static_cast<int>(below.size()) + 1);
  }
  return out;
}

}  // namespace parley::test::gmcr_support
