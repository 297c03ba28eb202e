#include "parley/evidence/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string_view>
#include <unordered_set>

#include "parley/evidence/detail/paragraphs.hpp"
#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"
#include "parley/evidence/detail/wordlists.hpp"

namespace parley::evidence {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Abbreviations after which a full stop never ends a sentence: titles before a name, and Latin
// and editorial abbreviations. Written as they stand, without the final full stop.
const WordSet& always_abbreviations() {
  static const WordSet kSet = {
      "Mr",     "Mrs", "Ms",   "Mx",    "Dr",  "Prof", "Gen",  "Lt",      "Col",  "Capt", "Cpt",
      "Maj",    "Sgt", "Cpl",  "Pvt",   "Adm", "Cmdr", "Cdr",  "Brig",    "Gov",  "Sen",  "Rep",
      "Rev",    "Hon", "Pres", "Amb",   "Sec", "Supt", "Insp", "Fr",      "St",   "Mt",   "Ft",
      "Messrs", "Mme", "Mlle", "vs",    "v",   "e.g",  "i.e",  "E.g",     "I.e",  "cf",   "approx",
      "Approx", "ca",  "viz",  "incl",  "esp", "ген",  "полк", "подполк", "проф", "акад", "св",
      "тов",    "им",  "ул",   "просп", "пл",  "т.е",  "т.к",  "т.н",     "т.ч",  "напр", "см",
      "ср",     "вул", "т.зв", "див",   "Ген", "Проф", "Акад"};
  return kSet;
}

// Abbreviations that stand before a number: months ("Oct. 12"), "No. 10", "Art. 5", "p. 3".
const WordSet& number_abbreviations() {
  static const WordSet kSet = {
      "Jan",  "Feb", "Mar",  "Apr", "Jun",  "Jul",  "Aug", "Sep", "Sept", "Oct",  "Nov",
      "Dec",  "No",  "Nos",  "no",  "Art",  "Arts", "art", "p",   "pp",   "para", "paras",
      "Para", "vol", "Vol",  "ch",  "Ch",   "sec",  "Sec", "fig", "Fig",  "ст",   "п",
      "ч",    "гл",  "рис",  "стр", "с",    "т",    "тел", "янв", "фев",  "мар",  "апр",
      "авг",  "сен", "сент", "окт", "ноя",  "дек",  "січ", "лют", "бер",  "квіт", "трав",
      "черв", "лип", "серп", "вер", "жовт", "лист", "груд"};
  return kSet;
}

bool is_opening_punctuation(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x201E ||
         c == 0x2018 || c == 0x00AB || c == 0x2039;
}

// "U.S", "J", "В", "U.K": capitals, one letter between full stops.
bool is_initialism(std::string_view core) {
  if (core.empty()) return false;
  for (std::size_t i = 0; i < core.size();) {
    const detail::DecodedChar d = detail::decode_utf8(core, i);
    if (!detail::is_upper(d.code)) return false;
    i += static_cast<std::size_t>(d.length);
    if (i == core.size()) return true;
    if (core[i] != '.') return false;
    ++i;
  }
  return false;
}

// The first word of `text` (letters, digits, and inner full stops and apostrophes).
std::string_view first_word(std::string_view text) {
  std::string_view word;
  detail::for_each_word(text.substr(0, 64), [&](std::string_view w) {
    if (word.empty()) word = w;
  });
  return word;
}

// Line numbers of a paragraph: where each source line starts in the joined text.
struct Piece {
  std::size_t offset;
  int line;
};

class Splitter {
 public:
  Splitter() {
    UErrorCode status = U_ZERO_ERROR;
    // One breaker for every script: UAX #29's sentence rules are the same in every locale; the
    // abbreviations below stand in for the locales' suppression lists.
    breaker_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) breaker_.reset();
  }
  Splitter(const Splitter&) = delete;
  Splitter& operator=(const Splitter&) = delete;
  ~Splitter() { utext_close(&text_); }

