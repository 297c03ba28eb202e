#include "parley/evidence/extract.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "parley/evidence/detail/transliteration.hpp"
#include "parley/evidence/phrase_index.hpp"
#include "parley/evidence/tokens.hpp"

namespace parley::evidence {

namespace {

// What a phrase of the index stands for: the kind in the top byte, an id below.
enum Kind : std::uint32_t {
  kActor = 1,
  kTopic,
  kWeakTopic,  // counts only next to one of its issue's pro or contra words
  kPro,
  kContra,
  kAct,
  kModal,       // must, should, needs to: a demand whose holder is the sentence's speaker
  kSpeakerAct,  // an act the speaker states about another party (kSpeakerActs)
  kReverser,
  kReportCue,
  kSourceNoun,
  kCondition,
  kRedLine,
  kUnit,
};
constexpr std::uint32_t tag(Kind k, std::uint32_t id) {
  return (static_cast<std::uint32_t>(k) << 24) | id;
}
constexpr Kind kind_of(std::uint32_t t) {
  return static_cast<Kind>(t >> 24);
}
constexpr std::uint32_t id_of(std::uint32_t t) {
  return t & 0xFFFFFF;
}

// Act cues: general words of negotiation reports. Each stance's list mixes verbs and nouns.
struct ActWords {
  Stance stance;
  bool noun;  // a noun that an actor's possessive can hold ("Russia's demands")
  std::vector<const char*> words;
  const char* plover = nullptr;  // the PLOVER category when not the stance's (yielding: CONCEDE)
};

const std::vector<ActWords>& act_words() {
  // clang-format off
  static const std::vector<ActWords> kWords = {
      {Stance::demand, false,
       {"demand", "insist", "insists on", "call for", "calls for", "called for", "called on",
        "calls on", "want", "wants", "seek", "seeks", "sought", "require", "press for",
        "push for", "pressing for", "pressing", "pressed", "presses", "urge", "aim to",
        "aims to", "intend to", "determined to",
        "ask for", "asked for", "asks for", "insisting", "wished", "wish", "needs", "need",
        "try to", "tries to", "will try to", "prohibit*", "pressure*",
        "потребовал*", "требу*", "настаива*", "хоч*", "хотят", "добива*",
        "вимага*", "наполяга*", "прагн*"}},
      {Stance::demand, true,
       {"demands", "demand", "requirement*", "condition*", "precondition*", "terms", "goal*",
        "need for", "desire for", "desire to", "intention to",
        "требовани*", "услови*", "вимог*", "умов*"}},
      {Stance::offer, false,
       {"offer", "propose", "pledge", "promise", "ready to", "willing to", "prepared to",
        "could consider", "would consider", "considering", "allows for", "floated", "suggest",
        "agreed to work", "committed to", "ready for", "open to",
        "предлага*", "предложил*", "готов*", "обеща*", "пропону*", "запропонува*"}},
      {Stance::offer, true,
       {"offer", "offers", "proposal*", "pledge", "pledges", "promise", "promises",
        "concession*", "предложени*", "пропозиц*"}},
      {Stance::accept, false,
       {"accept", "agree", "agreed", "welcomed", "welcomes", "tolerate", "consent to",
        "endorse", "approve", "is free to", "are free to", "free to",
        "соглас*", "приветству*", "принима*", "погоджу*", "погодил*", "вітає", "прийма*"}},
      {Stance::accept, false,
       {"allow", "allowing", "concede", "conceded", "eased", "lifted", "cancelled", "canceled",
        "called off", "relented", "backed down", "gave in", "yielded", "уступил*", "поступил*"},
       "CONCEDE"},
      {Stance::reject, false,
       {"reject", "refuse", "refused", "refuses", "rule out", "rules out", "ruled out", "deny",
        "denies", "denied", "oppose", "opposes", "opposed", "dismiss", "dismissed",
        "does not intend to", "did not intend to", "not intend to", "will not accept",
        "would not accept", "won't accept", "not shown much enthusiasm", "no enthusiasm",
        "unacceptable", "non starter", "declined", "declines", "vetoed", "reneged",
        "out of the question", "denounce", "condemn", "turn down", "say no to", "brush aside",
        "object to", "balk at", "spurn",
        "отверг*", "отказыва*", "отказал*", "отклони*", "неприемлем*", "відкида*", "відмовля*",
        "неприйнятн*"}},
      {Stance::threaten, false,
       {"threaten", "threatens", "threatened", "warn", "warns", "warned", "could impose",
        "would impose", "will impose", "impose additional", "playing with fire", "ultimatum",
        "boycott", "vowed", "vows", "sworn", "swore", "blockade",
        "угрожа*", "пригрози*", "погрожу*"}},
  };
  // clang-format on
  return kWords;
}

// Acts a speaker states about another party ("Russia has no right to …", "Ukraine would not
// receive …"): held by the sentence's speaker, like modals.
const std::vector<std::pair<const char*, Stance>> kSpeakerActs = {
    {"no right to", Stance::reject},        {"has no right", Stance::reject},
    {"had no right", Stance::reject},       {"have no right", Stance::reject},
    {"would not receive", Stance::reject},  {"will not receive", Stance::reject},
    {"will not get", Stance::reject},       {"would not get", Stance::reject},
    {"should not be given", Stance::reject}};

const std::vector<const char*> kModalWords = {
    "must",   "should", "needs to", "need to", "has to", "have to", "ought to",
    "должна", "должен", "должны",   "має",     "мають",  "повинна", "повинен"};

// Words that turn what follows into its opposite ("an end to NATO expansion").
const std::vector<const char*> kReverserWords = {
    "end",        "an end to",  "ending",     "stop",     "stopping",   "halt",
    "halting",    "cessation",  "lift",       "lifting",  "lifted",     "abandon",
    "abandoning", "refusal",    "refusal to", "renounce", "renounces",  "renounced",
    "renouncing", "block",      "blocking",   "prohibit", "prohibited", "prohibits",
    "ban",        "banned",     "bar",        "barred",   "no",         "not",
    "non",        "without",    "against",    "never",    "drop",       "give up",
    "giving up",  "rid of",     "scrap",      "reduce",   "reduced",    "refrain from",
    "remove",     "removal",    "change",     "changing", "alter",      "withdrawal of",
    "prevent",    "preventing", "cannot",     "won't",    "can't",      "don't",
    "doesn't",    "didn't",     "wouldn't",   "couldn't", "isn't",      "aren't",
    "wasn't",     "hasn't",     "haven't",    "отмен*",   "прекращ*",   "отказ*",
    "запрет*",    "не",         "без",        "скасува*", "припин*",    "відмов*",
    "заборон*",   "ні"};

const std::vector<const char*> kReportingWords = {
    "said",       "says",     "say",       "stated",     "states",    "told",
    "added",      "noted",    "recalled",  "emphasized", "stressed",  "according to",
    "quoted",     "cited",    "explained", "summed up",  "concluded", "made it clear",
    "made clear", "insisted", "заявил*",   "сказал*",    "сообщил*",  "по словам",
    "заявив",     "сказав",   "повідомив", "за словами"};

const std::vector<const char*> kSourceNounWords = {
    "source",       "sources",  "official",  "officials",       "analyst",
    "analysts",     "expert",   "experts",   "person familiar", "people familiar",
    "people close", "insider*", "diplomat*", "источник*",       "джерел*"};

const std::vector<const char*> kConditionWords = {
    "if",      "only if", "unless", "provided that", "on condition", "in exchange for",
    "в обмен", "якщо",    "если"};

const std::vector<const char*> kRedLineWords = {"non negotiable",
                                                "non-negotiable",
                                                "red line",
                                                "red lines",
                                                "minimum requirement*",
                                                "minimum demand*",
                                                "under no circumstances",
                                                "never accept",
                                                "will never",
                                                "нерушим*",
                                                "красн* лини*",
                                                "червон* лін*"};

// Units as news writes them, to one canonical name each (the names issues list in `units:`).
const std::vector<std::pair<const char*, const char*>> kUnitWords = {
    {"percent", "percent"},
    {"per cent", "percent"},
    {"%", "percent"},
    {"процент*", "percent"},
    {"відсот*", "percent"},
    {"km", "km"},
    {"kilometer*", "km"},
    {"kilometre*", "km"},
    {"км", "km"},
    {"километр*", "km"},
    {"кілометр*", "km"},
    {"mile*", "miles"},
    {"square km", "km2"},
    {"sq km", "km2"},
    {"km2", "km2"},
    {"km²", "km2"},
    {"square kilometer*", "km2"},
    {"square kilometre*", "km2"},
    {"кв км", "km2"},
    {"soldier*", "soldiers"},
    {"troop*", "soldiers"},
    {"servicemen", "soldiers"},
    {"personnel", "soldiers"},
    {"people", "soldiers"},
    {"men", "soldiers"},
    {"военнослужащи*", "soldiers"},
    {"солдат*", "soldiers"},
    {"військовослужбов*", "soldiers"},
    {"tank*", "tanks"},
    {"танк*", "tanks"},
    {"prisoner*", "prisoners"},
    {"child*", "children"},
    {"dollar*", "dollars"},
    {"euro*", "euros"},
    {"hour*", "hours"},
    {"month*", "months"},
    {"year*", "years"}};

struct Span {
  std::size_t begin = 0, end = 0;
  std::uint32_t id = 0;
  bool contains(std::size_t i) const { return i >= begin && i < end; }
};

struct Quantity {
  std::size_t begin = 0, end = 0;  // tokens of the number and its unit
  double value = 0;
  std::string unit;  // canonical
};

}  // namespace

namespace detail {
// An issue as the extractor knows it (named, not anonymous: Impl holds it).
struct IssueInfo {
  std::string id;
  std::vector<std::string> units;  // canonical units the issue takes
};
}  // namespace detail

struct ExtractionModel::Impl {
  PhraseIndex index;
  std::vector<std::string> actor_ids;  // by tag id
  std::vector<detail::IssueInfo> issues;
  std::vector<Stance> act_stance;  // by act tag id
  std::vector<bool> act_noun;
  std::vector<const char*> act_plover;  // by act tag id
  std::vector<std::string> unit_names;  // by unit tag id

