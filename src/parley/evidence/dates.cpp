#include "parley/evidence/dates.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence {
namespace detail {

// A token of a line for the date grammar: a run of ASCII digits, a run of letters (lower-cased),
// or one other non-space character. Byte offsets into the line.
struct DateToken {
  enum Kind { number, word, mark } kind = mark;
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<DateToken> date_tokens(std::string_view text) {
  std::vector<DateToken> tokens;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    const std::size_t next = i + static_cast<std::size_t>(d.length);
    if (is_space(d.code) || d.code == '\t') {
      i = next;
      continue;
    }
    DateToken t;
    t.begin = i;
    if (is_digit(d.code)) {
      t.kind = DateToken::number;
      std::size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      t.text.assign(text.substr(i, j - i));
      t.end = j;
    } else if (is_letter(d.code)) {
      t.kind = DateToken::word;
      std::size_t j = i;
      while (j < text.size()) {
        const DecodedChar c = decode_utf8(text, j);
        if (!is_letter(c.code)) break;
        j += static_cast<std::size_t>(c.length);
      }
      append_lower(text.substr(i, j - i), t.text);
      t.end = j;
    } else {
      t.kind = DateToken::mark;
      t.text.assign(text.substr(i, next - i));
      t.end = next;
    }
    i = t.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// The month a word names (1–12), 0 when none: English names and abbreviations, Russian and
// Ukrainian names in the genitive, as dates write them.
int month_named(std::string_view word) {
  struct Name {
    std::string_view word;
    int month;
  };
  static constexpr Name kNames[] = {
      {"january", 1},   {"jan", 1},        {"february", 2},  {"feb", 2},      {"march", 3},
      {"mar", 3},       {"april", 4},      {"apr", 4},       {"may", 5},      {"june", 6},
      {"jun", 6},       {"july", 7},       {"jul", 7},       {"august", 8},   {"aug", 8},
      {"september", 9}, {"sept", 9},       {"sep", 9},       {"october", 10}, {"oct", 10},
      {"november", 11}, {"nov", 11},       {"december", 12}, {"dec", 12},     {"января", 1},
      {"февраля", 2},   {"марта", 3},      {"апреля", 4},    {"мая", 5},      {"июня", 6},
      {"июля", 7},      {"августа", 8},    {"сентября", 9},  {"октября", 10}, {"ноября", 11},
      {"декабря", 12},  {"січня", 1},      {"лютого", 2},    {"березня", 3},  {"квітня", 4},
      {"травня", 5},    {"червня", 6},     {"липня", 7},     {"серпня", 8},   {"вересня", 9},
      {"жовтня", 10},   {"листопада", 11}, {"грудня", 12}};
  for (const Name& n : kNames) {
    if (n.word == word) return n.month;
  }
  return 0;
}

std::optional<int> small_number(const DateToken& t, std::size_t max_digits) {
  if (t.kind != DateToken::number || t.text.empty() || t.text.size() > max_digits) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : t.text) value = value * 10 + (c - '0');
  return value;
}

std::optional<int> year_of(const DateToken& t) {
  if (t.kind != DateToken::number || t.text.size() != 4) return std::nullopt;
  const int year = *small_number(t, 4);
  if (year < 1900 || year > 2199) return std::nullopt;
  return year;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::string iso_date(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return {};
  const int last = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && is_leap(year));
  if (day > last) return {};
  std::string out(10, '0');
  const auto put = [&out](std::size_t at, int value, std::size_t width) {
    for (std::size_t k = 0; k < width; ++k) {
      out[at + width - 1 - k] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, year, 4);
  out[4] = '-';
  put(5, month, 2);
  out[7] = '-';
  put(8, day, 2);
  return out;
}

struct FoundDate {
  std::string iso;
  std::size_t first = 0;  // tokens [first, last) make the date
  std::size_t last = 0;
};

bool is_mark(const std::vector<DateToken>& t, std::size_t i, std::string_view mark) {
  return i < t.size() && t[i].kind == DateToken::mark && t[i].text == mark;
}
bool touches(const std::vector<DateToken>& t, std::size_t i) {  // t[i] follows t[i-1] directly
  return i < t.size() && t[i - 1].end == t[i].begin;
}

// The date that starts at token i, if any.
std::optional<FoundDate> date_at(const std::vector<DateToken>& t, std::size_t i) {
  const std::size_t n = t.size();
  // 2025-05-14 (and 2025-05-14T09:30…)
  if (const auto year = year_of(t[i]);
      year && i + 4 < n && is_mark(t, i + 1, "-") && is_mark(t, i + 3, "-") && touches(t, i + 1) &&
      touches(t, i + 2) && touches(t, i + 3) && touches(t, i + 4)) {
    const auto month = small_number(t[i + 2], 2);
    const auto day = small_number(t[i + 4], 2);
    if (month && day) {
      if (std::string iso = iso_date(*year, *month, *day); !iso.empty()) {
        return FoundDate{std::move(iso), i, i + 5};
      }
    }
  }
  if (const auto day = small_number(t[i], 2)) {
    // 14.05.2025
    if (i + 4 < n && is_mark(t, i + 1, ".") && is_mark(t, i + 3, ".") && touches(t, i + 1) &&
        touches(t, i + 2) && touches(t, i + 3) && touches(t, i + 4)) {
      const auto month = small_number(t[i + 2], 2);
      const auto year = year_of(t[i + 4]);
      if (month && year) {
        if (std::string iso = iso_date(*year, *month, *day); !iso.empty()) {
          return FoundDate{std::move(iso), i, i + 5};
        }
      }
    }
    // 14 May 2025, 14 мая 2025
    std::size_t j = i + 1;
    if (j < n && t[j].kind == DateToken::word && month_named(t[j].text) != 0) {
      const int month = month_named(t[j].text);
      ++j;
      if (is_mark(t, j, ".")) ++j;
      if (is_mark(t, j, ",")) ++j;
      if (j < n) {
        if (const auto year = year_of(t[j])) {
          if (std::string iso = iso_date(*year, month, *day); !iso.empty()) {
            return FoundDate{std::move(iso), i, j + 1};
          }
        }
      }
    }
  }
  // May 14, 2025; Sept. 3 2025; May 14th, 2025
  if (t[i].kind == DateToken::word) {
    if (const int month = month_named(t[i].text); month != 0) {
      std::size_t j = i + 1;
      if (is_mark(t, j, ".")) ++j;
      if (j < n) {
        if (const auto day = small_number(t[j], 2)) {
          ++j;
          if (j < n && touches(t, j) && t[j].kind == DateToken::word &&
              (t[j].text == "st" || t[j].text == "nd" || t[j].text == "rd" || t[j].text == "th")) {
            ++j;
          }
          if (is_mark(t, j, ",")) ++j;
          if (j < n) {
            if (const auto year = year_of(t[j])) {
              if (std::string iso = iso_date(*year, month, *day); !iso.empty()) {
                return FoundDate{std::move(iso), i, j + 1};
              }
            }
          }
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<FoundDate> first_date(const std::vector<DateToken>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (auto found = date_at(tokens, i)) return found;
  }
  return std::nullopt;
}

// What a line that starts with a marker says: a publication or an update.
enum class DateMarker { none, published, updated };

DateMarker marker_of(const std::vector<DateToken>& t) {
  static constexpr std::string_view kPublished[] = {"published", "posted", "опубликовано",
                                                    "опубліковано", "первоначально"};
  static constexpr std::string_view kUpdated[] = {"updated", "обновлено", "оновлено", "изменено",
                                                  "змінено"};
  std::size_t i = 0;
  if (i < t.size() && (t[i].text == "first" || t[i].text == "last")) ++i;
  if (i >= t.size() || t[i].kind != DateToken::word) return DateMarker::none;
  for (const std::string_view w : kUpdated) {
    if (t[i].text == w) return DateMarker::updated;
  }
  for (const std::string_view w : kPublished) {
    if (t[i].text == w) return DateMarker::published;
  }
  // "Date: …", "Date of publication …", "Дата публикации …", "Дата публікації …"
  if (i + 1 < t.size() && t[i].text == "date" &&
      (t[i + 1].text == ":" ||
       (t[i + 1].text == "of" && i + 2 < t.size() && t[i + 2].text == "publication"))) {
    return DateMarker::published;
  }
  if (i + 1 < t.size() && t[i].text == "дата" &&
      (t[i + 1].text == "публикации" || t[i + 1].text == "публікації")) {
    return DateMarker::published;
  }
  return DateMarker::none;
}

// Words a dateline may hold beside its date: times, weekdays, time zones and the like are not
// counted; anything else is. A dateline has at most this many.
constexpr std::size_t kDatelineOtherWords = 4;

bool is_dateline_filler(const DateToken& t) {
  static constexpr std::string_view kFiller[] = {
      "am",      "pm",         "utc",         "gmt",     "msk",     "cet",       "cest",
      "et",      "at",         "on",          "monday",  "tuesday", "wednesday", "thursday",
      "friday",  "saturday",   "sunday",      "mon",     "tue",     "wed",       "thu",
      "fri",     "sat",        "sun",         "г",       "року",    "р",         "года",
      "в",       "о",          "понедельник", "вторник", "среда",   "четверг",   "пятница",
      "суббота", "воскресенье"};
  if (t.kind != DateToken::word) return true;  // numbers and marks: times, separators
  for (const std::string_view w : kFiller) {
    if (t.text == w) return true;
  }
  return false;
}

// Four ASCII digits in a row: a cheap test that spares most lines the date grammar.
bool has_year_digits(std::string_view text) {
  int run = 0;
  for (const char c : text) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

}  // namespace detail

std::string find_date(std::string_view text) {
  const std::vector<detail::DateToken> tokens = detail::date_tokens(text);
  auto found = detail::first_date(tokens);
  return found ? std::move(found->iso) : std::string();
}

void find_publication_date(Document& doc) {
  if (!doc.published.empty()) return;
  constexpr std::size_t kLinesLookedAt = 12;
  constexpr std::size_t kDatelineChars = 64;
  std::string dateline;
  int dateline_number = 0;
  std::string updated;
  int updated_number = 0;
  std::size_t seen = 0;
  for (const DocumentLine& line : doc.lines) {
    if (line.kind == LineKind::blank) continue;
    if (++seen > kLinesLookedAt) break;
    if (!detail::has_year_digits(line.text)) continue;  // every date has a four-digit year
    const std::vector<detail::DateToken> tokens = detail::date_tokens(line.text);
    const auto found = detail::first_date(tokens);
    if (!found) continue;
    switch (detail::marker_of(tokens)) {
      case detail::DateMarker::published:
        doc.published = found->iso;
        doc.published_line = line.number;
        return;
      case detail::DateMarker::updated:
        if (updated.empty()) {
          updated = found->iso;
          updated_number = line.number;
        }
        continue;
      case detail::DateMarker::none:
        break;
    }
    if (!dateline.empty() || detail::count_chars(line.text) > kDatelineChars) continue;
    std::size_t others = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (i >= found->first && i < found->last) continue;
      if (!detail::is_dateline_filler(tokens[i])) ++others;
    }
    if (others <= detail::kDatelineOtherWords) {
      dateline = found->iso;
      dateline_number = line.number;
    }
  }
  if (!dateline.empty()) {
    doc.published = std::move(dateline);
    doc.published_line = dateline_number;
  } else if (!updated.empty()) {
    doc.published = std::move(updated);
    doc.published_line = updated_number;
  }
}

}  // namespace parley::evidence
