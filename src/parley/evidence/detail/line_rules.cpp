#include "parley/evidence/detail/line_rules.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"
#include "parley/evidence/detail/wordlists.hpp"

namespace parley::evidence::detail {

namespace {

// Calls visit(word) for each word of `folded`.
template <typename Visit>
void for_each_folded(std::string_view folded, Visit&& visit) {
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t space = folded.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? folded.size() : space;
    if (end > start) visit(folded.substr(start, end - start));
    start = end + 1;
  }
}

template <typename Predicate>
bool all_folded(std::string_view folded, Predicate&& predicate) {
  bool all = true;
  for_each_folded(folded, [&](std::string_view w) { all = all && predicate(w); });
  return all;
}

template <typename Predicate>
bool any_folded(std::string_view folded, Predicate&& predicate) {
  return !all_folded(folded, [&](std::string_view w) { return !predicate(w); });
}

// A set of phrases found in one pass over a folded text's words: the phrases are bucketed by
// their first two bytes, so that each word is compared with the few that could start there.
class PhraseSet {
 public:
  PhraseSet(std::initializer_list<std::string_view> phrases, bool prefix = false)
      : prefix_(prefix) {
    for (const std::string_view p : phrases) buckets_[key(p, 0)].push_back(p);
  }

  // Whether one of the phrases stands in `folded` as whole words (or, with `prefix`, as the
  // start of its last word).
  bool found_in(std::string_view folded) const {
    for (std::size_t at = 1; at < folded.size();) {
      for (const std::string_view p : buckets_[key(folded, at)]) {
        if (folded.compare(at, p.size(), p) == 0 && (prefix_ || folded[at + p.size()] == ' ')) {
          return true;
        }
      }
      const std::size_t space = folded.find(' ', at);
      if (space == std::string_view::npos) break;
      at = space + 1;
    }
    return false;
  }

  // Whether `folded` starts with one of the phrases.
  bool opens(std::string_view folded) const {
    if (folded.size() < 2) return false;
    for (const std::string_view p : buckets_[key(folded, 1)]) {
      if (folded.compare(1, p.size(), p) == 0 && folded[1 + p.size()] == ' ') return true;
    }
    return false;
  }

 private:
  static std::size_t key(std::string_view s, std::size_t at) {
    const auto b0 = static_cast<unsigned char>(s[at]);
    const auto b1 = at + 1 < s.size() ? static_cast<unsigned char>(s[at + 1]) : 0u;
    return (b0 * 31u + b1) & 255u;
  }
  std::array<std::vector<std::string_view>, 256> buckets_;
  bool prefix_ = false;
};

bool starts_with_phrase(std::string_view folded, std::string_view phrase) {
  return folded.size() > phrase.size() + 1 && folded.substr(1, phrase.size()) == phrase &&
         folded[phrase.size() + 1] == ' ';
}

// Whether the folded text is exactly one of `phrases`.
bool is_exactly(std::string_view folded, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
    return folded.size() == p.size() + 2 && folded.substr(1, p.size()) == p;
  });
}

std::string lower(std::string_view text) {
  std::string out;
  append_lower(text, out);
  return out;
}

bool is_number_word(std::string_view w) {
  // "1496", "21:32" (folded apart), "1.2k", "5k", "12h", "3m", "2025"
  if (w.empty() || !is_digit(static_cast<unsigned char>(w[0]))) return false;
  std::size_t i = 0;
  while (i < w.size() &&
         (is_digit(static_cast<unsigned char>(w[i])) || w[i] == '.' || w[i] == ',')) {
    ++i;
  }
  const std::string_view suffix = w.substr(i);
  return suffix.empty() || suffix == "k" || suffix == "m" || suffix == "h" || suffix == "th" ||
         suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "к" || suffix == "тыс";
}

bool has_time_of_day(std::string_view raw) {
  // d:dd or dd:dd
  for (std::size_t i = 1; i + 2 < raw.size(); ++i) {
    if (raw[i] == ':' && is_digit(static_cast<unsigned char>(raw[i - 1])) &&
        is_digit(static_cast<unsigned char>(raw[i + 1])) &&
        is_digit(static_cast<unsigned char>(raw[i + 2]))) {
      return true;
    }
  }
  return false;
}