  // The claims of a sentence; with `acts` given, only its acts (any issue) into it.
  std::vector<Claim> extract(std::string_view doc, int line, std::string_view sentence,
                             std::vector<ExtractionModel::DetectedAct>* acts = nullptr) const;
};

ExtractionModel::ExtractionModel(const scenario::Scenario& s) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  const detail::LatinSpeller speller;
  for (const auto& actor : s.actors) {
    const auto id = static_cast<std::uint32_t>(m.actor_ids.size());
    m.actor_ids.push_back(actor.id);
    m.index.add(actor.id, tag(kActor, id));
    m.index.add(actor.name, tag(kActor, id));
    for (const auto& alias : actor.aliases) {
      m.index.add(alias.text, tag(kActor, id));
      // A name written in Cyrillic also stands for its Latin spellings ("Ушаков": "Ushakov").
      for (const auto& latin : speller.spellings(alias.text, alias.lang)) {
        m.index.add(latin, tag(kActor, id));
      }
    }
  }
  for (const auto& issue : s.issues) {
    const auto id = static_cast<std::uint32_t>(m.issues.size());
    detail::IssueInfo info{issue.id, {}};
    for (const auto& t : issue.terms.topic) {
      const bool weak = !t.text.empty() && t.text.front() == '~';
      m.index.add(weak ? std::string_view(t.text).substr(1) : std::string_view(t.text),
                  tag(weak ? kWeakTopic : kTopic, id));
    }
    for (const auto& t : issue.terms.pro) m.index.add(t.text, tag(kPro, id));
    for (const auto& t : issue.terms.contra) m.index.add(t.text, tag(kContra, id));
    for (const auto& u : issue.terms.units) info.units.push_back(u.text);
    if (issue.kind == scenario::IssueKind::numeric && !issue.unit.empty() &&
        std::find(info.units.begin(), info.units.end(), issue.unit) == info.units.end())
      info.units.push_back(issue.unit);
    m.issues.push_back(std::move(info));
  }
  for (const auto& group : act_words()) {
    for (const char* w : group.words) {
      const auto id = static_cast<std::uint32_t>(m.act_stance.size());
      m.act_stance.push_back(group.stance);
      m.act_noun.push_back(group.noun);
      m.act_plover.push_back(group.plover ? group.plover : plover_category(group.stance));
      m.index.add(w, tag(kAct, id));
    }
  }
  for (const char* w : kModalWords) m.index.add(w, tag(kModal, 0));
  for (std::uint32_t i = 0; i < kSpeakerActs.size(); ++i)
    m.index.add(kSpeakerActs[i].first, tag(kSpeakerAct, i));
  for (const char* w : kReverserWords) m.index.add(w, tag(kReverser, 0));
  for (const char* w : kReportingWords) m.index.add(w, tag(kReportCue, 0));
  for (const char* w : kSourceNounWords) m.index.add(w, tag(kSourceNoun, 0));
  for (const char* w : kConditionWords) m.index.add(w, tag(kCondition, 0));
  for (const char* w : kRedLineWords) m.index.add(w, tag(kRedLine, 0));
  for (const auto& [word, unit] : kUnitWords) {
    const auto id = static_cast<std::uint32_t>(m.unit_names.size());
    m.unit_names.push_back(unit);
    m.index.add(word, tag(kUnit, id));
  }
}

