// GENIUS reader: the shipped GENIUS scenarios against reference.json (values computed by an
// independent implementation of GENIUS's semantics), a hand-computed tiny domain, and malformed
// inputs that must be reported with file, line and field.
#include "parley/io/genius_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "parley/core/diagnostic.hpp"

namespace {

namespace fs = std::filesystem;
using parley::InputError;
using parley::bargain::AdditiveSpace;
using parley::bargain::Package;
using parley::io::read_genius;
using parley::io::read_genius_dir;

const fs::path kGenius = fs::path(PARLEY_SHARED_DIR) / "peers" / "genius";

nlohmann::json reference() {
  std::ifstream in(kGenius / "reference.json");
  return nlohmann::json::parse(in);
}

// Calls f(package) for every package of the space (odometer order).
template <typename F>
void for_each_package(const AdditiveSpace& space, F&& f) {
  Package package(space.issue_count(), 0);
  while (true) {
    f(package);
    std::size_t i = 0;
    for (; i < package.size(); ++i) {
      if (++package[i] < space.level_count(i)) break;
      package[i] = 0;
    }
    if (i == package.size()) return;
  }
}

TEST(GeniusReader, ShippedScenariosMatchReference) {
  if (!fs::exists(kGenius / "reference.json")) GTEST_SKIP() << "no shared GENIUS data";
  const auto ref = reference();
  ASSERT_EQ(ref.size(), 8u);
  for (const auto& [name, expected] : ref.items()) {
    SCOPED_TRACE(name);
    const auto domain = read_genius_dir((kGenius / name).string());
    const AdditiveSpace& space = domain.space;
    EXPECT_NO_THROW(parley::bargain::check_consistent(space));
    ASSERT_EQ(space.party_count(), expected["parties"].get<std::size_t>());
    EXPECT_EQ(space.issue_count(), expected["issues"].get<std::size_t>());
    std::size_t outcomes = 1;
    for (std::size_t i = 0; i < space.issue_count(); ++i) outcomes *= space.level_count(i);
    EXPECT_EQ(outcomes, expected["outcomes"].get<std::size_t>());
    for (std::size_t p = 0; p < space.party_count(); ++p) {
      EXPECT_EQ(space.parties[p] + ".xml", expected["profiles"][p].get<std::string>());
      EXPECT_NEAR(space.reservation[p], expected["reservation"][p].get<double>(), 1e-12);
    }

    const std::size_t parties = space.party_count();
    std::vector<double> lo(parties, std::numeric_limits<double>::infinity());
    std::vector<double> hi(parties, -std::numeric_limits<double>::infinity());
    std::vector<double> u(parties);
    std::size_t count = 0;
    for_each_package(space, [&](const Package& x) {
      parley::bargain::utilities(space, x, u.data());
      for (std::size_t p = 0; p < parties; ++p) {
        lo[p] = std::min(lo[p], u[p]);
        hi[p] = std::max(hi[p], u[p]);
      }
      ++count;
    });
    EXPECT_EQ(count, outcomes);
    for (std::size_t p = 0; p < parties; ++p) {
      EXPECT_NEAR(lo[p], expected["utility_ranges"][p][0].get<double>(), 1e-6);
      EXPECT_NEAR(hi[p], expected["utility_ranges"][p][1].get<double>(), 1e-6);
    }

    // The reference Nash outcome, given by value labels, has the reference Nash utilities.
    Package nash;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      const auto& labels = space.issues[i].level_labels;
      const auto label = expected["nash_outcome"][i].get<std::string>();
      const auto at = std::find(labels.begin(), labels.end(), label);
      ASSERT_NE(at, labels.end()) << label;
      nash.push_back(static_cast<std::uint32_t>(at - labels.begin()));
    }
    parley::bargain::utilities(space, nash, u.data());
    for (std::size_t p = 0; p < parties; ++p)
      EXPECT_NEAR(u[p], expected["nash_d_reservation"][p].get<double>(), 1e-6);
  }
}