bool has_numeric_date(std::string_view raw) {
  // dd.mm, dd/mm, yyyy-mm-dd: two digit groups joined by '.', '/' or '-'
  for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
    if ((raw[i] == '.' || raw[i] == '/' || raw[i] == '-') &&
        is_digit(static_cast<unsigned char>(raw[i - 1])) &&
        is_digit(static_cast<unsigned char>(raw[i + 1]))) {
      return true;
    }
  }
  return false;
}

// The reader is spoken to outside quotation marks.
bool addresses_reader(std::string_view raw) {
  std::string outside;
  outside_quotes(raw, outside);
  bool found = false;
  std::string word;
  for_each_word(outside, [&](std::string_view w) {
    word.clear();
    append_lower(w, word);
    found = found || is_reader_address(word);
  });
  return found;
}

bool is_capitalised_name_word(std::string_view w) {
  const DecodedChar first = decode_utf8(w, 0);
  if (!is_upper(first.code)) return false;
  if (static_cast<std::size_t>(first.length) == w.size()) return false;  // initials: see caller
  bool lower_seen = false;
  for (std::size_t i = static_cast<std::size_t>(first.length); i < w.size();) {
    const DecodedChar d = decode_utf8(w, i);
    if (is_lower(d.code)) {
      lower_seen = true;
    } else if (!(d.code == '\'' || d.code == 0x2019 || d.code == '-' || is_upper(d.code))) {
      return false;
    }
    i += static_cast<std::size_t>(d.length);
  }
  return lower_seen;
}

