#pragma once
// "Did you mean" help for scenario files: nearest names by edit distance.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::io::detail {

// Optimal-string-alignment distance (insertions, deletions, substitutions, transpositions),
// ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely misspelling; else "".
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

// Up to `count` candidates, nearest to `word` first (ties keep the candidates' order).
std::vector<std::string> nearest(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t count);

// " (did you mean 'x'?)" when a candidate is close, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace parley::io::detail
