#pragma once
// A view (report/view.hpp) for the terminal.

#include <cstddef>
#include <string>

#include "parley/report/table.hpp"
#include "parley/report/view.hpp"

namespace parley::report {

// Where running text wraps in the terminal.
inline constexpr std::size_t kTextWidth = 100;

// The blocks of `view` that appear in text, a blank line between two blocks (none after a
// heading, which belongs to what follows): paragraphs wrapped at kTextWidth
// line by line, tables rendered in
// `style`, lists as "  · item" under their lead-in (each item wrapped, its later lines indented
// under its text). Figures are left out, and so is the view's
// title: its first block says what it is.
std::string render_text(const View& view, TableStyle style = TableStyle::unicode);

}  // namespace parley::report
