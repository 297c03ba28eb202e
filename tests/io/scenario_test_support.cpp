#include "io/scenario_test_support.hpp"

namespace parley::io::testing {

const std::string& base_document() {
  static const std::string text =
      "parley: 1\n"                                                          // 1
      "meta:\n"                                                              // 2
      "  title: Wage talks\n"                                                // 3
      "  as_of: 2026-03-01\n"                                                // 4
      "  sources:\n"                                                         // 5
      "    - id: memo\n"                                                     // 6
      "      file: union-memo.txt\n"                                         // 7
      "      title: Union memo\n"                                            // 8
      "actors:\n"                                                            // 9
      "  - id: UNION\n"                                                      // 10
      "    name: Drivers' union\n"                                           // 11
      "    capability: 0.4\n"                                                // 12
      "  - id: BOARD\n"                                                      // 13
      "    name: Company board\n"                                            // 14
      "    role: party\n"                                                    // 15
      "    capability: {value: 0.6, range: [0.5, 0.7], assumption: true}\n"  // 16
      "issues:\n"                                                            // 17
      "  - id: wage_raise\n"                                                 // 18
      "    title: Wage increase\n"                                           // 19
      "    kind: numeric\n"                                                  // 20
      "    min: 0\n"                                                         // 21
      "    max: 10\n"                                                        // 22
      "    low: {label: no raise, favoured_by: [BOARD]}\n"                   // 23
      "    high: {label: a large raise, favoured_by: [UNION]}\n"             // 24
      "  - id: shifts\n"                                                     // 25
      "    title: Shift pattern\n"                                           // 26
      "    kind: options\n"                                                  // 27
      "    options:\n"                                                       // 28
      "      - {id: eight, label: 8-hour shifts}\n"                          // 29
      "      - {id: ten, label: 10-hour shifts}\n"                           // 30
      "      - {id: twelve, label: 12-hour shifts}\n"                        // 31
      "    low: {label: short shifts, favoured_by: [UNION]}\n"               // 32
      "    high: {label: long shifts, favoured_by: [BOARD]}\n"               // 33
      "positions:\n"                                                         // 34
      "  - actor: UNION\n"                                                   // 35
      "    issue: wage_raise\n"                                              // 36
      "    ideal: 6\n"                                                       // 37
      "    salience: 0.9\n"                                                  // 38
      "    red_line: 2.5\n"                                                  // 39
      "    evidence:\n"                                                      // 40
      "      - {doc: memo, line: 4}\n"                                       // 41
      "  - actor: BOARD\n"                                                   // 42
      "    issue: wage_raise\n"                                              // 43
      "    ideal: 1\n"                                                       // 44
      "    salience: 0.7\n"                                                  // 45
      "    red_line: 4\n"                                                    // 46
      "  - actor: UNION\n"                                                   // 47
      "    issue: shifts\n"                                                  // 48
      "    ideal: eight\n"                                                   // 49
      "    salience: 0.5\n"                                                  // 50
      "    red_line: ten\n"                                                  // 51
      "    shape: piecewise\n"                                               // 52
      "    points: [[eight, 1.0], [ten, 0.4], [twelve, 0.0]]\n"              // 53
      "  - actor: BOARD\n"                                                   // 54
      "    issue: shifts\n"                                                  // 55
      "    ideal: twelve\n"                                                  // 56
      "    salience: 0.3\n"                                                  // 57
      "    values: [0.0, 0.5, 1.0]\n";                                       // 58
  return text;
}

std::string with(const std::string& from, const std::string& to) {
  std::string text = base_document();
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "not unique: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::vector<Diagnostic> problems(const std::string& text) {
  try {
    read_scenario(text, "test.yaml");
  } catch (const InputError& e) {
    return e.diagnostics();
  }
  return {};
}

Diagnostic only_problem(const std::string& text) {
  const auto all = problems(text);
  EXPECT_EQ(all.size(), 1u);
  if (all.size() != 1) {
    for (const auto& d : all) ADD_FAILURE() << "diagnostic: " << d.to_string();
  }
  return all.empty() ? Diagnostic{} : all.front();
}

Diagnostic problem_at(const std::vector<Diagnostic>& all, const std::string& field) {
  for (const auto& d : all) {
    if (d.field == field) return d;
  }
  ADD_FAILURE() << "no diagnostic for " << field;
  return {};
}

}  // namespace parley::io::testing
