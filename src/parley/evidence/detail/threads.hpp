#pragma once
// Where a page without a "Comments" marker turns into a discussion thread: the blocks of text
// that read like readers talking to each other, and the point after which most of them do.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace parley::evidence::detail {

// Reads a page's text blocks in order and says which read like a reader's comment. A block is
// conversational when, outside quotation marks, it speaks in the first or second person or asks
// or exclaims; when it quotes an earlier block verbatim or repeats one; when it is a very short
// reply (at most six words, a full sentence); when it shouts (a run of capitalised words with a
// function word among them), insults, swears or laughs; when it opens with a reply word ("Yes,",
// "No.", "Well,") or an @name; when its writing is loose (it ends with a comma, opens with a
// small letter, or goes on in small letters after a full stop); or when it holds an emoticon.
// The features that make a block conversational, as bits.
enum ConversationFeature : unsigned {
  kSpeaks = 1u << 0,         // first or second person outside quotation marks
  kAsks = 1u << 1,           // a question or exclamation mark outside quotation marks
  kQuotesEarlier = 1u << 2,  // quotes an earlier block verbatim, or repeats one
  kShortReply = 1u << 3,     // at most six words, a full sentence
  kShouts = 1u << 4,         // a run of capitalised words with a function word among them
  kInsults = 1u << 5,        // insults, profanity (masked too), laughter
  kRepliesTo = 1u << 6,      // opens with a reply word ("Yes,", "No.") or an @name
  kLoose = 1u << 7,          // ends with a comma, opens in small letters, small letters after "."
  kEmoticon = 1u << 8,
};

class ConversationReader {
 public:
  // The conversational features of `raw` (the next block, trimmed, without bullet marker), given
  // the classes of its words (wordlists.hpp's word_classes, in the order of text_scan.hpp's
  // for_each_word); 0 when it has none. Blocks must outlive the reader.
  unsigned features(std::string_view raw, std::span<const unsigned> word_classes);

 private:
  bool quotes_or_repeats(std::string_view raw);
  std::vector<std::string_view> recent_;  // the last blocks, for verbatim quotes (a ring)
  std::size_t next_recent_ = 0;
  std::unordered_set<std::string_view> seen_;
  std::string word_;
};

// Which blocks are conversational, given each one's features and text: those with a feature,
// but for a question of at most twelve words with nothing else conversational about it that is
// followed by a block of 150 characters or more with no feature at all: the heading of an
// explainer's section ("What happens next?"), not a reader's question.
std::vector<bool> conversational_blocks(const std::vector<unsigned>& features,
                                        const std::vector<std::string_view>& texts);

inline constexpr std::size_t kNoThread = static_cast<std::size_t>(-1);

// The index of the block where the thread starts, given which blocks are conversational, or
// kNoThread. The start k maximises Σ_{i ≥ k} (flag_i − 0.35), the excess of conversational
// blocks in the rest of the page; it is taken when at least three blocks stand before it, at
// most a quarter of those are conversational, and from k on at least four blocks and at least
// half are.
std::size_t thread_start(const std::vector<bool>& conversational);

}  // namespace parley::evidence::detail
