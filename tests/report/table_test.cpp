#include "parley/report/table.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "parley/report/text_width.hpp"

namespace parley::report {
namespace {

TEST(DisplayWidth, CountsColumnsNotBytes) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("Україна"), 7u);
  EXPECT_EQ(display_width("日本語"), 6u);     // wide: two columns each
  EXPECT_EQ(display_width("e\xCC\x81"), 1u);  // e + combining acute accent
  EXPECT_EQ(display_width("a\xFF"
                          "b"),
            3u);                             // an invalid byte counts as one
  EXPECT_EQ(display_width("\xE2\x82"), 2u);  // a cut-off sequence: two invalid bytes
}

TEST(TruncateToWidth, EndsInEllipsisAndNeverSplitsACodePoint) {
  EXPECT_EQ(truncate_to_width("Zelensky", 8), "Zelensky");
  EXPECT_EQ(truncate_to_width("Zelensky", 5), "Zele…");
  EXPECT_EQ(truncate_to_width("Зеленский", 4), "Зел…");
  EXPECT_EQ(truncate_to_width("日本語", 5), "日本…");
  EXPECT_EQ(truncate_to_width("日本語", 4), "日…");
  EXPECT_EQ(truncate_to_width("a long phrase", 7), "a long…");
  EXPECT_EQ(truncate_to_width("abcdef", 5, "..."), "ab...");
}

TEST(LooksNumeric, RecognisesFormattedNumbers) {
  EXPECT_TRUE(looks_numeric("85,000"));
  EXPECT_TRUE(looks_numeric("-0.4"));
  EXPECT_TRUE(looks_numeric("12%"));
  EXPECT_TRUE(looks_numeric("0.4 ± 0.1*"));
  EXPECT_TRUE(looks_numeric("0.3*"));
  EXPECT_TRUE(looks_numeric("6 (0.9)!"));
  EXPECT_FALSE(looks_numeric(""));
  EXPECT_FALSE(looks_numeric("RUS"));
  EXPECT_FALSE(looks_numeric("2 options"));
  EXPECT_FALSE(looks_numeric("—"));
}

TEST(Table, AlignsTextLeftAndNumbersRight) {
  Table t({{"name"}, {"count"}}, "Fruit");
  t.add_row({"apple", "3"}).add_row({"kiwi", "12"});
  EXPECT_EQ(t.render(),
            "Fruit\n"
            "name   count\n"
            "─────  ─────\n"
            "apple      3\n"
            "kiwi      12\n");
}

TEST(Table, MeasuresUnicodeInColumnsAndDropsTrailingSpaces) {
  Table t({{"x"}, {"n"}});
  t.add_row({"Россия", "1"}).add_row({"日本", "2"}).add_row({"a", ""});
  EXPECT_EQ(t.render(),
            "x       n\n"
            "──────  ─\n"
            "Россия  1\n"
            "日本    2\n"
            "a\n");
}

TEST(Table, CutsLongCellsAndDrawsAscii) {
  Table t({{"id", Align::left}, {"note", Align::left, 6}});
  t.add_row({"RUS", "demands neutrality"});
  EXPECT_EQ(t.render(),
            "id   note\n"
            "───  ──────\n"
            "RUS  deman…\n");
  t.style(TableStyle::ascii);
  EXPECT_EQ(t.render(),
            "id   note\n"
            "---  ------\n"
            "RUS  dem...\n");
}

TEST(Table, ExplicitAlignmentWinsAndDashesDoNotSpoilNumbers) {
  Table t({{"code", Align::right}, {"value"}});
  t.add_row({"a", "1.5"}).add_row({"bb", "—"});
  EXPECT_EQ(t.resolved_align(1), Align::right);
  EXPECT_EQ(t.render(),
            "code  value\n"
            "────  ─────\n"
            "   a    1.5\n"
            "  bb      —\n");
}

TEST(Table, PadsShortRowsAndRejectsLongOnes) {
  Table t({{"a"}, {"b"}});
  t.add_row({"x"});
  EXPECT_EQ(t.rows().front().size(), 2u);
  EXPECT_THROW(t.add_row({"1", "2", "3"}), std::invalid_argument);
}

TEST(Table, WithoutRowsPrintsHeaderAndRule) {
  EXPECT_EQ(Table({{"issue"}, {"gap"}}).render(), "issue  gap\n─────  ───\n");
}

}  // namespace
}  // namespace parley::report

namespace parley::report {
namespace {

// The lead's width (display columns, "·" one) is taken off every line; later lines start under
// the text.
TEST(HangingWrap, LaterLinesUnderTheText) {
  EXPECT_EQ(hanging_wrap("  · ", "the quick brown fox", 13), "  · the quick\n    brown fox");
  EXPECT_EQ(hanging_wrap("Key: ", "a b", 20), "Key: a b");
  EXPECT_EQ(hanging_wrap("", "the quick brown fox", 9), "the quick\nbrown fox");
}

TEST(WrapToWidth, BreaksAtSpacesAndKeepsLongWordsWhole) {
  EXPECT_EQ(wrap_to_width("the quick brown fox", 9), "the quick\nbrown fox");
  EXPECT_EQ(wrap_to_width("the quick brown fox", 10), "the quick\nbrown fox");
  EXPECT_EQ(wrap_to_width("a  b", 10), "a b");
  EXPECT_EQ(wrap_to_width("Україна і Росія", 9), "Україна і\nРосія");
  EXPECT_EQ(wrap_to_width("x extraordinarily y", 5), "x\nextraordinarily\ny");
  EXPECT_EQ(wrap_to_width("", 5), "");
}

}  // namespace
}  // namespace parley::report
