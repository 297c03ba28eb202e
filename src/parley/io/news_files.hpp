#pragma once
// News files as parley reads them: the bytes of each file named, or of each text or HTML file in
// a folder named, in name order. What the bytes say is the evidence layer's business
// (evidence/reading.hpp).

#include <cstddef>
#include <string>
#include <vector>

namespace parley::io {

struct NewsFile {
  std::string name;   // the file's name without its folder: how claims cite it
  std::string path;   // as found
  std::string bytes;  // the whole content
};

// The largest news file read (a page, not a corpus): larger ones are an InputError.
inline constexpr std::size_t kMaxNewsFileBytes = 64u << 20;

// The files at `paths`: a folder contributes its regular files ending in .txt, .text, .htm or
// .html (not its subfolders, not a README.md), in name order. Throws InputError naming every path
// that does not exist, is too large, or is a folder without such files.
std::vector<std::string> list_news_files(const std::vector<std::string>& paths);

// One file's bytes; InputError when it cannot be read or is too large.
NewsFile read_news_file(const std::string& path);

// Both: every file's bytes at once.
std::vector<NewsFile> read_news_files(const std::vector<std::string>& paths);

}  // namespace parley::io
