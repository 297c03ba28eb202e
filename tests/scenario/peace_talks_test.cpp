// Checks of the embedded default scenario (examples/peace-talks.yaml) against the reference
// corpus, and of the small labour-contract example.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "parley/io/scenario_reader.hpp"
#include "parley/scenario/scenario.hpp"

namespace {

namespace fs = std::filesystem;
using parley::scenario::Issue;
using parley::scenario::IssueKind;
using parley::scenario::Position;
using parley::scenario::Role;
using parley::scenario::Scenario;

const fs::path kSource = PARLEY_SOURCE_DIR;
const fs::path kCorpus = fs::path(PARLEY_SHARED_DIR) / "corpus";

const std::vector<std::string> kIssueIds = {
    "territory",           "nato_membership", "neutrality",         "nato_expansion",
    "security_guarantees", "army_size",       "tank_count",         "missile_range",
    "foreign_troops",      "military_aid",    "military_exercises", "sanctions",
    "frozen_assets",       "language_rights", "government",         "nuclear_weapons",
    "ceasefire",           "humanitarian",    "nuclear_safety"};

const Scenario& peace_talks() {
  static const Scenario s =
      parley::io::read_scenario_file((kSource / "examples" / "peace-talks.yaml").string());
  return s;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The lines of a file, split at '\n' (a final newline does not start another line).
std::vector<std::string> read_lines(const fs::path& path) {
  const std::string text = read_text(path);
  std::vector<std::string> lines;
  std::string current;
  for (char c : text) {
    if (c == '\n') {
      if (!current.empty() && current.back() == '\r') current.pop_back();
      lines.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) lines.push_back(current);
  return lines;
}

bool is_blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Decodes one UTF-8 code point at text[i], advancing i; invalid bytes come back as U+FFFD.
char32_t next_code_point(const std::string& text, std::size_t& i) {
  const auto b = static_cast<unsigned char>(text[i]);
  int extra = 0;
  char32_t cp = 0;
  if (b < 0x80) {
    cp = b;
  } else if ((b & 0xE0) == 0xC0) {
    cp = b & 0x1F;
    extra = 1;
  } else if ((b & 0xF0) == 0xE0) {
    cp = b & 0x0F;
    extra = 2;
  } else if ((b & 0xF8) == 0xF0) {
    cp = b & 0x07;
    extra = 3;
  } else {
    ++i;
    return 0xFFFD;
  }
  ++i;
  for (int k = 0; k < extra; ++k) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    ++i;
  }
  return cp;
}

// Punctuation, symbols and spaces separate words; letters and digits of any script do not.
bool is_separator(char32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<unsigned char>(cp);
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
  return (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD;
}

// Lower-cased words with punctuation stripped.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (is_separator(cp)) {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else if (cp < 0x80) {
      current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(cp))));
    } else {
      current.append(text, start, i - start);
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

// The longest run of consecutive words that `a` and `b` share.
std::size_t longest_shared_run(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
  std::size_t best = 0;
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// First cells of the rows of the markdown table that follows `heading` in `text`.
std::vector<std::string> table_ids(const std::string& text, const std::string& heading) {
  std::vector<std::string> ids;
  std::istringstream in(text);
  std::string line;
  bool in_section = false, in_table = false;
  int row = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!in_section) {
      in_section = line == heading;
      continue;
    }
    if (!line.empty() && line[0] == '|') {
      in_table = true;
      ++row;
      if (row <= 2) continue;  // the header and the |---| separator
      const std::size_t end = line.find('|', 1);
      std::string cell = line.substr(1, end == std::string::npos ? std::string::npos : end - 1);
      cell.erase(0, cell.find_first_not_of(" `"));
      cell.erase(cell.find_last_not_of(" `") + 1);
      ids.push_back(cell);
    } else if (in_table) {
      break;
    }
  }
  return ids;
}

std::string label(const Position& p) {
  return p.actor + " x " + p.issue;
}