TEST(GeniusReader, LaptopByHand) {
  if (!fs::exists(kGenius / "Laptop")) GTEST_SKIP() << "no shared GENIUS data";
  const auto domain = read_genius((kGenius / "Laptop" / "Laptop-C-domain.xml").string(),
                                  {(kGenius / "Laptop" / "Laptop-C-prof1.xml").string(),
                                   (kGenius / "Laptop" / "Laptop-C-prof2.xml").string()});
  EXPECT_EQ(domain.space.parties, (std::vector<std::string>{"Laptop-C-prof1", "Laptop-C-prof2"}));
  ASSERT_EQ(domain.issues.size(), 3u);
  EXPECT_EQ(domain.issues[0].name, "Laptop");
  EXPECT_EQ(domain.issues[0].values, (std::vector<std::string>{"Dell", "Macintosh", "HP"}));
  EXPECT_EQ(domain.issues[2].name, "External Monitor");
  EXPECT_EQ(domain.issues[2].values[0], "19'' LCD");
  // prof1, (Dell, 60 Gb, 19'' LCD): 0.4452125771655631·12/30 + 0.37808251708013424·30/30
  // + 0.1767567099260568·30/30 (weights and evaluations read off the XML).
  double u[2];
  parley::bargain::utilities(domain.space, {0, 0, 0}, u);
  EXPECT_NEAR(u[0], 0.4452125771655631 * 0.4 + 0.37808251708013424 + 0.1767567099260568, 1e-12);
  // prof2, (Macintosh, 80 Gb, 20'' LCD): 0.37808251708013424·1 + 0.1767567099260568·1
  // + 0.4452125771655631·2/3.
  parley::bargain::utilities(domain.space, {1, 1, 1}, u);
  EXPECT_NEAR(u[1], 0.37808251708013424 + 0.1767567099260568 + 0.4452125771655631 * 2.0 / 3.0,
              1e-12);
  EXPECT_EQ(domain.name, "Laptop-C-domain");
}

