#include "parley/report/view.hpp"

#include <utility>

namespace parley::report {

View& View::heading(std::string text, Media media) {
  Block b;
  b.kind = Block::Kind::heading;
  b.media = media;
  b.text = std::move(text);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::paragraph(std::string text, Media media, std::string html_class) {
  Block b;
  b.kind = Block::Kind::paragraph;
  b.media = media;
  b.text = std::move(text);
  b.html_class = std::move(html_class);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::lines(std::string text, Media media) {
  Block b;
  b.kind = Block::Kind::lines;
  b.media = media;
  b.text = std::move(text);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::table(Table t, Media media) {
  Block b;
  b.kind = Block::Kind::table;
  b.media = media;
  b.table = std::move(t);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::list(std::string lead, std::vector<std::string> items, std::string html_class) {
  Block b;
  b.kind = Block::Kind::list;
  b.text = std::move(lead);
  b.items = std::move(items);
  b.html_class = std::move(html_class);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::figure(std::function<std::string()> svg) {
  Block b;
  b.kind = Block::Kind::figure;
  b.media = Media::html;
  b.svg = std::move(svg);
  blocks.push_back(std::move(b));
  return *this;
}

View& View::append(const View& other) {
  blocks.insert(blocks.end(), other.blocks.begin(), other.blocks.end());
  return *this;
}

}  // namespace parley::report
