#include "parley/evidence/page_cleaning.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "parley/core/detail/swar.hpp"
#include "parley/evidence/detail/line_hints.hpp"
#include "parley/evidence/detail/line_rules.hpp"
#include "parley/evidence/detail/paragraphs.hpp"
#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/threads.hpp"
#include "parley/evidence/detail/utf8.hpp"
#include "parley/evidence/detail/wordlists.hpp"

namespace parley::evidence {

void classify_lines(Document& document) {
  detail::classify_lines(document, {});
}

namespace detail {

namespace {

// jusText's parameters (Pomikálek 2011, and the justext package's defaults).
constexpr int kLengthLow = 70;            // shorter blocks are "short"
constexpr int kLengthHigh = 200;          // longer blocks with enough stopwords are "good"
constexpr double kMaxLinkDensity = 0.2;   // more of a block in links: "bad"
constexpr int kMaxHeadingDistance = 200;  // characters between a heading and the good text after
// Stopword densities (low, high) per language: English as in jusText; Russian and Ukrainian,
// which have no articles and fewer function words (with these lists, news prose runs at about
// 0.45 in English, 0.35 in Russian and 0.28 in Ukrainian), lower in proportion.
constexpr std::array<std::pair<double, double>, kStopwordLanguages> kStopwordDensity = {
    {{0.30, 0.32}, {0.20, 0.22}, {0.17, 0.19}}};
// Below this share of stopwords over the whole page its language is none of the three, and
// blocks are judged by length and links alone (jusText's language-independent mode).
constexpr double kKnownLanguageDensity = 0.08;
// A comment marker opens the comments only once the article has been read: at least this much
// article text before it.
constexpr int kArticleBeforeMarkerBlocks = 2;
constexpr int kArticleBeforeMarkerChars = 300;
// Blocks at least this long tell the page's main script.
constexpr int kScriptSampleChars = 150;

// jusText's classes: context-free, then revised by the neighbours.
enum class Class { bad, short_text, near_good, good };

enum class Rule {
  none,
  reader,
  marker,
  menu,
  counter,
  prompt,
  credit,
  rights,
  byline,
  other_script,
  headline_list
};

struct Block {
  std::size_t first = 0;  // lines [first, last] of the document
  std::size_t last = 0;
  std::string joined;  // the text of a multi-line block
  std::string_view text;
  std::optional<RuleText> words;  // the text as the rules read it
  int chars = 0;
  int link_chars = 0;
  bool heading_markup = false;
  bool in_article = false;
  std::vector<unsigned> word_classes;  // of each word, in order (wordlists.hpp)
  std::array<int, kStopwordLanguages> stopwords{};
  int script = 0;  // the script most of its letters are written in
  int letters = 0;
  int script_letters = 0;
  Rule rule = Rule::none;
  LineKind reader_kind = LineKind::article;
  bool stamp = false;
  Class context_free = Class::bad;
  Class revised = Class::bad;
  LineKind kind = LineKind::article;
};

std::vector<Block> make_blocks(const Document& doc, std::span<const LineHints> hints) {
  const Wrapping wrapping(doc);
  std::vector<Block> blocks;
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    if (doc.lines[i].kind == LineKind::blank) continue;
    Block b;
    b.first = b.last = i;
    b.reader_kind = doc.lines[i].kind;
    while (wrapping.continues(b.last) && doc.lines[b.last + 1].kind == b.reader_kind) ++b.last;
    if (b.last > b.first) {
      for (std::size_t j = b.first; j <= b.last; ++j) {
        if (j > b.first) b.joined.push_back(' ');
        b.joined.append(trim(doc.lines[j].text));
      }
    }
    for (std::size_t j = b.first; j <= b.last && j < hints.size(); ++j) {
      b.link_chars += hints[j].link_chars;
      b.heading_markup = b.heading_markup || hints[j].heading;
      b.in_article = b.in_article || hints[j].in_article;
    }
    blocks.push_back(std::move(b));
    i = blocks.back().last;
  }
  for (Block& b : blocks) b.text = b.joined.empty() ? trim(doc.lines[b.first].text) : b.joined;
  return blocks;
}

void measure(Block& b) {
  b.words.emplace(b.text);
  b.chars = static_cast<int>(count_chars(b.text));
  const std::string& folded = b.words->folded;
  b.word_classes.reserve(static_cast<std::size_t>(b.words->words));
  for (std::size_t start = 1; start < folded.size();) {
    const std::size_t end = folded.find(' ', start);
    const unsigned classes = word_classes(std::string_view(folded).substr(start, end - start));
    b.word_classes.push_back(classes);
    for (int l = 0; l < kStopwordLanguages; ++l) b.stopwords[l] += (classes >> l) & 1;
    start = end + 1;
  }
  std::array<std::pair<int, int>, 4> scripts{{{kLatin, 0}}};  // (script, letters)
  for (std::size_t i = 0; i < b.text.size();) {
    if (i + 8 <= b.text.size()) {  // eight ASCII bytes: their letters counted at once
      const std::uint64_t x = parley::detail::swar::load(b.text.data() + i);
      if (!parley::detail::swar::has_high(x)) {
        const int letters = parley::detail::swar::ascii_letters(x);
        b.letters += letters;
        scripts[0].second += letters;
        i += 8;
        continue;
      }
    }
    const auto byte = static_cast<unsigned char>(b.text[i]);
    if (byte < 0x80) {  // ASCII: one byte, Latin when a letter
      ++i;
      if (is_letter(byte)) {
        ++b.letters;
        ++scripts[0].second;
      }
      continue;
    }
    const DecodedChar d = decode_utf8(b.text, i);
    i += static_cast<std::size_t>(d.length);
    if (!is_letter(d.code)) continue;
    ++b.letters;
    const int script = script_of(d.code);
    for (auto& [s, n] : scripts) {
      if (n == 0 && s != kLatin) s = script;
      if (s == script) {
        ++n;
        break;
      }
    }
  }
  const auto most = std::max_element(scripts.begin(), scripts.end(),
                                     [](auto& x, auto& y) { return x.second < y.second; });
  b.script = most->first;
  b.script_letters = most->second;
}

Rule rule_for(const Block& b) {
  if (b.reader_kind != LineKind::article) return Rule::reader;
  const RuleText& t = *b.words;
  if (is_comment_marker(t)) return Rule::marker;
  if (is_counter(t)) return Rule::counter;
  if (is_menu(t)) return Rule::menu;
  if (is_prompt(t)) return Rule::prompt;
  if (is_image_credit(t)) return Rule::credit;
  if (is_rights_notice(t)) return Rule::rights;
  if (is_byline(t)) return Rule::byline;
  return Rule::none;
}

struct Language {
  std::optional<int> index;  // into kStopwordDensity; none when unknown
};

Language page_language(const std::vector<Block>& blocks) {
  long words = 0;
  std::array<long, kStopwordLanguages> stops{};
  for (const Block& b : blocks) {
    if (b.rule != Rule::none) continue;
    words += b.words->words;
    for (int l = 0; l < kStopwordLanguages; ++l) stops[l] += b.stopwords[l];
  }
  const auto best = std::max_element(stops.begin(), stops.end());
  if (words == 0 ||
      static_cast<double>(*best) < kKnownLanguageDensity * static_cast<double>(words)) {
    return {};
  }
  return {static_cast<int>(best - stops.begin())};
}

int main_script(const std::vector<Block>& blocks) {
  std::map<int, long> letters;
  for (const bool long_only : {true, false}) {
    for (const Block& b : blocks) {
      if (b.rule == Rule::none && (!long_only || b.chars >= kScriptSampleChars)) {
        letters[b.script] += b.script_letters;
      }
    }
    if (!letters.empty()) break;
  }
  const auto most = std::max_element(letters.begin(), letters.end(),
                                     [](auto& x, auto& y) { return x.second < y.second; });
  return most == letters.end() ? 0 : most->first;
}

bool reads_as_sentence(const Block& b);

Class context_free_class(const Block& b, const Language& language) {
  if (b.rule != Rule::none) return Class::bad;
  if (b.link_chars > kMaxLinkDensity * b.chars) return Class::bad;
  if (b.chars < kLengthLow) return b.link_chars > 0 ? Class::bad : Class::short_text;
  const auto [low, high] = language.index ? kStopwordDensity[*language.index] : std::pair{0.0, 0.0};
  const double words = std::max(1, b.words->words);
  const double density = language.index ? b.stopwords[*language.index] / words : 0.0;
  if (density >= high && b.chars > kLengthHigh) return Class::good;
  if (density >= low) return Class::near_good;
  // Few function words but a whole sentence (news ledes are dense with names): near-good, for
  // the neighbours to decide.
  return reads_as_sentence(b) ? Class::near_good : Class::bad;
}

// A page of short paragraphs (a brief, a page cut short) has no block long enough to be good:
// then its near-good blocks are the best text it has, and count as good.
// A page of nothing but short blocks (a brief of a few one-line sentences) has neither: then its
// short blocks that read as sentences are its text.
void promote_near_good_when_no_good(std::vector<Block>& blocks) {
  const auto good = [](const Block& b) { return b.context_free == Class::good; };
  if (std::any_of(blocks.begin(), blocks.end(), good)) return;
  bool promoted = false;
  for (Block& b : blocks) {
    if (b.context_free == Class::near_good) {
      b.context_free = b.revised = Class::good;
      promoted = true;
    }
  }
  if (promoted) return;
  for (Block& b : blocks) {
    if (b.context_free == Class::short_text && b.rule == Rule::none && reads_as_sentence(b))
      b.context_free = b.revised = Class::good;
  }
}

// A bare byline ("Anna Smith") stands near the top: before the article's second good block, or
// within three blocks after the first when there is only one.
void mark_top_bylines(std::vector<Block>& blocks) {
  std::vector<std::size_t> good;
  for (std::size_t i = 0; i < blocks.size() && good.size() < 2; ++i) {
    if (blocks[i].context_free == Class::good) good.push_back(i);
  }
  const std::size_t end = good.size() == 2   ? good[1]
                          : good.size() == 1 ? std::min(blocks.size(), good[0] + 4)
                                             : blocks.size();
  for (std::size_t i = 0; i < end; ++i) {
    Block& b = blocks[i];
    if (b.rule == Rule::none && looks_like_names(*b.words)) {
      b.rule = Rule::byline;
      b.context_free = Class::bad;
    }
  }
}

// Lists of other headlines: a block next to a time stamp, with another stamp within three
// blocks ("headline / 01.07 21:32 / 1087 / headline / 01.07 11:46 / …").
void mark_headline_lists(std::vector<Block>& blocks) {
  const std::size_t n = blocks.size();
  std::vector<std::size_t> marked;
  for (std::size_t i = 0; i < n; ++i) {
    if (blocks[i].rule != Rule::none) continue;
    const bool next_to_stamp = (i > 0 && blocks[i - 1].stamp) || (i + 1 < n && blocks[i + 1].stamp);
    if (!next_to_stamp) continue;
    int stamps = 0;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < std::min(n, i + 4); ++j) stamps += blocks[j].stamp;
    if (stamps >= 2) marked.push_back(i);
  }
  for (const std::size_t i : marked) {
    blocks[i].rule = Rule::headline_list;
    blocks[i].context_free = Class::bad;
  }
}

bool is_heading_candidate(const Block& b) {
  if (b.rule != Rule::none || b.link_chars > kMaxLinkDensity * b.chars) return false;
  const int words = b.words->words;
  if (words == 0 || words > 25) return false;
  if (b.heading_markup) return true;
  const char last = b.text.back();
  return words >= 3 && last != '.' && last != ',' && last != ';';
}

// Headings: a heading-like block no more than kMaxHeadingDistance characters above good text,
// with no comment marker between, is article text (a headline over its date line and lead).
// Run twice, as jusText does: above the context-free good blocks (`Block::context_free`), and
// after the context has made more blocks good (`Block::revised`).
void rescue_headings(std::vector<Block>& blocks, Class Block::*good_by) {
  for (std::size_t g = 0; g < blocks.size(); ++g) {
    // Good text to head: long enough to stand on its own, not a short line made good by context.
    if (blocks[g].*good_by != Class::good || blocks[g].context_free == Class::short_text) continue;
    int distance = 0;
    for (std::size_t j = g; j-- > 0 && distance <= kMaxHeadingDistance;) {
      const Block& b = blocks[j];
      if (b.rule == Rule::marker) break;
      if (b.*good_by != Class::good && is_heading_candidate(b)) blocks[j].revised = Class::good;
      distance += b.chars;
    }
  }
}

// The class of the nearest block before (step −1) or after (step +1) `i` that is not short,
// and with `skip_near_good` not near-good either; bad past the page's edge. Furniture recognised
// by a rule (an image credit, a share prompt, an <aside>) is passed over, as it stands between
// the article's paragraphs on many pages; a comment marker is not.
Class neighbour(const std::vector<Block>& blocks, std::size_t i, int step, bool skip_near_good) {
  for (std::size_t j = i; step < 0 ? j-- > 0 : ++j < blocks.size();) {
    const Block& b = blocks[j];
    if (b.rule != Rule::none && b.rule != Rule::marker) continue;
    const Class c = b.revised;
    if (c == Class::short_text || (skip_near_good && c == Class::near_good)) continue;
    return c;
  }
  return Class::bad;
}

// A short block that reads as a sentence: four words or more, from a capital letter or an
// opening quotation mark to a full stop ("The talks resume on Monday.").
bool reads_as_sentence(const Block& b) {
  const char32_t first = first_char(b.words->raw);
  const bool opens =
      is_upper(first) || first == '"' || first == 0x201C || first == 0x00AB || first == 0x201E;
  return b.words->words >= 4 && opens && ends_sentence(b.words->raw);
}

// jusText's context: a short block between good ones is good, between bad ones bad, and next to
// a near-good block on its bad side good; a near-good block is bad only between bad ones. Beyond
// jusText, a short block next to good text on one side is good when it reads as a sentence or
// stands inside the page's <article> (the last short paragraph of an article, before the
// page's furniture).
void revise_by_context(std::vector<Block>& blocks) {
  std::vector<std::pair<std::size_t, Class>> changes;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].revised != Class::short_text) continue;
    const Class prev = neighbour(blocks, i, -1, true);
    const Class next = neighbour(blocks, i, +1, true);
    Class c = Class::bad;
    if (prev == Class::good && next == Class::good) {
      c = Class::good;
    } else if (prev == Class::bad && next == Class::bad) {
      c = Class::bad;
    } else if ((prev == Class::bad && neighbour(blocks, i, -1, false) == Class::near_good) ||
               (next == Class::bad && neighbour(blocks, i, +1, false) == Class::near_good)) {
      c = Class::good;
    } else if (reads_as_sentence(blocks[i]) || blocks[i].in_article) {
      c = Class::good;
    }
    changes.emplace_back(i, c);
  }
  for (const auto& [i, c] : changes) blocks[i].revised = c;
  changes.clear();
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].revised != Class::near_good) continue;
    const bool between_bad = neighbour(blocks, i, -1, true) == Class::bad &&
                             neighbour(blocks, i, +1, true) == Class::bad;
    changes.emplace_back(i, between_bad ? Class::bad : Class::good);
  }
  for (const auto& [i, c] : changes) blocks[i].revised = c;
}