// A tiny GENIUS scenario written to a temporary directory, line by line, so that tests can break
// one line and know where the reader must point.
class TinyGenius : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("parley_genius_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::vector<std::string> domain_lines() {
    return {
        "<negotiation_template>",                                    // 1
        "<utility_space>",                                           // 2
        "<objective index=\"0\" name=\"root\" type=\"objective\">",  // 3
        "<issue index=\"1\" name=\"A\" type=\"discrete\">",          // 4
        "<item index=\"1\" value=\"a1\"/>",                          // 5
        "<item index=\"2\" value=\"a2\"/>",                          // 6
        "</issue>",                                                  // 7
        "<issue index=\"2\" name=\"B\" type=\"discrete\">",          // 8
        "<item index=\"1\" value=\"b1\"/>",                          // 9
        "<item index=\"2\" value=\"b2\"/>",                          // 10
        "</issue>",                                                  // 11
        "</objective>",                                              // 12
        "</utility_space>",                                          // 13
        "</negotiation_template>",                                   // 14
    };
  }
  static std::vector<std::string> profile_lines() {
    return {
        "<utility_space>",                                           // 1
        "<reservation value=\"0.25\"/>",                             // 2
        "<objective index=\"0\" name=\"root\" type=\"objective\">",  // 3
        "<issue index=\"1\" name=\"A\" type=\"discrete\">",          // 4
        "<item index=\"1\" value=\"a1\" evaluation=\"1\"/>",         // 5
        "<item index=\"2\" value=\"a2\" evaluation=\"4\"/>",         // 6
        "</issue>",                                                  // 7
        "<issue index=\"2\" name=\"B\" type=\"discrete\">",          // 8
        "<item index=\"1\" value=\"b1\" evaluation=\"2\"/>",         // 9
        "<item index=\"2\" value=\"b2\" evaluation=\"1\"/>",         // 10
        "</issue>",                                                  // 11
        "<weight index=\"1\" value=\"0.6\"/>",                       // 12
        "<weight index=\"2\" value=\"0.4\"/>",                       // 13
        "</objective>",                                              // 14
        "</utility_space>",                                          // 15
    };
  }
  void write(const std::string& name, const std::vector<std::string>& lines) const {
    std::ofstream out(dir_ / name);
    for (const auto& line : lines) out << line << '\n';
  }
  // Writes tiny_domain.xml, p1.xml and p2.xml, with line `line` (1-based) of `file` replaced.
  void write_case(const std::string& file = "", int line = 0, const std::string& text = "") const {
    auto domain = domain_lines();
    auto p1 = profile_lines();
    auto& target = file == "domain" ? domain : p1;
    if (line > 0) target[static_cast<std::size_t>(line - 1)] = text;
    write("tiny_domain.xml", domain);
    write("p1.xml", p1);
    write("p2.xml", profile_lines());
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // The single diagnostic of reading the case directory.
  parley::Diagnostic error() const {
    try {
      read_genius_dir(dir_.string());
    } catch (const InputError& e) {
      EXPECT_EQ(e.diagnostics().size(), 1u);
      return e.diagnostics().front();
    }
    ADD_FAILURE() << "no InputError";
    return {};
  }
  // Every diagnostic of reading the case directory (none when it reads).
  std::vector<parley::Diagnostic> errors() const {
    try {
      read_genius_dir(dir_.string());
    } catch (const InputError& e) {
      return e.diagnostics();
    }
    return {};
  }
  // Expects exactly `expected` (file, line, field), in this order, each with a message.
  void expect_errors(const std::vector<parley::Diagnostic>& all,
                     const std::vector<std::tuple<std::string, int, std::string>>& expected) const {
    std::string listing;
    for (const auto& d : all) listing += d.to_string() + "\n";
    ASSERT_EQ(all.size(), expected.size()) << listing;
    for (std::size_t k = 0; k < all.size(); ++k) {
      const auto& [file, line, field] = expected[k];
      EXPECT_EQ(all[k].file, file == "." ? dir_.string() : path(file)) << listing;
      EXPECT_EQ(all[k].line, line) << listing;
      EXPECT_EQ(all[k].field, field) << listing;
      EXPECT_FALSE(all[k].message.empty()) << listing;
    }
  }
  void expect_error(const std::string& file, int line, const std::string& field) const {
    const auto d = error();
    EXPECT_EQ(d.file, path(file)) << d.to_string();
    EXPECT_EQ(d.line, line) << d.to_string();
    EXPECT_EQ(d.field, field) << d.to_string();
    EXPECT_FALSE(d.message.empty());
  }

  fs::path dir_;
};

TEST_F(TinyGenius, ValidCaseByHand) {
  write_case();
  const auto domain = read_genius_dir(dir_.string());
  EXPECT_EQ(domain.domain_file, path("tiny_domain.xml"));
  EXPECT_EQ(domain.space.parties, (std::vector<std::string>{"p1", "p2"}));
  EXPECT_EQ(domain.space.reservation, (std::vector<double>{0.25, 0.25}));
  // A: evaluations 1, 4 → 0.25, 1; B: 2, 1 → 1, 0.5; weights 0.6, 0.4.
  double u[2];
  parley::bargain::utilities(domain.space, {1, 0}, u);
  EXPECT_NEAR(u[0], 1.0, 1e-15);
  parley::bargain::utilities(domain.space, {0, 1}, u);
  EXPECT_NEAR(u[0], 0.6 * 0.25 + 0.4 * 0.5, 1e-15);
  EXPECT_EQ(domain.space.issues[1].level_labels, (std::vector<std::string>{"b1", "b2"}));
  for (const auto& row : domain.space.acceptable)
    for (auto a : row) EXPECT_EQ(a, 1);
}

