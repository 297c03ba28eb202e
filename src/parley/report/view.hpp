#pragma once
// A section of parley's output as data: a titled list of blocks (paragraphs, tables, lists,
// figures). Each section is built once, by its view function, and rendered by report/text for
// the terminal and by report/html for the report, so both say the same thing in the same words.

#include <functional>
#include <string>
#include <vector>

#include "parley/report/table.hpp"

namespace parley::report {

// Where a block appears. Most blocks appear in both; a figure only in HTML; a few details
// (wall-clock times, a legend for a terminal-only matrix) in one of the two.
enum class Media { both, text, html };

struct Block {
  enum class Kind { heading, paragraph, lines, table, list, figure };
  Kind kind = Kind::paragraph;
  Media media = Media::both;
  std::string text;  // heading, paragraph, lines (kept as they are); a list's lead-in (may be "")
  Table table;       // table
  std::vector<std::string> items;    // list
  std::function<std::string()> svg;  // figure: drawn only when HTML is rendered; it may refer to
                                     // the results the view was built from, so render the view
                                     // while they live
  std::string html_class;            // optional class of the HTML element
};

// One section: `id` is its anchor in the report, `title` its heading.
struct View {
  std::string id;
  std::string title;
  std::vector<Block> blocks;

  View& heading(std::string text, Media media = Media::both);
  View& paragraph(std::string text, Media media = Media::both, std::string html_class = {});
  View& lines(std::string text, Media media = Media::both);  // never wrapped: legends, keys
  View& table(Table table, Media media = Media::both);
  View& list(std::string lead, std::vector<std::string> items, std::string html_class = {});
  View& figure(std::function<std::string()> svg);
  View& append(const View& other);  // other's blocks, after these
};

}  // namespace parley::report
