#pragma once
// A news document as parley reads it: its text lines as they stand in the original file (so a
// claim can cite file:line), each classified as article text or not, and the problems met while
// reading it (broken UTF-8 replaced, never a crash). Documents → sentences → claims
// (docs/evidence.md). read_document (reading.hpp) makes one; classify_lines (page_cleaning.hpp)
// sets the kinds; split_sentences (sentences.hpp) reads the article lines.

#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence {

// What a line of a page is: the article's own text, or something a claim may never come from.
enum class LineKind {
  article,  // the article's text (headline, paragraphs, quotes, bullet points)
  blank,    // nothing but spaces
  chrome,   // site furniture: login links, counters, image credits, share blocks, other headlines
  comment,  // reader comments, from a "Comments" marker or where the page turns into a thread
};
const char* to_string(LineKind kind);

// One line of the document's text, numbered as in the original file (1-based). For HTML, the
// line of the source file where the text block starts: blocks that start on one source line
// share its number, and a page holds no blank lines.
struct DocumentLine {
  int number = 0;
  std::string text;  // valid UTF-8, NFC-normalized, without the line break; for HTML, the
                     // block's text with entities decoded and white space collapsed
  LineKind kind = LineKind::article;
};

enum class Format { text, html };

// A problem met while reading, with the 1-based line and byte column where it stands in the
// original file (a byte order mark counts). One per replaced character, the first 1,000 listed;
// a last one counts the rest.
struct ReadProblem {
  int line = 0;
  int column = 0;
  std::string message;  // "invalid UTF-8 byte 0xC3 replaced by U+FFFD", "invalid UTF-8 sequence
                        // 0xE2 0x82 replaced by U+FFFD", "control character U+0000 replaced by
                        // U+FFFD"
};

struct Document {
  std::string name;  // how claims cite it: the file's name ("003_85d3b9125a906610.txt")
  Format format = Format::text;
  std::string hash;  // SHA-256 of the original bytes, lower-case hex: the store's identity
  std::vector<DocumentLine> lines;
  std::vector<ReadProblem> problems;
  // When the page was published, ISO 8601 "YYYY-MM-DD" (dates.hpp); empty when the page does not
  // say. `published_line` is the line that says it, 0 when the page's metadata does (HTML).
  std::string published;
  int published_line = 0;
};

}  // namespace parley::evidence
