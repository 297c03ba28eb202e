#include "parley/evidence/detail/threads.hpp"

#include <algorithm>

#include "parley/core/detail/swar.hpp"
#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"
#include "parley/evidence/detail/wordlists.hpp"

namespace parley::evidence::detail {

namespace {

constexpr std::size_t kQuoteLookBack = 50;  // blocks searched for a verbatim quote

bool is_quote_mark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

// `raw` without the quotation marks and the full stops or commas around it.
std::string_view strip_quotes(std::string_view raw) {
  const auto strippable = [](char32_t c) {
    return is_quote_mark(c) || c == '.' || c == ',' || c == '!' || c == '?' || is_space(c);
  };
  while (!raw.empty()) {
    const DecodedChar d = decode_utf8(raw, 0);
    if (!strippable(d.code)) break;
    raw.remove_prefix(static_cast<std::size_t>(d.length));
  }
  while (!raw.empty()) {
    std::size_t start = raw.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(raw[start]) & 0xC0) == 0x80) --start;
    if (!strippable(decode_utf8(raw, start).code)) break;
    raw.remove_suffix(raw.size() - start);
  }
  return raw;
}

bool is_all_caps_word(std::string_view w) {
  int letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    const DecodedChar d = decode_utf8(w, i);
    if (is_lower(d.code) || is_digit(d.code)) return false;
    letters += is_upper(d.code);
    i += static_cast<std::size_t>(d.length);
  }
  return letters >= 2;
}

// ":)", ":-(", ";)", ":D", ")))", "(((".
bool has_emoticon(std::string_view raw) {
  namespace swar = parley::detail::swar;
  for (std::size_t i = 0; i + 1 < raw.size(); ++i) {
    if (i + 8 <= raw.size()) {  // eight bytes none of which can start one, passed at once
      const std::uint64_t x = swar::load(raw.data() + i);
      if (!swar::has_byte(x, ':') && !swar::has_byte(x, ';') && !swar::has_byte(x, ')') &&
          !swar::has_byte(x, '(')) {
        i += 7;
        continue;
      }
    }
    const char c = raw[i];
    if (c == ':' || c == ';') {
      std::size_t j = i + 1;
      if (raw[j] == '-' && j + 1 < raw.size()) ++j;
      if (raw[j] == ')' || raw[j] == '(' || (c == ':' && raw[j] == 'D')) return true;
    } else if ((c == ')' || c == '(') && i + 2 < raw.size() && raw[i + 1] == c && raw[i + 2] == c) {
      return true;
    }
  }
  return false;
}

// "sh*t": an asterisk between letters.
bool has_masked_word(std::string_view raw) {
  for (std::size_t at = raw.find('*'); at != std::string_view::npos; at = raw.find('*', at + 1)) {
    std::size_t after = at;
    while (after < raw.size() && raw[after] == '*') ++after;
    if (at > 0 && after < raw.size() && is_letter(static_cast<unsigned char>(raw[at - 1])) &&
        is_letter(static_cast<unsigned char>(raw[after]))) {
      return true;
    }
  }
  return false;
}

// Loose writing: ends with a comma, opens with a small letter, or goes on in small letters after
// a full stop that closes a word of three letters or more (not "e.g." nor "it. km").
bool is_loose(std::string_view raw) {
  if (raw.ends_with(',') || raw.ends_with(';')) return true;
  for (std::size_t i = 0; i < raw.size();) {
    const DecodedChar d = decode_utf8(raw, i);
    if (is_letter(d.code)) {
      if (is_lower(d.code)) return true;
      break;
    }
    if (is_digit(d.code)) break;
    i += static_cast<std::size_t>(d.length);
  }
  for (std::size_t at = raw.find(". "); at != std::string_view::npos; at = raw.find(". ", at + 1)) {
    std::size_t word = at;
    int letters = 0;
    while (word > 0 && is_letter(static_cast<unsigned char>(raw[word - 1])) &&
           static_cast<unsigned char>(raw[word - 1]) < 0x80) {
      --word;
      ++letters;
    }
    if (letters < 3 || (word > 0 && raw[word - 1] == '.')) continue;
    const std::size_t next = at + 2;
    if (next < raw.size() && is_lower(decode_utf8(raw, next).code)) return true;
  }
  return false;
}

// Whether a text read from left to right stands inside quotation marks (as outside_quotes in
// line_rules.hpp counts them), and whether a question or exclamation mark stood outside them.
class QuoteState {
 public:
  // Reads on up to `to` and says whether text[to] is quoted.
  bool inside_at(std::string_view text, std::size_t to) {
    namespace swar = parley::detail::swar;
    while (pos_ < to) {
      if (pos_ + 8 <= to) {  // eight bytes that change nothing, passed at once
        const std::uint64_t x = swar::load(text.data() + pos_);
        if (!swar::has_byte(x, '"') && !swar::has_byte(x, '?') && !swar::has_byte(x, '!') &&
            !swar::has_byte(x, 0xC2) && !swar::has_byte(x, 0xE2)) {
          pos_ += 8;
          continue;
        }
      }
      // Only '"', '?', '!' and the marks led by 0xC2 (« ») or 0xE2 (“ ” „) count: other bytes,
      // continuation bytes included, are passed one by one without decoding.
      const auto byte = static_cast<unsigned char>(text[pos_]);
      if (byte != '"' && byte != '?' && byte != '!' && byte != 0xC2 && byte != 0xE2) {
        ++pos_;
        continue;
      }
      const DecodedChar d = decode_utf8(text, pos_);
      pos_ += static_cast<std::size_t>(d.length);
      if (d.code == '"' || d.code == 0x201C || d.code == 0x201D || d.code == 0x201E) {
        straight_ = !straight_;
      } else if (d.code == 0x00AB) {
        ++guillemets_;
      } else if (d.code == 0x00BB) {
        guillemets_ = std::max(0, guillemets_ - 1);
      } else if ((d.code == '?' || d.code == '!') && !straight_ && guillemets_ == 0) {
        asks_ = true;
      }
    }
    return straight_ || guillemets_ > 0;
  }
  bool asks() const { return asks_; }

