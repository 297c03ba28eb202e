// The evidence store (io/evidence_store.hpp): creating, opening and reopening a store in a
// temporary directory, idempotent adds by hash, the claim filters and their order, summaries, and
// files that are not parley stores — refused, named, and left byte for byte as they were.

#include "parley/io/evidence_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <stdexcept>

#include "io/evidence_store_test_support.hpp"
#include "parley/core/diagnostic.hpp"

namespace parley::io::store_testing {
namespace {

using evidence::Claim;
using evidence::Stance;
using ::testing::HasSubstr;

Claim claim(const std::string& doc, int line, const std::string& actor, const std::string& issue,
            Stance stance, std::optional<double> value = std::nullopt) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.actor = actor;
  c.issue = issue;
  c.stance = stance;
  c.value = value;
  c.unit = value ? "tanks" : "";
  c.cue = "wants";
  c.sentence = actor + " on " + issue + " at " + doc + ":" + std::to_string(line) + ".";
  return c;
}

// Opening `path` throws an InputError naming the file whose message holds `fragment`.
void expect_refused(const std::string& path, const std::string& fragment) {
  try {
    EvidenceStore::open(path);
    ADD_FAILURE() << path << " was opened";
  } catch (const InputError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, path);
    EXPECT_THAT(e.what(), HasSubstr(path));
    EXPECT_THAT(e.what(), HasSubstr(fragment));
  }
}