TEST_F(TinyGenius, ReservationAbsentIsZero) {
  auto p = profile_lines();
  p[1] = "";
  write_case();
  write("p2.xml", p);
  const auto domain = read_genius_dir(dir_.string());
  EXPECT_EQ(domain.space.reservation, (std::vector<double>{0.25, 0.0}));
}

TEST_F(TinyGenius, IntegerIssue) {
  auto d = domain_lines();
  d.insert(d.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\" lowerbound=\"2\" "
           "upperbound=\"6\"/>");
  auto p = profile_lines();
  p.insert(p.begin() + 13, "<weight index=\"3\" value=\"0.5\"/>");
  p.insert(p.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\"><evaluator ftype=\"linear\" "
           "slope=\"0.3\" offset=\"0.1\"/></issue>");
  auto q = profile_lines();
  q.insert(q.begin() + 13, "<weight index=\"3\" value=\"1\"/>");
  q.insert(q.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\"><evaluator ftype=\"linear\" "
           "parameter0=\"-0.5\" parameter1=\"0.25\"/></issue>");
  write("tiny_domain.xml", d);
  write("p1.xml", p);
  write("p2.xml", q);
  const auto domain = read_genius_dir(dir_.string());
  ASSERT_EQ(domain.space.issue_count(), 3u);
  EXPECT_EQ(domain.space.issues[2].level_labels,
            (std::vector<std::string>{"2", "3", "4", "5", "6"}));
  // p1: 0.5 · clamp01(0.3·(v − 2) + 0.1) = 0.5 · {0.1, 0.4, 0.7, 1.0, 1.0}.
  // p2: 1 · clamp01(0.25·v − 0.5) = {0, 0.25, 0.5, 0.75, 1}.
  const double p1[] = {0.05, 0.2, 0.35, 0.5, 0.5};
  const double p2[] = {0.0, 0.25, 0.5, 0.75, 1.0};
  for (std::size_t l = 0; l < 5; ++l) {
    EXPECT_NEAR(domain.space.value(2, l, 0), p1[l], 1e-12) << l;
    EXPECT_NEAR(domain.space.value(2, l, 1), p2[l], 1e-12) << l;
  }
}

TEST_F(TinyGenius, MalformedXml) {
  write_case("p1", 7, "</isue>");
  expect_error("p1.xml", 7, "");
}

TEST_F(TinyGenius, MissingIssue) {
  write_case("p1", 8, "<issue index=\"2\" name=\"B\" type=\"discrete\"/>");
  // B is now empty: the items that followed belong to the objective; remove them too.
  auto p = profile_lines();
  p.erase(p.begin() + 7, p.begin() + 11);  // lines 8..11: issue B
  p.erase(p.begin() + 8);                  // its weight (now line 9)
  write("p1.xml", p);
  expect_error("p1.xml", 3, "issues[B]");
}

TEST_F(TinyGenius, ExtraIssue) {
  write_case("p1", 11, "</issue><issue index=\"3\" name=\"Z\" type=\"discrete\"></issue>");
  expect_error("p1.xml", 11, "issues[Z]");
}

TEST_F(TinyGenius, UnknownValue) {
  write_case("p1", 9, "<item index=\"1\" value=\"b9\" evaluation=\"2\"/>");
  expect_error("p1.xml", 9, "issues[B].items[b9]");
}

TEST_F(TinyGenius, MissingValue) {
  write_case("p1", 10, "");
  expect_error("p1.xml", 8, "issues[B].items[b2]");
}

TEST_F(TinyGenius, NegativeWeight) {
  write_case("p1", 13, "<weight index=\"2\" value=\"-0.4\"/>");
  expect_error("p1.xml", 13, "weights[2].value");
}

TEST_F(TinyGenius, NanWeight) {
  write_case("p1", 12, "<weight index=\"1\" value=\"NaN\"/>");
  expect_error("p1.xml", 12, "weights[1].value");
}

TEST_F(TinyGenius, MissingWeight) {
  write_case("p1", 12, "");
  expect_error("p1.xml", 4, "issues[A].weight");
}

