#include "parley/evidence/detail/paragraphs.hpp"

#include <algorithm>
#include <vector>

#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence::detail {

Wrapping::Wrapping(const Document& document) : document_(document) {
  if (document.format != Format::text) return;
  std::vector<std::size_t> widths;
  for (const DocumentLine& line : document.lines) {
    const std::string_view text = trim(line.text);
    if (!text.empty()) widths.push_back(count_chars(text));
  }
  if (widths.size() < 3) return;
  std::vector<std::size_t> sorted = widths;
  const auto p90 = sorted.begin() + static_cast<std::ptrdiff_t>((sorted.size() - 1) * 9 / 10);
  std::nth_element(sorted.begin(), p90, sorted.end());
  const std::size_t width = *p90;
  if (width > 100 || width < 20) return;
  full_width_ = width * 6 / 10;
  std::size_t full = 0, open = 0;
  for (const DocumentLine& line : document.lines) {
    const std::string_view text = trim(line.text);
    if (text.empty() || count_chars(text) < full_width_) continue;
    ++full;
    open += !ends_sentence(text);
  }
  wrapped_ = 2 * full >= widths.size() && 3 * open >= full;
}

bool Wrapping::continues(std::size_t i) const {
  if (!wrapped_ || i + 1 >= document_.lines.size()) return false;
  const std::string_view text = trim(document_.lines[i].text);
  const std::string_view next = trim(document_.lines[i + 1].text);
  return !text.empty() && !next.empty() && count_chars(text) >= full_width_ &&
         bullet_length(next) == 0;
}

}  // namespace parley::evidence::detail
