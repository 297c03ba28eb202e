#include "parley/io/evidence_store.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <utility>

#include "parley/core/diagnostic.hpp"
#include "parley/evidence/merge.hpp"

namespace parley::io {

namespace {

namespace fs = std::filesystem;
using evidence::Claim;
using evidence::Stance;

static_assert(static_cast<std::size_t>(Stance::threaten) + 1 == kStanceCount,
              "kStanceCount must follow evidence::Stance");

// `PRAGMA application_id` of a parley store: "Prly". A file with another id is not ours.
constexpr int kApplicationId = 0x50726C79;
constexpr const char* kFormatName = "parley evidence store";
constexpr int kBusyTimeoutMs = 5000;

// The schema of version 2 (docs/evidence.md; version 1 had no documents.published). Written in one
// transaction with the meta rows and the two pragmas, so that a store either has all of it or is
// still an empty file.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE
              CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  name        TEXT NOT NULL,
  format      TEXT NOT NULL CHECK (format IN ('text', 'html')),
  lines       INTEGER NOT NULL CHECK (lines >= 0),
  sentences   INTEGER NOT NULL CHECK (sentences >= 0),
  problems    INTEGER NOT NULL CHECK (problems >= 0),
  ingested_at TEXT NOT NULL,
  published   TEXT NOT NULL DEFAULT '' CHECK (published = '' OR
              published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE TABLE claims (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  line        INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  issue       TEXT NOT NULL,
  stance      TEXT NOT NULL
              CHECK (stance IN ('demand', 'offer', 'accept', 'reject', 'threaten')),
  favours     INTEGER NOT NULL CHECK (favours IN (0, 1)),
  value       REAL,
  unit        TEXT NOT NULL,
  redline     INTEGER NOT NULL CHECK (redline IN (0, 1)),
  conditional INTEGER NOT NULL CHECK (conditional IN (0, 1)),
  source      TEXT NOT NULL,
  cue         TEXT NOT NULL,
  sentence    TEXT NOT NULL
);
CREATE INDEX claims_by_actor_issue ON claims (actor, issue);
CREATE INDEX claims_by_document ON claims (document_id, line);
)sql";

constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct FinalizeStmt {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;
using Stmt = std::unique_ptr<sqlite3_stmt, FinalizeStmt>;

[[noreturn]] void refuse(const std::string& path, std::string message) {
  throw InputError(Diagnostic{path, 0, 0, "", std::move(message)});
}

// Resets a statement when leaving a scope, so that no statement keeps a read open after an error.
class ResetOnExit {
 public:
  explicit ResetOnExit(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~ResetOnExit() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  sqlite3_stmt* stmt_;
};

std::string column_text(sqlite3_stmt* stmt, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
  if (text == nullptr) return {};
  return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)));
}

std::size_t column_count(sqlite3_stmt* stmt, int column) {
  const auto n = sqlite3_column_int64(stmt, column);
  return n < 0 ? 0 : static_cast<std::size_t>(n);
}

const char* format_name(evidence::Format format) {
  return format == evidence::Format::html ? "html" : "text";
}

bool is_lower_hex_sha256(const std::string& hash) {
  if (hash.size() != 64) return false;
  for (char c : hash) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// One SQLite connection to a store, with the helpers every query uses.
struct Connection {
  std::string path;
  Db db;

  // An InputError naming the store, with SQLite's own words for what went wrong.
  [[noreturn]] void fail(const std::string& what, const std::string& field = "") const {
    const int code = sqlite3_errcode(db.get()) & 0xff;  // the primary code
    std::string message = fmt::format("{}: {}", what, sqlite3_errmsg(db.get()));
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      message += fmt::format(" (another process held the store for more than {} s)",
                             kBusyTimeoutMs / 1000);
    }
    throw InputError(Diagnostic{path, 0, 0, field, std::move(message)});
  }

  // `persistent`: the statement is kept and reused (SQLite then allocates it for the long run).
  Stmt prepare(const std::string& sql, bool persistent = false) const {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db.get(), sql.c_str(), static_cast<int>(sql.size()),
                           persistent ? SQLITE_PREPARE_PERSISTENT : 0, &stmt,
                           nullptr) != SQLITE_OK) {
      sqlite3_finalize(stmt);
      fail("cannot prepare a query of the evidence store");
    }
    return Stmt(stmt);
  }

  void exec(const char* sql, const char* what) const {
    if (sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(what);
  }

  // Steps `stmt`: true with a row, false when done; an error throws.
  bool step(sqlite3_stmt* stmt, const char* what, const std::string& field = "") const {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(what, field);
  }

  // The single integer a query such as "PRAGMA user_version" returns.
  std::int64_t integer(const char* sql, const char* what) const {
    Stmt stmt = prepare(sql);
    if (!step(stmt.get(), what)) return 0;
    return sqlite3_column_int64(stmt.get(), 0);
  }

  void bind_text(sqlite3_stmt* stmt, int index, const std::string& text) const {
    if (sqlite3_bind_text64(stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8) !=
        SQLITE_OK) {
      fail("cannot bind a value");
    }
  }
  void bind_int(sqlite3_stmt* stmt, int index, std::int64_t value) const {
    if (sqlite3_bind_int64(stmt, index, value) != SQLITE_OK) fail("cannot bind a value");
  }
};