bool is_initial(std::string_view w) {
  // "J." or "J.D." (one or two capitals, each with its full stop)
  if (w.size() < 2 || w.back() != '.') return false;
  std::size_t i = 0;
  int letters = 0;
  while (i < w.size()) {
    const DecodedChar d = decode_utf8(w, i);
    if (!is_upper(d.code)) return false;
    i += static_cast<std::size_t>(d.length);
    if (i >= w.size() || w[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters <= 3;
}

}  // namespace

RuleText::RuleText(std::string_view text) {
  raw = trim(text);
  raw.remove_prefix(bullet_length(raw));
  raw = trim(raw);
  folded = fold(raw);
  words = static_cast<int>(std::count(folded.begin(), folded.end(), ' ')) - 1;
  if (words < 0) words = 0;
  has_digit = std::any_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool has_phrase(std::string_view folded, std::string_view phrase, bool prefix) {
  for (std::size_t at = folded.find(phrase); at != std::string_view::npos;
       at = folded.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if (at > 0 && folded[at - 1] == ' ' &&
        (prefix || (end < folded.size() && folded[end] == ' '))) {
      return true;
    }
  }
  return false;
}

bool is_comment_marker(const RuleText& t) {
  if (t.raw.size() > 60 || t.words > 4) return false;
  std::string words;  // the folded words without numbers: "Comments (12)" → " comments "
  words.push_back(' ');
  for_each_folded(t.folded, [&](std::string_view w) {
    if (!is_number_word(w)) {
      words.append(w);
      words.push_back(' ');
    }
  });
  return is_exactly(words, {"comments",
                            "comment",
                            "discussion",
                            "reader comments",
                            "readers comments",
                            "reader's comments",
                            "readers' comments",
                            "show comments",
                            "view comments",
                            "leave a comment",
                            "add a comment",
                            "post a comment",
                            "join the discussion",
                            "комментарии",
                            "комментарий",
                            "комментарии читателей",
                            "обсуждение",
                            "оставить комментарий",
                            "коментарі",
                            "коментар",
                            "обговорення",
                            "залишити коментар"});
}

bool is_counter(const RuleText& t) {
  if (!t.has_digit || t.words == 0 || t.words > 8) return false;
  return all_folded(
      t.folded, [](std::string_view w) { return is_number_word(w) || is_date_or_counter_word(w); });
}

bool is_timestamp(const RuleText& t) {
  if (!is_counter(t)) return false;
  static const PhraseSet kRelative = {"ago",     "yesterday", "today", "назад",   "вчера",
                                      "сегодня", "тому",      "вчора", "сьогодні"};
  return has_time_of_day(t.raw) || has_numeric_date(t.raw) || any_folded(t.folded, is_month_name) ||
         kRelative.found_in(t.folded);
}

bool is_menu(const RuleText& t) {
  static constexpr std::string_view kSeparators[] = {"|", "\u2022", "\u00B7"};
  for (const std::string_view separator : kSeparators) {
    if (t.raw.find(separator) == std::string_view::npos) continue;  // one item: no menu
    int items = 0;
    bool short_items = true;
    std::size_t start = 0;
    while (start <= t.raw.size()) {
      std::size_t end = t.raw.find(separator, start);
      if (end == std::string_view::npos) end = t.raw.size();
      const std::string_view item = trim(t.raw.substr(start, end - start));
      if (!item.empty()) {
        ++items;
        short_items = short_items && std::count(item.begin(), item.end(), ' ') < 4;
      }
      start = end + separator.size();
    }
    if (items >= 3 && short_items) return true;
  }
  return false;
}

bool is_prompt(const RuleText& t) {
  if (t.words == 0 || t.words > 20) return false;
  static const PhraseSet kStrong = {"log in",
                                    "login",
                                    "log out",
                                    "logout",
                                    "sign in",
                                    "sign up",
                                    "signup",
                                    "register",
                                    "registration",
                                    "subscribe",
                                    "subscription",
                                    "unsubscribe",
                                    "newsletter",
                                    "cookies",
                                    "read more",
                                    "read also",
                                    "also read",
                                    "see also",
                                    "continue reading",
                                    "advertisement",
                                    "sponsored",
                                    "войти",
                                    "вход",
                                    "выйти",
                                    "регистрация",
                                    "зарегистрироваться",
                                    "зарегистрируйтесь",
                                    "авторизуйтесь",
                                    "подписаться",
                                    "подпишитесь",
                                    "подписка",
                                    "рассылка",
                                    "читайте также",
                                    "читать далее",
                                    "смотрите также",
                                    "реклама",
                                    "увійти",
                                    "вхід",
                                    "вийти",
                                    "реєстрація",
                                    "зареєструватися",
                                    "зареєструйтеся",
                                    "підписатися",
                                    "підпишіться",
                                    "підписка",
                                    "розсилка",
                                    "читайте також",
                                    "читати далі",
                                    "дивіться також"};
  static const PhraseSet kWeak = {
      "share",      "tweet",    "follow",       "print",      "email",      "reply",       "report",
      "поделиться", "ответить", "пожаловаться", "поділитися", "відповісти", "поскаржитися"};
  const bool strong = kStrong.found_in(t.folded);
  if (!strong && !kWeak.found_in(t.folded)) return false;
  if (all_folded(t.folded, is_prompt_word)) return true;
  if (!strong) return false;
  const bool opens = kStrong.opens(t.folded);
  if ((opens || t.words <= 3) && t.words <= 8) return true;
  return addresses_reader(t.raw);
}

bool is_image_credit(const RuleText& t) {
  if (t.words > 25) return false;
  if (t.raw.find("\u00A9") != std::string_view::npos) return true;  // ©
  const std::string head = lower(t.raw.substr(0, 40));
  static constexpr std::string_view kPrefixes[] = {
      "image source", "image:",        "images:",      "image credit",  "photo:",
      "photos:",      "photo by",      "photo credit", "photograph:",   "picture:",
      "pictured:",    "illustration:", "credit:",      "credits:",      "video:",
      "фото:",        "фото ",         "фотография:",  "источник фото", "источник изображения",
      "иллюстрация",  "изображение:",  "скриншот",     "кадр:",         "джерело фото",
      "ілюстрація",   "зображення:"};
  for (const std::string_view prefix : kPrefixes) {
    if (head.starts_with(prefix)) return true;
  }
  static const PhraseSet kAgencies = {"getty images", "shutterstock", "photo credit",
                                      "afp via getty"};
  return kAgencies.found_in(t.folded);
}

bool is_rights_notice(const RuleText& t) {
  if (t.words > 40) return false;
  static const PhraseSet kNotices = {"copyright",
                                     "all rights reserved",
                                     "rights reserved",
                                     "reproduction",
                                     "republication",
                                     "republish",
                                     "reprinted",
                                     "права защищены",
                                     "все права",
                                     "права на материал",
                                     "авторские права",
                                     "при цитировании",
                                     "при использовании материалов",
                                     "усі права",
                                     "права захищені",
                                     "авторські права",
                                     "при використанні матеріалів",
                                     "views expressed",
                                     "мнение редакции",
                                     "позицию редакции",
                                     "точку зрения редакции",
                                     "позицію редакції",
                                     "думку редакції"};
  static const PhraseSet kHolders = {{"правообладател", "правовласник"}, true};
  static const PhraseSet kRightsObjects = {"material", "materials", "belong",
                                           "belongs",  "content",   "holder"};
  static const PhraseSet kEditors = {"editorial", "editors"};
  if (kNotices.found_in(t.folded) || kHolders.found_in(t.folded)) return true;
  if (has_phrase(t.folded, "rights") && kRightsObjects.found_in(t.folded)) return true;
  return has_phrase(t.folded, "reflect", true) && kEditors.found_in(t.folded);
}

bool is_byline(const RuleText& t) {
  if (t.words == 0 || t.words > 12) return false;
  if (starts_with_phrase(t.folded, "by") && t.words >= 2 && t.words <= 8) {
    // "By Anna Smith", not "By the end of the week …"
    std::size_t second = t.raw.find(' ');
    return second != std::string_view::npos && is_upper(first_char(trim(t.raw.substr(second))));
  }
  static const PhraseSet kCredits = {
      "reporting by", "writing by", "editing by",  "additional reporting",
      "compiled by",  "written by", "author",      "authors",
      "автор",        "авторы",     "автори",      "текст",
      "редактор",     "подготовил", "подготовила", "підготував",
      "підготувала"};
  return kCredits.opens(t.folded);
}

bool looks_like_names(const RuleText& t) {
  if (t.has_digit || t.words < 2 || t.words > 9) return false;
  if (ends_sentence(t.raw) || t.raw.back() == ':' || t.raw.back() == ',') return false;
  int in_name = 0;  // words of the current name
  bool ok = true;
  std::size_t start = 0;
  const auto close_name = [&] {
    ok = ok && in_name >= 2 && in_name <= 3;
    in_name = 0;
  };
  while (ok && start < t.raw.size()) {
    std::size_t end = t.raw.find(' ', start);
    if (end == std::string_view::npos) end = t.raw.size();
    std::string_view w = t.raw.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    const bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    const std::string folded = lower(w);
    if (folded == "and" || folded == "&" || folded == "и" || folded == "і" || folded == "та") {
      close_name();
      continue;
    }
    if (!is_initial(w)) {
      ok = is_capitalised_name_word(w) && stopword_languages(folded) == 0;
    }
    ++in_name;
    if (comma) close_name();
  }
  if (in_name > 0) close_name();
  return ok;
}

void outside_quotes(std::string_view text, std::string& out) {
  out.clear();
  bool inside = false;  // straight and curly quotes toggle: scraped pages pair them loosely
  int guillemets = 0;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    const std::size_t n = static_cast<std::size_t>(d.length);
    if (d.code == '"' || d.code == 0x201C || d.code == 0x201D || d.code == 0x201E) {
      inside = !inside;
      out.push_back(' ');
    } else if (d.code == 0x00AB) {
      ++guillemets;
    } else if (d.code == 0x00BB) {
      guillemets = std::max(0, guillemets - 1);
    } else if (!inside && guillemets == 0) {
      out.append(text.substr(i, n));
    }
    i += n;
  }
}

}  // namespace parley::evidence::detail
