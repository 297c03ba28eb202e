#pragma once
// Reports merged into claims: the same actor, act, issue, direction and value stated by several
// sentences or outlets becomes one claim with all its reports; the same actor and act on an issue
// with different values (342 vs 343 tanks) stays apart and is listed as a disagreement, never
// averaged.

#include <optional>
#include <string>
#include <vector>

#include "parley/evidence/claim.hpp"

namespace parley::evidence {

// One sentence that states a merged claim.
struct Report {
  std::string doc;
  int line = 0;
  std::string source;  // who reports it, when not the actor itself
  std::string sentence;
  std::string date;  // its document's publication date, ISO; empty when unknown
  bool operator==(const Report&) const = default;
};

struct MergedClaim {
  std::string actor;
  std::string issue;
  Stance stance = Stance::demand;
  bool favours = true;
  std::optional<double> value;
  std::string unit;
  bool redline = false;         // any report calls it non-negotiable
  bool conditional = false;     // every report states it under a condition
  std::vector<Report> reports;  // in input order
  // The earliest and the latest publication date among the reports (ISO "YYYY-MM-DD"); empty when
  // no report is dated.
  std::string first_date;
  std::string latest_date;
  // Distinct documents among the reports.
  std::size_t outlets() const;
};

// Groups `claims` by actor, issue, stance, direction, value and unit, in order of first
// appearance. O(n log n).
std::vector<MergedClaim> merge_claims(const std::vector<Claim>& claims);

// Merged claims of one actor, issue, stance and unit that state different values.
struct Disagreement {
  std::string actor;
  std::string issue;
  Stance stance = Stance::demand;
  std::string unit;
  std::vector<std::size_t> claims;  // indices into the merged claims, one per value, increasing
};
std::vector<Disagreement> disagreements(const std::vector<MergedClaim>& merged);

}  // namespace parley::evidence
