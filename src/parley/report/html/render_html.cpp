#include "parley/report/html/render_html.hpp"

#include <algorithm>

#include "parley/report/html/html_table.hpp"
#include "parley/report/html/xml.hpp"

namespace parley::report {

namespace {

std::string class_attribute(const std::string& html_class) {
  return html_class.empty() ? "" : " class=\"" + xml_escape(html_class) + "\"";
}

std::string block_html(const Block& b) {
  switch (b.kind) {
    case Block::Kind::heading:
      return "<h3>" + xml_escape(b.text) + "</h3>";
    case Block::Kind::paragraph:
      return "<p" + class_attribute(b.html_class) + ">" + xml_escape(b.text) + "</p>";
    case Block::Kind::lines: {
      std::string out = "<p" + class_attribute(b.html_class) + ">";
      std::size_t start = 0;
      while (start <= b.text.size()) {
        const std::size_t end = std::min(b.text.find('\n', start), b.text.size());
        out += (start == 0 ? "" : "<br/>") + xml_escape(b.text.substr(start, end - start));
        start = end + 1;
      }
      return out + "</p>";
    }
    case Block::Kind::table:
      return html_table(b.table);
    case Block::Kind::list: {
      std::string out = b.text.empty() ? "" : "<p>" + xml_escape(b.text) + "</p>";
      out += "<ul" + class_attribute(b.html_class) + ">";
      for (const auto& item : b.items) out += "<li>" + xml_escape(item) + "</li>";
      return out + "</ul>";
    }
    case Block::Kind::figure:
      return b.svg ? b.svg() : std::string();
  }
  return {};
}

}  // namespace

Section render_section(const View& view) {
  Section out{view.id, view.title, {}};
  for (const Block& b : view.blocks)
    if (b.media != Media::text) out.html += block_html(b);
  return out;
}

}  // namespace parley::report