ExtractionModel::~ExtractionModel() = default;
ExtractionModel::ExtractionModel(ExtractionModel&&) noexcept = default;
ExtractionModel& ExtractionModel::operator=(ExtractionModel&&) noexcept = default;

std::vector<Claim> ExtractionModel::extract(std::string_view doc, int line,
                                            std::string_view sentence) const {
  return impl_->extract(doc, line, sentence);
}

std::vector<ExtractionModel::DetectedAct> ExtractionModel::acts(std::string_view sentence) const {
  std::vector<DetectedAct> out;
  impl_->extract({}, 0, sentence, &out);
  return out;
}

namespace {

// Words the grammar below tests, looked up once per token: O(1) instead of a chain of string
// comparisons (the extractor's hot path).
enum WordBit : std::uint16_t {
  kBoundaryWord = 1,  // ; but while although though whereas however но але однако
  kNumberWord = 2,    // one … ten, a, hundred, thousand, million
  kMultiplier = 4,    // thousand, million, billion (and тыс, млн …)
  kSquare = 8,        // square, sq, кв
  kOpenParen = 16,
};
struct WordInfo {
  std::uint16_t bits = 0;
  double value = 0;       // kNumberWord: its value
  double multiplier = 1;  // kMultiplier: its factor
};
const WordInfo& word_info(std::string_view w) {
  static const std::unordered_map<std::string_view, WordInfo> kWords = [] {
    std::unordered_map<std::string_view, WordInfo> m;
    for (const char* b :
         {";", "but", "while", "although", "though", "whereas", "however", "но", "але", "однако"})
      m[b].bits |= kBoundaryWord;
    const std::pair<const char*, double> numbers[] = {
        {"one", 1}, {"two", 2},       {"three", 3},       {"four", 4},     {"five", 5},
        {"six", 6}, {"seven", 7},     {"eight", 8},       {"nine", 9},     {"ten", 10},
        {"a", 1},   {"hundred", 100}, {"thousand", 1000}, {"million", 1e6}};
    for (const auto& [word, v] : numbers) {
      m[word].bits |= kNumberWord;
      m[word].value = v;
    }
    const std::pair<const char*, double> factors[] = {
        {"thousand", 1e3}, {"тысяч", 1e3},    {"тисяч", 1e3}, {"тыс", 1e3},     {"тис", 1e3},
        {"million", 1e6},  {"millions", 1e6}, {"млн", 1e6},   {"billion", 1e9}, {"млрд", 1e9}};
    for (const auto& [word, v] : factors) {
      m[word].bits |= kMultiplier;
      m[word].multiplier = v;
    }
    for (const char* word : {"square", "sq", "кв"}) m[word].bits |= kSquare;
    m["("].bits |= kOpenParen;
    return m;
  }();
  static const WordInfo kNone;
  const auto it = kWords.find(w);
  return it == kWords.end() ? kNone : it->second;
}

bool is_copula(const std::string& w) {
  return w == "is" || w == "are" || w == "was" || w == "were";
}

// The first half of a negated contraction, which the apostrophe splits from its "t" ("won't" is
// "won" "t").
bool negating_contraction(const std::string& w) {
  return w == "won" || w == "can" || w == "don" || w == "didn" || w == "doesn" || w == "wouldn" ||
         w == "isn" || w == "aren" || w == "wasn" || w == "weren" || w == "couldn" ||
         w == "shouldn" || w == "hasn" || w == "haven" || w == "hadn";
}

}  // namespace

