#pragma once
// A dictionary of phrases matched against a sentence's tokens (tokens.hpp): a token-level index
// keyed by the first word, so a sentence of T tokens costs O(T) lookups plus the candidates'
// checks, whatever the dictionary's size. A word of a phrase ending in '*' matches every word it
// begins ("neutral*"); other words match themselves and their regular English inflections
// ("demand" matches demands, demanded, demanding).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/evidence/tokens.hpp"

namespace parley::evidence {

class PhraseIndex {
 public:
  struct Match {
    std::size_t begin = 0;  // token range [begin, end)
    std::size_t end = 0;
    std::uint32_t tag = 0;
  };

  // Adds `phrase` (tokenized as a sentence would be) with a caller's tag; empty phrases are
  // ignored.
  void add(std::string_view phrase, std::uint32_t tag);
  std::size_t size() const { return phrases_.size(); }

  // Every phrase found in `tokens`, by start then by length (longest first).
  std::vector<Match> find(const std::vector<Token>& tokens) const;

 private:
  struct Word {
    std::string text;
    bool prefix = false;
  };
  struct Phrase {
    std::vector<Word> words;
    std::uint32_t tag = 0;
  };
  // The phrases that start with one first word: the word is checked once for all of them.
  // Those of two words or more whose second word has three bytes or more are keyed by it as
  // well, so a common first word ("the", "russian") costs one more lookup, not a check of every
  // phrase it starts.
  struct Group {
    Word first;
    std::vector<std::uint32_t> phrases;  // ids into phrases_: one word, or a short second word
    std::vector<std::pair<std::uint32_t, std::uint32_t>> by_second;  // (key_of(second), id), sorted
  };
  static bool matches(const Word& w, const std::string& token);
  // Words of `p` after the first matched from tokens[at + 1]: the phrase's length, 0 when not.
  std::size_t match_rest(const Phrase& p, const std::vector<Token>& tokens, std::size_t at) const;
  // A match with the id of its phrase, and its bucket (0: by key, 1: short prefixes).
  struct Found {
    Match match;
    std::uint32_t order = 0;  // bucket << 31 | phrase id: the order in which phrases were tried
  };
  void find_in(const std::vector<Group>& groups, std::uint32_t bucket,
               const std::vector<Token>& tokens, std::size_t at, std::vector<Found>& out) const;

  // Groups by the first three bytes of their first word (or the whole word when shorter, with
  // its length): one integer-keyed lookup per token, and `matches` sorts out the candidates.
  // An open-addressing table (linear probing, at most half full) from key to a list of groups:
  // one or two probes of adjacent integers per token.
  static std::uint32_t key_of(std::string_view word);  // never 0 for a word
  const std::vector<Group>* groups_of(std::uint32_t key) const;
  std::vector<Group>& groups_for(std::uint32_t key);  // made when absent
  struct Slot {
    std::uint32_t key = 0;  // 0: empty
    std::uint32_t list = 0;
  };
  std::vector<Phrase> phrases_;
  std::vector<Slot> slots_;
  std::vector<std::vector<Group>> lists_;
  std::vector<Group> short_prefixes_;  // prefix first words under 3 bytes
};

}  // namespace parley::evidence