// The first block after enough article text for which `opens` holds (a comment marker, the
// header of a reader's comment), or blocks.size().
template <typename Opens>
std::size_t first_after_article(const std::vector<Block>& blocks, Opens&& opens) {
  int good_blocks = 0, good_chars = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (good_blocks >= kArticleBeforeMarkerBlocks && good_chars >= kArticleBeforeMarkerChars &&
        opens(i)) {
      return i;
    }
    if (b.kind == LineKind::article) {
      ++good_blocks;
      good_chars += b.chars;
    }
  }
  return blocks.size();
}

// The first comment marker after enough article text: it and everything after it are comments.
// Returns whether there was one.
bool apply_comment_marker(std::vector<Block>& blocks) {
  const std::size_t marker =
      first_after_article(blocks, [&](std::size_t i) { return blocks[i].rule == Rule::marker; });
  for (std::size_t j = marker; j < blocks.size(); ++j) blocks[j].kind = LineKind::comment;
  return marker < blocks.size();
}

// The header of a reader's comment: its author (a short line, one to four words, that does not
// end a sentence but for an initial: "Anna K.", "truthseeker77") over a time stamp ("2 hours
// ago", "01.07.2025 21:32"), over the comment's text.
bool is_comment_header(const std::vector<Block>& blocks, std::size_t i) {
  if (i + 2 >= blocks.size() || !blocks[i + 1].stamp ||
      (blocks[i + 2].rule != Rule::none && blocks[i + 2].rule != Rule::headline_list)) {
    return false;
  }
  const Block& b = blocks[i];
  if (b.rule == Rule::marker || b.stamp || b.words->words < 1 || b.words->words > 4 ||
      b.chars > 40) {
    return false;
  }
  const std::string_view raw = b.words->raw;
  const bool initial_at_end = raw.size() >= 3 && raw.back() == '.' && raw[raw.size() - 3] == ' ';
  return !ends_sentence(raw) || initial_at_end;
}

