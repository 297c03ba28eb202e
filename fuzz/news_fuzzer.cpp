// libFuzzer target: the news reader. The input is a page's bytes, read as plain text and as HTML,
// split into sentences, and read for claims with the default scenario's extractor
// (fuzz_entry.hpp, read_news_bytes).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

namespace {

const parley::evidence::ExtractionModel& model() {
  static const parley::evidence::ExtractionModel kModel(parley::io::load_default_scenario());
  return kModel;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)model();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_news_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                model());
  return 0;
}
