#pragma once
// The rules that recognise a line of site furniture by what it says, whatever stands around it:
// counters and time stamps, login/subscribe/share prompts, image credits, copyright notices,
// bylines, and the marker that opens the reader comments. Each describes how news sites build
// such lines, in English, Russian and Ukrainian; page_cleaning.cpp applies them.

#include <string>
#include <string_view>

namespace parley::evidence::detail {

// A line's text as the rules read it.
struct RuleText {
  explicit RuleText(std::string_view text);  // `text` trimmed; a bullet marker is dropped
  std::string_view raw;                      // the text without bullet marker
  std::string folded;  // its words, lower-cased, space-separated (text_scan.hpp fold)
  int words = 0;
  bool has_digit = false;
};

// Whether " phrase " (whole words) stands in `folded`; with `prefix`, the phrase may be the
// start of a longer last word ("правообладател" finds "правообладателя").
bool has_phrase(std::string_view folded, std::string_view phrase, bool prefix = false);

// "Comments", "Reader comments (12)", "Discussion", «Комментарии», «Коментарі», "Leave a
// comment": the whole line names the comment section.
bool is_comment_marker(const RuleText& t);

// Only numbers and the words of dates, times and counts: "1496", "0", "01.07 21:32", "12K
// views", "3 hours ago", "Updated 2 May 2025, 10:30".
bool is_counter(const RuleText& t);

// A counter holding a date, a time of day or a time relative to now ("01.07 21:32", "May 2,
// 2025", "2025-05-02", "2 hours ago", "вчера, 14:20").
bool is_timestamp(const RuleText& t);

// A menu: three items or more, of at most four words each, separated by "|", "•" or "·"
// ("About us | Contact | Privacy policy", "World • Business • Sport").
bool is_menu(const RuleText& t);

// A login, registration, subscription or share prompt: a line made only of prompt words
// ("Share on Facebook", "Log in | Register", "Войти"), one opening with a strong one ("Subscribe
// to …", "Read more: …") in a few words, or one that speaks to the reader ("Do you want to leave
// a comment? Register and/or Log in").
bool is_prompt(const RuleText& t);

// An image or video credit: "Image source: …", "Photo: …", "Фото: …", "©", "Getty Images".
bool is_image_credit(const RuleText& t);

// A copyright, rights or reprint notice, or the disclaimer that the text is not the editors'
// view ("All rights reserved", "The rights to this material belong to …", "Все права защищены").
bool is_rights_notice(const RuleText& t);

// A byline or a credit for the reporting: "By Anna Smith", "Reporting by …; Editing by …",
// "Author: …", "Автор: …".
bool is_byline(const RuleText& t);

// A bare list of people's names, as a byline stands alone under a headline: two or three
// capitalised words each ("Anna Smith", "J. D. Vance", "Anna Smith and Ivan Petrov"), no
// function word, no digit, no punctuation at the end.
bool looks_like_names(const RuleText& t);

// The part of `text` outside quotation marks ("…", “…”, «…», „…“), into `out`.
void outside_quotes(std::string_view text, std::string& out);

}  // namespace parley::evidence::detail
