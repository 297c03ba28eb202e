#pragma once
// Latin spellings of names written in Cyrillic, so that a scenario alias "Ушаков" also finds
// "Ushakov" in an English report (docs/evidence.md, "Actors"). ICU's transliterators: the BGN/PCGN
// romanization of the name's language, the scholarly one, and the press's simplification.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence::detail {

class LatinSpeller {
 public:
  LatinSpeller();  // the first in a process compiles ICU's rules (about 40 ms), later ones reuse
                   // them
  ~LatinSpeller();
  LatinSpeller(const LatinSpeller&) = delete;
  LatinSpeller& operator=(const LatinSpeller&) = delete;

  // The distinct ASCII spellings of `text` when it is written in Cyrillic (and holds no Latin
  // letter), else none. `lang` is the alias's BCP 47 tag: "ru…" takes Russian BGN/PCGN, "uk…"
  // Ukrainian; otherwise the letters decide (і ї є ґ are Ukrainian, ы э ё ъ Russian) or both are
  // taken. Also the scholarly romanization (ICU's Any-Latin: "Zelenskij") and the press's
  // "-sky" for the endings -skiy/-skyy/-skij ("Zelensky"). Soft and hard signs are dropped.
  std::vector<std::string> spellings(std::string_view text, std::string_view lang) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::evidence::detail