 private:
  std::size_t pos_ = 0;
  bool straight_ = false;
  int guillemets_ = 0;
  bool asks_ = false;
};

}  // namespace

bool ConversationReader::quotes_or_repeats(std::string_view raw) {
  bool found = raw.size() >= 10 && !seen_.insert(raw).second;
  const bool quoted = !raw.empty() && is_quote_mark(first_char(raw));
  const std::string_view inner = strip_quotes(raw);
  if (!found && quoted && inner.size() >= 15) {
    found = std::any_of(recent_.begin(), recent_.end(), [&](std::string_view earlier) {
      return earlier.size() > inner.size() && earlier.find(inner) != std::string_view::npos;
    });
  }
  if (recent_.size() < kQuoteLookBack) {
    recent_.push_back(raw);
  } else {
    recent_[next_recent_++ % kQuoteLookBack] = raw;
  }
  return found;
}

unsigned ConversationReader::features(std::string_view raw,
                                      std::span<const unsigned> word_classes) {
  unsigned found = quotes_or_repeats(raw) ? kQuotesEarlier : 0u;
  if (raw.empty()) return found;
  QuoteState quotes;
  int words = 0;
  int caps_run = 0;
  bool caps_run_has_function_word = false;
  for_each_word(raw, [&](std::string_view w) {
    const std::size_t at = static_cast<std::size_t>(w.data() - raw.data());
    const unsigned classes = static_cast<std::size_t>(words) < word_classes.size()
                                 ? word_classes[static_cast<std::size_t>(words)]
                                 : 0u;
    const bool all_caps = is_all_caps_word(w);
    if (classes & kHeated) found |= kInsults;
    // Speaking to someone: "I", "we", "you" outside quotation marks ("US" is a country).
    // (The quotation marks are read up to a word only when it matters: the state is read on
    // from where it last stopped, so the text is read once in all.)
    if ((classes & kFirstOrSecondPerson) && !all_caps && !quotes.inside_at(raw, at)) {
      found |= kSpeaks;
    }
    if (words == 0 && (classes & kReplyOpener) && at + w.size() < raw.size() &&
        std::string_view(",!.?").find(raw[at + w.size()]) != std::string_view::npos) {
      found |= kRepliesTo;
    }
    if (all_caps) {
      ++caps_run;
      caps_run_has_function_word = caps_run_has_function_word || (classes & kStopwordBits) != 0;
      if (caps_run >= 2 && caps_run_has_function_word) found |= kShouts;
    } else {
      caps_run = 0;
      caps_run_has_function_word = false;
    }
    ++words;
  });
  quotes.inside_at(raw, raw.size());
  if (quotes.asks()) found |= kAsks;
  if (words <= 6 && ends_sentence(raw)) found |= kShortReply;
  if (raw.front() == '@') found |= kRepliesTo;
  if (has_emoticon(raw)) found |= kEmoticon;
  if (has_masked_word(raw)) found |= kInsults;
  if (is_loose(raw)) found |= kLoose;
  return found;
}

namespace {

// One question ("What happens next?") of at most twelve words.
bool is_short_question(std::string_view text) {
  if (!text.ends_with('?') || text.find_first_of(".!?") != text.size() - 1) return false;
  return std::count(text.begin(), text.end(), ' ') < 12;
}

}  // namespace

std::vector<bool> conversational_blocks(const std::vector<unsigned>& features,
                                        const std::vector<std::string_view>& texts) {
  std::vector<bool> conversational(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    const bool heading = (features[i] & ~(kAsks | kShortReply)) == 0 &&
                         is_short_question(texts[i]) && i + 1 < features.size() &&
                         features[i + 1] == 0 && count_chars(texts[i + 1]) >= 150;
    conversational[i] = features[i] != 0 && !heading;
  }
  return conversational;
}

std::size_t thread_start(const std::vector<bool>& conversational) {
  constexpr double kRate = 0.35;
  const std::size_t n = conversational.size();
  if (n < 7) return kNoThread;
  double excess = 0, best = 0;
  std::size_t start = kNoThread;
  for (std::size_t k = n; k-- > 3;) {
    excess += (conversational[k] ? 1.0 : 0.0) - kRate;
    if (excess > best) {
      best = excess;
      start = k;
    }
  }
  if (start == kNoThread) return kNoThread;
  const auto flagged = [&](std::size_t from, std::size_t to) {
    return static_cast<std::size_t>(
        std::count(conversational.begin() + static_cast<std::ptrdiff_t>(from),
                   conversational.begin() + static_cast<std::ptrdiff_t>(to), true));
  };
  const std::size_t after = flagged(start, n), before = flagged(0, start);
  const bool thread = after >= 4 && 2 * after >= n - start && 4 * before <= start;
  return thread ? start : kNoThread;
}

}  // namespace parley::evidence::detail