bool cites(const Position& p, const std::string& doc, int line) {
  return std::any_of(p.evidence.begin(), p.evidence.end(),
                     [&](const auto& e) { return e.doc == doc && e.line == line; });
}

const Position& position(const std::string& actor, const std::string& issue) {
  const Position* p = peace_talks().find_position(actor, issue);
  if (p == nullptr) throw std::runtime_error("no position " + actor + " x " + issue);
  return *p;
}

double option(const std::string& issue, const std::string& id) {
  const Issue* i = peace_talks().find_issue(issue);
  if (i == nullptr || i->option_index(id) < 0) throw std::runtime_error(issue + ": " + id);
  return i->option_index(id);
}

TEST(PeaceTalks, LoadsWithCorpusActorsAndAllNineteenIssues) {
  const Scenario& s = peace_talks();
  EXPECT_EQ(s.meta.as_of, "2025-12-05");
  EXPECT_FALSE(s.meta.title.empty());
  EXPECT_EQ(s.meta.sources.size(), 5u);
  for (const char* id : {"RUS", "UKR", "USA", "NATO", "EUR", "TUR", "QAT"}) {
    EXPECT_NE(s.find_actor(id), nullptr) << id;
  }
  ASSERT_NE(s.find_actor("RUS"), nullptr);
  ASSERT_NE(s.find_actor("UKR"), nullptr);
  EXPECT_EQ(s.find_actor("RUS")->role, Role::party);
  EXPECT_EQ(s.find_actor("UKR")->role, Role::party);
  EXPECT_EQ(s.find_actor("NATO")->role, Role::supporter);
  EXPECT_EQ(s.find_actor("EUR")->role, Role::supporter);
  EXPECT_EQ(s.find_actor("TUR")->role, Role::mediator);
  EXPECT_EQ(s.find_actor("QAT")->role, Role::mediator);

  std::set<std::string> ids;
  for (const Issue& i : s.issues) ids.insert(i.id);
  EXPECT_EQ(ids, std::set<std::string>(kIssueIds.begin(), kIssueIds.end()));
  EXPECT_EQ(s.issues.size(), 19u);
}

TEST(PeaceTalks, ArmyCapsAreNumericWithThe2022Figures) {
  const Scenario& s = peace_talks();
  struct Expected {
    const char* issue;
    const char* unit;
    double rus;
    double ukr;
  };
  // Bloomberg-sourced report, line 25: Russia 85,000 / 342 / 40 km; Ukraine 250,000 / 800 / 280 km.
  for (const Expected& e :
       {Expected{"army_size", "soldiers", 85000, 250000}, Expected{"tank_count", "tanks", 342, 800},
        Expected{"missile_range", "km", 40, 280}}) {
    const Issue* issue = s.find_issue(e.issue);
    ASSERT_NE(issue, nullptr) << e.issue;
    EXPECT_EQ(issue->kind, IssueKind::numeric) << e.issue;
    EXPECT_EQ(issue->unit, e.unit) << e.issue;
    EXPECT_LT(issue->min, e.rus) << e.issue;
    EXPECT_GT(issue->max, e.ukr) << e.issue;
    const Position* rus = s.find_position("RUS", e.issue);
    const Position* ukr = s.find_position("UKR", e.issue);
    ASSERT_NE(rus, nullptr) << e.issue;
    ASSERT_NE(ukr, nullptr) << e.issue;
    EXPECT_DOUBLE_EQ(rus->ideal.value, e.rus) << e.issue;
    EXPECT_DOUBLE_EQ(ukr->ideal.value, e.ukr) << e.issue;
    EXPECT_TRUE(contains(issue->low.favoured_by, "RUS")) << e.issue;
    EXPECT_TRUE(contains(issue->high.favoured_by, "UKR")) << e.issue;
  }
}

