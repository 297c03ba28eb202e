#pragma once
// The HTML side of read_document: a page's text blocks as lines, with gumbo's source positions.

#include <string>
#include <string_view>
#include <vector>

#include "parley/evidence/detail/line_hints.hpp"
#include "parley/evidence/document.hpp"

namespace parley::evidence::detail {

struct HtmlLine {
  int number = 0;  // the source line where the block's text starts
  std::string text;
  LineKind kind = LineKind::article;  // chrome or comment when its container says so
  LineHints hints;
};

// The text blocks of `html` (valid UTF-8 whose lines end with '\n'), in document order: each
// block element (p, h1–h6, li, blockquote, td, a div's own text, …) and each <br>-separated part
// of one is a line, its white space collapsed, entities decoded. script, style, noscript,
// template, head, svg, forms' controls and hidden elements are dropped; nav, header (but an
// article's own), footer, aside and form, and elements whose class or id names share, social,
// subscribe, login, related, sidebar, footer, nav, menu, cookie, advert, newsletter, breadcrumb
// or promo mark their lines chrome, those naming comment, discussion or disqus mark them
// comment, unless they hold the page's <article>, <main> or <h1>. Elements nested more than
// 256 deep lose their tags (their text stays). Linear in the size of `html`.
//
// Also the page's publication date from its metadata (<meta> publication properties,
// itemprop="datePublished", JSON-LD's "datePublished", <time pubdate>), ISO "YYYY-MM-DD".
struct HtmlPage {
  std::vector<HtmlLine> lines;
  std::string published;  // empty when the metadata states no date
};
HtmlPage read_html_page(std::string html);

}  // namespace parley::evidence::detail
