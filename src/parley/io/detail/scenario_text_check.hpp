#pragma once
// Checks of a scenario's raw bytes before YAML parsing: size, emptiness, UTF-8, control bytes.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parley/core/diagnostic.hpp"

namespace parley::io::detail {

// The largest scenario file accepted, in bytes (16 MiB).
inline constexpr std::size_t kMaxScenarioBytes = std::size_t{16} << 20;

// The first problem that makes `text` unusable as a scenario document (too large, empty, only
// whitespace, invalid UTF-8, NUL or other control characters), located by 1-based line and byte
// column; nullopt when the text may be parsed.
std::optional<Diagnostic> check_scenario_text(std::string_view text, const std::string& file);

}  // namespace parley::io::detail
