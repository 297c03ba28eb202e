#pragma once
// Page cleaning: which lines of a page are the article's text, and which are site furniture
// (chrome) or reader comments. In the spirit of jusText (Pomikálek 2011): text blocks classed by
// length, link density and stopword density, then by their neighbours; with rules for how news
// pages are built (prompts, counters, credits, notices, bylines, other headlines, lines in
// another script) and for where the comments start. docs/evidence.md, "Reading a page".

#include "parley/evidence/document.hpp"

namespace parley::evidence {

// Sets the kind of every line of `document`: blank for lines of white space, and article,
// chrome or comment for the others. Lines already marked chrome or comment stay so (the HTML
// reader marks the lines of nav, footer, comment containers, …); the others are classified
// afresh. read_document calls it. Complexity: linear in the text, but for a look-back of fifty
// blocks when a block quotes an earlier one.
void classify_lines(Document& document);

}  // namespace parley::evidence
