#pragma once
// A claim: one actor's act on one issue, as a sentence of a document reports it — the unit that
// `parley extract` prints (in the gold format of the reference corpus) and the evidence store
// keeps. Named after the negotiation acts of event coding: each maps to its CAMEO root and its
// PLOVER category.

#include <optional>
#include <string>

namespace parley::evidence {

// The kind of act reported.
enum class Stance { demand, offer, accept, reject, threaten };
const char* to_string(Stance stance);        // "demand", as in the gold files
const char* cameo_root(Stance stance);       // "10" (DEMAND), "03", "08", "12", "13"
const char* plover_category(Stance stance);  // "DEMAND", "AGREE", "CONCEDE", "REJECT", "THREATEN"

struct Claim {
  std::string doc;    // Document::name
  int line = 0;       // 1-based line of the original file
  std::string actor;  // the party whose position is reported (a scenario actor id)
  std::string issue;  // a scenario issue id
  Stance stance = Stance::demand;
  bool favours = true;  // polarity: true ('+') when the actor favours the issue's proposition
  std::optional<double> value;  // a stated quantity, in the issue's unit
  std::string unit;             // normalized: "soldiers", "tanks", "km", "km2", "percent"
  bool redline = false;         // the text calls the position non-negotiable
  bool conditional = false;     // stated under a condition ("only if …")
  std::string source;           // who reports it when not the actor itself ("three sources")
  std::string date;      // when its document was published, ISO "YYYY-MM-DD"; empty when unknown
  std::string cue;       // the words that carry the act
  std::string sentence;  // the whole sentence
  bool operator==(const Claim&) const = default;
};

}  // namespace parley::evidence