  void split(std::string_view paragraph, const std::vector<Piece>& pieces,
             std::vector<Sentence>& out) {
    candidates(paragraph);
    std::size_t start = 0;
    for (const std::size_t at : boundaries_) {
      if (at <= start || at >= paragraph.size() || !keeps_break(paragraph, start, at)) continue;
      emit(paragraph, start, at, pieces, out);
      start = at;
    }
    emit(paragraph, start, paragraph.size(), pieces, out);
  }

 private:
  void candidates(std::string_view paragraph) {
    boundaries_.clear();
    if (!breaker_) return;
    // ICU walks UTF-16 text faster than UTF-8 (no chunk mapping per character): the paragraph
    // is converted once and the boundaries mapped back to byte offsets. Text that does not
    // convert as it is (invalid UTF-8, which reading has already replaced) goes as UTF-8.
    UErrorCode status = U_ZERO_ERROR;
    if (paragraph.size() < static_cast<std::size_t>(INT32_MAX)) {
      utf16_.resize(paragraph.size() + 1);  // UTF-16 never takes more units than UTF-8 bytes
      const int32_t units = to_utf16(paragraph, utf16_.data());
      if (units >= 0) {
        utext_openUChars(&text_, utf16_.data(), units, &status);
        if (U_FAILURE(status)) return;
        breaker_->setText(&text_, status);
        if (U_FAILURE(status)) return;
        // One pass over the bytes, counting UTF-16 units, as the boundaries increase.
        std::size_t byte = 0;
        int32_t unit = 0;
        for (int32_t at = breaker_->next(); at != icu::BreakIterator::DONE; at = breaker_->next()) {
          while (unit < at && byte < paragraph.size()) {
            const auto lead = static_cast<unsigned char>(paragraph[byte]);
            const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            byte += length;
            unit += length == 4 ? 2 : 1;
          }
          boundaries_.push_back(byte);
        }
        return;
      }
      status = U_ZERO_ERROR;
    }
    utext_openUTF8(&text_, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
    if (U_FAILURE(status)) return;
    breaker_->setText(&text_, status);
    if (U_FAILURE(status)) return;
    for (int32_t at = breaker_->next(); at != icu::BreakIterator::DONE; at = breaker_->next()) {
      boundaries_.push_back(static_cast<std::size_t>(at));
    }
  }

  static void emit(std::string_view paragraph, std::size_t start, std::size_t end,
                   const std::vector<Piece>& pieces, std::vector<Sentence>& out) {
    const std::string_view raw = paragraph.substr(start, end - start);
    const std::string_view text = detail::trim(raw);
    if (text.empty()) return;
    const std::size_t at = start + static_cast<std::size_t>(text.data() - raw.data());
    const auto piece = std::upper_bound(pieces.begin(), pieces.end(), at,
                                        [](std::size_t o, const Piece& p) { return o < p.offset; });
    out.push_back({std::prev(piece)->line, std::string(text)});
  }

  // Whether ICU's boundary `at` (the sentence so far starting at `start`) is a sentence's end.
  bool keeps_break(std::string_view paragraph, std::size_t start, std::size_t at) const {
    const std::string_view after = paragraph.substr(at);
    // Before a small letter: "“Why?” he asked." is one sentence.
    for (std::size_t i = 0; i < after.size();) {
      const detail::DecodedChar d = detail::decode_utf8(after, i);
      if (!is_opening_punctuation(d.code) && !detail::is_space(d.code)) {
        if (detail::is_lower(d.code)) return false;
        break;
      }
      i += static_cast<std::size_t>(d.length);
    }
    const std::string_view before = detail::trim(paragraph.substr(start, at - start));
    if (inside_brackets(before, after)) return false;
    if (!before.ends_with('.')) return true;
    // The word that the full stop closes.
    std::size_t word_start = before.find_last_of(" \t");
    word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
    std::string_view core = before.substr(word_start, before.size() - 1 - word_start);
    while (!core.empty() && is_opening_punctuation(detail::first_char(core))) {
      core.remove_prefix(static_cast<std::size_t>(detail::decode_utf8(core, 0).length));
    }
    if (always_abbreviations().contains(core)) return false;
    const std::string_view next = first_word(after);
    if (next.empty()) return true;
    if (number_abbreviations().contains(core) && detail::is_digit(detail::first_char(next))) {
      return false;
    }
    if (is_initialism(core)) {
      // Another initial follows ("В. В. Иванов"), or a word that does not open a sentence.
      const std::size_t after_next =
          static_cast<std::size_t>(next.data() + next.size() - after.data());
      if (is_initialism(next) && after_next < after.size() && after[after_next] == '.')
        return false;
      std::string lower;
      detail::append_lower(next, lower);
      return detail::is_sentence_opener(lower);
    }
    return true;
  }

  // An opening bracket of the sentence so far is closed later in the paragraph, not far off.
  static bool inside_brackets(std::string_view before, std::string_view after) {
    int open = 0;
    for (const char c : before) {
      if (c == '(' || c == '[') ++open;
      if ((c == ')' || c == ']') && open > 0) --open;
    }
    if (open == 0) return false;
    const std::string_view near = after.substr(0, 400);
    return near.find_first_of(")]") != std::string_view::npos;
  }

  // `text` in UTF-16 at `out` (room for text.size() units); the number of units, or -1 when
  // `text` is not valid UTF-8. ASCII is copied unit by unit, the rest decoded.
  static int32_t to_utf16(std::string_view text, UChar* out) {
    UChar* o = out;
    for (std::size_t i = 0; i < text.size();) {
      const auto lead = static_cast<unsigned char>(text[i]);
      if (lead < 0x80) {
        *o++ = lead;
        ++i;
        continue;
      }
      const detail::DecodedChar d = detail::decode_utf8_multibyte(text, i);
      if (!d.valid) return -1;
      if (d.code < 0x10000) {
        *o++ = static_cast<UChar>(d.code);
      } else {
        *o++ = static_cast<UChar>(0xD7C0 + (d.code >> 10));
        *o++ = static_cast<UChar>(0xDC00 | (d.code & 0x3FF));
      }
      i += static_cast<std::size_t>(d.length);
    }
    return static_cast<int32_t>(o - out);
  }

  std::unique_ptr<icu::BreakIterator> breaker_;
  UText text_ = UTEXT_INITIALIZER;
  std::vector<std::size_t> boundaries_;
  std::vector<UChar> utf16_;  // the paragraph in UTF-16, reused from one to the next
};

// Appends line text to a paragraph: a space between lines, none after a word broken by a hyphen.
void join(std::string& paragraph, std::string_view line) {
  if (!paragraph.empty()) {
    const bool hyphenated =
        paragraph.size() >= 2 && paragraph.back() == '-' &&
        detail::is_letter(static_cast<unsigned char>(paragraph[paragraph.size() - 2])) &&
        detail::is_letter(detail::first_char(line));
    if (!hyphenated) paragraph.push_back(' ');
  }
  paragraph.append(line);
}

}  // namespace

std::vector<Sentence> split_sentences(const Document& document) {
  std::vector<Sentence> sentences;
  const detail::Wrapping wrapping(document);
  // One per thread, kept: ICU's breaker costs more to make than a short article to split.
  thread_local Splitter splitter;
  std::string paragraph;
  std::vector<Piece> pieces;
  const auto& lines = document.lines;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::article) continue;
    paragraph.clear();
    pieces.clear();
    std::string_view first = detail::trim(lines[i].text);
    first = detail::trim(first.substr(detail::bullet_length(first)));
    pieces.push_back({0, lines[i].number});
    join(paragraph, first);
    while (wrapping.continues(i) && lines[i + 1].kind == LineKind::article) {
      ++i;
      const std::string_view next = detail::trim(lines[i].text);
      join(paragraph, next);
      pieces.push_back({paragraph.size() - next.size(), lines[i].number});
    }
    splitter.split(paragraph, pieces, sentences);
  }
  return sentences;
}

}  // namespace parley::evidence
