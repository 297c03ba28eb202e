#include "parley/evidence/phrase_index.hpp"

#include <algorithm>

namespace parley::evidence {

namespace {

constexpr std::size_t kPrefixKey = 3;

}  // namespace

bool PhraseIndex::matches(const Word& w, const std::string& token) {
  if (w.prefix)
    return token.size() >= w.text.size() && token.compare(0, w.text.size(), w.text) == 0;
  if (token == w.text) return true;
  if (token.size() <= w.text.size() || token.compare(0, w.text.size(), w.text) != 0) {
    // -ies from -y: "policies" for "policy".
    return w.text.size() >= 3 && w.text.back() == 'y' && token.size() == w.text.size() + 2 &&
           token.compare(0, w.text.size() - 1, w.text, 0, w.text.size() - 1) == 0 &&
           token.compare(w.text.size() - 1, 3, "ies") == 0;
  }
  // A silent final e: "refuse" → "refusing".
  if (w.text.size() >= 3 && w.text.back() == 'e' && token.size() == w.text.size() + 2 &&
      token.compare(0, w.text.size() - 1, w.text, 0, w.text.size() - 1) == 0 &&
      token.compare(w.text.size() - 1, 3, "ing") == 0)
    return true;
  const std::string_view rest(token.data() + w.text.size(), token.size() - w.text.size());
  if (rest == "s" || rest == "es" || rest == "ed" || rest == "d" || rest == "ing") return true;
  // A doubled final consonant: "ban" → "banned", "banning".
  return rest.size() >= 3 && rest[0] == w.text.back() &&
         (rest.substr(1) == "ed" || rest.substr(1) == "ing");
}

void PhraseIndex::add(std::string_view phrase, std::uint32_t tag) {
  Phrase p;
  p.tag = tag;
  // Word by word (split at spaces), so that a '*' marks the last token of its word as a prefix.
  std::size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    std::size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    std::string_view raw = phrase.substr(i, j - i);
    const bool prefix = !raw.empty() && raw.back() == '*';
    if (prefix) raw.remove_suffix(1);
    const std::size_t before = p.words.size();
    for (auto& t : tokenize(raw)) {
      Word w;
      w.text = std::move(t.text);
      p.words.push_back(std::move(w));
    }
    if (prefix && p.words.size() > before) p.words.back().prefix = true;
    i = j;
  }
  if (p.words.empty()) return;
  const auto id = static_cast<std::uint32_t>(phrases_.size());
  const Word& first = p.words.front();
  if (first.prefix && first.text.size() < kPrefixKey) {
    short_prefixes_.push_back(id);
  } else {
    by_key_[key_of(first.text)].push_back(id);
  }
  phrases_.push_back(std::move(p));
}

std::size_t PhraseIndex::match_length(const Phrase& p, const std::vector<Token>& tokens,
                                      std::size_t at) const {
  std::size_t k = 0;
  for (; k < p.words.size(); ++k) {
    if (at + k >= tokens.size()) return 0;
    const Token& t = tokens[at + k];
    if (!matches(p.words[k], t.text)) return 0;
    // A possessive inside a phrase must be spelled so; at its end it is allowed.
    if (t.possessive && k + 1 < p.words.size()) return 0;
  }
  return k;
}

std::uint32_t PhraseIndex::key_of(std::string_view word) {
  const std::size_t n = std::min(word.size(), kPrefixKey);
  std::uint32_t key = static_cast<std::uint32_t>(n) << 24;
  for (std::size_t i = 0; i < n; ++i)
    key |= static_cast<std::uint32_t>(static_cast<unsigned char>(word[i])) << (8 * i);
  return key;
}

std::vector<PhraseIndex::Match> PhraseIndex::find(const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    const Token& t = tokens[at];
    if (t.punctuation) continue;
    const std::size_t first = out.size();
    const auto consider = [&](std::uint32_t id) {
      const std::size_t n = match_length(phrases_[id], tokens, at);
      if (n > 0) out.push_back({at, at + n, phrases_[id].tag});
    };
    const auto it = by_key_.find(key_of(t.text));
    if (it != by_key_.end())
      for (std::uint32_t id : it->second) consider(id);
    for (std::uint32_t id : short_prefixes_) consider(id);
    if (out.size() - first > 1)
      std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                       [](const Match& a, const Match& b) { return a.end > b.end; });
  }
  return out;
}

}  // namespace parley::evidence
