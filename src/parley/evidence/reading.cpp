#include "parley/evidence/reading.hpp"

#include "parley/evidence/dates.hpp"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "parley/core/detail/swar.hpp"
#include "parley/core/sha256.hpp"
#include "parley/evidence/detail/html_reader.hpp"
#include "parley/evidence/detail/line_hints.hpp"
#include "parley/evidence/detail/utf8.hpp"
#include "parley/evidence/page_cleaning.hpp"

namespace parley::evidence {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// At most this many problems are listed one by one; the rest are counted in a last one, so that
// binary garbage cannot make the list outgrow the input many times over.
constexpr std::size_t kMaxListedProblems = 1000;

class ProblemLog {
 public:
  explicit ProblemLog(std::vector<ReadProblem>& problems) : problems_(problems) {}

  bool listing() const { return problems_.size() < kMaxListedProblems; }

  void add(int line, int column, std::string message) {
    problems_.push_back({line, column, std::move(message)});
  }

  void count_unlisted(int line, int column) {
    if (unlisted_ == 0) {
      first_line_ = line;
      first_column_ = column;
    }
    ++unlisted_;
  }

  void finish() {
    if (unlisted_ > 0) {
      add(first_line_, first_column_,
          fmt::format("{} more invalid bytes or control characters replaced by U+FFFD, not "
                      "listed one by one",
                      unlisted_));
    }
  }

