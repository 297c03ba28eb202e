// Reading news pages end to end: read_document (UTF-8 check, NFC, SHA-256, page cleaning) and
// split_sentences, on the five pages of the reference corpus (../shared/corpus). Counter
// bytes_per_second is the throughput on one core; the budget is well over 20 MB/s
// (docs/evidence.md, "Reading a page").
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "parley/evidence/reading.hpp"
#include "parley/evidence/sentences.hpp"

namespace {

namespace fs = std::filesystem;
namespace pe = parley::evidence;

std::vector<std::string> corpus_pages() {
  std::vector<std::string> pages;
  const fs::path corpus = fs::path(PARLEY_SHARED_DIR) / "corpus";
  if (!fs::is_directory(corpus)) return pages;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    pages.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return pages;
}

std::int64_t total_bytes(const std::vector<std::string>& pages) {
  std::int64_t bytes = 0;
  for (const std::string& page : pages) bytes += static_cast<std::int64_t>(page.size());
  return bytes;
}

// Each page read as its own document.
void BM_ReadDocument(benchmark::State& state) {
  const std::vector<std::string> pages = corpus_pages();
  if (pages.empty()) return state.SkipWithError("no reference corpus");
  for (auto _ : state) {
    for (const std::string& page : pages) {
      benchmark::DoNotOptimize(pe::read_document("page.txt", page).lines.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(pages));
}
BENCHMARK(BM_ReadDocument)->Unit(benchmark::kMillisecond);

// Each page read and split into sentences.
void BM_ReadAndSplit(benchmark::State& state) {
  const std::vector<std::string> pages = corpus_pages();
  if (pages.empty()) return state.SkipWithError("no reference corpus");
  for (auto _ : state) {
    for (const std::string& page : pages) {
      benchmark::DoNotOptimize(pe::split_sentences(pe::read_document("page.txt", page)).size());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes(pages));
}
BENCHMARK(BM_ReadAndSplit)->Unit(benchmark::kMillisecond);

// The five pages concatenated again and again into one document of about 20 MB: the reader
// stays linear on a huge page.
void BM_ReadAndSplitOneHugePage(benchmark::State& state) {
  const std::vector<std::string> pages = corpus_pages();
  if (pages.empty()) return state.SkipWithError("no reference corpus");
  std::string huge;
  while (huge.size() < 20'000'000) {
    for (const std::string& page : pages) huge.append(page).append("\n");
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(pe::split_sentences(pe::read_document("huge.txt", huge)).size());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(huge.size()));
}
BENCHMARK(BM_ReadAndSplitOneHugePage)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
