#pragma once
// Sentences of a document's article text, each with the line where it starts: the unit a claim
// is read from and cites. docs/evidence.md, "Reading a page".

#include <string>
#include <vector>

#include "parley/evidence/document.hpp"

namespace parley::evidence {

struct Sentence {
  int line = 0;      // DocumentLine::number of the line where the sentence starts
  std::string text;  // the sentence, trimmed, without a bullet marker
  bool operator==(const Sentence&) const = default;
};

// The sentences of the article lines of `document`, in order. Consecutive article lines of one
// hard-wrapped paragraph are joined first; a bullet line ("- ", "• ", "* ", "– ") starts a
// sentence of its own. Sentence boundaries are ICU's (UAX #29), kept from splitting after
// titles ("Mr.", "Gen.", "Lt."), abbreviations ("vs.", "e.g.", "approx."), months and number
// abbreviations before a number ("Oct. 12", "No. 10"), initials and initialisms before a word that
// does not open a sentence ("J. D. Vance", "the U.S. envoy"), inside brackets, and before a word
// in small letters ("“Why?” he asked."). Complexity: linear in the text.
std::vector<Sentence> split_sentences(const Document& document);

}  // namespace parley::evidence
