// Reading a page (evidence/reading.hpp): lines as in the file, UTF-8 repaired and reported, NFC,
// the hash of the original bytes, format detection, and HTML text blocks with their source lines.

#include "parley/evidence/reading.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "parley/core/sha256.hpp"

namespace parley::evidence {
namespace {

std::vector<std::string> reading_texts(const Document& doc) {
  std::vector<std::string> texts;
  for (const DocumentLine& line : doc.lines) texts.push_back(line.text);
  return texts;
}

std::vector<int> reading_numbers(const Document& doc) {
  std::vector<int> numbers;
  for (const DocumentLine& line : doc.lines) numbers.push_back(line.number);
  return numbers;
}

Document reading_text(std::string_view bytes) {
  return read_document("t.txt", bytes, Format::text);
}

TEST(ReadDocument, OneLinePerLineOfTheFileWhateverItsBreaks) {
  const Document lf = reading_text("Talks resumed.\nNo deal yet.\n");
  EXPECT_EQ(reading_texts(lf), (std::vector<std::string>{"Talks resumed.", "No deal yet."}));
  EXPECT_EQ(reading_numbers(lf), (std::vector<int>{1, 2}));
  EXPECT_EQ(reading_texts(reading_text("a\r\nb\rc\n\nd")),
            (std::vector<std::string>{"a", "b", "c", "", "d"}));
  EXPECT_EQ(reading_texts(reading_text("\n")), (std::vector<std::string>{""}));
  EXPECT_EQ(reading_texts(reading_text("a\r\n\r\n")), (std::vector<std::string>{"a", ""}));
  EXPECT_TRUE(reading_text("").lines.empty());
  EXPECT_TRUE(reading_text("").problems.empty());
}

TEST(ReadDocument, NameFormatAndHashOfTheOriginalBytes) {
  const std::string bytes = "\xEF\xBB\xBFWage talks\r\n";
  const Document doc = read_document("003_a.txt", bytes);
  EXPECT_EQ(doc.name, "003_a.txt");
  EXPECT_EQ(doc.format, Format::text);
  EXPECT_EQ(doc.hash, sha256_hex(bytes));  // the BOM and the CR included
  EXPECT_EQ(doc.hash.size(), 64u);
}

TEST(ReadDocument, DropsTheByteOrderMarkAndCountsColumnsInTheFile) {
  const Document doc = reading_text(
      "\xEF\xBB\xBF"
      "ab\xFF");
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{"ab\uFFFD"}));
  ASSERT_EQ(doc.problems.size(), 1u);
  EXPECT_EQ(doc.problems[0].line, 1);
  EXPECT_EQ(doc.problems[0].column, 6);  // three bytes of BOM, "ab", then the bad byte
  EXPECT_EQ(doc.problems[0].message, "invalid UTF-8 byte 0xFF replaced by U+FFFD");
}

TEST(ReadDocument, ReplacesEachIllFormedSubpartOnceAndReportsIt) {
  // Unicode's maximal subparts: a truncated sequence is one U+FFFD, an impossible byte one each.
  const Document doc = reading_text(
      "pay \xC3\n"                  // lead byte at the end of the line
      "x\xE2\x82y\n"                // truncated three-byte sequence
      "\xC0\xAF\n"                  // overlong '/': two bad bytes
      "\xED\xA0\x80\n"              // a surrogate
      "\xF4\x90\x80\x80\n"          // above U+10FFFF
      "caf\xC3\xA9 \xE2\x82\xAC\n"  // valid: é €
  );
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{
                                    "pay \uFFFD", "x\uFFFDy", "\uFFFD\uFFFD", "\uFFFD\uFFFD\uFFFD",
                                    "\uFFFD\uFFFD\uFFFD\uFFFD", "caf\u00E9 \u20AC"}));
  ASSERT_EQ(doc.problems.size(), 11u);
  EXPECT_EQ(doc.problems[0].line, 1);
  EXPECT_EQ(doc.problems[0].column, 5);
  EXPECT_EQ(doc.problems[0].message, "invalid UTF-8 byte 0xC3 replaced by U+FFFD");
  EXPECT_EQ(doc.problems[1].line, 2);
  EXPECT_EQ(doc.problems[1].column, 2);
  EXPECT_EQ(doc.problems[1].message, "invalid UTF-8 sequence 0xE2 0x82 replaced by U+FFFD");
  EXPECT_EQ(doc.problems[2].message, "invalid UTF-8 byte 0xC0 replaced by U+FFFD");
  EXPECT_EQ(doc.problems[3].column, 2);
  EXPECT_EQ(doc.problems[4].message, "invalid UTF-8 byte 0xED replaced by U+FFFD");
  EXPECT_EQ(doc.problems[10].line, 5);
  EXPECT_EQ(doc.problems[10].column, 4);
}

