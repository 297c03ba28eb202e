#include "parley/report/text/render_text.hpp"

#include <algorithm>
#include <string_view>

#include "parley/report/text_width.hpp"

namespace parley::report {

namespace {

// Each line of `text` wrapped at kTextWidth, each ending in '\n'.
std::string wrapped_lines(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    out += wrap_to_width(std::string_view(text).substr(start, end - start), kTextWidth) + "\n";
    start = end + 1;
  }
  return out;
}

std::string block_text(const Block& b, TableStyle style) {
  switch (b.kind) {
    case Block::Kind::heading:
      return b.text + "\n";
    case Block::Kind::paragraph:
      return wrapped_lines(b.text);
    case Block::Kind::lines:
      return b.text + "\n";
    case Block::Kind::table: {
      Table t = b.table;
      return t.style(style).render();
    }
    case Block::Kind::list: {
      std::string out = b.text.empty() ? "" : wrapped_lines(b.text);
      for (const auto& item : b.items) out += hanging_wrap("  · ", item, kTextWidth) + "\n";
      return out;
    }
    case Block::Kind::figure:
      return {};
  }
  return {};
}

}  // namespace

std::string render_text(const View& view, TableStyle style) {
  std::string out;
  bool after_heading = false;
  for (const Block& b : view.blocks) {
    if (b.media == Media::html) continue;
    const std::string text = block_text(b, style);
    if (text.empty()) continue;
    if (!out.empty() && !after_heading) out += "\n";
    out += text;
    after_heading = b.kind == Block::Kind::heading;
  }
  return out;
}

}  // namespace parley::report
