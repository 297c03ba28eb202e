// libFuzzer target: the scenario reader on JSON input (the bytes are the file's content; the
// seeds and the dictionary are JSON, so the fuzzer stays mostly on the JSON path).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_scenario_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                    "fuzz.json");
  return 0;
}
