// A view rendered for the terminal and as an HTML section (report/view.hpp, text/render_text.hpp,
// html/render_html.hpp): the same blocks, each where it belongs.

#include "parley/report/view.hpp"

#include <gtest/gtest.h>

#include "parley/report/html/render_html.hpp"
#include "parley/report/text/render_text.hpp"

namespace parley::report {
namespace {

View sample_view(int* figures_drawn) {
  Table t({{"party"}, {"utility", Align::right}}, "Utilities");
  t.add_row({"A", "0.5"});
  View v{"sample", "A sample", {}};
  v.heading("Where they could meet");
  v.paragraph("Two parties & one issue.");
  v.table(std::move(t));
  v.list("What would open it:", {"A <gives>", "B gives"}, "relaxations");
  v.lines("key:  a  b\nsecond line");
  v.paragraph("Computed in 1 ms.", Media::text);
  v.figure([figures_drawn] {
    ++*figures_drawn;
    return std::string("<svg/>");
  });
  return v;
}

TEST(RenderText, BlankLineBetweenBlocksNoneAfterAHeadingNoFigures) {
  int drawn = 0;
  EXPECT_EQ(render_text(sample_view(&drawn)),
            "Where they could meet\n"
            "Two parties & one issue.\n"
            "\n"
            "Utilities\n"
            "party  utility\n"
            "─────  ───────\n"
            "A          0.5\n"
            "\n"
            "What would open it:\n"
            "  · A <gives>\n"
            "  · B gives\n"
            "\n"
            "key:  a  b\n"
            "second line\n"
            "\n"
            "Computed in 1 ms.\n");
  EXPECT_EQ(drawn, 0);  // the terminal never pays for a chart
}

TEST(RenderText, WrapsParagraphsAtTheTextWidth) {
  View v;
  v.paragraph(std::string(60, 'a') + " " + std::string(60, 'b'));
  EXPECT_EQ(render_text(v), std::string(60, 'a') + "\n" + std::string(60, 'b') + "\n");
  static_assert(kTextWidth == 100);
}

// A list item longer than the text width wraps, its later lines under its text, not its bullet:
// "  · " then 60 a's, then 60 b's on a line of its own indented by four.
TEST(RenderText, WrapsListItemsUnderTheirText) {
  View v{"list", "A list", {}};
  v.list("Lead:", {std::string(60, 'a') + " " + std::string(60, 'b'), "short"});
  EXPECT_EQ(render_text(v), "Lead:\n  · " + std::string(60, 'a') + "\n    " + std::string(60, 'b') +
                                "\n  · short\n");
}

TEST(RenderHtml, SameBlocksEscapedFiguresDrawnTextOnlyLeftOut) {
  int drawn = 0;
  const Section s = render_section(sample_view(&drawn));
  EXPECT_EQ(s.id, "sample");
  EXPECT_EQ(s.title, "A sample");
  EXPECT_EQ(s.html,
            "<h3>Where they could meet</h3>"
            "<p>Two parties &amp; one issue.</p>"
            "<table><caption>Utilities</caption><thead><tr><th>party</th>"
            "<th class=\"num\">utility</th></tr></thead><tbody><tr><td>A</td>"
            "<td class=\"num\">0.5</td></tr></tbody></table>"
            "<p>What would open it:</p><ul class=\"relaxations\"><li>A &lt;gives&gt;</li>"
            "<li>B gives</li></ul>"
            "<p>key:  a  b<br/>second line</p>"
            "<svg/>");
  EXPECT_EQ(drawn, 1);
}

TEST(Table, WithoutHeadersHasNoHeaderRowOrRule) {
  Table t({{"", Align::left}, {"", Align::left}});
  t.add_row({"Parties", "RUS · UKR"});
  EXPECT_FALSE(t.has_header());
  EXPECT_EQ(t.render(), "Parties  RUS · UKR\n");
}

}  // namespace
}  // namespace parley::report
