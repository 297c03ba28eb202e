// libFuzzer target: the GMCR model file reader (the bytes are the file's content), the stability
// analysis of small accepted models and the writer's round trip.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_gmcr_model_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                      "fuzz.yaml");
  return 0;
}