// Reader comments set out one under the other with an author and a time over each: from the
// first such header after the article, when there are two or more, every line is a comment (as
// after a comment marker).
bool apply_comment_headers(std::vector<Block>& blocks) {
  const auto header = [&](std::size_t i) { return is_comment_header(blocks, i); };
  const std::size_t first = first_after_article(blocks, header);
  if (first == blocks.size()) return false;
  int headers = 0;
  for (std::size_t i = first; i < blocks.size(); ++i) headers += header(i);
  if (headers < 2) return false;
  for (std::size_t j = first; j < blocks.size(); ++j) blocks[j].kind = LineKind::comment;
  return true;
}

// Without a marker: where the article's text turns into a discussion thread.
void apply_thread(std::vector<Block>& blocks) {
  std::vector<std::size_t> candidates;
  std::vector<unsigned> features;
  std::vector<std::string_view> texts;
  ConversationReader reader;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != LineKind::article) continue;
    candidates.push_back(i);
    texts.push_back(blocks[i].words->raw);
    features.push_back(reader.features(texts.back(), blocks[i].word_classes));
  }
  const std::size_t start = thread_start(conversational_blocks(features, texts));
  if (start == kNoThread) return;
  for (std::size_t j = candidates[start]; j < blocks.size(); ++j) {
    if (blocks[j].rule == Rule::none) blocks[j].kind = LineKind::comment;
  }
}

}  // namespace

