#pragma once
// The diagnostics of the InputError a reader throws, for tests of located errors.

#include <gtest/gtest.h>

#include <vector>

#include "parley/core/diagnostic.hpp"

namespace parley::testing {

// The diagnostics of the InputError that `read` throws; a test failure (and none) when it
// throws nothing.
template <class Read>
std::vector<Diagnostic> input_errors(Read read) {
  try {
    read();
  } catch (const InputError& error) {
    return error.diagnostics();
  }
  ADD_FAILURE() << "no InputError";
  return {};
}

}  // namespace parley::testing