TEST(PeaceTalks, TerritoryRunsFrom1991BordersToAllFiveRegions) {
  const Scenario& s = peace_talks();
  const Issue* t = s.find_issue("territory");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->kind, IssueKind::options);
  ASSERT_EQ(t->options.size(), 5u);
  EXPECT_EQ(t->options.front().id, "restore_1991");
  EXPECT_EQ(t->options.back().id, "withdraw_all_five");
  const Position* rus = s.find_position("RUS", "territory");
  const Position* ukr = s.find_position("UKR", "territory");
  ASSERT_NE(rus, nullptr);
  ASSERT_NE(ukr, nullptr);
  EXPECT_DOUBLE_EQ(rus->ideal.value, 4.0);  // withdraw_all_five
  EXPECT_DOUBLE_EQ(ukr->ideal.value, 0.0);  // restore_1991
  // The latest reports (May and December 2025) have Russia insist on all the claimed regions;
  // the January 2025 floor (a frozen line, line 9 of the Bloomberg report) is the range's end.
  ASSERT_TRUE(rus->red_line.has_value());
  EXPECT_DOUBLE_EQ(rus->red_line->value, t->option_index("withdraw_all_five"));
  EXPECT_FALSE(rus->red_line->assumption);
  ASSERT_TRUE(rus->red_line->range.has_value());
  EXPECT_DOUBLE_EQ(rus->red_line->range->low, t->option_index("freeze_line"));
  EXPECT_TRUE(cites(*rus, "putin-conditions-2024", 10));
  EXPECT_TRUE(cites(*rus, "nato-briefing-2025-12", 7));
  EXPECT_TRUE(cites(*rus, "reuters-nato-pledge-2025-05", 50));
  // Zelensky accepts a truce with land occupied: Ukraine's red line is the frozen line, assumed.
  ASSERT_TRUE(ukr->red_line.has_value());
  EXPECT_DOUBLE_EQ(ukr->red_line->value, t->option_index("freeze_line"));
  EXPECT_TRUE(ukr->red_line->assumption);
  EXPECT_TRUE(cites(*ukr, "bloomberg-terms-2025-01", 12));
}

TEST(PeaceTalks, PartiesHaveAPositionOnEveryIssue) {
  const Scenario& s = peace_talks();
  for (const char* actor : {"RUS", "UKR"}) {
    for (const std::string& issue : kIssueIds) {
      EXPECT_NE(s.find_position(actor, issue), nullptr) << actor << " x " << issue;
    }
    const auto* a = s.find_actor(actor);
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->reservation.has_value()) << actor;
    EXPECT_TRUE(a->reservation->assumption) << actor;
    EXPECT_TRUE(a->reservation->range.has_value()) << actor;
  }
  for (const auto& a : s.actors) {
    EXPECT_TRUE(a.capability.assumption) << a.id;
    EXPECT_TRUE(a.capability.range.has_value()) << a.id;
    EXPECT_FALSE(a.aliases.empty()) << a.id;
  }
  // Supporters and the US have positions where the articles show them.
  for (const char* actor : {"USA", "NATO", "EUR"}) {
    int n = 0;
    for (const auto& p : s.positions) n += p.actor == actor;
    EXPECT_GE(n, 3) << actor;
  }
}

TEST(PeaceTalks, AliasesCoverSpellingsAndScripts) {
  const Scenario& s = peace_talks();
  auto has = [&](const char* actor, const std::string& text) {
    const auto* a = s.find_actor(actor);
    if (a == nullptr) return false;
    return std::any_of(a->aliases.begin(), a->aliases.end(),
                       [&](const auto& al) { return al.text == text; });
  };
  for (const char* t : {"Kremlin", "Кремль", "Putin", "Путин", "Peskov", "Medinsky", "Lavrov"}) {
    EXPECT_TRUE(has("RUS", t)) << t;
  }
  for (const char* t : {"Kyiv", "Kiev", "Київ", "Киев", "Zelensky", "Zelenskyy", "Зеленський",
                        "Зеленский", "Sybiha", "Yermak", "Umerov", "Arestovych"}) {
    EXPECT_TRUE(has("UKR", t)) << t;
  }
  for (const char* t : {"Witkoff", "Rubio", "Trump", "Washington"}) EXPECT_TRUE(has("USA", t)) << t;
}