std::vector<Claim> ExtractionModel::Impl::extract(
    std::string_view doc, int line, std::string_view sentence,
    std::vector<ExtractionModel::DetectedAct>* acts_out) const {
  std::vector<Claim> out;
  const std::vector<Token> tokens = tokenize(sentence);
  if (tokens.empty()) return out;
  const auto matches = index.find(tokens);

  std::vector<Span> actors, topics, weak_topics, pros, contras, acts, modals, speaker_acts,
      reversers, reporting, sources, units;
  bool conditional = false, redline = false;
  for (const auto& m : matches) {
    const Span span{m.begin, m.end, id_of(m.tag)};
    switch (kind_of(m.tag)) {
      case kActor:
        actors.push_back(span);
        break;
      case kTopic:
        topics.push_back(span);
        break;
      case kWeakTopic:
        weak_topics.push_back(span);
        break;
      case kPro:
        pros.push_back(span);
        break;
      case kContra:
        contras.push_back(span);
        break;
      case kAct:
        acts.push_back(span);
        break;
      case kModal:
        modals.push_back(span);
        break;
      case kSpeakerAct:
        speaker_acts.push_back(span);
        break;
      case kReverser:
        reversers.push_back(span);
        break;
      case kReportCue:
        reporting.push_back(span);
        break;
      case kSourceNoun:
        sources.push_back(span);
        break;
      case kCondition:
        conditional = true;
        break;
      case kRedLine:
        redline = true;
        break;
      case kUnit:
        units.push_back(span);
        break;
    }
  }
  // No act, or (for claims) no actor or no issue: nothing to find. Most sentences stop here.
  // The negations that could reject on their own ("will not", "won't", "cannot"), each with
  // the auxiliary before it: [begin, end) token ranges, from the reversers.
  const auto negation_of = [&](const Span& r) -> std::optional<Span> {
    const std::string& first = tokens[r.begin].text;
    if (r.end - r.begin == 2 && tokens[r.begin + 1].text == "t" && negating_contraction(first))
      return Span{r.begin, r.end, 0};
    if (first == "cannot") return Span{r.begin, r.end, 0};
    if ((first == "not" || first == "never") && r.begin >= 1) {
      const std::string& aux = tokens[r.begin - 1].text;
      if (aux == "will" || aux == "would" || aux == "shall" || aux == "can" || aux == "could" ||
          aux == "does" || aux == "do" || aux == "did")
        return Span{r.begin - 1, r.end, 0};
    }
    return std::nullopt;
  };
  // …whose verb is one of an issue's words ("will not cede territory", "would never join NATO":
  // the word right after the negation, or after one of "ever", "again", "now"), not any verb
  // ("does not mention territory" rejects nothing).
  const auto names_issue_after = [&](std::size_t end) {
    if (end < tokens.size() &&
        (tokens[end].text == "ever" || tokens[end].text == "again" || tokens[end].text == "now"))
      ++end;
    for (const auto* list : {&topics, &pros, &contras})
      for (const auto& t : *list)
        if (t.begin == end) return true;
    return false;
  };
  if (acts.empty() && modals.empty() && speaker_acts.empty()) {
    const bool bare_negation = std::any_of(reversers.begin(), reversers.end(), [&](const Span& r) {
      const auto n = negation_of(r);
      return n && names_issue_after(n->end);
    });
    if (!bare_negation) return out;
  }
  if (!acts_out && (actors.empty() || (topics.empty() && weak_topics.empty() && units.empty()))) {
    return out;
  }
  // The grammar's words, looked up only for the sentences that get this far.
  std::vector<const WordInfo*> info_of(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) info_of[i] = &word_info(tokens[i].text);
  const auto info = [&info_of](std::size_t i) -> const WordInfo& { return *info_of[i]; };
  // Keep the longest of overlapping spans of one kind (matches come longest first per start).
  const auto prune = [](std::vector<Span>& v) {
    std::vector<Span> kept;
    for (const auto& s : v) {
      bool inside = false;
      for (const auto& k : kept) inside = inside || (s.begin >= k.begin && s.end <= k.end);
      if (!inside) kept.push_back(s);
    }
    v = std::move(kept);
  };
  prune(actors);
  prune(acts);
  prune(reversers);
  prune(units);
  const auto inside_any = [](const std::vector<Span>& v, std::size_t i) {
    return std::any_of(v.begin(), v.end(), [i](const Span& s) { return s.contains(i); });
  };
  // A word that names an issue is not an act or a reverser there ("cease-fire", "demands"
  // inside a topic phrase), and an actor's name inside a topic ("join NATO") is no actor.
  const auto not_in_topic = [&](std::vector<Span>& v) {
    v.erase(std::remove_if(v.begin(), v.end(),
                           [&](const Span& s) { return inside_any(topics, s.begin); }),
            v.end());
  };
  not_in_topic(reversers);
  not_in_topic(actors);
  // A weak topic counts next to its issue's pro or contra word (within 6 tokens before it, or
  // overlapping it): "limit its armed forces", "right of veto".
  std::vector<Span> weak_unconfirmed;
  for (const auto& w : weak_topics) {
    const std::size_t lo = w.begin >= 6 ? w.begin - 6 : 0;
    bool near = false;
    for (const auto* list : {&pros, &contras})
      for (const auto& p : *list)
        near = near || (p.id == w.id && p.begin >= lo && p.begin < w.end + 1);
    (near ? topics : weak_unconfirmed).push_back(w);
  }
  // Overlapping topics of different issues: the longest wins ("nuclear weapons" over "weapons").
  {
    std::vector<Span> kept;
    for (const auto& t : topics) {
      bool beaten = false;
      for (const auto& u : topics)
        beaten = beaten || (u.id != t.id && u.begin <= t.begin && u.end >= t.end &&
                            (u.end - u.begin) > (t.end - t.begin));
      if (!beaten) kept.push_back(t);
    }
    topics = std::move(kept);
  }
  // An act verb after "to" is either in the complement of another act or a purpose ("resigned
  // to allow elections"), and a participle after a form of "be" is passive ("sanctions be
  // lifted"): neither is an act of its own.
  acts.erase(std::remove_if(acts.begin(), acts.end(),
                            [&](const Span& a) {
                              if (act_noun[a.id] || a.begin == 0) return false;
                              const auto& before = tokens[a.begin - 1].text;
                              const auto& word = tokens[a.begin].text;
                              const bool participle =
                                  word.size() > 2 && word.compare(word.size() - 2, 2, "ed") == 0;
                              // "continues to demand" goes on demanding: an act of its own.
                              const bool goes_on =
                                  before == "to" && a.begin >= 2 &&
                                  tokens[a.begin - 2].text.rfind("continu", 0) == 0;
                              return (before == "to" && !goes_on) ||
                                     (participle && (is_copula(before) || before == "be" ||
                                                     before == "been" || before == "being"));
                            }),
             acts.end());
  // An act word after a determiner is a noun ("the demand to cede", "a plan"), whatever list
  // it came from.
  const auto as_noun = [&](const Span& a) {
    if (act_noun[a.id]) return true;
    if (a.begin == 0) return false;
    const auto& w = tokens[a.begin - 1].text;
    return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" ||
           w == "those" || w == "its" || w == "their" || w == "his" || w == "her" || w == "our" ||
           w == "any" || w == "every" || w == "such";
  };
  // A noun act right after an act verb, without a holder of its own, is that verb's object
  // ("rejected the demands to withdraw"); "rejected Russia's demands" keeps both.
  acts.erase(std::remove_if(acts.begin(), acts.end(),
                            [&](const Span& a) {
                              for (const auto& v : acts) {
                                if (as_noun(v) || v.end > a.begin || a.begin - v.end > 2) continue;
                                // Right after the verb, an act word is a noun too ("rejects
                                // demand to cede").
                                if (!as_noun(a) && v.end != a.begin) continue;
                                bool possessive = false;
                                for (std::size_t k = v.end; k < a.begin; ++k)
                                  possessive = possessive || tokens[k].possessive;
                                if (!possessive) return true;
                              }
                              return false;
                            }),
             acts.end());
  // A noun act right after a reverser is the object of another act ("abandoning the
  // requirement of neutrality"), not an act of its own.
  acts.erase(std::remove_if(acts.begin(), acts.end(),
                            [&](const Span& a) {
                              if (!act_noun[a.id]) return false;
                              return std::any_of(reversers.begin(), reversers.end(),
                                                 [&](const Span& r) {
                                                   return r.end <= a.begin && a.begin - r.end <= 2;
                                                 });
                            }),
             acts.end());
  // A noun act after a preposition and a determiner ("responded to the proposal", "talks on a
  // plan") is what others do something about, not an act of the sentence's subject; one with its
  // holder in front ("to Russia's proposal", "on the Russian proposal") stays.
  acts.erase(std::remove_if(acts.begin(), acts.end(),
                            [&](const Span& a) {
                              if (!as_noun(a) || a.begin < 2) return false;
                              const std::string& det = tokens[a.begin - 1].text;
                              const std::string& prep = tokens[a.begin - 2].text;
                              const bool determiner = det == "the" || det == "a" || det == "an";
                              const bool preposition = prep == "to" || prep == "on" ||
                                                       prep == "about" || prep == "with" ||
                                                       prep == "against" || prep == "over";
                              return determiner && preposition;
                            }),
             acts.end());
  // Acts inside an editor's parenthesis ("(… – Approx. InoSMI)", "(… – Ed.)") are not the
  // article's report.
  std::vector<std::pair<std::size_t, std::size_t>> editorial;
  {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!(info(i).bits & kOpenParen)) continue;
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].text != ")") ++j;
      for (std::size_t k = i + 1; k < j; ++k) {
        const auto& w = tokens[k].text;
        if (w == "ed" || w == "approx" || w == "editor" || w == "прим" || w == "ред") {
          editorial.push_back({i, j});
          break;
        }
      }
      i = j;
    }
    acts.erase(std::remove_if(acts.begin(), acts.end(),
                              [&](const Span& a) {
                                return std::any_of(editorial.begin(), editorial.end(),
                                                   [&](const auto& e) {
                                                     return a.begin > e.first && a.begin < e.second;
                                                   });
                              }),
               acts.end());
  }

  // Quantities: a number (or a word number) and a unit within the next three tokens.
  std::vector<Quantity> quantities;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    double value = 0;
    if (tokens[i].number) {
      value = number_value(tokens[i].text);
    } else if ((info(i).bits & kNumberWord) && i + 1 < tokens.size() &&
               (info(i + 1).bits & kMultiplier)) {
      value = info(i).value;  // "a thousand", "two million"
    } else {
      continue;
    }
    std::size_t j = i + 1;
    if (j < tokens.size() && (info(j).bits & kMultiplier)) value *= info(j++).multiplier;
    bool square = false;
    for (std::size_t k = j; k < tokens.size() && k < j + (square ? 6 : 4); ++k) {
      if (info(k).bits & kSquare) {
        square = true;
        continue;
      }
      if (tokens[k].text == "%") {
        quantities.push_back({i, k + 1, value, "percent"});
        break;
      }
      const auto u =
          std::find_if(units.begin(), units.end(), [k](const Span& s) { return s.begin == k; });
      if (u == units.end()) {
        if (tokens[k].punctuation && tokens[k].text != "%") break;
        continue;
      }
      std::string unit = unit_names[u->id];
      if (square && unit == "km") unit = "km2";
      if (square && unit != "km2") {
        // "square meters … km": the area unit is the last length unit named.
        continue;
      }
      quantities.push_back({i, u->end, value, unit});
      break;
    }
  }

  // The sentence's speaker: an actor next to a reporting verb ("Peskov said", "according to
  // Zelensky"), and the reporting source when it is a source noun ("three Russian sources said").
  std::vector<std::uint32_t> speakers;
  std::string source;
  const auto add_speaker = [&](std::uint32_t id) {
    if (std::find(speakers.begin(), speakers.end(), id) == speakers.end()) speakers.push_back(id);
  };
  for (const auto& r : reporting) {
    for (const auto& a : actors) {
      const bool before = a.end <= r.begin && r.begin - a.end <= 4;
      // "said Peskov", "according to Zelensky"; not "made it clear that Ukraine …", whose
      // actor is the subject of what is said.
      // Nor "says Ukraine must not join NATO", whose actor is the subject of what is said.
      const auto subject_of_clause = [&](const Span& s) {
        if (s.end >= tokens.size()) return false;
        const std::string& w = tokens[s.end].text;
        return w == "must" || w == "should" || w == "will" || w == "would" || w == "could" ||
               w == "can" || w == "cannot" || w == "may" || w == "might" || w == "shall" ||
               w == "has" || w == "have" || w == "had" || w == "is" || w == "are" || w == "was" ||
               w == "were" || w == "does" || w == "did" || w == "wants" || w == "needs";
      };
      const bool after = a.begin >= r.end && a.begin - r.end <= 2 &&
                         (a.begin == r.end || tokens[r.end].text != "that") &&
                         !subject_of_clause(a);
      if (before || after) add_speaker(a.id);
    }
    for (const auto& src : sources) {
      if (src.end <= r.begin && r.begin - src.end <= 6) {
        std::size_t from = src.begin;
        while (from > 0 && !tokens[from - 1].punctuation && src.begin - from < 4) --from;
        source = std::string(
            sentence.substr(tokens[from].begin, tokens[src.end - 1].end - tokens[from].begin));
      }
    }
    if (!speakers.empty()) break;
  }
  // Without an actor next to the reporting verb, the sentence's subject speaks ("Trump called …
  // and made it clear that …").
  if (speakers.empty() && !reporting.empty() && !actors.empty() && actors.front().begin <= 1 &&
      !tokens[actors.front().end - 1].possessive && actors.front().end <= reporting.front().begin)
    add_speaker(actors.front().id);
  // "Moscow's position is that …": everything after is the possessor's.
  std::optional<std::uint32_t> frame;
  std::size_t frame_end = 0;
  for (const auto& a : actors) {
    if (!tokens[a.end - 1].possessive || a.end + 2 >= tokens.size()) continue;
    const auto& noun = tokens[a.end].text;
    if ((noun == "position" || noun == "stance" || noun == "view") &&
        tokens[a.end + 1].text == "is" && tokens[a.end + 2].text == "that") {
      frame = a.id;
      frame_end = a.end + 3;
    }
  }

  // Acts in order; modals count as demands held by the speaker.
  struct Act {
    Span span;
    Stance stance;
    bool noun;
    bool modal;
    const char* plover;
    bool negated = false;      // "would not agree", "did not rule out": the span holds the negation
    bool bare = false;         // a negation without an act verb: "Ukraine will not cede territory"
    bool predicative = false;  // "… troops would be unacceptable": about what comes before it
  };
  // A negation just before an act verb turns it ("would not agree to a truce", "is not ready to",
  // "cannot accept", "won't accept", "has never demanded", "did not rule out"): acceptance, an
  // offer or a demand becomes a rejection, a rejection an offer. At most two of "be", "yet",
  // "ever", "even", "fully", "simply", "really" between them.
  const auto negation_before = [&](const Span& a) -> std::optional<std::size_t> {
    std::size_t i = a.begin;
    for (int skipped = 0; i > 0 && skipped <= 2; ++skipped) {
      const std::string& w = tokens[i - 1].text;
      if (w == "not" || w == "never" || w == "cannot") return i - 1;
      if (w == "t") {  // won't, can't, didn't …
        if (i >= 2 && negating_contraction(tokens[i - 2].text)) return i - 2;
        return std::nullopt;
      }
      if (w == "longer" && i >= 2 && tokens[i - 2].text == "no") return i - 2;
      if (w != "be" && w != "yet" && w != "ever" && w != "even" && w != "fully" && w != "simply" &&
          w != "really")
        return std::nullopt;
      --i;
    }
    return std::nullopt;
  };
  std::vector<Act> all_acts;
  for (const auto& a : acts) {
    Act act{a, act_stance[a.id], act_noun[a.id], false, act_plover[a.id]};
    if (!act.noun && act.stance != Stance::threaten) {
      if (const auto at = negation_before(a); at && !inside_any(acts, *at)) {
        act.span.begin = *at;
        act.stance = act.stance == Stance::reject ? Stance::offer : Stance::reject;
        act.plover = plover_category(act.stance);
        act.negated = true;
      }
    }
    // "… would be unacceptable", "… is out of the question": a rejection of what comes before.
    if (act.stance == Stance::reject && !act.negated && a.begin > 0) {
      const std::string& first = tokens[a.begin].text;
      const std::string& before = tokens[a.begin - 1].text;
      act.predicative = (first == "unacceptable" || first == "out" || first == "non") &&
                        (is_copula(before) || before == "be" || before == "been" ||
                         before == "remain" || before == "remains" || before == "remained");
    }
    all_acts.push_back(act);
  }
  // A negation that no act verb follows, before an issue's words: "Ukraine will not cede
  // territory", "Kyiv would never give up Crimea", "Moscow won't withdraw": a rejection by the
  // subject, spanning the negation (which then does not turn the topic as well).
  for (const auto& r : reversers) {
    const auto negation = negation_of(r);
    if (!negation) continue;
    const std::size_t begin = negation->begin, end = negation->end;
    if (end >= tokens.size()) continue;
    if (inside_any(acts, begin) || inside_any(acts, end - 1) || inside_any(acts, end)) continue;
    if (tokens[end].text == "be" || tokens[end].text == "have") continue;  // passives, perfects
    if (!names_issue_after(end)) continue;
    Act bare{Span{begin, end, 0}, Stance::reject, false, false, plover_category(Stance::reject)};
    bare.bare = true;
    all_acts.push_back(bare);
  }
  for (const auto& m : modals)
    if (!inside_any(acts, m.begin) && !inside_any(speaker_acts, m.begin))
      all_acts.push_back({m, Stance::demand, false, true, "DEMAND"});
  for (const auto& a : speaker_acts) {
    all_acts.erase(std::remove_if(all_acts.begin(), all_acts.end(),
                                  [&](const Act& x) { return a.contains(x.span.begin); }),
                   all_acts.end());
    all_acts.push_back(
        {a, kSpeakerActs[a.id].second, false, true, plover_category(kSpeakerActs[a.id].second)});
  }
  std::sort(all_acts.begin(), all_acts.end(),
            [](const Act& a, const Act& b) { return a.span.begin < b.span.begin; });

  // Where a clause ends for an act's scope: ';', a contrast ("but", "while", "although"), or a
  // reporting verb.
  std::vector<bool> boundary(tokens.size() + 1, false);
  boundary[tokens.size()] = true;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    boundary[i] = (info(i).bits & kBoundaryWord) != 0;
  }
  for (const auto& r : reporting) boundary[r.begin] = true;
  for (const auto& e : editorial) boundary[e.first] = true;
  const auto boundary_between = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < tokens.size(); ++i)
      if (boundary[i]) return true;
    return false;
  };
  // An act in a "whether" clause is an open question ("did not say whether it would accept"),
  // no act.
  all_acts.erase(std::remove_if(all_acts.begin(), all_acts.end(),
                                [&](const Act& a) {
                                  for (std::size_t t = a.span.begin; t-- > 0;) {
                                    if (boundary[t]) return false;
                                    if (tokens[t].text == "whether") return true;
                                  }
                                  return false;
                                }),
                 all_acts.end());
  // An act in the complement of an earlier one ("demand that Ukraine … accept neutrality", "ready
  // to agree") belongs to it: no act of its own.
  {
    std::vector<Act> kept;
    for (const auto& act : all_acts) {
      bool embedded = false;
      if (!kept.empty() && !act.modal) {
        const Act& prev = kept.back();
        std::size_t after = prev.span.end;
        // "demands are that …": a copula between the noun and its complement.
        if (after < tokens.size() && is_copula(tokens[after].text)) ++after;
        const bool complement =
            after < tokens.size() && (tokens[after].text == "that" || tokens[after].text == "to" ||
                                      tokens[after - 1].text == "to");
        embedded = complement && !boundary_between(after, act.span.begin);
      }
      if (!embedded) kept.push_back(act);
    }
    all_acts = std::move(kept);
  }
  const auto is_preposition = [](const std::string& w) {
    return w == "to" || w == "with" || w == "from" || w == "for" || w == "against" || w == "on" ||
           w == "in" || w == "at" || w == "into" || w == "toward" || w == "towards" ||
           w == "than" || w == "over" || w == "about" || w == "between" || w == "through";
  };
  // An actor after a preposition ("talks with Putin", "conveyed to U.S. officials", "stay out of
  // NATO") is no subject.
  const auto object_of_preposition = [&](const Span& a) {
    if (a.begin >= 2 && tokens[a.begin - 1].text == "of" && tokens[a.begin - 2].text == "out")
      return true;
    for (std::size_t back = 1; back <= 3 && back <= a.begin; ++back) {
      const auto& w = tokens[a.begin - back].text;
      if (is_preposition(w)) return true;
      if (w != "the" && w != "senior" && w != "top" && w != "its" && w != "their") return false;
    }
    return false;
  };

  using Holders = std::vector<std::uint32_t>;
  const auto own_holder_of = [&](const Act& act) -> Holders {
    if (act.modal) return speakers;
    if (frame && act.span.begin >= frame_end) return {*frame};
    // "Russia's demands", "Putin's conditions", "the Russian side's terms".
    for (const auto& a : actors) {
      if (a.end <= act.span.begin && act.span.begin - a.end <= 2 && tokens[a.end - 1].possessive)
        return {a.id};
      if (a.end == act.span.end || (a.begin < act.span.begin && a.end > act.span.begin))
        return {a.id};  // the act word inside an actor phrase ("Russian terms")
    }
    // The nearest actor before the act in its clause, not a possessor of what follows it.
    std::optional<std::size_t> best;  // index into actors
    for (std::size_t n = 0; n < actors.size(); ++n) {
      const Span& a = actors[n];
      if (a.end > act.span.begin) break;
      bool clause_break = false;
      for (std::size_t k = a.end; k < act.span.begin; ++k)
        clause_break =
            clause_break || boundary[k] || (tokens[k].text == ":" && k + 1 < act.span.begin);
      if (clause_break) continue;
      if (tokens[a.end - 1].possessive && a.end < act.span.begin) continue;
      if (object_of_preposition(a)) continue;
      best = n;
    }
    if (!best) return speakers;
    // With the actors joined to it by "and" or commas: "Russia and Ukraine agreed", "Kyiv,
    // Washington and Brussels demanded" — each holds the act.
    Holders joined{actors[*best].id};
    for (std::size_t n = *best; n > 0; --n) {
      const Span& before = actors[n - 1];
      const Span& after = actors[n];
      if (before.end >= after.begin || tokens[before.end - 1].possessive ||
          object_of_preposition(before))
        break;
      // The link next to the act's own actor holds "and" ("In talks with Trump, Russia
      // demanded" joins nobody); those before it may be commas.
      bool only_joins = true, has_and = false;
      for (std::size_t k = before.end; k < after.begin; ++k) {
        only_joins = only_joins && (tokens[k].text == "and" || tokens[k].text == ",");
        has_and = has_and || tokens[k].text == "and";
      }
      if (!only_joins || (n == *best && !has_and)) break;
      if (std::find(joined.begin(), joined.end(), before.id) == joined.end())
        joined.insert(joined.begin(), before.id);
    }
    return joined;
  };
  // Whether a "that" stands between `at` and the clause boundary before it.
  const auto in_that_clause = [&](std::size_t at) {
    for (std::size_t t = at; t-- > 0;) {
      if (boundary[t]) return false;
      if (tokens[t].text == "that") return true;
    }
    return false;
  };
  // Who holds an act: its own holder (above), but for a predicative rejection or a bare negation
  // (below), and a verb joined to the act before it by "and" or "but", which shares its subject
  // ("Moscow wanted Ukraine to stay out of NATO and demanded that …": Moscow demanded).
  const auto holder_of = [&](const Act& act) -> Holders {
    // A predicative rejection is the speaker's; so is a bare negation about another party ("Trump
    // said Ukraine would not join NATO": Trump's position, not Ukraine's).
    if (act.predicative && !speakers.empty()) return speakers;
    if (act.bare) {
      Holders own = own_holder_of(act);
      // In a "that" clause with nobody to say it ("Baker assured Gorbachev that NATO would not
      // expand"), whose position it is stays open: no holder.
      if (speakers.empty() && in_that_clause(act.span.begin)) return {};
      if (speakers.empty() || std::all_of(own.begin(), own.end(), [&](std::uint32_t h) {
            return std::find(speakers.begin(), speakers.end(), h) != speakers.end();
          }))
        return own;
      return speakers;
    }
    const std::size_t b = act.span.begin;
    const bool joined = b >= 1 && (tokens[b - 1].text == "and" || tokens[b - 1].text == "but");
    if (!act.noun && !act.modal && joined) {
      const Act* previous = nullptr;
      for (const Act& other : all_acts) {
        if (other.span.end <= b - 1 && !other.noun && !other.modal) previous = &other;
      }
      // "is willing to discuss a ceasefire but insists on guarantees": the same subject, across
      // the contrast itself (but no other boundary).
      // Not from inside a "that" clause ("expressed confidence that the Russian leader seeks
      // peace, but warned …": the warning is not the Russian leader's).
      if (previous && !in_that_clause(previous->span.begin) &&
          !boundary_between(previous->span.end, b - 1))
        return own_holder_of(*previous);
    }
    return own_holder_of(act);
  };

  const auto sign_of = [&](const Span& topic, std::size_t scope_begin, std::uint32_t issue) {
    int sign = 1;
    // The issue's own pro and contra words around the topic decide its direction.
    const std::size_t from = topic.begin >= 6 ? topic.begin - 6 : 0;
    const std::size_t lo = std::max(from, scope_begin);
    for (const auto& c : contras)
      if (c.id == issue && c.begin >= lo && c.begin < topic.end + 3) sign = -1;
    // Reversers before the topic turn it, but not the words of a rejection or a speaker's act
    // ("does not intend to", "no right to": the stance already says so; a prohibition's own
    // word does turn it) nor the issue's own pro/contra words.
    const auto in_act = [&](std::size_t i) {
      return std::any_of(all_acts.begin(), all_acts.end(), [i](const Act& a) {
        return (a.modal || a.negated || a.stance == Stance::reject) && a.span.contains(i);
      });
    };
    const auto own_word = [&](std::size_t i) {
      for (const auto* list : {&pros, &contras})
        for (const auto& w : *list)
          if (w.id == issue && w.begin == i) return true;
      return false;
    };
    for (const auto& r : reversers) {
      if (r.begin < lo || r.end > topic.begin || in_act(r.begin) || own_word(r.begin)) continue;
      sign = -sign;
    }
    // A passive after the topic turns it too: "that sanctions be lifted".
    for (const auto& r : reversers) {
      if (r.begin < topic.end || r.begin > topic.end + 2 || r.begin == 0) continue;
      const auto& before = tokens[r.begin - 1].text;
      if (before == "be" || before == "been" || before == "being" || is_copula(before))
        sign = -sign;
    }
    return sign;
  };

  if (acts_out) {
    for (const auto& act : all_acts) {
      DetectedAct d;
      d.stance = act.stance;
      d.plover = act.plover;
      for (std::uint32_t h : holder_of(act)) d.holders.push_back(actor_ids[h]);
      d.cue =
          std::string(sentence.substr(tokens[act.span.begin].begin,
                                      tokens[act.span.end - 1].end - tokens[act.span.begin].begin));
      acts_out->push_back(std::move(d));
    }
    return out;
  }
  for (std::size_t k = 0; k < all_acts.size(); ++k) {
    const Act& act = all_acts[k];
    const Holders holders = holder_of(act);
    if (holders.empty()) continue;
    const std::size_t scope_begin = act.span.end;
    std::size_t scope_end = tokens.size();
    for (std::size_t i = scope_begin; i < tokens.size(); ++i)
      if (boundary[i]) {
        scope_end = i;
        break;
      }
    for (std::size_t n = k + 1; n < all_acts.size(); ++n) {
      if (all_acts[n].span.begin >= scope_begin) {
        // "rejected Russia's demand for …": the rejection is about what the demand asks too.
        const Act& other = all_acts[n];
        bool object = false;
        if (act.stance == Stance::reject && other.span.begin > scope_begin &&
            other.span.begin - scope_begin <= 3) {
          object = tokens[other.span.begin - 1].possessive;  // "Russia's demand"
        }
        if (object) continue;
        if (holder_of(all_acts[n]) != holders || all_acts[n].stance != act.stance) {
          scope_end = std::min(scope_end, all_acts[n].span.begin);
          break;
        }
      }
    }
    // A predicative rejection's scope is its clause before it.
    std::size_t topic_from = act.span.begin;  // topics must end after this
    if (act.predicative) {
      std::size_t start = 0;
      for (std::size_t i = 0; i < act.span.begin; ++i)
        if (boundary[i] || tokens[i].text == "that") start = i + 1;
      scope_end = act.span.begin;
      topic_from = start;
    }
    // Topics in scope, plus quantities whose unit an issue takes.
    std::vector<std::pair<Span, std::uint32_t>> found;  // (span, issue)
    // Topics in the scope, and those the act word stands in ("cultural requirements").
    for (const auto& t : topics)
      if (t.end > topic_from && t.begin < scope_end) found.push_back({t, t.id});
    // A quantity binds to an issue that takes its unit and is named in the scope, even weakly
    // ("85,000 soldiers" after "armed forces", "40 kilometers" after "missiles").
    const auto named = [&](std::uint32_t i) {
      for (const auto* list : {&topics, &weak_unconfirmed, &pros, &contras})
        for (const auto& t : *list)
          if (t.id == i && t.end > topic_from && t.begin < scope_end) return true;
      return false;
    };
    const std::size_t quantity_from = act.predicative ? topic_from : scope_begin;
    for (const auto& q : quantities) {
      if (q.begin < quantity_from || q.begin >= scope_end) continue;
      for (std::uint32_t i = 0; i < issues.size(); ++i) {
        const auto& u = issues[i].units;
        if (std::find(u.begin(), u.end(), q.unit) != u.end() && named(i))
          found.push_back({Span{q.begin, q.end, i}, i});
      }
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    std::vector<std::uint32_t> done;
    for (const std::uint32_t holder : holders) {
      done.clear();
      for (const auto& [span, issue] : found) {
        if (std::find(done.begin(), done.end(), issue) != done.end()) continue;
        done.push_back(issue);
        int sign = sign_of(
            span, act.predicative ? topic_from : (act.modal ? scope_begin : act.span.begin), issue);
        if (act.stance == Stance::reject) sign = -sign;
        Claim c;
        c.doc = std::string(doc);
        c.line = line;
        c.actor = actor_ids[holder];
        c.issue = issues[issue].id;
        c.stance = act.stance;
        c.favours = sign > 0;
        // The first quantity after the topic in scope whose unit the issue takes.
        // The quantity in scope whose unit the issue takes: the first after the topic, else the
        // nearest before it ("20% of the territory").
        const Quantity* chosen = nullptr;
        for (const auto& q : quantities) {
          if (q.begin < std::min(topic_from, act.span.begin) || q.begin >= scope_end) continue;
          const auto& u = issues[issue].units;
          if (std::find(u.begin(), u.end(), q.unit) == u.end()) continue;
          if (q.begin >= span.begin) {
            chosen = &q;
            break;
          }
          chosen = &q;
        }
        if (chosen) {
          c.value = chosen->value;
          c.unit = chosen->unit;
        }
        c.redline = redline;
        c.conditional = conditional;
        c.source = source;
        // From the act to the topic (from the topic to the act for a predicative rejection).
        const std::size_t cue_first = std::min(act.span.begin, span.begin);
        const std::size_t cue_last = std::max(std::min(span.end, tokens.size()), act.span.end) - 1;
        c.cue = std::string(sentence.substr(tokens[cue_first].begin,
                                            tokens[cue_last].end - tokens[cue_first].begin));
        c.sentence = std::string(sentence);
        out.push_back(std::move(c));
      }
    }
  }
  // One claim per actor and issue in a sentence: the first.
  std::vector<Claim> unique;
  for (auto& c : out) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Claim& u) {
      return u.actor == c.actor && u.issue == c.issue;
    });
    if (!seen) unique.push_back(std::move(c));
  }
  return unique;
}

}  // namespace parley::evidence
