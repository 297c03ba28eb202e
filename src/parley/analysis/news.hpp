#pragma once
// Reading the news: files → documents → sentences → claims, merged across reports, and compared
// with a scenario's positions (docs/evidence.md). Plain values; the words are report/'s.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "parley/evidence/claim.hpp"
#include "parley/evidence/document.hpp"
#include "parley/evidence/merge.hpp"
#include "parley/io/evidence_store.hpp"
#include "parley/scenario/scenario.hpp"

namespace parley::analysis {

// A document read, without its text (the claims keep their sentences): memory stays O(claims)
// however much news is read.
struct NewsDocument {
  std::string name;
  evidence::Format format = evidence::Format::text;
  std::string hash;
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t article_lines = 0;
  std::size_t sentences = 0;
  std::string published;  // ISO "YYYY-MM-DD" (evidence/dates.hpp); empty when the page does not say
  std::vector<evidence::ReadProblem> problems;
  std::vector<evidence::Claim> claims;
};

struct News {
  std::vector<NewsDocument> documents;
  std::vector<evidence::Claim> claims;                // every claim, document by document
  std::vector<evidence::MergedClaim> merged;          // the same claim from several reports once
  std::vector<evidence::Disagreement> disagreements;  // indices into `merged`
};

// Reads the files and folders at `paths` (io/news_files.hpp), one file at a time, and extracts
// claims with the actors, issues and terms of `scenario`. Throws InputError for paths that cannot
// be read, before reading any. O(bytes) time; memory O(largest file + claims).
News read_news(const std::vector<std::string>& paths, const scenario::Scenario& scenario);

// The same, streaming: hands each document to `visit` as soon as it is read and keeps nothing, so
// memory stays O(largest file) whatever the corpus (`parley extract --jsonl`).
void for_each_news_document(const std::vector<std::string>& paths,
                            const scenario::Scenario& scenario,
                            const std::function<void(const NewsDocument&)>& visit);

// The same on documents already in memory (name, bytes).
News read_news_texts(const std::vector<std::pair<std::string, std::string>>& texts,
                     const scenario::Scenario& scenario);

// `parley ingest`: reads the files like read_news and stores each document with its claims in
// the evidence store at `db` (io/evidence_store.hpp), one transaction per document; a document
// already stored (same bytes) is skipped, so re-running a killed ingest completes it.
// `progress(done, total)` is called after each file when given.
struct IngestResult {
  std::size_t files = 0;
  std::size_t added = 0;    // documents stored now
  std::size_t already = 0;  // documents the store had
  std::size_t claims = 0;   // claims stored now
};
IngestResult ingest_news(const std::vector<std::string>& paths, const scenario::Scenario& scenario,
                         const std::string& db,
                         const std::function<void(std::size_t, std::size_t)>& progress = {});

// What the store at `db` holds, as a reading: its documents (counts only) and claims, merged.
News news_from_store(const std::string& db);

// `parley evidence`: per actor × issue, what the store holds (io::Summary), and the claims behind
// them, both filtered by `query`.
struct EvidenceReport {
  std::string db;
  std::size_t documents = 0;
  std::vector<io::Summary> summaries;
  std::vector<evidence::Claim> claims;
};
EvidenceReport evidence_report(const std::string& db, const io::ClaimQuery& query);

// Where what the news says and the scenario's positions part ways, per merged claim:
// the scenario has no position of that actor on that issue; an option issue's claim points to
// the other half of the scale than the position's ideal (the high end is the proposition); or a
// stated value differs from the ideal by more than 1% of the scale.
struct NewsContradiction {
  enum class Kind { no_position, direction, value };
  Kind kind = Kind::no_position;
  std::size_t merged = 0;  // index into News::merged
  bool operator==(const NewsContradiction&) const = default;
};
std::vector<NewsContradiction> contradictions(const scenario::Scenario& scenario, const News& news);

// A scenario skeleton from what the news says (`parley draft`): the actors and issues of
// `taxonomy` that the claims mention, a position wherever claims state one, each citing its
// reports (direct when the actor speaks, reported when a source relays it), every inferred value
// marked as an assumption with a range. Ideal points: a stated value (the one most reported) on
// numeric issues; on option issues the end of the scale the claims favour (the high end is the
// proposition), with a range over that half. Saliences are unknown: 0.5 in [0.2, 0.8], assumed.
// A claim called non-negotiable puts a red line at the ideal. `parley validate` accepts the
// result.
scenario::Scenario draft_scenario(const scenario::Scenario& taxonomy, const News& news,
                                  const std::string& as_of);

}  // namespace parley::analysis