TEST_F(TinyGenius, NegativeEvaluation) {
  write_case("p1", 6, "<item index=\"2\" value=\"a2\" evaluation=\"-4\"/>");
  expect_error("p1.xml", 6, "issues[A].items[a2].evaluation");
}

TEST_F(TinyGenius, NonNumericEvaluation) {
  write_case("p1", 5, "<item index=\"1\" value=\"a1\" evaluation=\"high\"/>");
  expect_error("p1.xml", 5, "issues[A].items[a1].evaluation");
}

TEST_F(TinyGenius, AllEvaluationsZero) {
  auto p = profile_lines();
  p[8] = "<item index=\"1\" value=\"b1\" evaluation=\"0\"/>";
  p[9] = "<item index=\"2\" value=\"b2\" evaluation=\"0.0\"/>";
  write_case();
  write("p1.xml", p);
  expect_error("p1.xml", 8, "issues[B]");
}

TEST_F(TinyGenius, UnknownIssueType) {
  write_case("domain", 8, "<issue index=\"2\" name=\"B\" type=\"fuzzy\">");
  expect_error("tiny_domain.xml", 8, "issues[B].type");
}

TEST_F(TinyGenius, RealIssueIsRejected) {
  write_case("domain", 4, "<issue index=\"1\" name=\"A\" type=\"real\">");
  expect_error("tiny_domain.xml", 4, "issues[A].type");
}

TEST_F(TinyGenius, HugeIntegerRange) {
  write_case("domain", 8,
             "<issue index=\"2\" name=\"B\" type=\"integer\" "
             "lowerbound=\"-9223372036854775808\" upperbound=\"9223372036854775807\">");
  expect_error("tiny_domain.xml", 8, "issues[B].upperbound");
}

TEST_F(TinyGenius, UnknownEvaluator) {
  auto d = domain_lines();
  d.insert(d.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\" lowerbound=\"0\" upperbound=\"3\"/>");
  auto p = profile_lines();
  p.insert(p.begin() + 13, "<weight index=\"3\" value=\"0.5\"/>");
  p.insert(p.begin() + 11, "<issue index=\"3\" name=\"C\" type=\"integer\">");
  p.insert(p.begin() + 12, "<evaluator ftype=\"exponential\" slope=\"1\" offset=\"0\"/>");
  p.insert(p.begin() + 13, "</issue>");
  auto q = profile_lines();  // p2 is valid: C with a linear evaluator
  q.insert(q.begin() + 13, "<weight index=\"3\" value=\"0.5\"/>");
  q.insert(q.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\"><evaluator ftype=\"linear\" "
           "slope=\"0.25\" offset=\"0\"/></issue>");
  write_case();
  write("tiny_domain.xml", d);
  write("p1.xml", p);
  write("p2.xml", q);
  expect_error("p1.xml", 13, "issues[C].evaluator.ftype");
}

TEST_F(TinyGenius, OneProfileIsNotEnough) {
  write_case();
  fs::remove(dir_ / "p2.xml");
  const auto d = error();
  EXPECT_EQ(d.file, dir_.string());
  EXPECT_NE(d.message.find("at least two profiles"), std::string::npos) << d.message;
}

TEST_F(TinyGenius, EmptyDirectory) {
  const auto d = error();
  EXPECT_EQ(d.file, dir_.string());
  EXPECT_NE(d.message.find("no .xml files"), std::string::npos) << d.message;
}

TEST_F(TinyGenius, NotADirectory) {
  write_case();
  try {
    read_genius_dir(path("p1.xml"));
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().front().file, path("p1.xml"));
    EXPECT_NE(e.diagnostics().front().message.find("not a directory"), std::string::npos);
  }
  EXPECT_THROW(read_genius_dir(path("absent")), InputError);
}

