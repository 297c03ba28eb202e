#pragma once
// Shared fixtures of the scenario reader tests: a small valid document with known line numbers
// and helpers that edit it and catch the diagnostics.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/io/scenario_reader.hpp"

namespace parley::io::testing {

// A valid scenario; the comments in scenario_test_support.cpp give each line's number.
const std::string& base_document();

// base_document() with the one occurrence of `from` replaced by `to`.
std::string with(const std::string& from, const std::string& to);

// The diagnostics of reading `text` (named "test.yaml"); empty when it loads.
std::vector<Diagnostic> problems(const std::string& text);

// The only diagnostic of reading `text`; a test failure when there is not exactly one.
Diagnostic only_problem(const std::string& text);

// The diagnostic with this field, or a blank one (test failure) when there is none.
Diagnostic problem_at(const std::vector<Diagnostic>& all, const std::string& field);

}  // namespace parley::io::testing