TEST(EvidenceStore, CreatesOpensAndReopens) {
  TempDir dir;
  const auto path = dir.file("evidence.sqlite");
  const auto doc = synthetic_document(3);
  const auto claims = synthetic_claims(doc, 3);
  {
    auto store = EvidenceStore::open(path);
    EXPECT_EQ(store.path(), path);
    EXPECT_TRUE(fs::exists(path));
    EXPECT_TRUE(store.documents().empty());
    EXPECT_EQ(store.claim_count(), 0u);
    EXPECT_TRUE(store.add(doc, 7, claims));
  }
  // Reopened by a new connection: everything is there, in the same words.
  auto store = EvidenceStore::open(path);
  const auto documents = store.documents();
  ASSERT_EQ(documents.size(), 1u);
  const auto& d = documents[0];
  EXPECT_EQ(d.hash, doc.hash);
  EXPECT_EQ(d.name, "doc_00003.txt");
  EXPECT_EQ(d.format, evidence::Format::html);
  EXPECT_EQ(d.lines, 12u);
  EXPECT_EQ(d.sentences, 7u);
  EXPECT_EQ(d.problems, 0u);
  EXPECT_EQ(d.claims, claims.size());
  EXPECT_TRUE(std::regex_match(d.ingested_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << d.ingested_at;
  EXPECT_EQ(store.claims(), claims);
  EXPECT_EQ(store.claim_count(), claims.size());
  EXPECT_EQ(store.document_count(), 1u);
  EXPECT_TRUE(store.integrity_problems().empty());

  // What the file says of itself.
  EXPECT_EQ(raw_text(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(raw_text(path, "PRAGMA user_version"), "2");
  EXPECT_EQ(raw_text(path, "SELECT value FROM meta WHERE key = 'schema_version'"), "2");
  EXPECT_EQ(raw_text(path, "SELECT value FROM meta WHERE key = 'format'"), "parley evidence store");
}

TEST(EvidenceStore, KeepsEveryFieldOfAClaim) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  auto doc = synthetic_document(1, 3);
  doc.format = evidence::Format::text;
  doc.problems.push_back({2, 5, "invalid UTF-8 byte 0xC3 replaced by U+FFFD"});
  Claim c = claim(doc.name, 2, "RUS", "tank_count", Stance::threaten, -0.5);
  c.favours = false;
  c.redline = true;
  c.conditional = true;
  c.source = "three sources";
  c.cue = "threatened «to walk out»";
  c.unit = "km2";
  Claim bare = claim(doc.name, 3, "UKR", "ceasefire", Stance::accept);
  ASSERT_TRUE(store.add(doc, 2, {c, bare}));
  EXPECT_EQ(store.claims(), (std::vector<Claim>{c, bare}));
  EXPECT_EQ(store.documents()[0].problems, 1u);
  EXPECT_EQ(store.documents()[0].format, evidence::Format::text);
}

TEST(EvidenceStore, AddIsIdempotentByHash) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  const auto doc = synthetic_document(5);
  const auto claims = synthetic_claims(doc, 5);
  EXPECT_TRUE(store.add(doc, 4, claims));
  EXPECT_FALSE(store.add(doc, 4, claims));
  // The hash is the identity: the same bytes under another name are the same document.
  auto renamed = doc;
  renamed.name = "copy.txt";
  auto renamed_claims = claims;
  for (auto& c : renamed_claims) c.doc = renamed.name;
  EXPECT_FALSE(store.add(renamed, 4, renamed_claims));
  ASSERT_EQ(store.documents().size(), 1u);
  EXPECT_EQ(store.documents()[0].name, doc.name);
  EXPECT_EQ(store.claims(), claims);
  // Other bytes under the same name are another document.
  auto edited = doc;
  edited.hash = fake_hash(6);
  EXPECT_TRUE(store.add(edited, 4, {}));
  EXPECT_EQ(store.document_count(), 2u);
  EXPECT_EQ(store.claim_count(), claims.size());
}

TEST(EvidenceStore, FiltersAndOrdersByDocumentThenLine) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  const auto a = synthetic_document(10);
  const auto b = synthetic_document(11);
  // Added out of line order: read back by line.
  ASSERT_TRUE(store.add(a, 3,
                        {claim(a.name, 9, "RUS", "tank_count", Stance::demand, 342),
                         claim(a.name, 2, "UKR", "ceasefire", Stance::offer),
                         claim(a.name, 5, "RUS", "ceasefire", Stance::reject)}));
  ASSERT_TRUE(store.add(b, 1, {claim(b.name, 1, "RUS", "tank_count", Stance::demand, 343)}));

  auto lines = [](const std::vector<Claim>& claims) {
    std::vector<std::string> out;
    for (const auto& c : claims) out.push_back(c.doc + ":" + std::to_string(c.line));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(lines(store.claims()),
            (V{"doc_00010.txt:2", "doc_00010.txt:5", "doc_00010.txt:9", "doc_00011.txt:1"}));
  EXPECT_EQ(lines(store.claims({.actor = "RUS"})),
            (V{"doc_00010.txt:5", "doc_00010.txt:9", "doc_00011.txt:1"}));
  EXPECT_EQ(lines(store.claims({.issue = "ceasefire"})), (V{"doc_00010.txt:2", "doc_00010.txt:5"}));
  EXPECT_EQ(lines(store.claims({.actor = "RUS", .issue = "tank_count"})),
            (V{"doc_00010.txt:9", "doc_00011.txt:1"}));
  EXPECT_TRUE(store.claims({.actor = "USA"}).empty());
  EXPECT_TRUE(store.claims({.actor = "UKR", .issue = "tank_count"}).empty());
}

TEST(EvidenceStore, SummarisesEachActorAndIssue) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  const auto a = synthetic_document(20);
  const auto b = synthetic_document(21);
  const auto c = synthetic_document(22);
  ASSERT_TRUE(store.add(a, 5,
                        {claim(a.name, 3, "RUS", "tank_count", Stance::demand, 342),
                         claim(a.name, 4, "UKR", "tank_count", Stance::demand, 300),
                         claim(a.name, 6, "UKR", "tank_count", Stance::offer, 200)}));
  ASSERT_TRUE(store.add(b, 5,
                        {claim(b.name, 1, "RUS", "tank_count", Stance::demand, 343),
                         claim(b.name, 2, "RUS", "ceasefire", Stance::reject)}));
  ASSERT_TRUE(store.add(c, 5, {claim(c.name, 8, "RUS", "tank_count", Stance::demand, 342)}));

  const auto all = store.summaries();
  ASSERT_EQ(all.size(), 3u);  // by actor, then issue
  EXPECT_EQ(all[0].actor + "/" + all[0].issue, "RUS/ceasefire");
  EXPECT_EQ(all[1].actor + "/" + all[1].issue, "RUS/tank_count");
  EXPECT_EQ(all[2].actor + "/" + all[2].issue, "UKR/tank_count");

  // 342 (twice) against 343: one stance, one unit, two values.
  const Summary& tanks = all[1];
  EXPECT_EQ(tanks.reports, 3u);
  EXPECT_EQ(tanks.count(Stance::demand), 3u);
  EXPECT_EQ(tanks.count(Stance::offer), 0u);
  EXPECT_EQ(tanks.values, (std::vector<StatedValue>{{342, "tanks", 2}, {343, "tanks", 1}}));
  EXPECT_TRUE(tanks.values_disagree);
  EXPECT_EQ(tanks.latest.doc, c.name);  // ingested last
  EXPECT_EQ(tanks.latest.line, 8);

  // A demand of 300 and an offer of 200 are two stances, not a disagreement.
  const Summary& ukraine = all[2];
  EXPECT_EQ(ukraine.count(Stance::demand), 1u);
  EXPECT_EQ(ukraine.count(Stance::offer), 1u);
  EXPECT_EQ(ukraine.values.size(), 2u);
  EXPECT_FALSE(ukraine.values_disagree);
  EXPECT_EQ(ukraine.latest.line, 6);  // the last line of the only document

  const Summary& ceasefire = all[0];
  EXPECT_EQ(ceasefire.count(Stance::reject), 1u);
  EXPECT_TRUE(ceasefire.values.empty());
  EXPECT_FALSE(ceasefire.values_disagree);

  const auto filtered = store.summaries({.issue = "tank_count"});
  ASSERT_EQ(filtered.size(), 2u);
  EXPECT_EQ(filtered[0], tanks);
  EXPECT_EQ(filtered[1], ukraine);
}

TEST(EvidenceStore, RejectsInvalidArgumentsBeforeWriting) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  auto doc = synthetic_document(1);
  auto no_hash = doc;
  no_hash.hash = "";
  EXPECT_THROW(store.add(no_hash, 1, {}), std::invalid_argument);
  auto upper = doc;
  upper.hash = std::string(64, 'A');
  EXPECT_THROW(store.add(upper, 1, {}), std::invalid_argument);
  EXPECT_THROW(store.add(doc, 1, {claim("other.txt", 1, "RUS", "x", Stance::demand)}),
               std::invalid_argument);
  EXPECT_THROW(store.add(doc, 1, {claim(doc.name, 1, "RUS", "x", Stance::demand, std::nan(""))}),
               std::invalid_argument);
  EXPECT_EQ(store.document_count(), 0u);
  EXPECT_TRUE(store.add(doc, 1, {}));  // the connection is still usable
}

