#pragma once
// Claims from sentences: who demands, offers, accepts, rejects or threatens what (docs/evidence.md,
// "Claims"). The actors, issues and issue terms come from a scenario; the language of acts
// (cue words, negation, reporting verbs, conditions) is parley's own, in English, Russian and
// Ukrainian. When the act or the actor is unclear there is no claim: never a default.

#include <memory>
#include <string_view>
#include <vector>

#include "parley/evidence/claim.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::evidence {

// What the extractor knows, built once from a scenario: O(size of the lexicons).
class ExtractionModel {
 public:
  explicit ExtractionModel(const scenario::Scenario& scenario);
  ~ExtractionModel();
  ExtractionModel(ExtractionModel&&) noexcept;
  ExtractionModel& operator=(ExtractionModel&&) noexcept;

  // The claims one sentence makes; `doc` and `line` are copied into them. O(tokens) lookups.
  std::vector<Claim> extract(std::string_view doc, int line, std::string_view sentence) const;

  // The negotiation acts of a sentence whatever their issue, in order: the stance, the actor
  // that holds it (a scenario actor id; empty when unclear) and the cue words. For scoring the
  // act classifier on event-coding gold standards (PLOVER).
  struct DetectedAct {
    Stance stance = Stance::demand;
    std::string plover;  // its PLOVER category: the stance's, or CONCEDE for yielding words
    std::vector<std::string> holders;
    std::string cue;
  };
  std::vector<DetectedAct> acts(std::string_view sentence) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::evidence