TEST(PeaceTalks, EvidencePointsAtArticleLinesInOwnWords) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << "no corpus at " << kCorpus;
  const Scenario& s = peace_talks();
  const auto nonarticle = nlohmann::json::parse(read_text(kCorpus / "gold" / "nonarticle.json"));

  std::map<std::string, std::string> file_of;  // source id -> corpus file
  for (const auto& src : s.meta.sources) {
    file_of[src.id] = src.file;
    EXPECT_TRUE(fs::is_regular_file(kCorpus / src.file)) << src.id << ": " << src.file;
  }
  std::map<std::string, std::vector<std::string>> lines_of;
  int checked = 0;
  for (const Position& p : s.positions) {
    for (const auto& e : p.evidence) {
      SCOPED_TRACE(label(p) + " cites " + e.doc + ":" + std::to_string(e.line));
      ASSERT_TRUE(file_of.count(e.doc));
      const std::string& file = file_of[e.doc];
      if (!lines_of.count(file)) lines_of[file] = read_lines(kCorpus / file);
      const auto& lines = lines_of[file];
      ASSERT_GE(e.line, 1);
      ASSERT_LE(static_cast<std::size_t>(e.line), lines.size());
      const std::string& line = lines[static_cast<std::size_t>(e.line) - 1];
      EXPECT_FALSE(is_blank(line));
      if (nonarticle.contains(file)) {
        for (const auto& range : nonarticle[file]) {
          const int lo = range.at(0).get<int>(), hi = range.at(1).get<int>();
          EXPECT_FALSE(e.line >= lo && e.line <= hi) << "cites chrome/comments " << lo << "-" << hi;
        }
      }
      EXPECT_FALSE(e.note.empty());
      EXPECT_LT(longest_shared_run(words(e.note), words(line)), 6u)
          << "note copies the article: " << e.note;
      ++checked;
    }
  }
  EXPECT_GE(checked, 60);
}

TEST(PeaceTalks, WordRunCheckWorks) {
  EXPECT_EQ(words("Kyiv’s “toothy” guarantees, київ!"),
            (std::vector<std::string>{"kyiv", "s", "toothy", "guarantees", "київ"}));
  EXPECT_EQ(longest_shared_run(words("a b c d e f"), words("x A, b c d; e f y")), 6u);
  EXPECT_EQ(longest_shared_run(words("a b c"), words("c b a")), 1u);
}

TEST(PeaceTalks, ReportedPositionsHaveEvidenceAndSaliencesAreAssumptions) {
  const Scenario& s = peace_talks();
  for (const Position& p : s.positions) {
    if (!p.assumption) {
      EXPECT_FALSE(p.evidence.empty()) << label(p);
    }
    if (p.assumption) {
      EXPECT_FALSE(p.note.empty()) << label(p) << ": say why it is inferred";
    }
    EXPECT_TRUE(p.salience.assumption) << label(p);
    ASSERT_TRUE(p.salience.range.has_value()) << label(p);
    EXPECT_LE(p.salience.range->low, p.salience.value) << label(p);
    EXPECT_GE(p.salience.range->high, p.salience.value) << label(p);
    EXPECT_GT(p.salience.value, 0.0) << label(p);
    EXPECT_LE(p.salience.value, 1.0) << label(p);
  }
}

