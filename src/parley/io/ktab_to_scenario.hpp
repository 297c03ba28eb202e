#pragma once
// A KTAB scenario as a parley scenario (`parley import ktab FILE`): each actor a party whose
// capability is its power divided by the largest power (KTAB's forecasts depend on power ratios
// only), each dimension a numeric issue on KTAB's 0..100 scale, each actor's position its ideal
// and its salience (KTAB's share of the actor's attention, 0..1) as given.

#include <string>

#include "parley/io/ktab_reader.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::io {

// Actor and issue ids are the names with every character that an id may not hold replaced by '_'
// (and a leading "a_" or "d_" when the name does not start with a letter), made unique with a
// suffix. `as_of` is the scenario's date (today, UTC, when empty).
scenario::Scenario scenario_from_ktab(const KtabScenario& ktab, const std::string& file,
                                      const std::string& as_of = "");

}  // namespace parley::io
