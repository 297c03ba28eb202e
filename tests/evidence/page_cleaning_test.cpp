// Page cleaning (evidence/page_cleaning.hpp): which lines of a page are the article, worked out
// by hand on short pages written for these tests — a port strike settled, a teachers' pay offer
// rejected, a dockers' deal in Russian — with their chrome, other headlines and reader comments.

#include "parley/evidence/page_cleaning.hpp"

#include <gtest/gtest.h>

#include <string>

#include "parley/evidence/detail/line_rules.hpp"
#include "parley/evidence/reading.hpp"

namespace parley::evidence {
namespace {

// One letter a line: a article, . blank, c chrome, m comment.
std::string cleaning_kinds(const Document& doc) {
  std::string kinds;
  for (const DocumentLine& line : doc.lines) {
    switch (line.kind) {
      case LineKind::article:
        kinds += 'a';
        break;
      case LineKind::blank:
        kinds += '.';
        break;
      case LineKind::chrome:
        kinds += 'c';
        break;
      case LineKind::comment:
        kinds += 'm';
        break;
    }
  }
  return kinds;
}

std::string cleaning_kinds_of(std::string_view text) {
  return cleaning_kinds(read_document("page.txt", text, Format::text));
}

constexpr std::string_view kPortPage =
    "Sign in\n"                                               // 1  prompt
    "Dockers and port operator agree three-year wage deal\n"  // 2  headline
    "12.03.2025 14:20\n"                                      // 3  time stamp
    "4512\n"                                                  // 4  view counter
    "Photo: Harbour Press Agency\n"                           // 5  image credit
    "Maria Lindqvist\n"                                       // 6  byline
    "\n"                                                      // 7
    "Negotiators for the dockworkers' union and the port operator signed a three-year agreement "
    "on Wednesday, ending a strike that had idled the container terminals for nineteen days, "
    "both sides said in a joint statement.\n"  // 8
    "The union had demanded a raise of 9 percent this year. The operator's last offer before the "
    "strike was 4 percent, and the final deal gives 6 percent from April and another 4 percent "
    "next year, according to the text of the agreement.\n"  // 9
    "\"We did not get everything we asked for, but night shifts will no longer be forced on "
    "anyone,\" said the union's chief negotiator, who added that members would vote next week.\n"
    "The operator said the agreement would let it plan investments in new cranes and that it had "
    "never intended to cut jobs.\n"  // 11
    "Pensions remain open\n"         // 12 subheading
    "Talks on the pension fund will resume in May, and both sides have agreed to bring in an "
    "independent mediator if no deal is reached by the end of June.\n"  // 13
    "The vote is due on Friday.\n"                                      // 14 short last line
    "\u00A9 2025 Harbour Press. All rights reserved.\n"                 // 15 copyright
    "Share on Facebook\n"                                               // 16 share prompt
    "\u0414\u0440\u0443\u0433\u0438\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u0438 "
    "\u043F\u043E\u0440\u0442\u0430\n"                 // 17 Russian sidebar
    "Rail freight talks stall over overtime pay\n"     // 18 other headline
    "11.03.2025 09:15\n"                               // 19
    "Airport cleaners accept new contract\n"           // 20 other headline
    "10.03.2025 18:40\n"                               // 21
    "Comments (2)\n"                                   // 22 marker
    "Finally some good news for the port.\n"           // 23
    "You clearly have never worked a night shift.\n";  // 24

TEST(ClassifyLines, ANewsPageWithItsChromeAndComments) {
  EXPECT_EQ(cleaning_kinds_of(kPortPage), "cacccc.aaaaaaacccccccmmm");
}

TEST(ClassifyLines, MenusRelatedLinksAndCommentsUnderTheirAuthors) {
  constexpr std::string_view kSteelPage =
      "Home\nNews\nWorld\nBusiness\nSport\nOpinion\n"                    // 1-6 menu
      "Steelworkers walk out as wage talks with mill owners collapse\n"  // 7
      "By Daniel Ortiz, Labour Correspondent\n"                          // 8
      "Published 14 May 2025\n"                                          // 9
      "Thousands of steelworkers walked off the job on Tuesday after talks between their union "
      "and the country's largest mill operator collapsed over pay and pensions, union officials "
      "said.\n"          // 10
      "Advertisement\n"  // 11
      "The union is seeking a 12 percent raise over three years and a guarantee that the company "
      "will not close its two oldest plants before 2030. The operator has offered 6 percent and "
      "said the plants' future depends on energy prices.\n"  // 12
      "Read more: Why steel prices are rising again\n"       // 13
      "\"We have been patient for two years, and our members have run out of patience,\" the "
      "union's president told a rally outside the main plant.\n"  // 14
      "The company said it regretted the walkout and remained ready to return to the table at "
      "any time.\n"                                           // 15
      "Tags: steel, unions, strikes\n"                        // 16
      "Related articles\n"                                    // 17
      "Dock strike ends after nine days\n"                    // 18
      "Rail unions to ballot on new offer\n"                  // 19
      "About us | Contact | Privacy policy | Terms of use\n"  // 20
      "\u00A9 2025 Labour Daily Ltd\n"                        // 21
      "John Smith\n"                                          // 22 a comment's author
      "2 hours ago\n"                                         // 23
      "About time the workers stood up for themselves.\n"     // 24
      "Reply\n"                                               // 25
      "Anna K.\n"                                             // 26
      "1 hour ago\n"                                          // 27
      "The company has been posting record profits, they can afford it.\n"
      "Reply\n";  // 29
  EXPECT_EQ(cleaning_kinds_of(kSteelPage),
            "ccccccaccacacaacccccc"
            "mmmmmmmm");
}

TEST(ClassifyLines, AUkrainianPage) {
  constexpr std::string_view kMinersPage =
      "Головна\n"
      "Новини\n"
      "Профспілка шахтарів оголосила страйк через борги із зарплати\n"
      "15 травня 2025, 09:40\n"
      "Профспілка працівників вугільної промисловості оголосила безстроковий страйк на трьох "
      "шахтах після того, як переговори з керівництвом підприємства про погашення боргів із "
      "заробітної плати завершилися без результату.\n"
      "За словами голови профспілки, борг перед шахтарями перевищує 40 мільйонів гривень, а "
      "керівництво пропонує погасити його лише частково до кінця року.\n"
      "Міністерство енергетики заявило, що готове виступити посередником у переговорах і "
      "скликати нову зустріч сторін наступного тижня.\n"
      "Фото: прес-служба профспілки\n"
      "Читайте також: Залізничники вимагають підвищення зарплат\n"
      "Поділитися\n"
      "Коментарі\n"
      "Нарешті хоч хтось заступився за шахтарів!\n";
  EXPECT_EQ(cleaning_kinds_of(kMinersPage), "ccacaaacccmm");
}

TEST(ClassifyLines, ReaderCommentsWithoutAMarker) {
  constexpr std::string_view kSchoolPage =
      "Teachers' union rejects the ministry's pay offer\n"
      "The national teachers' union on Monday rejected the education ministry's offer of a 3 "
      "percent raise for this school year, saying it fell far short of inflation and of the 7 "
      "percent its members had voted for at their congress in February.\n"
      "Union leaders said they would ask members to approve a series of one-day strikes in April "
      "unless the ministry came back with a better offer before the end of the month, and that "
      "talks on workload would continue in parallel.\n"
      "The ministry said the offer was the most it could afford without cutting other parts of "
      "the school budget, and that it remained open to talks on workload, class sizes and the "
      "hiring of assistants for the largest classes.\n"
      "Talks between the two sides broke down last week after eleven rounds of negotiation, "
      "according to two people familiar with the process, who said the gap on pay had barely "
      "narrowed since January.\n"
      "I was a teacher for twenty years and the workload is the real problem, not the pay.\n"
      "Totally agree with you.\n"
      "\"the workload is the real problem\"\n"
      "Nonsense. Everyone wants more money!!\n"
      "Why should taxpayers pay for this?\n"
      "You have no idea what teachers do all day.\n"
      "My sister quit last year, she could not take it anymore,\n";
  EXPECT_EQ(cleaning_kinds_of(kSchoolPage), "aaaaammmmmmm");
}

TEST(ClassifyLines, AnArticleInTheFirstPersonIsNotAThread) {
  // Quotes speak in the first person; the article's own voice does not.
  constexpr std::string_view kQuotesPage =
      "Nurses and hospitals resume talks on staffing\n"
      "Negotiators for the nurses' union and the hospital group met again on Thursday, a week "
      "after talks on minimum staffing levels broke off without agreement, both sides said.\n"
      "\"We will not sign anything that leaves one nurse alone with twelve patients at night,\" "
      "the union's lead negotiator told reporters outside the meeting.\n"
      "\"Our members want to know that we listened to them,\" she said, adding that a ballot on "
      "strike action remained possible if the talks failed again before the summer.\n"
      "The hospital group said it had offered to hire two hundred more nurses over two years and "
      "that it was ready to discuss night shifts in detail.\n"
      "\"We are close on pay and far apart on staffing,\" a person familiar with the talks said.\n"
      "A further round is planned for next Tuesday in the capital.\n";
  EXPECT_EQ(cleaning_kinds_of(kQuotesPage), "aaaaaaa");
}

TEST(ClassifyLines, AnExplainerAsksItsOwnQuestions) {
  // Five questions over five answers after a plain introduction: half of the blocks ask, but
  // each question heads an answer, as no reader's question does.
  constexpr std::string_view kExplainer =
      "Rail strike explained\n"
      "Train drivers across the country will walk out on Monday and Tuesday after talks between "
      "their union and the rail operators broke down at the weekend.\n"
      "The walkout is the third this year and the first to close commuter lines around the "
      "capital for two full days, the operators said in a statement on Sunday evening.\n"
      "What do the drivers want?\n"
      "The union is asking for a 9 percent pay rise this year, backdated to January, and a "
      "guarantee that no driver will be made to work more than five night shifts in a row.\n"
      "What have the operators offered?\n"
      "The operators have offered 5 percent this year and 3 percent next year, tied to changes in "
      "rostering that the union says would mean more weekend work for its members.\n"
      "Will trains run during the strike?\n"
      "Only about one in five services is expected to run on Monday and Tuesday, mostly on "
      "intercity routes, according to the operators, and none at all after eight in the evening.\n"
      "Is a deal in sight?\n"
      "Both sides say they are ready to meet again, and the transport ministry has offered to "
      "bring in an independent mediator before the next round of strikes in June.\n"
      "What happens next?\n"
      "The union has warned of further strikes in June if no agreement is reached by the end of "
      "May, and the operators say they will publish emergency timetables next week.\n";
  EXPECT_EQ(cleaning_kinds_of(kExplainer), "aaaaaaaaaaaaa");
}

TEST(ClassifyLines, ARussianPage) {
  constexpr std::string_view kRussianPage =
      "\u0412\u043E\u0439\u0442\u0438\n"  // Войти
      "Профсоюз докеров и порт договорились о повышении зарплат\n"
      "12.03.2025 14:20\n"
      "Переговоры между профсоюзом докеров и администрацией порта завершились в среду "
      "подписанием нового коллективного договора. По словам председателя профсоюза В. В. "
      "Иванова, зарплаты вырастут на 8% с 1 апреля, а в следующем году ещё на 5%.\n"
      "Администрация порта настаивала на повышении не более чем на 4%, но после трёх недель "
      "забастовки согласилась на компромисс. «Мы не могли больше терять грузы», — заявил "
      "директор порта.\n"
      "Профсоюз также добился сокращения ночных смен и отказа от срочных контрактов для новых "
      "работников, то есть главного требования забастовщиков.\n"
      "Фото: пресс-служба порта\n"
      "Поделиться\n"
      "Комментарии\n"
      "Наконец-то! Давно пора было.\n"
      "А мне кажется, вы все ошибаетесь.\n";
  EXPECT_EQ(cleaning_kinds_of(kRussianPage), "cacaaaccmmm");
}

TEST(ClassifyLines, CommentMarkersInThreeLanguages) {
  const std::string article =
      "The transport union and the city signed a two-year agreement on Friday that raises bus "
      "drivers' pay by 5 percent and limits split shifts, the mayor's office said in a statement "
      "published after the vote.\n"
      "The union said its members had approved the deal by a large majority and that the strike "
      "notice for next month was withdrawn.\n";
  for (const std::string marker : {"Reader comments", "Discussion", "Комментарии", "Коментарі",
                                   "Comment", "  \u2022 Discussion", "COMMENTS (14)"}) {
    EXPECT_EQ(cleaning_kinds_of(article + marker + "\nGreat result for the drivers.\n"), "aamm")
        << marker;
  }
}

TEST(ClassifyLines, AMarkerBeforeTheArticleOpensNoComments) {
  // A "Comments" link at the top of a page is furniture, not the start of the thread.
  constexpr std::string_view kPage =
      "Comments\n"
      "The transport union and the city signed a two-year agreement on Friday that raises bus "
      "drivers' pay by 5 percent and limits split shifts, the mayor's office said in a statement "
      "published after the vote.\n"
      "The union said its members had approved the deal by a large majority and that the strike "
      "notice for next month was withdrawn.\n";
  EXPECT_EQ(cleaning_kinds_of(kPage), "caa");
}

TEST(ClassifyLines, HardWrappedParagraphsAreOneBlock) {
  constexpr std::string_view kWrapped =
      "Shipyard workers and their employer reached a provisional deal late on\n"
      "Sunday that would end a month-long strike over pay and pensions, the\n"
      "union said, adding that members would vote on it within ten days.\n"
      "\n"
      "The agreement raises pay by 7 percent over two years and keeps the\n"
      "final-salary pension scheme open to current staff, according to a\n"
      "summary sent to members.\n";
  EXPECT_EQ(cleaning_kinds_of(kWrapped), "aaa.aaa");
}

TEST(ClassifyLines, KeepsWhatTheReaderMarkedAndResetsBlankLines) {
  Document doc;
  doc.lines = {{1,
                "Members of the cabin crew union will vote next week on the offer that the "
                "airline made on Monday after two days of talks, a union spokesman said.",
                LineKind::article},
               {2, "Subscribe", LineKind::comment},
               {3, "   ", LineKind::article},
               {4, "text", LineKind::blank}};
  classify_lines(doc);
  EXPECT_EQ(cleaning_kinds(doc), "am.c");  // a lone short line between furniture
}

TEST(ClassifyLines, AnHtmlPageWithLinksAndContainers) {
  const Document doc = read_document(
      "port.html",
      "<html><body>\n"
      "<nav><a href=/>Home</a> <a href=/business>Business</a></nav>\n"
      "<main><article>\n"
      "<h1>Dockers and port agree a new wage deal</h1>\n"
      "<p class=byline>By Anna Marsh</p>\n"
      "<p>Negotiators for the dockers' union and the port authority signed a three-year "
      "agreement on Wednesday after a strike that lasted nineteen days, both sides said in a "
      "joint statement published after the signing.</p>\n"
      "<p>The deal raises basic pay by 8 percent from April and a further 5 percent next year, "
      "the union said. The port had offered 4 percent before the strike began.</p>\n"
      "<figure><figcaption>Photo: Harbour News</figcaption></figure>\n"
      "<p>Talks on pensions continue next month</p>\n"
      "</article></main>\n"
      "<div><a href=/1>Strike hits port</a> | <a href=/2>Talks collapse at the airport</a> | "
      "<a href=/3>Rail deal</a></div>\n"
      "<section class=comments><h2>Comments</h2><p>Great news for the workers!</p></section>\n"
      "</body></html>\n");
  EXPECT_EQ(cleaning_kinds(doc), "cacaacacmm");
}

TEST(LineRules, CountersAndTimeStamps) {
  using detail::RuleText;
  EXPECT_TRUE(detail::is_counter(RuleText("1496")));
  EXPECT_TRUE(detail::is_counter(RuleText("  \u2022 1087")));
  EXPECT_TRUE(detail::is_counter(RuleText("12K views")));
  EXPECT_TRUE(detail::is_counter(RuleText("3 hours ago")));
  EXPECT_TRUE(detail::is_counter(RuleText("Updated 2 May 2025, 10:30")));
  EXPECT_TRUE(detail::is_counter(
      RuleText("5 \u043F\u0440\u043E\u0441\u043C\u043E\u0442\u0440\u043E\u0432")));
  EXPECT_FALSE(detail::is_counter(RuleText("Talks")));
  EXPECT_FALSE(detail::is_counter(RuleText("85,000 troops")));
  EXPECT_TRUE(detail::is_timestamp(RuleText("01.07 21:32")));
  EXPECT_TRUE(detail::is_timestamp(RuleText("May 2, 2025")));
  EXPECT_TRUE(detail::is_timestamp(RuleText("2 hours ago")));
  EXPECT_TRUE(detail::is_timestamp(RuleText("\u0432\u0447\u0435\u0440\u0430, 14:20")));  // вчера
  EXPECT_FALSE(detail::is_timestamp(RuleText("1087")));
}

TEST(LineRules, Menus) {
  using detail::RuleText;
  EXPECT_TRUE(detail::is_menu(RuleText("About us | Contact | Privacy policy | Terms of use")));
  EXPECT_TRUE(detail::is_menu(RuleText("World \u2022 Business \u2022 Sport")));
  EXPECT_FALSE(detail::is_menu(RuleText("Home | News")));
  EXPECT_FALSE(detail::is_menu(
      RuleText("The union said | that the offer was far too low | and walked out of the room")));
}

TEST(LineRules, PromptsCreditsNoticesBylines) {
  using detail::RuleText;
  EXPECT_TRUE(detail::is_prompt(RuleText("Log in | Register")));
  EXPECT_TRUE(detail::is_prompt(RuleText("Share on Facebook")));
  EXPECT_TRUE(detail::is_prompt(RuleText("Subscribe to our newsletter for the latest news")));
  EXPECT_TRUE(
      detail::is_prompt(RuleText("Do you want to leave a comment? Register and/or Log in")));
  EXPECT_TRUE(detail::is_prompt(RuleText("\u0412\u043E\u0439\u0442\u0438")));
  EXPECT_FALSE(detail::is_prompt(RuleText("Share prices fell on news of the strike.")));
  EXPECT_FALSE(detail::is_prompt(RuleText("Britain will register its objection.")));
  EXPECT_TRUE(detail::is_image_credit(RuleText("Image source: \u00A9 POOL")));
  EXPECT_TRUE(detail::is_image_credit(RuleText("Photo: Reuters")));
  EXPECT_TRUE(
      detail::is_image_credit(RuleText("\u0424\u043E\u0442\u043E: \u0422\u0410\u0421\u0421")));
  EXPECT_TRUE(detail::is_rights_notice(RuleText("All rights reserved.")));
  EXPECT_TRUE(
      detail::is_rights_notice(RuleText("The rights to this material belong to the agency")));
  EXPECT_TRUE(detail::is_rights_notice(
      RuleText("These materials do not reflect the editorial board's position")));
  EXPECT_FALSE(detail::is_rights_notice(RuleText("Polls do not reflect the mood of the union.")));
  EXPECT_TRUE(detail::is_byline(RuleText("By Anna Marsh")));
  EXPECT_TRUE(detail::is_byline(RuleText("Reporting by Anna Marsh; Editing by Tom Reid")));
  EXPECT_FALSE(detail::is_byline(RuleText("By the end of the week the talks had stalled")));
  EXPECT_TRUE(detail::looks_like_names(RuleText("Maria Lindqvist")));
  EXPECT_TRUE(detail::looks_like_names(RuleText("J. D. Vance and Anna Marsh")));
  EXPECT_FALSE(detail::looks_like_names(RuleText("NATO expansion")));
  EXPECT_FALSE(detail::looks_like_names(RuleText("Points of attention")));
  EXPECT_FALSE(detail::looks_like_names(RuleText("The Deal")));
}

TEST(LineRules, CommentMarkersAreWholeLines) {
  using detail::RuleText;
  EXPECT_TRUE(detail::is_comment_marker(RuleText("Comments")));
  EXPECT_TRUE(detail::is_comment_marker(RuleText("12 comments")));
  EXPECT_TRUE(detail::is_comment_marker(
      RuleText("\u00AB\u041A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0438\u00BB")));
  EXPECT_FALSE(
      detail::is_comment_marker(RuleText("The Kremlin did not respond to a request for comment.")));
  EXPECT_FALSE(detail::is_comment_marker(RuleText("Comments on the offer were mixed")));
}

}  // namespace
}  // namespace parley::evidence
