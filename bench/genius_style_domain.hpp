#pragma once
// A seeded GENIUS-style domain at ANAC 2015 scale, for the benchmarks (bench_bargain,
// run-bench.sh): 5 parties, 6 issues with 3·4·10·5·8·50 = 240,000 bids.
//
//   issue 1 "Location"   discrete, 3 values     issue 4 "Music"      discrete, 5 values
//   issue 2 "Catering"   discrete, 4 values     issue 5 "Decoration" discrete, 8 values
//   issue 3 "Duration"   integer 1..10          issue 6 "Price"      integer 100..149
//
// The two long issues (10 and 50 levels) are GENIUS integer issues (`type="integer"
// lowerbound upperbound`) with a linear evaluator, `<evaluator ftype="linear" slope offset>`:
// eval(v) = clamp01(slope·(v − lowerbound) + offset). Each party is increasing or decreasing on
// each of them (both directions always present: conflict), from a floor f ∈ {0, 0.1, 0.2, 0.3}
// to 1 (increasing: offset f, slope (1 − f)/(n − 1); decreasing: offset 1, slope −(1 − f)/(n − 1)).
// Discrete issues: integer evaluations 1..10 per value and party, divided by their maximum as
// GENIUS does. Weights: hundredths summing to exactly 100 (written "0.17"), each ≥ 0.01.
// Reservation values: one of 0, 0.1, 0.2, 0.3 per party. Everything is drawn from SplitMix64
// with the given seed: the same seed gives the same domain, byte for byte, on every platform.
// The frontier's size, and so the time, depends strongly on the seed: 1,529 to 38,205 points over
// seeds 1–16 (median ≈ 10,000), 4,134 for the default seed 2015 (on the easy side).
//
// genius_style_space() builds the AdditiveSpace that parley::io::read_genius_dir returns for the
// files write_genius_style() writes (same ids, labels, points and bit-identical contributions).

#include <cstdint>
#include <string>
#include <vector>

#include "parley/bargain/additive_space.hpp"

namespace parley::bench {

struct GeniusStyleIssue {
  std::string name;
  bool integer = false;
  std::vector<std::string> values;  // discrete: item labels
  long long lowerbound = 0;         // integer: values lowerbound..upperbound
  long long upperbound = 0;
  std::size_t size() const {
    return integer ? static_cast<std::size_t>(upperbound - lowerbound + 1) : values.size();
  }
};

struct GeniusStyleProfile {
  std::string file_stem;                     // "AnacStyle_util1": also the party id
  std::vector<int> weight_hundredths;        // per issue; sum 100
  std::vector<std::vector<int>> evaluation;  // discrete issues: per value, 1..10 (else empty)
  std::vector<double> slope, offset;         // integer issues: the linear evaluator (else 0)
  double reservation = 0;                    // 0, 0.1, 0.2 or 0.3
};

struct GeniusStyleDomain {
  std::string name;  // "AnacStyle": the domain file is name + ".xml"
  std::vector<GeniusStyleIssue> issues;
  std::vector<GeniusStyleProfile> profiles;
};

constexpr std::uint64_t kGeniusStyleSeed = 2015;

// The 5-party, 240,000-bid domain for `seed`.
GeniusStyleDomain genius_style_domain(std::uint64_t seed = kGeniusStyleSeed);

// The additive space of `domain`, as read_genius_dir reads it from write_genius_style's files.
bargain::AdditiveSpace genius_style_space(const GeniusStyleDomain& domain);

// Writes `domain` into `dir` (created if needed): `<name>.xml` (a `<negotiation_template>`) and
// one `<name>_utilK.xml` profile per party. Throws std::runtime_error when a file cannot be
// written.
void write_genius_style(const GeniusStyleDomain& domain, const std::string& dir);

}  // namespace parley::bench
