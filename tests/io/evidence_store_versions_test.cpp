// The evidence store across schema versions and access modes: a store written by version 1 (no
// publication dates) is upgraded in place when opened for writing, with nothing it held lost, and
// read as it is when opened read-only; publication dates are stored, read back and decide which
// claim is the latest.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

#include "io/evidence_store_test_support.hpp"
#include "parley/core/diagnostic.hpp"
#include "parley/io/evidence_store.hpp"

namespace parley::io::store_testing {
namespace {

using ::testing::HasSubstr;

// The schema and meta rows exactly as schema version 1 wrote them (parley 0.1, 2026-11), with one
// document and two claims.
constexpr const char* kVersion1Store = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  name TEXT NOT NULL, format TEXT NOT NULL CHECK (format IN ('text', 'html')),
  lines INTEGER NOT NULL CHECK (lines >= 0), sentences INTEGER NOT NULL CHECK (sentences >= 0),
  problems INTEGER NOT NULL CHECK (problems >= 0), ingested_at TEXT NOT NULL);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  line INTEGER NOT NULL, actor TEXT NOT NULL, issue TEXT NOT NULL,
  stance TEXT NOT NULL CHECK (stance IN ('demand', 'offer', 'accept', 'reject', 'threaten')),
  favours INTEGER NOT NULL CHECK (favours IN (0, 1)), value REAL, unit TEXT NOT NULL,
  redline INTEGER NOT NULL CHECK (redline IN (0, 1)),
  conditional INTEGER NOT NULL CHECK (conditional IN (0, 1)),
  source TEXT NOT NULL, cue TEXT NOT NULL, sentence TEXT NOT NULL);
CREATE INDEX claims_by_actor_issue ON claims (actor, issue);
CREATE INDEX claims_by_document ON claims (document_id, line);
INSERT INTO meta VALUES ('format', 'parley evidence store'), ('schema_version', '1'),
  ('created_by', 'parley 0.1.0'), ('created_at', '2026-11-29T10:00:00Z');
PRAGMA application_id = 1349676153; PRAGMA user_version = 1;
INSERT INTO documents VALUES (1, '00005eed00000000000000000000000000000000000000000000000000000001',
  'old.txt', 'text', 10, 4, 0, '2026-11-29T10:01:00Z');
INSERT INTO claims VALUES (1, 1, 3, 'RUS', 'nato', 'demand', 0, NULL, '', 1, 0, '', 'demands',
  'Russia demands that Ukraine stay out of NATO.');
INSERT INTO claims VALUES (2, 1, 7, 'UKR', 'tanks', 'offer', 1, 250.0, 'tanks', 0, 0, 'sources',
  'offers', 'Ukraine offers a cap of 250 tanks, sources said.');
)sql";

TEST(EvidenceStoreVersions, AVersion1StoreIsUpgradedWithNothingLost) {
  TempDir dir;
  const auto path = dir.file("v1.db");
  raw_exec(path, kVersion1Store);
  {
    auto store = EvidenceStore::open(path);
    const auto docs = store.documents();
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].name, "old.txt");
    EXPECT_EQ(docs[0].published, "");
    EXPECT_EQ(docs[0].claims, 2u);
    const auto claims = store.claims();
    ASSERT_EQ(claims.size(), 2u);
    EXPECT_EQ(claims[1].value, 250.0);
    EXPECT_EQ(claims[1].source, "sources");
    EXPECT_EQ(claims[1].date, "");
    // New documents carry their dates.
    auto doc = synthetic_document(2);
    doc.published = "2025-05-14";
    ASSERT_TRUE(store.add(doc, 3, synthetic_claims(doc, 2)));
    EXPECT_TRUE(store.integrity_problems().empty());
  }
  EXPECT_EQ(raw_text(path, "PRAGMA user_version"), "2");
  EXPECT_EQ(raw_text(path, "SELECT value FROM meta WHERE key = 'schema_version'"), "2");
  EXPECT_EQ(raw_text(path, "SELECT published FROM documents WHERE id = 2"), "2025-05-14");
  EXPECT_EQ(raw_text(path, "SELECT count(*) FROM claims"), std::to_string(2 + 1 + 2 % 7));
}

TEST(EvidenceStoreVersions, ReadOnlyReadsAVersion1StoreWithoutChangingIt) {
  TempDir dir;
  const auto path = dir.file("v1.db");
  raw_exec(path, kVersion1Store);
  const auto bytes = read_bytes(path);
  {
    const auto store = EvidenceStore::open(path, EvidenceStore::Access::read_only);
    EXPECT_EQ(store.claims().size(), 2u);
    EXPECT_EQ(store.documents()[0].published, "");
    EXPECT_EQ(store.summaries().size(), 2u);
  }
  EXPECT_EQ(read_bytes(path), bytes);
  EXPECT_EQ(raw_text(path, "PRAGMA user_version"), "1");
}

TEST(EvidenceStoreVersions, ReadOnlyNeitherCreatesNorWrites) {
  TempDir dir;
  const auto missing = dir.file("missing.db");
  try {
    (void)EvidenceStore::open(missing, EvidenceStore::Access::read_only);
    ADD_FAILURE() << "a missing store opened read-only";
  } catch (const InputError& e) {
    EXPECT_THAT(e.what(), HasSubstr("missing.db"));
    EXPECT_THAT(e.what(), HasSubstr("does not exist"));
  }
  EXPECT_FALSE(fs::exists(missing));

  const auto path = dir.file("s.db");
  {
    auto store = EvidenceStore::open(path);
    const auto doc = synthetic_document(1);
    ASSERT_TRUE(store.add(doc, 1, synthetic_claims(doc, 1)));
  }
  auto reader = EvidenceStore::open(path, EvidenceStore::Access::read_only);
  EXPECT_EQ(reader.document_count(), 1u);
  EXPECT_THROW(reader.add(synthetic_document(2), 1, {}), std::logic_error);
  EXPECT_EQ(reader.document_count(), 1u);
}

TEST(EvidenceStoreVersions, PublicationDatesAreStoredAndPickTheLatestClaim) {
  TempDir dir;
  auto store = EvidenceStore::open(dir.file("s.db"));
  // Ingested in this order: a page of May, an undated page, a page of March.
  const char* const kDates[] = {"2025-05-14", "", "2025-03-02"};
  for (unsigned n = 0; n < 3; ++n) {
    auto doc = synthetic_document(10 + n);
    doc.published = kDates[n];
    evidence::Claim c;
    c.doc = doc.name;
    c.line = 1;
    c.actor = "RUS";
    c.issue = "tanks";
    c.value = 300.0 + n;
    c.unit = "tanks";
    c.cue = "demands";
    c.sentence = "Claim " + std::to_string(n) + ".";
    ASSERT_TRUE(store.add(doc, 1, {c}));
  }
  const auto claims = store.claims();
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].date, "2025-05-14");
  EXPECT_EQ(claims[1].date, "");
  EXPECT_EQ(claims[2].date, "2025-03-02");
  const auto summaries = store.summaries();
  ASSERT_EQ(summaries.size(), 1u);
  // The latest publication date wins over the later ingestion.
  EXPECT_EQ(summaries[0].latest.sentence, "Claim 0.");

  auto bad = synthetic_document(20);
  bad.published = "14 May 2025";
  EXPECT_THROW(store.add(bad, 1, {}), std::invalid_argument);
  EXPECT_EQ(store.document_count(), 3u);
}

}  // namespace
}  // namespace parley::io::store_testing
