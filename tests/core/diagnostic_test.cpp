// Errors that explain themselves (core/diagnostic.hpp).

#include "parley/core/diagnostic.hpp"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Diagnostic, SaysFileLineColumnFieldMessageLeavingOutWhatIsUnknown) {
  EXPECT_EQ((Diagnostic{"s.yaml", 12, 5, "positions[3].salience", "must be in 0..1"}.to_string()),
            "s.yaml:12:5: positions[3].salience: must be in 0..1");
  EXPECT_EQ((Diagnostic{"s.yaml", 0, 0, "", "cannot be read"}.to_string()),
            "s.yaml: cannot be read");
}

TEST(InputError, CarriesEveryDiagnostic) {
  const InputError e({{"a", 1, 1, "x", "first"}, {"a", 2, 1, "y", "second"}});
  ASSERT_EQ(e.diagnostics().size(), 2u);
  EXPECT_EQ(e.diagnostics()[1].message, "second");
}

TEST(LimitError, IsALengthErrorWithItsMessage) {
  const LimitError e("more than 2^32 - 1 candidate points");
  const std::length_error& base = e;
  EXPECT_STREQ(base.what(), "more than 2^32 - 1 candidate points");
}

}  // namespace
}  // namespace parley