TEST_F(TinyGenius, NoDomainFile) {
  write_case();
  fs::remove(dir_ / "tiny_domain.xml");
  write("p3.xml", profile_lines());
  const auto d = error();
  EXPECT_EQ(d.file, dir_.string());
  EXPECT_NE(d.message.find("no GENIUS domain"), std::string::npos) << d.message;
}

TEST_F(TinyGenius, BinaryGarbage) {
  write_case();
  std::ofstream(dir_ / "p1.xml", std::ios::binary) << std::string("\x00\xff\x13<<\x01", 6);
  const auto d = error();
  EXPECT_EQ(d.file, path("p1.xml"));
}

TEST_F(TinyGenius, SeveralProblemsInOneProfileAreReportedTogether) {
  auto p = profile_lines();
  p[5] = "<item index=\"2\" value=\"a2\" evaluation=\"-4\"/>";
  p[8] = "<item index=\"1\" value=\"b9\" evaluation=\"2\"/>";
  p[11] = "<weight index=\"1\" value=\"NaN\"/>";
  write_case();
  write("p1.xml", p);
  const auto all = errors();
  expect_errors(all, {{"p1.xml", 6, "issues[A].items[a2].evaluation"},
                      {"p1.xml", 9, "issues[B].items[b9]"},
                      {"p1.xml", 12, "weights[1].value"}});
  // The misspelt value's message names the value that has no evaluation.
  ASSERT_EQ(all.size(), 3u);
  EXPECT_NE(all[1].message.find("values without an evaluation: 'b1'"), std::string::npos)
      << all[1].message;
}

TEST_F(TinyGenius, ProblemsInEveryFileAreReportedTogether) {
  // The domain, then each profile, each file's problems in line order. Issue B, broken in the
  // domain, is passed over in the profiles (no "not an issue of the domain", no weight problem).
  auto d = domain_lines();
  d[7] = "<issue index=\"2\" name=\"B\" type=\"fuzzy\">";
  auto p1 = profile_lines();
  p1[6] = "</isue>";
  auto p2 = profile_lines();
  p2[4] = "<item index=\"1\" value=\"a1\" evaluation=\"high\"/>";
  p2[11] = "<weight index=\"1\" value=\"-0.6\"/>";
  p2[12] = "<weight index=\"2\" value=\"-0.4\"/>";
  write("tiny_domain.xml", d);
  write("p1.xml", p1);
  write("p2.xml", p2);
  expect_errors(errors(), {{"tiny_domain.xml", 8, "issues[B].type"},
                           {"p1.xml", 7, ""},
                           {"p2.xml", 5, "issues[A].items[a1].evaluation"},
                           {"p2.xml", 12, "weights[1].value"}});
}

TEST_F(TinyGenius, ReadGeniusReportsEveryProfile) {
  auto p1 = profile_lines();
  p1[1] = "<reservation value=\"low\"/>";
  auto p2 = profile_lines();
  p2[12] = "";
  write_case();
  write("p1.xml", p1);
  write("p2.xml", p2);
  try {
    read_genius(path("tiny_domain.xml"), {path("p1.xml"), path("p2.xml"), path("absent.xml")});
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    expect_errors(e.diagnostics(), {{"p1.xml", 2, "reservation.value"},
                                    {"p2.xml", 8, "issues[B].weight"},
                                    {"absent.xml", 0, ""}});
  }
}

TEST_F(TinyGenius, SeveralDomainProblemsAtOnce) {
  auto d = domain_lines();
  d[4] = "<item index=\"1\" value=\"\"/>";    // A: an item without a value
  d[8] = "<item index=\"1\" value=\"b2\"/>";  // B: b2 twice
  d.insert(d.begin() + 11, "<issue index=\"3\" name=\"C\" type=\"integer\" lowerbound=\"x\"/>");
  d.insert(d.begin() + 12, "<issue index=\"4\" name=\"A\" type=\"discrete\"/>");
  write_case();
  write("tiny_domain.xml", d);
  expect_errors(errors(), {{"tiny_domain.xml", 5, "issues[A].items[].value"},
                           {"tiny_domain.xml", 10, "issues[B].items[b2]"},
                           {"tiny_domain.xml", 12, "issues[C].lowerbound"},
                           {"tiny_domain.xml", 12, "issues[C].upperbound"},
                           {"tiny_domain.xml", 13, "issues[A]"}});
  EXPECT_NE(errors().back().message.find("appears twice"), std::string::npos);
}