// A write transaction: BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy
// timeout), so that two writers never both read and then fail to upgrade; rolled back unless
// committed.
class WriteTransaction {
 public:
  explicit WriteTransaction(const Connection& store) : store_(store) {
    store_.exec("BEGIN IMMEDIATE", "cannot start a write transaction");
  }
  ~WriteTransaction() {
    if (!done_) sqlite3_exec(store_.db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit() {
    store_.exec("COMMIT", "cannot commit");
    done_ = true;
  }

 private:
  const Connection& store_;
  bool done_ = false;
};

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

// What an opened file holds: nothing yet, a store of this build's schema, of an older one this
// build upgrades, of a newer one, or something else.
enum class Contents { empty, parley, older, newer, other };

// The oldest schema version this build reads and upgrades.
constexpr std::int64_t kOldestUpgradable = 1;

// Version 1 → 2: documents gain their publication date (empty for those stored before).
constexpr const char* kUpgradeTo2 = R"sql(
ALTER TABLE documents ADD COLUMN published TEXT NOT NULL DEFAULT '' CHECK (published = '' OR
  published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
UPDATE meta SET value = '2' WHERE key = 'schema_version';
PRAGMA user_version = 2;
)sql";

Contents identify(const Connection& store, std::int64_t* version) {
  // A file that is not SQLite fails on its first read, here, with SQLITE_NOTADB.
  if (sqlite3_exec(store.db.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                   nullptr) != SQLITE_OK) {
    if ((sqlite3_errcode(store.db.get()) & 0xff) == SQLITE_NOTADB) {
      refuse(store.path,
             "is not an evidence store (not an SQLite database); it was left unchanged");
    }
    store.fail("cannot read the file as an evidence store");
  }
  const auto application_id =
      store.integer("PRAGMA application_id", "cannot read the file as an evidence store");
  if (store.integer("PRAGMA page_count", "cannot read the file as an evidence store") == 0) {
    return Contents::empty;
  }
  if (application_id != kApplicationId) return Contents::other;
  // Ours by its id; the meta table says which version, and must agree with user_version.
  const auto user_version = store.integer("PRAGMA user_version", "cannot read the schema version");
  const bool has_meta =
      store.integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'",
                    "cannot read the schema") == 1;
  if (!has_meta) return Contents::other;
  Stmt meta = store.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!store.step(meta.get(), "cannot read the schema version", "meta.schema_version")) {
    return Contents::other;
  }
  const std::string stated = column_text(meta.get(), 0);
  if (stated != std::to_string(user_version)) {
    refuse(store.path, fmt::format("is an evidence store whose schema version is inconsistent "
                                   "(meta says '{}', user_version {}); it was left unchanged",
                                   stated, user_version));
  }
  *version = user_version;
  if (user_version > kEvidenceStoreSchemaVersion) return Contents::newer;
  if (user_version >= kOldestUpgradable && user_version < kEvidenceStoreSchemaVersion) {
    return Contents::older;
  }
  if (user_version < kEvidenceStoreSchemaVersion) return Contents::other;
  return Contents::parley;
}

