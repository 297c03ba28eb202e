#include "parley/report/view.hpp"

#include <utility>

namespace parley::report {

namespace {

Block& push(View& view, Block::Kind kind, Media media, std::string text = {},
            std::string html_class = {}) {
  Block& b = view.blocks.emplace_back();
  b.kind = kind;
  b.media = media;
  b.text = std::move(text);
  b.html_class = std::move(html_class);
  return b;
}

}  // namespace

View& View::heading(std::string text, Media media) {
  push(*this, Block::Kind::heading, media, std::move(text));
  return *this;
}

View& View::paragraph(std::string text, Media media, std::string html_class) {
  push(*this, Block::Kind::paragraph, media, std::move(text), std::move(html_class));
  return *this;
}

View& View::lines(std::string text, Media media) {
  push(*this, Block::Kind::lines, media, std::move(text));
  return *this;
}

View& View::table(Table t, Media media) {
  push(*this, Block::Kind::table, media).table = std::move(t);
  return *this;
}

View& View::list(std::string lead, std::vector<std::string> items, std::string html_class) {
  push(*this, Block::Kind::list, Media::both, std::move(lead), std::move(html_class)).items =
      std::move(items);
  return *this;
}

View& View::figure(std::function<std::string()> svg) {
  push(*this, Block::Kind::figure, Media::html).svg = std::move(svg);
  return *this;
}

View& View::append(const View& other) {
  blocks.insert(blocks.end(), other.blocks.begin(), other.blocks.end());
  return *this;
}

}  // namespace parley::report
