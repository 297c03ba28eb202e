#include "parley/evidence/phrase_index.hpp"

#include <algorithm>

namespace parley::evidence {

namespace {

constexpr std::size_t kPrefixKey = 3;

// MurmurHash3's finalizer: every bit of the key moves the low bits a table index takes.
std::size_t slot_of(std::uint32_t key) {
  key ^= key >> 16;
  key *= 0x85ebca6bu;
  key ^= key >> 13;
  key *= 0xc2b2ae35u;
  key ^= key >> 16;
  return key;
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
  std::vector<Group>& groups = first.prefix && first.text.size() < kPrefixKey
                                   ? short_prefixes_
                                   : groups_for(key_of(first.text));
  const auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
    return g.first.text == first.text && g.first.prefix == first.prefix;
  });
  Group& group = same != groups.end() ? *same : groups.emplace_back(Group{first, {}, {}});
  if (p.words.size() >= 2 && p.words[1].text.size() >= kPrefixKey) {
    const std::pair<std::uint32_t, std::uint32_t> entry{key_of(p.words[1].text), id};
    group.by_second.insert(std::upper_bound(group.by_second.begin(), group.by_second.end(), entry),
                           entry);
  } else {
    group.phrases.push_back(id);
  }
  phrases_.push_back(std::move(p));
}

std::size_t PhraseIndex::match_rest(const Phrase& p, const std::vector<Token>& tokens,
                                    std::size_t at) const {
  // A possessive inside a phrase must be spelled so; at its end it is allowed.
  if (p.words.size() > 1 && tokens[at].possessive) return 0;
  std::size_t k = 1;
  for (; k < p.words.size(); ++k) {
    if (at + k >= tokens.size()) return 0;
    const Token& t = tokens[at + k];
    if (!matches(p.words[k], t.text)) return 0;
    if (t.possessive && k + 1 < p.words.size()) return 0;
  }
  return k;
}

void PhraseIndex::find_in(const std::vector<Group>& groups, std::uint32_t bucket,
                          const std::vector<Token>& tokens, std::size_t at,
                          std::vector<Found>& out) const {
  const std::string& token = tokens[at].text;
  for (const Group& g : groups) {
    // A token can match a word only when it is at most four bytes longer ("ban" → "banning"),
    // and never shorter; most candidates fail here without a call.
    const std::size_t w = g.first.text.size();
    if (token.size() < w || (!g.first.prefix && token.size() > w + 4)) continue;
    if (!matches(g.first, token)) continue;
    const auto consider = [&](std::uint32_t id) {
      const std::size_t n = match_rest(phrases_[id], tokens, at);
      if (n > 0) out.push_back({{at, at + n, phrases_[id].tag}, bucket << 31 | id});
    };
    for (const std::uint32_t id : g.phrases) consider(id);
    if (!g.by_second.empty() && at + 1 < tokens.size()) {
      const std::uint32_t second = key_of(tokens[at + 1].text);
      auto it = std::lower_bound(g.by_second.begin(), g.by_second.end(),
                                 std::pair<std::uint32_t, std::uint32_t>{second, 0});
      for (; it != g.by_second.end() && it->first == second; ++it) consider(it->second);
    }
  }
}

const std::vector<PhraseIndex::Group>* PhraseIndex::groups_of(std::uint32_t key) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = slot_of(key) & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &lists_[slots_[i].list];
    if (slots_[i].key == 0) return nullptr;
  }
}

std::vector<PhraseIndex::Group>& PhraseIndex::groups_for(std::uint32_t key) {
  if (const std::vector<Group>* found = groups_of(key)) {
    return lists_[static_cast<std::size_t>(found - lists_.data())];
  }
  if (2 * (lists_.size() + 1) > slots_.size()) {  // keep the table at most half full
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.key == 0) continue;
      std::size_t i = slot_of(slot.key) & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot_of(key) & mask;
  while (slots_[i].key != 0) i = (i + 1) & mask;
  slots_[i] = {key, static_cast<std::uint32_t>(lists_.size())};
  return lists_.emplace_back();
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
  thread_local std::vector<Found> here;  // the matches that start at one token, kept for reuse
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    const Token& t = tokens[at];
    if (t.punctuation) continue;
    here.clear();
    if (const std::vector<Group>* groups = groups_of(key_of(t.text))) {
      find_in(*groups, 0, tokens, at, here);
    }
    find_in(short_prefixes_, 1, tokens, at, here);
    // Longest first; of one length, in the order the phrases were tried (by key, then short
    // prefixes; each in the order they were added).
    std::sort(here.begin(), here.end(), [](const Found& a, const Found& b) {
      return a.match.end != b.match.end ? a.match.end > b.match.end : a.order < b.order;
    });
    for (const Found& f : here) out.push_back(f.match);
  }
  return out;
}

}  // namespace parley::evidence