// Upgrades a store of an older schema version to this build's, in one transaction: all of it or
// nothing. Another process may have upgraded it meanwhile; then there is nothing to do.
void upgrade_schema(const Connection& store) {
  WriteTransaction tx(store);
  if (store.integer("PRAGMA user_version", "cannot read the schema version") == 1) {
    store.exec(kUpgradeTo2, "cannot upgrade the evidence store's schema to version 2");
  }
  tx.commit();
}

void create_schema(const Connection& store) {
  WriteTransaction tx(store);
  // Another process may have created the store between our look and the write lock. (Inside a
  // write transaction an empty file already counts one page, so the schema is what tells.)
  if (store.integer("SELECT count(*) FROM sqlite_schema", "cannot read the file") != 0) return;
  store.exec(kSchema, "cannot create the evidence store's schema");
  const std::string meta = fmt::format(
      "INSERT INTO meta (key, value) VALUES ('format', '{}'), ('schema_version', '{}'), "
      "('created_by', 'parley {}'), ('created_at', {});"
      "PRAGMA application_id = {}; PRAGMA user_version = {};",
      kFormatName, kEvidenceStoreSchemaVersion, PARLEY_VERSION, kNow, kApplicationId,
      kEvidenceStoreSchemaVersion);
  store.exec(meta.c_str(), "cannot create the evidence store's schema");
  tx.commit();
}

std::optional<Stance> parse_stance(const std::string& text) {
  for (std::size_t i = 0; i < kStanceCount; ++i) {
    const auto stance = static_cast<Stance>(i);
    if (text == evidence::to_string(stance)) return stance;
  }
  return std::nullopt;
}

}  // namespace

struct EvidenceStore::Impl : Connection {
  std::int64_t version = kEvidenceStoreSchemaVersion;  // of the file (older when read-only)
  // The documents' publication date column, or an empty one for a version-1 store.
  const char* published_column() const { return version >= 2 ? "d.published" : "''"; }
  // Prepared once, reused by every add().
  Stmt insert_document;
  Stmt insert_claim;
};

EvidenceStore::EvidenceStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EvidenceStore::EvidenceStore(EvidenceStore&&) noexcept = default;
EvidenceStore& EvidenceStore::operator=(EvidenceStore&&) noexcept = default;
EvidenceStore::~EvidenceStore() = default;

const std::string& EvidenceStore::path() const {
  return impl_->path;
}

