#include "parley/evidence/phrase_index.hpp"

#include <algorithm>

namespace parley::evidence {

namespace {

constexpr std::size_t kPrefixKey = 3;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The base forms a word may inflect from: itself, and without -s, -es, -ed, -d, -ing, -ies → -y.
void bases(const std::string& w, std::vector<std::string>& out) {
  out.clear();
  out.push_back(w);
  if (w.size() < 4) return;
  if (ends_with(w, "ies")) out.push_back(w.substr(0, w.size() - 3) + "y");
  if (ends_with(w, "es")) out.push_back(w.substr(0, w.size() - 2));
  if (ends_with(w, "s")) out.push_back(w.substr(0, w.size() - 1));
  if (ends_with(w, "ed")) {
    out.push_back(w.substr(0, w.size() - 2));
    out.push_back(w.substr(0, w.size() - 1));
  }
  if (ends_with(w, "ing")) {
    out.push_back(w.substr(0, w.size() - 3));
    out.push_back(w.substr(0, w.size() - 3) + "e");
  }
  // A doubled final consonant: "banned", "banning" → "ban".
  for (std::string_view suffix : {"ed", "ing"}) {
    if (!ends_with(w, suffix)) continue;
    const std::string stem = w.substr(0, w.size() - suffix.size());
    if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2])
      out.push_back(stem.substr(0, stem.size() - 1));
  }
}

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
  if (!first.prefix) {
    by_word_[first.text].push_back(id);
  } else if (first.text.size() >= kPrefixKey) {
    by_prefix_[first.text.substr(0, kPrefixKey)].push_back(id);
  } else {
    short_prefixes_.push_back(id);
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

std::vector<PhraseIndex::Match> PhraseIndex::find(const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  std::vector<std::string> forms;
  std::vector<std::uint32_t> candidates;
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    const Token& t = tokens[at];
    if (t.punctuation) continue;
    candidates.clear();
    bases(t.text, forms);
    for (const auto& f : forms) {
      const auto it = by_word_.find(f);
      if (it != by_word_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    if (t.text.size() >= kPrefixKey) {
      const auto it = by_prefix_.find(t.text.substr(0, kPrefixKey));
      if (it != by_prefix_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    candidates.insert(candidates.end(), short_prefixes_.begin(), short_prefixes_.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const std::size_t first = out.size();
    for (std::uint32_t id : candidates) {
      const std::size_t n = match_length(phrases_[id], tokens, at);
      if (n > 0) out.push_back({at, at + n, phrases_[id].tag});
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [](const Match& a, const Match& b) { return a.end > b.end; });
  }
  return out;
}

}  // namespace parley::evidence
