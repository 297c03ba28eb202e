// The evidence store survives a writer killed with SIGKILL: a child process adds 2,000 small
// synthetic documents, one transaction each; the parent watches the count through its own
// connection, kills the child once some are committed, and then checks that the store is sound,
// that every document present has all its claims, and that re-running the same additions
// completes the set without duplicates.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <thread>

#include "io/evidence_store_test_support.hpp"
#include "parley/io/evidence_store.hpp"

namespace parley::io::store_testing::crash {
namespace {

constexpr unsigned kDocuments = 2000;
constexpr std::size_t kKillAfter = 300;  // committed documents seen before the kill

// Adds documents 0 … kDocuments−1 in order; returns how many were new.
std::size_t add_all(EvidenceStore& store) {
  std::size_t added = 0;
  for (unsigned n = 0; n < kDocuments; ++n) {
    const auto doc = synthetic_document(n);
    if (store.add(doc, 2, synthetic_claims(doc, n))) ++added;
  }
  return added;
}

TEST(EvidenceStoreCrash, KilledWriterLeavesWholeDocuments) {
  TempDir dir;
  const auto path = dir.file("crash.db");
  EvidenceStore::open(path);  // created before the fork: no connection crosses it

  const pid_t child = ::fork();
  ASSERT_NE(child, -1);
  if (child == 0) {
    // The writer: its own connection; it leaves by _exit, never through GoogleTest's exit path.
    try {
      auto store = EvidenceStore::open(path);
      add_all(store);
    } catch (...) {
      ::_exit(3);
    }
    ::_exit(0);
  }

  std::size_t seen = 0;
  bool child_exited = false;
  {
    auto watcher = EvidenceStore::open(path);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (seen < kKillAfter && std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(child, &status, WNOHANG) == child) {
        child_exited = true;
        break;
      }
      seen = watcher.document_count();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  ::kill(child, SIGKILL);
  int status = 0;
  if (!child_exited) {
    ASSERT_EQ(::waitpid(child, &status, 0), child);
  }
  ASSERT_FALSE(child_exited) << "the writer exited before it was killed";
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the writer finished before the kill (status " << status << ")";
  ASSERT_GE(seen, kKillAfter) << "no documents committed within 60 s";

  auto store = EvidenceStore::open(path);
  const auto problems = store.integrity_problems();
  EXPECT_TRUE(problems.empty()) << problems.front();
  const std::size_t committed = store.document_count();
  EXPECT_GE(committed, seen);
  EXPECT_LT(committed, kDocuments);

  // The documents present are exactly the first `committed` ones, each with all its claims.
  const auto documents = store.documents();
  ASSERT_EQ(documents.size(), committed);
  std::vector<evidence::Claim> expected;
  for (unsigned n = 0; n < committed; ++n) {
    const auto doc = synthetic_document(n);
    const auto claims = synthetic_claims(doc, n);
    EXPECT_EQ(documents[n].hash, doc.hash);
    EXPECT_EQ(documents[n].claims, claims.size()) << doc.name;
    expected.insert(expected.end(), claims.begin(), claims.end());
  }
  EXPECT_EQ(store.claims(), expected);

  // Re-running the same additions adds exactly the missing documents.
  const std::size_t added = add_all(store);
  EXPECT_EQ(added, kDocuments - committed);
  EXPECT_EQ(store.document_count(), kDocuments);
  std::size_t claims = 0;
  std::set<std::string> hashes;
  for (const auto& d : store.documents()) {
    hashes.insert(d.hash);
    claims += d.claims;
  }
  EXPECT_EQ(hashes.size(), kDocuments);
  std::size_t expected_claims = 0;
  for (unsigned n = 0; n < kDocuments; ++n) expected_claims += 1 + n % 7;
  EXPECT_EQ(claims, expected_claims);
  EXPECT_EQ(store.claim_count(), expected_claims);
  EXPECT_TRUE(store.integrity_problems().empty());

  std::printf(
      "[ crash    ] %zu seen and %zu committed of %u documents when the writer was killed; "
      "integrity_check ok; %zu added on re-run\n",
      seen, committed, kDocuments, added);
  RecordProperty("seen_before_kill", static_cast<int>(seen));
  RecordProperty("committed_before_kill", static_cast<int>(committed));
}

}  // namespace
}  // namespace parley::io::store_testing::crash