TEST(EvidenceStore, IsMovable) {
  TempDir dir;
  auto first = EvidenceStore::open(dir.file("a.db"));
  EvidenceStore moved(std::move(first));
  EXPECT_TRUE(moved.add(synthetic_document(1), 1, {}));
  auto other = EvidenceStore::open(dir.file("b.db"));
  other = std::move(moved);  // closes b.db's connection
  EXPECT_EQ(other.path(), dir.file("a.db"));
  EXPECT_EQ(other.document_count(), 1u);
}

TEST(EvidenceStore, TurnsAnEmptyFileIntoAStore) {
  // An empty file is what an interrupted creation leaves; there is nothing in it to lose.
  TempDir dir;
  const auto path = dir.file("empty.db");
  write_bytes(path, "");
  auto store = EvidenceStore::open(path);
  EXPECT_TRUE(store.add(synthetic_document(1), 1, {}));
}

TEST(EvidenceStore, RefusesAFileThatIsNotSqlite) {
  TempDir dir;
  const auto path = dir.file("notes.txt");
  const std::string bytes = "parley: 1\nmeta:\n  title: Wage talks\n" + std::string(4096, 'x');
  write_bytes(path, bytes);
  expect_refused(path, "not an SQLite database");
  EXPECT_EQ(read_bytes(path), bytes);
  // Nothing written beside it either (no -wal, -shm or -journal file).
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);

  const auto small = dir.file("small.bin");
  write_bytes(small, "SQLite");
  expect_refused(small, "not an SQLite database");
  EXPECT_EQ(read_bytes(small), "SQLite");
}

TEST(EvidenceStore, RefusesAnotherProgramsSqliteDatabase) {
  TempDir dir;
  const auto path = dir.file("other.db");
  raw_exec(path,
           "CREATE TABLE documents (x TEXT); INSERT INTO documents VALUES ('theirs');"
           "CREATE TABLE meta (key TEXT, value TEXT);");
  const auto bytes = read_bytes(path);
  expect_refused(path, "not a parley evidence store");
  EXPECT_EQ(read_bytes(path), bytes);
  EXPECT_EQ(raw_text(path, "PRAGMA journal_mode"), "delete");  // not switched to WAL

  // An SQLite database with no tables at all is not ours either.
  const auto bare = dir.file("bare.db");
  raw_exec(bare, "PRAGMA user_version = 7; VACUUM;");
  const auto bare_bytes = read_bytes(bare);
  ASSERT_FALSE(bare_bytes.empty());
  expect_refused(bare, "not a parley evidence store");
  EXPECT_EQ(read_bytes(bare), bare_bytes);
}

TEST(EvidenceStore, RefusesANewerSchemaVersion) {
  TempDir dir;
  const auto path = dir.file("future.db");
  {
    auto store = EvidenceStore::open(path);
    ASSERT_TRUE(store.add(synthetic_document(1), 1, {}));
  }
  raw_exec(path,
           "PRAGMA user_version = 3; UPDATE meta SET value = '3' WHERE key = 'schema_version';"
           "PRAGMA wal_checkpoint(TRUNCATE);");
  const auto bytes = read_bytes(path);
  expect_refused(path, "schema version 3, newer than this build of parley reads (version 2)");
  EXPECT_EQ(read_bytes(path), bytes);
  EXPECT_EQ(raw_text(path, "PRAGMA user_version"), "3");
}

TEST(EvidenceStore, RefusesADirectoryAndAMissingFolder) {
  TempDir dir;
  expect_refused(dir.path().string(), "is a directory");
  expect_refused(dir.file("no/such/folder/s.db"), "cannot be opened");
  EXPECT_FALSE(fs::exists(dir.path() / "no"));
}

}  // namespace
}  // namespace parley::io::store_testing