 private:
  std::vector<ReadProblem>& problems_;
  std::size_t unlisted_ = 0;
  int first_line_ = 0;
  int first_column_ = 0;
};

bool needs_checking(unsigned char c) {
  return c >= 0x7F || (c < 0x20 && c != '\t');
}

// Appends `line` (one line of the file, without its break, `offset` bytes after the start of
// that line in the file) to `out` as valid UTF-8 without control characters, reporting each
// replacement.
void append_checked(std::string_view line, int number, std::size_t offset, std::string& out,
                    ProblemLog& log) {
  for (std::size_t i = 0; i < line.size();) {
    // A run of bytes that need no checking, appended at once.
    std::size_t plain = i;
    for (; plain + 8 <= line.size(); plain += 8) {  // eight ASCII bytes, no control, at once
      const std::uint64_t x = parley::detail::swar::load(line.data() + plain);
      if (parley::detail::swar::has_high(x) || parley::detail::swar::has_less(x, 0x20) ||
          parley::detail::swar::has_byte(x, 0x7F))
        break;
    }
    while (plain < line.size() && !needs_checking(static_cast<unsigned char>(line[plain]))) ++plain;
    out.append(line.data() + i, plain - i);
    i = plain;
    if (i == line.size()) break;
    const detail::DecodedChar d = detail::decode_utf8(line, i);
    const int column = static_cast<int>(offset + i + 1);
    if (d.valid && !detail::is_forbidden_control(d.code)) {
      out.append(line.substr(i, static_cast<std::size_t>(d.length)));
    } else {
      detail::append_utf8(out, 0xFFFD);
      if (!log.listing()) {
        log.count_unlisted(number, column);
      } else if (d.valid) {
        log.add(number, column,
                fmt::format("control character U+{:04X} replaced by U+FFFD",
                            static_cast<unsigned>(d.code)));
      } else {
        std::string bytes;
        for (int k = 0; k < d.length; ++k) {
          bytes += fmt::format("{}0x{:02X}", k ? " " : "", static_cast<unsigned char>(line[i + k]));
        }
        log.add(number, column,
                fmt::format("invalid UTF-8 {} {} replaced by U+FFFD",
                            d.length == 1 ? "byte" : "sequence", bytes));
      }
    }
    i += static_cast<std::size_t>(d.length);
  }
}

// Calls visit(text, number, offset) for each line of `bytes`: LF, CRLF and CR end a line; a
// final line break does not start another line. `offset` is where the line's bytes start within
// the file's line (3 on the first line of a file that began with a byte order mark).
template <typename Visit>
void for_each_line(std::string_view bytes, std::size_t first_offset, Visit visit) {
  int number = 1;
  std::size_t offset = first_offset;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = start;
    for (; end + 8 <= bytes.size(); end += 8) {
      const std::uint64_t x = parley::detail::swar::load(bytes.data() + end);
      if (parley::detail::swar::has_byte(x, '\n') || parley::detail::swar::has_byte(x, '\r')) break;
    }
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') ++end;
    if (end == bytes.size()) {
      visit(bytes.substr(start), number, offset);
      return;
    }
    visit(bytes.substr(start, end - start), number++, offset);
    offset = 0;
    start =
        end + ((bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n') ? 2 : 1);
  }
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// NFC, in place; ASCII text is NFC already and is not looked at by ICU.
class Nfc {
 public:
  Nfc() {
    UErrorCode status = U_ZERO_ERROR;
    normalizer_ = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) normalizer_ = nullptr;
  }

  void normalize(std::string& text) const {
    if (!normalizer_ || is_ascii(text)) return;
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (normalizer_->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;
    std::string normalized;
    normalized.reserve(text.size());
    icu::StringByteSink<std::string> sink(&normalized);
    status = U_ZERO_ERROR;
    normalizer_->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_SUCCESS(status)) text = std::move(normalized);
  }

 private:
  const icu::Normalizer2* normalizer_ = nullptr;
};

void read_text(std::string_view body, std::size_t bom, Document& doc, ProblemLog& log) {
  for_each_line(body, bom, [&](std::string_view line, int number, std::size_t offset) {
    DocumentLine& out = doc.lines.emplace_back();
    out.number = number;
    out.text.reserve(line.size());
    append_checked(line, number, offset, out.text, log);
  });
}

std::vector<detail::LineHints> read_html(std::string_view body, std::size_t bom, Document& doc,
                                         ProblemLog& log) {
  std::string html;
  html.reserve(body.size() + body.size() / 64);
  for_each_line(body, bom, [&](std::string_view line, int number, std::size_t offset) {
    append_checked(line, number, offset, html, log);
    html.push_back('\n');
  });
  detail::HtmlPage page = detail::read_html_page(std::move(html));
  doc.published = std::move(page.published);
  std::vector<detail::HtmlLine>& lines = page.lines;
  std::vector<detail::LineHints> hints;
  hints.reserve(lines.size());
  doc.lines.reserve(lines.size());
  for (detail::HtmlLine& line : lines) {
    doc.lines.push_back({line.number, std::move(line.text), line.kind});
    hints.push_back(line.hints);
  }
  return hints;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

Format detect_format(std::string_view bytes) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  const std::size_t first = bytes.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos) return Format::text;
  const std::string_view start = bytes.substr(first);
  if (starts_with_ignoring_case(start, "<!doctype html") ||
      starts_with_ignoring_case(start, "<html")) {
    return Format::html;
  }
  const std::string_view early = start.substr(0, 4096);
  for (std::size_t at = early.find('<'); at != std::string_view::npos;
       at = early.find('<', at + 1)) {
    const std::string_view tag = early.substr(at);
    for (const std::string_view name : {"<body", "<div", "<p"}) {
      if (!starts_with_ignoring_case(tag, name) || tag.size() <= name.size()) continue;
      const char after = tag[name.size()];
      if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r') {
        return Format::html;
      }
    }
  }
  return Format::text;
}

Document read_document(std::string name, std::string_view bytes, std::optional<Format> format) {
  Document doc;
  doc.name = std::move(name);
  doc.hash = sha256_hex(bytes);
  doc.format = format.value_or(detect_format(bytes));
  const std::size_t bom = bytes.starts_with(kBom) ? kBom.size() : 0;
  const std::string_view body = bytes.substr(bom);
  ProblemLog log(doc.problems);
  std::vector<detail::LineHints> hints;
  if (doc.format == Format::html) {
    hints = read_html(body, bom, doc, log);
  } else {
    read_text(body, bom, doc, log);
  }
  log.finish();
  const Nfc nfc;
  for (DocumentLine& line : doc.lines) nfc.normalize(line.text);
  detail::classify_lines(doc, hints);
  find_publication_date(doc);
  return doc;
}

}  // namespace parley::evidence