TEST(PeaceTalks, RedLinesSitOnTheRightSideOfTheIdeal) {
  const Scenario& s = peace_talks();
  int red_lines = 0;
  for (const Position& p : s.positions) {
    if (!p.red_line) continue;
    ++red_lines;
    const Issue* issue = s.find_issue(p.issue);
    ASSERT_NE(issue, nullptr);
    const double ideal = p.ideal.value, red = p.red_line->value;
    EXPECT_GE(red, issue->scale_min()) << label(p);
    EXPECT_LE(red, issue->scale_max()) << label(p);
    const bool low = contains(issue->low.favoured_by, p.actor);
    const bool high = contains(issue->high.favoured_by, p.actor);
    EXPECT_FALSE(low && high) << label(p);
    if (red == ideal) {
      EXPECT_NE(low, high) << label(p) << ": a red line on the ideal needs a favoured end";
    }
    if (low) {
      EXPECT_GE(red, ideal) << label(p);
    }
    if (high) {
      EXPECT_LE(red, ideal) << label(p);
    }
  }
  EXPECT_GE(red_lines, 10);
  // The 2022 drafts record no agreement on force caps (Bloomberg report, line 24): Russia's
  // army red line lies above its 85,000 ideal, Ukraine's below its 250,000, and a gap remains.
  for (const char* issue : {"army_size", "tank_count", "missile_range"}) {
    const Position& rus = position("RUS", issue);
    const Position& ukr = position("UKR", issue);
    ASSERT_TRUE(rus.red_line && ukr.red_line) << issue;
    EXPECT_GT(rus.red_line->value, rus.ideal.value) << issue;
    EXPECT_LT(ukr.red_line->value, ukr.ideal.value) << issue;
    EXPECT_LT(rus.red_line->value, ukr.red_line->value) << issue;
    EXPECT_TRUE(cites(rus, "bloomberg-terms-2025-01", 24)) << issue;
    EXPECT_TRUE(cites(ukr, "bloomberg-terms-2025-01", 24)) << issue;
    // Assumed, with ranges spanning both 2022 figures.
    for (const Position* p : {&rus, &ukr}) {
      EXPECT_TRUE(p->red_line->assumption) << label(*p);
      ASSERT_TRUE(p->red_line->range.has_value()) << label(*p);
      EXPECT_DOUBLE_EQ(p->red_line->range->low, rus.ideal.value) << label(*p);
      EXPECT_DOUBLE_EQ(p->red_line->range->high, ukr.ideal.value) << label(*p);
    }
  }
  // By hand: a third and two thirds of the way from 85,000 to 250,000.
  EXPECT_DOUBLE_EQ(position("RUS", "army_size").red_line->value, 140000);
  EXPECT_DOUBLE_EQ(position("UKR", "army_size").red_line->value, 195000);
}

// Red lines stated by the sources, checked line by line against the articles.
TEST(PeaceTalks, RedLinesFollowTheSources) {
  // Russia: bilateral arms pacts are tolerated (Bloomberg report, line 5), so its
  // security-guarantee red line accepts them, and nothing beyond.
  const Position& guarantees = position("RUS", "security_guarantees");
  ASSERT_TRUE(guarantees.red_line.has_value());
  EXPECT_DOUBLE_EQ(guarantees.red_line->value, option("security_guarantees", "bilateral"));
  EXPECT_TRUE(cites(guarantees, "bloomberg-terms-2025-01", 5));
  EXPECT_FALSE(cites(guarantees, "istanbul-talks-2022-03", 3)) << "the reporter's judgment";
  // A written pledge, not a political one (Reuters, lines 16, 26, 74).
  const Position& expansion = position("RUS", "nato_expansion");
  ASSERT_TRUE(expansion.red_line.has_value());
  EXPECT_DOUBLE_EQ(expansion.red_line->value, option("nato_expansion", "written_ban"));
  EXPECT_FALSE(expansion.red_line->range.has_value());
  for (int line : {16, 26, 74}) EXPECT_TRUE(cites(expansion, "reuters-nato-pledge-2025-05", line));
  // Ukraine offered in 2022 to stay out of NATO (Istanbul report, line 3): a red line at
  // renunciation, assumed since it was tied to guarantees.
  const Position& membership = position("UKR", "nato_membership");
  ASSERT_TRUE(membership.red_line.has_value());
  EXPECT_DOUBLE_EQ(membership.red_line->value, option("nato_membership", "renounced"));
  EXPECT_TRUE(cites(membership, "istanbul-talks-2022-03", 3));
  // Ukraine denies Russia a veto (Reuters, line 34): no written ban.
  const Position& ukr_expansion = position("UKR", "nato_expansion");
  ASSERT_TRUE(ukr_expansion.red_line.has_value());
  EXPECT_GT(ukr_expansion.red_line->value, option("nato_expansion", "written_ban"));
  // Putin floated dropping neutrality (Bloomberg report, line 19): the range reaches "none".
  const Position& neutrality = position("RUS", "neutrality");
  ASSERT_TRUE(neutrality.red_line && neutrality.red_line->range);
  EXPECT_DOUBLE_EQ(neutrality.red_line->range->low, option("neutrality", "none"));
  EXPECT_TRUE(cites(neutrality, "bloomberg-terms-2025-01", 19));
  // Trump: no membership card for Ukraine (Reuters, line 68).
  const Position& usa = position("USA", "nato_membership");
  ASSERT_TRUE(usa.red_line.has_value());
  EXPECT_LT(usa.red_line->value, option("nato_membership", "member"));
  EXPECT_TRUE(cites(usa, "reuters-nato-pledge-2025-05", 68));
}

