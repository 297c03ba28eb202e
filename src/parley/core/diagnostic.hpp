#pragma once
// Diagnostics: a problem in a user's input, located by file, line, column and field.

#include <stdexcept>
#include <string>
#include <vector>

namespace parley {

// One problem in an input file. Lines and columns are 1-based; 0 means "not known".
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;    // dotted path, e.g. "positions[3].salience"
  std::string message;  // what is wrong, and where useful what was expected

  // "file:line:column: field: message", leaving out the parts that are not known.
  std::string to_string() const;
  bool operator==(const Diagnostic&) const = default;
};

// Thrown when an input cannot be used; carries every problem found (at least one).
// The CLI prints each on its own line and exits with status 2.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  explicit InputError(Diagnostic diagnostic);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Thrown when a computation would pass one of parley's limits (e.g. a frontier merge with more
// than 2^32 − 1 candidate points). The message names the limit and what would bring the work
// under it; the CLI prints it and exits with status 2.
class LimitError : public std::length_error {
 public:
  using std::length_error::length_error;
};

}  // namespace parley
