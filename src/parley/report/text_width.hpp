#pragma once
// Display width of UTF-8 text in terminal columns, and cutting text down to a width.

#include <cstddef>
#include <string>
#include <string_view>

namespace parley::report {

// Terminal columns that `utf8` takes: one per code point, two for East Asian wide and fullwidth
// characters (CJK, Hangul, fullwidth forms, most emoji), none for combining marks. A byte that
// is not valid UTF-8 counts as one column.
std::size_t display_width(std::string_view utf8);

// `utf8` cut to at most `width` columns, ending in `ellipsis` when something was cut. Never
// splits a code point.
std::string truncate_to_width(std::string_view utf8, std::size_t width,
                              std::string_view ellipsis = "…");

// `text` broken into lines of at most `width` columns at spaces (a word longer than `width`
// gets a line of its own), joined with '\n', without a final newline.
std::string wrap_to_width(std::string_view text, std::size_t width);

// `lead` then `text` wrapped so that no line passes `width` columns, the lines after the first
// indented as far as the text starts ("  · " items, "Label: " values), without a final newline.
std::string hanging_wrap(std::string_view lead, std::string_view text, std::size_t width);

}  // namespace parley::report