void classify_lines(Document& doc, std::span<const LineHints> hints) {
  for (DocumentLine& line : doc.lines) {
    if (trim(line.text).empty()) {
      line.kind = LineKind::blank;
    } else if (line.kind == LineKind::blank) {
      line.kind = LineKind::article;
    }
  }
  std::vector<Block> blocks = make_blocks(doc, hints);
  for (Block& b : blocks) {
    measure(b);
    b.rule = rule_for(b);
    b.stamp = b.rule == Rule::counter && is_timestamp(*b.words);
  }
  const Language language = page_language(blocks);
  const int script = main_script(blocks);
  for (Block& b : blocks) {
    // A line written mostly in another script than the page's (a Russian sidebar in English).
    if (b.rule == Rule::none && b.script != script && b.script_letters >= 2 &&
        10 * b.script_letters >= 6 * b.letters) {
      b.rule = Rule::other_script;
    }
    b.context_free = context_free_class(b, language);
    b.revised = b.context_free;
  }
  promote_near_good_when_no_good(blocks);
  mark_top_bylines(blocks);
  mark_headline_lists(blocks);
  for (Block& b : blocks) {
    if (b.rule != Rule::none) b.revised = Class::bad;
  }
  rescue_headings(blocks, &Block::context_free);
  revise_by_context(blocks);
  rescue_headings(blocks, &Block::revised);
  for (Block& b : blocks) {
    if (b.rule == Rule::reader) {
      b.kind = b.reader_kind;
    } else {
      b.kind = b.revised == Class::good ? LineKind::article : LineKind::chrome;
    }
  }
  if (!apply_comment_marker(blocks) && !apply_comment_headers(blocks)) apply_thread(blocks);
  for (const Block& b : blocks) {
    for (std::size_t j = b.first; j <= b.last; ++j) doc.lines[j].kind = b.kind;
  }
}

}  // namespace detail

}  // namespace parley::evidence
