// libFuzzer target: the reader of gmcr-py's .gmcr files, the stability analysis of small accepted
// models and the round trip through a model file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_gmcr_py_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                   "fuzz.gmcr");
  return 0;
}
