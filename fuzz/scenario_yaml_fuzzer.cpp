// libFuzzer target: the scenario reader on YAML input (the bytes are the file's content).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_scenario_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                    "fuzz.yaml");
  return 0;
}
