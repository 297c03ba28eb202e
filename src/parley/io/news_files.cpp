#include "parley/io/news_files.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parley/core/diagnostic.hpp"

namespace parley::io {

namespace {

namespace fs = std::filesystem;

bool is_news_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".text" || ext == ".htm" || ext == ".html";
}

// Reads one file, or says why not.
bool read_file(const fs::path& p, NewsFile& out, std::vector<Diagnostic>& problems) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  if (ec) {
    problems.push_back({p.string(), 0, 0, "", "cannot read the file: " + ec.message()});
    return false;
  }
  if (size > kMaxNewsFileBytes) {
    problems.push_back({p.string(), 0, 0, "",
                        "the file has " + std::to_string(size) +
                            " bytes; news files are read up to " +
                            std::to_string(kMaxNewsFileBytes >> 20) + " MiB each"});
    return false;
  }
  // One unbuffered read of the size the file has (and more reads if it grew meanwhile): no
  // stream buffer, no copies.
  std::FILE* file = std::fopen(p.c_str(), "rb");
  if (file == nullptr) {
    problems.push_back({p.string(), 0, 0, "", "cannot open the file"});
    return false;
  }
  std::setvbuf(file, nullptr, _IONBF, 0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  std::size_t got = std::fread(bytes.data(), 1, bytes.size(), file);
  while (got == bytes.size() && bytes.size() <= kMaxNewsFileBytes) {
    bytes.resize(bytes.size() + 65536);
    const std::size_t more = std::fread(bytes.data() + got, 1, bytes.size() - got, file);
    got += more;
    if (more == 0) break;
  }
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) {
    problems.push_back({p.string(), 0, 0, "", "cannot read the file"});
    return false;
  }
  bytes.resize(got);
  out.name = p.filename().string();
  out.path = p.string();
  out.bytes = std::move(bytes);
  return true;
}

}  // namespace

std::vector<std::string> list_news_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  std::vector<Diagnostic> problems;
  const auto check_size = [&](const fs::path& f) {
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    if (ec) {
      problems.push_back({f.string(), 0, 0, "", "cannot read the file: " + ec.message()});
    } else if (size > kMaxNewsFileBytes) {
      problems.push_back({f.string(), 0, 0, "",
                          "the file has " + std::to_string(size) +
                              " bytes; news files are read up to " +
                              std::to_string(kMaxNewsFileBytes >> 20) + " MiB each"});
    } else {
      out.push_back(f.string());
    }
  };
  for (const auto& path : paths) {
    const fs::path p(path);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(p, ec))
        if (entry.is_regular_file() && is_news_file(entry.path())) files.push_back(entry.path());
      if (ec) {
        problems.push_back({path, 0, 0, "", "cannot list the folder: " + ec.message()});
        continue;
      }
      if (files.empty()) {
        problems.push_back(
            {path, 0, 0, "", "no news file in the folder (.txt, .text, .htm or .html)"});
        continue;
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) check_size(f);
    } else if (fs::exists(p, ec)) {
      check_size(p);
    } else {
      problems.push_back({path, 0, 0, "", "no such file or folder"});
    }
  }
  if (!problems.empty()) throw InputError(std::move(problems));
  return out;
}

NewsFile read_news_file(const std::string& path) {
  NewsFile file;
  std::vector<Diagnostic> problems;
  if (!read_file(fs::path(path), file, problems)) throw InputError(std::move(problems));
  return file;
}

std::vector<NewsFile> read_news_files(const std::vector<std::string>& paths) {
  std::vector<NewsFile> out;
  for (const auto& path : list_news_files(paths)) out.push_back(read_news_file(path));
  return out;
}

}  // namespace parley::io
