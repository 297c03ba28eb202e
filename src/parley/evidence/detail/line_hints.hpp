#pragma once
// What a reader knows about a line beyond its text, for the page cleaning: how much of it is
// link text, whether the markup made it a heading, and whether it stands inside the page's
// <article> or <main>. Plain text has no hints.

#include <span>

#include "parley/evidence/document.hpp"

namespace parley::evidence::detail {

struct LineHints {
  int link_chars = 0;       // characters of the line inside <a> elements
  bool heading = false;     // an <h1>…<h6>
  bool in_article = false;  // inside <article> or <main>
};

// classify_lines (page_cleaning.hpp) with one hint per line of `document`, or none at all.
void classify_lines(Document& document, std::span<const LineHints> hints);

}  // namespace parley::evidence::detail