EvidenceStore EvidenceStore::open(const std::string& path, Access access) {
  const bool read_only = access == Access::read_only;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  const bool exists = fs::exists(status);
  if (exists && fs::is_directory(status)) refuse(path, "is a directory, not an evidence store");
  if (exists && !fs::is_regular_file(status)) refuse(path, "is not a regular file");
  if (read_only && !exists) refuse(path, "does not exist (no evidence store to read)");

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  // An existing file is opened without SQLITE_OPEN_CREATE, and nothing is written to it until it
  // is known to be a parley store (or an empty file).
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_EXRESCODE;
  if (!exists && !read_only) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  impl->db.reset(raw);
  if (rc != SQLITE_OK) {
    refuse(path, fmt::format("cannot be opened as an evidence store: {}",
                             raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  if (!read_only && sqlite3_db_readonly(raw, "main") == 1) {
    refuse(path, "cannot be written (the evidence store is opened for writing)");
  }
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);

  std::int64_t version = 0;
  switch (identify(*impl, &version)) {
    case Contents::empty:
      if (read_only) refuse(path, "is empty (no evidence store to read)");
      create_schema(*impl);
      if (identify(*impl, &version) != Contents::parley) {
        refuse(path, "is not an evidence store (it was created by another program meanwhile)");
      }
      break;
    case Contents::parley:
      break;
    case Contents::older:
      if (!read_only) {
        upgrade_schema(*impl);
        version = kEvidenceStoreSchemaVersion;
      }
      break;
    case Contents::newer:
      refuse(path, fmt::format("is an evidence store of schema version {}, newer than this build "
                               "of parley reads (version {}); it was left unchanged",
                               version, kEvidenceStoreSchemaVersion));
    case Contents::other:
      refuse(path,
             "is an SQLite database but not a parley evidence store (no parley schema); it was "
             "left unchanged");
  }

  impl->version = version;
  if (read_only) {
    impl->exec("PRAGMA foreign_keys = ON;", "cannot configure the connection");
    return EvidenceStore(std::move(impl));
  }

  // Only now, with the file known to be ours: write-ahead logging (persistent in the file),
  // synchronous=NORMAL (a commit survives the process being killed; on power loss the last
  // commits may be lost but the store stays consistent, and re-ingesting restores them), foreign
  // keys (per connection).
  {
    Stmt mode = impl->prepare("PRAGMA journal_mode = WAL");
    const bool got = impl->step(mode.get(), "cannot switch to write-ahead logging");
    const std::string journal = got ? column_text(mode.get(), 0) : "";
    if (journal != "wal") {
      refuse(path,
             fmt::format("cannot use write-ahead logging (journal mode stays '{}')", journal));
    }
  }
  impl->exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
             "cannot configure the connection");

  impl->insert_document = impl->prepare(
      fmt::format(
          "INSERT INTO documents (hash, name, format, lines, sentences, problems, ingested_at, "
          "published) VALUES (?1, ?2, ?3, ?4, ?5, ?6, {}, ?7) ON CONFLICT (hash) DO NOTHING",
          kNow),
      true);
  impl->insert_claim = impl->prepare(
      "INSERT INTO claims (document_id, line, actor, issue, stance, favours, value, unit, redline, "
      "conditional, source, cue, sentence) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
      true);
  return EvidenceStore(std::move(impl));
}

bool EvidenceStore::add(const evidence::Document& doc, std::size_t sentences,
                        const std::vector<Claim>& claims) {
  if (!impl_->insert_document) {
    throw std::logic_error("evidence store: add() on a store opened read-only");
  }
  if (!is_lower_hex_sha256(doc.hash)) {
    throw std::invalid_argument(fmt::format(
        "evidence store: document '{}' has no SHA-256 hash (64 lower-case hex digits): '{}'",
        doc.name, doc.hash));
  }
  if (!doc.published.empty() && !is_iso_date(doc.published)) {
    throw std::invalid_argument(fmt::format(
        "evidence store: document '{}' has a publication date not of the form YYYY-MM-DD: '{}'",
        doc.name, doc.published));
  }
  for (const Claim& c : claims) {
    if (c.doc != doc.name) {
      throw std::invalid_argument(fmt::format(
          "evidence store: a claim of document '{}' cites document '{}'", doc.name, c.doc));
    }
    if (c.value && std::isnan(*c.value)) {
      throw std::invalid_argument(
          fmt::format("evidence store: a claim at {}:{} has a NaN value", c.doc, c.line));
    }
  }

  const Impl& s = *impl_;
  WriteTransaction tx(s);
  std::int64_t document_id = 0;
  {
    sqlite3_stmt* stmt = s.insert_document.get();
    ResetOnExit reset(stmt);
    s.bind_text(stmt, 1, doc.hash);
    s.bind_text(stmt, 2, doc.name);
    if (sqlite3_bind_text(stmt, 3, format_name(doc.format), -1, SQLITE_STATIC) != SQLITE_OK) {
      s.fail("cannot bind a value");
    }
    s.bind_int(stmt, 4, static_cast<std::int64_t>(doc.lines.size()));
    s.bind_int(stmt, 5, static_cast<std::int64_t>(sentences));
    s.bind_int(stmt, 6, static_cast<std::int64_t>(doc.problems.size()));
    s.bind_text(stmt, 7, doc.published);
    s.step(stmt, "cannot store a document", "documents");
    if (sqlite3_changes(s.db.get()) == 0) return false;  // same hash stored: roll back, no change
    document_id = sqlite3_last_insert_rowid(s.db.get());
  }
  sqlite3_stmt* stmt = s.insert_claim.get();
  for (const Claim& c : claims) {
    ResetOnExit reset(stmt);
    s.bind_int(stmt, 1, document_id);
    s.bind_int(stmt, 2, c.line);
    s.bind_text(stmt, 3, c.actor);
    s.bind_text(stmt, 4, c.issue);
    if (sqlite3_bind_text(stmt, 5, evidence::to_string(c.stance), -1, SQLITE_STATIC) != SQLITE_OK) {
      s.fail("cannot bind a value");
    }
    s.bind_int(stmt, 6, c.favours ? 1 : 0);
    if (c.value) {
      if (sqlite3_bind_double(stmt, 7, *c.value) != SQLITE_OK) s.fail("cannot bind a value");
    }  // else left NULL (cleared after the previous claim)
    s.bind_text(stmt, 8, c.unit);
    s.bind_int(stmt, 9, c.redline ? 1 : 0);
    s.bind_int(stmt, 10, c.conditional ? 1 : 0);
    s.bind_text(stmt, 11, c.source);
    s.bind_text(stmt, 12, c.cue);
    s.bind_text(stmt, 13, c.sentence);
    s.step(stmt, "cannot store a claim", "claims");
  }
  tx.commit();
  return true;
}

std::vector<StoredDocument> EvidenceStore::documents() const {
  const Impl& s = *impl_;
  Stmt stmt = s.prepare(fmt::format(
      "SELECT d.id, d.hash, d.name, d.format, d.lines, d.sentences, d.problems, d.ingested_at, "
      "(SELECT count(*) FROM claims c WHERE c.document_id = d.id), {} "
      "FROM documents d ORDER BY d.id",
      s.published_column()));
  std::vector<StoredDocument> out;
  while (s.step(stmt.get(), "cannot read the documents", "documents")) {
    StoredDocument d;
    d.id = sqlite3_column_int64(stmt.get(), 0);
    d.hash = column_text(stmt.get(), 1);
    d.name = column_text(stmt.get(), 2);
    const std::string format = column_text(stmt.get(), 3);
    if (format == "html") {
      d.format = evidence::Format::html;
    } else if (format != "text") {
      refuse(s.path, fmt::format("documents[{}].format: unknown format '{}'", d.id, format));
    }
    d.lines = column_count(stmt.get(), 4);
    d.sentences = column_count(stmt.get(), 5);
    d.problems = column_count(stmt.get(), 6);
    d.ingested_at = column_text(stmt.get(), 7);
    d.claims = column_count(stmt.get(), 8);
    d.published = column_text(stmt.get(), 9);
    out.push_back(std::move(d));
  }
  return out;
}

std::size_t EvidenceStore::document_count() const {
  return static_cast<std::size_t>(
      impl_->integer("SELECT count(*) FROM documents", "cannot count the documents"));
}

std::size_t EvidenceStore::claim_count() const {
  return static_cast<std::size_t>(
      impl_->integer("SELECT count(*) FROM claims", "cannot count the claims"));
}

std::vector<Claim> EvidenceStore::claims(const ClaimQuery& q) const {
  const Impl& s = *impl_;
  // The filters are written into the query only when given, so that SQLite can use the index on
  // (actor, issue).
  std::string sql = fmt::format(
      "SELECT d.name, c.line, c.actor, c.issue, c.stance, c.favours, c.value, c.unit, c.redline, "
      "c.conditional, c.source, c.cue, c.sentence, c.id, {} "
      "FROM claims c JOIN documents d ON d.id = c.document_id",
      s.published_column());
  if (q.actor) sql += " WHERE c.actor = ?1";
  if (q.issue) sql += q.actor ? " AND c.issue = ?2" : " WHERE c.issue = ?2";
  sql += " ORDER BY c.document_id, c.line, c.id";
  Stmt stmt = s.prepare(sql);
  if (q.actor) s.bind_text(stmt.get(), 1, *q.actor);
  if (q.issue) s.bind_text(stmt.get(), 2, *q.issue);

  std::vector<Claim> out;
  while (s.step(stmt.get(), "cannot read the claims", "claims")) {
    sqlite3_stmt* row = stmt.get();
    Claim c;
    c.doc = column_text(row, 0);
    c.line = sqlite3_column_int(row, 1);
    c.actor = column_text(row, 2);
    c.issue = column_text(row, 3);
    const std::string stance = column_text(row, 4);
    const auto parsed = parse_stance(stance);
    if (!parsed) {
      throw InputError(Diagnostic{s.path, 0, 0,
                                  fmt::format("claims[{}].stance", sqlite3_column_int64(row, 13)),
                                  fmt::format("unknown stance '{}'", stance)});
    }
    c.stance = *parsed;
    c.favours = sqlite3_column_int(row, 5) != 0;
    if (sqlite3_column_type(row, 6) != SQLITE_NULL) c.value = sqlite3_column_double(row, 6);
    c.unit = column_text(row, 7);
    c.redline = sqlite3_column_int(row, 8) != 0;
    c.conditional = sqlite3_column_int(row, 9) != 0;
    c.source = column_text(row, 10);
    c.cue = column_text(row, 11);
    c.sentence = column_text(row, 12);
    c.date = column_text(row, 14);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Summary> EvidenceStore::summaries(const ClaimQuery& q) const {
  // Claims come in ingestion order, and keep it within each group.
  std::map<std::pair<std::string, std::string>, std::vector<Claim>> groups;
  for (auto& c : claims(q)) {
    auto key = std::make_pair(c.actor, c.issue);
    groups[std::move(key)].push_back(std::move(c));
  }
  std::vector<Summary> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) {
    Summary summary;
    summary.actor = key.first;
    summary.issue = key.second;
    summary.reports = group.size();
    // The latest claim: the last of the latest publication date when some are dated (a later
    // ingestion wins a tie), else the last ingested.
    const Claim* latest = nullptr;
    for (const Claim& c : group) {
      if (!c.date.empty() && (!latest || c.date >= latest->date)) latest = &c;
    }
    summary.latest = latest ? *latest : group.back();
    const auto merged = evidence::merge_claims(group);
    std::map<std::pair<std::string, double>, std::size_t> values;
    for (const auto& m : merged) {
      summary.stances[static_cast<std::size_t>(m.stance)] += m.reports.size();
      if (m.value) values[{m.unit, *m.value}] += m.reports.size();
    }
    for (const auto& [unit_value, reports] : values) {
      summary.values.push_back({unit_value.second, unit_value.first, reports});
    }
    summary.values_disagree = !evidence::disagreements(merged).empty();
    out.push_back(std::move(summary));
  }
  return out;
}

std::vector<std::string> EvidenceStore::integrity_problems() const {
  const Impl& s = *impl_;
  Stmt stmt = s.prepare("PRAGMA integrity_check");
  std::vector<std::string> out;
  while (s.step(stmt.get(), "cannot check the store's integrity")) {
    out.push_back(column_text(stmt.get(), 0));
  }
  if (out.size() == 1 && out[0] == "ok") out.clear();
  return out;
}

}  // namespace parley::io
