#pragma once
// The evidence store: the documents parley has read and the claims extracted from them, kept in
// one SQLite file (docs/evidence.md, "The evidence store"). A document is stored whole or not at
// all (one transaction per document, claims included) and is known by the SHA-256 of its original
// bytes, so ingesting the same file twice, or re-running an ingest that was killed half-way,
// stores each document once.
//
// SQLite stays out of this header. One EvidenceStore is one connection: use it from one thread at
// a time; several processes may open the same store (writers wait up to a busy timeout).

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parley/evidence/claim.hpp"
#include "parley/evidence/document.hpp"

namespace parley::io {

// The schema version this build writes and reads (`PRAGMA user_version` and meta.schema_version).
// Version 2 added documents.published; a version-1 store is upgraded when opened for writing and
// read as it is when opened read-only.
inline constexpr int kEvidenceStoreSchemaVersion = 2;

// Number of evidence::Stance values (demand … threaten), the size of Summary::stances.
inline constexpr std::size_t kStanceCount = 5;

// A stored document: what the store keeps of it (not its text).
struct StoredDocument {
  std::int64_t id = 0;  // ingestion order: a later document has a larger id
  std::string hash;     // SHA-256 of the original bytes, lower-case hex (64 characters)
  std::string name;     // Document::name, how claims cite it
  evidence::Format format = evidence::Format::text;
  std::size_t lines = 0;      // Document::lines.size()
  std::size_t sentences = 0;  // as given to add()
  std::size_t problems = 0;   // Document::problems.size()
  std::size_t claims = 0;     // claims stored for it
  std::string ingested_at;    // UTC, ISO-8601: "2026-11-30T01:55:12Z"
  std::string published;      // Document::published: "2025-05-14", empty when unknown
  bool operator==(const StoredDocument&) const = default;
};

// Which claims to read; an absent filter matches every claim. `{.actor = "RUS"}`.
struct ClaimQuery {
  std::optional<std::string> actor = std::nullopt;
  std::optional<std::string> issue = std::nullopt;
};

// A value stated for an actor and issue, in its unit, and how many claims state it.
struct StatedValue {
  double value = 0;
  std::string unit;
  std::size_t reports = 0;
  bool operator==(const StatedValue&) const = default;
};

// What the store holds on one actor and one issue, built with evidence::merge_claims and
// evidence::disagreements (evidence/merge.hpp).
struct Summary {
  std::string actor;
  std::string issue;
  std::size_t reports = 0;                          // claims in all
  std::array<std::size_t, kStanceCount> stances{};  // claims per stance, indexed by Stance
  // The latest claim: of the dated claims, the last with the latest publication date; when none
  // is dated, the last in ingestion order (latest document, its last line).
  evidence::Claim latest;
  std::vector<StatedValue> values;  // distinct (unit, value) pairs, by unit then increasing value
  // Some stance is stated with different values in one unit (evidence::disagreements is not
  // empty); a demand of 300 and an offer of 200 are not a disagreement.
  bool values_disagree = false;

  std::size_t count(evidence::Stance stance) const {
    return stances[static_cast<std::size_t>(stance)];
  }
  bool operator==(const Summary&) const = default;
};

class EvidenceStore {
 public:
  // Opens the store at `path`, creating the file and its schema when the file is absent (or empty,
  // as a store whose creation was interrupted leaves it). Throws InputError naming the file when
  // it is a directory, cannot be opened or written, is not an SQLite database, is an SQLite
  // database without parley's schema, or has a newer schema version than this build; such a file
  // is left as it was. Sets write-ahead logging (persistent in the file), synchronous=NORMAL,
  // foreign keys and a busy timeout of 5 s on the connection.
  // With Access::read_only the file must exist and hold a store of this build's schema version or
  // an older one (read as it is, never upgraded); nothing is written and add() is not allowed
  // (std::logic_error). For reading a store on a read-only disk or by another user.
  enum class Access { read_write, read_only };
  static EvidenceStore open(const std::string& path, Access access = Access::read_write);

  EvidenceStore(EvidenceStore&&) noexcept;
  EvidenceStore& operator=(EvidenceStore&&) noexcept;
  EvidenceStore(const EvidenceStore&) = delete;
  EvidenceStore& operator=(const EvidenceStore&) = delete;
  ~EvidenceStore();  // closes the connection

  const std::string& path() const;

  // Stores `doc` (its hash, name, format, counts and publication date; not its text), the number of
  // sentences read from it, and `claims`, in one transaction. Returns false, changing nothing, when
  // a document with the same hash is already stored. Every claim's `doc` must be `doc.name`, the
  // hash 64 lower-case hex digits, the publication date empty or YYYY-MM-DD and no value NaN
  // (std::invalid_argument otherwise, before any write). Throws InputError naming the store when
  // SQLite fails (disk full, store busy for over 5 s); the transaction is then rolled back.
  bool add(const evidence::Document& doc, std::size_t sentences,
           const std::vector<evidence::Claim>& claims);

  // Every stored document, in ingestion order.
  std::vector<StoredDocument> documents() const;
  std::size_t document_count() const;

  // The stored claims that match `q`, in ingestion order of their documents, then by line (claims
  // of one line in the order they were added). Claim::doc is the document's name.
  std::vector<evidence::Claim> claims(const ClaimQuery& q = {}) const;
  std::size_t claim_count() const;

  // One summary per actor and issue among the claims that match `q`, ordered by actor then issue.
  std::vector<Summary> summaries(const ClaimQuery& q = {}) const;

  // SQLite's `PRAGMA integrity_check`: empty when the file is sound, else its problems.
  std::vector<std::string> integrity_problems() const;

 private:
  struct Impl;
  explicit EvidenceStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::io