// Positions the articles do not state as fact are assumptions, with ranges.
TEST(PeaceTalks, UnstatedPointsAreAssumptions) {
  const std::vector<std::pair<std::string, std::string>> assumed_ideals = {
      {"RUS", "frozen_assets"}, {"RUS", "government"},   {"UKR", "ceasefire"},
      {"UKR", "military_aid"},  {"UKR", "neutrality"},   {"UKR", "humanitarian"},
      {"USA", "ceasefire"},     {"NATO", "military_aid"}};
  for (const auto& [actor, issue] : assumed_ideals) {
    const Position& p = position(actor, issue);
    EXPECT_TRUE(p.ideal.assumption) << label(p);
    EXPECT_TRUE(p.ideal.range.has_value()) << label(p);
  }
  // Only NATO's and analysts' assessments: the whole position is inferred.
  EXPECT_TRUE(position("RUS", "government").assumption);
  // "Resolved", not "released" (Reuters, line 28): marked weak.
  const Position& assets = position("RUS", "frozen_assets");
  ASSERT_EQ(assets.evidence.size(), 1u);
  EXPECT_TRUE(assets.evidence[0].weak);
  // A red line the articles do not state is an assumption whose range leaves room to doubt:
  // at least one option step, or a fifth of a numeric scale.
  for (const Position& p : peace_talks().positions) {
    if (!p.red_line || !p.red_line->assumption) continue;
    const Issue* issue = peace_talks().find_issue(p.issue);
    ASSERT_NE(issue, nullptr);
    ASSERT_TRUE(p.red_line->range.has_value()) << label(p);
    const double width = p.red_line->range->high - p.red_line->range->low;
    const double least = issue->kind == IssueKind::options ? 1.0 : 0.2 * (issue->max - issue->min);
    EXPECT_GE(width, least) << label(p);
  }
}

// Lines that a careful reading found cited for what they do not say.
TEST(PeaceTalks, CitationsThatDoNotSupportTheirClaimAreGone) {
  // 001:24 is a ban on foreign weapons (military aid), not a missile-range figure.
  const Position& missiles = position("RUS", "missile_range");
  for (const auto& e : missiles.evidence) {
    if (e.doc == "bloomberg-terms-2025-01" && e.line == 24) {
      EXPECT_EQ(e.note.find("missiles from abroad"), std::string::npos);
    }
  }
  EXPECT_TRUE(cites(position("RUS", "military_aid"), "bloomberg-terms-2025-01", 24));
  // 004:6 is a regrouping near Kyiv, not a ceasefire stance; 004:2 states no position.
  for (const Position& p : peace_talks().positions) {
    EXPECT_FALSE(cites(p, "istanbul-talks-2022-03", 6)) << label(p);
    EXPECT_FALSE(cites(p, "istanbul-talks-2022-03", 2)) << label(p);
  }
  // 003:68 is about membership, not enlargement.
  EXPECT_FALSE(cites(position("USA", "nato_expansion"), "reuters-nato-pledge-2025-05", 68));
  // 001:21: the oil sanctions came from the outgoing administration.
  for (const auto& e : position("USA", "sanctions").evidence) {
    if (e.doc != "bloomberg-terms-2025-01" || e.line != 21) continue;
    EXPECT_TRUE(e.weak);
    EXPECT_NE(e.by.find("outgoing"), std::string::npos);
  }
  // 000:3 speaks of cultural demands, not language rights.
  EXPECT_FALSE(cites(position("RUS", "language_rights"), "nato-briefing-2025-12", 3));
}

