// Publication dates (evidence/dates.hpp): the date grammar, datelines and "Published" lines of
// plain text, HTML metadata, and dates in the story's body that are not publication dates.

#include "parley/evidence/dates.hpp"

#include <gtest/gtest.h>

#include "parley/evidence/reading.hpp"

namespace parley::evidence {
namespace {

TEST(FindDate, ReadsTheCommonWrittenForms) {
  EXPECT_EQ(find_date("2025-05-14"), "2025-05-14");
  EXPECT_EQ(find_date("2025-05-14T09:30:00+03:00"), "2025-05-14");
  EXPECT_EQ(find_date("Wednesday 14 May 2025, 10:32"), "2025-05-14");
  EXPECT_EQ(find_date("May 14, 2025"), "2025-05-14");
  EXPECT_EQ(find_date("Sept. 3 2025"), "2025-09-03");
  EXPECT_EQ(find_date("on March 1st, 2024"), "2024-03-01");
  EXPECT_EQ(find_date("14.05.2025 12:00"), "2025-05-14");
  EXPECT_EQ(find_date("14 мая 2025 г."), "2025-05-14");
  EXPECT_EQ(find_date("3 грудня 2024 року"), "2024-12-03");
  EXPECT_EQ(find_date("29 Feb 2024"), "2024-02-29");  // a leap year
}

TEST(FindDate, RefusesWhatIsNotADate) {
  EXPECT_EQ(find_date("05/04/2025"), "");     // ambiguous: 5 April or May 4
  EXPECT_EQ(find_date("31 April 2025"), "");  // April has 30 days
  EXPECT_EQ(find_date("29 Feb 2025"), "");    // not a leap year
  EXPECT_EQ(find_date("May 2025"), "");       // no day
  EXPECT_EQ(find_date("on December 2"), "");  // no year
  EXPECT_EQ(find_date("342 tanks and 85,000 soldiers"), "");
  EXPECT_EQ(find_date("2025 - 05 - 14"), "");           // spaced: not an ISO date
  EXPECT_EQ(find_date("14 May 1850"), "");              // outside 1900–2199
  EXPECT_EQ(find_date("I may 14 2025"), "2025-05-14");  // the grammar alone cannot tell
}

Document text_page(const char* text) {
  return read_document("page.txt", text, Format::text);
}

TEST(PublicationDate, ADatelineOrAPublishedLineNearTheTop) {
  const Document dateline = text_page(
      "Envoys meet again in Geneva\n"
      "14 May 2025, 10:32\n"
      "\n"
      "The envoys met on Tuesday, the ministry said.\n");
  EXPECT_EQ(dateline.published, "2025-05-14");
  EXPECT_EQ(dateline.published_line, 2);

  const Document marked = text_page(
      "Updated: 16 May 2025\n"
      "Talks stall over tank numbers\n"
      "Published 15 May 2025 by a staff writer at the Geneva bureau of the paper\n"
      "The talks stalled.\n");
  EXPECT_EQ(marked.published, "2025-05-15");  // "Published" wins over "Updated"
  EXPECT_EQ(marked.published_line, 3);

  const Document updated_only = text_page("Talks stall\nLast updated 16 May 2025\nText.\n");
  EXPECT_EQ(updated_only.published, "2025-05-16");

  const Document russian = text_page("Опубликовано: 14 мая 2025 г.\nПереговоры продолжатся.\n");
  EXPECT_EQ(russian.published, "2025-05-14");
}

TEST(PublicationDate, DatesInTheStoryAreNotPublicationDates) {
  // A long sentence that holds a date is the story, not a dateline.
  const Document story = text_page(
      "Talks resume\n"
      "The ceasefire agreed on 14 May 2025 held for a week, officials in both capitals said.\n");
  EXPECT_EQ(story.published, "");
  EXPECT_EQ(story.published_line, 0);
  // Only the first twelve lines are looked at.
  std::string late;
  for (int i = 0; i < 12; ++i) late += "Paragraph " + std::to_string(i) + " of the story.\n";
  late += "14 May 2025\n";
  EXPECT_EQ(text_page(late.c_str()).published, "");
}

TEST(PublicationDate, HtmlMetadataComesFirst) {
  const Document meta = read_document("p.html",
                                      "<html><head>"
                                      "<meta property=\"article:published_time\" "
                                      "content=\"2025-05-14T08:00:00Z\">"
                                      "</head><body><p>14 June 2025</p><p>Text.</p></body></html>");
  EXPECT_EQ(meta.published, "2025-05-14");
  EXPECT_EQ(meta.published_line, 0);

  const Document json_ld =
      read_document("p.html",
                    "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                    "\"datePublished\": \"2025-03-02T10:00:00+01:00\"}</script></head>"
                    "<body><p>Text.</p></body></html>");
  EXPECT_EQ(json_ld.published, "2025-03-02");

  const Document itemprop = read_document(
      "p.html",
      "<html><body><article><time itemprop=\"datePublished\" datetime=\"2024-12-03\">3 Dec</time>"
      "<p>Text.</p></article></body></html>");
  EXPECT_EQ(itemprop.published, "2024-12-03");

  // Without metadata, the page's own dateline.
  const Document visible = read_document(
      "p.html", "<html><body><h1>Talks</h1><p>14 May 2025</p><p>Text.</p></body></html>");
  EXPECT_EQ(visible.published, "2025-05-14");
  EXPECT_EQ(visible.published_line, 1);
}

}  // namespace
}  // namespace parley::evidence