TEST(ReadDocument, ReplacesControlCharactersButTab) {
  const Document doc = reading_text(std::string("a\0b\tc\x1B\x7F", 7) + "\xC2\x85" + "d");
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{"a\uFFFDb\tc\uFFFD\uFFFD\uFFFDd"}));
  ASSERT_EQ(doc.problems.size(), 4u);
  EXPECT_EQ(doc.problems[0].column, 2);
  EXPECT_EQ(doc.problems[0].message, "control character U+0000 replaced by U+FFFD");
  EXPECT_EQ(doc.problems[1].message, "control character U+001B replaced by U+FFFD");
  EXPECT_EQ(doc.problems[2].message, "control character U+007F replaced by U+FFFD");
  EXPECT_EQ(doc.problems[3].column, 8);
  EXPECT_EQ(doc.problems[3].message, "control character U+0085 replaced by U+FFFD");
}

TEST(ReadDocument, ListsAThousandProblemsAndCountsTheRest) {
  const Document doc = reading_text(std::string(2500, '\xFF'));
  ASSERT_EQ(doc.problems.size(), 1001u);
  EXPECT_EQ(doc.problems[999].column, 1000);
  EXPECT_EQ(doc.problems[1000].column, 1001);
  EXPECT_EQ(doc.problems[1000].message,
            "1500 more invalid bytes or control characters replaced by U+FFFD, not listed one by "
            "one");
  EXPECT_EQ(doc.lines.at(0).text.size(), 2500u * 3);
}

TEST(ReadDocument, NormalizesToNfc) {
  // e + combining acute; Cyrillic и + combining breve (й); Å as A + ring.
  const Document doc = reading_text("Cafe\u0301 talks\n\u0438\u0306\n\u0041\u030A\n");
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{"Caf\u00E9 talks", "\u0439", "\u00C5"}));
  EXPECT_TRUE(doc.problems.empty());
}

TEST(ReadDocument, NeverThrowsOnRandomBytes) {
  std::mt19937 random(20251130);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(static_cast<std::size_t>(round * 7), '\0');
    for (char& c : bytes) c = static_cast<char>(byte(random));
    if (round % 3 == 1) bytes = "<html><body><p>" + bytes;
    for (const Format format : {Format::text, Format::html}) {
      const Document doc = read_document("r", bytes, format);
      for (const DocumentLine& line : doc.lines) {
        EXPECT_EQ(line.text.find('\0'), std::string::npos);
      }
    }
  }
}

TEST(DetectFormat, HtmlByItsOpeningOrItsEarlyTags) {
  EXPECT_EQ(detect_format("<!DOCTYPE html><html>"), Format::html);
  EXPECT_EQ(detect_format("\xEF\xBB\xBF  \n<HTML lang=en>"), Format::html);
  EXPECT_EQ(detect_format("<meta charset=utf-8>\n<div class=x>Talks</div>"), Format::html);
  EXPECT_EQ(detect_format("Some text <p>with a tag</p>"), Format::html);
  EXPECT_EQ(detect_format("<BODY>"), Format::html);
  EXPECT_EQ(detect_format("Talks resumed. 3 < 4 and <pre> is not one of them."), Format::text);
  EXPECT_EQ(detect_format("<parley>"), Format::text);
  EXPECT_EQ(detect_format(""), Format::text);
}

Document reading_html(std::string_view html) {
  return read_document("p.html", html);
}

