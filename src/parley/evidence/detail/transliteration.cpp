#include "parley/evidence/detail/transliteration.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "parley/evidence/detail/text_scan.hpp"
#include "parley/evidence/detail/utf8.hpp"

namespace parley::evidence::detail {

namespace {

std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status)) t.reset();  // ICU's data without this transliterator: spell without it
  return t;
}

enum class Letters { none, latin, russian, ukrainian, either };

Letters cyrillic_letters(std::string_view text) {
  bool cyrillic = false;
  bool russian = false;
  bool ukrainian = false;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar d = decode_utf8(text, i);
    i += static_cast<std::size_t>(d.length);
    const int script = script_of(d.code);
    if (script == kLatin) return Letters::latin;
    if (script != kCyrillic) continue;
    cyrillic = true;
    switch (d.code) {
      case U'і':
      case U'І':
      case U'ї':
      case U'Ї':
      case U'є':
      case U'Є':
      case U'ґ':
      case U'Ґ':
        ukrainian = true;
        break;
      case U'ы':
      case U'Ы':
      case U'э':
      case U'Э':
      case U'ё':
      case U'Ё':
      case U'ъ':
      case U'Ъ':
        russian = true;
        break;
      default:
        break;
    }
  }
  if (!cyrillic) return Letters::none;
  if (ukrainian == russian) return Letters::either;
  return ukrainian ? Letters::ukrainian : Letters::russian;
}

// ASCII letters, digits, spaces and hyphens of `s`: the apostrophes that stand for soft signs
// dropped, and the string empty when anything else is left (a transliteration that failed).
std::string plain_ascii(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '\'' || c == '"') continue;
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) return {};
    out.push_back(c);
  }
  return out;
}

}  // namespace

struct LatinSpeller::Impl {
  std::unique_ptr<icu::Transliterator> russian = make_transliterator("ru-ru_Latn/BGN; Latin-ASCII");
  std::unique_ptr<icu::Transliterator> ukrainian =
      make_transliterator("uk-uk_Latn/BGN; Latin-ASCII");
  std::unique_ptr<icu::Transliterator> scholarly = make_transliterator("Any-Latin; Latin-ASCII");
};

LatinSpeller::LatinSpeller() : impl_(std::make_unique<Impl>()) {}
LatinSpeller::~LatinSpeller() = default;

std::vector<std::string> LatinSpeller::spellings(std::string_view text,
                                                 std::string_view lang) const {
  const Letters letters = cyrillic_letters(text);
  if (letters == Letters::none || letters == Letters::latin) return {};
  bool russian = letters == Letters::russian || letters == Letters::either;
  bool ukrainian = letters == Letters::ukrainian || letters == Letters::either;
  const std::string_view language = lang.substr(0, lang.find('-'));
  if (language == "ru") ukrainian = false, russian = true;
  if (language == "uk") russian = false, ukrainian = true;

  std::vector<std::string> out;
  const auto add = [&out](std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end())
      out.push_back(std::move(s));
  };
  const auto spell = [&](const icu::Transliterator* t) {
    if (!t) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    t->transliterate(u);
    std::string utf8;
    u.toUTF8String(utf8);
    std::string ascii = plain_ascii(utf8);
    if (ascii.empty()) return;
    // The press writes -sky for the adjectival endings (Zelensky, Medinsky).
    for (const std::string_view ending : {"skiy", "skyy", "skij", "skyi"}) {
      if (ascii.size() > ending.size() && ascii.ends_with(ending)) {
        add(ascii.substr(0, ascii.size() - ending.size()) + "sky");
        break;
      }
    }
    add(std::move(ascii));
  };
  if (russian) spell(impl_->russian.get());
  if (ukrainian) spell(impl_->ukrainian.get());
  spell(impl_->scholarly.get());
  return out;
}

}  // namespace parley::evidence::detail