// Every piece of evidence says who stated it, directly or second-hand, and when where known.
TEST(PeaceTalks, EvidenceSaysWhoStatedIt) {
  using parley::scenario::Attribution;
  int direct = 0, reported = 0;
  for (const Position& p : peace_talks().positions) {
    for (const auto& e : p.evidence) {
      SCOPED_TRACE(label(p) + " cites " + e.doc + ":" + std::to_string(e.line));
      EXPECT_NE(e.attribution, Attribution::unstated);
      EXPECT_FALSE(e.by.empty());
      direct += e.attribution == Attribution::direct;
      reported += e.attribution == Attribution::reported;
    }
  }
  EXPECT_GT(direct, 10);
  EXPECT_GT(reported, 10);
  // Anonymous sources are second-hand; Putin's own conditions are direct.
  for (const auto& e : position("RUS", "nato_expansion").evidence) {
    if (e.by.find("sources") != std::string::npos) {
      EXPECT_EQ(e.attribution, Attribution::reported) << e.line;
    }
  }
  for (const auto& e : position("RUS", "nato_membership").evidence) {
    if (e.doc == "putin-conditions-2024" && e.line == 14) {
      EXPECT_EQ(e.attribution, Attribution::direct);
      EXPECT_EQ(e.by, "Vladimir Putin");
    }
  }
}

// The figures the articles state travel with the evidence: the 2022 caps equal the ideals.
TEST(PeaceTalks, StatedFiguresAreValues) {
  int figures = 0;
  for (const Position& p : peace_talks().positions) {
    const Issue* issue = peace_talks().find_issue(p.issue);
    ASSERT_NE(issue, nullptr);
    for (const auto& e : p.evidence) {
      if (!e.value) continue;
      ++figures;
      EXPECT_FALSE(e.unit.empty()) << label(p);
      if (issue->kind == IssueKind::numeric) {
        EXPECT_DOUBLE_EQ(*e.value, p.ideal.value) << label(p);
        EXPECT_EQ(e.unit, issue->unit) << label(p);
      }
    }
  }
  EXPECT_GE(figures, 8);  // six caps, the fifth of the land, the 23,000 km²
}