TEST(ReadHtml, BlocksAsLinesNumberedWhereTheirTextStarts) {
  const Document doc = reading_html(
      "<!doctype html>\n"                                                    // 1
      "<html><head><title>Not a line</title>\n"                              // 2
      "<style>p { color: red }</style></head>\n"                             // 3
      "<body><h1>Port\n"                                                     // 4
      "  deal signed</h1>\n"                                                 // 5
      "<p>\n"                                                                // 6
      "   The union &amp; the operator&#39;s team agreed.</p>\n"             // 7
      "<script>var p = '<p>no</p>';</script>\n"                              // 8
      "<div>Own text<p>Nested paragraph.</p>tail</div>\n"                    // 9
      "<p>One<br>two</p><ul><li>first</li><li>second</li></ul>\n"            // 10
      "<template><p>hidden</p></template><noscript>Turn on JS</noscript>\n"  // 11
      "<p hidden>hidden too</p><p>caf&eacute;&nbsp;talks</p>\n"              // 12
      "</body></html>\n");
  EXPECT_EQ(doc.format, Format::html);
  EXPECT_EQ(reading_texts(doc),
            (std::vector<std::string>{"Port deal signed", "The union & the operator's team agreed.",
                                      "Own text", "Nested paragraph.", "tail", "One", "two",
                                      "first", "second", "caf\u00E9 talks"}));
  EXPECT_EQ(reading_numbers(doc), (std::vector<int>{4, 7, 9, 9, 9, 10, 10, 10, 10, 12}));
}

TEST(ReadHtml, ContainersMarkChromeAndComments) {
  const Document doc = reading_html(
      "<html><body>\n"
      "<nav><a href=/>Home</a></nav>\n"
      "<div class=\"share-buttons\">Share this story</div>\n"
      "<main><article><header><h1>Rail unions and operators resume talks</h1></header>\n"
      "<p>Talks resumed on Tuesday after a week of strikes, the transport ministry said in a "
      "statement that gave no details of the offers exchanged between the two sides so far.</p>\n"
      "<aside>Read our explainer</aside>\n"
      "</article></main>\n"
      "<section id=\"comments\"><p>Good luck to the drivers.</p></section>\n"
      "<div class=\"commentary-body\"><p>An opinion piece is not a comment thread.</p></div>\n"
      "<footer><p>Contact us</p></footer>\n"
      "</body></html>\n");
  ASSERT_EQ(doc.lines.size(), 8u);
  EXPECT_EQ(doc.lines[0].kind, LineKind::chrome);   // nav
  EXPECT_EQ(doc.lines[1].kind, LineKind::chrome);   // class share-buttons
  EXPECT_EQ(doc.lines[2].kind, LineKind::article);  // the article's own <header>
  EXPECT_EQ(doc.lines[3].kind, LineKind::article);
  EXPECT_EQ(doc.lines[4].kind, LineKind::chrome);   // aside
  EXPECT_EQ(doc.lines[5].kind, LineKind::comment);  // id comments
  EXPECT_EQ(doc.lines[6].text, "An opinion piece is not a comment thread.");
  EXPECT_NE(doc.lines[6].kind, LineKind::comment);  // "commentary" is not "comment"
  EXPECT_EQ(doc.lines[7].kind, LineKind::chrome);   // footer
}

TEST(ReadHtml, DeepNestingStaysFastAndKeepsTheText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div><b>";
  html += "deep text";
  const auto start = std::chrono::steady_clock::now();
  const Document doc = reading_html(html);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(doc.lines.size(), 1u);
  EXPECT_EQ(doc.lines[0].text, "deep text");
  EXPECT_LT(seconds, 10.0);  // about 0.1 s in Release; gumbo alone is quadratic in the depth
}

TEST(ReadHtml, BrokenBytesAreReportedOnTheirSourceLines) {
  const Document doc = reading_html("<p>fine</p>\n<p>bad \xC3(</p>\n");
  ASSERT_EQ(doc.problems.size(), 1u);
  EXPECT_EQ(doc.problems[0].line, 2);
  EXPECT_EQ(doc.problems[0].column, 8);
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{"fine", "bad \uFFFD("}));
}

// Character references decode to any code point; those that name a control character become
// U+FFFD like raw control bytes do (found by the news fuzz target).
TEST(ReadHtml, CharacterReferencesToControlsAreReplaced) {
  const Document doc = reading_html("<p>a&#3;b&#x10;c</p>\n<pre>x&#13;y&#x81;z</pre>\n");
  EXPECT_EQ(reading_texts(doc), (std::vector<std::string>{"a\uFFFDb\uFFFDc", "x\uFFFDy\uFFFDz"}));
}

}  // namespace
}  // namespace parley::evidence
