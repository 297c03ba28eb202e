#pragma once
// Hard-wrapped plain text: a paragraph written over several lines of about the same width. The
// page cleaning classifies a wrapped paragraph as one block, and the sentence splitter joins its
// lines before splitting, so that a line break inside a sentence does not end it.

#include <cstddef>

#include "parley/evidence/document.hpp"

namespace parley::evidence::detail {

class Wrapping {
 public:
  // Measures the document's lines: plain text is hard-wrapped when the 90th percentile of its
  // non-blank line widths (the wrap width) is at most 100 characters, half of the lines or more
  // come close to it (at least 60 % of it), and at least a third of those do not end a sentence.
  // HTML is never hard-wrapped.
  explicit Wrapping(const Document& document);

  bool wrapped() const { return wrapped_; }

  // Whether line `i + 1` continues the paragraph of line `i`: the text is wrapped, line `i` is
  // close to the wrap width, and line `i + 1` is neither blank nor a bullet.
  bool continues(std::size_t i) const;

 private:
  const Document& document_;
  bool wrapped_ = false;
  std::size_t full_width_ = 0;  // a line at least this wide was wrapped, not ended
};

}  // namespace parley::evidence::detail
