#include "parley/evidence/detail/wordlists.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace parley::evidence::detail {

namespace {

// Function words. English after the usual stoplists (articles, pronouns, auxiliaries,
// prepositions, conjunctions, common adverbs); Russian and Ukrainian likewise, with the
// inflected forms news prose uses most.
constexpr std::string_view kEnglishStopwords[] = {
    "a",        "about",   "above",      "across",    "after",   "again",    "against",
    "all",      "almost",  "along",      "already",   "also",    "although", "always",
    "am",       "among",   "an",         "and",       "another", "any",      "anyone",
    "anything", "are",     "aren't",     "around",    "as",      "at",       "away",
    "back",     "be",      "became",     "because",   "become",  "been",     "before",
    "being",    "below",   "between",    "both",      "but",     "by",       "can",
    "can't",    "cannot",  "could",      "couldn't",  "did",     "didn't",   "do",
    "does",     "doesn't", "doing",      "don't",     "down",    "during",   "each",
    "either",   "else",    "enough",     "even",      "ever",    "every",    "few",
    "for",      "from",    "further",    "get",       "got",     "had",      "hadn't",
    "has",      "hasn't",  "have",       "haven't",   "having",  "he",       "he'd",
    "he'll",    "he's",    "her",        "here",      "hers",    "herself",  "him",
    "himself",  "his",     "how",        "however",   "i",       "i'd",      "i'll",
    "i'm",      "i've",    "if",         "in",        "into",    "is",       "isn't",
    "it",       "it's",    "its",        "itself",    "just",    "least",    "less",
    "let",      "like",    "made",       "make",      "many",    "may",      "me",
    "might",    "more",    "most",       "much",      "must",    "my",       "myself",
    "neither",  "never",   "no",         "nor",       "not",     "now",      "of",
    "off",      "often",   "on",         "once",      "one",     "only",     "onto",
    "or",       "other",   "others",     "otherwise", "our",     "ours",     "ourselves",
    "out",      "over",    "own",        "per",       "perhaps", "quite",    "rather",
    "really",   "same",    "say",        "said",      "says",    "see",      "seem",
    "seemed",   "seems",   "several",    "shall",     "she",     "she'd",    "she'll",
    "she's",    "should",  "shouldn't",  "since",     "so",      "some",     "something",
    "still",    "such",    "than",       "that",      "that's",  "the",      "their",
    "theirs",   "them",    "themselves", "then",      "there",   "there's",  "these",
    "they",     "they'd",  "they'll",    "they're",   "they've", "this",     "those",
    "though",   "through", "thus",       "to",        "too",     "toward",   "towards",
    "under",    "unless",  "until",      "up",        "upon",    "us",       "very",
    "was",      "wasn't",  "we",         "we'd",      "we'll",   "we're",    "we've",
    "well",     "were",    "weren't",    "what",      "what's",  "when",     "where",
    "whether",  "which",   "while",      "who",       "who's",   "whom",     "whose",
    "why",      "will",    "with",       "within",    "without", "won't",    "would",
    "wouldn't", "yet",     "you",        "you'd",     "you'll",  "you're",   "you've",
    "your",     "yours",   "yourself",   "yourselves"};

constexpr std::string_view kRussianStopwords[] = {
    "а",        "без",     "более",   "больше",  "бы",      "был",     "была",    "были",
    "было",     "быть",    "в",       "вам",     "вас",     "ваш",     "ведь",    "весь",
    "во",       "вот",     "все",     "всё",     "всего",   "всех",    "вы",      "где",
    "да",       "для",     "до",      "его",     "ее",      "её",      "ей",      "ему",
    "если",     "есть",    "еще",     "ещё",     "же",      "за",      "здесь",   "и",
    "из",       "или",     "им",      "их",      "к",       "как",     "какой",   "когда",
    "кого",     "ко",      "который", "которая", "которое", "которые", "которых", "которого",
    "которой",  "котором", "кто",     "ли",      "лишь",    "между",   "меня",    "мне",
    "может",    "можно",   "мой",     "мы",      "на",      "над",     "надо",    "нас",
    "наш",      "не",      "него",    "нее",     "неё",     "нет",     "ни",      "ним",
    "них",      "но",      "ну",      "о",       "об",      "однако",  "он",      "она",
    "они",      "оно",     "от",      "очень",   "перед",   "по",      "под",     "после",
    "потому",   "почти",   "при",     "про",     "раз",     "с",       "сам",     "свой",
    "своей",    "своих",   "свою",    "себе",    "себя",    "со",      "так",     "также",
    "такой",    "там",     "те",      "тем",     "то",      "того",    "тоже",    "той",
    "только",   "том",     "ты",      "у",       "уже",     "хотя",    "чего",    "чем",
    "через",    "что",     "чтобы",   "эта",     "эти",     "этим",    "этих",    "это",
    "этого",    "этой",    "этом",    "этот",    "эту",     "я",       "будет",   "будут",
    "является", "пока",    "около",   "среди",   "против",  "ни",      "нибудь",  "тот",
    "такие",    "всем",    "всеми",   "ней",     "нём",     "нем"};

constexpr std::string_view kUkrainianStopwords[] = {
    "а",      "або",   "адже",   "але",    "б",       "без",   "би",     "біля",  "більше", "бо",
    "був",    "була",  "були",   "було",   "бути",    "буде",  "будуть", "в",     "вам",    "вас",
    "ваш",    "весь",  "вже",    "ви",     "від",     "він",   "вона",   "вони",  "воно",   "все",
    "всі",    "вся",   "да",     "де",     "для",     "до",    "дуже",   "є",     "ж",      "же",
    "з",      "за",    "зі",     "і",      "із",      "її",    "їй",     "їм",    "їх",     "й",
    "його",   "йому",  "коли",   "котрий", "лише",    "між",   "мене",   "мені",  "ми",     "мій",
    "може",   "можна", "на",     "навіть", "над",     "нам",   "нас",    "наш",   "не",     "неї",
    "ні",     "ній",   "ним",    "них",    "нього",   "о",     "однак",  "по",    "під",    "після",
    "перед",  "поки",  "при",    "про",    "проте",   "проти", "саме",   "свій",  "своє",   "своя",
    "свої",   "себе",  "серед",  "та",     "так",     "також", "там",    "те",    "тебе",   "теж",
    "ти",     "ті",    "тих",    "тільки", "то",      "тобто", "того",   "тоді",  "той",    "тому",
    "треба",  "тут",   "у",      "усі",    "хоча",    "це",    "цей",    "ці",    "цих",    "цього",
    "цієї",   "цим",   "цій",    "цьому",  "ця",      "через", "чи",     "що",    "щоб",    "як",
    "яка",    "які",   "який",   "якого",  "якої",    "яких",  "якщо",   "яке",   "я",      "ще",
    "зараз",  "інші",  "інший",  "кожен",  "йдеться", "весь",  "щодо",   "свого", "своєї",  "своїх",
    "якому",  "якій",  "яким",   "якими",  "має",     "мають", "можуть", "хто",   "чому",   "один",
    "одна",   "одне",  "кілька", "більш",  "менш",    "цьому", "нею",    "ними",  "аби",    "отже",
    "нібито", "ось"};

constexpr std::string_view kMonths[] = {
    "january",   "february", "march",     "april",    "may",      "june",    "july",     "august",
    "september", "october",  "november",  "december", "jan",      "feb",     "mar",      "apr",
    "jun",       "jul",      "aug",       "sep",      "sept",     "oct",     "nov",      "dec",
    "январь",    "февраль",  "март",      "апрель",   "май",      "июнь",    "июль",     "август",
    "сентябрь",  "октябрь",  "ноябрь",    "декабрь",  "января",   "февраля", "марта",    "апреля",
    "мая",       "июня",     "июля",      "августа",  "сентября", "октября", "ноября",   "декабря",
    "янв",       "фев",      "мар",       "апр",      "июн",      "июл",     "авг",      "сен",
    "сент",      "окт",      "ноя",       "дек",      "січень",   "лютий",   "березень", "квітень",
    "травень",   "червень",  "липень",    "серпень",  "вересень", "жовтень", "листопад", "грудень",
    "січня",     "лютого",   "березня",   "квітня",   "травня",   "червня",  "липня",    "серпня",
    "вересня",   "жовтня",   "листопада", "грудня"};

constexpr std::string_view kDateAndCounterWords[] = {
    "monday",      "tuesday",      "wednesday",  "thursday",
    "friday",      "saturday",     "sunday",     "mon",
    "tue",         "tues",         "wed",        "thu",
    "thur",        "thurs",        "fri",        "sat",
    "sun",         "am",           "pm",         "a.m",
    "p.m",         "gmt",          "utc",        "et",
    "est",         "edt",          "cet",        "cest",
    "bst",         "pt",           "msk",        "ago",
    "min",         "mins",         "minute",     "minutes",
    "h",           "hr",           "hrs",        "hour",
    "hours",       "day",          "days",       "week",
    "weeks",       "month",        "months",     "year",
    "years",       "yesterday",    "today",      "updated",
    "published",   "posted",       "read",       "reads",
    "view",        "views",        "like",       "likes",
    "share",       "shares",       "comment",    "comments",
    "reply",       "replies",      "k",          "m",
    "on",          "at",           "of",         "понедельник",
    "вторник",     "среда",        "четверг",    "пятница",
    "суббота",     "воскресенье",  "сегодня",    "вчера",
    "назад",       "мин",          "минут",      "минуты",
    "час",         "часа",         "часов",      "ч",
    "день",        "дня",          "дней",       "г",
    "года",        "год",          "тыс",        "млн",
    "просмотр",    "просмотра",    "просмотров", "комментарий",
    "комментария", "комментариев", "обновлено",  "опубликовано",
    "в",           "понеділок",    "вівторок",   "середа",
    "четвер",      "п'ятниця",     "субота",     "неділя",
    "сьогодні",    "вчора",        "тому",       "хв",
    "хвилин",      "год",          "годин",      "р",
    "року",        "рік",          "перегляд",   "перегляди",
    "переглядів",  "коментар",     "коментарі",  "коментарів",
    "оновлено",    "опубліковано", "о"};

constexpr std::string_view kPromptWords[] = {"log",
                                             "login",
                                             "logout",
                                             "sign",
                                             "signin",
                                             "signup",
                                             "register",
                                             "registration",
                                             "subscribe",
                                             "subscription",
                                             "unsubscribe",
                                             "newsletter",
                                             "newsletters",
                                             "share",
                                             "tweet",
                                             "follow",
                                             "us",
                                             "on",
                                             "in",
                                             "up",
                                             "out",
                                             "via",
                                             "to",
                                             "this",
                                             "the",
                                             "a",
                                             "an",
                                             "article",
                                             "story",
                                             "page",
                                             "post",
                                             "link",
                                             "copy",
                                             "email",
                                             "e",
                                             "mail",
                                             "print",
                                             "reply",
                                             "report",
                                             "like",
                                             "comment",
                                             "comments",
                                             "facebook",
                                             "twitter",
                                             "x",
                                             "telegram",
                                             "whatsapp",
                                             "linkedin",
                                             "reddit",
                                             "vk",
                                             "vkontakte",
                                             "youtube",
                                             "instagram",
                                             "viber",
                                             "pinterest",
                                             "flipboard",
                                             "more",
                                             "show",
                                             "load",
                                             "back",
                                             "top",
                                             "and",
                                             "or",
                                             "read",
                                             "also",
                                             "see",
                                             "continue",
                                             "reading",
                                             "cookie",
                                             "cookies",
                                             "accept",
                                             "advertisement",
                                             "sponsored",
                                             "войти",
                                             "вход",
                                             "выйти",
                                             "регистрация",
                                             "зарегистрироваться",
                                             "зарегистрируйтесь",
                                             "авторизуйтесь",
                                             "авторизация",
                                             "подписаться",
                                             "подпишитесь",
                                             "подписка",
                                             "рассылка",
                                             "поделиться",
                                             "ответить",
                                             "пожаловаться",
                                             "нравится",
                                             "показать",
                                             "ещё",
                                             "еще",
                                             "в",
                                             "и",
                                             "или",
                                             "на",
                                             "читайте",
                                             "также",
                                             "читать",
                                             "далее",
                                             "реклама",
                                             "увійти",
                                             "вхід",
                                             "вийти",
                                             "реєстрація",
                                             "зареєструватися",
                                             "зареєструйтеся",
                                             "підписатися",
                                             "підпишіться",
                                             "підписка",
                                             "розсилка",
                                             "поділитися",
                                             "відповісти",
                                             "поскаржитися",
                                             "подобається",
                                             "показати",
                                             "ще",
                                             "і",
                                             "та",
                                             "або",
                                             "читати",
                                             "також",
                                             "далі"};

constexpr std::string_view kFirstAndSecondPerson[] = {
    "i",    "i'm",    "i've",   "i'd",   "i'll",   "me",   "my",    "mine",     "myself",
    "we",   "we're",  "we've",  "we'd",  "we'll",  "us",   "our",   "ours",     "ourselves",
    "you",  "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "yourselves",
    "u",    "я",      "меня",   "мне",   "мной",   "мой",  "моя",   "моё",      "мое",
    "мои",  "моих",   "мы",     "нас",   "нам",    "нами", "наш",   "наша",     "наше",
    "наши", "ты",     "тебя",   "тебе",  "тобой",  "твой", "твоя",  "твоё",     "твои",
    "вы",   "вас",    "вам",    "вами",  "ваш",    "ваша", "ваше",  "ваши",     "мене",
    "мені", "мій",    "моє",    "мої",   "ми",     "ти",   "твій",  "твоє",     "твої",
    "ви",   "вашого", "нашого"};

constexpr std::string_view kReaderAddressWords[] = {
    "you",  "your", "yours", "our",  "us",   "вы",  "вас", "вам",  "ваш",
    "ваша", "ваши", "наш",   "наша", "наши", "нас", "ви",  "ваше", "наше"};

constexpr std::string_view kHeatedWords[] = {
    "stupid",   "idiot",    "idiots",   "idiotic", "moron",  "morons", "moronic", "fool",
    "fools",    "foolish",  "dumb",     "liar",    "liars",  "troll",  "trolls",  "clown",
    "clowns",   "nonsense", "bullshit", "shit",    "crap",   "damn",   "lol",     "lmao",
    "rofl",     "haha",     "hahaha",   "wtf",     "omg",    "imho",   "imo",     "btw",
    "pathetic", "дурак",    "дураки",   "идиот",   "идиоты", "тупой",  "тупые",   "бред",
    "чушь",     "ерунда",   "лол",      "хаха",    "блин",   "позор",  "кретин",  "дебил",
    "дебилы",   "ржу",      "дурень",   "ідіот",   "ідіоти", "тупий",  "маячня",  "дурниця",
    "ганьба"};

constexpr std::string_view kReplyOpeners[] = {
    "yes",     "yeah",   "yep",    "no",     "nope",     "nah",      "well",  "agreed",
    "exactly", "indeed", "lol",    "thanks", "ok",       "okay",     "right", "wrong",
    "true",    "да",     "нет",    "ну",     "согласен", "согласна", "верно", "точно",
    "ні",      "згоден", "згодна", "так",    "спасибо",  "дякую"};

constexpr std::string_view kSentenceOpeners[] = {
    "the",   "a",     "an",    "he",     "she",   "it",   "they", "we",    "i",    "you", "this",
    "that",  "these", "those", "but",    "and",   "in",   "on",   "at",    "for",  "as",  "if",
    "when",  "while", "after", "before", "some",  "many", "most", "its",   "his",  "her", "their",
    "our",   "there", "what",  "why",    "how",   "both", "no",   "not",   "so",   "yet", "then",
    "still", "now",   "one",   "two",    "three", "all",  "each", "other", "such", "он",  "она",
    "они",   "мы",    "это",   "в",      "на",    "но",   "и",    "а",     "по",   "как", "когда",
    "что",   "так",   "при",   "після",  "він",   "вона", "вони", "ми",    "це",   "у",   "але",
    "і",     "та",    "як",    "коли",   "що"};

// An open-addressing table from word to classes, built once: a flat array probed linearly,
// hashed with FNV-1a (cheaper than std::hash on words of a few letters).
class WordTable {
 public:
  WordTable() {
    add(kEnglishStopwords, kEnglish);
    add(kRussianStopwords, kRussian);
    add(kUkrainianStopwords, kUkrainian);
    add(kMonths, kMonth);
    add(kDateAndCounterWords, kDateOrCounter);
    add(kPromptWords, kPrompt);
    add(kFirstAndSecondPerson, kFirstOrSecondPerson);
    add(kReaderAddressWords, kReaderAddress);
    add(kHeatedWords, kHeated);
    add(kReplyOpeners, kReplyOpener);
    add(kSentenceOpeners, kSentenceOpener);
  }

