// libFuzzer target: the reader of KTAB's CSV (fuzz_entry.hpp), and the SMP on the small scenarios
// it accepts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_ktab_csv_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                    "fuzz.csv");
  return 0;
}
