#pragma once
// Helpers of the evidence store's tests: a temporary directory, synthetic documents and claims
// (written here, not read from the corpus), and a file's bytes.

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include "parley/evidence/claim.hpp"
#include "parley/evidence/document.hpp"

namespace parley::io::store_testing {

namespace fs = std::filesystem;

// A fresh directory under the system's temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = fs::temp_directory_path() /
            ("parley-store-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// A 64-digit lower-case hex string standing for the SHA-256 of document `n`'s bytes.
inline std::string fake_hash(unsigned n) {
  char buffer[65];
  std::snprintf(buffer, sizeof buffer, "%08x%056x", 0x5eedu, n);
  return buffer;
}

// Synthetic document `n`: name "doc_00042.txt", `lines` article lines.
inline evidence::Document synthetic_document(unsigned n, int lines = 12) {
  evidence::Document doc;
  char name[32];
  std::snprintf(name, sizeof name, "doc_%05u.txt", n);
  doc.name = name;
  doc.format = n % 3 == 0 ? evidence::Format::html : evidence::Format::text;
  doc.hash = fake_hash(n);
  for (int i = 1; i <= lines; ++i) {
    doc.lines.push_back({i, "Line " + std::to_string(i) + " of " + doc.name, {}});
  }
  return doc;
}

// Claims of synthetic document `n`: 1 + n % 7 of them, on increasing lines, with every field set
// from n and the claim's index (some values absent), so that a mixed-up claim is noticed.
inline std::vector<evidence::Claim> synthetic_claims(const evidence::Document& doc, unsigned n) {
  static const char* const kActors[] = {"UKR", "RUS", "USA"};
  static const char* const kIssues[] = {"ceasefire", "tank_count", "troop_withdrawal"};
  std::vector<evidence::Claim> out;
  const unsigned count = 1 + n % 7;
  for (unsigned k = 0; k < count; ++k) {
    evidence::Claim c;
    c.doc = doc.name;
    c.line = static_cast<int>(1 + k);
    c.actor = kActors[(n + k) % 3];
    c.issue = kIssues[(n * 7 + k) % 3];
    c.stance = static_cast<evidence::Stance>((n + 2 * k) % 5);
    c.favours = (n + k) % 2 == 0;
    if (k % 2 == 0) c.value = 100.0 + n + 0.25 * k;
    c.unit = c.value ? "tanks" : "";
    c.redline = k == 3;
    c.conditional = n % 5 == 1;
    c.source = k % 3 == 2 ? "three sources" : "";
    c.cue = "demands";
    c.sentence = "Sentence " + std::to_string(k) + " of document " + std::to_string(n) + ".";
    out.push_back(std::move(c));
  }
  return out;
}

// Runs `sql` on the file with SQLite directly, as another program would.
inline void raw_exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  const std::string message = error != nullptr ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

// The first column of the first row of `sql`, as text.
inline std::string raw_text(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
      out = text != nullptr ? text : "";
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace parley::io::store_testing
