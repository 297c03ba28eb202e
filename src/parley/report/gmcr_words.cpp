#include "parley/report/gmcr_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace parley::report {

// (Named, not anonymous: the report layer is a unity build.)
namespace gmcr_phrase {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& parts, const std::string& last = " and ") {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : (i + 1 == parts.size() ? last : ", ")) + parts[i];
  }
  return out;
}

}  // namespace gmcr_phrase

std::string in_sentence(const std::string& name) {
  if (name.empty() || name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0) return name;
  const auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  std::vector<std::string> words;
  for (std::size_t at = 0; at <= name.size();) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    if (space > at) words.push_back(name.substr(at, space - at));
    at = space + 1;
  }
  if (words.empty()) return name;
  // An acronym, or a name of one word that is not a common noun below: as it is.
  const bool acronym = std::all_of(words[0].begin(), words[0].end(), [&](char c) {
    return is_upper(c) || (c >= '0' && c <= '9') || c == '-';
  });
  if (acronym && words.size() == 1) return name;
  static const std::vector<std::string> heads = {
      "Union",       "Kingdom",   "Republic",     "Federation",     "Emirates",
      "Nations",     "States",    "Netherlands",  "Philippines",    "Ministry",
      "Government",  "Council",   "Commission",   "Parliament",     "Congress",
      "Senate",      "Assembly",  "Court",        "Bank",           "Fund",
      "Agency",      "Alliance",  "Organization", "Organisation",   "Committee",
      "Authority",   "Office",    "Department",   "Administration", "Coalition",
      "Army",        "Forces",    "Kremlin",      "Pentagon",       "Vatican",
      "Secretariat", "Cabinet",   "Presidency",   "Board",          "Directorate",
      "Bureau",      "Institute", "Association",  "Confederation",  "Command",
      "Community"};
  const bool capitalised = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return is_upper(w[0]) || w == "of" || w == "the" || w == "and" || w == "for" || w == "on";
  });
  if (capitalised) {
    std::string head = words.back();
    for (std::size_t k = 1; k < words.size(); ++k) {
      if (words[k] == "of") {
        head = words[k - 1];
        break;
      }
    }
    const bool institution =
        words[0] == "United" || std::find(heads.begin(), heads.end(), head) != heads.end();
    return institution ? "the " + name : name;
  }
  // "Local government": a capitalised common noun, the rest in lower case, singular.
  const bool common = words.size() > 1 && is_upper(words[0][0]) &&
                      std::all_of(words.begin() + 1, words.end(),
                                  [&](const std::string& w) { return is_lower(w[0]); });
  if (common && !plural_name(name) && words[0].size() > 1 && is_lower(words[0][1])) {
    std::string lowered = name;
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return "the " + lowered;
  }
  return name;
}

bool plural_name(const std::string& name) {
  if (name.rfind("United ", 0) == 0 || name.rfind("the United ", 0) == 0) return false;
  const auto space = name.find_last_of(' ');
  const std::string last = space == std::string::npos ? name : name.substr(space + 1);
  if (last.size() < 3 || last.back() != 's') return false;
  return !gmcr_phrase::ends_with(last, "ss") && !gmcr_phrase::ends_with(last, "us") &&
         !gmcr_phrase::ends_with(last, "is");
}

std::string third_person(const std::string& phrase) {
  const auto space = phrase.find(' ');
  const std::string verb = phrase.substr(0, space);
  const std::string rest = space == std::string::npos ? "" : phrase.substr(space);
  std::string out;
  if (verb == "be") {
    out = "is";
  } else if (verb == "have") {
    out = "has";
  } else if (verb == "do" || verb == "go") {
    out = verb + "es";
  } else if (gmcr_phrase::ends_with(verb, "s") || gmcr_phrase::ends_with(verb, "sh") ||
             gmcr_phrase::ends_with(verb, "ch") || gmcr_phrase::ends_with(verb, "x") ||
             gmcr_phrase::ends_with(verb, "z")) {
    out = verb + "es";
  } else if (verb.size() >= 2 && verb.back() == 'y' &&
             !gmcr_phrase::is_vowel(verb[verb.size() - 2])) {
    out = verb.substr(0, verb.size() - 1) + "ies";
  } else {
    out = verb + "s";
  }
  return out + rest;
}

namespace gmcr_phrase {

// The predicate of a clause: "halts …", "no longer halts …" (plural: "halt …", "no longer
// halt …").
std::string predicate(const std::string& phrase, bool taken, bool plural) {
  const std::string verb = plural ? phrase : third_person(phrase);
  return taken ? verb : "no longer " + verb;
}

}  // namespace gmcr_phrase

std::string option_clause(const std::string& decision_maker, const std::string& option_phrase,
                          bool taken) {
  return in_sentence(decision_maker) + " " +
         gmcr_phrase::predicate(option_phrase, taken, plural_name(decision_maker));
}

std::string move_in_words(const analysis::Gmcr& g, const gmcr::Move& move) {
  const std::string& name = g.decision_maker_names.at(move.decision_maker);
  const bool plural = plural_name(name);
  const std::string who = in_sentence(name);
  if (move.changes.empty()) {
    return fmt::format("{} {} from state {} to {}", who, plural ? "move" : "moves", move.from + 1,
                       move.to + 1);
  }
  std::vector<std::string> parts;
  for (const gmcr::OptionChange& c : move.changes) {
    const std::string& phrase = g.option_names.at(c.option);
    const std::string& id = g.model.options.at(c.option).name;
    if (phrase == id) {
      const std::string verb = c.taken ? "take" : "drop";
      parts.push_back(fmt::format("{} option '{}'", plural ? verb : verb + "s", id));
    } else {
      parts.push_back(gmcr_phrase::predicate(phrase, c.taken, plural));
    }
  }
  return who + " " + gmcr_phrase::joined(parts);
}

std::string step_in_words(const analysis::Gmcr& g, const gmcr::Step& step) {
  std::vector<std::string> parts;
  for (const gmcr::Move& m : step.moves) parts.push_back(move_in_words(g, m));
  return gmcr_phrase::joined(parts);
}

std::string path_in_words(const analysis::Gmcr& g, const gmcr::Path& path) {
  if (path.empty()) return "it is the status quo";
  std::vector<std::string> parts;
  for (const gmcr::Step& s : path) parts.push_back(step_in_words(g, s));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : ", then ") + parts[i];
  return out;
}

}  // namespace parley::report