TEST_F(TinyGenius, TwoIssuesWithOneIndex) {
  write_case("p1", 8, "<issue index=\"1\" name=\"B\" type=\"discrete\">");
  // B's weight (index 2) then matches no issue.
  expect_errors(errors(), {{"p1.xml", 8, "issues[B].index"}, {"p1.xml", 13, "weights[2]"}});
}

TEST_F(TinyGenius, WeightsThatOverflow) {
  auto p = profile_lines();
  p[11] = "<weight index=\"1\" value=\"1e308\"/>";
  p[12] = "<weight index=\"2\" value=\"1.7e308\"/>";
  write_case();
  write("p1.xml", p);
  expect_error("p1.xml", 3, "weights");
}

TEST_F(TinyGenius, IntegerEvaluatorOverflowClampsToZeroOrOne) {
  // slope·(v − lowerbound) + offset for v = 2..5: −1e308, 0, 1e308, +inf → 0, 0, 1, 1 (the old
  // offset − slope·lowerbound form gave inf − inf = NaN).
  auto d = domain_lines();
  d.insert(d.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\" lowerbound=\"2\" "
           "upperbound=\"5\"/>");
  auto p = profile_lines();
  p.insert(p.begin() + 13, "<weight index=\"3\" value=\"1\"/>");
  p.insert(p.begin() + 11,
           "<issue index=\"3\" name=\"C\" type=\"integer\"><evaluator ftype=\"linear\" "
           "slope=\"1e308\" offset=\"-1e308\"/></issue>");
  write("tiny_domain.xml", d);
  write("p1.xml", p);
  write("p2.xml", p);
  const auto domain = read_genius_dir(dir_.string());
  const double expected[] = {0, 0, 1, 1};
  for (std::size_t l = 0; l < 4; ++l) EXPECT_EQ(domain.space.value(2, l, 0), expected[l]) << l;
}

TEST_F(TinyGenius, AMillionValuesInAll) {
  // Ten integer issues of 100,000 values each beside A and B (4 values): the tenth (I9, line 21)
  // takes the domain past 10^6 values.
  auto d = domain_lines();
  for (int k = 0; k < 10; ++k)
    d.insert(d.begin() + 11 + k, "<issue index=\"" + std::to_string(3 + k) + "\" name=\"I" +
                                     std::to_string(k) +
                                     "\" type=\"integer\" lowerbound=\"0\" upperbound=\"99999\"/>");
  write_case();
  write("tiny_domain.xml", d);
  // The domain's problem first; then the profiles, which lack I0..I8 (I9 is passed over).
  const auto all = errors();
  ASSERT_EQ(all.size(), 19u);
  expect_errors({all.front()}, {{"tiny_domain.xml", 21, "issues[I9].upperbound"}});
  for (std::size_t k = 1; k < all.size(); ++k) EXPECT_NE(all[k].file, path("tiny_domain.xml"));
}

TEST(GeniusSafeId, KeepsValidIdsAndRepairsOthers) {
  EXPECT_EQ(parley::io::genius_safe_id("Laptop-C-prof1", "p"), "Laptop-C-prof1");
  EXPECT_EQ(parley::io::genius_safe_id("External Monitor", "i"), "External_Monitor");
  EXPECT_EQ(parley::io::genius_safe_id("19'' LCD", "v"), "v19_LCD");
  EXPECT_EQ(parley::io::genius_safe_id("$3.47", "v"), "v3.47");
  EXPECT_EQ(parley::io::genius_safe_id("", "v"), "v");
}

}  // namespace