// docs/peace-talks.md's method table: one row per position, with the lines the scenario cites
// ("001:25", "w" when weak) and the confidence its rule gives: high when the ideal is stated and
// a non-weak line says it directly, medium when only others report it, low otherwise.
TEST(PeaceTalks, MethodTableMatchesTheScenario) {
  using parley::scenario::Attribution;
  const std::string doc = read_text(kSource / "docs" / "peace-talks.md");
  std::map<std::string, std::string> prefix;  // source id -> corpus file number
  for (const auto& src : peace_talks().meta.sources) prefix[src.id] = src.file.substr(0, 3);
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> rows;
  std::istringstream in(doc);
  std::string line;
  bool in_table = false;
  while (std::getline(in, line)) {
    if (line.rfind("| actor | issue | ideal | red line | source lines |", 0) == 0) {
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.empty() || line[0] != '|') break;
    if (line.rfind("| ---", 0) == 0) continue;
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '|') {
        cell.erase(0, cell.find_first_not_of(' '));
        cell.erase(cell.find_last_not_of(' ') + 1);
        cells.push_back(cell);
        cell.clear();
      } else {
        cell.push_back(line[i]);
      }
    }
    ASSERT_EQ(cells.size(), 7u) << line;
    EXPECT_TRUE(rows.emplace(std::make_pair(cells[0], cells[1]), cells).second) << line;
  }
  ASSERT_EQ(rows.size(), peace_talks().positions.size());
  for (const Position& p : peace_talks().positions) {
    SCOPED_TRACE(label(p));
    const auto it = rows.find({p.actor, p.issue});
    ASSERT_NE(it, rows.end());
    std::string lines;
    bool direct = false, reported = false;
    for (const auto& e : p.evidence) {
      lines += (lines.empty() ? "" : ", ") + prefix[e.doc] + ":" + std::to_string(e.line) +
               (e.weak ? "w" : "");
      if (!e.weak) {
        direct |= e.attribution == Attribution::direct;
        reported |= e.attribution == Attribution::reported;
      }
    }
    EXPECT_EQ(it->second[4], lines.empty() ? "—" : lines);
    const bool assumed = p.assumption || p.ideal.assumption || (!direct && !reported);
    EXPECT_EQ(it->second[6], assumed ? "low" : direct ? "high" : "medium");
    EXPECT_EQ(it->second[3].empty() || it->second[3] == "—", !p.red_line.has_value());
  }
}

TEST(PeaceTalks, IdsAreThoseOfTheCorpusReadme) {
  const fs::path readme = kCorpus / "README.md";
  if (!fs::is_regular_file(readme)) GTEST_SKIP() << "no corpus README at " << readme;
  const std::string text = read_text(readme);
  const auto actor_ids = table_ids(text, "### Actors");
  const auto issue_ids = table_ids(text, "### Issues (the proposition that `+` favours)");
  ASSERT_EQ(actor_ids.size(), 7u);
  ASSERT_EQ(issue_ids.size(), 19u);
  const Scenario& s = peace_talks();
  for (const auto& a : s.actors) EXPECT_TRUE(contains(actor_ids, a.id)) << a.id;
  for (const auto& i : s.issues) EXPECT_TRUE(contains(issue_ids, i.id)) << i.id;
  for (const auto& id : issue_ids) EXPECT_NE(s.find_issue(id), nullptr) << id;
  for (const auto& id : actor_ids) EXPECT_NE(s.find_actor(id), nullptr) << id;
}

TEST(LabourContract, LoadsWithTwoParties) {
  const Scenario s =
      parley::io::read_scenario_file((kSource / "examples" / "labour-contract.yaml").string());
  const auto parties = std::count_if(s.actors.begin(), s.actors.end(),
                                     [](const auto& a) { return a.role == Role::party; });
  EXPECT_EQ(parties, 2);
  const Issue* wage = s.find_issue("wage_raise");
  ASSERT_NE(wage, nullptr);
  EXPECT_EQ(wage->kind, IssueKind::numeric);
  EXPECT_EQ(wage->unit, "percent");
  const Position* board_shift = s.find_position("BOARD", "shift_length");
  ASSERT_NE(board_shift, nullptr);
  EXPECT_EQ(board_shift->option_values, (std::vector<double>{0.2, 0.7, 1.0, 0.6}));
  const Position* union_wage = s.find_position("UNION", "wage_raise");
  ASSERT_NE(union_wage, nullptr);
  EXPECT_DOUBLE_EQ(union_wage->ideal.value, 6.0);
  EXPECT_EQ(union_wage->shape, parley::scenario::Shape::quadratic);
  const Position* union_shift = s.find_position("UNION", "shift_length");
  ASSERT_NE(union_shift, nullptr);
  EXPECT_EQ(union_shift->shape, parley::scenario::Shape::piecewise);
  ASSERT_EQ(union_shift->points.size(), 4u);
  EXPECT_DOUBLE_EQ(union_shift->points[2].at, 2.0);  // "ten" is the third option
  EXPECT_DOUBLE_EQ(union_shift->points[2].value, 0.3);
  EXPECT_EQ(s.bargaining.levels, 9);
}

}  // namespace
