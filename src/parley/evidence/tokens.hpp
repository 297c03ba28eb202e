#pragma once
// Words of a sentence for matching lexicons: lower-cased (Latin and Cyrillic), possessives split
// off, numbers kept whole ("85,000"), clause punctuation kept as tokens of its own. O(n) in the
// sentence's bytes; the only allocations are the tokens' strings.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence {

struct Token {
  std::string text;       // lower-cased word, number, or one of , ; : ( ) — –
  std::size_t begin = 0;  // byte offsets in the sentence
  std::size_t end = 0;
  bool possessive = false;  // followed by 's / ’s ("Russia's")
  bool number = false;      // digits, with , . separators inside
  bool punctuation = false;
};

std::vector<Token> tokenize(std::string_view sentence);

// The number a numeric token stands for: "85,000" → 85000, "2.5" → 2.5 (a comma followed by
// exactly three digits groups thousands; otherwise it is a decimal comma).
double number_value(std::string_view token);

}  // namespace parley::evidence
