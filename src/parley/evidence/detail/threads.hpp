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
class ConversationReader {
 public:
  // Whether `raw` (the next block, trimmed, without bullet marker) is conversational, given the
  // classes of its words (wordlists.hpp's word_classes, in the order of text_scan.hpp's
  // for_each_word). Blocks must outlive the reader.
  bool conversational(std::string_view raw, std::span<const unsigned> word_classes);

 private:
  bool quotes_or_repeats(std::string_view raw);
  std::vector<std::string_view> recent_;  // the last blocks, for verbatim quotes (a ring)
  std::size_t next_recent_ = 0;
  std::unordered_set<std::string_view> seen_;
  std::string word_;
};

inline constexpr std::size_t kNoThread = static_cast<std::size_t>(-1);

// The index of the block where the thread starts, given which blocks are conversational, or
// kNoThread. The start k maximises Σ_{i ≥ k} (flag_i − 0.35), the excess of conversational
// blocks in the rest of the page; it is taken when at least three blocks stand before it, at
// most a quarter of those are conversational, and from k on at least four blocks and at least
// 45 % are.
std::size_t thread_start(const std::vector<bool>& conversational);

}  // namespace parley::evidence::detail
