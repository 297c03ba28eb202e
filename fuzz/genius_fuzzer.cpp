// libFuzzer target: the GENIUS reader. The input is a domain file and up to three profiles
// separated by "%%" lines (fuzz_entry.hpp); they are written to a directory of this process's
// own and read with read_genius and read_genius_dir.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "fuzz_entry.hpp"

namespace {

namespace fs = std::filesystem;

fs::path& work_dir() {
  static fs::path dir;
  return dir;
}

void remove_work_dir() {
  std::error_code ignored;
  fs::remove_all(work_dir(), ignored);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  work_dir() = fs::temp_directory_path() / ("parley_fuzz_genius_" + std::to_string(getpid()));
  fs::remove_all(work_dir());
  fs::create_directories(work_dir());
  std::atexit(remove_work_dir);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parley::fuzz::read_genius_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                  work_dir());
  return 0;
}