  unsigned find(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return 0;
    const Key key = key_of(word);
    if (!present(key.hash)) return 0;  // most words: in no list, told without the table
    for (std::size_t i = key.hash & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.classes == 0) return 0;
      if (slot.tag == key.tag && slot.head == key.head &&
          (word.size() <= 8 || std::memcmp(long_words_[i], word.data(), word.size()) == 0)) {
        return slot.classes;
      }
    }
  }

 private:
  static constexpr std::size_t kSize = 2048;  // a power of two, at least twice the words
  static constexpr std::size_t kMask = kSize - 1;

  // 16 bytes, so that the table (32 KiB) stays in the first-level cache: a word of up to eight
  // bytes is told by its head and length alone; a longer one is compared in long_words_.
  struct Slot {
    std::uint64_t head = 0;  // Key::head
    std::uint32_t tag = 0;   // hash bits 40–63 << 8 | length (words are under 256 bytes)
    unsigned classes = 0;
  };

  // A word's head: its bytes in one integer when it has up to eight (two overlapping four-byte
  // loads from 4 bytes on, its first, middle and last bytes below: with the length, every byte is
  // in it), else its first eight. The hash mixes the head, the last eight bytes and the length:
  // a few instructions for any length, where a byte-by-byte hash costs a multiplication per byte.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t hash = 0;
    std::uint32_t tag = 0;
  };
  static Key key_of(std::string_view word) {
    const std::size_t n = word.size();
    const char* p = word.data();
    std::uint64_t head = 0, tail = 0;
    if (n >= 8) {
      std::memcpy(&head, p, 8);
      std::memcpy(&tail, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t x = 0, y = 0;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      head = x | static_cast<std::uint64_t>(y) << 32;
    } else {
      head = static_cast<unsigned char>(p[0]) |
             static_cast<unsigned>(static_cast<unsigned char>(p[n / 2])) << 8 |
             static_cast<unsigned>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    std::uint64_t h = (head ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h ^= (tail + n) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return {head, h, static_cast<std::uint32_t>(h >> 40) << 8 | static_cast<std::uint32_t>(n)};
  }

  template <std::size_t N>
  void add(const std::string_view (&words)[N], unsigned classes) {
    for (const std::string_view word : words) {
      if (word.empty() || word.size() > 255) throw std::logic_error("wordlists: a word's length");
      longest_ = std::max(longest_, word.size());
      const Key key = key_of(word);
      std::size_t i = key.hash & kMask;
      while (slots_[i].classes != 0 &&
             !(slots_[i].tag == key.tag && slots_[i].head == key.head &&
               (word.size() <= 8 || std::memcmp(long_words_[i], word.data(), word.size()) == 0)))
        i = (i + 1) & kMask;
      filter_[(key.hash >> 11) % kFilterBits / 64] |= std::uint64_t{1} << ((key.hash >> 11) % 64);
      if (slots_[i].classes == 0) {
        if (2 * ++used_ > kSize) throw std::logic_error("wordlists: the word table is too full");
        slots_[i].head = key.head;
        slots_[i].tag = key.tag;
        long_words_[i] = word.data();
      }
      slots_[i].classes |= classes;
    }
  }

  // A one-bit-per-hash filter (1 KiB, about one word in eight of those in no list passes it)
  // in front of the table: the table is read only for the words that may be in it.
  static constexpr std::size_t kFilterBits = 8192;
  bool present(std::uint64_t hash) const {
    return (filter_[(hash >> 11) % kFilterBits / 64] >> ((hash >> 11) % 64)) & 1U;
  }
  std::array<std::uint64_t, kFilterBits / 64> filter_{};
  std::array<Slot, kSize> slots_{};
  std::array<const char*, kSize> long_words_{};  // each slot's word, read for long words only
  std::size_t longest_ = 0;  // bytes of the longest word: longer ones are in no class
  std::size_t used_ = 0;     // slots taken
};

}  // namespace

unsigned word_classes(std::string_view word) {
  static const WordTable kTable;
  return kTable.find(word);
}

}  // namespace parley::evidence::detail
