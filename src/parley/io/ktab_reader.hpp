#pragma once
// Readers for the scenario files of KTAB's Spatial Model of Politics (docs/forecast.md, "KTAB's
// file formats"): the CSV that KTAB's `smpc --csv` reads and the XML of `smpc --xml`.
//
// Both give a forecast::Model with every dimension on KTAB's 0..100 scale, capabilities as written
// and saliences divided by 100. The XML's model parameters become SmpOptions where parley runs
// them; the others (stochastic state transitions, bargain models other than InitOnlyInterp, ideal
// adjustments) are reported as warnings, each located, and the run keeps KTAB's defaults for them.
// Every problem in a file is an InputError naming the file, line, column and field; all problems
// of a file are reported together, in line order.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/core/diagnostic.hpp"
#include "parley/forecast/model.hpp"
#include "parley/forecast/smp.hpp"

namespace parley::io {

struct KtabScenario {
  forecast::Model model;              // name from the file; dimensions 0..100; saliences in [0, 1]
  std::string description;            // the scenario's description
  forecast::SmpOptions options;       // KTAB's defaults, or the XML's ModelParameters
  std::optional<std::uint64_t> seed;  // the XML's prngSeed (a deterministic run does not use it)
  std::vector<Diagnostic> warnings;   // what the file asks for that parley does not run
};

// KTAB's CSV: row 1 name, description, number of actors, number of dimensions (`,` or `;`
// separated; trailing empty fields allowed); row 2 a header whose position columns name the
// dimensions; one row per actor: name, description, power, then a position (0–100) and a salience
// (0–100) per dimension, the saliences summing to at most 100. Blank lines are skipped; quoted
// fields may hold the separator. 3 to 250 actors (KTAB's limits).
KtabScenario read_ktab_csv(const std::string& path);
KtabScenario read_ktab_csv(std::string_view text, const std::string& name);

// KTAB's XML (smpSchema.xsd): <Scenario> with name, desc, prngSeed, optional ModelParameters,
// Dimensions/dName, Actors/Actor (name, description, capability, Position/dCoord,
// Salience/dSal) and optional IdealAdjustment.
KtabScenario read_ktab_xml(const std::string& path);
KtabScenario read_ktab_xml(std::string_view text, const std::string& name);

// By extension: .xml as XML, anything else as CSV.
KtabScenario read_ktab(const std::string& path);

}  // namespace parley::io
